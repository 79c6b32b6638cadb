"""The persona switcher: switching, and every persona command with its undo and redo."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QToolBar
from pytestqt.qtbot import QtBot

from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model import JourneyMap, Persona
from journeydesigner.model.edits import RemoveLane, RemoveStage
from journeydesigner.ui.persona_switcher import PERSONA_COLOURS, PersonaSwitcher, next_colour, unique_name
from tests.conftest import ROOT

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"


@dataclass
class Rig:
    """A switcher in a window's toolbar, over the sample map."""

    document: JourneyDocument
    state: EditorState
    switcher: PersonaSwitcher
    window: QMainWindow

    def dump(self) -> dict[str, object]:
        return self.document.journey.model_dump()

    def names(self) -> list[str]:
        return [p.name for p in self.document.journey.personas]

    def combo_names(self) -> list[str]:
        combo = self.switcher.combo
        return [combo.itemText(i) for i in range(combo.count())]

    def undo_redo_round_trip(self, before: dict[str, object]) -> None:
        """Undo restores *before* exactly; redo brings back the state after the command."""
        after = self.dump()
        assert after != before
        self.document.undo_stack.undo()
        assert self.dump() == before
        assert self.combo_names() == self.names()
        JourneyMap.model_validate(self.dump())
        self.document.undo_stack.redo()
        assert self.dump() == after
        assert self.combo_names() == self.names()
        JourneyMap.model_validate(self.dump())


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    document = JourneyDocument.open(SNEAKERS)
    state = EditorState(document)
    window = QMainWindow()
    window.setCentralWidget(QLabel("canvas"))
    toolbar = QToolBar("Main")
    window.addToolBar(toolbar)
    switcher = PersonaSwitcher(state)
    toolbar.addWidget(switcher)
    qtbot.addWidget(window)
    window.resize(900, 300)
    window.show()
    qtbot.waitExposed(window)
    yield Rig(document, state, switcher, window)


def shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("JD_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def all_ids(persona: Persona) -> set[str]:
    t = persona.timeline
    return {persona.id} | {x.id for x in (*t.stages, *t.lanes, *t.cards, *t.connections)}


# ---------------------------------------------------------------- switching


def test_combo_lists_personas_and_switches_with_the_keyboard(rig: Rig, qtbot: QtBot, tmp_path: Path) -> None:
    combo = rig.switcher.combo
    assert rig.switcher.objectName() == "personaSwitcher"
    assert rig.combo_names() == ["Irene Soto", "Marta Roig"]
    assert [combo.itemData(i) for i in range(2)] == ["p-primera", "p-fiel"]
    assert not combo.itemIcon(0).isNull()
    assert combo.currentText() == "Irene Soto"

    combo.setFocus()
    with qtbot.waitSignal(rig.state.personaChanged) as blocker:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert blocker.args == ["p-fiel"]
    assert rig.state.persona_id == "p-fiel"

    rig.state.set_persona("p-primera")  # another view switches: the combo follows
    assert combo.currentText() == "Irene Soto"
    assert rig.window.grab().save(str(shots_dir(tmp_path) / "persona-switcher-toolbar.png"))


def test_popup_list_is_readable(rig: Rig, qtbot: QtBot, tmp_path: Path) -> None:
    combo = rig.switcher.combo
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    assert view.window().grab().save(str(shots_dir(tmp_path) / "persona-switcher-popup.png"))
    combo.hidePopup()


def test_menu_opens_from_the_button_and_adds_a_persona(rig: Rig, qtbot: QtBot, tmp_path: Path) -> None:
    before = rig.dump()
    seen: list[str] = []

    def pick_add() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        menu.grab().save(str(shots_dir(tmp_path) / "persona-menu.png"))
        seen.extend(a.text() for a in menu.actions() if a.text())
        add = menu.findChild(QAction, "actionAddPersona") or rig.switcher.action_add
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(add).center())

    QTimer.singleShot(100, pick_add)
    qtbot.mouseClick(rig.switcher.menu_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rig.names()) == 3)
    assert seen[:2] == ["Add persona", "Rename…"]
    rig.undo_redo_round_trip(before)


# ---------------------------------------------------------------- commands


