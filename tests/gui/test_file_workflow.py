"""Open, save, save as, close and quit as a user does them, with the file prompts answered."""

from __future__ import annotations

import errno
import gc
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QListWidget
from pytestqt.qtbot import QtBot

from journeydesigner.document.collector import gui_thread_collects
from journeydesigner.storage import dumps_map, heap, load_map
from journeydesigner.storage.locks import lock_path, read_lock
from journeydesigner.ui import prompts
from journeydesigner.ui.main_window import MainWindow
from journeydesigner.ui.workspace import Workspace
from tests.gui.file_helpers import TELECOM, copy_sample, patch_prompts, rename_first_card


def test_open_shows_the_map_takes_the_lock_and_remembers_the_file(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = copy_sample(tmp_path)
    window = workspace.open_path(path)
    assert window is not None and window.isVisible()
    assert window.document.path == path
    assert "mapa.journey" in window.windowTitle()
    lock = read_lock(path)
    assert lock is not None and lock.pid == os.getpid() and lock.session == workspace.identity.session
    assert workspace.settings.recent_files()[0] == path.resolve()
    window.close()
    assert not lock_path(path).exists()
    assert workspace.windows == []


def test_opening_a_map_leaves_the_collector_running(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    paused_while_built: list[bool] = []
    real_init = MainWindow.__init__

    def watched_init(self: MainWindow, *args: Any, **kwargs: Any) -> None:
        paused_while_built.append(not gc.isenabled() and heap.collector_held())
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(MainWindow, "__init__", watched_init)
    window = workspace.open_path(copy_sample(tmp_path))
    assert window is not None
    assert paused_while_built == [True]  # no collection while the map's window is built
    # ... nor until the map is on screen (see storage.heap); then it runs again (on its own, or
    # from the GUI thread's timer once a worker thread is about: see document.collector).
    qtbot.waitUntil(lambda: not heap.collector_held(), timeout=2000)
    assert gc.isenabled() or gui_thread_collects()
    assert gc.get_freeze_count() == 0  # nothing set aside for good (see storage.heap)
    window.close()


def test_opening_an_open_map_brings_its_window_forward(workspace: Workspace, tmp_path: Path) -> None:
    path = copy_sample(tmp_path)
    first = workspace.open_path(path)
    again = workspace.open_path(tmp_path / "." / "mapa.journey")
    assert again is first
    assert len(workspace.windows) == 1


def test_a_bad_file_shows_one_line_and_changes_nothing(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = workspace.open_path(copy_sample(tmp_path))
    assert window is not None
    rename_first_card(window)
    before = window.document.journey.model_dump()
    bad = tmp_path / "roto.journey"
    bad.write_text('{"format": "journeydesigner", "schema_version": 1, "title": ', encoding="utf-8")
    log = patch_prompts(monkeypatch)
    assert workspace.open_path(bad, window) is None
    assert log.names() == ["show_open_error"]
    message = str(log.args("show_open_error")[1])
    assert "roto.journey" in message and "not valid JSON" in message and "\n" not in message
    assert workspace.windows == [window]
    assert window.document.journey.model_dump() == before
    assert window.document.undo_stack.count() == 1
    assert not lock_path(bad).exists()


def test_save_writes_atomically_and_marks_clean(workspace: Workspace, tmp_path: Path) -> None:
    path = copy_sample(tmp_path)
    window = workspace.open_path(path)
    assert window is not None
    rename_first_card(window)
    assert window.isWindowModified()
    assert window.save()
    assert not window.isWindowModified()
    assert load_map(path).personas[0].timeline.cards[0].title == "Cambiado en el taller"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".~lock.mapa.journey#", "mapa.journey", "workspace"]


def test_save_into_a_vanished_folder_names_the_file_and_keeps_the_changes(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_sample(tmp_path / "carpeta")
    window = workspace.open_path(path)
    assert window is not None
    rename_first_card(window)
    expected = window.document.journey.model_dump()
    shutil.rmtree(tmp_path / "carpeta")
    log = patch_prompts(monkeypatch)
    monkeypatch.setattr(window.watcher, "disk_differs", lambda: False)  # the file vanished with it
    assert not window.save()
    error = log.args("show_save_error")[1]
    assert error.path == str(path) and "folder no longer exists" in error.reason
    assert window.document.is_modified and window.isWindowModified()
    assert window.document.journey.model_dump() == expected
    assert window.document.undo_stack.count() == 1


def test_save_into_a_read_only_folder_names_the_file_and_keeps_the_changes(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_sample(tmp_path / "solo-lectura")
    original = path.read_bytes()
    window = workspace.open_path(path)
    assert window is not None
    rename_first_card(window)
    if os.geteuid() == 0:
        # root writes through any permission bits: make the system refuse as it would a user.
        import tempfile

        def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    else:
        (tmp_path / "solo-lectura").chmod(0o555)
    log = patch_prompts(monkeypatch)
    try:
        assert not window.save()
    finally:
        (tmp_path / "solo-lectura").chmod(0o755)
    error = log.args("show_save_error")[1]
    assert error.path == str(path) and "permission denied" in error.reason
    assert window.document.is_modified
    assert path.read_bytes() == original


def test_save_as_moves_the_lock_and_the_title(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_sample(tmp_path)
    window = workspace.open_path(path)
    assert window is not None
    rename_first_card(window)
    target = tmp_path / "copia"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_as()
    saved = target.with_suffix(".journey")
    assert window.document.path == saved
    assert "copia.journey" in window.windowTitle()
    assert not lock_path(path).exists() and lock_path(saved).exists()
    assert load_map(saved).model_dump() == window.document.journey.model_dump()
    assert workspace.settings.recent_files()[0] == saved.resolve()


def test_close_asks_and_cancel_keeps_the_window(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = workspace.open_path(copy_sample(tmp_path))
    assert window is not None
    rename_first_card(window)
    log = patch_prompts(monkeypatch, ask_save_changes=prompts.Button.Cancel)
    assert not window.close()
    assert log.names() == ["ask_save_changes"]
    assert workspace.windows == [window] and window.document.is_modified


def test_close_with_save_writes_the_file(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_sample(tmp_path)
    window = workspace.open_path(path)
    assert window is not None
    rename_first_card(window, "Guardado al cerrar")
    patch_prompts(monkeypatch, ask_save_changes=prompts.Button.Save)
    assert window.close()
    assert load_map(path).personas[0].timeline.cards[0].title == "Guardado al cerrar"
    assert not lock_path(path).exists()


def test_quit_asks_for_each_modified_map_and_stops_at_cancel(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = workspace.open_path(copy_sample(tmp_path, "uno.journey"))
    second = workspace.open_path(copy_sample(tmp_path, "dos.journey", TELECOM))
    untouched = workspace.open_path(copy_sample(tmp_path, "tres.journey"))
    assert first and second and untouched
    rename_first_card(first)
    rename_first_card(second)
    log = patch_prompts(monkeypatch, ask_save_changes=prompts.Button.Cancel)
    assert not workspace.close_all()
    assert len(log.calls) == 1 and len(workspace.windows) == 3
    log = patch_prompts(monkeypatch, ask_save_changes=prompts.Button.Discard)
    assert workspace.close_all()
    assert [args[1] for _, args in log.calls] == [
        first.document.journey.title,
        second.document.journey.title,
    ]
    assert workspace.windows == []


def test_a_map_dropped_on_the_canvas_opens(workspace: Workspace, tmp_path: Path) -> None:
    window = workspace.new_map()
    path = copy_sample(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(tmp_path / "notas.txt"))])
    viewport = window.view.viewport()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.view.dropEvent(drop)
    assert drop.isAccepted()
    assert viewport is not None
    assert [w.document.path for w in workspace.windows] == [None, path]


def test_macos_file_open_event_opens_the_map(workspace: Workspace, tmp_path: Path) -> None:
    path = copy_sample(tmp_path)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(workspace)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(path)))
    finally:
        app.removeEventFilter(workspace)
    assert [w.document.path for w in workspace.windows] == [path]


def test_recent_menu_opens_a_map(workspace: Workspace, tmp_path: Path) -> None:
    path = copy_sample(tmp_path)
    workspace.settings.add_recent_file(path)
    window = workspace.new_map()
    window.recent_menu.rebuild()
    action = next(a for a in window.recent_menu.actions() if a.objectName() == "actionRecentFile0")
    action.trigger()
    assert [w.document.path for w in workspace.windows] == [None, path]


def test_new_map_from_a_template_in_english(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from journeydesigner.ui.new_map_dialog import NewMapDialog

    window = workspace.new_map()

    def choose(dialog: NewMapDialog) -> int:
        language = dialog.findChild(QComboBox, "mapLanguageCombo")
        language.setCurrentIndex(language.findData("en"))
        templates = dialog.findChild(QListWidget, "templateList")
        for row in range(templates.count()):
            if templates.item(row).data(Qt.ItemDataRole.UserRole) == "customer-lifecycle":
                templates.setCurrentRow(row)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(NewMapDialog, "exec", choose)
    window.new_window()
    new = workspace.windows[-1]
    assert new is not window and new.document.path is None and not new.document.is_modified
    assert new.document.journey.language == "en"
    assert new.document.journey.personas[0].timeline.stages[0].name == "Reach"


def test_window_layout_is_remembered(workspace: Workspace, tmp_path: Path) -> None:
    window = workspace.new_map()
    window.resize(700, 520)  # within the offscreen screen, where restoring clamps
    window.analysis.show()
    window.close()
    again = workspace.new_map()
    assert again.size().width() == 700 and again.size().height() == 520
    assert again.analysis.isVisibleTo(again)


def test_unsaved_new_map_saved_then_reopened_equals(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = workspace.new_map()
    rename_first_card_if_any = window.document.journey.personas[0].timeline.cards
    assert rename_first_card_if_any == []  # templates start empty
    target = tmp_path / "nuevo.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save()
    assert dumps_map(load_map(target)) == dumps_map(window.document.journey)
