"""The outline dock lists every persona's stages, lanes and cards and shares the editor's selection."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
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

    def row(self, item_id: str) -> QModelIndex:
        rows = self.dock.items_for(item_id)
        assert rows, item_id
        return rows[0]

    def selected_ids(self) -> list[str]:
        return [str(i.data(ID_ROLE)) for i in self.dock.view.selectionModel().selectedRows()]

    def children(self, parent: QModelIndex) -> list[QModelIndex]:
        self.dock.flush()  # what the tree shows once the event loop has run
        model = self.dock.model
        return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]

    def texts_under(self, parent: QModelIndex) -> list[str]:
        return [index.data() for index in self.children(parent)]

    def ids_under(self, parent: QModelIndex) -> list[str]:
        return [index.data(ID_ROLE) for index in self.children(parent)]

    def cell(self, stage_id: str, lane_id: str) -> QModelIndex:
        """A lane's row under a stage, the stage opened (as to read its cards)."""
        stage = self.row(stage_id)
        self.dock.view.expand(stage)
        return next(i for i in self.children(stage) if i.data(ID_ROLE) == lane_id)

    def click(self, qtbot: QtBot, index: QModelIndex, modifier: Qt.KeyboardModifier | None = None) -> None:
        view = self.dock.view
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
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [p.name for p in journey.personas]
    for persona in journey.personas:
        persona_row = outline.row(persona.id)
        assert outline.texts_under(persona_row) == [s.name for s in persona.timeline.stages]
        rows = 0
        for stage in persona.timeline.stages:
            assert outline.row(stage.id).data(KIND_ROLE) == "stage"
            for lane in persona.timeline.lanes:
                cell = outline.cell(stage.id, lane.id)
                assert cell.data(KIND_ROLE) == "lane"
                ids = outline.ids_under(cell)
                assert ids == [c.id for c in cell_cards(persona.timeline, stage.id, lane.id)]
                rows += len(ids)
        assert rows == len(persona.timeline.cards)


def test_lane_and_card_rows_are_made_when_a_stage_of_their_persona_opens(outline: Outline) -> None:
    view = outline.dock.view
    stage = outline.row(STAGE)
    # Nobody has looked inside this persona's stages yet: one placeholder row
    # makes the stage openable, and the stage row counts its cards all the same.
    (placeholder,) = outline.children(stage)
    assert placeholder.data(KIND_ROLE) == "placeholder"
    assert not placeholder.flags() & Qt.ItemFlag.ItemIsSelectable
    timeline = outline.document.journey.index.personas[FIRST].timeline
    cards = len([c for c in timeline.cards if c.stage == STAGE])
    assert f", {cards} cards." in stage.data(Qt.ItemDataRole.ToolTipRole)
    view.expand(stage)  # as a click on its arrow does
    lanes = outline.children(stage)
    assert [i.data(ID_ROLE) for i in lanes] == [lane.id for lane in timeline.lanes]
    lane = next(i for i in lanes if i.data(ID_ROLE) == LANE)
    assert outline.ids_under(lane) == list(CARDS)
    assert ", 2 cards." in lane.data(Qt.ItemDataRole.ToolTipRole)
    other = outline.row("fiel-s-compra")
    assert [i.data(KIND_ROLE) for i in outline.children(other)] == ["placeholder"]  # another persona waits
    outline.state.set_selection(["fiel-c-001"])  # selecting a card makes its persona's rows
    assert outline.selected_ids() == ["fiel-c-001"]
    assert all(i.data(KIND_ROLE) == "lane" for i in outline.children(other))


