"""The outline dock lists every persona's stages, lanes and cards and shares the editor's selection."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem
from pytestqt.qtbot import QtBot

from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model.cards import ActionCard, EmotionCard
from journeydesigner.model.edits import (
    AddCard,
    AddStage,
    MoveCard,
    RemoveCards,
    RemovePersona,
    UpdateItem,
    UpdateMap,
    cell_cards,
)
from journeydesigner.model.timeline import Stage
from journeydesigner.ui.outline import ID_ROLE, KIND_ROLE, OutlineDock
from tests.conftest import ROOT

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"
FIRST, SECOND = "p-primera", "p-fiel"
STAGE = "primera-s-evaluacion"
LANE = "primera-l-puntos-de-contacto"
CARDS = ("primera-c-011", "primera-c-012")  # the two touchpoints of that cell, in order
EMOTION = "primera-c-006"
BACKSTAGE = "primera-l-trastienda"


@dataclass
class Outline:
    """An outline over the sneakers sample."""

    document: JourneyDocument
    state: EditorState
    dock: OutlineDock

    def row(self, item_id: str) -> QStandardItem:
        items = self.dock.items_for(item_id)
        assert items, item_id
        return items[0]

    def selected_ids(self) -> list[str]:
        return [str(i.data(ID_ROLE)) for i in self.dock.view.selectionModel().selectedRows()]

    def texts_under(self, item: QStandardItem) -> list[str]:
        return [item.child(r).text() for r in range(item.rowCount())]

    def cell(self, stage_id: str, lane_id: str) -> QStandardItem:
        stage = self.row(stage_id)
        return next(
            stage.child(r) for r in range(stage.rowCount()) if stage.child(r).data(ID_ROLE) == lane_id
        )

    def click(self, qtbot: QtBot, item: QStandardItem, modifier: Qt.KeyboardModifier | None = None) -> None:
        view = self.dock.view
        index = item.index()
        parent = index.parent()
        while parent.isValid():
            view.expand(parent)
            parent = parent.parent()
        view.scrollTo(index)
        rect = view.visualRect(index)
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            modifier or Qt.KeyboardModifier.NoModifier,
            rect.center(),
        )


@pytest.fixture
def outline(qtbot: QtBot) -> Iterator[Outline]:
    document = JourneyDocument.open(SNEAKERS)
    state = EditorState(document)
    dock = OutlineDock(state)
    qtbot.addWidget(dock)
    dock.resize(360, 700)
    dock.show()
    qtbot.waitExposed(dock)
    yield Outline(document, state, dock)


# ---------------------------------------------------------------- contents


def test_the_tree_lists_every_persona_stage_lane_and_card(outline: Outline) -> None:
    journey = outline.document.journey
    model = outline.dock.model
    assert [model.item(r).text() for r in range(model.rowCount())] == [p.name for p in journey.personas]
    for persona in journey.personas:
        persona_row = outline.row(persona.id)
        assert outline.texts_under(persona_row) == [s.name for s in persona.timeline.stages]
        rows = 0
        for stage in persona.timeline.stages:
            assert outline.row(stage.id).data(KIND_ROLE) == "stage"
            for lane in persona.timeline.lanes:
                cell = outline.cell(stage.id, lane.id)
                assert cell.data(KIND_ROLE) == "lane"
                ids = [cell.child(r).data(ID_ROLE) for r in range(cell.rowCount())]
                assert ids == [c.id for c in cell_cards(persona.timeline, stage.id, lane.id)]
                rows += len(ids)
        assert rows == len(persona.timeline.cards)


def test_card_texts_and_details(outline: Outline) -> None:
    assert outline.texts_under(outline.cell(STAGE, LANE)) == [
        "Touchpoint: Ficha de producto del Brisa 2",
        "Touchpoint: Chat con una asesora de running",
    ]
    chat = outline.row(CARDS[1])
    details = chat.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Touchpoint, channel Chat, devices Ordenador" in details
    assert "moment of truth" in details
    assert chat.toolTip() == details
    emotion = outline.row(EMOTION)
    assert emotion.text() == "Emotion +1: Curiosa"
    assert "emotion +1 (Positiva)" in emotion.data(Qt.ItemDataRole.AccessibleDescriptionRole)


def test_renaming_a_channel_updates_the_details(outline: Outline) -> None:
    outline.document.execute("Title", UpdateMap({"title": "Otro"}))
    outline.document.execute("Channel", UpdateItem("chat", {"name": "Chat en vivo"}))
    assert "channel Chat en vivo" in outline.row(CARDS[1]).toolTip()
    outline.document.undo_stack.undo()
    assert "channel Chat," in outline.row(CARDS[1]).toolTip()


def test_hidden_lanes_are_marked(outline: Outline) -> None:
    outline.document.execute("Hide", UpdateItem(BACKSTAGE, {"hidden": True}))
    rows = outline.dock.items_for(BACKSTAGE)
    assert len(rows) == len(outline.document.journey.index.personas[FIRST].timeline.stages)
    assert {row.text() for row in rows} == {"Trastienda (hidden)"}
    outline.document.undo_stack.undo()
    assert {row.text() for row in rows} == {"Trastienda"}


def test_the_view_is_accessible(outline: Outline) -> None:
    view = outline.dock.view
    assert outline.dock.objectName() == "outline"
    assert view.objectName() == "outlineTree"
    assert view.accessibleName() == "Journey outline"
    assert view.accessibleDescription()


# ---------------------------------------------------------------- selection


def test_the_state_selection_selects_and_reveals_rows(qtbot: QtBot, outline: Outline) -> None:
    with qtbot.assertNotEmitted(outline.state.personaChanged):
        outline.state.set_selection(list(CARDS))
    assert outline.selected_ids() == list(CARDS)
    index = outline.row(CARDS[0]).index()
    assert outline.dock.view.isExpanded(index.parent())
    assert outline.dock.view.isExpanded(index.parent().parent())
    assert outline.dock.view.currentIndex() == index
    assert outline.state.selection == list(CARDS)  # no echo reordered or changed it


def test_an_empty_selection_selects_the_current_persona(outline: Outline) -> None:
    outline.state.set_selection([CARDS[0]])
    outline.state.set_selection([])
    assert outline.selected_ids() == [FIRST]


def test_clicking_rows_selects_in_the_state(qtbot: QtBot, outline: Outline) -> None:
    signals: list[list[str]] = []
    outline.state.selectionChanged.connect(signals.append)
    outline.click(qtbot, outline.row(CARDS[0]))
    assert outline.state.selection == [CARDS[0]]
    outline.click(qtbot, outline.row(CARDS[1]), Qt.KeyboardModifier.ControlModifier)
    assert outline.state.selection == list(CARDS)
    assert signals == [[CARDS[0]], list(CARDS)]
    outline.click(qtbot, outline.row(STAGE))
    assert outline.state.selection == [STAGE]


def test_selecting_a_row_of_another_persona_switches_persona(qtbot: QtBot, outline: Outline) -> None:
    card = "fiel-c-001"
    with qtbot.waitSignal(outline.state.personaChanged):
        outline.click(qtbot, outline.row(card))
    assert outline.state.persona_id == SECOND
    assert outline.state.selection == [card]
    assert outline.selected_ids() == [card]
    outline.click(qtbot, outline.row(FIRST))
    assert outline.state.persona_id == FIRST
    assert outline.state.selection == []


def test_keyboard_navigation_and_type_ahead(qtbot: QtBot, outline: Outline) -> None:
    view = outline.dock.view
    view.setFocus()
    assert view.currentIndex() == outline.row(FIRST).index()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert outline.state.selection == ["primera-s-descubrimiento"]
    qtbot.keyClick(view, Qt.Key.Key_Right)  # expand the stage
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert outline.state.selection == ["primera-l-acciones"]
    qtbot.keyClicks(view, "Marta")
    assert outline.state.persona_id == SECOND
    assert outline.selected_ids() == [SECOND]


# ---------------------------------------------------------------- updates


def test_cards_added_removed_and_undone_update_the_tree(outline: Outline) -> None:
    view = outline.dock.view
    outline.state.set_selection([CARDS[0]])  # expands the stage and the cell
    cell = outline.cell(STAGE, LANE)
    persona_row = outline.row(FIRST)
    card = ActionCard(id="nueva", stage=STAGE, lane="primera-l-acciones", title="Pregunta en tienda")
    outline.document.execute("Add", AddCard(FIRST, card, 0))
    actions = outline.cell(STAGE, "primera-l-acciones")
    assert actions.child(0).text() == "Action: Pregunta en tienda"
    assert outline.row(FIRST) is persona_row  # only the cell changed
    assert outline.cell(STAGE, LANE) is cell
    assert view.isExpanded(cell.index())
    outline.document.execute("Remove", RemoveCards(CARDS))
    assert cell.rowCount() == 0
    assert outline.state.selection == []
    assert outline.selected_ids() == [FIRST]
    outline.document.undo_stack.undo()
    assert [cell.child(r).data(ID_ROLE) for r in range(cell.rowCount())] == list(CARDS)
    outline.document.undo_stack.undo()
    assert outline.dock.items_for("nueva") == []
    assert actions.child(0).data(ID_ROLE) != "nueva"


def test_renames_and_moves_update_rows(outline: Outline) -> None:
    outline.document.execute("Rename", UpdateItem(CARDS[1], {"title": "Chat"}))
    assert outline.row(CARDS[1]).text() == "Touchpoint: Chat"
    outline.document.execute("Score", UpdateItem(EMOTION, {"score": -2}))
    assert outline.row(EMOTION).text() == "Emotion -2: Curiosa"
    outline.document.execute("Move", MoveCard(CARDS[1], "primera-s-compra", LANE, 0))
    assert outline.row(CARDS[1]).parent() is not None
    assert outline.row(CARDS[1]).parent().data(ID_ROLE) == LANE
    moved_cell = outline.cell("primera-s-compra", LANE)
    assert moved_cell.child(0).data(ID_ROLE) == CARDS[1]
    assert outline.texts_under(outline.cell(STAGE, LANE)) == ["Touchpoint: Ficha de producto del Brisa 2"]
    outline.document.undo_stack.undo()
    assert [outline.cell(STAGE, LANE).child(r).data(ID_ROLE) for r in range(2)] == list(CARDS)
    outline.document.execute("Persona", UpdateItem(FIRST, {"name": "Irene"}))
    assert outline.row(FIRST).text() == "Irene"


def test_structure_changes_keep_the_expansion(outline: Outline) -> None:
    view = outline.dock.view
    outline.state.set_selection([CARDS[1]])
    view.expand(outline.row(STAGE).index())
    stage = Stage(id="nueva-etapa", name="Reparación")
    outline.document.execute("Add stage", AddStage(FIRST, stage))
    assert outline.texts_under(outline.row(FIRST))[-1] == "Reparación"
    assert view.isExpanded(outline.row(STAGE).index())
    assert view.isExpanded(outline.row(CARDS[1]).index().parent())
    assert outline.state.selection == [CARDS[1]]  # the rebuilt rows did not lose the selection
    assert outline.selected_ids() == [CARDS[1]]
    assert view.isExpanded(outline.row(FIRST).index())
    outline.document.undo_stack.undo()
    assert "Reparación" not in outline.texts_under(outline.row(FIRST))
    assert view.isExpanded(outline.row(STAGE).index())


def test_personas_removed_and_restored(outline: Outline) -> None:
    model = outline.dock.model
    outline.document.execute("Remove persona", RemovePersona(FIRST))
    assert [model.item(r).data(ID_ROLE) for r in range(model.rowCount())] == [SECOND]
    assert outline.selected_ids() == [SECOND]  # the state moved to the remaining persona
    outline.document.undo_stack.undo()
    assert [model.item(r).data(ID_ROLE) for r in range(model.rowCount())] == [FIRST, SECOND]
    assert outline.row(EMOTION).text() == "Emotion +1: Curiosa"


def test_a_new_emotion_marker_shows_its_score(outline: Outline) -> None:
    marker = EmotionCard(id="pico", stage=STAGE, lane="primera-l-emociones", title="Alivio", score=2)
    outline.document.execute("Add", AddCard(FIRST, marker))
    assert outline.row("pico").text() == "Emotion +2: Alivio"
    index: QModelIndex = outline.row("pico").index()
    assert index.data(KIND_ROLE) == "card"
