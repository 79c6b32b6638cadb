"""Pure edit operations: the only code that changes a map.

Every operation is a small immutable value. ``apply(journey)`` checks that it
can be carried out, changes the map in place, and returns the operation that
undoes it exactly (same objects, same list positions). Undo commands of the
designer hold an operation and its inverse and call nothing else.

An operation that cannot be carried out raises :class:`EditError` before it
changes anything.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from journeydesigner.model import limits
from journeydesigner.model.cards import (
    AnyCard,
    DeviceCard,
    EmotionCard,
    LaneKind,
    TouchpointCard,
    lane_accepts,
)
from journeydesigner.model.catalogue import Channel, Device
from journeydesigner.model.index import locate
from journeydesigner.model.journey import JourneyMap, card_problem
from journeydesigner.model.persona import Persona
from journeydesigner.model.timeline import Connection, Lane, Stage, Timeline


class EditError(ValueError):
    """An edit that cannot be applied to the map as it is."""


class Edit(ABC):
    """A change to a map that returns its own inverse when applied."""

    @abstractmethod
    def apply(self, journey: JourneyMap) -> Edit:
        """Change *journey* and return the edit that undoes the change."""


# ---------------------------------------------------------------- helpers


def _persona(journey: JourneyMap, persona_id: str) -> Persona:
    persona = journey.index.personas.get(persona_id)
    if persona is None:
        raise EditError(f"unknown persona {persona_id!r}")
    return persona


def position_of(items: list[Any], item: object, near: int | None = None) -> int:
    """The position of *item* in *items*, by identity, looked for outwards from *near* when given.

    ``list.index`` compares with ``==``, which for pydantic models compares
    every field of every earlier element: far slower on large timelines.
    """
    position = locate(items, item, near)
    if position < 0:
        raise EditError("item not found in its list")
    return position


def _insert_card(journey: JourneyMap, cards: list[AnyCard], position: int, card: AnyCard) -> None:
    """Insert *card* into its timeline's list *cards* at *position*, and note where it went."""
    cards.insert(position, card)
    journey.index.places[card.id] = min(max(position, 0), len(cards) - 1)


def _check_index(index: int, length: int) -> None:
    if not 0 <= index <= length:
        raise EditError(f"position {index} is outside 0…{length}")


def _clamp(index: int | None, length: int) -> int:
    if index is None:
        return length
    return max(0, min(index, length))


def _check_room(items: list[Any], limit: int, what: str) -> None:
    """Refuse to grow *items* past the model's limit: the map would no longer load."""
    if len(items) >= limit:
        raise EditError(f"there can be at most {limit} {what}")


