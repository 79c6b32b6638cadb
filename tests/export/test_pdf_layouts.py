"""Poster, tiles and worksheet of every sample: pages, sizes, embedded fonts, every name in the text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from reportlab.lib import pagesizes

from journeydesigner.export.options import Orientation, PdfLayout, PdfOptions
from journeydesigner.export.tiles import tile_grid
from journeydesigner.layout.timeline import layout_timeline
from journeydesigner.model.journey import JourneyMap
from journeydesigner.storage import load_map
from tests.export.pdf_helpers import (
    SAMPLES,
    colours_used,
    export_bytes,
    font_problems,
    page_sizes,
    page_text,
    reader,
    shown,
)

LAYOUTS = [PdfLayout.POSTER, PdfLayout.TILES, PdfLayout.WORKSHEET]


@cache
def sample(path: Path) -> JourneyMap:
    return load_map(path)


def landscape(size: tuple[float, float]) -> tuple[float, float]:
    return (round(max(size), 1), round(min(size), 1))


def sheets_per_persona(journey: JourneyMap, options: PdfOptions) -> list[int]:
    """Cover plus sheets for each persona, computed as the exporter does."""
    from journeydesigner.export.pdf_page import PdfContext

    ctx = PdfContext(None, journey, options, list(journey.personas))
    counts = []
    for persona in journey.personas:
        grid = tile_grid(ctx, layout_timeline(journey, persona))
        counts.append(1 + grid.rows * grid.columns)
    return counts


@pytest.mark.parametrize("layout", LAYOUTS, ids=str)
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_every_layout_of_every_sample(path: Path, layout: PdfLayout) -> None:
    journey = sample(path)
    paper = "A3" if layout == PdfLayout.POSTER else "A4"
    options = PdfOptions(layout=layout, paper=paper)
    data, pages = export_bytes(journey, options)
    pdf = reader(data)

    assert len(pdf.pages) == pages
    expected_size = landscape(pagesizes.A3 if paper == "A3" else pagesizes.A4)
    assert set(page_sizes(pdf)) == {expected_size}
    assert font_problems(pdf) == []
    assert pdf.metadata is not None and pdf.metadata.title == journey.title

    # Which pages show each persona: its own page, or its tiles' cover.
    if layout == PdfLayout.TILES:
        counts = sheets_per_persona(journey, options)
        assert pages == sum(counts)
        starts = [sum(counts[:i]) for i in range(len(counts))]
    else:
        assert pages == len(journey.personas)
        starts = list(range(len(journey.personas)))
    for persona, start in zip(journey.personas, starts, strict=True):
        text = page_text(pdf, [start])
        names = [persona.name, *(s.name for s in persona.timeline.stages)]
        names += [lane.name for lane in persona.timeline.lanes if not lane.hidden]
        if layout != PdfLayout.WORKSHEET:
            names += [card.title for card in persona.timeline.cards if card.title]
        missing = [name for name in names if not shown(text, name)]
        assert not missing, missing
        if layout == PdfLayout.WORKSHEET:
            cards = [c.title for c in persona.timeline.cards if len(c.title) > 12]
            assert not any(title in text for title in cards)  # the cells stay empty


def test_tile_sheets_carry_their_row_and_column() -> None:
    journey = sample(SAMPLES[-1])
    options = PdfOptions(layout=PdfLayout.TILES, paper="A4", personas=(journey.personas[0].id,))
    data, pages = export_bytes(journey, options)
    pdf = reader(data)
    assert "Plan de montaje" in page_text(pdf, [0])
    assert "Fila 1 · Columna 1" in page_text(pdf, [1])
    assert f"Página {pages} de {pages}" in page_text(pdf, [pages - 1])
    sheets = page_text(pdf, list(range(1, pages)))
    assert all(shown(sheets, s.name) for s in journey.personas[0].timeline.stages)


def test_tiles_scale_and_letter_paper() -> None:
    journey = sample(SAMPLES[-1])
    persona = (journey.personas[0].id,)
    small = PdfOptions(layout=PdfLayout.TILES, paper="A3", scale=0.5, personas=persona)
    large = PdfOptions(layout=PdfLayout.TILES, paper="letter", scale=1.5, personas=persona)
    small_pdf, small_pages = export_bytes(journey, small)
    large_pdf, large_pages = export_bytes(journey, large)
    assert small_pages < large_pages
    # A3 is not a home printer's paper: tiles fall back on A4.
    assert set(page_sizes(reader(small_pdf))) == {landscape(pagesizes.A4)}
    assert set(page_sizes(reader(large_pdf))) == {landscape(pagesizes.LETTER)}


@pytest.mark.parametrize(
    ("paper", "orientation", "size"),
    [
        ("A4", Orientation.PORTRAIT, pagesizes.A4),
        ("A2", Orientation.LANDSCAPE, landscape(pagesizes.A2)),
        ("letter", Orientation.LANDSCAPE, landscape(pagesizes.LETTER)),
        ("tabloid", Orientation.PORTRAIT, pagesizes.TABLOID),
    ],
)
def test_paper_and_orientation_set_the_page_size(
    paper: str, orientation: Orientation, size: tuple[float, float]
) -> None:
    journey = sample(SAMPLES[0])
    data, _ = export_bytes(journey, PdfOptions(paper=paper, orientation=orientation))
    assert set(page_sizes(reader(data))) == {(round(size[0], 1), round(size[1], 1))}


@pytest.mark.parametrize("layout", LAYOUTS, ids=str)
def test_greyscale_uses_only_greys(layout: PdfLayout) -> None:
    journey = sample(SAMPLES[-1])
    persona = (journey.personas[0].id,)
    colour, _ = export_bytes(journey, PdfOptions(layout=layout, personas=persona, analysis_page=True))
    assert any(r != g or g != b for r, g, b in colours_used(reader(colour)))
    grey, _ = export_bytes(
        journey, PdfOptions(layout=layout, personas=persona, analysis_page=True, greyscale=True)
    )
    pdf = reader(grey)
    used = colours_used(pdf)
    assert used and all(r == g == b for r, g, b in used), sorted(used)
    # Faces and numbers still tell the emotion without colour.
    if layout == PdfLayout.POSTER:
        assert "Momento más bajo" in page_text(pdf, [0])


def test_analysis_page_is_appended_per_persona() -> None:
    journey = sample(SAMPLES[-1])
    data, pages = export_bytes(journey, PdfOptions(analysis_page=True))
    assert pages == 2 * len(journey.personas)
    pdf = reader(data)
    text = page_text(pdf, [len(journey.personas)])
    assert "Cobertura de canales por etapa" in text
    assert "Emoción media por etapa" in text
    assert journey.personas[0].name in text
    assert f"Página {pages} de {pages}" in page_text(pdf, [pages - 1])


def test_one_persona_only_and_unknown_persona() -> None:
    from journeydesigner.export.pdf import ExportError

    journey = sample(SAMPLES[-1])
    second = journey.personas[1]
    data, pages = export_bytes(journey, PdfOptions(personas=(second.id,)))
    assert pages == 1
    text = page_text(reader(data))
    assert second.name in text and journey.personas[0].name not in text
    assert "Página 1 de 1" in text
    with pytest.raises(ExportError, match="unknown persona"):
        export_bytes(journey, PdfOptions(personas=("nobody",)))


def test_writing_to_a_path_is_atomic_and_errors_name_the_file(tmp_path: Path) -> None:
    from journeydesigner.export.pdf import ExportError, export_pdf

    journey = sample(SAMPLES[0])
    target = tmp_path / "póster.pdf"
    target.write_bytes(b"old")
    assert export_pdf(journey, target, PdfOptions()) == len(journey.personas)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["póster.pdf"]  # no temporary file left
    missing = tmp_path / "no-such-folder" / "x.pdf"
    with pytest.raises(ExportError) as caught:
        export_pdf(journey, missing, PdfOptions())
    assert str(missing) in str(caught.value)
    assert "\n" not in str(caught.value)
