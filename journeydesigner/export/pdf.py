"""PDF export entry point: poster, tiled wall poster, worksheet (and handouts, written elsewhere). No Qt.

:func:`export_pdf` draws into memory and then replaces the target file in one
step, so a failed export never leaves a half-written PDF behind.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from journeydesigner.export.analysis_page import analysis_page_count, draw_analysis_pages
from journeydesigner.export.fonts import REGULAR, register_fonts
from journeydesigner.export.labels import pick
from journeydesigner.export.metadata import set_metadata
from journeydesigner.export.options import PAPER_SIZES, PdfLayout, PdfOptions
from journeydesigner.export.pdf_page import PdfContext
from journeydesigner.export.poster import draw_posters, poster_page_count
from journeydesigner.export.tiles import draw_tiles, tiles_page_count
from journeydesigner.export.worksheet import draw_worksheets, worksheet_page_count
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.storage.atomic import atomic_write_bytes
from journeydesigner.storage.errors import os_error_reason

_SUBJECTS = {
    PdfLayout.POSTER: ("Póster del mapa de experiencia", "Journey map poster"),
    PdfLayout.TILES: ("Póster de pared en hojas", "Tiled wall poster"),
    PdfLayout.WORKSHEET: ("Plantilla de trabajo en blanco", "Blank worksheet"),
}


class ExportError(Exception):
    """An export that could not be done; ``str()`` is one line for the user."""


def chosen_personas(journey: JourneyMap, options: PdfOptions) -> list[Persona]:
    """The personas *options* asks for, in map order (all when none is named)."""
    if not options.personas:
        return list(journey.personas)
    known = {p.id for p in journey.personas}
    unknown = [pid for pid in options.personas if pid not in known]
    if unknown:
        raise ExportError(f"unknown persona id {unknown[0]!r}")
    wanted = set(options.personas)
    return [p for p in journey.personas if p.id in wanted]


def export_pdf(journey: JourneyMap, target: str | Path | BinaryIO, options: PdfOptions) -> int:
    """Write *journey* as a PDF laid out as *options* says to *target*; return the page count.

    *target* is a path (replaced atomically) or a binary file object.
    Raises :class:`ExportError` with a one-line message.
    """
    if options.paper not in PAPER_SIZES:
        raise ExportError(f"unknown paper size {options.paper!r} (choose from: {', '.join(PAPER_SIZES)})")
    if not options.scale > 0:
        raise ExportError("the print scale must be greater than zero")
    buffer = io.BytesIO()
    if options.layout == PdfLayout.HANDOUTS:
        # Written by the handouts module; imported here so a poster never loads it.
        from journeydesigner.export.handouts import write_handouts

        pages = write_handouts(journey, options, buffer)
    else:
        pages = _write(journey, options, buffer)
    data = buffer.getvalue()
    if isinstance(target, str | Path):
        try:
            atomic_write_bytes(target, data)
        except OSError as exc:
            raise ExportError(f"{target}: cannot write the PDF: {os_error_reason(exc, saving=True)}") from exc
    else:
        target.write(data)
    return pages


def _write(journey: JourneyMap, options: PdfOptions, buffer: BinaryIO) -> int:
    personas = chosen_personas(journey, options)
    if not personas:
        raise ExportError(f"{journey.title}: the map has no personas to export")
    register_fonts()
    # The initial font must be an embedded one: ReportLab's default Helvetica
    # would otherwise be named in every page's resources.
    canvas = Canvas(
        buffer, pagesize=options.page_size(), initialFontName=REGULAR, initialFontSize=10, pageCompression=1
    )
    spanish, english = _SUBJECTS[options.layout]
    set_metadata(canvas, journey, options, pick(journey.language, spanish, english))
    ctx = PdfContext(canvas, journey, options, personas)
    draw, count = {
        PdfLayout.POSTER: (draw_posters, poster_page_count),
        PdfLayout.TILES: (draw_tiles, tiles_page_count),
        PdfLayout.WORKSHEET: (draw_worksheets, worksheet_page_count),
    }[options.layout]
    ctx.total_pages = count(ctx) + (analysis_page_count(ctx) if options.analysis_page else 0)
    draw(ctx)
    if options.analysis_page:
        draw_analysis_pages(ctx)
    canvas.save()
    return ctx.page
