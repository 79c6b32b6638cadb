"""Random sequences of designer edits: undo all gives the original, redo all the final.

The scene and the outline are attached throughout, so every step also checks
that the canvas shows exactly what the layout says, updated item by item, and
that the outline's rows are the map's, announced row by row.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt

from journeydesigner.canvas.scene import TimelineScene
from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model import edits as ed
from journeydesigner.model.cards import LANE_DEFAULT_CARD, ActionCard, EmotionCard, NoteCard
from journeydesigner.model.ids import new_id
from journeydesigner.model.timeline import Connection, Stage
from journeydesigner.storage import load_map
from journeydesigner.ui.outline import ID_ROLE, OutlineDock
from tests.gui.conftest import SNEAKERS

OPERATIONS = ["move", "reorder", "add", "remove", "rename", "score", "stage", "move_stage", "link", "width"]


def _draw_edit(data: st.DataObject, document: JourneyDocument, persona_id: str) -> list[ed.Edit]:
    journey = document.journey
    persona = journey.index.personas[persona_id]
    timeline = persona.timeline
    cards = timeline.cards
    op = data.draw(st.sampled_from(OPERATIONS))
    if op in ("move", "reorder", "remove", "rename", "link") and not cards:
        op = "add"
    if op == "move":
        card = data.draw(st.sampled_from(cards))
        stage = data.draw(st.sampled_from(timeline.stages))
        return [ed.MoveCard(card.id, stage.id, card.lane, data.draw(st.none() | st.integers(0, 4)))]
    if op == "reorder":
        card = data.draw(st.sampled_from(cards))
        return [ed.MoveCard(card.id, card.stage, card.lane, data.draw(st.integers(0, 3)))]
    if op == "add":
        stage = data.draw(st.sampled_from(timeline.stages))
        lane = data.draw(st.sampled_from(timeline.lanes))
        kind = LANE_DEFAULT_CARD[lane.kind]
        if kind == "emotion":
            card: ActionCard | EmotionCard | NoteCard = EmotionCard(
                id=new_id("card"), stage=stage.id, lane=lane.id, score=data.draw(st.integers(-2, 2))
            )
        elif lane.kind.value in ("actions", "backstage"):
            card = ActionCard(id=new_id("card"), stage=stage.id, lane=lane.id, title="Nueva acción")
        else:
            card = NoteCard(id=new_id("card"), stage=stage.id, lane=lane.id, title="Nota <&>")
        return [ed.AddCard(persona_id, card, data.draw(st.none() | st.integers(0, 3)))]
    if op == "remove":
        chosen = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique_by=lambda c: c.id))
        return [ed.RemoveCards(tuple(c.id for c in chosen))]
    if op == "rename":
        card = data.draw(st.sampled_from(cards))
        return [ed.UpdateItem(card.id, {"title": data.draw(st.text(max_size=30))})]
    if op == "score":
        markers = [c for c in cards if isinstance(c, EmotionCard)]
        if not markers:
            return []
        marker = data.draw(st.sampled_from(markers))
        return [ed.UpdateItem(marker.id, {"score": data.draw(st.integers(-2, 2))})]
    if op == "stage":
        if data.draw(st.booleans()) and len(timeline.stages) > 1:
            return [ed.RemoveStage(data.draw(st.sampled_from(timeline.stages)).id)]
        stage = Stage(id=new_id("stage"), name="Etapa nueva")
        return [ed.AddStage(persona_id, stage, data.draw(st.integers(0, len(timeline.stages))))]
    if op == "move_stage":
        stage = data.draw(st.sampled_from(timeline.stages))
        return [ed.MoveStage(stage.id, data.draw(st.integers(0, len(timeline.stages) - 1)))]
    if op == "link" and len(cards) >= 2:
        a, b = data.draw(st.lists(st.sampled_from(cards), min_size=2, max_size=2, unique_by=lambda c: c.id))
        return [ed.AddConnection(persona_id, Connection(id=new_id("link"), source=a.id, target=b.id))]
    if op == "width":
        stage = data.draw(st.sampled_from(timeline.stages))
        return [ed.UpdateItem(stage.id, {"width": float(data.draw(st.integers(80, 600)))})]
    return []


def _check_scene(scene: TimelineScene) -> None:
    layout = scene.layout
    assert layout is not None
    assert set(scene.card_items) == set(layout.cards)
    for card_id, box in layout.cards.items():
        item = scene.card_items[card_id]
        assert (item.pos().x(), item.pos().y()) == (box.rect.x, box.rect.y)
    assert set(scene.stage_items) == {s.stage_id for s in layout.stages}


def _outline_rows(dock: OutlineDock, parent: QModelIndex) -> list[tuple[str, list]]:  # type: ignore[type-arg]
    """The ids of the rows under *parent* with the rows under them, read through the model."""
    model = dock.model
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        assert index.parent() == parent
        assert index.data()  # every row has a text
        rows.append((index.data(ID_ROLE) or index.data(), _outline_rows(dock, index)))
    return rows


def _check_outline(dock: OutlineDock, opened: set[str]) -> None:
    """The outline's rows are the map's; card rows only in *opened* personas, counted in every lane row."""
    journey = dock.journey
    expected = []
    for persona in journey.personas:
        stages = []
        for stage in persona.timeline.stages:
            lanes = []
            in_stage = 0
            for lane in persona.timeline.lanes:
                cards = [card.id for card in ed.cell_cards(persona.timeline, stage.id, lane.id)]
                in_stage += len(cards)
                if persona.id in opened:
                    lanes.append((lane.id, [(card, []) for card in cards]))
                    (row,) = [i for i in dock.items_for(lane.id) if i.parent().data(ID_ROLE) == stage.id]
                    assert f", {len(cards)} cards." in row.data(Qt.ItemDataRole.ToolTipRole)
            if persona.id not in opened and persona.timeline.lanes:
                lanes = [("…", [])]  # the placeholder that makes the stage openable
            assert f", {in_stage} cards." in dock.items_for(stage.id)[0].data(Qt.ItemDataRole.ToolTipRole)
            stages.append((stage.id, lanes))
        expected.append((persona.id, stages))
    assert _outline_rows(dock, QModelIndex()) == expected


ORIGINAL = load_map(SNEAKERS)


@settings(max_examples=25)
@given(data=st.data())
def test_random_edits_undo_and_redo_exactly(qapp, data: st.DataObject) -> None:  # type: ignore[no-untyped-def]
    document = JourneyDocument(ORIGINAL.model_copy(deep=True))
    state = EditorState(document)
    scene = TimelineScene(state)
    outline = OutlineDock(state)
    persona_id = document.journey.personas[0].id
    opened: set[str] = set()
    if data.draw(st.booleans()):
        # The outline makes a persona's card rows when one of them is first needed.
        state.set_selection([document.journey.personas[0].timeline.cards[0].id])
        opened.add(persona_id)
    original = document.journey.model_dump()
    for _ in range(data.draw(st.integers(1, 25))):
        batch = _draw_edit(data, document, persona_id)
        if batch:
            document.execute("edit", batch)
        _check_scene(scene)
        if data.draw(st.booleans()):
            _check_outline(outline, opened)
    final = document.journey.model_dump()
    count = document.undo_stack.count()
    for _ in range(count):
        document.undo_stack.undo()
    assert document.journey.model_dump() == original
    _check_scene(scene)
    _check_outline(outline, opened)
    for _ in range(count):
        document.undo_stack.redo()
    assert document.journey.model_dump() == final
    _check_scene(scene)
    _check_outline(outline, opened)
    outline.deleteLater()
