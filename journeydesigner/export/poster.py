"""The poster: one persona's whole timeline per page, under a title block. No Qt."""

from __future__ import annotations

from journeydesigner.export.draw_timeline import draw_timeline
from journeydesigner.export.pdf_draw import OUTLINE
from journeydesigner.export.pdf_page import MARGIN, PdfContext, draw_title_block, place_layout, title_size
from journeydesigner.layout.timeline import layout_timeline
from journeydesigner.model.persona import Persona


def poster_page_count(ctx: PdfContext) -> int:
    """One page per chosen persona."""
    return len(ctx.personas)


def draw_posters(ctx: PdfContext) -> None:
    """A page per chosen persona, in map order."""
    for persona in ctx.personas:
        draw_poster_page(ctx, persona)


def draw_poster_page(ctx: PdfContext, persona: Persona) -> None:
    """The persona's timeline scaled to fit the page inside the margins, under the title block."""
    width, height = ctx.options.page_size()
    ctx.begin_page((width, height))
    canvas = ctx.canvas
    inner = width - 2 * MARGIN
    size = title_size(min(width, height) * 1.414)
    bottom = draw_title_block(ctx, persona, MARGIN, height - MARGIN, inner, size)
    gap = size * 0.6
    layout = layout_timeline(ctx.journey, persona)
    canvas.saveState()
    scale = place_layout(canvas, layout, MARGIN, MARGIN, inner, bottom - gap - MARGIN)
    draw_timeline(canvas, ctx.journey, persona, layout, ctx.timeline_style)
    # A hairline frame: the map ends here, not at the page's edge.
    canvas.setLineWidth(0.75 / scale)
    ctx.palette.stroke(canvas, OUTLINE)
    canvas.rect(0, -layout.height, layout.width, layout.height, stroke=1, fill=0)
    canvas.restoreState()
    ctx.end_page()
