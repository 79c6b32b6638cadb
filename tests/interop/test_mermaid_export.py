"""Writing Mermaid journey diagrams, and round trips through them."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesigner.interop.mermaid import export_mermaid, import_mermaid, score_to_mermaid
from journeydesigner.interop.mermaid_syntax import (
    JourneyDiagram,
    Section,
    Task,
    parse_journey,
    render_journey,
)
from journeydesigner.model import JourneyMap, LaneKind
from journeydesigner.model import edits as ed
from journeydesigner.model.cards import ActionCard, EmotionCard
from journeydesigner.model.journey import EmotionLevel, EmotionScale
from journeydesigner.storage import load_map
from tests.conftest import SAMPLES
from tests.interop.test_mermaid_import import MERMAID_DOCS
from tests.strategies import journey_maps


def signature(journey: JourneyMap) -> dict[str, Any]:
    """What a Mermaid diagram says about a map: title, description, scale, and each
    persona's stages with their (task, score) pairs in order."""
    personas = {}
    for persona in journey.personas:
        timeline = persona.timeline
        stages = []
        for stage in timeline.stages:
            actions = [c.title for c in timeline.cards if c.stage == stage.id and isinstance(c, ActionCard)]
            scores = [c.score for c in timeline.cards if c.stage == stage.id and isinstance(c, EmotionCard)]
            stages.append((stage.name, list(zip(actions, scores, strict=True))))
        personas[persona.name] = stages
    return {
        "title": journey.title,
        "description": journey.description,
        "language": journey.language,
        "scale": journey.emotion_scale.scores(),
        "personas": personas,
        "order": [p.name for p in journey.personas],
    }


def test_the_documentation_example_comes_back_as_it_was_written() -> None:
    assert export_mermaid(import_mermaid(MERMAID_DOCS)) == MERMAID_DOCS


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_samples_export_to_valid_diagrams_that_import_and_export_the_same(sample: Any) -> None:
    journey = load_map(sample)
    text = export_mermaid(journey)
    diagram = parse_journey(text)
    assert diagram.title == journey.title
    assert diagram.acc_descr == journey.description.strip()
    stage_names = [s.name for s in journey.personas[0].timeline.stages]
    assert [s.name for s in diagram.sections] == stage_names
    assert set(diagram.actors()) == {p.name for p in journey.personas}
    # Every action of an actions lane is a task of its persona, in order.
    persona = journey.personas[0]
    lanes = {lane.id: lane.kind.value for lane in persona.timeline.lanes}
    first_stage = persona.timeline.stages[0]
    actions = [
        c.title
        for c in persona.timeline.cards
        if isinstance(c, ActionCard) and c.stage == first_stage.id and lanes[c.lane] == "actions"
    ]
    mine = [t.name for t in diagram.sections[0].tasks if persona.name in t.actors]
    assert mine[: len(actions)] == actions
    again = import_mermaid(text)
    assert export_mermaid(again) == text
    assert again.language == journey.language


def test_scores_map_back_exactly_on_scales_within_minus_three_to_two() -> None:
    default = EmotionScale.default("es")
    assert [score_to_mermaid(s, default) for s in default.scores()] == [1, 2, 3, 4, 5]
    wider = EmotionScale(levels=[EmotionLevel(score=s, label=str(s)) for s in range(-3, 3)])
    assert [score_to_mermaid(s, wider) for s in wider.scores()] == [0, 1, 2, 3, 4, 5]
    # Other scales spread over 1…5, lowest to highest, the middle on 3.
    percent = EmotionScale(levels=[EmotionLevel(score=s, label=str(s)) for s in (-100, -50, 0, 50, 100)])
    assert [score_to_mermaid(s, percent) for s in percent.scores()] == [1, 2, 3, 4, 5]
    ten = EmotionScale(levels=[EmotionLevel(score=s, label=str(s)) for s in range(0, 11)])
    assert [score_to_mermaid(s, ten) for s in (0, 5, 10)] == [1, 3, 5]


