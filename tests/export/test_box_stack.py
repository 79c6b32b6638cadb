"""A stack of card boxes lays out exactly as a frame places the boxes one by one (no Qt)."""

from __future__ import annotations

import io
import random
from typing import Any

import pytest
from reportlab.lib.colors import black, lightblue, red
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from journeydesigner.export.fonts import register_fonts
from journeydesigner.export.handout_blocks import Box, BoxStack, accent_bar
from journeydesigner.export.rich_text import RichText, Span

WORDS = ["compara", "precios", "lee", "opiniones", "pide", "ayuda", "recibe", "pedido", "caja", "talla"]


def boxes(seed: int) -> list[Box]:
    """Cards of one to a few hundred words, some with a face's minimum height, each with space after."""
    rng = random.Random(seed)
    made = []
    for _ in range(60):
        words = rng.choice([1, 3, 12, 40, 300])
        text = RichText([[Span(" ".join(rng.choice(WORDS) for _ in range(words)))]], black)
        box = Box([text], 10, accent_bar(red), lightblue, min_height=rng.choice([0.0, 0.0, 36.0]))
        box.spaceAfter = 4
        made.append(box)
    return made


def drawn(story: list[Flowable], page: tuple[float, float]) -> list[tuple[int, str, float, float]]:
    """(page, text, x, y) of every string drawn, in absolute page coordinates."""
    register_fonts()
    calls: list[tuple[int, str, float, float]] = []

    class Recording(Canvas):  # type: ignore[misc]
        def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
            a, b, c, d, e, f = self._currentMatrix
            where = (round(a * x + c * y + e, 6), round(b * x + d * y + f, 6))
            calls.append((self.getPageNumber(), text, *where))
            super().drawString(x, y, text, *args, **kwargs)

    doc = SimpleDocTemplate(io.BytesIO(), pagesize=page, initialFontName="JD-Sans")
    doc.build(story, canvasmaker=Recording)
    return calls


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("page", [(300.0, 420.0), (595.0, 842.0)])
def test_a_stack_places_and_splits_its_boxes_as_the_frame_does_one_by_one(
    seed: int, page: tuple[float, float]
) -> None:
    one_by_one = drawn([Spacer(1, 30), *boxes(seed)], page)
    stacked = drawn([Spacer(1, 30), BoxStack(boxes(seed))], page)
    assert len({p for p, *_ in one_by_one}) > 2  # the boxes run over several pages, some split
    assert stacked == one_by_one


def test_a_stack_makes_its_boxes_as_the_frame_reaches_them() -> None:
    page = (300.0, 420.0)
    made: list[int] = []

    def make(index: int) -> Box:
        made.append(index)
        return boxes(1)[index]

    lazy = BoxStack(list(range(60)), make)
    assert made == [59]  # only the last, whose space after the stack takes
    assert drawn([Spacer(1, 30), lazy], page) == drawn([Spacer(1, 30), *boxes(1)], page)
    assert sorted(set(made)) == list(range(60))
