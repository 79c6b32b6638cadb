"""Time PDF exports against ReportLab drawing as much directly, in the same run.

    python benchmarks/pdf_bench.py [--cards 1000] [--personas 10] [--runs 5]

Two figures: the poster of a 1,000-card persona, and the handout pack of a
10-persona map (1,000 cards each). The baseline draws one rounded box and
two strings per card, in the bundled font, on as many pages of the same size
as the export made: the least any exporter must do.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from benchmarks.make_map import make_map  # noqa: E402
from journeydesigner.export.fonts import BOLD, REGULAR, register_fonts  # noqa: E402
from journeydesigner.export.options import Orientation, PdfLayout, PdfOptions  # noqa: E402
from journeydesigner.export.pdf import export_pdf  # noqa: E402


def median_seconds(action: object, runs: int) -> float:
    """The median wall time of *runs* calls of *action*."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def baseline(cards: int, page: tuple[float, float], pages: int = 1) -> None:
    """ReportLab alone: a box and two strings per card, in a grid over *pages* pages."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page, initialFontName=REGULAR, pageCompression=1)
    per_page = -(-cards // pages)
    columns = 40 if pages == 1 else 4
    width, height = page[0] / columns, page[1] / (per_page // columns + 1)
    for i in range(cards):
        if i and i % per_page == 0:
            canvas.showPage()
        slot = i % per_page
        x, y = (slot % columns) * width, page[1] - (slot // columns + 1) * height
        canvas.setFillColorRGB(0.9, 0.94, 0.98)
        canvas.roundRect(x + 1, y + 1, width - 2, height - 2, 2, stroke=1, fill=1)
        canvas.setFillColorRGB(0.1, 0.1, 0.1)
        canvas.setFont(BOLD, 3)
        canvas.drawString(x + 2, y + height - 4, f"Tarjeta número {i}")
        canvas.setFont(REGULAR, 2.5)
        canvas.drawString(x + 2, y + 2, "Web · Móvil")
    canvas.showPage()
    canvas.save()


@dataclass(frozen=True)
class DrawingCounts:
    """What an export draws: ReportLab's drawing calls by name, the strings' characters, the pages."""

    calls: dict[str, int]
    characters: int
    pages: int

    @property
    def strings(self) -> int:
        return sum(self.calls.get(name, 0) for name in _STRINGS)

    @property
    def shapes(self) -> int:
        return sum(self.calls.get(name, 0) for name in _SHAPES)


_SHAPES = ("rect", "roundRect", "circle", "ellipse", "drawPath", "line", "doForm")
_STRINGS = ("drawString", "drawRightString", "drawCentredString")


def drawing_counts(journey: Any, options: PdfOptions) -> DrawingCounts:
    """Count the drawing calls one export makes on ReportLab's canvas (a stamped form: once per stamp)."""
    calls: dict[str, int] = {}
    characters = 0
    originals = {name: getattr(Canvas, name) for name in (*_SHAPES, *_STRINGS)}

    def counting(name: str) -> Any:
        original = originals[name]

        def wrapper(self: Canvas, *args: Any, **kwargs: Any) -> Any:
            nonlocal characters
            calls[name] = calls.get(name, 0) + 1
            if name in _STRINGS:
                characters += len(str(args[2]))
            return original(self, *args, **kwargs)

        return wrapper

    try:
        for name in originals:
            setattr(Canvas, name, counting(name))
        pages = export_pdf(journey, io.BytesIO(), options)
    finally:
        for name, original in originals.items():
            setattr(Canvas, name, original)
    return DrawingCounts(calls, characters, pages)