def _check_new_ids(journey: JourneyMap, ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for identifier in ids:
        if identifier in journey.index or identifier in seen:
            raise EditError(f"id {identifier!r} is already used in this map")
        seen.add(identifier)


def _tree_ids(persona: Persona) -> list[str]:
    timeline = persona.timeline
    return [
        persona.id,
        *(s.id for s in timeline.stages),
        *(lane.id for lane in timeline.lanes),
        *(c.id for c in timeline.cards),
        *(k.id for k in timeline.connections),
    ]


def cell_cards(timeline: Timeline, stage_id: str, lane_id: str) -> list[AnyCard]:
    """The cards of one cell, in their order."""
    return [c for c in timeline.cards if c.stage == stage_id and c.lane == lane_id]


def cell_position(timeline: Timeline, card: AnyCard) -> int:
    """The position of *card* within its cell."""
    return position_of(cell_cards(timeline, card.stage, card.lane), card)


def _cell_insert_index(timeline: Timeline, stage_id: str, lane_id: str, position: int | None) -> int:
    """The card-list index at which a card lands at *position* in a cell (None: after its last card).

    The list is searched from the end for the last card of the cell, or from
    the start up to the card at *position*: on a large timeline that stops
    long before the end of the list, and a card moved with the arrow keys
    lands after the last card of its new cell.
    """
    cards = timeline.cards
    if position is None:
        for index in range(len(cards) - 1, -1, -1):
            card = cards[index]
            if card.lane == lane_id and card.stage == stage_id:
                return index + 1
        return len(cards)
    wanted, seen, last = max(position, 0), 0, -1
    for index, card in enumerate(cards):
        if card.lane == lane_id and card.stage == stage_id:
            if seen == wanted:
                return index
            seen, last = seen + 1, index
    return last + 1 if last >= 0 else len(cards)


def _validated_card(journey: JourneyMap, persona: Persona, card: AnyCard) -> None:
    problem = card_problem(journey, persona, card)
    if problem is not None:
        raise EditError(f"{problem[0]}: {problem[1]}")


# ---------------------------------------------------------------- map fields


_MAP_FIELDS = {
    "title",
    "description",
    "language",
    "organisation",
    "authors",
    "created",
    "modified",
    "emotion_scale",
}


@dataclass(frozen=True)
class UpdateMap(Edit):
    """Change fields of the map itself (title, language, emotion scale …)."""

    changes: Mapping[str, Any]

    def apply(self, journey: JourneyMap) -> Edit:
        unknown = set(self.changes) - _MAP_FIELDS
        if unknown:
            raise EditError(f"cannot change {', '.join(sorted(unknown))} of a map")
        data = {name: getattr(journey, name) for name in _MAP_FIELDS}
        data.update(self.changes)
        try:
            # Validate the map's own fields alone: the personas are unchanged.
            checked = JourneyMap.model_validate(data)
        except ValidationError as exc:
            raise EditError(_first_error(exc)) from exc
        if "emotion_scale" in self.changes:
            scores = set(checked.emotion_scale.scores())
            for persona, card in journey.index.cards.values():
                if isinstance(card, EmotionCard) and card.score not in scores:
                    raise EditError(
                        f"the emotion marker {card.id!r} of {persona.name!r} has a score "
                        "that the new scale lacks"
                    )
        old = {name: getattr(journey, name) for name in self.changes}
        for name in self.changes:
            setattr(journey, name, getattr(checked, name))
        return UpdateMap(old)


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}" if where else error["msg"]


# ---------------------------------------------------------------- any item


_FROZEN_FIELDS = {"id", "type", "stage", "lane", "timeline"}


@dataclass(frozen=True)
class UpdateItem(Edit):
    """Change fields of a persona, stage, lane, card, connection, channel or device.

    Moving a card between cells is :class:`MoveCard`; a persona's timeline
    changes through the stage, lane and card edits.
    """

    item_id: str
    changes: Mapping[str, Any]

    def apply(self, journey: JourneyMap) -> Edit:
        frozen = set(self.changes) & _FROZEN_FIELDS
        if frozen:
            raise EditError(f"cannot change {', '.join(sorted(frozen))} here")
        item, persona = self._find(journey)
        unknown = set(self.changes) - set(type(item).model_fields)
        if unknown:
            raise EditError(f"{type(item).__name__} has no field {', '.join(sorted(unknown))}")
        try:
            candidate = type(item).model_validate(
                {**{k: getattr(item, k) for k in type(item).model_fields}, **self.changes}
            )
        except ValidationError as exc:
            raise EditError(_first_error(exc)) from exc
        self._check(journey, persona, item, candidate)
        old = {name: getattr(item, name) for name in self.changes}
        for name in self.changes:
            setattr(item, name, getattr(candidate, name))
        return UpdateItem(self.item_id, old)

    def _find(self, journey: JourneyMap) -> tuple[Any, Persona | None]:
        index = journey.index
        for table in (index.cards, index.stages, index.lanes, index.connections):
            entry = table.get(self.item_id)
            if entry is not None:
                return entry[1], entry[0]
        if self.item_id in index.personas:
            return index.personas[self.item_id], None
        catalogued_entries: list[Channel | Device] = [*journey.channels, *journey.devices]
        for catalogued in catalogued_entries:
            if catalogued.id == self.item_id:
                return catalogued, None
        raise EditError(f"unknown item {self.item_id!r}")

    @staticmethod
    def _check(journey: JourneyMap, persona: Persona | None, item: Any, candidate: Any) -> None:
        if persona is None:
            return
        if isinstance(candidate, AnyCard):
            _validated_card(journey, persona, candidate)
        elif isinstance(candidate, Lane) and candidate.kind != item.kind:
            for card in persona.timeline.cards:
                if card.lane == item.id and not lane_accepts(candidate.kind, card.type):
                    raise EditError(f"the lane holds {card.type} cards")
        elif isinstance(candidate, Connection):
            cards = journey.index.cards
            for end in (candidate.source, candidate.target):
                if end not in cards or cards[end][0] is not persona:
                    raise EditError(f"unknown card {end!r}")
            if candidate.source == candidate.target:
                raise EditError("a connection cannot join a card to itself")


