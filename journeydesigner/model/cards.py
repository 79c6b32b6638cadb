"""Cards: the things placed in a timeline's cells (stage × lane)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from journeydesigner.model import limits
from journeydesigner.model.base import Id, Model, Name, Text


class LaneKind(StrEnum):
    """What a lane (a row of the timeline) holds."""

    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    CHANNELS = "channels"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    METRICS = "metrics"
    BACKSTAGE = "backstage"
    NOTES = "notes"


class CardType(StrEnum):
    """The kinds of card."""

    TOUCHPOINT = "touchpoint"
    DEVICE = "device"
    EMOTION = "emotion"
    PAIN_POINT = "pain_point"
    OPPORTUNITY = "opportunity"
    METRIC = "metric"
    ACTION = "action"
    THOUGHT = "thought"
    NOTE = "note"


Level = Literal["low", "medium", "high"]


class CardBase(Model):
    """Fields every card has. A card's order inside its cell is its order in
    the timeline's card list among the cards of the same stage and lane."""

    type: str
    id: Id
    stage: Id
    lane: Id
    title: Name = ""
    description: Text = ""


class TouchpointCard(CardBase):
    """A moment of contact between customer and company."""

    type: Literal["touchpoint"] = "touchpoint"
    channel: Id | None = None
    devices: Annotated[list[Id], Field(max_length=limits.MAX_CATALOGUE_ENTRIES)] = []
    owner: Name = ""
    moment_of_truth: bool = False


class DeviceCard(CardBase):
    """A device the customer uses at that moment."""

    type: Literal["device"] = "device"
    device: Id


class EmotionCard(CardBase):
    """A point of the emotion curve; the title is its label, the description its note."""

    type: Literal["emotion"] = "emotion"
    score: int


class PainPointCard(CardBase):
    """Something that hurts the customer's experience."""

    type: Literal["pain_point"] = "pain_point"
    severity: Level = "medium"


class OpportunityCard(CardBase):
    """An idea to improve the experience."""

    type: Literal["opportunity"] = "opportunity"
    priority: Level = "medium"
    owner: Name = ""


class MetricCard(CardBase):
    """A figure behind the journey (web analytics, call-centre software …)."""

    type: Literal["metric"] = "metric"
    name: Name = ""
    value: float | None = None
    unit: Name = ""
    target: float | None = None
    source: Name = ""


class ActionCard(CardBase):
    """What the customer does."""

    type: Literal["action"] = "action"


class ThoughtCard(CardBase):
    """What the customer thinks or says."""

    type: Literal["thought"] = "thought"


class NoteCard(CardBase):
    """A free note of the team."""

    type: Literal["note"] = "note"


AnyCard = (
    TouchpointCard
    | DeviceCard
    | EmotionCard
    | PainPointCard
    | OpportunityCard
    | MetricCard
    | ActionCard
    | ThoughtCard
    | NoteCard
)
Card = Annotated[AnyCard, Field(discriminator="type")]

CARD_CLASSES: dict[CardType, type[AnyCard]] = {
    CardType.TOUCHPOINT: TouchpointCard,
    CardType.DEVICE: DeviceCard,
    CardType.EMOTION: EmotionCard,
    CardType.PAIN_POINT: PainPointCard,
    CardType.OPPORTUNITY: OpportunityCard,
    CardType.METRIC: MetricCard,
    CardType.ACTION: ActionCard,
    CardType.THOUGHT: ThoughtCard,
    CardType.NOTE: NoteCard,
}

# Which cards a lane accepts. Emotion markers live only in emotion lanes (their
# height there is their score) and emotion lanes hold nothing else; a note can
# go anywhere else.
LANE_ACCEPTS: dict[LaneKind, frozenset[CardType]] = {
    LaneKind.ACTIONS: frozenset({CardType.ACTION, CardType.NOTE}),
    LaneKind.TOUCHPOINTS: frozenset({CardType.TOUCHPOINT, CardType.NOTE}),
    LaneKind.CHANNELS: frozenset({CardType.DEVICE, CardType.TOUCHPOINT, CardType.NOTE}),
    LaneKind.THOUGHTS: frozenset({CardType.THOUGHT, CardType.NOTE}),
    LaneKind.EMOTIONS: frozenset({CardType.EMOTION}),
    LaneKind.PAIN_POINTS: frozenset({CardType.PAIN_POINT, CardType.NOTE}),
    LaneKind.OPPORTUNITIES: frozenset({CardType.OPPORTUNITY, CardType.NOTE}),
    LaneKind.METRICS: frozenset({CardType.METRIC, CardType.NOTE}),
    LaneKind.BACKSTAGE: frozenset({CardType.ACTION, CardType.TOUCHPOINT, CardType.METRIC, CardType.NOTE}),
    LaneKind.NOTES: frozenset(set(CardType) - {CardType.EMOTION}),
}

# The card a lane creates when the user double-clicks an empty cell.
LANE_DEFAULT_CARD: dict[LaneKind, CardType] = {
    LaneKind.ACTIONS: CardType.ACTION,
    LaneKind.TOUCHPOINTS: CardType.TOUCHPOINT,
    LaneKind.CHANNELS: CardType.DEVICE,
    LaneKind.THOUGHTS: CardType.THOUGHT,
    LaneKind.EMOTIONS: CardType.EMOTION,
    LaneKind.PAIN_POINTS: CardType.PAIN_POINT,
    LaneKind.OPPORTUNITIES: CardType.OPPORTUNITY,
    LaneKind.METRICS: CardType.METRIC,
    LaneKind.BACKSTAGE: CardType.ACTION,
    LaneKind.NOTES: CardType.NOTE,
}


# The same as pairs of plain strings: the kinds and types are str enums, which
# hash and compare like their values, so one set look-up answers for either.
_ACCEPTED_PAIRS = frozenset(
    (lane.value, card.value) for lane, cards in LANE_ACCEPTS.items() for card in cards
)


def lane_accepts(lane_kind: LaneKind | str, card_type: CardType | str) -> bool:
    """True when a card of *card_type* may be placed in a lane of *lane_kind*."""
    # Checked for every card of a map on opening: skip building the enums when the pair is allowed.
    if (lane_kind, card_type) in _ACCEPTED_PAIRS:
        return True
    return CardType(card_type) in LANE_ACCEPTS[LaneKind(lane_kind)]
