"""Random sequences of edits undo and redo exactly.

From a small random map, draw 1–40 edits of every kind, each generated from
the map as it is at that moment (existing ids for moves, removals and updates,
fresh ids for additions, some edits invalid on purpose). Invalid edits must
raise EditError and leave the map untouched; valid ones must leave a map that
validates again, with an index equal to a fresh one. Then the inverses,
applied in reverse order, must bring back every earlier state exactly, and the
original edits, applied again, every later one.

The map strategy is local to this file on purpose (tests/strategies.py is
written separately).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from hypothesis import event, given, settings
from hypothesis import strategies as st

from journeydesigner.model import (
    CARD_CLASSES,
    LANE_ACCEPTS,
    CardBase,
    CardType,
    Channel,
    Connection,
    Device,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
    Timeline,
    limits,
)
from journeydesigner.model.edits import (
    AddCard,
    AddCatalogueEntry,
    AddConnection,
    AddLane,
    AddPersona,
    AddStage,
    Edit,
    EditError,
    MoveCard,
    MoveLane,
    MovePersona,
    MoveStage,
    RemoveCards,
    RemoveCatalogueEntry,
    RemoveConnection,
    RemoveLane,
    RemovePersona,
    RemoveStage,
    UpdateItem,
    UpdateMap,
    apply_all,
)
from journeydesigner.model.index import MapIndex
from journeydesigner.model.journey import check_integrity

Draw = Callable[[st.SearchStrategy[Any]], Any]
Expect = Literal["ok", "error", "any"]

# Cheap to draw, so that 40 edits fit in hypothesis's data budget.
NAMES = st.sampled_from(["", "Ana", "Café", "Étape 2", "x-y", "Onboarding"])
SCORES = list(range(-3, 4))  # wider than the default scale: some are off it
UNKNOWN = "zz-unknown"  # an id no strategy ever creates


# ---------------------------------------------------------------- maps


def card_fields(draw: Draw, journey: JourneyMap, card_type: CardType) -> dict[str, Any]:
    """Valid type-specific fields of a new card in *journey*."""
    channels = [c.id for c in journey.channels]
    devices = [d.id for d in journey.devices]
    fields: dict[str, Any] = {"title": draw(NAMES)}
    if card_type is CardType.TOUCHPOINT:
        fields["channel"] = draw(st.none() | st.sampled_from(channels)) if channels else None
        if devices:
            fields["devices"] = draw(st.lists(st.sampled_from(devices), unique=True, max_size=3))
        fields["moment_of_truth"] = draw(st.booleans())
    elif card_type is CardType.DEVICE:
        fields["device"] = draw(st.sampled_from(devices))
    elif card_type is CardType.EMOTION:
        fields["score"] = draw(st.sampled_from(journey.emotion_scale.scores()))
    elif card_type is CardType.PAIN_POINT:
        fields["severity"] = draw(st.sampled_from(["low", "medium", "high"]))
    elif card_type is CardType.METRIC:
        fields["value"] = draw(st.none() | st.integers(-1000, 1000).map(float))
    return fields


def accepted_types(journey: JourneyMap, kind: LaneKind) -> list[CardType]:
    """The card types a lane of *kind* takes that this map can build (device cards need a device)."""
    return sorted(
        (t for t in LANE_ACCEPTS[kind] if t is not CardType.DEVICE or journey.devices), key=lambda t: t.value
    )


def make_card(
    draw: Draw, journey: JourneyMap, card_id: str, stage: str, lane: str, card_type: CardType
) -> CardBase:
    fields = card_fields(draw, journey, card_type)
    return CARD_CLASSES[card_type](id=card_id, stage=stage, lane=lane, **fields)


def make_persona(draw: Draw, journey: JourneyMap, pid: str, fresh: Callable[[], str]) -> Persona:
    """A valid persona for *journey* with 0–3 stages, 0–3 lanes, a few cards and arrows."""
    stages = [Stage(id=fresh(), name=draw(NAMES)) for _ in range(draw(st.integers(0, 3)))]
    lanes = [
        Lane(id=fresh(), kind=draw(st.sampled_from(list(LaneKind))), name=draw(NAMES))
        for _ in range(draw(st.integers(0, 3)))
    ]
    cards: list[CardBase] = []
    if stages and lanes:
        for _ in range(draw(st.integers(0, 6))):
            stage = draw(st.sampled_from(stages))
            lane = draw(st.sampled_from(lanes))
            card_type = draw(st.sampled_from(accepted_types(journey, lane.kind)))
            cards.append(make_card(draw, journey, fresh(), stage.id, lane.id, card_type))
    connections: list[Connection] = []
    if len(cards) >= 2:
        for _ in range(draw(st.integers(0, 3))):
            source, target = draw(st.permutations(cards))[:2]
            connections.append(Connection(id=fresh(), source=source.id, target=target.id))
    return Persona(
        id=pid,
        name=draw(NAMES),
        role=draw(NAMES),
        goals=draw(st.lists(NAMES, max_size=2)),
        timeline=Timeline(stages=stages, lanes=lanes, cards=cards, connections=connections),
    )


@st.composite
def journeys(draw: Draw) -> JourneyMap:
    """A small valid map: default or trimmed catalogues, 0–3 personas."""
    journey = JourneyMap.new(draw(NAMES), draw(st.sampled_from(["es", "en"])))
    journey.channels[:] = journey.channels[: draw(st.integers(0, len(journey.channels)))]
    journey.devices[:] = journey.devices[: draw(st.integers(0, len(journey.devices)))]
    counter = itertools.count()

    def fresh() -> str:
        return f"i{next(counter)}"

    personas = [make_persona(draw, journey, fresh(), fresh) for _ in range(draw(st.integers(0, 3)))]
    data = journey.model_dump()
    data["personas"] = [p.model_dump() for p in personas]
    return JourneyMap.model_validate(data)


# ---------------------------------------------------------------- edits


@dataclass(frozen=True)
class Batch(Edit):
    """Several edits as one, through apply_all (which rolls back on failure)."""

    edits: tuple[Edit, ...]

    def apply(self, journey: JourneyMap) -> Edit:
        return Batch(tuple(apply_all(journey, self.edits)))


class State:
    """Read-only views of a map used to draw edits."""

    def __init__(self, journey: JourneyMap) -> None:
        self.journey = journey
        self.index = journey.index

    def personas(self) -> list[Persona]:
        return list(self.journey.personas)

    def cards(self) -> list[tuple[Persona, CardBase]]:
        return list(self.index.cards.values())

    def all_ids(self) -> list[str]:
        index = self.index
        return [
            *index.personas,
            *index.stages,
            *index.lanes,
            *index.cards,
            *index.connections,
            *(c.id for c in self.journey.channels),
            *(d.id for d in self.journey.devices),
        ]

    def used_scores(self) -> set[int]:
        return {c.score for _, c in self.cards() if c.type == "emotion"}

    def used_catalogue(self) -> set[str]:
        used: set[str] = set()
        for _, card in self.cards():
            channel = getattr(card, "channel", None)
            if channel is not None:
                used.add(channel)
            used.update(getattr(card, "devices", ()))
            device = getattr(card, "device", None)
            if device is not None:
                used.add(device)
        return used


def pick_position(draw: Draw, length: int) -> int | None:
    return draw(st.none() | st.integers(-1, length + 1))


def draw_update_map(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    choice = draw(st.sampled_from(["title", "scale", "fields", "bad"]))
    if choice == "title":
        return UpdateMap({"title": draw(NAMES)}), "ok"
    if choice == "fields":
        return UpdateMap({"authors": draw(st.lists(NAMES, max_size=3)), "organisation": draw(NAMES)}), "ok"
    if choice == "scale":
        scores = sorted(draw(st.sets(st.sampled_from(SCORES), min_size=2, max_size=6)))
        levels = [{"score": score, "label": draw(NAMES)} for score in scores]
        expect: Expect = "ok" if s.used_scores() <= set(scores) else "error"
        return UpdateMap({"emotion_scale": {"levels": levels}}), expect
    bad = draw(
        st.sampled_from(
            [
                {"personas": []},
                {"title": "x" * (limits.MAX_NAME_CHARS + 1)},
                {"language": "Klingon"},
                {"emotion_scale": {"levels": [{"score": 1, "label": "a"}, {"score": 0, "label": "b"}]}},
            ]
        )
    )
    return UpdateMap(bad), "error"


def draw_update_item(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    index = s.index
    ids = s.all_ids()
    if not ids or draw(st.integers(0, 19)) == 0:
        return UpdateItem(UNKNOWN, {"name": "x"}), "error"
    item_id = draw(st.sampled_from(ids))
    if draw(st.integers(0, 14)) == 0:
        return UpdateItem(item_id, {"id": fresh()}), "error"
    if item_id in index.personas:
        change = draw(
            st.sampled_from(
                [
                    ({"name": draw(NAMES), "role": draw(NAMES)}, "ok"),
                    ({"goals": draw(st.lists(NAMES, max_size=3))}, "ok"),
                    ({"color": draw(st.sampled_from(["#000000", "#A1b2C3"]))}, "ok"),
                    ({"color": "red"}, "error"),
                ]
            )
        )
        return UpdateItem(item_id, change[0]), change[1]
    if item_id in index.stages:
        width = draw(st.floats(limits.MIN_STAGE_WIDTH - 50, limits.MAX_STAGE_WIDTH + 50))
        ok = limits.MIN_STAGE_WIDTH <= width <= limits.MAX_STAGE_WIDTH
        if draw(st.booleans()):
            return UpdateItem(item_id, {"name": draw(NAMES), "timeframe": draw(NAMES)}), "ok"
        return UpdateItem(item_id, {"width": width}), "ok" if ok else "error"
    if item_id in index.lanes:
        persona, lane = index.lanes[item_id]
        if draw(st.booleans()):
            return UpdateItem(item_id, {"name": draw(NAMES), "hidden": draw(st.booleans())}), "ok"
        kind = draw(st.sampled_from(list(LaneKind)))
        fits = all(
            CardType(c.type) in LANE_ACCEPTS[kind] for c in persona.timeline.cards if c.lane == lane.id
        )
        return UpdateItem(item_id, {"kind": kind.value}), "ok" if fits else "error"
    if item_id in index.cards:
        return draw_update_card(draw, s, item_id)
    if item_id in index.connections:
        persona, connection = index.connections[item_id]
        if draw(st.booleans()):
            return UpdateItem(item_id, {"label": draw(NAMES)}), "ok"
        end = draw(st.sampled_from(["source", "target"]))
        owner, card = draw(st.sampled_from(s.cards()))
        other = connection.target if end == "source" else connection.source
        ok = owner is persona and card.id != other
        return UpdateItem(item_id, {end: card.id}), "ok" if ok else "error"
    # a channel or device
    return UpdateItem(item_id, {"name": draw(NAMES), "online": draw(st.booleans())}), "ok"


def draw_update_card(draw: Draw, s: State, card_id: str) -> tuple[Edit, Expect]:
    journey = s.journey
    _, card = s.index.cards[card_id]
    card_type = card.type
    channels = [c.id for c in journey.channels]
    devices = [d.id for d in journey.devices]
    if card_type == "emotion" and draw(st.booleans()):
        score = draw(st.sampled_from(SCORES))
        return UpdateItem(
            card_id, {"score": score}
        ), "ok" if score in journey.emotion_scale.scores() else "error"
    if card_type == "touchpoint" and draw(st.booleans()):
        chosen = draw(st.lists(st.sampled_from([*devices, UNKNOWN]), max_size=3))
        ok = UNKNOWN not in chosen and len(set(chosen)) == len(chosen)
        channel = draw(st.sampled_from([None, UNKNOWN, *channels]))
        expect: Expect = "ok" if ok and channel != UNKNOWN else "error"
        return UpdateItem(card_id, {"devices": chosen, "channel": channel}), expect
    if card_type == "device" and draw(st.booleans()):
        device = draw(st.sampled_from([UNKNOWN, *devices]))
        return UpdateItem(card_id, {"device": device}), "ok" if device != UNKNOWN else "error"
    if draw(st.integers(0, 9)) == 0:
        field = draw(st.sampled_from(["stage", "lane", "type", "no_such_field"]))
        return UpdateItem(card_id, {field: "x"}), "error"
    return UpdateItem(card_id, {"title": draw(NAMES), "description": draw(NAMES)}), "ok"


def draw_add_persona(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    persona = make_persona(draw, s.journey, fresh(), fresh)
    position = pick_position(draw, len(s.journey.personas))
    ids = s.all_ids()
    if ids and draw(st.integers(0, 4)) == 0:
        clash = draw(st.sampled_from(ids))
        if persona.timeline.stages and draw(st.booleans()):
            persona.timeline.stages[0].id = clash
        else:
            persona.id = clash
        return AddPersona(persona, position), "error"
    return AddPersona(persona, position), "ok"


def draw_remove_persona(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    personas = s.personas()
    if not personas or draw(st.integers(0, 9)) == 0:
        return RemovePersona(draw(st.sampled_from([UNKNOWN, *s.all_ids()]))), "any"
    return RemovePersona(draw(st.sampled_from(personas)).id), "ok"


def in_range(index: int, length: int) -> Expect:
    return "ok" if 0 <= index < length else "error"


def draw_move_persona(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    personas = s.personas()
    if not personas:
        return MovePersona(UNKNOWN, 0), "error"
    index = draw(st.integers(-1, len(personas)))
    return MovePersona(draw(st.sampled_from(personas)).id, index), in_range(index, len(personas))


def draw_add_catalogue(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    ids = s.all_ids()
    clash = bool(ids) and draw(st.integers(0, 4)) == 0
    entry_id = draw(st.sampled_from(ids)) if clash else fresh()
    kind = draw(st.sampled_from([Channel, Device]))
    entries = s.journey.channels if kind is Channel else s.journey.devices
    entry = kind(id=entry_id, name=draw(NAMES), online=draw(st.booleans()))
    return AddCatalogueEntry(entry, pick_position(draw, len(entries))), "error" if clash else "ok"


def draw_remove_catalogue(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    entries = [e.id for e in (*s.journey.channels, *s.journey.devices)]
    if not entries or draw(st.integers(0, 9)) == 0:
        return RemoveCatalogueEntry(draw(st.sampled_from([UNKNOWN, *s.index.cards]))), "error"
    entry_id = draw(st.sampled_from(entries))
    return RemoveCatalogueEntry(entry_id), "error" if entry_id in s.used_catalogue() else "ok"


def draw_add_stage_or_lane(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    personas = s.personas()
    if not personas:
        return AddStage(UNKNOWN, Stage(id=fresh(), name="S")), "error"
    persona = draw(st.sampled_from(personas))
    ids = s.all_ids()
    clash = draw(st.integers(0, 5)) == 0
    new_id = draw(st.sampled_from(ids)) if clash else fresh()
    expect: Expect = "error" if clash else "ok"
    if draw(st.booleans()):
        stage = Stage(id=new_id, name=draw(NAMES), width=draw(st.sampled_from([80.0, 240.0, 512.5])))
        return AddStage(persona.id, stage, pick_position(draw, len(persona.timeline.stages))), expect
    lane = Lane(id=new_id, kind=draw(st.sampled_from(list(LaneKind))), name=draw(NAMES))
    return AddLane(persona.id, lane, pick_position(draw, len(persona.timeline.lanes))), expect


def draw_remove_stage_or_lane(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    stages, lanes = list(s.index.stages), list(s.index.lanes)
    if draw(st.booleans()):
        if not stages or draw(st.integers(0, 9)) == 0:
            return RemoveStage(draw(st.sampled_from([UNKNOWN, *lanes]))), "error"
        return RemoveStage(draw(st.sampled_from(stages))), "ok"
    if not lanes or draw(st.integers(0, 9)) == 0:
        return RemoveLane(draw(st.sampled_from([UNKNOWN, *stages]))), "error"
    return RemoveLane(draw(st.sampled_from(lanes))), "ok"


def draw_move_stage_or_lane(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    if draw(st.booleans()):
        if not s.index.stages:
            return MoveStage(UNKNOWN, 0), "error"
        persona, stage = draw(st.sampled_from(list(s.index.stages.values())))
        length = len(persona.timeline.stages)
        index = draw(st.integers(-1, length))
        return MoveStage(stage.id, index), in_range(index, length)
    if not s.index.lanes:
        return MoveLane(UNKNOWN, 0), "error"
    persona, lane = draw(st.sampled_from(list(s.index.lanes.values())))
    length = len(persona.timeline.lanes)
    index = draw(st.integers(-1, length))
    return MoveLane(lane.id, index), in_range(index, length)


def draw_cell(draw: Draw, s: State) -> tuple[Persona, Stage, Lane] | None:
    """A stage and a lane, usually of one persona, sometimes of two."""
    if not s.index.stages or not s.index.lanes:
        return None
    persona, stage = draw(st.sampled_from(list(s.index.stages.values())))
    own_lanes = persona.timeline.lanes
    if own_lanes and draw(st.integers(0, 5)) != 0:
        lane = draw(st.sampled_from(own_lanes))
    else:
        lane = draw(st.sampled_from(list(s.index.lanes.values())))[1]
    return persona, stage, lane


def draw_add_card(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    journey = s.journey
    cell = draw_cell(draw, s)
    if cell is None:
        persona_id = draw(st.sampled_from([UNKNOWN, *s.index.personas]))
        card = CARD_CLASSES[CardType.NOTE](id=fresh(), stage=UNKNOWN, lane=UNKNOWN)
        return AddCard(persona_id, card), "error"
    persona, stage, lane = cell
    if draw(st.integers(0, 4)) != 0:
        card_type = draw(st.sampled_from(accepted_types(journey, lane.kind)))
    else:
        card_type = draw(st.sampled_from(sorted(CardType, key=lambda t: t.value)))
    if card_type is CardType.DEVICE and not journey.devices:
        card_type = CardType.NOTE
    card = make_card(draw, journey, fresh(), stage.id, lane.id, card_type)
    fits = s.index.lanes[lane.id][0] is persona and card_type in LANE_ACCEPTS[lane.kind]
    cell_size = sum(1 for c in persona.timeline.cards if c.stage == stage.id and c.lane == lane.id)
    return AddCard(persona.id, card, pick_position(draw, cell_size)), "ok" if fits else "error"


def draw_remove_cards(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    cards = s.cards()
    if not cards or draw(st.integers(0, 14)) == 0:
        return RemoveCards(
            tuple(draw(st.lists(st.sampled_from([UNKNOWN, *s.index.stages]), max_size=2)))
        ), "error"
    chosen = draw(st.lists(st.sampled_from(cards), min_size=1, max_size=5))
    owners = {persona.id for persona, _ in chosen}
    return RemoveCards(tuple(card.id for _, card in chosen)), "ok" if len(owners) == 1 else "error"


def draw_move_card(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    cards = s.cards()
    cell = draw_cell(draw, s)
    if not cards or cell is None:
        return MoveCard(UNKNOWN, UNKNOWN, UNKNOWN), "error"
    owner, card = draw(st.sampled_from(cards))
    if owner.timeline.stages and owner.timeline.lanes and draw(st.integers(0, 3)) != 0:
        # usually a cell of the card's own timeline, often its own cell or lane
        stage = draw(st.sampled_from([card.stage, *(x.id for x in owner.timeline.stages)]))
        takers = [x.id for x in owner.timeline.lanes if CardType(card.type) in LANE_ACCEPTS[x.kind]]
        lanes = takers if draw(st.integers(0, 3)) != 0 else [x.id for x in owner.timeline.lanes]
        lane_id = draw(st.sampled_from([card.lane, *lanes]))
        persona, lane = owner, s.index.lanes[lane_id][1]
    else:
        persona, stage_obj, lane = cell
        stage = stage_obj.id
    same = persona is owner and s.index.lanes[lane.id][0] is owner
    fits = same and CardType(card.type) in LANE_ACCEPTS[lane.kind]
    cell_size = sum(1 for c in owner.timeline.cards if c.stage == stage and c.lane == lane.id)
    return MoveCard(card.id, stage, lane.id, pick_position(draw, cell_size)), "ok" if fits else "error"


def draw_add_connection(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    cards = s.cards()
    if not cards:
        return AddConnection(UNKNOWN, Connection(id=fresh(), source=UNKNOWN, target=UNKNOWN)), "error"
    owner, source = draw(st.sampled_from(cards))
    if len(owner.timeline.cards) > 1 and draw(st.integers(0, 4)) != 0:
        other_owner, target = owner, draw(st.sampled_from(owner.timeline.cards))
    else:
        other_owner, target = draw(st.sampled_from(cards))
    persona = owner if draw(st.integers(0, 5)) != 0 else draw(st.sampled_from(s.personas()))
    clash = draw(st.integers(0, 9)) == 0
    connection_id = draw(st.sampled_from(s.all_ids())) if clash else fresh()
    connection = Connection(id=connection_id, source=source.id, target=target.id, label=draw(NAMES))
    ok = not clash and persona is owner is other_owner and source.id != target.id
    position = pick_position(draw, len(persona.timeline.connections))
    return AddConnection(persona.id, connection, position), "ok" if ok else "error"


def draw_remove_connection(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    connections = list(s.index.connections)
    if not connections or draw(st.integers(0, 9)) == 0:
        return RemoveConnection(draw(st.sampled_from([UNKNOWN, *s.index.cards]))), "error"
    return RemoveConnection(draw(st.sampled_from(connections))), "ok"


def draw_batch(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    # The second edit is drawn against the map before the first: it may fail,
    # and then apply_all must roll the first back.
    first, first_expect = draw_single(draw, s, fresh)
    second, _ = draw_single(draw, s, fresh)
    return Batch((first, second)), "error" if first_expect == "error" else "any"


DRAWERS = [
    draw_update_map,
    draw_update_item,
    draw_update_item,
    draw_add_persona,
    draw_remove_persona,
    draw_move_persona,
    draw_add_catalogue,
    draw_remove_catalogue,
    draw_add_stage_or_lane,
    draw_remove_stage_or_lane,
    draw_move_stage_or_lane,
    draw_add_card,
    draw_add_card,
    draw_remove_cards,
    draw_move_card,
    draw_move_card,
    draw_add_connection,
    draw_remove_connection,
]


def draw_single(draw: Draw, s: State, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    drawer = draw(st.sampled_from(DRAWERS))
    return drawer(draw, s, fresh)  # type: ignore[no-any-return]


def draw_edit(draw: Draw, journey: JourneyMap, fresh: Callable[[], str]) -> tuple[Edit, Expect]:
    state = State(journey)
    if draw(st.integers(0, 14)) == 0:
        return draw_batch(draw, state, fresh)
    return draw_single(draw, state, fresh)


# ---------------------------------------------------------------- checks


def expected_position(position: int | None, others: int) -> int:
    """Where an item inserted at *position* among *others* items lands (clamped)."""
    return others if position is None else max(0, min(position, others))


def find_item(journey: JourneyMap, item_id: str) -> Any:
    index = journey.index
    for table in (index.cards, index.stages, index.lanes, index.connections):
        if item_id in table:
            return table[item_id][1]
    if item_id in index.personas:
        return index.personas[item_id]
    return next(e for e in (*journey.channels, *journey.devices) if e.id == item_id)


def check_effect(journey: JourneyMap, edit: Edit) -> None:
    """The applied *edit* did what it says (undo/redo alone would not notice a wrong position)."""
    index = journey.index
    if isinstance(edit, AddCard | MoveCard):
        card_id = edit.card.id if isinstance(edit, AddCard) else edit.card_id
        persona, card = index.cards[card_id]
        if isinstance(edit, MoveCard):
            assert (card.stage, card.lane) == (edit.stage, edit.lane)
        cell = [c for c in persona.timeline.cards if c.stage == card.stage and c.lane == card.lane]
        assert cell.index(card) == expected_position(edit.position, len(cell) - 1)
    elif isinstance(edit, AddPersona):
        position = [p.id for p in journey.personas].index(edit.persona.id)
        assert position == expected_position(edit.index, len(journey.personas) - 1)
    elif isinstance(edit, AddStage | AddLane | AddConnection):
        new = (
            edit.stage
            if isinstance(edit, AddStage)
            else edit.lane
            if isinstance(edit, AddLane)
            else edit.connection
        )
        timeline = index.personas[edit.persona_id].timeline
        items: list[Any] = (
            timeline.stages
            if isinstance(edit, AddStage)
            else timeline.lanes
            if isinstance(edit, AddLane)
            else timeline.connections
        )
        assert [x.id for x in items].index(new.id) == expected_position(edit.index, len(items) - 1)
    elif isinstance(edit, AddCatalogueEntry):
        entries = journey.channels if isinstance(edit.entry, Channel) else journey.devices
        assert [e.id for e in entries].index(edit.entry.id) == expected_position(edit.index, len(entries) - 1)
    elif isinstance(edit, MovePersona):
        assert journey.personas[edit.index].id == edit.persona_id
    elif isinstance(edit, MoveStage):
        assert index.stages[edit.stage_id][0].timeline.stages[edit.index].id == edit.stage_id
    elif isinstance(edit, MoveLane):
        assert index.lanes[edit.lane_id][0].timeline.lanes[edit.index].id == edit.lane_id
    elif isinstance(edit, RemovePersona | RemoveConnection):
        assert (edit.persona_id if isinstance(edit, RemovePersona) else edit.connection_id) not in index
    elif isinstance(edit, RemoveStage | RemoveLane):
        gone = edit.stage_id if isinstance(edit, RemoveStage) else edit.lane_id
        assert gone not in index
        assert all(gone not in (c.stage, c.lane) for _, c in index.cards.values())
    elif isinstance(edit, RemoveCards):
        assert not set(edit.card_ids) & set(index.cards)
        for _, connection in index.connections.values():
            assert connection.source not in edit.card_ids and connection.target not in edit.card_ids
    elif isinstance(edit, RemoveCatalogueEntry):
        assert edit.entry_id not in [e.id for e in (*journey.channels, *journey.devices)]
    elif isinstance(edit, UpdateItem):
        item = find_item(journey, edit.item_id)
        for name, value in edit.changes.items():
            assert getattr(item, name) == value, name
    elif isinstance(edit, UpdateMap):
        dump = journey.model_dump(include=set(edit.changes))
        assert dump == dict(edit.changes)


def assert_sound(journey: JourneyMap) -> None:
    """Index equal to a fresh one (keys and objects), integrity, and the dump re-validates."""
    index, fresh = journey.index, MapIndex.build(journey)
    assert index.catalogue == fresh.catalogue
    assert index.personas.keys() == fresh.personas.keys()
    assert all(index.personas[k] is v for k, v in fresh.personas.items())
    for table in ("stages", "lanes", "cards", "connections"):
        mine, theirs = getattr(index, table), getattr(fresh, table)
        assert mine.keys() == theirs.keys(), table
        for key, (owner, item) in theirs.items():
            assert mine[key][0] is owner and mine[key][1] is item, (table, key)
    # Where cards were last placed: hints for finding them, kept only for cards in the map.
    assert index.places.keys() <= index.cards.keys()
    for persona in journey.personas:
        for position, card in enumerate(persona.timeline.cards):
            assert index.find_card(persona.timeline.cards, card) == position
    check_integrity(journey)
    JourneyMap.model_validate(journey.model_dump())


def fresh_ids() -> Iterator[str]:
    for n in itertools.count():
        yield f"n{n}"  # never clashes with the i… ids of the starting map


@settings(max_examples=120, deadline=None)
@given(journeys(), st.data())
def test_random_edit_sequences_undo_and_redo_exactly(journey: JourneyMap, data: st.DataObject) -> None:
    draw: Draw = data.draw
    ids = fresh_ids()

    def fresh() -> str:
        return next(ids)

    assert_sound(journey)
    states = [journey.model_dump()]
    edits: list[Edit] = []
    inverses: list[Edit] = []
    length = draw(st.integers(1, 40))
    event(f"length {length // 10 * 10}+")
    for _ in range(length):
        edit, expect = draw_edit(draw, journey, fresh)
        before = states[-1]
        try:
            inverse = edit.apply(journey)
        except EditError:
            assert expect != "ok", f"{edit!r} was refused"
            assert journey.model_dump() == before, f"{edit!r} changed the map before failing"
            assert_sound(journey)
            event(f"{type(edit).__name__} refused")
            continue
        assert expect != "error", f"{edit!r} was accepted"
        event(f"{type(edit).__name__} applied")
        check_effect(journey, edit)
        assert_sound(journey)
        edits.append(edit)
        inverses.append(inverse)
        states.append(journey.model_dump())

    # Undo everything, last first: every earlier state comes back exactly.
    redos: list[Edit] = []
    for step in range(len(inverses) - 1, -1, -1):
        redos.append(inverses[step].apply(journey))
        assert journey.model_dump() == states[step]
        assert_sound(journey)
    redos.reverse()

    # Redo with the original edits: every later state comes back exactly.
    second_inverses: list[Edit] = []
    for step, edit in enumerate(edits, start=1):
        second_inverses.append(edit.apply(journey))
        check_effect(journey, edit)
        assert journey.model_dump() == states[step]
        assert_sound(journey)

    # Once more through the undo stack, then redo with the inverses' inverses.
    for step in range(len(second_inverses) - 1, -1, -1):
        second_inverses[step].apply(journey)
        assert journey.model_dump() == states[step]
    for step, redo in enumerate(redos, start=1):
        redo.apply(journey)
        assert journey.model_dump() == states[step]
    assert_sound(journey)


@settings(max_examples=200)
@given(
    cells=st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from("xy")), max_size=12),
    target=st.tuples(st.sampled_from("ab"), st.sampled_from("xy")),
    position=st.none() | st.integers(-2, 14),
)
def test_where_a_card_lands_in_a_cell(
    cells: list[tuple[str, str]], target: tuple[str, str], position: int | None
) -> None:
    """The list index a card lands at is the one the plain definition gives (its cell's cards, in order)."""
    from journeydesigner.model.cards import NoteCard
    from journeydesigner.model.edits import _cell_insert_index
    from journeydesigner.model.timeline import Timeline

    timeline = Timeline(cards=[NoteCard(id=f"c{i}", stage=s, lane=lane) for i, (s, lane) in enumerate(cells)])
    cell = [i for i, (s, lane) in enumerate(cells) if (s, lane) == target]
    if not cell:
        expected = len(cells)
    elif position is None or position >= len(cell):
        expected = cell[-1] + 1
    else:
        expected = cell[max(position, 0)]
    assert _cell_insert_index(timeline, target[0], target[1], position) == expected