def test_a_task_shared_by_personas_is_one_line_and_each_persona_keeps_its_order() -> None:
    text = (
        "journey\n    title Shared\n    section S\n"
        "      Alone first: 2: Cat\n      Together: 4: Me, Cat\n      Mine: 5: Me\n      Also mine: 3: Me\n"
        "      Together again: 1: Cat, Me\n"
    )
    journey = import_mermaid(text)
    out = export_mermaid(journey)
    assert out.count("Together: 4") == 1
    assert "      Together: 4: Cat, Me\n" in out  # actors in persona order
    assert signature(import_mermaid(out))["personas"] == signature(journey)["personas"]
    assert export_mermaid(import_mermaid(out)) == out


def test_names_with_characters_mermaid_refuses_come_back_unchanged() -> None:
    journey = import_mermaid("journey\nsection S\nT: 3: Ana\n")
    persona = journey.personas[0]
    stage = persona.timeline.stages[0]
    action = next(c for c in persona.timeline.cards if isinstance(c, ActionCard))
    edits: list[ed.Edit] = [
        ed.UpdateMap({"title": "Plan #2; fase: «piloto» 100%% listo", "description": "Línea 1\nLínea } 2"}),
        ed.UpdateItem(persona.id, {"name": "Pérez, Ana: jefa #1; sí"}),
        ed.UpdateItem(stage.id, {"name": "Etapa 1: llamada a las 10:00 #urgente"}),
        ed.UpdateItem(action.id, {"title": "Journey mapping: 50%% de descuento; «ya»"}),
    ]
    ed.apply_all(journey, edits)
    text = export_mermaid(journey)
    diagram = parse_journey(text)  # Mermaid's own rules: no ; no : in names, no keyword starts
    for line in text.splitlines()[1:]:
        assert ";" not in line
        assert "#" not in line
    assert diagram.sections[0].name == "Etapa 1: llamada a las 10:00 #urgente"
    again = import_mermaid(text)
    assert signature(again) == signature(journey)


def test_personas_without_a_name_or_with_the_same_name_stay_apart() -> None:
    journey = import_mermaid("journey\nsection S\nA: 1: Ana\nB: 5: Luis\n")
    ed.apply_all(journey, [ed.UpdateItem(p.id, {"name": "Ana"}) for p in journey.personas])
    text = export_mermaid(journey)
    assert "A: 1: Ana\n" in text and "B: 5: Ana (2)\n" in text
    ed.apply_all(journey, [ed.UpdateItem(p.id, {"name": " "}) for p in journey.personas])
    assert "A: 1: Cliente 1\n" in export_mermaid(journey)


def test_a_stage_with_markers_but_fewer_actions() -> None:
    journey = import_mermaid("journey\nsection S\nA: 1: Ana\nB: 5: Ana\n")
    persona = journey.personas[0]
    second = [c for c in persona.timeline.cards if isinstance(c, ActionCard)][1]
    ed.apply_all(journey, [ed.RemoveCards((second.id,))])
    # The marker without an action is a task named after the feeling it stands for.
    assert "A: 1: Ana\n      Muy positiva: 5: Ana\n" in export_mermaid(journey)
    markers = [c.id for c in persona.timeline.cards if isinstance(c, EmotionCard)]
    ed.apply_all(journey, [ed.RemoveCards(tuple(markers))])
    assert "A: 3: Ana\n" in export_mermaid(journey)  # no marker: neutral


# ---------------------------------------------------------------- properties

_PIECES = st.sampled_from(
    ["a", "Z", "ñ", "é", "«", "»", " ", ":", "#", ";", ",", "%", "}", "{", "'", '"', "7", "😀", "\t"]
)
_STARTS = st.sampled_from(["", "", "journey", "Title ", "section ", "accDescr {", "%%", "x%%", "-", "---"])
_NAMES = st.builds(
    lambda start, rest: " ".join((start + rest).split()), _STARTS, st.lists(_PIECES, max_size=12).map("".join)
).filter(bool)
_ACTORS = st.lists(_NAMES, min_size=1, max_size=4, unique=True)


