"""Fixtures for tests that drive the real canvas."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from journeydesigner.canvas.scene import TimelineScene
from journeydesigner.canvas.view import CanvasView
from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
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


@pytest.fixture
def canvas(qtbot: QtBot) -> Iterator[Canvas]:
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
    yield Canvas(document, state, scene, view)


@pytest.fixture(autouse=True)
def no_blocking_save_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window closed with unsaved changes would wait for an answer: discard instead.

    Tests that check the prompt itself patch it again.
    """
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
