"""Opacity in the exports: set only where something is translucent, and never left on for what follows."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas

from benchmarks.make_map import make_map
from journeydesigner.export.options import Orientation, PdfLayout, PdfOptions
from journeydesigner.model.journey import JourneyMap
from journeydesigner.storage import load_map
from tests.export.pdf_helpers import SAMPLES, export_bytes, reader

# The operators that matter here: save, restore, set a graphics state, begin text.
_OPERATOR = re.compile(rb"/([A-Za-z0-9_.]+)\s+gs\b|(?<![A-Za-z])(q|Q|BT)(?![A-Za-z])")


@cache
def sample(path: Path) -> JourneyMap:
    return load_map(path)


def text_opacities(page: Any) -> tuple[list[float], set[float]]:
    """The fill opacity in force where each text object of *page* begins, and every opacity it sets."""
    states = page.get("/Resources", {}).get("/ExtGState", {})
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""
    stack: list[float] = []
    current = 1.0
    at_text: list[float] = []
    seen: set[float] = set()
    for match in _OPERATOR.finditer(data):
        name, operator = match.groups()
        if name is not None:
            state = states[f"/{name.decode()}"].get_object()
            current = float(state.get("/ca", current))
            seen.add(current)
        elif operator == b"q":
            stack.append(current)
        elif operator == b"Q":
            current = stack.pop()
        else:
            at_text.append(current)
    return at_text, seen


@pytest.mark.parametrize("layout", list(PdfLayout), ids=str)
def test_text_is_never_translucent(layout: PdfLayout) -> None:
    journey = sample(SAMPLES[-1])
    data, _ = export_bytes(journey, PdfOptions(layout=layout))
    translucent: set[float] = set()
    for number, page in enumerate(reader(data).pages):
        at_text, seen = text_opacities(page)
        assert at_text or number > 0, "the first page has text"
        assert all(opacity == 1.0 for opacity in at_text), f"page {number + 1}: text drawn at {at_text}"
        translucent |= {opacity for opacity in seen if opacity < 1.0}
    if layout is PdfLayout.TILES:
        # The assembly plan's page numbers sit on translucent boxes: the check above saw them.
        assert translucent == {0.85}
    else:
        assert not translucent


def test_a_handout_pack_sets_no_opacity_per_card() -> None:
    # ReportLab sets a colour object's opacity with every fill, even at 1: the exports
    # fill with plain RGB instead (pdf_draw.fill_with), two or three fills a card.
    calls = 0
    original = Canvas.setFillAlpha

    def counting(self: Canvas, alpha: float) -> None:
        nonlocal calls
        calls += 1
        original(self, alpha)

    journey = make_map(personas=2, cards=400, seed=5)
    options = PdfOptions(layout=PdfLayout.HANDOUTS, paper="A4", orientation=Orientation.PORTRAIT)
    Canvas.setFillAlpha = counting  # type: ignore[method-assign]
    try:
        export_bytes(journey, options)
    finally:
        Canvas.setFillAlpha = original  # type: ignore[method-assign]
    assert calls < 100, f"{calls} opacity calls for 400 cards"
