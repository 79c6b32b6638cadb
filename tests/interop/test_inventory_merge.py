"""Placing inventory rows in an existing map: matching by name, what is created, what is skipped."""

from __future__ import annotations

import pytest

from journeydesigner.interop import Format, export_bytes, read_inventory
from journeydesigner.interop.inventory import Column, InventoryRow, InventoryTable
from journeydesigner.interop.inventory_import import map_from_rows, plan_rows
from journeydesigner.model import JourneyMap, LaneKind
from journeydesigner.model import edits as ed
from journeydesigner.model.cards import EmotionCard, TouchpointCard
from journeydesigner.storage import load_map
from tests.conftest import SAMPLES

SNEAKERS = next(p for p in SAMPLES if p.stem == "zapatillas-omnicanal")


def rows(text: str) -> InventoryTable:
    return read_inventory(text.encode("utf-8"), Format.CSV)


def merged(journey: JourneyMap, text: str) -> tuple[JourneyMap, list[tuple[int, str]]]:
    """*journey* after placing the CSV *text*; undoing the edits restores it exactly."""
    before = journey.model_dump()
    plan = plan_rows(journey, rows(text).rows)
    assert journey.model_dump() == before  # planning changes nothing
    inverses = ed.apply_all(journey, plan.edits)
    after = journey.model_dump()
    for inverse in inverses:
        inverse.apply(journey)
    assert journey.model_dump() == before
    ed.apply_all(journey, plan.edits)
    assert journey.model_dump() == after
    return journey, [(s.line, s.reason) for s in plan.skipped]


def test_personas_stages_and_lanes_match_by_name_ignoring_case_and_accents() -> None:
    journey = load_map(SNEAKERS)
    irene = journey.personas[0]
    count = len(irene.timeline.cards)
    stages = [s.name for s in irene.timeline.stages]
    journey, skipped = merged(
        journey,
        "Persona;Etapa;Carril;Tipo;Título;Canal;Dispositivos\n"
        "irene soto;EVALUACION;puntos de contacto;punto de contacto;Comparador de tallas;web;móvil\n"
        "Irene Soto;Evaluación;;Acción;Mide su pie con una hoja;;\n",
    )
    assert skipped == []
    assert len(journey.personas) == 2
    assert [s.name for s in irene.timeline.stages] == stages
    assert len(irene.timeline.cards) == count + 2
    touchpoint = next(c for c in irene.timeline.cards if c.title == "Comparador de tallas")
    assert isinstance(touchpoint, TouchpointCard)
    assert (touchpoint.channel, touchpoint.devices) == ("web", ["mobile"])
    stage = journey.index.stages[touchpoint.stage][1]
    assert stage.name == "Evaluación"
    assert journey.index.lanes[touchpoint.lane][1].kind == LaneKind.TOUCHPOINTS
    action = next(c for c in irene.timeline.cards if c.title == "Mide su pie con una hoja")
    assert journey.index.lanes[action.lane][1].kind == LaneKind.ACTIONS  # no lane named: the actions lane
    # Appended at the end of its cell.
    cell = [c for c in irene.timeline.cards if c.stage == touchpoint.stage and c.lane == touchpoint.lane]
    assert cell[-1] is touchpoint


def test_new_personas_stages_lanes_channels_devices_and_levels_are_created() -> None:
    journey = load_map(SNEAKERS)
    first_stages = [s.name for s in journey.personas[0].timeline.stages]
    journey, skipped = merged(
        journey,
        "Persona;Etapa;Carril;Tipo;Título;Canal;Dispositivos;Puntuación emocional\n"
        "Irene Soto;Posventa;Puntos de contacto;Punto de contacto;Encuesta;Telegram;Reloj, Móvil;\n"
        "Irene Soto;Posventa;Emociones;Emoción;Satisfecha;;;3\n"
        "Jorge;Compra;Servicio técnico;Nota;Nota nueva;;;\n",
    )
    assert skipped == []
    irene = journey.personas[0]
    assert [s.name for s in irene.timeline.stages] == [*first_stages, "Posventa"]
    survey = next(c for c in irene.timeline.cards if c.title == "Encuesta")
    assert isinstance(survey, TouchpointCard)
    telegram = next(c for c in journey.channels if c.id == survey.channel)
    assert telegram.name == "Telegram"
    assert [next(d.name for d in journey.devices if d.id == i) for i in survey.devices] == ["Reloj", "Móvil"]
    assert journey.emotion_scale.scores() == [-2, -1, 0, 1, 2, 3]
    assert journey.emotion_scale.label_for(3) == "3"
    jorge = journey.personas[-1]
    assert jorge.name == "Jorge"
    # A new persona has the first persona's stages and lanes, and the lane the row names.
    assert [s.name for s in jorge.timeline.stages] == [s.name for s in irene.timeline.stages]
    assert [lane.name for lane in jorge.timeline.lanes][: len(irene.timeline.lanes)] == [
        lane.name for lane in irene.timeline.lanes
    ]
    assert jorge.timeline.lanes[-1].name == "Servicio técnico"
    assert jorge.timeline.lanes[-1].kind == LaneKind.NOTES


