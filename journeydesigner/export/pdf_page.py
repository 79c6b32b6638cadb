"""What every page of the poster, tiles, worksheet and analysis PDFs shares. No Qt.

:class:`PdfContext` carries the canvas, the map, the options and the page
count; :func:`draw_title_block` prints the map's title, the persona, the
organisation, the date and "Página 1 de 3" at the top of a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm

from journeydesigner.export.draw_timeline import TimelineStyle, ascent
from journeydesigner.export.fonts import text_width
from journeydesigner.export.labels import page_label, pick
from journeydesigner.export.options import PdfOptions
from journeydesigner.export.pdf_draw import Canvas, Palette, draw_text
from journeydesigner.export.text import clean, fit_line
from journeydesigner.layout import colours
from journeydesigner.layout.timeline import TimelineLayout
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona

MARGIN = 12 * mm

_MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass
class PdfContext:
    """One PDF being written: canvas, map, options, chosen personas and page numbering."""

    canvas: Canvas
    journey: JourneyMap
    options: PdfOptions
    personas: list[Persona]
    total_pages: int = 0
    page: int = 0

    @property
    def language(self) -> str:
        """The map's language: it picks the fixed words."""
        return self.journey.language

    @property
    def palette(self) -> Palette:
        """Colours, or greys for a greyscale export."""
        return Palette(self.options.greyscale)

    @property
    def timeline_style(self) -> TimelineStyle:
        """How timelines are drawn in this PDF."""
        return TimelineStyle(self.palette, self.language, self.options.connections)

    def begin_page(self, size: tuple[float, float]) -> None:
        """Start the next page at *size* (points)."""
        self.page += 1
        self.canvas.setPageSize(size)

    def end_page(self) -> None:
        """Finish the current page."""
        self.canvas.showPage()

    def page_label(self) -> str:
        """ "Página 2 de 9" for the current page."""
        return page_label(self.language, self.page, self.total_pages)

    def organisation(self) -> str:
        """The organisation printed on the page: the map's, or the one the options give."""
        return self.journey.organisation or self.options.organisation


def local_date(journey: JourneyMap, language: str) -> str:
    """The map's last change as a local date in words ("2 de abril de 2025" / "2 April 2025")."""
    when: datetime = journey.modified.astimezone()
    if pick(language, "es", "en") == "es":
        return f"{when.day} de {_MONTHS_ES[when.month - 1]} de {when.year}"
    return f"{when.day} {_MONTHS_EN[when.month - 1]} {when.year}"


def title_size(page_width: float) -> float:
    """The title's font size: larger paper, larger title (16 pt on A4 up to 40 pt)."""
    return max(16.0, min(40.0, page_width / 42))


def draw_title_block(
    ctx: PdfContext,
    persona: Persona | None,
    left: float,
    top: float,
    width: float,
    size: float,
    *,
    note: str = "",
    show_date: bool = True,
    show_page: bool = True,
) -> float:
    """Title, persona (name · role), organisation, date and page label; return the block's bottom y.

    Coordinates are the page's (y up). The right column holds organisation,
    *note* (such as "Análisis"), date and page; the title and persona lines
    take what is left.
    """
    canvas, palette = ctx.canvas, ctx.palette
    small = size * 0.5
    line1 = top - ascent(size, True)
    line2 = line1 - size * 0.95
    right = [ctx.organisation()]
    right2 = [
        note,
        local_date(ctx.journey, ctx.language) if show_date else "",
        ctx.page_label() if show_page else "",
    ]
    right_text = [clean(t) for t in right if t]
    right_text2 = " · ".join(t for t in right2 if t)
    right_width = min(
        width * 0.4,
        max([text_width(t, small) for t in [*right_text, right_text2] if t] or [0.0]),
    )
    main_width = width - right_width - (size if right_width else 0)
    palette.fill(canvas, colours.TEXT)
    draw_text(canvas, left, line1, ctx.journey.title, size, bold=True, width=main_width)
    if persona is not None:
        name_size = size * 0.62
        name = fit_line(persona.name, main_width, name_size, bold=True)
        palette.fill(canvas, persona.color)
        canvas.circle(left + name_size * 0.35, line2 + name_size * 0.33, name_size * 0.35, stroke=0, fill=1)
        x = left + name_size
        palette.fill(canvas, colours.TEXT)
        draw_text(canvas, x, line2, name, name_size, bold=True)
        x += text_width(name, name_size, bold=True)
        if persona.role and x + name_size < left + main_width:
            palette.fill(canvas, colours.TEXT_MUTED)
            # The separator apart from the role: a right-to-left role would carry it to its far end.
            separator = " · "
            draw_text(canvas, x, line2, separator, name_size * 0.8)
            x += text_width(separator, name_size * 0.8)
            draw_text(canvas, x, line2, persona.role, name_size * 0.8, width=left + main_width - x)
    palette.fill(canvas, colours.TEXT_MUTED)
    if right_text:
        draw_text(canvas, left + width, line1, right_text[0], small, width=right_width, align="right")
    if right_text2:
        draw_text(canvas, left + width, line2, right_text2, small, width=right_width, align="right")
    bottom = line2 - size * 0.45
    canvas.setLineWidth(max(0.5, size / 24))
    palette.stroke(canvas, colours.GRID)
    canvas.line(left, bottom, left + width, bottom)
    return bottom


def place_layout(
    canvas: Canvas,
    layout: TimelineLayout,
    left: float,
    bottom: float,
    width: float,
    height: float,
    max_scale: float = 3.0,
) -> float:
    """Scale and move the canvas so *layout* fits the box, centred across and at its top.

    Afterwards a layout point (x, y) is drawn with canvas coordinates (x, -y).
    Returns the scale.
    """
    if layout.width <= 0 or layout.height <= 0:
        return 1.0
    scale = min(width / layout.width, height / layout.height, max_scale)
    x = left + (width - layout.width * scale) / 2
    canvas.translate(x, bottom + height)
    canvas.scale(scale, scale)
    return scale