# ---------------------------------------------------------------- personas


@dataclass(frozen=True)
class AddPersona(Edit):
    """Insert a persona (with its timeline) at *index* (default: last)."""

    persona: Persona
    index: int | None = None

    def apply(self, journey: JourneyMap) -> Edit:
        _check_room(journey.personas, limits.MAX_PERSONAS, "personas in a map")
        persona = self.persona.model_copy(deep=True)
        _check_new_ids(journey, _tree_ids(persona))
        # A persona from elsewhere may name channels, devices or scores this map lacks.
        for card in persona.timeline.cards:
            _validated_card(journey, persona, card)
        # Its arrows must join two different cards of its own timeline.
        card_ids = {card.id for card in persona.timeline.cards}
        for connection in persona.timeline.connections:
            for end in (connection.source, connection.target):
                if end not in card_ids:
                    raise EditError(f"unknown card {end!r} in this timeline")
            if connection.source == connection.target:
                raise EditError("a connection cannot join a card to itself")
        position = _clamp(self.index, len(journey.personas))
        journey.personas.insert(position, persona)
        journey.index.add_persona(persona)
        return RemovePersona(persona.id)


@dataclass(frozen=True)
class RemovePersona(Edit):
    """Remove a persona and its timeline."""

    persona_id: str

    def apply(self, journey: JourneyMap) -> Edit:
        persona = _persona(journey, self.persona_id)
        position = position_of(journey.personas, persona)
        del journey.personas[position]
        journey.index.remove_persona(persona)
        return AddPersona(persona, position)


@dataclass(frozen=True)
class MovePersona(Edit):
    """Move a persona to *index* in the list of personas."""

    persona_id: str
    index: int

    def apply(self, journey: JourneyMap) -> Edit:
        persona = _persona(journey, self.persona_id)
        old = position_of(journey.personas, persona)
        _check_index(self.index, len(journey.personas) - 1)
        journey.personas.insert(self.index, journey.personas.pop(old))
        return MovePersona(self.persona_id, old)


# ---------------------------------------------------------------- catalogues


@dataclass(frozen=True)
class AddCatalogueEntry(Edit):
    """Add a user-defined channel or device."""

    entry: Channel | Device
    index: int | None = None

    def apply(self, journey: JourneyMap) -> Edit:
        _check_new_ids(journey, [self.entry.id])
        entries: list[Any] = journey.channels if isinstance(self.entry, Channel) else journey.devices
        _check_room(entries, limits.MAX_CATALOGUE_ENTRIES, "channels or devices of each kind")
        position = _clamp(self.index, len(entries))
        entries.insert(position, self.entry.model_copy())
        journey.index.catalogue.add(self.entry.id)
        return RemoveCatalogueEntry(self.entry.id)


@dataclass(frozen=True)
class RemoveCatalogueEntry(Edit):
    """Remove a channel or device that no card uses."""

    entry_id: str

    def apply(self, journey: JourneyMap) -> Edit:
        for persona, card in journey.index.cards.values():
            uses = (
                isinstance(card, TouchpointCard)
                and (card.channel == self.entry_id or self.entry_id in card.devices)
            ) or (isinstance(card, DeviceCard) and card.device == self.entry_id)
            if uses:
                raise EditError(f"{self.entry_id!r} is used by a card of {persona.name!r}")
        catalogues: tuple[list[Any], ...] = (journey.channels, journey.devices)
        for entries in catalogues:
            for position, entry in enumerate(entries):
                if entry.id == self.entry_id:
                    del entries[position]
                    journey.index.catalogue.discard(self.entry_id)
                    return AddCatalogueEntry(entry, position)
        raise EditError(f"unknown channel or device {self.entry_id!r}")


