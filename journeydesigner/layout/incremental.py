"""Laying a timeline out again after a change that reaches only a few cells.

A card moved, added, removed, reordered or rescored changes the cells it
left and entered; everything else keeps its place, unless a lane has to grow
or shrink: then the rows below move with their cards.
:func:`relayout_cells` gives the same geometry as :func:`layout_timeline`
would, at a cost that grows with the cells touched rather than with the map.
The canvas uses it for edits; the PDF export always lays out afresh.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from journeydesigner.layout.geometry import Rect
from journeydesigner.layout.timeline import (
    CardBox,
    LaneBox,
    StageBox,
    TimelineLayout,
    _place_markers,
    _stack_cards,
    lane_height,
)
from journeydesigner.model.cards import AnyCard, LaneKind
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona

Cell = tuple[str, str]  # (stage id, lane id)


@dataclass
class CellsRelayout:
    """The result of :func:`relayout_cells`: the new layout and what moved in it."""

    layout: TimelineLayout
    # Cards whose box was added, removed or changed (position, size or cell).
    changed: set[str] = field(default_factory=set)
    # Emotion lanes whose curve was drawn again.
    curves: set[str] = field(default_factory=set)
    # Lanes grew or shrank: rows, columns and the map's height changed.
    frame_changed: bool = False


def same_frame(layout: TimelineLayout, journey: JourneyMap, persona: Persona) -> bool:
    """True when *persona*'s stages and visible lanes are still the ones *layout* was made for."""
    timeline = persona.timeline
    if layout.scale is not journey.emotion_scale and layout.scale != journey.emotion_scale:
        return False
    stages = timeline.stages
    if len(stages) != len(layout.stages):
        return False
    for stage, box in zip(stages, layout.stages, strict=True):
        if stage.id != box.stage_id or stage.width != box.column.width:
            return False
    lanes = [lane for lane in timeline.lanes if not lane.hidden]
    if len(lanes) != len(layout.lanes):
        return False
    return all(
        lane.id == box.lane_id and lane.kind == box.kind
        for lane, box in zip(lanes, layout.lanes, strict=True)
    )


def relayout_cells(
    layout: TimelineLayout,
    journey: JourneyMap,
    persona: Persona,
    cells: set[Cell],
    reached: Collection[str] | None = None,
    *,
    in_place: bool = False,
) -> CellsRelayout | None:
    """The layout of *persona* after a change that reached only *cells*.

    *layout* is the layout from before the change; *cells* must name every
    cell a changed card left or entered. *reached*, when given, names every
    card the change moved, added, removed or changed (and may name more): the
    cells are then filled from the layout before the change rather than by
    reading the whole timeline. When a lane must grow or shrink, the rows
    below it move down or up with their cards. Returns None when the change
    reaches further (stages, lanes or the scale changed): then call
    :func:`layout_timeline`. *layout* itself is not changed, unless
    *in_place*: then the new layout takes over its table of cards rather
    than copying it (a thousand entries on a crowded timeline), and the
    caller no longer reads the cards of the old one. It is changed only when
    the result is not None.
    """
    if not same_frame(layout, journey, persona):
        return None
    stage_boxes = {box.stage_id: box for box in layout.stages}
    lane_boxes = {box.lane_id: box for box in layout.lanes}
    laid = {cell for cell in cells if cell[0] in stage_boxes and cell[1] in lane_boxes}
    if reached is None:
        fresh = _read_cells(persona, laid)
    else:
        fresh = _cells_after(layout, journey, persona, laid, reached)

    new_cells = dict(layout.cells)
    for cell, cards in fresh.items():
        if cards:
            new_cells[cell] = [card.id for card in cards]
        else:
            new_cells.pop(cell, None)
    heights: dict[str, float] = {}
    for lane_id in {lane for _, lane in laid}:
        box = lane_boxes[lane_id]
        most = max((len(new_cells.get((stage, lane_id), ())) for stage in stage_boxes), default=0)
        height = lane_height(layout.metrics, box.kind, most)
        if height != box.row.height:
            heights[lane_id] = height

    result = TimelineLayout(
        metrics=layout.metrics,
        scale=layout.scale,
        stages=layout.stages,
        lanes=layout.lanes,
        cards=layout.cards if in_place else dict(layout.cards),
        curves=dict(layout.curves),
        width=layout.width,
        height=layout.height,
        cells=new_cells,
    )
    moved = _resize_rows(result, heights) if heights else set()
    if moved:
        stage_boxes = {box.stage_id: box for box in result.stages}
        lane_boxes = {box.lane_id: box for box in result.lanes}
        # Every card of a row that moved moves with it.
        index = journey.index.cards
        for lane_id in moved:
            for stage_id in stage_boxes:
                ids = new_cells.get((stage_id, lane_id))
                if ids and (stage_id, lane_id) not in fresh:
                    fresh[(stage_id, lane_id)] = [index[card_id][1] for card_id in ids]

    before: dict[str, CardBox] = {}
    for cell in cells | set(fresh):
        for card_id in layout.cells.get(cell, ()):
            old_box = layout.cards.get(card_id)
            if old_box is not None:
                before[card_id] = old_box
    for cards in fresh.values():
        for card in cards:
            if card.id in layout.cards and card.id not in before:
                return None  # it sits in a cell the caller did not name
    for card_id in before:
        del result.cards[card_id]
    for cell, cards in fresh.items():
        stage_box, lane_box = stage_boxes[cell[0]], lane_boxes[cell[1]]
        if lane_box.kind == LaneKind.EMOTIONS:
            _place_markers(result, cards, stage_box, lane_box)
        else:
            _stack_cards(result, cards, stage_box, lane_box, before)

    # A box kept as it was is the same object: no need to compare it field by field.
    changed = {
        card_id
        for card_id, box in before.items()
        if (now := result.cards.get(card_id)) is not box and now != box
    }
    for cards in fresh.values():
        changed.update(card.id for card in cards if card.id not in before)
    curves: set[str] = set()
    for lane_id in {lane for _, lane in fresh}:
        if lane_boxes[lane_id].kind == LaneKind.EMOTIONS:
            result.curves[lane_id] = [
                result.cards[card_id].rect.center
                for stage in layout.stages
                for card_id in new_cells.get((stage.stage_id, lane_id), ())
            ]
            curves.add(lane_id)
    return CellsRelayout(result, changed, curves, frame_changed=bool(heights))


