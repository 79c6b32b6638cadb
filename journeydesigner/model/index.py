"""Id → object indexes of a map, for O(1) look-ups on large maps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from journeydesigner.model.cards import AnyCard
    from journeydesigner.model.journey import JourneyMap
    from journeydesigner.model.persona import Persona
    from journeydesigner.model.timeline import Connection, Lane, Stage


@dataclass
class MapIndex:
    """Where every persona, stage, lane, card and connection is.

    Built once from a map and kept current by the edit operations, which are
    the only code that changes a map.
    """

    personas: dict[str, Persona] = field(default_factory=dict)
    stages: dict[str, tuple[Persona, Stage]] = field(default_factory=dict)
    lanes: dict[str, tuple[Persona, Lane]] = field(default_factory=dict)
    cards: dict[str, tuple[Persona, AnyCard]] = field(default_factory=dict)
    connections: dict[str, tuple[Persona, Connection]] = field(default_factory=dict)
    catalogue: set[str] = field(default_factory=set)
    # Card id → the card's index in its timeline's list when last placed or
    # found there. A hint, checked before use: a move shifts the cards between
    # its two places without updating theirs. Finding a card from its hint
    # takes a few steps instead of a walk of a thousand-card list.
    places: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, journey: JourneyMap) -> MapIndex:
        """Index every object of *journey*."""
        index = cls()
        index.catalogue.update(c.id for c in journey.channels)
        index.catalogue.update(d.id for d in journey.devices)
        for persona in journey.personas:
            index.add_persona(persona)
        return index

    def __contains__(self, identifier: object) -> bool:
        return (
            identifier in self.cards
            or identifier in self.personas
            or identifier in self.stages
            or identifier in self.lanes
            or identifier in self.connections
            or identifier in self.catalogue
        )

    def add_persona(self, persona: Persona) -> None:
        """Index a persona with everything in its timeline."""
        self.personas[persona.id] = persona
        timeline = persona.timeline
        for stage in timeline.stages:
            self.stages[stage.id] = (persona, stage)
        for lane in timeline.lanes:
            self.lanes[lane.id] = (persona, lane)
        for position, card in enumerate(timeline.cards):
            self.cards[card.id] = (persona, card)
            self.places[card.id] = position
        for connection in timeline.connections:
            self.connections[connection.id] = (persona, connection)

    def remove_persona(self, persona: Persona) -> None:
        """Forget a persona with everything in its timeline."""
        self.personas.pop(persona.id, None)
        timeline = persona.timeline
        for stage in timeline.stages:
            self.stages.pop(stage.id, None)
        for lane in timeline.lanes:
            self.lanes.pop(lane.id, None)
        for card in timeline.cards:
            self.cards.pop(card.id, None)
            self.places.pop(card.id, None)
        for connection in timeline.connections:
            self.connections.pop(connection.id, None)

    def find_card(self, cards: list[AnyCard], card: AnyCard) -> int:
        """The index of *card* in *cards* (its timeline's list), looked for from its hint (-1: absent)."""
        return locate(cards, card, self.places.get(card.id))

    def owner(self, identifier: str) -> Persona | None:
        """The persona whose timeline holds the object *identifier*."""
        for table in (self.cards, self.stages, self.lanes, self.connections):
            entry: Any = table.get(identifier)
            if entry is not None:
                return entry[0]  # type: ignore[no-any-return]
        return self.personas.get(identifier)


def locate(items: Sequence[object], item: object, near: int | None = None) -> int:
    """The index of *item* in *items*, by identity, looked for outwards from *near* (-1: absent).

    Identity, not ``==``: pydantic compares models field by field, far slower on long lists.
    """
    count = len(items)
    if near is None or not 0 <= near < count:
        for position, candidate in enumerate(items):
            if candidate is item:
                return position
        return -1
    below, above = near, near + 1
    while below >= 0 or above < count:
        if below >= 0:
            if items[below] is item:
                return below
            below -= 1
        if above < count:
            if items[above] is item:
                return above
            above += 1
    return -1