def same_drawing(counts: DrawingCounts, page: tuple[float, float]) -> None:
    """ReportLab alone making the same drawing calls as the export: each kind as often, strings as long.

    Every shape and string gets its own fill colour (the export sets fewer),
    spread evenly over as many pages of the same size.
    """
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page, initialFontName=REGULAR, pageCompression=1)
    canvas.beginForm("stamp", 0, 0, 14, 14)
    canvas.circle(7, 9, 4, stroke=1, fill=0)
    canvas.line(3, 2, 11, 2)
    canvas.endForm()
    text = ("Tarjeta número uno con acentos áéí " * 8)[
        : max(1, round(counts.characters / max(1, counts.strings)))
    ]
    kinds = [name for name in (*_SHAPES, *_STRINGS) for _ in range(counts.calls.get(name, 0))]
    per_page = -(-len(kinds) // max(1, counts.pages))
    columns = 12
    width, height = page[0] / columns, page[1] / (per_page // columns + 1)
    for i, kind in enumerate(kinds):
        if i and i % per_page == 0:
            canvas.showPage()
        slot = i % per_page
        x, y = (slot % columns) * width, page[1] - (slot // columns + 1) * height
        canvas.setFillColorRGB(0.9, 0.94, 0.98) if kind in _SHAPES else canvas.setFillColorRGB(0.1, 0.1, 0.1)
        if kind == "rect":
            canvas.rect(x + 1, y + 1, width - 2, height - 2, stroke=0, fill=1)
        elif kind == "roundRect":
            canvas.roundRect(x + 1, y + 1, width - 2, height - 2, 4, stroke=1, fill=1)
        elif kind in ("circle", "ellipse"):
            canvas.circle(x + 6, y + 6, 5, stroke=1, fill=1)
        elif kind == "drawPath":
            path = canvas.beginPath()
            path.moveTo(x, y)
            path.curveTo(x + 10, y + 20, x + 30, y - 10, x + 40, y + 5)
            path.lineTo(x + 5, y + 5)
            canvas.drawPath(path, stroke=1, fill=0)
        elif kind == "line":
            canvas.line(x, y, x + width - 2, y)
        elif kind == "doForm":
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm("stamp")
            canvas.restoreState()
        else:
            canvas.setFont(BOLD if i % 3 == 0 else REGULAR, 6)
            canvas.drawString(x + 2, y + 2, text)
    canvas.showPage()
    canvas.save()


def main(argv: list[str] | None = None) -> int:
    """Print both timings and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--personas", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    register_fonts()
    journey = make_map(personas=1, cards=args.cards, seed=1)
    options = PdfOptions()  # poster, A3 landscape
    page = options.page_size()
    export_pdf(journey, io.BytesIO(), options)  # warm up: fonts, imports
    poster = median_seconds(lambda: export_pdf(journey, io.BytesIO(), options), args.runs)
    direct = median_seconds(lambda: baseline(args.cards, page), args.runs)
    drawn = drawing_counts(journey, options)
    same = median_seconds(lambda: same_drawing(drawn, page), args.runs)
    print(f"poster export, {args.cards} cards: {poster * 1000:8.1f} ms (median of {args.runs})")
    print(f"ReportLab, {args.cards} boxes:      {direct * 1000:8.1f} ms (median of {args.runs})")
    print(f"ratio: {poster / direct:.1f}×")
    print(f"ReportLab, the same {drawn.shapes} shapes and {drawn.strings} strings: {same * 1000:8.1f} ms")
    print(f"ratio: {poster / same:.1f}×")

    pack = make_map(personas=args.personas, cards=args.cards * args.personas, seed=1)
    handouts = PdfOptions(layout=PdfLayout.HANDOUTS, paper="A4", orientation=Orientation.PORTRAIT)
    pages = export_pdf(pack, io.BytesIO(), handouts)
    runs = max(1, args.runs // 2)  # each pack is hundreds of pages
    pack_s = median_seconds(lambda: export_pdf(pack, io.BytesIO(), handouts), runs)
    pack_direct = median_seconds(
        lambda: baseline(args.cards * args.personas, handouts.page_size(), pages), runs
    )
    total = args.cards * args.personas
    print(f"handouts, {args.personas} personas, {pages} pages: {pack_s:6.2f} s (median of {runs})")
    print(f"ReportLab, {total} boxes on {pages} pages: {pack_direct:6.2f} s (median of {runs})")
    print(f"ratio: {pack_s / pack_direct:.1f}×")
    pack_drawn = drawing_counts(pack, handouts)
    pack_same = median_seconds(lambda: same_drawing(pack_drawn, handouts.page_size()), runs)
    print(
        f"ReportLab, the same {pack_drawn.shapes} shapes and {pack_drawn.strings} strings "
        f"on {pack_drawn.pages} pages: {pack_same:6.2f} s"
    )
    print(f"ratio: {pack_s / pack_same:.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