def _read_cells(persona: Persona, laid: set[Cell]) -> dict[Cell, list[AnyCard]]:
    """The cards of the *laid* cells, in their order: one pass over the timeline's cards."""
    fresh: dict[Cell, list[AnyCard]] = {cell: [] for cell in laid}
    if laid:
        stage_ids = {stage for stage, _ in laid}
        lane_ids = {lane for _, lane in laid}
        # The order of the cards list is the order in the cell.
        for card in persona.timeline.cards:
            if card.lane in lane_ids and card.stage in stage_ids:
                target = fresh.get((card.stage, card.lane))
                if target is not None:
                    target.append(card)
    return fresh


def _cells_after(
    layout: TimelineLayout, journey: JourneyMap, persona: Persona, laid: set[Cell], reached: Collection[str]
) -> dict[Cell, list[AnyCard]]:
    """The cards of the *laid* cells after a change that reached only the cards *reached*.

    A card the change did not reach kept its cell and its order among the
    others in the timeline's list, so a cell holds the cards it held that the
    change did not reach, and the reached ones now in it, in list order.
    Reading a thousand cards scattered in memory to find a dozen is most of
    what a move cost on a crowded timeline; their places in the list are
    found by identity, which reads none of them.
    """
    index = journey.index.cards
    fresh: dict[Cell, list[AnyCard]] = {}
    for cell in laid:
        fresh[cell] = [index[card_id][1] for card_id in layout.cells.get(cell, ()) if card_id not in reached]
    joined: dict[Cell, list[AnyCard]] = {}
    for card_id in reached:
        entry = index.get(card_id)
        if entry is None or entry[0] is not persona:
            continue  # removed, or in another timeline
        card = entry[1]
        cell = (card.stage, card.lane)
        if cell in fresh:
            joined.setdefault(cell, []).append(card)
    cards = persona.timeline.cards
    crowded: list[Cell] = []  # cells more than one reached card joined
    for cell, newcomers in joined.items():
        rank = _rank_among(journey, cards, newcomers[0], fresh[cell]) if len(newcomers) == 1 else None
        if rank is not None:
            fresh[cell].insert(rank, newcomers[0])
        else:
            fresh[cell].extend(newcomers)
            crowded.append(cell)
    if crowded:
        # The cards of those cells in list order: one pass over the timeline
        # that Python runs in C, keeping only them.
        wanted = {id(card) for cell in crowded for card in fresh[cell]}
        order = filter(wanted.__contains__, map(id, cards))
        place = {identity: rank for rank, identity in enumerate(order)}
        for cell in crowded:
            fresh[cell].sort(key=lambda card: place[id(card)])
    return fresh


def _rank_among(journey: JourneyMap, cards: list[AnyCard], card: AnyCard, kept: list[AnyCard]) -> int | None:
    """Where *card* goes among *kept*, the other cards of its cell in list order (None: not found).

    An edit puts a card just after the last card of its new cell or just
    before the one it is placed ahead of, so the nearest of *kept* in the
    list, on either side of the card, tells its rank: a few steps from
    where the edit put it, instead of reading the whole timeline (a thousand
    cards) to order one cell.
    """
    if not kept:
        return 0
    here = journey.index.find_card(cards, card)
    if here < 0:
        return None
    ranks = {id(other): rank for rank, other in enumerate(kept)}
    before, after, count = here - 1, here + 1, len(cards)
    while before >= 0 or after < count:
        if before >= 0:
            if (rank := ranks.get(id(cards[before]))) is not None:
                return rank + 1
            before -= 1
        if after < count:
            if (rank := ranks.get(id(cards[after]))) is not None:
                return rank
            after += 1
    return None


def _resize_rows(result: TimelineLayout, heights: dict[str, float]) -> set[str]:
    """Give lanes their new *heights*, moving the rows below; return the lanes whose row changed.

    The same arithmetic as :func:`layout_timeline`, so the numbers are equal.
    """
    metrics = result.metrics
    y = metrics.stage_header_height
    lanes: list[LaneBox] = []
    moved: set[str] = set()
    for box in result.lanes:
        height = heights.get(box.lane_id, box.row.height)
        if y != box.row.y or height != box.row.height:
            box = LaneBox(
                box.lane_id,
                box.index,
                box.kind,
                Rect(0.0, y, metrics.lane_header_width, height),
                Rect(box.row.x, y, box.row.width, height),
            )
            moved.add(box.lane_id)
        lanes.append(box)
        y += height
    result.lanes = lanes
    result.height = y
    top = metrics.stage_header_height
    result.stages = [
        StageBox(box.stage_id, box.index, box.header, Rect(box.column.x, top, box.column.width, y - top))
        for box in result.stages
    ]
    return moved
