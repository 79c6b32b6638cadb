"""Fixtures for tests that drive the real canvas."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeydesigner.canvas.scene import TimelineScene
from journeydesigner.canvas.view import CanvasView
from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.ui.settings import AppSettings
from journeydesigner.ui.workspace import Workspace, set_current_workspace
from tests.conftest import ROOT

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"


@dataclass
class Canvas:
    """A document shown in a real scene and view."""

    document: JourneyDocument
    state: EditorState
    scene: TimelineScene
    view: CanvasView

    def dump(self) -> dict[str, object]:
        """The whole document, for exact before/after comparisons."""
        return self.document.journey.model_dump()

    def undo_redo_round_trip(self, before: dict[str, object]) -> None:
        """Undo restores *before* exactly; redo brings back the state after the edit."""
        assert_undo_redo(self.document, before)


def assert_undo_redo(document: JourneyDocument, before: dict[str, Any]) -> None:
    """The last command changed the map; undo restores *before* exactly, redo re-applies it."""
    after = document.journey.model_dump()
    assert after != before
    document.undo_stack.undo()
    assert document.journey.model_dump() == before
    document.undo_stack.redo()
    assert document.journey.model_dump() == after


def open_canvas(qtbot: QtBot) -> Canvas:
    """A large canvas view of the sneakers sample, shown, scrolled to the top left."""
    document = JourneyDocument.open(SNEAKERS)
    state = EditorState(document)
    scene = TimelineScene(state)
    view = CanvasView(scene)
    scene.setParent(view)  # deleted with the view, while the application still exists
    qtbot.addWidget(view)
    view.resize(2400, 1600)
    view.show()
    qtbot.waitExposed(view)
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    return Canvas(document, state, scene, view)


@pytest.fixture
def canvas(qtbot: QtBot) -> Canvas:
    return open_canvas(qtbot)


@pytest.fixture(autouse=True)
def no_blocking_save_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window closed with unsaved changes would wait for an answer: discard instead.

    Tests that check the prompt itself patch it again.
    """
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)


def make_workspace(folder: Path) -> Workspace:
    """A workspace with its own settings file and recovery folder under *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    return Workspace(settings, folder / "recovery")


@pytest.fixture(autouse=True)
def workspace(qapp: QApplication, tmp_path: Path) -> Iterator[Workspace]:
    """Each test gets a fresh workspace: no settings, recent files or recovery copies shared."""
    current = make_workspace(tmp_path / "workspace")
    set_current_workspace(current)
    yield current
    for window in list(current.windows):
        window.close_without_asking()
    for window in list(current.windows):
        current.detach(window)
    set_current_workspace(None)
    current.deleteLater()