def test_add_persona_copies_the_current_structure(rig: Rig) -> None:
    before = rig.dump()
    irene = rig.document.journey.personas[0]
    new_id = rig.switcher.add_persona()
    assert new_id is not None
    new = rig.document.journey.index.personas[new_id]
    assert rig.names() == ["Irene Soto", "Marta Roig", "Cliente"]
    assert rig.state.persona_id == new_id and rig.switcher.combo.currentText() == "Cliente"
    assert [s.name for s in new.timeline.stages] == [s.name for s in irene.timeline.stages]
    assert [(lane.kind, lane.name) for lane in new.timeline.lanes] == [
        (lane.kind, lane.name) for lane in irene.timeline.lanes
    ]
    assert new.timeline.cards == [] and new.role == ""
    assert new.color not in {p.color for p in rig.document.journey.personas if p is not new}
    assert all_ids(new).isdisjoint(all_ids(irene))
    assert rig.document.undo_stack.undoText() == "Add persona"
    rig.undo_redo_round_trip(before)

    assert rig.switcher.add_persona() is not None  # a second one gets a free name
    assert rig.names()[-1] == "Cliente 2"


def test_rename_asks_for_the_name(rig: Rig) -> None:
    before = rig.dump()
    asked: list[tuple[str, str, str]] = []

    def answer(title: str, label: str, value: str) -> str | None:
        asked.append((title, label, value))
        return "  Irene S.  "

    rig.switcher.ask_text = answer
    rig.switcher.action_rename.trigger()
    assert asked == [("Rename persona", "Name:", "Irene Soto")]
    assert rig.names() == ["Irene S.", "Marta Roig"]
    assert rig.switcher.combo.currentText() == "Irene S."
    assert rig.document.undo_stack.undoText() == "Rename persona"
    rig.undo_redo_round_trip(before)

    rig.switcher.ask_text = lambda *_: None  # cancelled
    count = rig.document.undo_stack.count()
    assert not rig.switcher.rename_persona()
    assert not rig.switcher.rename_persona("   ")
    assert rig.document.undo_stack.count() == count


@pytest.mark.parametrize("with_cards", [True, False])
def test_duplicate_renews_every_id(rig: Rig, with_cards: bool) -> None:
    before = rig.dump()
    irene = rig.document.journey.personas[0]
    action = rig.switcher.action_duplicate if with_cards else rig.switcher.action_duplicate_structure
    action.trigger()
    journey = rig.document.journey
    assert rig.names() == ["Irene Soto", "Irene Soto (copy)", "Marta Roig"]
    copy = journey.personas[1]
    assert rig.state.persona_id == copy.id
    others = set().union(
        *(all_ids(p) for p in journey.personas if p is not copy), {c.id for c in journey.channels}
    )
    assert all_ids(copy).isdisjoint(others)
    assert copy.color not in {irene.color, journey.personas[2].color}
    assert copy.role == irene.role and copy.goals == irene.goals
    assert [s.name for s in copy.timeline.stages] == [s.name for s in irene.timeline.stages]
    if with_cards:
        assert len(copy.timeline.cards) == len(irene.timeline.cards) == 85
        card_ids = {c.id for c in copy.timeline.cards}
        assert all(k.source in card_ids and k.target in card_ids for k in copy.timeline.connections)
        assert len(copy.timeline.connections) == 10
        assert rig.document.undo_stack.undoText() == "Duplicate persona"
    else:
        assert copy.timeline.cards == [] and copy.timeline.connections == []
        assert rig.document.undo_stack.undoText() == "Duplicate persona structure"
    JourneyMap.model_validate(journey.model_dump())
    rig.undo_redo_round_trip(before)


