"""The whole map: metadata, emotion scale, catalogues and personas."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise
from operator import attrgetter, eq
from typing import Annotated, Any

from pydantic import Field, PrivateAttr, StringConstraints, field_validator, model_validator
from pydantic_core import PydanticCustomError

from journeydesigner.model import limits
from journeydesigner.model.base import Model, Name, Text, TextList
from journeydesigner.model.cards import (
    LANE_ACCEPTS,
    ActionCard,
    CardBase,
    DeviceCard,
    EmotionCard,
    LaneKind,
    MetricCard,
    NoteCard,
    OpportunityCard,
    PainPointCard,
    ThoughtCard,
    TouchpointCard,
    lane_accepts,
)
from journeydesigner.model.catalogue import Channel, Device, default_channels, default_devices
from journeydesigner.model.index import MapIndex
from journeydesigner.model.persona import Persona
from journeydesigner.model.texts import text

SCHEMA_VERSION = 1
FORMAT_NAME = "journeydesigner"

Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]


class EmotionLevel(Model):
    """One step of the emotion scale."""

    score: int = Field(ge=-100, le=100)
    label: Name


class EmotionScale(Model):
    """The ordered levels an emotion marker can take (default −2 … +2)."""

    levels: Annotated[list[EmotionLevel], Field(min_length=2, max_length=limits.MAX_SCALE_LEVELS)]

    @field_validator("levels")
    @classmethod
    def _strictly_ascending(cls, levels: list[EmotionLevel]) -> list[EmotionLevel]:
        scores = [level.score for level in levels]
        if any(b <= a for a, b in pairwise(scores)):
            raise ValueError("emotion levels must have strictly ascending scores")
        return levels

    @property
    def minimum(self) -> int:
        """The lowest score."""
        return self.levels[0].score

    @property
    def maximum(self) -> int:
        """The highest score."""
        return self.levels[-1].score

    def scores(self) -> list[int]:
        """All scores, lowest first."""
        return [level.score for level in self.levels]

    def label_for(self, score: int) -> str:
        """The label of *score* ("" when it is not on the scale)."""
        for level in self.levels:
            if level.score == score:
                return level.label
        return ""

    def map_fraction(self, fraction: float) -> int:
        """The score nearest to *fraction* (0 = lowest, 1 = highest) of the scale."""
        fraction = min(1.0, max(0.0, fraction))
        target = self.minimum + fraction * (self.maximum - self.minimum)
        return min(self.scores(), key=lambda s: (abs(s - target), s))

    @classmethod
    def default(cls, language: str) -> EmotionScale:
        """The five-level scale −2 … +2 with labels in *language*."""
        return cls(levels=[EmotionLevel(score=s, label=text(f"emotion.{s}", language)) for s in range(-2, 3)])


def now_utc() -> datetime:
    """The current time in UTC, to the second (files diff better without microseconds)."""
    return datetime.now(UTC).replace(microsecond=0)


# For the quick integrity pass: the card types each lane kind takes, as plain
# strings (kinds and types are str enums and hash like their values), and the
# cards that refer to nothing outside their timeline.
_LANE_TYPES: dict[str, frozenset[str]] = {
    kind.value: frozenset(card_type.value for card_type in types) for kind, types in LANE_ACCEPTS.items()
}
_UNREFERENCING_CARDS = frozenset(
    {PainPointCard, OpportunityCard, MetricCard, ActionCard, ThoughtCard, NoteCard}
)
_get_id = attrgetter("id")
_get_source = attrgetter("source")
_get_target = attrgetter("target")


def _reference_error(path: str, message: str) -> PydanticCustomError:
    # The JSON path travels in the error's context so that the storage layer
    # can report where in the file the broken reference is.
    return PydanticCustomError("invalid_reference", "{message}", {"message": message, "path": path})


class JourneyMap(Model):
    """A journey map document."""

    title: Name
    description: Text = ""
    language: Language = "es"
    organisation: Name = ""
    authors: TextList = []
    created: datetime = Field(default_factory=now_utc)
    modified: datetime = Field(default_factory=now_utc)
    emotion_scale: EmotionScale = Field(default_factory=lambda: EmotionScale.default("es"))
    channels: Annotated[list[Channel], Field(max_length=limits.MAX_CATALOGUE_ENTRIES)] = []
    devices: Annotated[list[Device], Field(max_length=limits.MAX_CATALOGUE_ENTRIES)] = []
    personas: Annotated[list[Persona], Field(max_length=limits.MAX_PERSONAS)] = []

    _index: MapIndex | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _check_references(self) -> JourneyMap:
        check_integrity(self)
        return self

    @property
    def index(self) -> MapIndex:
        """Id → object look-ups, built on first use and kept current by edits."""
        # Read pydantic's dict of private attributes directly: ``self._index``
        # goes through BaseModel.__getattr__, which costs microseconds, and the
        # canvas looks the index up for every item it paints.
        private = self.__pydantic_private__
        index = private.get("_index") if private is not None else None
        if index is None:
            index = MapIndex.build(self)
            self._index = index
        return index

    def persona_by_name(self, name: str) -> Persona | None:
        """The first persona called *name* (case-insensitive), if any."""
        wanted = name.casefold()
        return next((p for p in self.personas if p.name.casefold() == wanted), None)

    @classmethod
    def new(cls, title: str = "", language: str = "es", **fields: Any) -> JourneyMap:
        """A new empty map with the default scale and catalogues in *language*."""
        return cls(
            title=title or text("map.untitled", language),
            language=language,
            emotion_scale=EmotionScale.default(language),
            channels=default_channels(language),
            devices=default_devices(language),
            **fields,
        )


def check_integrity(journey: JourneyMap) -> None:
    """Raise a validation error for duplicate ids and dangling or misplaced references."""
    # Every map opened passes here: a quick pass answers for a sound map, and
    # only a broken one is walked again to name its first problem and path.
    if not integrity_looks_sound(journey):
        _find_integrity_problem(journey)


def integrity_looks_sound(journey: JourneyMap) -> bool:
    """True when :func:`check_integrity` finds nothing wrong in *journey*.

    The same conditions, checked with sets built once per map and timeline
    instead of per card, and no paths. It may answer False for a sound map
    (anything unusual, such as a card class it does not know: the precise
    walk then decides), never True for a broken one.
    """
    try:
        return _looks_sound(journey)
    except Exception:  # an object changed into something odd: let the precise walk judge it
        return False


def _looks_sound(journey: JourneyMap) -> bool:
    channel_ids = [channel.id for channel in journey.channels]
    device_ids = [device.id for device in journey.devices]
    # The precise walk compares catalogue ids with ==, the sets here by hash:
    # the same answer for strings, which is what ids are.
    if not all(type(i) is str for i in (*channel_ids, *device_ids)):
        return False
    channels = set(channel_ids)
    devices = set(device_ids)
    scores = set(journey.emotion_scale.scores())
    seen = {*channel_ids, *device_ids}
    count = len(channel_ids) + len(device_ids)
    for persona in journey.personas:
        timeline = persona.timeline
        stage_ids = {stage.id for stage in timeline.stages}
        # (lane id, card type) of every placement the lanes allow.
        placements = {
            (lane.id, card_type) for lane in timeline.lanes for card_type in _LANE_TYPES.get(lane.kind, ())
        }
        cards = timeline.cards
        card_ids = set(map(_get_id, cards))
        connections = timeline.connections
        seen.add(persona.id)
        seen.update(map(_get_id, timeline.stages), map(_get_id, timeline.lanes), card_ids)
        seen.update(map(_get_id, connections))
        count += 1 + len(timeline.stages) + len(timeline.lanes) + len(cards) + len(connections)
        for card in cards:
            if card.stage not in stage_ids or (card.lane, card.type) not in placements:
                return False
            if type(card) is TouchpointCard:
                channel = card.channel
                if channel is not None and channel not in channels:
                    return False
                listed = card.devices
                if listed and (not devices.issuperset(listed) or len(set(listed)) != len(listed)):
                    return False
            elif type(card) is DeviceCard:
                if card.device not in devices:
                    return False
            elif type(card) is EmotionCard:
                if card.score not in scores:
                    return False
            elif type(card) not in _UNREFERENCING_CARDS:
                return False
        sources = list(map(_get_source, connections))
        targets = list(map(_get_target, connections))
        if not (card_ids.issuperset(sources) and card_ids.issuperset(targets)):
            return False
        if any(map(eq, sources, targets)):
            return False
    return len(seen) == count  # fewer distinct ids than things: a duplicate


def _find_integrity_problem(journey: JourneyMap) -> None:
    """Raise the error of the first problem in document order, with its JSON path."""
    seen: set[str] = set()

    def claim(identifier: str, path: str) -> None:
        if identifier in seen:
            raise _reference_error(path, f"duplicate id {identifier!r}")
        seen.add(identifier)

    for i, channel in enumerate(journey.channels):
        claim(channel.id, f"$.channels[{i}].id")
    for i, device in enumerate(journey.devices):
        claim(device.id, f"$.devices[{i}].id")

    for p, persona in enumerate(journey.personas):
        base = f"$.personas[{p}]"
        claim(persona.id, f"{base}.id")
        timeline = persona.timeline
        for s, stage in enumerate(timeline.stages):
            claim(stage.id, f"{base}.timeline.stages[{s}].id")
        lane_kinds: dict[str, LaneKind] = {}
        for n, lane in enumerate(timeline.lanes):
            claim(lane.id, f"{base}.timeline.lanes[{n}].id")
            lane_kinds[lane.id] = lane.kind
        stage_ids = {s.id for s in timeline.stages}
        card_ids: set[str] = set()
        for c, card in enumerate(timeline.cards):
            where = f"{base}.timeline.cards[{c}]"
            claim(card.id, f"{where}.id")
            card_ids.add(card.id)
            problem = card_problem(journey, persona, card, stage_ids, lane_kinds)
            if problem is not None:
                field_name, message = problem
                raise _reference_error(f"{where}.{field_name}", message)
        for k, connection in enumerate(timeline.connections):
            where = f"{base}.timeline.connections[{k}]"
            claim(connection.id, f"{where}.id")
            for end in ("source", "target"):
                if getattr(connection, end) not in card_ids:
                    raise _reference_error(f"{where}.{end}", f"unknown card {getattr(connection, end)!r}")
            if connection.source == connection.target:
                raise _reference_error(where, "a connection cannot join a card to itself")


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def card_problem(
    journey: JourneyMap,
    persona: Persona,
    card: CardBase,
    stage_ids: set[str] | None = None,
    lane_kinds: dict[str, LaneKind] | None = None,
) -> tuple[str, str] | None:
    """What is wrong with *card* in *persona*'s timeline, as (field, reason), or None."""
    timeline = persona.timeline
    if stage_ids is None:
        stage_ids = {s.id for s in timeline.stages}
    if lane_kinds is None:
        lane_kinds = {lane.id: lane.kind for lane in timeline.lanes}
    if card.stage not in stage_ids:
        return "stage", f"unknown stage {card.stage!r}"
    if card.lane not in lane_kinds:
        return "lane", f"unknown lane {card.lane!r}"
    if not lane_accepts(lane_kinds[card.lane], card.type):
        lane_kind = lane_kinds[card.lane].value
        return (
            "type",
            f"{_article(card.type)} {card.type} card cannot be placed in "
            f"{_article(lane_kind)} {lane_kind} lane",
        )
    if isinstance(card, TouchpointCard):
        channel = card.channel
        if channel is not None and not any(c.id == channel for c in journey.channels):
            return "channel", f"unknown channel {channel!r}"
        device_ids = {d.id for d in journey.devices}
        for d, device in enumerate(card.devices):
            if device not in device_ids:
                return f"devices[{d}]", f"unknown device {device!r}"
        if len(set(card.devices)) != len(card.devices):
            return "devices", "a device is listed twice"
    elif isinstance(card, DeviceCard):
        if not any(d.id == card.device for d in journey.devices):
            return "device", f"unknown device {card.device!r}"
    elif isinstance(card, EmotionCard):
        score = card.score
        scale = journey.emotion_scale
        if score not in scale.scores():
            return "score", (
                f"score {score} is not on the emotion scale ({scale.minimum} to {scale.maximum})"
            )
    return None