# ---------------------------------------------------------------- stages and lanes


@dataclass(frozen=True)
class AddStage(Edit):
    """Insert a stage into a persona's timeline at *index* (default: last)."""

    persona_id: str
    stage: Stage
    index: int | None = None

    def apply(self, journey: JourneyMap) -> Edit:
        persona = _persona(journey, self.persona_id)
        _check_new_ids(journey, [self.stage.id])
        stage = self.stage.model_copy()
        stages = persona.timeline.stages
        _check_room(stages, limits.MAX_STAGES, "stages in a timeline")
        stages.insert(_clamp(self.index, len(stages)), stage)
        journey.index.stages[stage.id] = (persona, stage)
        return RemoveStage(stage.id)


@dataclass(frozen=True)
class AddLane(Edit):
    """Insert a lane into a persona's timeline at *index* (default: last)."""

    persona_id: str
    lane: Lane
    index: int | None = None

    def apply(self, journey: JourneyMap) -> Edit:
        persona = _persona(journey, self.persona_id)
        _check_new_ids(journey, [self.lane.id])
        lane = self.lane.model_copy()
        lanes = persona.timeline.lanes
        _check_room(lanes, limits.MAX_LANES, "lanes in a timeline")
        lanes.insert(_clamp(self.index, len(lanes)), lane)
        journey.index.lanes[lane.id] = (persona, lane)
        return RemoveLane(lane.id)


@dataclass(frozen=True)
class RemoveStage(Edit):
    """Remove a stage with the cards in it and their connections."""

    stage_id: str

    def apply(self, journey: JourneyMap) -> Edit:
        entry = journey.index.stages.get(self.stage_id)
        if entry is None:
            raise EditError(f"unknown stage {self.stage_id!r}")
        persona, stage = entry
        stages = persona.timeline.stages
        position = position_of(stages, stage)
        cards = [c.id for c in persona.timeline.cards if c.stage == stage.id]
        restore = _take_cards(journey, persona, cards)
        del stages[position]
        del journey.index.stages[stage.id]
        return RestoreItems(persona.id, restore.cards, restore.connections, stage=(position, stage))


@dataclass(frozen=True)
class RemoveLane(Edit):
    """Remove a lane with the cards in it and their connections."""

    lane_id: str

    def apply(self, journey: JourneyMap) -> Edit:
        entry = journey.index.lanes.get(self.lane_id)
        if entry is None:
            raise EditError(f"unknown lane {self.lane_id!r}")
        persona, lane = entry
        lanes = persona.timeline.lanes
        position = position_of(lanes, lane)
        cards = [c.id for c in persona.timeline.cards if c.lane == lane.id]
        restore = _take_cards(journey, persona, cards)
        del lanes[position]
        del journey.index.lanes[lane.id]
        return RestoreItems(persona.id, restore.cards, restore.connections, lane=(position, lane))


@dataclass(frozen=True)
class MoveStage(Edit):
    """Move a stage (its cards go with it) to *index* among its timeline's stages."""

    stage_id: str
    index: int

    def apply(self, journey: JourneyMap) -> Edit:
        entry = journey.index.stages.get(self.stage_id)
        if entry is None:
            raise EditError(f"unknown stage {self.stage_id!r}")
        persona, stage = entry
        return MoveStage(self.stage_id, _move(persona.timeline.stages, stage, self.index))


@dataclass(frozen=True)
class MoveLane(Edit):
    """Move a lane to *index* among its timeline's lanes."""

    lane_id: str
    index: int

    def apply(self, journey: JourneyMap) -> Edit:
        entry = journey.index.lanes.get(self.lane_id)
        if entry is None:
            raise EditError(f"unknown lane {self.lane_id!r}")
        persona, lane = entry
        return MoveLane(self.lane_id, _move(persona.timeline.lanes, lane, self.index))


def _move(items: list[Any], item: Any, index: int) -> int:
    old = position_of(items, item)
    _check_index(index, len(items) - 1)
    items.insert(index, items.pop(old))
    return old


# ---------------------------------------------------------------- cards


