"""Hostile text in every PDF kind: markup characters, huge descriptions, emoji, right-to-left scripts."""

from __future__ import annotations

from functools import cache

import pytest

from journeydesigner.export.options import PdfLayout, PdfOptions
from journeydesigner.model.journey import JourneyMap
from journeydesigner.storage import load_map
from tests.export.pdf_helpers import (
    ROOT,
    compatible,
    export_bytes,
    font_problems,
    page_text,
    reader,
    shown,
    symbol_font_embedded,
)

MARKUP = "<b>&amp;</b> \"x\" 'y'"
ARABIC = "مرحبا بالعالم"
HEBREW = "שלום עולם"
EMOJI = "Compra 👟🏃‍♀️ feliz"
LONG = ("Descripción muy larga con acentos áéíóú y ñ. " * 120)[:5000]


@cache
def hostile_map() -> JourneyMap:
    """The omnichannel sample with hostile titles, names and descriptions."""
    journey = load_map(ROOT / "samples" / "zapatillas-omnicanal.journey")
    data = journey.model_dump()
    data["title"] = f"Mapa {MARKUP}"
    data["organisation"] = HEBREW
    persona = data["personas"][0]
    persona["name"] = f"Irene {MARKUP}"
    persona["role"] = ARABIC
    persona["description"] = LONG
    timeline = persona["timeline"]
    timeline["stages"][0]["name"] = ARABIC
    timeline["stages"][1]["name"] = HEBREW
    timeline["stages"][2]["name"] = MARKUP
    titles = [MARKUP, ARABIC, HEBREW, EMOJI, LONG[:300], "x" * 300]
    for card, title in zip(timeline["cards"], titles, strict=False):
        card["title"] = title
        card["description"] = LONG
    timeline["connections"][0]["label"] = MARKUP
    return JourneyMap.model_validate(data)


@pytest.mark.parametrize("layout", [PdfLayout.POSTER, PdfLayout.TILES, PdfLayout.WORKSHEET], ids=str)
def test_hostile_text_prints_as_typed(layout: PdfLayout) -> None:
    journey = hostile_map()
    persona = journey.personas[0]
    data, pages = export_bytes(
        journey, PdfOptions(layout=layout, personas=(persona.id,), analysis_page=True, paper="A3")
    )
    pdf = reader(data)
    assert len(pdf.pages) == pages
    assert font_problems(pdf) == []
    text = page_text(pdf, [0])
    for wanted in [journey.title, persona.name, ARABIC, HEBREW, MARKUP]:
        # Arabic prints in its joined (presentation) forms, the same letters by NFKC.
        assert compatible(wanted) in compatible(text), wanted
    if layout != PdfLayout.WORKSHEET:
        assert symbol_font_embedded(pdf)
        # Short titles whole; the 300-character ones cut with an ellipsis, never spilling.
        for card in persona.timeline.cards[:6]:
            if card.title == EMOJI:
                # Emoji print in the symbol font; ReportLab's text map cannot give them back to a reader.
                assert "Compra" in text and "feliz" in text
            else:
                assert shown(text, card.title) or compatible(card.title) in compatible(text), card.title
        assert "&amp;amp;" not in text and "&lt;" not in text
    assert pdf.metadata is not None and pdf.metadata.title == journey.title
