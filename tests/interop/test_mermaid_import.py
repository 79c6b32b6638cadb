"""Reading Mermaid journey diagrams: every shape of input, and every kind of mistake with its line."""

from __future__ import annotations

import pytest

from journeydesigner.interop import InteropError
from journeydesigner.interop.mermaid import import_mermaid
from journeydesigner.model import JourneyMap, LaneKind
from journeydesigner.model.cards import ActionCard, EmotionCard

# The example of Mermaid's documentation, as it is printed there.
MERMAID_DOCS = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


def tasks(journey: JourneyMap, persona: str) -> dict[str, list[tuple[str, int]]]:
    """Each stage's (task, Mermaid score) pairs in one persona's timeline."""
    person = journey.persona_by_name(persona)
    assert person is not None, persona
    timeline = person.timeline
    lanes = {lane.id: lane.kind for lane in timeline.lanes}
    result: dict[str, list[tuple[str, int]]] = {}
    for stage in timeline.stages:
        actions = [c for c in timeline.cards if c.stage == stage.id and isinstance(c, ActionCard)]
        emotions = [c for c in timeline.cards if c.stage == stage.id and isinstance(c, EmotionCard)]
        assert all(lanes[c.lane] == LaneKind.ACTIONS for c in actions)
        assert all(lanes[c.lane] == LaneKind.EMOTIONS for c in emotions)
        assert len(actions) == len(emotions)
        result[stage.name] = [(a.title, e.score + 3) for a, e in zip(actions, emotions, strict=True)]
    return result


def test_the_example_of_mermaids_documentation() -> None:
    journey = import_mermaid(MERMAID_DOCS)
    assert journey.title == "My working day"
    assert journey.language == "en"
    assert [p.name for p in journey.personas] == ["Me", "Cat"]
    assert tasks(journey, "Me") == {
        "Go to work": [("Make tea", 5), ("Go upstairs", 3), ("Do work", 1)],
        "Go home": [("Go downstairs", 5), ("Sit down", 5)],
    }
    # The cat only works, but its timeline has both stages so the personas line up.
    assert tasks(journey, "Cat") == {"Go to work": [("Do work", 1)], "Go home": []}
    # No task scores 0: the map has the default scale, 3 (neutral) on 0.
    assert journey.emotion_scale.scores() == [-2, -1, 0, 1, 2]
    persona = journey.personas[0]
    marker = next(c for c in persona.timeline.cards if isinstance(c, EmotionCard))
    assert marker.score == 2  # Make tea: 5
    # The standard lanes of the templates, in the map's language.
    assert [lane.name for lane in persona.timeline.lanes][:2] == ["Actions", "Touchpoints"]


def test_tasks_without_actors_go_to_one_default_persona() -> None:
    journey = import_mermaid(
        "journey\n  title Mi día\n  section Mañana\n    Desayuno: 4\n    Reunión con el equipo: 2: Ana\n"
        "  section Tarde\n    Vuelta a casa: 3\n"
    )
    assert journey.language == "es"
    assert [p.name for p in journey.personas] == ["Cliente", "Ana"]
    assert tasks(journey, "Cliente") == {"Mañana": [("Desayuno", 4)], "Tarde": [("Vuelta a casa", 3)]}
    assert tasks(journey, "Ana") == {"Mañana": [("Reunión con el equipo", 2)], "Tarde": []}


def test_a_diagram_without_any_actor_has_one_persona_in_the_fallback_language() -> None:
    # Nothing here tells Spanish from English: the fallback decides.
    journey = import_mermaid("journey\nsection A\nX: 1\nZ: 2\n", fallback_language="en")
    assert journey.language == "en"
    assert [p.name for p in journey.personas] == ["Customer"]
    assert journey.title == "Untitled map"
    assert tasks(journey, "Customer") == {"A": [("X", 1), ("Z", 2)]}
    spanish = import_mermaid("journey\nsection A\nX: 1\n", fallback_language="es")
    assert (spanish.language, spanish.title, spanish.personas[0].name) == ("es", "Mapa sin título", "Cliente")


