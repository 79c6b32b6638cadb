"""The sample maps: valid, byte-stable, complete and realistic."""

from __future__ import annotations

import pytest

from journeydesigner.cli import main
from journeydesigner.model import CardType, JourneyMap
from journeydesigner.model.analysis import card_counts
from journeydesigner.storage import dumps_map, load_map
from tests.conftest import ROOT, SAMPLES

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"


def test_there_are_at_least_three_samples() -> None:
    assert len(SAMPLES) >= 3


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_validates_and_round_trips_byte_identical(sample: object) -> None:
    path = ROOT / "samples" / sample.name
    assert main(["validate", "--quiet", str(path)]) == 0
    journey = load_map(path)
    assert dumps_map(journey) == path.read_bytes()


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_persona_feels_something_in_every_stage(sample: object) -> None:
    journey = load_map(ROOT / "samples" / sample.name)
    for persona in journey.personas:
        with_emotion = {c.stage for c in persona.timeline.cards if c.type == "emotion"}
        missing = [s.name for s in persona.timeline.stages if s.id not in with_emotion]
        assert not missing, f"{persona.name} has no emotion marker in {missing}"


def _all_samples() -> list[JourneyMap]:
    return [load_map(path) for path in SAMPLES]


def test_samples_use_every_card_type_and_connections() -> None:
    used: set[str] = set()
    connections = 0
    for journey in _all_samples():
        used |= set(card_counts(journey))
        connections += sum(len(p.timeline.connections) for p in journey.personas)
    assert used == {t.value for t in CardType}
    assert connections > 0


def test_sneaker_sample_story() -> None:
    journey = load_map(SNEAKERS)
    assert journey.language == "es"
    assert len(journey.personas) == 2
    text = dumps_map(journey).decode("utf-8").lower()
    for theme in ("buscador", "devol", "talla", "nota", "entrega"):
        assert theme in text, theme
    # Journeys are cycles: at least one arrow goes back to an earlier stage.
    loops = []
    for persona in journey.personas:
        stage_rank = {s.id: i for i, s in enumerate(persona.timeline.stages)}
        stage_of = {c.id: c.stage for c in persona.timeline.cards}
        loops += [
            k
            for k in persona.timeline.connections
            if stage_rank[stage_of[k.target]] < stage_rank[stage_of[k.source]]
        ]
    assert loops


def test_samples_languages() -> None:
    languages = {journey.language for journey in _all_samples()}
    assert {"es", "en"} <= languages


def test_no_placeholder_text_in_samples() -> None:
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8").lower()
        assert "lorem" not in text and "ipsum" not in text, path.name
