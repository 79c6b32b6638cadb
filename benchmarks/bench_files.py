"""Figures without a window: saving a map and exporting PDFs.

- save_s: ``JourneyDocument.save`` of the stress map, as File › Save does it
  (model → canonical JSON → temporary file, fsync, rename).
  save_ratio: against ``json.dumps`` of the very data written (the map as a
  dict, same indentation and encoding: the same text the file gets).
- pdf_poster_s: a poster of a 1,000-card persona (A3 landscape);
  pdf_handouts_s: the handout pack of all personas of a 10-persona map.
  pdf_ratio: the larger of the two exports' ratios against ReportLab making
  the same drawing calls directly: the export's calls are counted once (boxes,
  paths, stamped forms, strings) and replayed with strings of the same mean
  length on as many pages (``benchmarks/pdf_bench.py``'s ``same_drawing``).
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from benchmarks.bench_common import Figure, figure, ratio, repeat
from benchmarks.make_map import make_map
from benchmarks.pdf_bench import drawing_counts, same_drawing
from journeydesigner.document.document import JourneyDocument
from journeydesigner.model.journey import JourneyMap
from journeydesigner.storage.files import map_document


def measure_save(journey: JourneyMap, runs: int) -> dict[str, Figure]:
    """save_s and save_ratio on *journey*."""
    with tempfile.TemporaryDirectory(prefix="jd-bench-save-") as folder:
        target = Path(folder) / "stress.journey"
        document = JourneyDocument(journey, target)
        document.save()  # warm-up; the file exists, as on a real Save
        saves = repeat(document.save, runs)
        data = map_document(journey)
        dumps = repeat(lambda: json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False), runs)
        document.deleteLater()
    save = figure("save_s", saves, f"JourneyDocument.save of {_size(journey)}, to a local disk")
    reference = figure("save_s", dumps)
    return {
        "save_s": save,
        "save_ratio": ratio(
            "save_ratio",
            save,
            reference,
            f"against json.dumps(indent=2) of the same data: {reference.value * 1000:.0f} ms",
        ),
    }


def measure_pdf(poster_cards: int, personas: int, cards_per_persona: int, runs: int) -> dict[str, Figure]:
    """pdf_poster_s, pdf_handouts_s and pdf_ratio (export code untouched: measured only)."""
    from journeydesigner.export.fonts import register_fonts
    from journeydesigner.export.options import Orientation, PdfLayout, PdfOptions
    from journeydesigner.export.pdf import export_pdf

    register_fonts()
    poster_map = make_map(personas=1, cards=poster_cards, seed=1)
    poster = PdfOptions()  # poster, A3 landscape
    export_pdf(poster_map, io.BytesIO(), poster)  # warm-up: fonts, imports
    poster_s = repeat(lambda: export_pdf(poster_map, io.BytesIO(), poster), runs)
    poster_calls = drawing_counts(poster_map, poster)
    poster_direct = repeat(lambda: same_drawing(poster_calls, poster.page_size()), runs)

    pack = make_map(personas=personas, cards=personas * cards_per_persona, seed=1)
    handouts = PdfOptions(layout=PdfLayout.HANDOUTS, paper="A4", orientation=Orientation.PORTRAIT)
    pages = export_pdf(pack, io.BytesIO(), handouts)
    pack_runs = max(1, runs // 2)  # each pack is hundreds of pages
    pack_s = repeat(lambda: export_pdf(pack, io.BytesIO(), handouts), pack_runs)
    pack_calls = drawing_counts(pack, handouts)
    pack_direct = repeat(lambda: same_drawing(pack_calls, handouts.page_size()), pack_runs)

    poster_fig = figure("pdf_poster_s", poster_s, f"poster (A3 landscape) of a {poster_cards}-card persona")
    pack_fig = figure(
        "pdf_handouts_s",
        pack_s,
        f"handouts of {personas} personas × {cards_per_persona} cards, {pages} pages",
    )
    poster_ratio = poster_fig.value / figure("pdf_poster_s", poster_direct).value
    pack_ratio = pack_fig.value / figure("pdf_handouts_s", pack_direct).value
    return {
        "pdf_poster_s": poster_fig,
        "pdf_handouts_s": pack_fig,
        "pdf_ratio": ratio(
            "pdf_ratio",
            max(poster_ratio, pack_ratio),
            1.0,
            f"the larger of poster {poster_ratio:.2f}× and handouts {pack_ratio:.2f}× against ReportLab "
            "making the same drawing calls directly: as many boxes, paths, forms and strings of the "
            "same length on as many pages (pdf_bench.same_drawing)",
        ),
    }


def _size(journey: JourneyMap) -> str:
    cards = sum(len(p.timeline.cards) for p in journey.personas)
    return f"{len(journey.personas)} personas, {cards} cards"