def test_the_title_comes_from_the_title_line_the_front_matter_acctitle_or_the_file() -> None:
    body = "journey\nsection S\nT: 3: A\n"
    assert import_mermaid(body, default_title="inventario").title == "inventario"
    assert import_mermaid("journey\naccTitle: Accesible\nsection S\nT: 3\n").title == "Accesible"
    front = '---\ntitle: "Desde el «front matter»"\nconfig:\n  journey:\n    title: no\n---\n'
    assert import_mermaid(front + body).title == "Desde el «front matter»"
    assert import_mermaid(front + "journey\ntitle Propio\nsection S\nT: 3\n").title == "Propio"
    assert import_mermaid("---\ntitle: 'It''s mine'\n---\n" + body).title == "It's mine"


def test_comments_blank_lines_and_indentation_are_ignored() -> None:
    journey = import_mermaid(
        "%% A diagram of my day\n\n"
        "journey   # the header\n"
        "%%{init: {'theme': 'forest'}}%%\n"
        "\ttitle My day  # not part of the title\n"
        "    %% a comment between statements\n"
        "section Morning\n"
        "        \n"
        "Coffee: 5: Me # strong\n"
        "   # a whole-line hash comment\n"
        "section Evening\n"
        "  Sleep:4:Me,You\n"
    )
    assert journey.title == "My day"
    assert tasks(journey, "Me") == {"Morning": [("Coffee", 5)], "Evening": [("Sleep", 4)]}
    assert tasks(journey, "You") == {"Morning": [], "Evening": [("Sleep", 4)]}


def test_accessibility_lines_and_the_multi_line_description() -> None:
    journey = import_mermaid(
        "journey\n"
        "  accTitle: Mapa #1; accesible\n"
        "  accDescr {\n"
        "    Primera línea del recorrido\n"
        "    segunda línea: con # y ; dentro\n"
        "  }\n"
        "  section Compra\n"
        "    Paga: 4: Marta\n"
    )
    assert journey.description == "Primera línea del recorrido\n    segunda línea: con # y ; dentro"
    assert journey.title == "Mapa #1; accesible"  # no title line: accTitle names the map
    single = import_mermaid("journey\naccDescr: Todo en una línea: #1\nsection S\nT: 3\n")
    assert single.description == "Todo en una línea: #1"
    inline = import_mermaid("journey\naccDescr { Corta }\nsection S\nT: 3\n")
    assert inline.description == "Corta"


def test_spanish_text_with_accents_and_guillemets() -> None:
    journey = import_mermaid(
        "journey\n"
        "  title Compra de «zapatillas» en línea\n"
        "  section Evaluación\n"
        "    Compara «Brisa 2» y «Vuelo 4»: 3: Irene Soto, Marta Roíg\n"
        "  section Devolución\n"
        "    Cambia la talla en la tienda: 4: Irene Soto\n"
        "    ¿Y si no hay su número?: 1: Irene Soto\n"
    )
    assert journey.language == "es"
    assert journey.title == "Compra de «zapatillas» en línea"
    assert [p.name for p in journey.personas] == ["Irene Soto", "Marta Roíg"]
    assert tasks(journey, "Irene Soto")["Devolución"] == [
        ("Cambia la talla en la tienda", 4),
        ("¿Y si no hay su número?", 1),
    ]
    assert tasks(journey, "Marta Roíg")["Evaluación"] == [("Compara «Brisa 2» y «Vuelo 4»", 3)]
    assert [lane.name for lane in journey.personas[0].timeline.lanes][:2] == [
        "Acciones",
        "Puntos de contacto",
    ]


def test_a_score_of_zero_adds_a_lowest_level_so_every_score_keeps_its_level() -> None:
    text = "journey\nsection S\n" + "".join(f"T{s}: {s}: A\n" for s in range(6))
    journey = import_mermaid(text, fallback_language="en")
    assert journey.emotion_scale.scores() == [-3, -2, -1, 0, 1, 2]
    assert journey.emotion_scale.label_for(-3) == "Awful"
    assert import_mermaid(text, fallback_language="es").emotion_scale.label_for(-3) == "Pésima"
    assert tasks(journey, "A")["S"] == [(f"T{s}", s) for s in range(6)]


