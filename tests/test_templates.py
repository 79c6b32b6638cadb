"""Built-in templates: every one, in both languages, valid and round-tripping."""

from __future__ import annotations

import pytest

from journeydesigner.model import LaneKind
from journeydesigner.storage import dumps_map, loads_map
from journeydesigner.templates import build_template, template_names

EXPECTED_STAGES = {
    ("customer-lifecycle", "es"): ["Alcance", "Adquisición", "Desarrollo", "Retención", "Promoción"],
    ("customer-lifecycle", "en"): ["Reach", "Acquire", "Develop", "Retain", "Advocate"],
    ("purchase-journey", "es"): ["Descubrimiento", "Evaluación", "Compra", "Fidelización", "Recomendación"],
    ("extended-lifecycle", "es"): [
        "Necesidad",
        "Conciencia",
        "Consideración",
        "Selección",
        "Compra",
        "Experiencia",
        "Lealtad",
        "Compromiso",
        "Fans",
    ],
}


@pytest.mark.parametrize("name", template_names())
@pytest.mark.parametrize("language", ["es", "en"])
def test_template_round_trips_byte_identical(name: str, language: str) -> None:
    journey = build_template(name, language)
    data = dumps_map(journey)
    again = loads_map(data)
    assert again.model_dump() == journey.model_dump()
    assert dumps_map(again) == data


@pytest.mark.parametrize(("name", "language"), sorted(EXPECTED_STAGES))
def test_template_stages(name: str, language: str) -> None:
    stages = [s.name for s in build_template(name, language).personas[0].timeline.stages]
    assert stages == EXPECTED_STAGES[(name, language)]


@pytest.mark.parametrize("name", template_names())
def test_templates_have_sensible_lanes_and_language(name: str) -> None:
    spanish = build_template(name, "es")
    english = build_template(name, "en")
    kinds = [lane.kind for lane in spanish.personas[0].timeline.lanes]
    assert LaneKind.EMOTIONS in kinds and LaneKind.TOUCHPOINTS in kinds and LaneKind.PAIN_POINTS in kinds
    assert spanish.personas[0].timeline.lanes[0].name == "Acciones"
    assert english.personas[0].timeline.lanes[0].name == "Actions"
    assert spanish.emotion_scale.levels[0].label == "Muy negativa"
    assert english.channels[0].id == "web"


def test_omnichannel_has_returns_and_backstage() -> None:
    timeline = build_template("omnichannel-retail", "es").personas[0].timeline
    assert any("Devolución" in s.name for s in timeline.stages)
    assert LaneKind.BACKSTAGE in [lane.kind for lane in timeline.lanes]


def test_each_template_gets_fresh_ids() -> None:
    first = build_template("blank", "es")
    second = build_template("blank", "es")
    assert first.personas[0].id != second.personas[0].id
