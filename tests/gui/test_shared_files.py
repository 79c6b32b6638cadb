"""Two instances on one map: locks, read-only, open anyway, changes on disk, removal."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journeydesigner.document.document import JourneyDocument
from journeydesigner.model import edits as ed
from journeydesigner.storage import dumps_map, load_map, loads_map, save_map
from journeydesigner.storage.locks import lock_path, read_lock
from journeydesigner.ui import prompts
from journeydesigner.ui.workspace import Workspace
from tests.gui.conftest import make_workspace
from tests.gui.file_helpers import copy_sample, patch_prompts, rename_first_card


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Workspace]:
    """A second instance of the designer (its own session, settings and recovery folder)."""
    second = make_workspace(tmp_path / "other-instance")
    yield second
    for window in list(second.windows):
        window.close_without_asking()


def test_a_map_open_elsewhere_opens_read_only_on_request(
    workspace: Workspace, other: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_sample(tmp_path)
    mine = workspace.open_path(path)
    assert mine is not None
    log = patch_prompts(monkeypatch, ask_locked=prompts.LockChoice.READ_ONLY)
    theirs = other.open_path(path)
    assert theirs is not None
    _, asked_path, holder = log.args("ask_locked")
    assert asked_path == path and holder.session == workspace.identity.session
    assert theirs.document.read_only and "(read-only)" in theirs.windowTitle()
    # Save on a read-only map asks for another name and leaves the original alone.
    original = path.read_bytes()
    rename_first_card(theirs)
    copy = tmp_path / "copia.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    assert theirs.save()
    assert path.read_bytes() == original and copy.exists()
    assert not theirs.document.read_only and "(read-only)" not in theirs.windowTitle()
    # Closing the read-only window never removes the first instance's lock.
    theirs.close()
    lock = read_lock(path)
    assert lock is not None and lock.session == workspace.identity.session


def test_open_anyway_takes_the_lock_and_cancel_opens_nothing(
    workspace: Workspace, other: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_sample(tmp_path)
    mine = workspace.open_path(path)
    assert mine is not None
    patch_prompts(monkeypatch, ask_locked=prompts.LockChoice.CANCEL)
    assert other.open_path(path) is None and other.windows == []
    patch_prompts(monkeypatch, ask_locked=prompts.LockChoice.OPEN_ANYWAY)
    theirs = other.open_path(path)
    assert theirs is not None and not theirs.document.read_only
    lock = read_lock(path)
    assert lock is not None and lock.session == other.identity.session
    mine.close()  # the first instance no longer owns the lock: it leaves it in place
    assert lock_path(path).exists()


def test_a_lock_left_by_a_dead_process_is_ignored(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dead_pid: int
) -> None:
    path = copy_sample(tmp_path)
    lock = read_lock(path)
    assert lock is None
    lock_path(path).write_text(
        json.dumps(
            {
                "app": "Journey Designer",
                "user": "ana",
                "host": workspace.identity.host,
                "pid": dead_pid,
                "session": "crashed",
                "time": "2026-11-23T08:00:00+00:00",
            }
        ),
        encoding="utf-8",
    )
    log = patch_prompts(monkeypatch)
    window = workspace.open_path(path)
    assert window is not None and not window.document.read_only
    assert log.calls == []
    taken = read_lock(path)
    assert taken is not None and taken.session == workspace.identity.session


def test_a_lock_held_by_another_running_process(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real second process holds the lock; once it is killed, the lock is stale."""
    path = copy_sample(tmp_path)
    holder_code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from journeydesigner.storage.locks import acquire_lock\n"
        "from journeydesigner.storage.processes import ProcessIdentity\n"
        "assert acquire_lock(Path(sys.argv[1]), ProcessIdentity.current('holder')) is None\n"
        "print('locked', flush=True)\n"
        "time.sleep(120)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", holder_code, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        log = patch_prompts(monkeypatch, ask_locked=prompts.LockChoice.CANCEL)
        assert workspace.open_path(path) is None
        assert log.args("ask_locked")[2].pid == holder.pid
    finally:
        holder.kill()
        holder.wait()
    log = patch_prompts(monkeypatch)
    assert workspace.open_path(path) is not None
    assert log.calls == []


def _edit_elsewhere(path: Path, title: str) -> None:
    journey = load_map(path)
    journey.title = title
    save_map(journey, path)


