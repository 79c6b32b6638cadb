"""Copies of personas with new ids, and the stages and lanes one persona lacks."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from journeydesigner.model import JourneyMap, Lane, LaneKind, Persona, Stage, Timeline, new_id
from journeydesigner.model.copying import copy_persona, missing_structure, name_key
from journeydesigner.model.edits import AddLane, AddPersona, AddStage, apply_all
from journeydesigner.storage import load_map
from tests.conftest import ROOT

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"


def _ids(persona: Persona) -> set[str]:
    t = persona.timeline
    return {
        persona.id,
        *(s.id for s in t.stages),
        *(lane.id for lane in t.lanes),
        *(c.id for c in t.cards),
        *(k.id for k in t.connections),
    }


def _without_ids(persona: Persona) -> dict[str, object]:
    """The persona's content with every id replaced by its position, to compare copies."""
    t = persona.timeline
    stage_pos = {s.id: i for i, s in enumerate(t.stages)}
    lane_pos = {lane.id: i for i, lane in enumerate(t.lanes)}
    card_pos = {c.id: i for i, c in enumerate(t.cards)}
    data = persona.model_dump(exclude={"id", "timeline"})
    data["stages"] = [s.model_dump(exclude={"id"}) for s in t.stages]
    data["lanes"] = [lane.model_dump(exclude={"id"}) for lane in t.lanes]
    data["cards"] = [
        {**c.model_dump(exclude={"id", "stage", "lane"}), "at": (stage_pos[c.stage], lane_pos[c.lane])}
        for c in t.cards
    ]
    data["connections"] = [
        {**k.model_dump(exclude={"id", "source", "target"}), "ends": (card_pos[k.source], card_pos[k.target])}
        for k in t.connections
    ]
    return data


def test_copy_with_cards_renews_every_id_and_keeps_everything_else() -> None:
    journey = load_map(SNEAKERS)
    original = journey.personas[0]
    before = journey.model_dump()
    copy = copy_persona(original, with_cards=True)

    assert journey.model_dump() == before  # the original is untouched
    assert _ids(copy).isdisjoint(_ids(original))
    all_copy_ids = [copy.id, *(x.id for x in (*copy.timeline.stages, *copy.timeline.lanes))]
    all_copy_ids += [c.id for c in copy.timeline.cards] + [k.id for k in copy.timeline.connections]
    assert len(all_copy_ids) == len(set(all_copy_ids))
    assert _without_ids(copy) == _without_ids(original)
    assert len(copy.timeline.cards) == 85
    assert len(copy.timeline.connections) == 10

    AddPersona(copy).apply(journey)
    JourneyMap.model_validate(journey.model_dump())


def test_copy_without_cards_keeps_stages_and_lanes_only() -> None:
    journey = load_map(SNEAKERS)
    original = journey.personas[1]
    copy = copy_persona(original, with_cards=False)
    assert copy.timeline.cards == [] and copy.timeline.connections == []
    assert [s.name for s in copy.timeline.stages] == [s.name for s in original.timeline.stages]
    assert [(lane.kind, lane.name) for lane in copy.timeline.lanes] == [
        (lane.kind, lane.name) for lane in original.timeline.lanes
    ]
    assert _ids(copy).isdisjoint(_ids(original))
    assert copy.quote == original.quote and copy.goals == original.goals
    AddPersona(copy).apply(journey)
    JourneyMap.model_validate(journey.model_dump())


def _persona(stage_names: list[str], lane_names: list[str] | None = None) -> Persona:
    return Persona(
        id=new_id("persona"),
        name="P",
        timeline=Timeline(
            stages=[Stage(id=new_id("stage"), name=n) for n in stage_names],
            lanes=[Lane(id=new_id("lane"), kind=LaneKind.NOTES, name=n) for n in lane_names or []],
        ),
    )


def _merged(target: list[str], source: list[str]) -> list[str]:
    names = list(target)
    for index, stage in missing_structure(_persona(target), _persona(source)).stages:
        names.insert(index, stage.name)
    return names


def test_missing_stages_keep_the_source_order_around_the_targets_own() -> None:
    assert _merged(["A", "D"], ["A", "B", "C", "D"]) == ["A", "B", "C", "D"]
    assert _merged(["D", "A"], ["A", "B", "C", "D"]) == ["D", "A", "B", "C"]
    assert _merged([], ["A", "B"]) == ["A", "B"]
    assert _merged(["X"], ["A", "B"]) == ["A", "B", "X"]
    assert _merged(["a", "b"], ["A", "B"]) == ["a", "b"]  # names match ignoring case
    assert _merged([" Compra "], ["Descubrimiento", "compra", "Uso"]) == ["Descubrimiento", " Compra ", "Uso"]


def test_missing_lanes_match_by_name_and_copies_have_new_ids() -> None:
    target = _persona(["A"], ["Acciones"])
    source = _persona(["A", "B"], ["Acciones", "Notas"])
    missing = missing_structure(target, source)
    assert [(i, s.name) for i, s in missing.stages] == [(1, "B")]
    assert [(i, lane.name) for i, lane in missing.lanes] == [(1, "Notas")]
    assert missing.stages[0][1].id != source.timeline.stages[1].id
    assert missing.lanes[0][1].id != source.timeline.lanes[1].id
    assert not missing_structure(source, source)


def test_missing_structure_applies_as_edits_in_the_sample() -> None:
    journey = load_map(SNEAKERS)
    irene, marta = journey.personas
    apply_all(
        journey,
        [
            *(AddStage(marta.id, stage, index) for index, stage in missing_structure(marta, irene).stages),
            *(AddLane(marta.id, lane, index) for index, lane in missing_structure(marta, irene).lanes),
        ],
    )
    assert [s.name for s in marta.timeline.stages] == [s.name for s in irene.timeline.stages]
    JourneyMap.model_validate(journey.model_dump())


_names = st.lists(st.sampled_from("ABCDEFGH"), unique=True, max_size=8)


@given(target=_names, source=_names)
def test_merge_keeps_both_orders_and_adds_each_missing_name_once(
    target: list[str], source: list[str]
) -> None:
    merged = _merged(target, source)
    assert [n for n in merged if n in target] == target  # the target's own order is kept
    assert {name_key(n) for n in merged} == {name_key(n) for n in target + source}
    assert len(merged) == len(set(merged))
    # A name the source brings comes after the name before it in the source.
    for before, name in itertools.pairwise(source):
        if name not in target:
            assert merged.index(before) < merged.index(name)
    # When both agree on the order of their common names, the result is the source's order
    # with the target's own names in place.
    common = [n for n in source if n in target]
    if common == [n for n in target if n in source] and set(target) <= set(source):
        assert merged == source
