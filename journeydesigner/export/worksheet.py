"""The blank worksheet: a persona's stages and lanes with empty, ruled cells for a workshop. No Qt.

The grid is the persona's own (stage widths, lane order and names), laid
out by :func:`layout_timeline` without cards and with rows stretched to fill
the page; the emotion lane shows its scale with a face at each level, and
the title block leaves blanks for the team and the date.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from journeydesigner.export.draw_timeline import ascent, draw_grid, draw_headers, flip
from journeydesigner.export.fonts import text_width
from journeydesigner.export.labels import pick
from journeydesigner.export.pdf_draw import OUTLINE, Canvas, Palette, draw_face, draw_text
from journeydesigner.export.pdf_page import MARGIN, PdfContext, draw_title_block, place_layout, title_size
from journeydesigner.layout import colours
from journeydesigner.layout.timeline import DEFAULT_METRICS, Metrics, TimelineLayout, layout_timeline
from journeydesigner.model.cards import LaneKind
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona

RULE_SPACING = 8 * mm  # on paper: room for handwriting with a marker
EMOTION_LANE = 160.0
MARKER = 44.0  # only sets how far the scale's levels stay from the lane's edges
LEGEND_WIDTH = 30.0  # right edge of the emotion lane header kept for the faces
MIN_LANE = 64.0
PAPER_SCALE = 0.56  # the grid is narrowed until its words print at least this large


def worksheet_page_count(ctx: PdfContext) -> int:
    """One page per chosen persona."""
    return len(ctx.personas)


def draw_worksheets(ctx: PdfContext) -> None:
    """A worksheet page per chosen persona."""
    for persona in ctx.personas:
        draw_worksheet_page(ctx, persona)


def empty_layout(journey: JourneyMap, persona: Persona, width: float, height: float) -> TimelineLayout:
    """The persona's grid without cards, its rows as tall as fills a *width* × *height* box."""
    # Without cards the columns need not be as wide as on screen: narrower
    # ones (in proportion) keep the headers' words large enough to read.
    header = DEFAULT_METRICS.lane_header_width
    stages = persona.timeline.stages
    natural = sum(s.width for s in stages)
    factor = min(1.0, max(0.0, width / PAPER_SCALE - header) / max(1.0, natural))
    narrow = [s.model_copy(update={"width": max(120.0, s.width * factor)}) for s in stages]
    timeline = persona.timeline.model_copy(update={"cards": [], "connections": [], "stages": narrow})
    empty = persona.model_copy(update={"timeline": timeline})
    base = Metrics(emotion_lane_height=EMOTION_LANE, marker_size=MARKER)
    probe = layout_timeline(journey, empty, base)
    visible = [lane for lane in persona.timeline.lanes if not lane.hidden]
    plain = sum(1 for lane in visible if lane.kind != LaneKind.EMOTIONS)
    emotions = len(visible) - plain
    if not plain or probe.width <= 0:
        return probe
    # At the scale that fills the width, how tall may the layout be?
    target = height * probe.width / width
    lane = (target - base.stage_header_height - emotions * EMOTION_LANE) / plain
    lane = max(MIN_LANE, lane)
    metrics = Metrics(
        emotion_lane_height=EMOTION_LANE, marker_size=MARKER, card_height=lane - 2 * base.cell_padding
    )
    return layout_timeline(journey, empty, metrics)


