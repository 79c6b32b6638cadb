"""Copies of personas, stages and lanes with new ids, for duplicating in a map.

A map refuses duplicate ids, so every copy renews every id it holds and
remaps what points at them: a card's stage and lane, a connection's ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeydesigner.model.cards import AnyCard
from journeydesigner.model.ids import new_id
from journeydesigner.model.persona import Persona
from journeydesigner.model.timeline import Connection, Lane, Stage, Timeline


def name_key(name: str) -> str:
    """How names are matched across personas: trimmed, ignoring case."""
    return name.strip().casefold()


def copy_stage(stage: Stage) -> Stage:
    """*stage* with a new id."""
    return stage.model_copy(update={"id": new_id("stage")}, deep=True)


def copy_lane(lane: Lane) -> Lane:
    """*lane* with a new id."""
    return lane.model_copy(update={"id": new_id("lane")}, deep=True)


def copy_persona(persona: Persona, with_cards: bool = True) -> Persona:
    """A deep copy of *persona* in which every id is new.

    With *with_cards* the cards and connections come along, pointing at the
    copied stages, lanes and cards; without, the copy has the same stages and
    lanes and an empty timeline otherwise.
    """
    timeline = persona.timeline
    stages = [copy_stage(s) for s in timeline.stages]
    lanes = [copy_lane(lane) for lane in timeline.lanes]
    stage_ids = {old.id: new.id for old, new in zip(timeline.stages, stages, strict=True)}
    lane_ids = {old.id: new.id for old, new in zip(timeline.lanes, lanes, strict=True)}
    cards: list[AnyCard] = []
    connections: list[Connection] = []
    if with_cards:
        card_ids: dict[str, str] = {}
        for card in timeline.cards:
            card_ids[card.id] = new_id("card")
            cards.append(
                card.model_copy(
                    update={
                        "id": card_ids[card.id],
                        "stage": stage_ids[card.stage],
                        "lane": lane_ids[card.lane],
                    },
                    deep=True,
                )
            )
        connections = [
            k.model_copy(
                update={"id": new_id("conn"), "source": card_ids[k.source], "target": card_ids[k.target]}
            )
            for k in timeline.connections
        ]
    new_timeline = Timeline(stages=stages, lanes=lanes, cards=cards, connections=connections)
    return persona.model_copy(update={"id": new_id("persona"), "timeline": new_timeline}, deep=True)


@dataclass
class MissingStructure:
    """Stages and lanes to insert, as (index, item) in insertion order.

    Inserting them one after the other at their index gives the final order.
    """

    stages: list[tuple[int, Stage]] = field(default_factory=list)
    lanes: list[tuple[int, Lane]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.stages or self.lanes)


def _merge_positions(target_names: list[str], source_names: list[str]) -> list[tuple[int, int]]:
    """(insert index, source position) of each source name the target lacks.

    A missing item goes right after the last item before it in the source
    that the target has (or that was just inserted), so the source's order is
    kept around the target's own items: copying A B C D into A D gives
    A B C D, and into D A gives D A B C.
    """
    order = [name_key(n) for n in target_names]
    result: list[tuple[int, int]] = []
    anchor = -1  # position in `order` after which the next missing item goes
    for position, name in enumerate(source_names):
        key = name_key(name)
        if key in order:
            anchor = order.index(key)
            continue
        anchor += 1
        order.insert(anchor, key)
        result.append((anchor, position))
    return result


def missing_structure(target: Persona, source: Persona) -> MissingStructure:
    """The stages and lanes of *source* that *target* lacks, matched by name, as new copies.

    Lanes match by name alone: a lane called like one of the target's is
    taken to be the same lane even when its kind differs.
    """
    src, dst = source.timeline, target.timeline
    stages = _merge_positions([s.name for s in dst.stages], [s.name for s in src.stages])
    lanes = _merge_positions([lane.name for lane in dst.lanes], [lane.name for lane in src.lanes])
    return MissingStructure(
        stages=[(index, copy_stage(src.stages[p])) for index, p in stages],
        lanes=[(index, copy_lane(src.lanes[p])) for index, p in lanes],
    )
