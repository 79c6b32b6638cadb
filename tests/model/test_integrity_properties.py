"""The quick integrity pass and the precise walk always agree.

``check_integrity`` first asks ``integrity_looks_sound`` (sets built once per
map, no paths) and walks the map again to name the problem only when that
says no. Here random valid maps (tests/strategies.py) are changed in place,
one to three times, in every way the check knows: duplicate ids between any
two things that have one, cards pointing at stages, lanes, channels, devices
or scores that are not there (or belong to another persona), cards in lanes
that do not take them, devices listed twice, connections to unknown cards or
from a card to itself, and catalogue entries, stages, lanes, cards or scale
levels taken away from under what refers to them. Many changes leave the map
sound (a card moved to another stage of its own timeline, a channel nobody
used removed): the two must agree on those too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from pydantic_core import PydanticCustomError

from journeydesigner.model import (
    ActionCard,
    CardType,
    DeviceCard,
    EmotionCard,
    EmotionLevel,
    JourneyMap,
    LaneKind,
    NoteCard,
    TouchpointCard,
)
from journeydesigner.model.journey import _find_integrity_problem, check_integrity, integrity_looks_sound
from tests.strategies import journey_maps

Draw = Callable[[st.SearchStrategy[Any]], Any]
UNKNOWN = "no such id"  # not even the shape of an id: no strategy makes it


def identified(journey: JourneyMap) -> list[Any]:
    """Everything in *journey* that has an id."""
    things: list[Any] = [*journey.channels, *journey.devices]
    for persona in journey.personas:
        timeline = persona.timeline
        things += [persona, *timeline.stages, *timeline.lanes, *timeline.cards, *timeline.connections]
    return things


def cards_of(journey: JourneyMap, kind: type[Any] = object) -> list[Any]:
    return [card for p in journey.personas for card in p.timeline.cards if isinstance(card, kind)]


def some_id(draw: Draw, journey: JourneyMap) -> str:
    """An id of the map (of any kind, any persona) or one nobody has."""
    return str(draw(st.sampled_from([*(thing.id for thing in identified(journey)), UNKNOWN])))


@st.composite
def dense_maps(draw: Draw) -> JourneyMap:
    """Small maps full of the cards that refer to the catalogues and the scale.

    tests/strategies.py draws every kind of map, and most of them have few
    cards, fewer touchpoints: these make the card changes below common.
    """
    levels = [{"score": s, "label": str(s)} for s in (-1, 0, 1)]
    document: dict[str, Any] = {
        "title": "dense",
        "emotion_scale": {"levels": levels},
        "channels": [{"id": f"ch{i}", "name": "c"} for i in range(3)],
        "devices": [{"id": f"dv{i}", "name": "d"} for i in range(3)],
        "personas": [],
    }
    for p in range(draw(st.integers(1, 2))):
        stages = [{"id": f"p{p}s{i}", "name": "s"} for i in range(2)]
        kinds = ["touchpoints", "channels", "emotions", "notes"]
        lanes = [{"id": f"p{p}l{i}", "kind": kind, "name": "l"} for i, kind in enumerate(kinds)]
        cards = []
        for c in range(draw(st.integers(1, 8))):
            lane = draw(st.integers(0, 3))
            card: dict[str, Any] = {"id": f"p{p}c{c}", "stage": f"p{p}s{draw(st.integers(0, 1))}"}
            card["lane"] = lanes[lane]["id"]
            if lane == 0 or (lane == 1 and draw(st.booleans())):
                card["type"] = "touchpoint"
                card["channel"] = draw(st.none() | st.sampled_from(["ch0", "ch1", "ch2"]))
                card["devices"] = draw(st.lists(st.sampled_from(["dv0", "dv1", "dv2"]), unique=True))
            elif lane == 1:
                card |= {"type": "device", "device": draw(st.sampled_from(["dv0", "dv1", "dv2"]))}
            elif lane == 2:
                card |= {"type": "emotion", "score": draw(st.sampled_from([-1, 0, 1]))}
            else:
                card["type"] = "note"
            cards.append(card)
        connections = [
            {"id": f"p{p}k{k}", "source": f"p{p}c{k}", "target": f"p{p}c{k + 1}"}
            for k in range(len(cards) - 1)
        ]
        timeline = {"stages": stages, "lanes": lanes, "cards": cards, "connections": connections}
        document["personas"].append({"id": f"p{p}", "name": "p", "timeline": timeline})
    return JourneyMap.model_validate(document)


# Each change: (applies to this map?, make it). Only applicable ones are drawn,
# so that small maps are not mostly left alone.


def duplicate_id(draw: Draw, journey: JourneyMap) -> str:
    things = identified(journey)
    first, second = draw(st.lists(st.sampled_from(things), min_size=2, max_size=2, unique_by=id))
    second.id = first.id
    return "duplicate id"


def card_place(draw: Draw, journey: JourneyMap) -> str:
    card = draw(st.sampled_from(cards_of(journey)))
    field = draw(st.sampled_from(["stage", "lane"]))
    setattr(card, field, some_id(draw, journey))
    return f"card {field}"


def card_type_field(draw: Draw, journey: JourneyMap) -> str:
    # The field alone, as no edit would, even to a type that does not exist.
    card = draw(st.sampled_from(cards_of(journey)))
    card.type = draw(st.sampled_from([*(t.value for t in CardType), "bogus"]))
    return "card type field"


def card_class(draw: Draw, journey: JourneyMap) -> str:
    """Replace a card by one of another class in the same place (its lane may refuse it)."""
    cards = draw(st.sampled_from([p.timeline.cards for p in journey.personas if p.timeline.cards]))
    i = draw(st.integers(0, len(cards) - 1))
    where = {"id": cards[i].id, "stage": cards[i].stage, "lane": cards[i].lane}
    device = journey.devices[0].id if journey.devices else UNKNOWN
    cards[i] = draw(
        st.sampled_from(
            [
                ActionCard.model_construct(**where),
                NoteCard.model_construct(**where),
                TouchpointCard.model_construct(**where, devices=[device]),
                DeviceCard.model_construct(**where, device=device),
                EmotionCard.model_construct(**where, score=journey.emotion_scale.levels[0].score),
            ]
        )
    )
    return "card class"


def touchpoint_channel(draw: Draw, journey: JourneyMap) -> str:
    card = draw(st.sampled_from(cards_of(journey, TouchpointCard)))
    card.channel = draw(st.none() | st.just(some_id(draw, journey)))
    return "touchpoint channel"


def touchpoint_devices(draw: Draw, journey: JourneyMap) -> str:
    card = draw(st.sampled_from(cards_of(journey, TouchpointCard)))
    choice = draw(st.sampled_from(["add device", "repeat device", "no devices"]))
    if choice == "add device":
        card.devices = [*card.devices, some_id(draw, journey)]
    elif choice == "repeat device" and card.devices:
        card.devices = [*card.devices, draw(st.sampled_from(card.devices))]
    else:
        card.devices, choice = [], "no devices"
    return f"touchpoint {choice}"


def device_card(draw: Draw, journey: JourneyMap) -> str:
    draw(st.sampled_from(cards_of(journey, DeviceCard))).device = some_id(draw, journey)
    return "device card"


def emotion_card(draw: Draw, journey: JourneyMap) -> str:
    draw(st.sampled_from(cards_of(journey, EmotionCard))).score = draw(st.integers(-101, 101))
    return "emotion score"


def connection_end(draw: Draw, journey: JourneyMap) -> str:
    connections = [k for p in journey.personas for k in p.timeline.connections]
    connection = draw(st.sampled_from(connections))
    end = draw(st.sampled_from(["source", "target", "loop"]))
    if end == "loop":
        connection.target = connection.source
    else:
        setattr(connection, end, some_id(draw, journey))
    return f"connection {end}"


def removable(journey: JourneyMap) -> list[tuple[str, list[Any]]]:
    lists: list[tuple[str, list[Any]]] = [("channel", journey.channels), ("device", journey.devices)]
    for persona in journey.personas:
        timeline = persona.timeline
        lists += [("stage", timeline.stages), ("lane", timeline.lanes), ("card", timeline.cards)]
    return [(name, items) for name, items in lists if items]


def removal(draw: Draw, journey: JourneyMap) -> str:
    """Take something away from under what may refer to it."""
    name, items = draw(st.sampled_from(removable(journey)))
    del items[draw(st.integers(0, len(items) - 1))]
    return f"removed {name}"


def scale(draw: Draw, journey: JourneyMap) -> str:
    levels = journey.emotion_scale.levels
    if draw(st.booleans()):
        del levels[draw(st.integers(0, len(levels) - 1))]
        return "scale level removed"
    levels.append(EmotionLevel.model_construct(score=101, label="beyond"))
    return "scale level added"


MUTATIONS: list[tuple[Callable[[JourneyMap], bool], Callable[[Draw, JourneyMap], str]]] = [
    (lambda j: len(identified(j)) >= 2, duplicate_id),
    (lambda j: bool(cards_of(j)), card_place),
    (lambda j: bool(cards_of(j)), card_type_field),
    (lambda j: bool(cards_of(j)), card_class),
    (lambda j: bool(cards_of(j, TouchpointCard)), touchpoint_channel),
    (lambda j: bool(cards_of(j, TouchpointCard)), touchpoint_devices),
    (lambda j: bool(cards_of(j, DeviceCard)), device_card),
    (lambda j: bool(cards_of(j, EmotionCard)), emotion_card),
    (lambda j: any(p.timeline.connections for p in j.personas), connection_end),
    (lambda j: bool(removable(j)), removal),
    (lambda j: True, scale),
]


def verdict(check: Callable[[JourneyMap], None], journey: JourneyMap) -> tuple[str, Any] | None:
    """What *check* says: None, or the error's type and context (or the exception's class)."""
    try:
        check(journey)
    except PydanticCustomError as exc:
        return exc.type, exc.context
    except Exception as exc:  # a map changed in place may hold values the model never would
        return "exception", type(exc)
    return None


def change_and_compare(journey: JourneyMap, data: st.DataObject, changes: int) -> None:
    assert integrity_looks_sound(journey)
    for _ in range(changes):
        applicable = [change for applies, change in MUTATIONS if applies(journey)]
        event(data.draw(st.sampled_from(applicable))(data.draw, journey))
    precise = verdict(_find_integrity_problem, journey)
    event("sound" if precise is None else "broken")
    assert integrity_looks_sound(journey) is (precise is None)
    # And check_integrity raises exactly what the precise walk raises, path included.
    assert verdict(check_integrity, journey) == precise


@settings(max_examples=400)
@given(journey=journey_maps() | dense_maps(), data=st.data())
def test_the_quick_pass_and_the_precise_walk_agree(journey: JourneyMap, data: st.DataObject) -> None:
    change_and_compare(journey, data, data.draw(st.integers(1, 3)))


@settings(max_examples=400)
@given(journey=dense_maps(), data=st.data())
def test_they_agree_on_each_single_change(journey: JourneyMap, data: st.DataObject) -> None:
    # One change at a time: the quick pass gives up at the first thing wrong,
    # so a condition it forgot would hide behind another one broken with it.
    change_and_compare(journey, data, 1)


def tiny_map() -> JourneyMap:
    return JourneyMap.model_validate(
        {
            "title": "t",
            "channels": [{"id": "web", "name": "Web"}],
            "emotion_scale": {"levels": [{"score": -1, "label": "-"}, {"score": 1, "label": "+"}]},
            "personas": [
                {
                    "id": "p",
                    "name": "P",
                    "timeline": {
                        "stages": [{"id": "s", "name": "S"}],
                        "lanes": [{"id": "l", "kind": "emotions", "name": "L"}],
                        "cards": [
                            {"type": "emotion", "id": "c1", "stage": "s", "lane": "l", "score": -1},
                            {"type": "emotion", "id": "c2", "stage": "s", "lane": "l", "score": 1},
                        ],
                        "connections": [{"id": "k", "source": "c1", "target": "c2"}],
                    },
                }
            ],
        }
    )


TIMELINE = "$.personas[0].timeline"


@pytest.mark.parametrize(
    "break_it, path",
    [
        (lambda j: setattr(j.personas[0].timeline.lanes[0], "id", "web"), f"{TIMELINE}.lanes[0].id"),
        (lambda j: setattr(j.personas[0].timeline.cards[1], "stage", "x"), f"{TIMELINE}.cards[1].stage"),
        (
            lambda j: setattr(j.personas[0].timeline.connections[0], "target", "c1"),
            f"{TIMELINE}.connections[0]",
        ),
        (lambda j: j.emotion_scale.levels.pop(0), f"{TIMELINE}.cards[0].score"),
        (lambda j: setattr(j.channels[0], "id", "p"), "$.personas[0].id"),
    ],
)
def test_a_broken_map_is_named_by_the_precise_walk(break_it: Callable[[JourneyMap], Any], path: str) -> None:
    journey = tiny_map()
    assert integrity_looks_sound(journey)
    break_it(journey)
    assert not integrity_looks_sound(journey)
    with pytest.raises(PydanticCustomError) as info:
        check_integrity(journey)
    assert info.value.type == "invalid_reference"
    assert info.value.context is not None and info.value.context["path"] == path


def test_a_card_class_the_quick_pass_does_not_know_is_left_to_the_precise_walk() -> None:
    class SpecialTouchpoint(TouchpointCard):
        pass

    journey = tiny_map()
    timeline = journey.personas[0].timeline
    timeline.lanes[0].kind = LaneKind.TOUCHPOINTS
    timeline.cards = [SpecialTouchpoint(id=card.id, stage="s", lane="l") for card in timeline.cards]
    assert not integrity_looks_sound(journey)
    check_integrity(journey)  # sound all the same
    timeline.cards[0].channel = "phone"
    with pytest.raises(PydanticCustomError) as info:
        check_integrity(journey)
    assert info.value.context == {
        "message": "unknown channel 'phone'",
        "path": f"{TIMELINE}.cards[0].channel",
    }