def test_card_texts_and_details(outline: Outline) -> None:
    assert outline.texts_under(outline.cell(STAGE, LANE)) == [
        "Touchpoint: Ficha de producto del Brisa 2",
        "Touchpoint: Chat con una asesora de running",
    ]
    chat = outline.row(CARDS[1])
    details = chat.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Touchpoint, channel Chat, devices Ordenador" in details
    assert "moment of truth" in details
    assert chat.data(Qt.ItemDataRole.ToolTipRole) == details
    emotion = outline.row(EMOTION)
    assert emotion.data() == "Emotion +1: Curiosa"
    assert "emotion +1 (Positiva)" in emotion.data(Qt.ItemDataRole.AccessibleDescriptionRole)


def test_renaming_a_channel_updates_the_details(outline: Outline) -> None:
    outline.document.execute("Title", UpdateMap({"title": "Otro"}))
    outline.document.execute("Channel", UpdateItem("chat", {"name": "Chat en vivo"}))
    assert "channel Chat en vivo" in outline.row(CARDS[1]).data(Qt.ItemDataRole.ToolTipRole)
    outline.document.undo_stack.undo()
    assert "channel Chat," in outline.row(CARDS[1]).data(Qt.ItemDataRole.ToolTipRole)


def test_hidden_lanes_are_marked(qtbot: QtBot, outline: Outline) -> None:
    outline.document.execute("Hide", UpdateItem(BACKSTAGE, {"hidden": True}))
    outline.dock.view.expand(outline.row(STAGE))  # the persona's lane rows complete
    rows = outline.dock.items_for(BACKSTAGE)
    assert len(rows) == len(outline.document.journey.index.personas[FIRST].timeline.stages)
    assert {row.data() for row in rows} == {"Trastienda (hidden)"}
    assert all(row.data(Qt.ItemDataRole.ForegroundRole) is not None for row in rows)  # dimmed
    outline.document.undo_stack.undo()
    qtbot.waitUntil(lambda: {row.data() for row in rows} == {"Trastienda"})  # the tree follows by itself


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
    index = outline.row(CARDS[0])
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
    assert view.currentIndex() == outline.row(FIRST)
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
    model = outline.dock.model
    outline.state.set_selection([CARDS[0]])  # expands the stage and the cell
    cell = QPersistentModelIndex(outline.cell(STAGE, LANE))
    persona_row = QPersistentModelIndex(outline.row(FIRST))
    announced: list[tuple[str, str, int, int]] = []
    for signal, name in ((model.rowsInserted, "inserted"), (model.rowsRemoved, "removed")):
        signal.connect(
            lambda parent, first, last, name=name: announced.append((name, parent.data(), first, last))
        )
    card = ActionCard(id="nueva", stage=STAGE, lane="primera-l-acciones", title="Pregunta en tienda")
    outline.document.execute("Add", AddCard(FIRST, card, 0))
    actions = QPersistentModelIndex(outline.cell(STAGE, "primera-l-acciones"))
    assert outline.texts_under(outline.cell(STAGE, "primera-l-acciones"))[0] == "Action: Pregunta en tienda"
    # Only the cell changed: one row announced there, every other row kept.
    assert announced == [("inserted", "Acciones", 0, 0)]
    assert persona_row.isValid() and persona_row == outline.row(FIRST)
    assert cell.isValid() and cell == outline.cell(STAGE, LANE)
    assert view.isExpanded(outline.cell(STAGE, LANE))
    outline.document.execute("Remove", RemoveCards(CARDS))
    assert model.rowCount(outline.cell(STAGE, LANE)) == 0
    assert outline.state.selection == []
    assert outline.selected_ids() == [FIRST]
    outline.document.undo_stack.undo()
    assert outline.ids_under(outline.cell(STAGE, LANE)) == list(CARDS)
    outline.document.undo_stack.undo()
    assert outline.dock.items_for("nueva") == []
    assert actions.isValid()
    assert "nueva" not in outline.ids_under(outline.cell(STAGE, "primera-l-acciones"))