def test_a_change_on_disk_is_offered_for_reload(
    workspace: Workspace, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_sample(tmp_path)
    window = workspace.open_path(path)
    assert window is not None
    persona = window.document.journey.personas[1].id
    window.state.set_persona(persona)
    log = patch_prompts(monkeypatch, ask_reload=True)
    _edit_elsewhere(path, "Título cambiado por Luis")
    qtbot.waitUntil(lambda: "ask_reload" in log.names(), timeout=5000)
    assert log.args("ask_reload")[1:] == (path, False)
    qtbot.waitUntil(lambda: window not in workspace.windows, timeout=2000)
    fresh = workspace.window_for(path)
    assert fresh is not None and fresh is not window
    assert fresh.document.journey.title == "Título cambiado por Luis"
    assert fresh.state.persona_id == persona
    assert fresh.holds_lock and lock_path(path).exists()
    assert log.names().count("ask_reload") == 1


def test_a_change_made_while_the_window_is_built_is_noticed(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The watcher knows the file as the document read it, not as it is a moment later.
    path = copy_sample(tmp_path)
    real_open = JourneyDocument.open.__func__  # type: ignore[attr-defined]

    def open_then_edited(cls: type[JourneyDocument], target: Path) -> JourneyDocument:
        document = real_open(cls, target)
        _edit_elsewhere(path, "Cambiado mientras se abría")
        return document

    monkeypatch.setattr(JourneyDocument, "open", classmethod(open_then_edited))
    window = workspace.open_path(path)
    assert window is not None
    assert window.document.journey.title != "Cambiado mientras se abría"
    assert window.watcher.disk_differs()


def test_keeping_my_version_asks_before_saving_over_theirs(
    workspace: Workspace, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_sample(tmp_path)
    window = workspace.open_path(path)
    assert window is not None
    rename_first_card(window)
    log = patch_prompts(monkeypatch, ask_reload=False, ask_overwrite_changed=False)
    _edit_elsewhere(path, "Versión de Luis")
    qtbot.waitUntil(lambda: "ask_reload" in log.names(), timeout=5000)
    assert log.args("ask_reload")[2] is True  # the window had unsaved changes
    theirs = path.read_bytes()
    assert not window.save()
    assert "ask_overwrite_changed" in log.names()
    assert path.read_bytes() == theirs and window.document.is_modified
    patch_prompts(monkeypatch, ask_overwrite_changed=True)
    assert window.save()
    assert load_map(path).personas[0].timeline.cards[0].title == "Cambiado en el taller"


def test_my_own_saves_are_not_changes_on_disk(
    workspace: Workspace, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_sample(tmp_path)
    window = workspace.open_path(path)
    assert window is not None
    log = patch_prompts(monkeypatch)
    for number in range(3):
        rename_first_card(window, f"Versión {number}")
        assert window.save()
    path.touch()  # same bytes, new time: not a change either
    qtbot.wait(600)
    assert log.calls == []
    assert not window.watcher.disk_differs()


def test_a_removed_file_keeps_the_map_and_marks_it_unsaved(
    workspace: Workspace, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_sample(tmp_path)
    window = workspace.open_path(path)
    assert window is not None
    expected = dumps_map(window.document.journey)
    log = patch_prompts(monkeypatch)
    path.unlink()
    qtbot.waitUntil(lambda: "tell_removed" in log.names(), timeout=5000)
    assert window.document.is_modified and window.isWindowModified()
    assert dumps_map(window.document.journey) == expected
    assert window.save()
    assert "ask_overwrite_changed" not in log.names()  # nothing on disk to overwrite
    # Saving stamps the modification time; everything else is the map as it was.
    assert load_map(path).model_dump(exclude={"modified"}) == loads_map(expected).model_dump(
        exclude={"modified"}
    )


def test_reload_keeps_the_document_if_the_new_file_is_bad(
    workspace: Workspace, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_sample(tmp_path)
    window = workspace.open_path(path)
    assert window is not None
    card = window.document.journey.personas[0].timeline.cards[0]
    window.document.execute("Rename", ed.UpdateItem(card.id, {"title": "Mío"}))
    before = window.document.journey.model_dump()
    log = patch_prompts(monkeypatch, ask_reload=True)
    path.write_text("{ medio escrito", encoding="utf-8")
    qtbot.waitUntil(lambda: "show_open_error" in log.names(), timeout=5000)
    assert workspace.windows == [window]
    assert window.document.journey.model_dump() == before