@dataclass(frozen=True)
class AddCard(Edit):
    """Place a new card in its stage × lane cell at *position* (default: last)."""

    persona_id: str
    card: AnyCard
    position: int | None = None

    def apply(self, journey: JourneyMap) -> Edit:
        persona = _persona(journey, self.persona_id)
        _check_new_ids(journey, [self.card.id])
        card = self.card.model_copy(deep=True)
        _validated_card(journey, persona, card)
        timeline = persona.timeline
        _check_room(timeline.cards, limits.MAX_CARDS_PER_TIMELINE, "cards in a timeline")
        _insert_card(
            journey, timeline.cards, _cell_insert_index(timeline, card.stage, card.lane, self.position), card
        )
        journey.index.cards[card.id] = (persona, card)
        return RemoveCards((card.id,))


@dataclass(frozen=True)
class RemoveCards(Edit):
    """Remove cards of one persona's timeline with the connections that touch them."""

    card_ids: tuple[str, ...]

    def apply(self, journey: JourneyMap) -> Edit:
        owners = set()
        for card_id in self.card_ids:
            entry = journey.index.cards.get(card_id)
            if entry is None:
                raise EditError(f"unknown card {card_id!r}")
            owners.add(entry[0].id)
        if len(owners) > 1:
            raise EditError("the cards belong to different personas")
        if not owners:
            raise EditError("no card to remove")
        persona = journey.index.personas[owners.pop()]
        restore = _take_cards(journey, persona, self.card_ids)
        return RestoreItems(persona.id, restore.cards, restore.connections)


@dataclass(frozen=True)
class MoveCard(Edit):
    """Move a card to *position* in the cell (*stage*, *lane*) of its timeline."""

    card_id: str
    stage: str
    lane: str
    position: int | None = None

    def apply(self, journey: JourneyMap) -> Edit:
        entry = journey.index.cards.get(self.card_id)
        if entry is None:
            raise EditError(f"unknown card {self.card_id!r}")
        persona, card = entry
        moved = card.model_copy(update={"stage": self.stage, "lane": self.lane})
        _validated_card(journey, persona, moved)
        cards = persona.timeline.cards
        old_position = position_of(cards, card, journey.index.places.get(card.id))
        old = PlaceCard(card.id, card.stage, card.lane, old_position)
        del cards[old_position]
        card.stage, card.lane = self.stage, self.lane
        _insert_card(
            journey, cards, _cell_insert_index(persona.timeline, self.stage, self.lane, self.position), card
        )
        return old


@dataclass(frozen=True)
class PlaceCard(Edit):
    """Put a card back exactly at a card-list index (the inverse of a move)."""

    card_id: str
    stage: str
    lane: str
    list_index: int

    def apply(self, journey: JourneyMap) -> Edit:
        persona, card = journey.index.cards[self.card_id]
        cards = persona.timeline.cards
        old_position = position_of(cards, card, journey.index.places.get(card.id))
        old = PlaceCard(card.id, card.stage, card.lane, old_position)
        del cards[old_position]
        card.stage, card.lane = self.stage, self.lane
        _insert_card(journey, cards, self.list_index, card)
        return old


# ---------------------------------------------------------------- connections


@dataclass(frozen=True)
class AddConnection(Edit):
    """Draw an arrow between two cards of a persona's timeline."""

    persona_id: str
    connection: Connection
    index: int | None = None

    def apply(self, journey: JourneyMap) -> Edit:
        persona = _persona(journey, self.persona_id)
        _check_new_ids(journey, [self.connection.id])
        connection = self.connection.model_copy()
        cards = journey.index.cards
        for end in (connection.source, connection.target):
            if end not in cards or cards[end][0] is not persona:
                raise EditError(f"unknown card {end!r} in this timeline")
        if connection.source == connection.target:
            raise EditError("a connection cannot join a card to itself")
        connections = persona.timeline.connections
        _check_room(connections, limits.MAX_CONNECTIONS_PER_TIMELINE, "connections in a timeline")
        connections.insert(_clamp(self.index, len(connections)), connection)
        journey.index.connections[connection.id] = (persona, connection)
        return RemoveConnection(connection.id)


