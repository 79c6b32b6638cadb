"""Touchpoint inventories as CSV and Excel: round trips, encodings, delimiters, headers, numbers."""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings

from journeydesigner.interop import Format, Imported, InteropError, export_bytes, import_bytes
from journeydesigner.interop.csv_format import detect_delimiter
from journeydesigner.interop.inventory import COLUMNS, Column, headers, parse_number
from journeydesigner.model import JourneyMap
from journeydesigner.model.cards import DeviceCard, EmotionCard, MetricCard, TouchpointCard
from journeydesigner.storage import load_map
from tests.conftest import SAMPLES
from tests.strategies import journey_maps

SNEAKERS = next(p for p in SAMPLES if p.stem == "zapatillas-omnicanal")
TELECOM = next(p for p in SAMPLES if p.stem == "telecom-support")


def csv_rows(data: bytes) -> list[list[str]]:
    """The rows of CSV bytes as the csv module reads them."""
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text)))


def xlsx_rows(data: bytes) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def card_count(journey: JourneyMap) -> int:
    return sum(len(p.timeline.cards) for p in journey.personas)


# ---------------------------------------------------------------- round trips on the samples


@pytest.mark.parametrize("fmt", [Format.CSV, Format.XLSX])
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_sample_goes_to_a_file_and_back_keeping_every_row(sample: Path, fmt: Format) -> None:
    journey = load_map(sample)
    first = export_bytes(journey, fmt)
    imported = import_bytes(first, fmt, name=f"inventario{'.csv' if fmt == Format.CSV else '.xlsx'}")
    assert imported.skipped == []
    again = imported.journey
    assert card_count(again) == card_count(journey)
    assert [p.name for p in again.personas] == [p.name for p in journey.personas]
    for old, new in zip(journey.personas, again.personas, strict=True):
        assert [s.name for s in new.timeline.stages] == [s.name for s in old.timeline.stages]
        assert [(lane.name, lane.kind) for lane in new.timeline.lanes] == [
            (lane.name, lane.kind) for lane in old.timeline.lanes
        ]
    second = export_bytes(again, fmt)
    if fmt == Format.CSV:
        assert second == first  # byte for byte
    else:
        assert xlsx_rows(second) == xlsx_rows(first)
    assert again.language == journey.language
    assert again.title == "inventario"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_the_csv_holds_one_row_per_card_with_the_cards_fields(sample: Path) -> None:
    journey = load_map(sample)
    rows = csv_rows(export_bytes(journey, Format.CSV))
    assert rows[0] == headers(journey.language)
    assert len(rows) == 1 + card_count(journey)
    channels = {c.id: c.name for c in journey.channels}
    devices = {d.id: d.name for d in journey.devices}
    expected = []
    for persona in journey.personas:
        stage_rank = {s.id: i for i, s in enumerate(persona.timeline.stages)}
        lane_rank = {lane.id: i for i, lane in enumerate(persona.timeline.lanes)}
        ordered = sorted(persona.timeline.cards, key=lambda c: (stage_rank[c.stage], lane_rank[c.lane]))
        expected += [(persona, card) for card in ordered]
    for values, (persona, card) in zip(rows[1:], expected, strict=True):
        row = dict(zip(COLUMNS, values, strict=True))
        assert row[Column.PERSONA] == persona.name
        assert row[Column.STAGE] == journey.index.stages[card.stage][1].name
        assert row[Column.LANE] == journey.index.lanes[card.lane][1].name
        assert (row[Column.TITLE], row[Column.DESCRIPTION]) == (card.title, card.description)
        if isinstance(card, TouchpointCard):
            assert row[Column.CHANNEL] == (channels[card.channel] if card.channel else "")
            assert row[Column.DEVICES] == ", ".join(devices[d] for d in card.devices)
            assert row[Column.OWNER] == card.owner
        elif isinstance(card, DeviceCard):
            assert row[Column.DEVICES] == devices[card.device]
        elif isinstance(card, EmotionCard):
            assert int(row[Column.EMOTION_SCORE]) == card.score
        elif isinstance(card, MetricCard):
            assert row[Column.METRIC_NAME] == card.name
            assert row[Column.UNIT] == card.unit
            assert card.value is None or parse_number(row[Column.VALUE]) == card.value
            assert card.target is None or parse_number(row[Column.TARGET]) == card.target
        else:
            assert row[Column.CHANNEL] == row[Column.EMOTION_SCORE] == row[Column.VALUE] == ""


def test_csv_is_utf8_with_a_bom_and_follows_excel_in_the_maps_language() -> None:
    spanish = export_bytes(load_map(SNEAKERS), Format.CSV)
    assert spanish.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in spanish
    text = spanish.decode("utf-8-sig")
    assert text.startswith("Persona;Etapa;Carril;Tipo;Título;")
    assert ";Métrica;CTR de anuncios de búsqueda;" in text
    assert ";3,1;%;" in text  # decimal comma in Spanish
    english = export_bytes(load_map(TELECOM), Format.CSV).decode("utf-8-sig")
    assert english.startswith("Persona,Stage,Lane,Type,Title,Description,Channel,Devices,Emotion score,")
    assert ",Touchpoint," in english


