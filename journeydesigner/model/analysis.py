"""Derived values of a map, as pure functions: emotion curve, averages, coverage."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from journeydesigner.model.cards import (
    AnyCard,
    EmotionCard,
    LaneKind,
    OpportunityCard,
    PainPointCard,
    TouchpointCard,
)
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona


@dataclass(frozen=True)
class CurvePoint:
    """One emotion marker on a persona's curve."""

    card_id: str
    stage_id: str
    stage_index: int
    score: int
    label: str


def _cards_in_timeline_order(persona: Persona, lane_kind: LaneKind | None = None) -> list[AnyCard]:
    """Cards ordered by stage, then lane, then position in the cell."""
    timeline = persona.timeline
    stage_rank = {s.id: i for i, s in enumerate(timeline.stages)}
    lane_rank = {
        lane.id: i for i, lane in enumerate(timeline.lanes) if lane_kind is None or lane.kind == lane_kind
    }
    chosen = [c for c in timeline.cards if c.lane in lane_rank]
    # sorted() is stable, so cards of one cell keep their order.
    return sorted(chosen, key=lambda c: (stage_rank[c.stage], lane_rank[c.lane]))


def emotion_curve(persona: Persona) -> list[CurvePoint]:
    """The persona's emotion markers in timeline order."""
    stage_rank = {s.id: i for i, s in enumerate(persona.timeline.stages)}
    return [
        CurvePoint(card.id, card.stage, stage_rank[card.stage], card.score, card.title)
        for card in _cards_in_timeline_order(persona, LaneKind.EMOTIONS)
        if isinstance(card, EmotionCard)
    ]


def lowest_moment(persona: Persona) -> CurvePoint | None:
    """The first of the persona's lowest emotion markers, if it has any."""
    curve = emotion_curve(persona)
    return min(curve, key=lambda point: point.score) if curve else None


def stage_emotion_averages(persona: Persona) -> dict[str, float | None]:
    """Average emotion score per stage id (None for a stage with no marker)."""
    sums: dict[str, list[int]] = {s.id: [] for s in persona.timeline.stages}
    for point in emotion_curve(persona):
        sums[point.stage_id].append(point.score)
    return {stage: (sum(scores) / len(scores) if scores else None) for stage, scores in sums.items()}


@dataclass
class StageCounts:
    """How many pain points, opportunities and touchpoints (by channel) a stage has."""

    pain_points: int = 0
    opportunities: int = 0
    touchpoints: int = 0
    touchpoints_by_channel: Counter[str] = field(default_factory=Counter)


def stage_counts(persona: Persona) -> dict[str, StageCounts]:
    """Counts of pain points, opportunities and touchpoints per stage id."""
    counts = {s.id: StageCounts() for s in persona.timeline.stages}
    for card in persona.timeline.cards:
        entry = counts[card.stage]
        if isinstance(card, PainPointCard):
            entry.pain_points += 1
        elif isinstance(card, OpportunityCard):
            entry.opportunities += 1
        elif isinstance(card, TouchpointCard):
            entry.touchpoints += 1
            if card.channel is not None:
                entry.touchpoints_by_channel[card.channel] += 1
    return counts


@dataclass(frozen=True)
class CoverageMatrix:
    """Touchpoint counts per channel (rows) and stage (columns, matched by name)."""

    channels: list[str]
    stages: list[str]
    counts: dict[tuple[str, str], int]

    def count(self, channel_id: str, stage_name: str) -> int:
        """Touchpoints of *channel_id* in the stage called *stage_name*."""
        return self.counts.get((channel_id, stage_name.casefold()), 0)

    def gaps(self) -> list[tuple[str, str]]:
        """(channel, stage) pairs that no touchpoint serves."""
        return [(c, s) for c in self.channels for s in self.stages if self.count(c, s) == 0]


def coverage_matrix(journey: JourneyMap, personas: list[Persona] | None = None) -> CoverageMatrix:
    """Which channels serve which stages, over *personas* (default: all).

    Stages of different personas with the same name (ignoring case) are one
    column, in order of first appearance.
    """
    chosen = journey.personas if personas is None else personas
    stage_names: dict[str, str] = {}
    counts: Counter[tuple[str, str]] = Counter()
    for persona in chosen:
        names = {s.id: s.name for s in persona.timeline.stages}
        for name in names.values():
            stage_names.setdefault(name.casefold(), name)
        for card in persona.timeline.cards:
            if isinstance(card, TouchpointCard) and card.channel is not None:
                counts[(card.channel, names[card.stage].casefold())] += 1
    return CoverageMatrix(
        channels=[c.id for c in journey.channels],
        stages=list(stage_names.values()),
        counts=dict(counts),
    )


def card_counts(journey: JourneyMap, persona: Persona | None = None) -> Counter[str]:
    """How many cards of each type the map (or one persona) has."""
    chosen = journey.personas if persona is None else [persona]
    return Counter(card.type for p in chosen for card in p.timeline.cards)