@dataclass(frozen=True)
class RemoveConnection(Edit):
    """Remove an arrow."""

    connection_id: str

    def apply(self, journey: JourneyMap) -> Edit:
        entry = journey.index.connections.get(self.connection_id)
        if entry is None:
            raise EditError(f"unknown connection {self.connection_id!r}")
        persona, connection = entry
        connections = persona.timeline.connections
        position = position_of(connections, connection)
        del connections[position]
        del journey.index.connections[connection.id]
        return AddConnection(persona.id, connection, position)


# ---------------------------------------------------------------- removal and its exact inverse


@dataclass(frozen=True)
class _Taken:
    cards: tuple[tuple[int, AnyCard], ...]
    connections: tuple[tuple[int, Connection], ...]


def _take_cards(journey: JourneyMap, persona: Persona, card_ids: Iterable[str]) -> _Taken:
    """Remove cards and the connections touching them; remember their list positions."""
    doomed = set(card_ids)
    timeline = persona.timeline
    index = journey.index
    taken_connections = tuple(
        (i, k) for i, k in enumerate(timeline.connections) if k.source in doomed or k.target in doomed
    )
    taken_cards = tuple((i, c) for i, c in enumerate(timeline.cards) if c.id in doomed)
    if taken_connections:
        gone = {id(k) for _, k in taken_connections}
        timeline.connections[:] = [k for k in timeline.connections if id(k) not in gone]
        for _, connection in taken_connections:
            del index.connections[connection.id]
    if taken_cards:
        timeline.cards[:] = [c for c in timeline.cards if c.id not in doomed]
        for _, card in taken_cards:
            del index.cards[card.id]
            index.places.pop(card.id, None)
    return _Taken(taken_cards, taken_connections)


@dataclass(frozen=True)
class RestoreItems(Edit):
    """Put back a removed stage or lane, cards and connections at their old positions."""

    persona_id: str
    cards: tuple[tuple[int, AnyCard], ...]
    connections: tuple[tuple[int, Connection], ...]
    stage: tuple[int, Stage] | None = None
    lane: tuple[int, Lane] | None = None

    def apply(self, journey: JourneyMap) -> Edit:
        persona = journey.index.personas[self.persona_id]
        timeline = persona.timeline
        index = journey.index
        inverse: Edit
        if self.stage is not None:
            position, stage = self.stage
            timeline.stages.insert(position, stage)
            index.stages[stage.id] = (persona, stage)
            inverse = RemoveStage(stage.id)
        elif self.lane is not None:
            position, lane = self.lane
            timeline.lanes.insert(position, lane)
            index.lanes[lane.id] = (persona, lane)
            inverse = RemoveLane(lane.id)
        else:
            inverse = RemoveCards(tuple(card.id for _, card in self.cards))
        for position, card in self.cards:  # ascending positions rebuild the old order
            _insert_card(journey, timeline.cards, position, card)
            index.cards[card.id] = (persona, card)
        for position, connection in self.connections:
            timeline.connections.insert(position, connection)
            index.connections[connection.id] = (persona, connection)
        return inverse


def apply_all(journey: JourneyMap, edits: Iterable[Edit]) -> list[Edit]:
    """Apply *edits* in order and return their inverses in undo order (last first).

    When one edit fails, those already applied are undone and the error is
    raised, so the map is left as it was.
    """
    inverses: list[Edit] = []
    try:
        for edit in edits:
            inverses.append(edit.apply(journey))
    except EditError:
        for inverse in reversed(inverses):
            inverse.apply(journey)
        raise
    return list(reversed(inverses))


__all__ = [
    "AddCard",
    "AddCatalogueEntry",
    "AddConnection",
    "AddLane",
    "AddPersona",
    "AddStage",
    "Edit",
    "EditError",
    "LaneKind",
    "MoveCard",
    "MoveLane",
    "MovePersona",
    "MoveStage",
    "PlaceCard",
    "RemoveCards",
    "RemoveCatalogueEntry",
    "RemoveConnection",
    "RemoveLane",
    "RemovePersona",
    "RemoveStage",
    "RestoreItems",
    "UpdateItem",
    "UpdateMap",
    "apply_all",
    "cell_cards",
    "cell_position",
]
