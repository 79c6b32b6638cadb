"""Recovery copies: written in the background, never into the user's file, removed on save and close."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journeydesigner.storage import dumps_map, load_map, loads_map
from journeydesigner.storage.processes import ProcessIdentity
from journeydesigner.ui import prompts
from journeydesigner.ui.recovery_dialog import RecoveryDialog
from journeydesigner.ui.workspace import Workspace
from tests.gui.file_helpers import copy_sample, patch_prompts, rename_first_card


def test_unsaved_changes_get_a_recovery_copy_outside_the_users_file(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = copy_sample(tmp_path)
    original = path.read_bytes()
    window = workspace.open_path(path)
    assert window is not None
    assert not window.autosaver.is_scheduled()
    rename_first_card(window)
    assert window.autosaver.is_scheduled()
    window.autosaver.write_now()
    window.autosaver.wait()
    entries = workspace.recovery.entries()
    assert [e.original_path for e in entries] == [path]
    assert entries[0].owner == workspace.identity
    assert workspace.recovery.load(entries[0]).model_dump() == window.document.journey.model_dump()
    assert path.read_bytes() == original
    assert entries[0].map_file.parent == workspace.recovery.folder
    # A running instance's copies are not offered to another one.
    assert workspace.recoverable() == []


def test_the_copy_waits_one_interval_and_later_changes_do_not_postpone_it(
    workspace: Workspace, tmp_path: Path, qtbot: QtBot
) -> None:
    window = workspace.open_path(copy_sample(tmp_path))
    assert window is not None
    window.autosaver.set_interval(1)
    rename_first_card(window, "uno")
    with qtbot.waitSignal(window.autosaver.written, timeout=3000):
        for number in range(5):
            qtbot.wait(150)
            rename_first_card(window, f"cambio {number}")
    window.autosaver.wait()
    assert len(workspace.recovery.entries()) == 1


def test_the_interval_follows_the_preference(workspace: Workspace, tmp_path: Path) -> None:
    window = workspace.open_path(copy_sample(tmp_path))
    assert window is not None
    assert window.autosaver.interval_s == 30
    workspace.settings.autosave_seconds = 120
    workspace.apply_settings()
    assert window.autosaver.interval_s == 120


def test_save_and_close_remove_the_copy(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = workspace.open_path(copy_sample(tmp_path, "uno.journey"))
    second = workspace.open_path(copy_sample(tmp_path, "dos.journey"))
    assert first and second
    for window in (first, second):
        rename_first_card(window)
        window.autosaver.write_now()
        window.autosaver.wait()
    assert len(workspace.recovery.entries()) == 2
    assert first.save()
    first.autosaver.wait()
    assert [e.original_path for e in workspace.recovery.entries()] == [second.document.path]
    patch_prompts(monkeypatch, ask_save_changes=prompts.Button.Discard)
    second.close()
    second.autosaver.wait()
    assert workspace.recovery.entries() == []


def _crashed_copy(workspace: Workspace, tmp_path: Path, dead_pid: int) -> tuple[Path, bytes]:
    """A recovery copy as a crashed session leaves it: its process is gone."""
    path = copy_sample(tmp_path)
    window = workspace.open_path(path)
    assert window is not None
    rename_first_card(window, "Cambio sin guardar")
    data = dumps_map(window.document.journey)
    window.close_without_asking()
    gone = ProcessIdentity(workspace.identity.user, workspace.identity.host, dead_pid, "crashed")
    workspace.recovery.write("crashed1", data, "Zapatillas", path, gone)
    return path, data


def test_restore_opens_the_copy_as_a_modified_map(
    workspace: Workspace, tmp_path: Path, dead_pid: int
) -> None:
    path, data = _crashed_copy(workspace, tmp_path, dead_pid)
    entries = workspace.recoverable()
    assert [e.id for e in entries] == ["crashed1"]
    dialog = RecoveryDialog(workspace, entries)
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(2) == str(path)
    dialog.restore_button.click()
    assert len(dialog.restored) == 1
    window = dialog.restored[0]
    assert window.document.path == path and window.document.is_modified and window.isWindowModified()
    assert dumps_map(window.document.journey) == data
    assert window.holds_lock
    window.autosaver.wait()
    # The copy now belongs to this session: it is kept until the map is saved.
    assert [e.owner.session for e in workspace.recovery.entries()] == [workspace.identity.session]
    assert window.save()
    window.autosaver.wait()
    assert workspace.recovery.entries() == []
    saved = load_map(path).model_dump(exclude={"modified"})  # saving stamps the time
    assert saved == loads_map(data).model_dump(exclude={"modified"})


def test_discard_deletes_the_copy_after_asking(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dead_pid: int
) -> None:
    _crashed_copy(workspace, tmp_path, dead_pid)
    dialog = RecoveryDialog(workspace, workspace.recoverable())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog.discard_button.click()
    assert len(workspace.recoverable()) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.discard_button.click()
    assert workspace.recoverable() == [] and workspace.windows == []


def test_decide_later_keeps_the_copy(workspace: Workspace, tmp_path: Path, dead_pid: int) -> None:
    _crashed_copy(workspace, tmp_path, dead_pid)
    dialog = RecoveryDialog(workspace, workspace.recoverable())
    dialog.findChild(type(dialog.restore_button), "laterButton").click()
    assert len(workspace.recoverable()) == 1 and workspace.windows == []


def test_a_copy_that_cannot_be_written_does_not_disturb_the_work(
    workspace: Workspace, tmp_path: Path
) -> None:
    window = workspace.open_path(copy_sample(tmp_path))
    assert window is not None
    workspace.recovery.folder.parent.mkdir(parents=True, exist_ok=True)
    workspace.recovery.folder.write_text("a file where the folder should be", encoding="utf-8")
    rename_first_card(window)
    window.autosaver.write_now()
    window.autosaver.wait()  # the failure stays in the writer thread
    assert window.document.is_modified
    assert window.save()