def test_xlsx_has_a_bold_frozen_filtered_header_and_sized_columns() -> None:
    data = export_bytes(load_map(SNEAKERS), Format.XLSX)
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    assert sheet.title == "Inventario"
    assert [c.value for c in sheet[1]] == headers("es")
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:N{sheet.max_row}"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEF"}
    assert widths["F"] == 60  # descriptions are long: capped
    assert 8 <= widths["A"] < widths["F"]
    # Numbers are numbers, not text.
    values = [row[11] for row in sheet.iter_rows(min_row=2, values_only=True) if row[11] is not None]
    assert values and all(isinstance(v, int | float) for v in values)


# ---------------------------------------------------------------- reading what people write


def _csv(text: str, encoding: str = "utf-8") -> bytes:
    return text.encode(encoding)


def test_semicolons_or_commas_and_a_bom_or_none() -> None:
    body = "Etapa;Tipo;Título;Canal\nCompra;Punto de contacto;Pago con Bizum, sin registro;Web\n"
    for data in (_csv(body), codecs.BOM_UTF8 + _csv(body)):
        journey = import_bytes(data, Format.CSV, name="a.csv").journey
        card = journey.personas[0].timeline.cards[0]
        assert card.title == "Pago con Bizum, sin registro"
        assert isinstance(card, TouchpointCard)
    comma = 'Stage,Type,Title\nBuy,Touchpoint,"Pays; quickly"\n'
    journey = import_bytes(_csv(comma), Format.CSV, name="b.csv").journey
    assert journey.language == "en"
    assert journey.personas[0].name == "Customer"
    assert journey.personas[0].timeline.cards[0].title == "Pays; quickly"


def test_delimiter_detection_counts_outside_quotes() -> None:
    assert detect_delimiter('"Etapa; con punto y coma","Tipo"\n') == ","
    assert detect_delimiter("Etapa;Tipo;Título\n") == ";"
    assert detect_delimiter("Stage\tType\tTitle\n") == "\t"
    assert detect_delimiter("\n\nStage\n") == ","


def test_windows_1252_and_utf16_files_from_excel() -> None:
    body = "Etapa;Tipo;Título\nEvaluación;Acción;Compara «modelos»\n"
    for data in (body.encode("cp1252"), body.replace(";", "\t").encode("utf-16")):
        journey = import_bytes(data, Format.CSV, name="excel.csv").journey
        persona = journey.personas[0]
        assert persona.timeline.stages[0].name == "Evaluación"
        assert persona.timeline.cards[0].title == "Compara «modelos»"


def test_headers_in_either_language_ignoring_case_accents_and_order() -> None:
    data = _csv(
        "TITULO,descripcion,ETAPA,tipo,Puntuacion Emocional,persona,Notes column\n"
        "Feliz,,Uso,emocion,2,Ana,ignored\n"
        "Rating,,Uso,Metric,,Ana,\n"
    )
    journey = import_bytes(data, Format.CSV, name="x.csv").journey
    cards = journey.personas[0].timeline.cards
    assert [c.type for c in cards] == ["emotion", "metric"]
    assert isinstance(cards[0], EmotionCard) and cards[0].score == 2
    assert journey.language == "es"


def test_numbers_with_decimal_commas_points_and_thousands() -> None:
    assert parse_number("3,1") == 3.1
    assert parse_number("1.234,5") == 1234.5
    assert parse_number("1,234.5") == 1234.5
    assert parse_number(" 1 234,5 ") == 1234.5
    assert parse_number("−2") == -2
    assert parse_number("1e3") == 1000
    for bad in ("", "abc", "nan", "inf", "1e999", "3,1 %"):
        with pytest.raises(ValueError):
            parse_number(bad)


def test_a_quoted_field_over_several_lines_and_line_numbers_after_it() -> None:
    data = _csv(
        "Etapa;Tipo;Título;Descripción\n"
        'Uso;Nota;Nota larga;"Primera línea\nsegunda línea\r\ntercera"\n'
        "Uso;Nada;Mal tipo;\n"
    )
    imported = import_bytes(data, Format.CSV, name="x.csv")
    note = imported.journey.personas[0].timeline.cards[0]
    assert note.description == "Primera línea\nsegunda línea\r\ntercera"
    assert [(s.line, s.reason) for s in imported.skipped] == [(5, "unknown card type 'Nada'")]


def test_formulas_are_neutralised_in_csv_and_kept_as_text_in_excel() -> None:
    journey = import_bytes(_csv("Etapa;Tipo;Título\nUso;Acción;x\n"), Format.CSV, name="x.csv").journey
    card = journey.personas[0].timeline.cards[0]
    texts = ['=HYPERLINK("http://x")', "+34 600", "-", "@SUM(A1)", "'=already quoted", "normal"]
    for text in texts:
        card.title = text
        data = export_bytes(journey, Format.CSV)
        title = csv_rows(data)[1][4]
        assert not title.startswith(("=", "+", "-", "@"))
        assert (
            import_bytes(data, Format.CSV, name="x.csv").journey.personas[0].timeline.cards[0].title == text
        )
        workbook = export_bytes(journey, Format.XLSX)
        cell = openpyxl.load_workbook(io.BytesIO(workbook)).worksheets[0]["E2"]
        assert cell.data_type == "s" and cell.value == text
        assert (
            import_bytes(workbook, Format.XLSX, name="x.xlsx").journey.personas[0].timeline.cards[0].title
            == text
        )


