"""The order of stages and lanes an inventory file implies, read before any row is placed.

A file lists each persona's rows stage by stage and, within a stage, lane by
lane (that is how the designer writes it; people mostly do the same). So the
order of the stage names in a persona's rows, and of the lane names within
one stage, say where a stage or lane that the map lacks belongs. Two lanes
that never share a stage keep the standard order of their kinds.

The orders are topological sorts of what the rows show ("A comes before B"),
ties broken by the standard order of lane kinds and then by first
appearance; contradictions (a file listing A, B, A) are resolved in favour of
first appearance. Names are compared folded (no case, no accents).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from journeydesigner.interop.inventory import Column, InventoryRow, card_type_for
from journeydesigner.interop.text import fold
from journeydesigner.model.cards import LANE_ACCEPTS, LANE_DEFAULT_CARD, CardType, LaneKind
from journeydesigner.model.texts import text as default_text

KIND_ORDER = {kind: i for i, kind in enumerate(LaneKind)}


def lane_kind_for_name(name: str) -> LaneKind | None:
    """The kind of a standard lane name in either language ("Trastienda", "Pain points" …)."""
    folded = fold(name)
    for kind in LaneKind:
        for language in ("es", "en"):
            if fold(default_text(f"lane.{kind.value}", language)) == folded:
                return kind
    return None


def default_kind(card_type: CardType) -> LaneKind:
    """The kind of lane made for a card type (actions come before backstage in dict order)."""
    return next(kind for kind, default in LANE_DEFAULT_CARD.items() if default == card_type)


def kind_for_new_lane(name: str, types: Iterable[CardType]) -> LaneKind:
    """The kind of a lane the map lacks, for the card types the file puts in it.

    A standard name gives its kind; otherwise the lane of the commonest type,
    when it takes them all, else a notes lane when that does, else the lane of
    the commonest type (the rows it cannot take are reported).
    """
    named = lane_kind_for_name(name) if name else None
    if named is not None:
        return named
    counted: dict[CardType, int] = {}
    for card_type in types:
        counted[card_type] = counted.get(card_type, 0) + 1
    if not counted:
        return LaneKind.NOTES
    commonest = max(counted, key=lambda t: counted[t])
    candidate = default_kind(commonest)
    if all(t in LANE_ACCEPTS[candidate] for t in counted):
        return candidate
    if all(t in LANE_ACCEPTS[LaneKind.NOTES] for t in counted):
        return LaneKind.NOTES
    return candidate


def _sorted(sequences: list[list[str]], tie: Callable[[str], tuple[int, ...]]) -> list[str]:
    """Names in an order that keeps every sequence's order where they agree."""
    first_seen: dict[str, int] = {}
    after: dict[str, set[str]] = {}
    for sequence in sequences:
        for name in sequence:
            first_seen.setdefault(name, len(first_seen))
            after.setdefault(name, set())
        for a, b in pairwise(sequence):
            if a != b:
                after[a].add(b)
    waiting = {name: 0 for name in first_seen}
    for followers in after.values():
        for name in followers:
            waiting[name] += 1
    result: list[str] = []
    left = set(first_seen)
    while left:
        ready = [name for name in left if waiting[name] == 0]
        # A cycle leaves nothing ready: take the name seen first.
        pool = ready or list(left)
        chosen = min(pool, key=lambda name: (*tie(name), first_seen[name]))
        result.append(chosen)
        left.discard(chosen)
        for name in after[chosen]:
            waiting[name] -= 1
    return result


@dataclass
class PersonaOrder:
    """What the file says about one persona's stages and lanes."""

    stage_runs: list[str] = field(default_factory=list)
    lane_runs: list[list[str]] = field(default_factory=list)  # the lanes of each run of one stage
    lane_types: dict[str, list[CardType]] = field(default_factory=dict)
    stage_rank: dict[str, int] = field(default_factory=dict)
    lane_rank: dict[str, int] = field(default_factory=dict)

    def finish(self) -> None:
        stages = _sorted([self.stage_runs], lambda _name: ())
        self.stage_rank = {name: i for i, name in enumerate(stages)}

        def kind_rank(lane: str) -> tuple[int]:
            return (KIND_ORDER[kind_for_new_lane(lane, self.lane_types.get(lane, []))],)

        lanes = _sorted(self.lane_runs, kind_rank)
        self.lane_rank = {name: i for i, name in enumerate(lanes)}


def survey(
    rows: Iterable[InventoryRow], persona_key: Callable[[InventoryRow], str]
) -> dict[str, PersonaOrder]:
    """Each persona's stage and lane orders and the card types of its lanes, by persona key."""
    orders: dict[str, PersonaOrder] = {}
    for row in rows:
        stage = fold(row.text(Column.STAGE))
        if not stage:
            continue
        order = orders.setdefault(persona_key(row), PersonaOrder())
        if not order.stage_runs or order.stage_runs[-1] != stage:
            order.stage_runs.append(stage)
            order.lane_runs.append([])
        lane = fold(row.text(Column.LANE))
        if not lane:
            continue
        runs = order.lane_runs[-1]
        if not runs or runs[-1] != lane:
            runs.append(lane)
        type_text = row.text(Column.TYPE)
        card_type = card_type_for(type_text) if type_text else CardType.TOUCHPOINT
        if card_type is not None:
            order.lane_types.setdefault(lane, []).append(card_type)
    for order in orders.values():
        order.finish()
    return orders


def insert_position(existing: list[str], rank: dict[str, int], name: str) -> int | None:
    """Where *name* goes among the *existing* names so that ranked names keep their order:
    right after the last one ranked before it, else right before the first ranked after it
    (None when no existing name is ranked)."""
    own = rank.get(name)
    if own is None:
        return None
    before = [i for i, other in enumerate(existing) if rank.get(other, own) < own]
    if before:
        return before[-1] + 1
    later = [i for i, other in enumerate(existing) if rank.get(other, own) > own]
    return later[0] if later else None
