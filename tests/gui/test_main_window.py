"""The main window: its contract (objectNames), modified state, files and commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QGraphicsView, QWidget
from pytestqt.qtbot import QtBot

from journeydesigner.app import create_main_window
from journeydesigner.cli import main
from journeydesigner.model import edits as ed
from journeydesigner.storage import JourneyFileError, dumps_map, load_map
from journeydesigner.ui.main_window import MainWindow
from tests.conftest import ROOT

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    win = create_main_window(SNEAKERS)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_contract_object_names(window: MainWindow) -> None:
    assert isinstance(window.findChild(QGraphicsView, "canvasView"), QGraphicsView)
    for name in ("palette", "inspector", "outline", "undoHistory"):
        assert isinstance(window.findChild(QDockWidget, name), QDockWidget), name
    assert isinstance(window.findChild(QWidget, "personaSwitcher"), QWidget)
    for name in (
        "New",
        "Open",
        "Save",
        "SaveAs",
        "Undo",
        "Redo",
        "Cut",
        "Copy",
        "Paste",
        "Delete",
        "SelectAll",
        "ZoomIn",
        "ZoomOut",
        "ZoomFit",
        "Presentation",
    ):
        assert isinstance(window.findChild(QAction, f"action{name}"), QAction), name


def test_standard_shortcuts(window: MainWindow) -> None:
    def shortcut_of(name: str) -> QKeySequence:
        action = window.findChild(QAction, f"action{name}")
        assert action is not None
        return action.shortcut()

    standard = QKeySequence.StandardKey
    for name, key in (
        ("Save", standard.Save),
        ("Undo", standard.Undo),
        ("Copy", standard.Copy),
        ("Paste", standard.Paste),
        ("SelectAll", standard.SelectAll),
        ("ZoomIn", standard.ZoomIn),
    ):
        assert shortcut_of(name) in QKeySequence.keyBindings(key), name
    assert shortcut_of("ZoomReset") == QKeySequence("Ctrl+0")


def test_the_toolbar_undo_button_keeps_its_size_and_names_the_step_in_its_tooltip(
    qtbot: QtBot, window: MainWindow
) -> None:
    button = window.toolbar.widgetForAction(window.actions_by_name["UndoButton"])
    assert button is not None and button.text() == "Undo"
    assert not button.isEnabled()
    width = button.width()
    card = window.document.journey.personas[0].timeline.cards[0]
    window.document.execute("Rename card", ed.UpdateItem(card.id, {"title": "Otro título"}))
    window.add_stage()
    qtbot.wait(10)
    assert button.isEnabled() and button.text() == "Undo" and button.width() == width
    assert "Add stage" in button.toolTip()
    button.click()
    assert window.document.undo_stack.undoText() == "Rename card"
    assert "Rename card" in button.toolTip()


def test_window_title_and_modified_state_follow_the_undo_stack(window: MainWindow, tmp_path: Path) -> None:
    assert "zapatillas-omnicanal.journey" in window.windowTitle()
    assert not window.isWindowModified()
    card = window.document.journey.personas[0].timeline.cards[0]
    window.document.execute("Rename", ed.UpdateItem(card.id, {"title": "Otro título"}))
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()
    window.document.undo_stack.redo()
    target = tmp_path / "copia.journey"
    assert window._save_to(target)
    assert not window.isWindowModified()
    assert "copia.journey" in window.windowTitle()
    assert load_map(target).personas[0].timeline.cards[0].title == "Otro título"


def test_delete_cut_paste_and_duplicate_through_actions(window: MainWindow) -> None:
    journey = window.document.journey
    persona = journey.personas[0]
    ids = [c.id for c in persona.timeline.cards if c.type == "opportunity"][:2]
    before = journey.model_dump()
    window.state.set_selection(ids)
    window.findChild(QAction, "actionCut").trigger()
    assert not set(ids) & set(journey.index.cards)
    window.state.set_persona(journey.personas[1].id)
    window.findChild(QAction, "actionPaste").trigger()
    pasted = window.state.selection
    assert len(pasted) == 2 and all(journey.index.cards[i][0] is journey.personas[1] for i in pasted)
    window.findChild(QAction, "actionDuplicate").trigger()
    assert len(window.state.selection) == 2
    stack = window.document.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Cut", "Paste", "Duplicate"]
    for _ in range(3):
        stack.undo()
    assert journey.model_dump() == before


def test_zoom_actions(window: MainWindow) -> None:
    view = window.view
    window.findChild(QAction, "actionZoomIn").trigger()
    assert view.zoom == pytest.approx(1.2)
    window.findChild(QAction, "actionZoomReset").trigger()
    assert view.zoom == pytest.approx(1.0)
    window.findChild(QAction, "actionZoomFit").trigger()
    layout = window.scene.layout
    assert layout is not None
    assert layout.width * view.zoom <= view.viewport().width()
    assert window.zoom_label.text().endswith("%")


def test_presentation_mode_hides_panels(window: MainWindow) -> None:
    action = window.findChild(QAction, "actionPresentation")
    action.setChecked(True)
    assert not window.findChild(QDockWidget, "palette").isVisible()
    assert window.view.zoom >= 1.25
    action.setChecked(False)
    assert window.findChild(QDockWidget, "palette").isVisible()


def test_new_window_without_a_file(qtbot: QtBot) -> None:
    window = create_main_window()
    qtbot.addWidget(window)
    assert window.document.journey.personas
    assert window.document.path is None


def test_bad_file_raises_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "malo.journey"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(JourneyFileError) as info:
        create_main_window(bad)
    assert "\n" not in str(info.value)


def test_template_window_saves_and_reloads_identically(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "mapa.journey"
    assert main(["new", "--template", "customer-lifecycle", "--lang", "es", str(path)]) == 0
    window = create_main_window(path)
    qtbot.addWidget(window)
    assert window._save_to(path)
    assert dumps_map(load_map(path)) == path.read_bytes()


def test_the_canvas_is_painted_before_the_outline_and_inspector_fill(qtbot: QtBot) -> None:
    """A large map shows sooner: the docks that list it fill just after the canvas's first paint."""
    from PySide6.QtCore import QEvent, QObject

    from journeydesigner.document.document import JourneyDocument
    from journeydesigner.templates import build_template

    events: list[str] = []
    window = MainWindow(JourneyDocument(build_template("purchase-journey", "es")))
    qtbot.addWidget(window)

    class CanvasPaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                events.append("canvas painted")
            return False

    spy = CanvasPaints(window)
    window.view.viewport().installEventFilter(spy)
    window.outline.model.rowsInserted.connect(lambda *_: events.append("outline filled"))
    assert window.outline.model.rowCount() == 0
    assert window.inspector.findChild(QWidget, "inspectorContent") is None
    window.show()
    qtbot.waitUntil(lambda: "outline filled" in events)
    assert events[0] == "canvas painted"
    assert window.outline.model.rowCount() == len(window.document.journey.personas)
    assert window.inspector.findChild(QWidget, "inspectorContent") is not None


def test_the_collector_waits_until_a_window_opening_a_map_is_painted(qtbot: QtBot) -> None:
    """Its first look at everything a large map made walks every object: after the map is shown."""
    import gc

    from journeydesigner.storage import heap

    # A window of an earlier test, never painted, may still hold it back for a moment.
    qtbot.waitUntil(lambda: not heap.collector_held(), timeout=4000)
    window = create_main_window(SNEAKERS)
    qtbot.addWidget(window)
    assert heap.collector_held() and not gc.isenabled()
    window.show()
    qtbot.waitUntil(lambda: not heap.collector_held(), timeout=2000)