@st.composite
def diagrams(draw: st.DrawFn) -> JourneyDiagram:
    """Journey diagrams whose names use every character Mermaid refuses."""
    pool = draw(_ACTORS)
    sections = []
    for _ in range(draw(st.integers(0, 4))):
        tasks = [
            Task(
                draw(_NAMES),
                draw(st.integers(0, 5)),
                draw(st.lists(st.sampled_from(pool), unique=True, max_size=len(pool))),
            )
            for _ in range(draw(st.integers(0, 5)))
        ]
        sections.append(Section(draw(_NAMES), tasks))
    description = draw(st.lists(_PIECES | st.just("\n"), max_size=30).map("".join)).strip()
    return JourneyDiagram(title=draw(_NAMES | st.just("")), acc_descr=description, sections=sections)


@given(diagrams())
def test_any_diagram_reads_back_as_written(diagram: JourneyDiagram) -> None:
    read = parse_journey(render_journey(diagram))
    assert read.title == diagram.title
    assert read.acc_descr == diagram.acc_descr
    assert [(s.name, [(t.name, t.score, t.actors) for t in s.tasks]) for s in read.sections] == [
        (s.name, [(t.name, t.score, t.actors) for t in s.tasks]) for s in diagram.sections
    ]


@given(diagrams())
def test_import_export_import_keeps_titles_sections_tasks_scores_and_actors(diagram: JourneyDiagram) -> None:
    first = import_mermaid(render_journey(diagram), fallback_language="en", language="en")
    text = export_mermaid(first)
    second = import_mermaid(text, language="en")
    assert signature(second) == signature(first)
    # After one export the text is stable.
    assert export_mermaid(second) == text
    # And it is the diagram: every task with its score and actors, every section in order.
    expected_actors = {name for s in diagram.sections for t in s.tasks for name in (t.actors or ["Customer"])}
    assert set(signature(first)["personas"]) == (expected_actors or {"Customer"})
    for index, section in enumerate(diagram.sections):
        for actor in signature(first)["personas"]:
            mine = [(t.name, t.score - 3) for t in section.tasks if actor in (t.actors or ["Customer"])]
            assert signature(first)["personas"][actor][index] == (section.name, mine)


def _plain(name: str) -> str:
    """*name* as it comes back: the look-alikes the writer uses stand for the characters they replace
    (a name that holds a look-alike itself gets the plain character back)."""
    for plain, alike in ((":", "\ua789"), ("#", "\uff03"), (";", "\uff1b"), (",", "\u201a")):
        name = name.replace(alike, plain)
    return name


@settings(max_examples=60)
@given(journey_maps(max_personas=3))
def test_any_map_exports_to_a_diagram_that_imports(journey: JourneyMap) -> None:
    text = export_mermaid(journey)
    diagram = parse_journey(text)
    again = import_mermaid(text)
    sections = {s.name.casefold() for s in diagram.sections}
    for persona in journey.personas:
        for stage in persona.timeline.stages:
            name = _plain(" ".join(stage.name.split()))
            assert not name or name.casefold() in sections
    assert all(0 <= t.score <= 5 for s in diagram.sections for t in s.tasks)
    # A persona with an action or a marker is an actor of the diagram, under its own name.
    actors = set(diagram.actors())
    for persona in journey.personas:
        name = " ".join(persona.name.split())
        kinds = {lane.id: lane.kind for lane in persona.timeline.lanes}
        tasks = [
            c
            for c in persona.timeline.cards
            if isinstance(c, EmotionCard) or (isinstance(c, ActionCard) and kinds[c.lane] == LaneKind.ACTIONS)
        ]
        if name and tasks:
            assert any(actor.startswith(name[:250]) for actor in actors)
    assert export_mermaid(again) == export_mermaid(import_mermaid(export_mermaid(again)))