def test_a_new_stage_goes_where_the_file_puts_it() -> None:
    journey = load_map(SNEAKERS)
    journey, skipped = merged(
        journey,
        "Persona;Etapa;Tipo;Título\n"
        "Marta Roig;Compra;Acción;Antes\n"
        "Marta Roig;Recogida;Acción;Nueva etapa\n"
        "Marta Roig;Entrega;Acción;Después\n",
    )
    assert skipped == []
    names = [s.name for s in journey.personas[1].timeline.stages]
    assert names[names.index("Compra") + 1] == "Recogida"
    assert names[names.index("Recogida") + 1] == "Entrega"


def test_rows_that_cannot_be_placed_are_reported_with_their_lines_and_the_rest_imported() -> None:
    journey = load_map(SNEAKERS)
    cards = sum(len(p.timeline.cards) for p in journey.personas)
    journey, skipped = merged(
        journey,
        "Persona;Etapa;Carril;Tipo;Título;Puntuación emocional;Valor\n"
        "Irene Soto;Compra;;Acción;Bien\n"
        "Irene Soto;;;Acción;Sin etapa\n"
        "Irene Soto;Compra;;Cohete;Tipo raro\n"
        ";;;;\n"
        "Irene Soto;Compra;Emociones;Acción;Carril equivocado\n"
        "Irene Soto;Compra;;Emoción;Sin puntuación\n"
        "Irene Soto;Compra;;Emoción;Media;1,5\n"
        "Irene Soto;Compra;;Métrica;Valor raro;;mucho\n"
        "Irene Soto;Compra;;Acción;" + "x" * 301 + "\n"
        "Irene Soto;Compra;;Emoción;Lejos;500\n"
        "Irene Soto;Compra;;Acción;También bien\n",
    )
    assert skipped == [
        (3, "no stage: every card belongs to a stage"),
        (4, "unknown card type 'Cohete'"),
        (6, "the lane 'Emociones' does not take 'Acción' cards"),
        (7, "an emotion card needs its emotion score"),
        (8, "the emotion score '1,5' is not a whole number"),
        (9, "the value 'mucho' is not a number"),
        (10, "title: String should have at most 300 characters"),
        (11, "the emotion score 500 is outside −100…100"),
    ]
    assert sum(len(p.timeline.cards) for p in journey.personas) == cards + 2
    assert journey.emotion_scale.scores() == [-2, -1, 0, 1, 2]  # skipped rows add nothing


def test_a_full_scale_refuses_new_scores() -> None:
    journey = load_map(SNEAKERS)
    text = "Persona;Etapa;Tipo;Puntuación emocional\n" + "".join(
        f"Irene Soto;Uso;Emoción;{score}\n" for score in range(3, 10)
    )
    journey, skipped = merged(journey, text)
    assert journey.emotion_scale.scores() == [-2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8]
    assert skipped == [(8, "the emotion score 9 is not on the map's scale, which is full (11 levels)")]


def test_a_new_map_takes_the_scores_of_its_rows() -> None:
    table = rows("Stage;Type;Emotion score\nA;Emotion;-5\nA;Emotion;7\nA;Emotion;0\n")
    journey, plan = map_from_rows(table.rows, "t", "en")
    assert plan.skipped == []
    assert journey.emotion_scale.scores() == [-5, -2, -1, 0, 1, 2, 7]
    assert [c.score for c in journey.personas[0].timeline.cards if isinstance(c, EmotionCard)] == [-5, 7, 0]
    wide = rows("Stage;Type;Emotion score\n" + "".join(f"A;Emotion;{s * 10}\n" for s in range(-5, 6)))
    journey, plan = map_from_rows(wide.rows, "t", "en")
    assert plan.skipped == []
    assert journey.emotion_scale.scores() == [s * 10 for s in range(-5, 6)]


def test_merging_a_maps_own_inventory_doubles_every_card_and_adds_no_structure() -> None:
    journey = load_map(SNEAKERS)
    table = read_inventory(export_bytes(journey, Format.CSV), Format.CSV)
    structure = [
        ([s.name for s in p.timeline.stages], [lane.name for lane in p.timeline.lanes])
        for p in journey.personas
    ]
    cards = sum(len(p.timeline.cards) for p in journey.personas)
    plan = plan_rows(journey, table.rows)
    assert plan.skipped == []
    assert all(isinstance(edit, ed.AddCard) for edit in plan.edits)
    ed.apply_all(journey, plan.edits)
    assert sum(len(p.timeline.cards) for p in journey.personas) == 2 * cards
    assert [
        ([s.name for s in p.timeline.stages], [lane.name for lane in p.timeline.lanes])
        for p in journey.personas
    ] == structure


@pytest.mark.parametrize("cells", [{}, {Column.TITLE: "   "}, {Column.TITLE: None, Column.STAGE: ""}])
def test_blank_rows_are_ignored(cells: dict[Column, object]) -> None:
    journey = load_map(SNEAKERS)
    plan = plan_rows(journey, [InventoryRow(2, cells)])  # type: ignore[arg-type]
    assert (plan.edits, plan.skipped, plan.cards) == ([], [], 0)