def test_an_xlsx_written_by_hand_with_numbers_blank_rows_and_other_columns() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append([None])
    sheet.append(["ID", "Persona", "Stage", "Type", "Title", "Value", "Target", "Emotion score"])
    sheet.append([1, "Priya", "Diagnosis", "Metric", "Handle time", 7.5, 6, None])
    sheet.append([])
    sheet.append([2, "Priya", "Diagnosis", "Emotion", "Relieved", None, None, 1.0])
    sheet.append([3, "Priya", "Diagnosis", "Emotion", "Torn", None, None, 0.5])
    buffer = io.BytesIO()
    workbook.save(buffer)
    imported = import_bytes(buffer.getvalue(), Format.XLSX, name="hand.xlsx")
    assert [(s.line, s.reason) for s in imported.skipped] == [
        (6, "the emotion score '0.5' is not a whole number")
    ]
    cards = imported.journey.personas[0].timeline.cards
    assert isinstance(cards[0], MetricCard) and (cards[0].value, cards[0].target) == (7.5, 6.0)
    assert isinstance(cards[1], EmotionCard) and cards[1].score == 1


@pytest.mark.parametrize(
    ("data", "fmt", "words"),
    [
        (b"", Format.CSV, "line 1: the file is empty"),
        (b"\xef\xbb\xbf\r\n \r\n", Format.CSV, "line 1: the file is empty"),
        (b"Apellido;Edad\nRoig;40\n", Format.CSV, "line 1: no header row"),
        (b"\n\nTitle,Type\nx,Action\n", Format.CSV, "line 3: the header has no stage column"),
        (b"Stage,Stage\nA,B\n", Format.CSV, "line 1: two columns are called 'Stage'"),
        (b"Stage,Type\n", Format.CSV, "the file has a header but no rows"),
        (
            b"Stage,Type\nA,Rocket\n",
            Format.CSV,
            "its only row could not be placed; line 2: unknown card type",
        ),
        (b"Stage,Type\nA,Rocket\n,Action\n", Format.CSV, "none of its 2 rows could be placed; line 2:"),
        (b"Stage,Type\nA,Action\nB," + b"x" * 200_000 + b"\n", Format.CSV, "line 3: not valid CSV"),
        (b"PK\x03\x04 not really a zip", Format.XLSX, "not an Excel workbook"),
        (b"Stage,Type\nA,Action\n", Format.XLSX, "not an Excel workbook"),
    ],
)
def test_files_that_cannot_be_imported_say_why_in_one_line(data: bytes, fmt: Format, words: str) -> None:
    with pytest.raises(InteropError) as caught:
        import_bytes(data, fmt, name="x")
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


# ---------------------------------------------------------------- properties


def _placed(data: bytes, fmt: Format, cards: int) -> Imported | None:
    """The import of a file written from a map of *cards* cards, or None when no row could be
    placed (only for the reasons the planner gives)."""
    try:
        imported = import_bytes(data, fmt, name="x")
    except InteropError as exc:
        assert "be placed" in str(exc) or (cards == 0 and "header but no rows" in str(exc))
        return None
    # Rows are skipped only with a reason (say, two lanes of one name where the named one cannot
    # take the card), never lost.
    assert all(s.reason for s in imported.skipped)
    assert card_count(imported.journey) + len(imported.skipped) == cards
    return imported


def _multiset(rows: list[list[str]]) -> Counter[tuple[str, ...]]:
    return Counter(tuple(row) for row in rows[1:])


@settings(max_examples=60)
@given(journey_maps(max_personas=3))
def test_any_map_written_as_csv_comes_back_and_the_csv_then_stays_the_same(journey: JourneyMap) -> None:
    first = export_bytes(journey, Format.CSV)
    imported = _placed(first, Format.CSV, card_count(journey))
    if imported is None:
        return
    second = export_bytes(imported.journey, Format.CSV)
    again = import_bytes(second, Format.CSV, name="x.csv")
    assert again.skipped == []
    # csv → journey → csv keeps every row.
    assert _multiset(csv_rows(export_bytes(again.journey, Format.CSV))) == _multiset(csv_rows(second))
    assert export_bytes(again.journey, Format.CSV) == second


@settings(max_examples=30)
@given(journey_maps(max_personas=2))
def test_any_map_written_as_xlsx_comes_back(journey: JourneyMap) -> None:
    imported = _placed(export_bytes(journey, Format.XLSX), Format.XLSX, card_count(journey))
    if imported is None:
        return
    second = export_bytes(imported.journey, Format.XLSX)
    again = import_bytes(second, Format.XLSX, name="x.xlsx")
    assert again.skipped == []
    assert xlsx_rows(export_bytes(again.journey, Format.XLSX)) == xlsx_rows(second)
