"""The journey map document model: pydantic, no Qt."""

from journeydesigner.model.cards import (
    CARD_CLASSES,
    LANE_ACCEPTS,
    LANE_DEFAULT_CARD,
    ActionCard,
    Card,
    CardBase,
    CardType,
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
from journeydesigner.model.catalogue import Channel, Device
from journeydesigner.model.ids import new_id
from journeydesigner.model.journey import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    EmotionLevel,
    EmotionScale,
    JourneyMap,
)
from journeydesigner.model.persona import IconAvatar, ImageAvatar, Persona
from journeydesigner.model.timeline import Connection, Lane, Stage, Timeline

__all__ = [
    "CARD_CLASSES",
    "FORMAT_NAME",
    "LANE_ACCEPTS",
    "LANE_DEFAULT_CARD",
    "SCHEMA_VERSION",
    "ActionCard",
    "Card",
    "CardBase",
    "CardType",
    "Channel",
    "Connection",
    "Device",
    "DeviceCard",
    "EmotionCard",
    "EmotionLevel",
    "EmotionScale",
    "IconAvatar",
    "ImageAvatar",
    "JourneyMap",
    "Lane",
    "LaneKind",
    "MetricCard",
    "NoteCard",
    "OpportunityCard",
    "PainPointCard",
    "Persona",
    "Stage",
    "ThoughtCard",
    "Timeline",
    "TouchpointCard",
    "lane_accepts",
    "new_id",
]