def test_repeated_actors_and_case_keep_mermaids_meaning() -> None:
    journey = import_mermaid("journey\nsection S\nT: 3: Me, Me, me, , Cat\n")
    # Mermaid compares actors exactly: "me" is someone else; empty names name nobody.
    assert [p.name for p in journey.personas] == ["Me", "me", "Cat"]
    assert all(tasks(journey, name)["S"] == [("T", 3)] for name in ("Me", "me", "Cat"))


def test_a_journey_without_sections_is_an_empty_map() -> None:
    journey = import_mermaid("journey\ntitle Nothing yet\n")
    assert journey.title == "Nothing yet"
    assert len(journey.personas) == 1
    assert journey.personas[0].timeline.stages == []


def test_windows_line_ends_and_a_byte_order_mark() -> None:
    journey = import_mermaid("\ufeffjourney\r\n  title T\r\n  section S\r\n    A: 2: X\r\n")
    assert tasks(journey, "X") == {"S": [("A", 2)]}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("", 1, "empty"),
        ("   \n\n  \n", 1, "empty"),
        ("flowchart TD\n  A --> B\n", 1, "not a Mermaid journey diagram"),
        ("%% comment\n\nsequenceDiagram\n", 3, "starts with 'sequenceDiagram'"),
        ("%% only a comment\n", 1, "no 'journey' line"),
        ("journey title X\nsection S\n", 1, "must stand alone"),
        ("---\ntitle: x\njourney\nsection S\n", 1, "no closing '---'"),
        ("journey\n  title T\n  Make tea: 5: Me\n", 3, "before the first section"),
        ("journey\nsection S\n  Make tea 5 Me\n", 3, "the ':' is missing"),
        ("journey\nsection S\n  Make tea: 5: Me\n  Go upstairs\n", 4, "the ':' is missing"),
        ("journey\nsection S\n  Make tea: 6: Me\n", 3, "'6'"),
        ("journey\nsection S\n  Make tea: -1: Me\n", 3, "'-1'"),
        ("journey\nsection S\n  Make tea: 4.5: Me\n", 3, "'4.5'"),
        ("journey\nsection S\n  Make tea: five: Me\n", 3, "not a whole number from 0 to 5"),
        ("journey\nsection S\n  Make tea: ³: Me\n", 3, "not a whole number"),
        ("journey\nsection S\n  Make tea:: Me\n", 3, "has no score"),
        ("journey\nsection S\n  Make tea:\n", 3, "has no score"),
        ("journey\nsection S\n  : 3: Me\n", 3, "no name"),
        ("journey\nsection S\n  Tea: 3: Me: Cat\n", 3, "too many ':'"),
        ("journey\nsection Go: home\n", 2, "cannot contain ':'"),
        ("journey\nsection S\n  Tea; coffee: 3: Me\n", 3, "';'"),
        ("journey\nsection S\n  Journey planning: 3: Me\n", 3, "'journey'"),
        ("journey\naccDescr {\n  never closed\nsection S\n", 2, "no closing '}'"),
        ("journey\naccDescr { a } b\n", 2, "after the '}'"),
        ("journey\ntitle " + "x" * 301 + "\n", 2, "longer than 300"),
        ("journey\nsection S\n" + "x" * 301 + ": 3\n", 3, "longer than 300"),
    ],
)
def test_malformed_input_names_its_line(text: str, line: int, words: str) -> None:
    with pytest.raises(InteropError) as caught:
        import_mermaid(text)
    error = caught.value
    assert error.line == line, str(error)
    assert words in error.reason
    assert str(error).startswith(f"line {line}: ")
    assert "\n" not in str(error)


def test_too_many_sections_for_a_map_is_an_error_at_the_first_extra_one() -> None:
    text = "journey\n" + "".join(f"section S{i}\n" for i in range(201))
    with pytest.raises(InteropError) as caught:
        import_mermaid(text)
    assert caught.value.line == 202
    assert "200 stages" in caught.value.reason