def test_renames_and_moves_update_rows(outline: Outline) -> None:
    outline.document.execute("Rename", UpdateItem(CARDS[1], {"title": "Chat"}))
    assert outline.row(CARDS[1]).data() == "Touchpoint: Chat"
    outline.document.execute("Score", UpdateItem(EMOTION, {"score": -2}))
    assert outline.row(EMOTION).data() == "Emotion -2: Curiosa"
    outline.document.execute("Move", MoveCard(CARDS[1], "primera-s-compra", LANE, 0))
    assert outline.row(CARDS[1]).parent().isValid()
    assert outline.row(CARDS[1]).parent().data(ID_ROLE) == LANE
    assert outline.row(CARDS[1]).parent().parent().data(ID_ROLE) == "primera-s-compra"
    assert outline.ids_under(outline.cell("primera-s-compra", LANE))[0] == CARDS[1]
    assert outline.texts_under(outline.cell(STAGE, LANE)) == ["Touchpoint: Ficha de producto del Brisa 2"]
    outline.document.undo_stack.undo()
    assert outline.ids_under(outline.cell(STAGE, LANE)) == list(CARDS)
    assert CARDS[1] not in outline.ids_under(outline.cell("primera-s-compra", LANE))
    outline.document.execute("Persona", UpdateItem(FIRST, {"name": "Irene"}))
    assert outline.row(FIRST).data() == "Irene"


def test_structure_changes_keep_the_expansion(outline: Outline) -> None:
    view = outline.dock.view
    outline.state.set_selection([CARDS[1]])
    view.expand(outline.row(STAGE))
    stage = Stage(id="nueva-etapa", name="Reparación")
    outline.document.execute("Add stage", AddStage(FIRST, stage))
    assert outline.texts_under(outline.row(FIRST))[-1] == "Reparación"
    assert view.isExpanded(outline.row(STAGE))
    assert view.isExpanded(outline.row(CARDS[1]).parent())
    assert outline.state.selection == [CARDS[1]]  # the rebuilt rows did not lose the selection
    assert outline.selected_ids() == [CARDS[1]]
    assert view.isExpanded(outline.row(FIRST))
    outline.document.undo_stack.undo()
    assert "Reparación" not in outline.texts_under(outline.row(FIRST))
    assert view.isExpanded(outline.row(STAGE))


def test_personas_removed_and_restored(outline: Outline) -> None:
    outline.document.execute("Remove persona", RemovePersona(FIRST))
    assert outline.ids_under(QModelIndex()) == [SECOND]
    assert outline.selected_ids() == [SECOND]  # the state moved to the remaining persona
    outline.document.undo_stack.undo()
    assert outline.ids_under(QModelIndex()) == [FIRST, SECOND]
    assert outline.row(EMOTION).data() == "Emotion +1: Curiosa"


def test_the_tree_follows_a_burst_of_edits_once_after_the_canvas(qtbot: QtBot, outline: Outline) -> None:
    model = outline.dock.model
    outline.state.set_selection([CARDS[0]])  # the cell's rows are shown
    announced: list[int] = []
    model.rowsInserted.connect(lambda *_args: announced.append(1))
    model.rowsRemoved.connect(lambda *_args: announced.append(1))
    for stage in ("primera-s-compra", STAGE, "primera-s-compra"):
        outline.document.execute("Move", MoveCard(CARDS[1], stage, LANE, 0))
    assert announced == []  # the canvas goes first: the tree waits for the event loop
    qtbot.waitUntil(lambda: len(announced) > 0)
    assert len(announced) == 2  # one row out of its cell, one in: not six
    assert outline.ids_under(outline.cell("primera-s-compra", LANE))[0] == CARDS[1]


def test_a_new_emotion_marker_shows_its_score(outline: Outline) -> None:
    marker = EmotionCard(id="pico", stage=STAGE, lane="primera-l-emociones", title="Alivio", score=2)
    outline.document.execute("Add", AddCard(FIRST, marker))
    assert outline.row("pico").data() == "Emotion +2: Alivio"
    index: QModelIndex = outline.row("pico")
    assert index.data(KIND_ROLE) == "card"