def test_delete_asks_first_and_never_deletes_the_last(rig: Rig) -> None:
    before = rig.dump()
    questions: list[str] = []

    def refuse(_title: str, question: str) -> bool:
        questions.append(question)
        return False

    rig.switcher.confirm = refuse
    assert not rig.switcher.delete_persona()
    assert rig.names() == ["Irene Soto", "Marta Roig"]
    assert "Irene Soto" in questions[0] and "85 cards" in questions[0]

    rig.switcher.confirm = lambda _title, _question: True
    rig.switcher.action_delete.trigger()
    rig.switcher.confirm = refuse
    assert rig.names() == ["Marta Roig"]
    assert rig.state.persona_id == "p-fiel" and rig.switcher.combo.currentText() == "Marta Roig"
    assert rig.document.undo_stack.undoText() == "Delete persona"
    rig.undo_redo_round_trip(before)

    # Marta is the only one left: refused without asking, and the action is off.
    questions.clear()
    rig.switcher.menu.aboutToShow.emit()
    assert not rig.switcher.action_delete.isEnabled()
    assert not rig.switcher.delete_persona()
    assert questions == [] and rig.names() == ["Marta Roig"]


def test_move_up_and_down(rig: Rig) -> None:
    before = rig.dump()
    rig.switcher.menu.aboutToShow.emit()
    assert not rig.switcher.action_move_up.isEnabled() and rig.switcher.action_move_down.isEnabled()
    rig.switcher.action_move_down.trigger()
    assert rig.names() == ["Marta Roig", "Irene Soto"]
    assert rig.combo_names() == ["Marta Roig", "Irene Soto"]
    assert rig.switcher.combo.currentText() == "Irene Soto"  # still showing the moved persona
    assert rig.document.undo_stack.undoText() == "Move persona"
    rig.undo_redo_round_trip(before)
    assert not rig.switcher.move_persona(1)  # already last
    rig.switcher.action_move_up.trigger()
    assert rig.names() == ["Irene Soto", "Marta Roig"]


def test_copy_stages_and_lanes_from_another_persona(rig: Rig, tmp_path: Path) -> None:
    document = rig.document
    # Marta loses a stage and a lane, so there is something to copy back from Irene.
    assert document.execute("setup", [RemoveStage("fiel-s-devolucion"), RemoveLane("fiel-l-notas")])
    rig.state.set_persona("p-fiel")
    before = rig.dump()
    rig.switcher.menu.aboutToShow.emit()
    action = rig.switcher.copy_menu.findChild(QAction, "copyStructureFrom:p-primera")
    assert action is not None and action.isEnabled()
    assert action.text() == "Irene Soto (1 stage, 1 lane)"
    action.trigger()

    journey = document.journey
    irene, marta = journey.personas
    assert [s.name for s in marta.timeline.stages] == [s.name for s in irene.timeline.stages]
    assert [lane.name for lane in marta.timeline.lanes] == [lane.name for lane in irene.timeline.lanes]
    copied = marta.timeline.stages[5]
    assert copied.name == "Devolución" and copied.id not in all_ids(irene)
    assert copied.description == irene.timeline.stages[5].description
    assert marta.timeline.lanes[-1].kind == irene.timeline.lanes[-1].kind
    assert document.undo_stack.undoText() == "Copy stages and lanes from Irene Soto"
    rig.undo_redo_round_trip(before)

    # Nothing left to copy: the entry is greyed out and the command does nothing.
    rig.switcher.menu.aboutToShow.emit()
    action = rig.switcher.copy_menu.findChild(QAction, "copyStructureFrom:p-primera")
    assert action is not None and not action.isEnabled()
    assert action.text() == "Irene Soto (nothing to add)"
    assert not rig.switcher.copy_structure_from("p-primera")


def test_combo_follows_undo_of_any_persona_change(rig: Rig) -> None:
    rig.switcher.duplicate_persona(False)
    assert rig.combo_names() == ["Irene Soto", "Irene Soto (copy)", "Marta Roig"]
    rig.document.undo_stack.undo()
    assert rig.combo_names() == ["Irene Soto", "Marta Roig"]
    # The duplicate that was shown is gone: the state and the combo fall back together.
    assert rig.switcher.combo.currentData() == rig.state.persona_id


def test_helpers() -> None:
    assert unique_name("Cliente", ["cliente", "Cliente 2"]) == "Cliente 3"
    assert unique_name("Ana", ["Bea"]) == "Ana"
    assert len(unique_name("x" * 400, ["x" * 300])) == 300
    assert next_colour([]) == PERSONA_COLOURS[0]
    assert next_colour([PERSONA_COLOURS[0].lower()]) == PERSONA_COLOURS[1]
    assert next_colour(list(PERSONA_COLOURS)) == PERSONA_COLOURS[0]
