"""Every persona's emotion curve on one shared stage axis."""

from __future__ import annotations

import pytest

from journeydesigner.model import EmotionCard, JourneyMap, Lane, LaneKind, Persona, Stage, Timeline
from journeydesigner.model.overview import emotion_overview, shared_stages
from journeydesigner.storage import load_map
from tests.conftest import ROOT

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"


def test_sample_curves_on_the_shared_axis() -> None:
    journey = load_map(SNEAKERS)
    overview = emotion_overview(journey)
    assert overview.stages == [
        "Descubrimiento",
        "Evaluación",
        "Compra",
        "Entrega",
        "Uso",
        "Devolución",
        "Fidelización",
        "Recomendación",
    ]
    irene, marta = overview.curves
    assert (irene.name, irene.color) == ("Irene Soto", "#E15759")
    # One marker sits mid-column; Entrega and Devolución hold two, at thirds.
    assert [(round(p.x, 3), p.score) for p in irene.points] == [
        (0.5, 1),
        (1.5, 0),
        (2.5, 1),
        (3.333, 0),
        (3.667, 2),
        (4.5, -1),
        (5.333, -1),
        (5.667, 1),
        (6.5, 1),
        (7.5, 2),
    ]
    assert irene.points[4].label == "Encantada" and irene.points[4].stage == "Entrega"
    assert [p.score for p in marta.points] == [2, 1, 1, -1, 1, 2, -1, 2, 2]


def _persona(pid: str, stages: list[str], scores: dict[str, int]) -> Persona:
    stage_objs = [Stage(id=f"{pid}-s{i}", name=n) for i, n in enumerate(stages)]
    lane = Lane(id=f"{pid}-emo", kind=LaneKind.EMOTIONS, name="Emociones")
    by_name = {s.name: s.id for s in stage_objs}
    cards = [
        EmotionCard(id=f"{pid}-c{i}", stage=by_name[name], lane=lane.id, score=score)
        for i, (name, score) in enumerate(scores.items())
    ]
    return Persona(id=pid, name=pid, timeline=Timeline(stages=stage_objs, lanes=[lane], cards=cards))


def test_stages_match_by_name_ignoring_case_in_order_of_first_appearance() -> None:
    a = _persona("a", ["Compra", "Uso"], {"Uso": -1})
    b = _persona("b", ["Descubrimiento", "compra", "USO"], {"Descubrimiento": 2, "compra": 1})
    journey = JourneyMap.new("t", personas=[a, b])
    assert shared_stages(journey.personas) == ["Compra", "Uso", "Descubrimiento"]
    overview = emotion_overview(journey)
    assert [(p.x, p.score) for p in overview.curves[0].points] == [(1.5, -1)]
    # b's "Descubrimiento" is the third column, its "compra" the first.
    assert [(p.x, p.score) for p in overview.curves[1].points] == [(2.5, 2), (0.5, 1)]


@pytest.mark.parametrize("personas", [[], [_persona("a", [], {})]])
def test_empty_maps_and_timelines(personas: list[Persona]) -> None:
    overview = emotion_overview(JourneyMap.new("t", personas=personas))
    assert overview.stages == []
    assert all(curve.points == [] for curve in overview.curves)
