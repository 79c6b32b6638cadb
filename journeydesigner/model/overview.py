"""Every persona's emotion curve on one shared stage axis (pure data for the overview chart)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from journeydesigner.model.analysis import emotion_curve
from journeydesigner.model.copying import name_key
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona


@dataclass(frozen=True)
class OverviewPoint:
    """One emotion marker placed on the shared axis.

    ``x`` is in stage units: stage column *j* spans ``j … j + 1``; the markers
    of one persona in one stage are spread evenly inside its column, in order.
    """

    x: float
    score: int
    label: str
    stage: str


@dataclass(frozen=True)
class PersonaCurve:
    """One persona's markers on the shared axis."""

    persona_id: str
    name: str
    color: str
    points: list[OverviewPoint]


@dataclass(frozen=True)
class EmotionOverview:
    """The shared stage axis and every persona's curve on it."""

    stages: list[str]
    curves: list[PersonaCurve]


def shared_stages(personas: list[Persona]) -> list[str]:
    """Stage names of all *personas*, matched by name (ignoring case), in order of first appearance."""
    names: dict[str, str] = {}
    for persona in personas:
        for stage in persona.timeline.stages:
            names.setdefault(name_key(stage.name), stage.name)
    return list(names.values())


def emotion_overview(journey: JourneyMap) -> EmotionOverview:
    """The emotion curves of every persona of *journey* on one stage axis."""
    stages = shared_stages(journey.personas)
    column = {name_key(name): j for j, name in enumerate(stages)}
    curves = []
    for persona in journey.personas:
        stage_names = {s.id: s.name for s in persona.timeline.stages}
        by_stage: dict[str, list[tuple[int, str]]] = defaultdict(list)
        curve = emotion_curve(persona)
        for point in curve:
            by_stage[point.stage_id].append((point.score, point.label))
        points = []
        for stage in persona.timeline.stages:
            markers = by_stage.get(stage.id, [])
            j = column[name_key(stage.name)]
            for k, (score, label) in enumerate(markers):
                x = j + (k + 1) / (len(markers) + 1)
                points.append(OverviewPoint(x, score, label, stage_names[stage.id]))
        curves.append(PersonaCurve(persona.id, persona.name, persona.color, points))
    return EmotionOverview(stages, curves)