def draw_worksheet_page(ctx: PdfContext, persona: Persona) -> None:
    """Title block with blanks, then the empty grid with ruled cells and the emotion scale."""
    canvas, palette, language = ctx.canvas, ctx.palette, ctx.language
    width, height = ctx.options.page_size()
    ctx.begin_page((width, height))
    inner = width - 2 * MARGIN
    size = title_size(min(width, height) * 1.414)
    note = pick(language, "Plantilla de trabajo", "Worksheet")
    bottom = draw_title_block(ctx, persona, MARGIN, height - MARGIN, inner, size, note=note, show_date=False)
    # Blanks for the team and the date, as lines to write on.
    blank_size = size * 0.5
    y = bottom - blank_size * 2.2
    x = MARGIN
    palette.fill(canvas, colours.TEXT)
    palette.stroke(canvas, OUTLINE)
    canvas.setLineWidth(0.6)
    for word, blank in (
        (pick(language, "Equipo:", "Team:"), 220.0),
        (pick(language, "Fecha:", "Date:"), 120.0),
    ):
        draw_text(canvas, x, y, word, blank_size, bold=True)
        x += text_width(word, blank_size, bold=True) + 6
        canvas.line(x, y - 2, x + blank, y - 2)
        x += blank + blank_size * 2
    top = y - blank_size * 1.4
    layout = empty_layout(ctx.journey, persona, inner, top - MARGIN)
    canvas.saveState()
    scale = place_layout(canvas, layout, MARGIN, MARGIN, inner, top - MARGIN, max_scale=2.0)
    draw_grid(canvas, layout, palette)
    _draw_rules(canvas, layout, palette, RULE_SPACING / scale)
    draw_headers(canvas, persona, layout, palette, emotion_legend=LEGEND_WIDTH)
    _draw_scale_legend(canvas, ctx.journey, layout, palette)
    canvas.setLineWidth(0.75 / scale)
    palette.stroke(canvas, OUTLINE)
    canvas.rect(0, -layout.height, layout.width, layout.height, stroke=1, fill=0)
    canvas.restoreState()
    ctx.end_page()


def _draw_rules(canvas: Canvas, layout: TimelineLayout, palette: Palette, spacing: float) -> None:
    """Light ruled lines in every cell of the plain lanes, *spacing* layout points apart."""
    pad = layout.metrics.cell_padding
    canvas.saveState()
    canvas.setLineWidth(0.5)
    palette.stroke(canvas, "#C9D1DA")
    for lane in layout.lanes:
        if lane.kind == LaneKind.EMOTIONS:
            continue
        y = lane.row.y + spacing
        while y < lane.row.bottom - pad / 2:
            for stage in layout.stages:
                canvas.line(stage.column.x + pad, flip(y), stage.column.right - pad, flip(y))
            y += spacing
    canvas.restoreState()


def _draw_scale_legend(canvas: Canvas, journey: JourneyMap, layout: TimelineLayout, palette: Palette) -> None:
    """A face, the score and the level's name at each level of the emotion lanes' headers."""
    scale = journey.emotion_scale
    span = scale.maximum - scale.minimum
    levels = scale.scores()
    for lane in layout.lanes:
        if lane.kind != LaneKind.EMOTIONS:
            continue
        top, bottom = layout.score_y(lane.lane_id, levels[-1]), layout.score_y(lane.lane_id, levels[0])
        gap = (bottom - top) / max(1, len(levels) - 1)
        face = max(8.0, min(20.0, gap - 4))
        header = lane.header
        face_x = header.right - 6 - face / 2
        for score in levels:
            y = layout.score_y(lane.lane_id, score)
            fraction = (score - scale.minimum) / span if span else 0.5
            draw_face(canvas, face_x, flip(y), face, fraction, palette, OUTLINE)
            number = f"{score:+d}" if score else "0"
            palette.fill(canvas, colours.TEXT)
            number_right = face_x - face / 2 - 4
            draw_text(canvas, number_right, flip(y) - 3.5, number, 10, bold=True, align="right")
            label_right = number_right - text_width("+00", 10, bold=True) - 4
            palette.fill(canvas, colours.TEXT_MUTED)
            size = min(9.0, max(6.0, gap * 0.45))
            room = label_right - (header.x + 38)  # clear of the lane icon
            draw_text(
                canvas,
                label_right,
                flip(y) - ascent(size) / 2 + 1,
                scale.label_for(score),
                size,
                width=room,
                align="right",
            )
