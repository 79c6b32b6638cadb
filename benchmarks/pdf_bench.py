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
from pathlib import Path

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
    print(f"poster export, {args.cards} cards: {poster * 1000:8.1f} ms (median of {args.runs})")
    print(f"ReportLab, {args.cards} boxes:      {direct * 1000:8.1f} ms (median of {args.runs})")
    print(f"ratio: {poster / direct:.1f}×")

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
