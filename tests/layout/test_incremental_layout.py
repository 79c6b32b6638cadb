"""Laying out only the cells an edit reaches gives the same geometry as laying out afresh."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesigner.layout.incremental import relayout_cells
from journeydesigner.layout.timeline import TimelineLayout, layout_timeline
from journeydesigner.model import EmotionCard, JourneyMap
from journeydesigner.model import edits as ed
from journeydesigner.model.cards import NoteCard, lane_accepts
from journeydesigner.storage import load_map
from tests.conftest import ROOT

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"


def _same(a: TimelineLayout, b: TimelineLayout) -> None:
    assert a.stages == b.stages
    assert a.lanes == b.lanes
    assert a.cards == b.cards
    assert a.curves == b.curves
    assert (a.width, a.height) == (b.width, b.height)
    assert a.cells == b.cells


def _random_edit(journey: JourneyMap, persona_index: int, data: st.DataObject) -> ed.Edit | None:
    persona = journey.personas[persona_index]
    timeline = persona.timeline
    cards = timeline.cards
    kind = data.draw(st.sampled_from(["move", "move", "reorder", "remove", "add", "score", "title"]))
    if not cards and kind != "add":
        return None
    card = data.draw(st.sampled_from(cards)) if cards else None
    if kind in ("move", "reorder") and card is not None:
        stage = data.draw(st.sampled_from(timeline.stages)).id if kind == "move" else card.stage
        lanes = [lane for lane in timeline.lanes if lane_accepts(lane.kind, card.type)]
        lane = data.draw(st.sampled_from(lanes)).id if kind == "move" else card.lane
        position = data.draw(st.none() | st.integers(0, 6))
        return ed.MoveCard(card.id, stage, lane, position)
    if kind == "remove" and card is not None:
        return ed.RemoveCards((card.id,))
    if kind == "score" and isinstance(card, EmotionCard):
        return ed.UpdateItem(card.id, {"score": data.draw(st.sampled_from(journey.emotion_scale.scores()))})
    if kind == "title" and card is not None:
        return ed.UpdateItem(card.id, {"title": data.draw(st.text(max_size=8))})
    lanes = [lane for lane in timeline.lanes if lane_accepts(lane.kind, "note")]
    if kind == "add" and lanes:
        new = NoteCard(
            id=f"new-{data.draw(st.integers(0, 10**9))}",
            stage=data.draw(st.sampled_from(timeline.stages)).id,
            lane=data.draw(st.sampled_from(lanes)).id,
            title="Nueva",
        )
        if new.id in journey.index:
            return None
        return ed.AddCard(persona.id, new, data.draw(st.none() | st.integers(0, 4)))
    return None


def _cards_named(edit: ed.Edit) -> set[str]:
    """The ids of the cards *edit* moves, adds, removes or changes."""
    ids = {
        getattr(edit, "card_id", None) or getattr(edit, "item_id", None) or "",
        *getattr(edit, "card_ids", ()),
    }
    if isinstance(edit, ed.AddCard):
        ids.add(edit.card.id)
    return ids - {""}


def _cells_of(journey: JourneyMap, card_ids: set[str]) -> set[tuple[str, str]]:
    cells = set()
    for card_id in card_ids:
        entry = journey.index.cards.get(card_id)
        if entry is not None:
            cells.add((entry[1].stage, entry[1].lane))
    return cells


@settings(max_examples=60)
@given(data=st.data())
def test_relayout_of_touched_cells_equals_a_fresh_layout(data: st.DataObject) -> None:
    journey = load_map(SNEAKERS)
    persona_index = data.draw(st.integers(0, len(journey.personas) - 1))
    if data.draw(st.booleans()):
        journey.personas[persona_index].timeline.lanes[0].hidden = True
    persona = journey.personas[persona_index]
    layout = layout_timeline(journey, persona)
    for _ in range(data.draw(st.integers(1, 12))):
        edit = _random_edit(journey, persona_index, data)
        if edit is None:
            continue
        ids = _cards_named(edit)
        before = _cells_of(journey, ids)
        try:
            edit.apply(journey)
        except ed.EditError:
            continue
        cells = before | _cells_of(journey, ids)
        fresh = layout_timeline(journey, persona)
        result = relayout_cells(layout, journey, persona, cells)
        told = relayout_cells(layout, journey, persona, cells, ids)
        if result is None:
            assert told is None
            layout = fresh
            continue
        _same(result.layout, fresh)
        assert told is not None
        _same(told.layout, fresh)
        assert told.changed == result.changed and told.curves == result.curves
        # Taking over the old layout's table of cards gives the same layout and the same changes.
        handed = relayout_cells(
            replace(layout, cards=dict(layout.cards)), journey, persona, cells, ids, in_place=True
        )
        assert handed is not None
        _same(handed.layout, fresh)
        assert handed.changed == result.changed and handed.curves == result.curves
        moved = {i for i in set(fresh.cards) | set(layout.cards) if fresh.cards.get(i) != layout.cards.get(i)}
        assert moved <= result.changed
        layout = result.layout


@settings(max_examples=60)
@given(data=st.data())
def test_relayout_after_several_edits_at_once_equals_a_fresh_layout(data: st.DataObject) -> None:
    """A change made of several edits (a macro, an undo of many) may bring several cards into one cell."""
    journey = load_map(SNEAKERS)
    persona_index = data.draw(st.integers(0, len(journey.personas) - 1))
    persona = journey.personas[persona_index]
    layout = layout_timeline(journey, persona)
    cells: set[tuple[str, str]] = set()
    ids: set[str] = set()
    timeline = persona.timeline
    hot_stage = data.draw(st.sampled_from(timeline.stages)).id
    hot_lane = data.draw(st.sampled_from(timeline.lanes))
    for _ in range(data.draw(st.integers(2, 6))):
        card = data.draw(st.sampled_from(timeline.cards))
        if data.draw(st.booleans()) and lane_accepts(hot_lane.kind, card.type):
            # Into one cell: several cards join it in the same change.
            position = data.draw(st.none() | st.integers(0, 6))
            edit: ed.Edit | None = ed.MoveCard(card.id, hot_stage, hot_lane.id, position)
        else:
            edit = _random_edit(journey, persona_index, data)
        if edit is None:
            continue
        touched = _cards_named(edit)
        cells |= _cells_of(journey, touched)
        try:
            edit.apply(journey)
        except ed.EditError:
            continue
        cells |= _cells_of(journey, touched)
        ids |= touched
    told = relayout_cells(layout, journey, persona, cells, ids)
    fresh = layout_timeline(journey, persona)
    if told is not None:
        _same(told.layout, fresh)


def test_a_lane_that_must_grow_moves_the_rows_below() -> None:
    journey = load_map(SNEAKERS)
    persona = journey.personas[0]
    layout = layout_timeline(journey, persona)
    lane = next(box for box in layout.lanes if box.kind.value == "actions")
    fullest = max(layout.stages, key=lambda s: layout.cell_count(s.stage_id, lane.lane_id))
    for number in range(layout.cell_count(fullest.stage_id, lane.lane_id) + 1):
        card = NoteCard(id=f"extra-{number}", stage=fullest.stage_id, lane=lane.lane_id, title="x")
        ed.AddCard(persona.id, card).apply(journey)
    result = relayout_cells(layout, journey, persona, {(fullest.stage_id, lane.lane_id)})
    assert result is not None and result.frame_changed
    fresh = layout_timeline(journey, persona)
    _same(result.layout, fresh)
    assert fresh.height > layout.height
    below = [box.lane_id for box in fresh.lanes if box.row.y > lane.row.y]
    assert below and all(card_id in result.changed for lane_id in below for card_id in _ids(fresh, lane_id))


def _ids(layout: TimelineLayout, lane_id: str) -> list[str]:
    return [card_id for (_, lane), ids in layout.cells.items() if lane == lane_id for card_id in ids]


def test_a_changed_stage_width_asks_for_a_fresh_layout() -> None:
    journey = load_map(SNEAKERS)
    persona = journey.personas[0]
    layout = layout_timeline(journey, persona)
    persona.timeline.stages[0].width += 10
    assert relayout_cells(layout, journey, persona, set()) is None
    cards = dict(layout.cards)
    assert relayout_cells(layout, journey, persona, set(layout.cells), set(cards), in_place=True) is None
    assert layout.cards == cards, "a layout handed over is left alone when it cannot be updated"
