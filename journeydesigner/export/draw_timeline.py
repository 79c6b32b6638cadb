"""One persona's timeline drawn on a ReportLab canvas from :func:`layout_timeline`. No Qt.

It copies the canvas's look (``canvas/items``): stage headers with their
colour band, lane headers on the left, banded rows, cards as rounded boxes
with an accent bar, a type icon, the title and a detail line, emotion faces
with their score on a curve, arrows between cards and the lowest moment
ringed. The caller sets the transform so that a layout point (x, y), y
downwards from the map's top-left corner, lands at canvas (x, -y): text then
stays upright at any scale.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

from journeydesigner.export.fonts import BOLD, REGULAR
from journeydesigner.export.labels import pick
from journeydesigner.export.pdf_draw import (
    CARD_BORDER,
    CONNECTION,
    GREY_BAR,
    GREY_BORDER_DASH,
    LOWEST,
    OUTLINE,
    Canvas,
    Palette,
    arrow_head,
    draw_bar,
    draw_face,
    draw_lines,
    draw_text,
    draw_type_icon,
    fill_left_bar,
    stamp_type_icon,
    star_path,
    tint,
)
from journeydesigner.export.text import fit_line, wrap_lines
from journeydesigner.layout import colours
from journeydesigner.layout.geometry import Rect
from journeydesigner.layout.timeline import CardBox, TimelineLayout
from journeydesigner.model.analysis import lowest_moment
from journeydesigner.model.cards import (
    AnyCard,
    DeviceCard,
    EmotionCard,
    LaneKind,
    MetricCard,
    OpportunityCard,
    PainPointCard,
    TouchpointCard,
)
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona

TITLE_SIZE = 11.0
TITLE_LEADING = 13.0
DETAIL_SIZE = 9.0

_TYPE_WORDS = {
    "touchpoint": ("Nuevo punto de contacto", "New touchpoint"),
    "device": ("Nuevo dispositivo", "New device"),
    "emotion": ("Emoción", "Emotion"),
    "pain_point": ("Nuevo punto de dolor", "New pain point"),
    "opportunity": ("Nueva oportunidad", "New opportunity"),
    "metric": ("Nueva métrica", "New metric"),
    "action": ("Nueva acción", "New action"),
    "thought": ("Nuevo pensamiento", "New thought"),
    "note": ("Nueva nota", "New note"),
}
_LEVEL_WORDS = {"low": ("Baja", "Low"), "medium": ("Media", "Medium"), "high": ("Alta", "High")}


def ascent(size: float, bold: bool = False) -> float:
    """Height of the font's ascender at *size* points."""
    return float(pdfmetrics.getAscent(BOLD if bold else REGULAR, size))


@dataclass(frozen=True)
class TimelineStyle:
    """How to draw: colours or greys, arrows or not, in which language."""

    palette: Palette
    language: str
    connections: bool = True


def flip(y: float) -> float:
    """A layout y (downwards) in the canvas's upward coordinates."""
    return -y


def draw_timeline(
    canvas: Canvas, journey: JourneyMap, persona: Persona, layout: TimelineLayout, style: TimelineStyle
) -> None:
    """Draw the whole timeline: grid, headers, curve, cards, markers and arrows."""
    canvas.saveState()
    draw_grid(canvas, layout, style.palette)
    draw_emotion_curves(canvas, layout, persona, style.palette)
    labels = draw_connections(canvas, layout, persona, style) if style.connections else []
    draw_cards(canvas, journey, persona, layout, style)
    # Arrows run under the cards as on screen, but their labels go on top:
    # half-hidden words would read as a mistake on paper.
    draw_connection_labels(canvas, labels, style.palette)
    draw_headers(canvas, persona, layout, style.palette)
    canvas.restoreState()


# ---------------------------------------------------------------- background and headers


def draw_grid(canvas: Canvas, layout: TimelineLayout, palette: Palette) -> None:
    """White ground, every other row banded, row and column lines, the emotion scale's dashed levels."""
    palette.fill(canvas, "#FFFFFF")
    canvas.rect(0, flip(layout.height), layout.width, layout.height, stroke=0, fill=1)
    palette.fill(canvas, colours.LANE_BAND)
    for lane in layout.lanes:
        if lane.index % 2 == 1:
            _rect(canvas, lane.row, fill=True)
    canvas.setLineWidth(1)
    palette.stroke(canvas, colours.GRID)
    for lane in layout.lanes:
        canvas.line(lane.row.x, flip(lane.row.bottom), lane.row.right, flip(lane.row.bottom))
    for stage in layout.stages:
        canvas.line(stage.column.right, flip(stage.column.y), stage.column.right, flip(stage.column.bottom))
    canvas.saveState()
    palette.stroke(canvas, "#D5DBE3")
    canvas.setDash([3, 4])
    for lane in layout.lanes:
        if lane.kind == LaneKind.EMOTIONS:
            for score in layout.scale.scores():
                y = flip(layout.score_y(lane.lane_id, score))
                canvas.line(lane.row.x, y, lane.row.right, y)
    canvas.restoreState()


def draw_headers(
    canvas: Canvas, persona: Persona, layout: TimelineLayout, palette: Palette, *, emotion_legend: float = 0.0
) -> None:
    """Stage headers across the top, lane headers down the left, the persona in the corner.

    *emotion_legend* is the width kept free at the right of emotion lane
    headers (the worksheet draws its scale of faces there); their name then
    takes one line.
    """
    stages = {s.id: s for s in persona.timeline.stages}
    for box in layout.stages:
        stage = stages[box.stage_id]
        r = box.header
        palette.fill(canvas, tint(stage.color, 0.15))
        _rect(canvas, r, fill=True)
        palette.fill(canvas, stage.color)
        canvas.rect(r.x, flip(r.y + 6), r.width, 6, stroke=0, fill=1)
        canvas.setLineWidth(1)
        palette.stroke(canvas, colours.GRID)
        canvas.line(r.right, flip(r.y), r.right, flip(r.bottom))
        canvas.line(r.x, flip(r.bottom), r.right, flip(r.bottom))
        palette.fill(canvas, colours.TEXT)
        draw_text(
            canvas, r.x + 12, flip(r.y + 14 + ascent(14, True)), stage.name, 14, bold=True, width=r.width - 24
        )
        if stage.timeframe:
            palette.fill(canvas, colours.TEXT_MUTED)
            draw_text(canvas, r.x + 12, flip(r.bottom - 11), stage.timeframe, 10, width=r.width - 24)
    lanes = {lane.id: lane for lane in persona.timeline.lanes}
    for lane_box in layout.lanes:
        lane = lanes[lane_box.lane_id]
        r = lane_box.header
        palette.fill(canvas, colours.HEADER_FILL)
        _rect(canvas, r, fill=True)
        palette.stroke(canvas, colours.GRID)
        canvas.line(r.x, flip(r.bottom), r.right, flip(r.bottom))
        canvas.line(r.right, flip(r.y), r.right, flip(r.bottom))
        palette.stroke(canvas, OUTLINE)
        draw_type_icon(canvas, lane.kind.value, r.x + 12, flip(r.y + 12), 18)
        max_lines = max(1, int((r.height - 20) // 14.5))
        name_width = r.width - 46
        if lane_box.kind == LaneKind.EMOTIONS and emotion_legend:
            max_lines, name_width = 1, name_width - emotion_legend
        lines = wrap_lines(lane.name, name_width, 12, max_lines, bold=True)
        palette.fill(canvas, colours.TEXT)
        draw_lines(canvas, r.x + 38, flip(r.y + 10 + ascent(12, True)), lines, 12, 14.5, bold=True)
    draw_corner(canvas, persona, layout, palette)


def draw_corner(canvas: Canvas, persona: Persona, layout: TimelineLayout, palette: Palette) -> None:
    """The top-left corner: the persona's colour dot, name and role."""
    width, height = layout.metrics.lane_header_width, layout.metrics.stage_header_height
    palette.fill(canvas, colours.HEADER_FILL)
    canvas.rect(0, flip(height), width, height, stroke=0, fill=1)
    palette.stroke(canvas, colours.GRID)
    canvas.line(0, flip(height), width, flip(height))
    canvas.line(width, 0, width, flip(height))
    palette.fill(canvas, persona.color)
    canvas.circle(25, flip(27), 13, stroke=0, fill=1)
    # A head and shoulders in white on the persona's colour.
    palette.fill(canvas, "#FFFFFF")
    canvas.circle(25, flip(23.5), 4, stroke=0, fill=1)
    canvas.wedge(17.5, flip(37), 32.5, flip(25), 0, 180, stroke=0, fill=1)
    palette.fill(canvas, colours.TEXT)
    draw_text(canvas, 46, flip(24), persona.name, 12, bold=True, width=width - 52)
    if persona.role:
        palette.fill(canvas, colours.TEXT_MUTED)
        draw_text(canvas, 46, flip(40), persona.role, 9, width=width - 52)


# ---------------------------------------------------------------- cards


def draw_cards(
    canvas: Canvas, journey: JourneyMap, persona: Persona, layout: TimelineLayout, style: TimelineStyle
) -> None:
    """Every card and emotion marker at its place."""
    cards = {card.id: card for card in persona.timeline.cards}
    emotion_lanes = {box.lane_id for box in layout.lanes if box.kind == LaneKind.EMOTIONS}
    per_cell = Counter((box.stage_id, box.lane_id) for box in layout.cards.values())
    lowest = lowest_moment(persona)
    boxes: list[tuple[AnyCard, Rect]] = []
    for card_id, box in layout.cards.items():
        card = cards[card_id]
        if box.lane_id in emotion_lanes:
            if isinstance(card, EmotionCard):
                stage = layout.stage_box(box.stage_id)
                share = stage.column.width / (per_cell[(box.stage_id, box.lane_id)] + 1) if stage else 80.0
                is_lowest = lowest is not None and lowest.card_id == card_id
                draw_marker(canvas, journey, card, box, share, is_lowest, style)
        else:
            boxes.append((card, box.rect))
    draw_card_boxes(canvas, journey, boxes, style)


def card_title(card: AnyCard, language: str) -> str:
    """What a card shows as its title (a placeholder when it has none, as on screen)."""
    if card.title:
        return card.title
    if isinstance(card, MetricCard) and card.name:
        return card.name
    spanish, english = _TYPE_WORDS.get(card.type, ("Tarjeta", "Card"))
    return pick(language, spanish, english)


def card_detail(journey: JourneyMap, card: AnyCard, language: str) -> str:
    """The second line: channel and devices, device, severity, priority or figures."""
    if isinstance(card, TouchpointCard):
        channel = next((c.name for c in journey.channels if c.id == card.channel), "")
        devices = [d.name for device_id in card.devices for d in journey.devices if d.id == device_id]
        return " · ".join(part for part in (channel, ", ".join(devices)) if part)
    if isinstance(card, DeviceCard):
        return next((d.name for d in journey.devices if d.id == card.device), "")
    if isinstance(card, PainPointCard | OpportunityCard):
        level = card.severity if isinstance(card, PainPointCard) else card.priority
        spanish, english = _LEVEL_WORDS[level]
        word = (
            pick(language, "Gravedad", "Severity")
            if isinstance(card, PainPointCard)
            else pick(language, "Prioridad", "Priority")
        )
        return f"{word}: {pick(language, spanish, english)}"
    if isinstance(card, MetricCard):
        return metric_text(card, pick(language, "meta", "target"))
    return ""


def metric_text(card: MetricCard, target_word: str) -> str:
    """``value unit · target N``, with a dash for a missing value."""

    def number(value: float | None) -> str:
        return "—" if value is None else f"{value:g}"

    text = f"{number(card.value)} {card.unit}".strip()
    if card.target is not None:
        text += f" · {target_word} {number(card.target)} {card.unit}".rstrip()
    return text


def draw_card_boxes(
    canvas: Canvas, journey: JourneyMap, boxes: list[tuple[AnyCard, Rect]], style: TimelineStyle
) -> None:
    """Cards: rounded box, accent bar, type icon, wrapped title, detail line and moment-of-truth star.

    Cards never overlap, so they are drawn in layers, a card type at a time:
    each colour is set once per layer instead of several times per card,
    which keeps a thousand-card poster quick to write and to print.
    """
    palette = style.palette
    by_type: dict[str, list[tuple[AnyCard, Rect]]] = {}
    for card, rect in boxes:
        by_type.setdefault(card.type, []).append((card, rect))
    for card_type, group in by_type.items():
        fill, accent = colours.CARD_COLOURS.get(card_type, ("#FFFFFF", "#607D8B"))
        bar_colour = accent if not palette.greyscale else "#3A3F44"
        canvas.saveState()
        canvas.setLineWidth(0.8)
        if palette.greyscale:
            palette.fill(canvas, "#FFFFFF")
            palette.stroke(canvas, "#8A939C")
            canvas.setDash(GREY_BORDER_DASH.get(card_type, []))
        else:
            palette.fill(canvas, fill)
            palette.stroke(canvas, CARD_BORDER)
        for _card, rect in group:
            canvas.roundRect(rect.x, flip(rect.bottom), rect.width, rect.height, 5, stroke=1, fill=1)
        canvas.setDash([])
        palette.fill(canvas, bar_colour)
        palette.stroke(canvas, bar_colour)
        for _card, rect in group:
            x, bottom, h = rect.x, flip(rect.bottom), rect.height
            if palette.greyscale:
                canvas.saveState()
                clip = canvas.beginPath()
                clip.roundRect(x, bottom, rect.width, h, 5)
                canvas.clipPath(clip, stroke=0, fill=0)
                draw_bar(canvas, GREY_BAR.get(card_type, "solid"), x, bottom, 4, h)
                canvas.restoreState()
            else:
                fill_left_bar(canvas, x, bottom, h, 4, 5)
        for _card, rect in group:
            stamp_type_icon(canvas, card_type, rect.x + 9, flip(rect.y) - 6, 14)
        canvas.restoreState()
    _draw_card_texts(canvas, journey, boxes, style)


def _draw_card_texts(
    canvas: Canvas, journey: JourneyMap, boxes: list[tuple[AnyCard, Rect]], style: TimelineStyle
) -> None:
    """Titles, then detail lines, then stars: one colour each."""
    palette = style.palette
    details = [card_detail(journey, card, style.language) for card, _rect in boxes]
    stars = [isinstance(card, TouchpointCard) and card.moment_of_truth for card, _rect in boxes]
    palette.fill(canvas, colours.TEXT)
    for (card, rect), detail, star in zip(boxes, details, stars, strict=True):
        text_width = rect.width - 32 - (12 if star else 0)
        # Lines that fit above the detail line (or the bottom edge); at least one.
        room = rect.height - 6 - (DETAIL_SIZE + 8 if detail else 4)
        max_lines = max(1, min(3, int((room - ascent(TITLE_SIZE, True)) // TITLE_LEADING) + 1))
        lines = wrap_lines(card_title(card, style.language), text_width, TITLE_SIZE, max_lines, bold=True)
        baseline = flip(rect.y) - 6 - ascent(TITLE_SIZE, True)
        draw_lines(canvas, rect.x + 26, baseline, lines, TITLE_SIZE, TITLE_LEADING, bold=True)
    palette.fill(canvas, colours.TEXT_MUTED)
    for (_card, rect), detail in zip(boxes, details, strict=True):
        if detail:
            draw_text(canvas, rect.x + 9, flip(rect.bottom) + 6, detail, DETAIL_SIZE, width=rect.width - 16)
    if any(stars):
        canvas.saveState()
        canvas.setLineWidth(1.2)
        palette.stroke(canvas, "#B7791F")
        palette.fill(canvas, "#FFD54F")
        for (_card, rect), star in zip(boxes, stars, strict=True):
            if star:
                canvas.drawPath(star_path(canvas, rect.right - 10, flip(rect.y) - 11, 6), stroke=1, fill=1)
        canvas.restoreState()


def draw_marker(
    canvas: Canvas,
    journey: JourneyMap,
    card: EmotionCard,
    box: CardBox,
    share: float,
    lowest: bool,
    style: TimelineStyle,
) -> None:
    """An emotion face with its score (never colour alone) and its label; the lowest one ringed."""
    palette = style.palette
    scale = journey.emotion_scale
    span = scale.maximum - scale.minimum
    fraction = (card.score - scale.minimum) / span if span else 0.5
    rect = box.rect
    cx, cy = rect.center
    size = rect.width
    if lowest:
        canvas.saveState()
        canvas.setLineWidth(2)
        canvas.setDash([4, 3])
        palette.stroke(canvas, LOWEST)
        canvas.circle(cx, flip(cy), size / 2 + 5, stroke=1, fill=0)
        canvas.restoreState()
        palette.fill(canvas, LOWEST if not palette.greyscale else colours.TEXT)
        tag = pick(style.language, "Momento más bajo", "Lowest moment")
        room = share - size / 2 - 14
        draw_text(canvas, rect.right + 8, flip(cy) - 3, tag, 8, bold=True, width=room)
    draw_face(canvas, cx, flip(cy), size, fraction, palette, OUTLINE)
    palette.fill(canvas, colours.TEXT)
    number = f"{card.score:+d}" if card.score else "0"
    draw_text(canvas, rect.right - 4, flip(rect.y + 1.5), number, 9, bold=True)
    label = card.title or scale.label_for(card.score)
    palette.fill(canvas, colours.TEXT_MUTED)
    draw_text(canvas, cx, flip(rect.bottom + 10.5), label, 9, width=max(20.0, share - 6), align="centre")


# ---------------------------------------------------------------- lines


def draw_emotion_curves(canvas: Canvas, layout: TimelineLayout, persona: Persona, palette: Palette) -> None:
    """The smooth curve through each emotion lane's markers, in the persona's colour."""
    for points in layout.curves.values():
        if len(points) < 2:
            continue
        canvas.saveState()
        canvas.setLineWidth(3)
        canvas.setLineCap(1)
        palette.stroke(canvas, persona.color)
        path = canvas.beginPath()
        path.moveTo(points[0][0], flip(points[0][1]))
        # Catmull-Rom through the markers as cubic Béziers, like the canvas.
        for i in range(len(points) - 1):
            p0 = points[i - 1] if i > 0 else points[i]
            p1, p2 = points[i], points[i + 1]
            p3 = points[i + 2] if i + 2 < len(points) else p2
            c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
            c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
            path.curveTo(c1[0], flip(c1[1]), c2[0], flip(c2[1]), p2[0], flip(p2[1]))
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def _bezier_point(
    p0: tuple[float, float], p1: tuple[float, float], p2: tuple[float, float], p3: tuple[float, float]
) -> tuple[float, float]:
    """The point of a cubic Bézier at t = ½ (where a connection's label sits)."""
    return (
        (p0[0] + 3 * p1[0] + 3 * p2[0] + p3[0]) / 8,
        (p0[1] + 3 * p1[1] + 3 * p2[1] + p3[1]) / 8,
    )


def draw_connections(
    canvas: Canvas, layout: TimelineLayout, persona: Persona, style: TimelineStyle
) -> list[tuple[float, float, str]]:
    """Arrows between cards, routed as on the canvas: forwards, within a column, or arcing back.

    Returns the labels to draw later, as (x, y, text) in layout points.
    """
    palette = style.palette
    labels: list[tuple[float, float, str]] = []
    header_bottom = layout.metrics.stage_header_height
    for connection in persona.timeline.connections:
        source_box, target_box = layout.cards.get(connection.source), layout.cards.get(connection.target)
        if source_box is None or target_box is None:
            continue  # a card in a hidden lane
        s, t = source_box.rect, target_box.rect
        tcx = t.center[0]
        if tcx >= s.right:
            start, end = (s.right, s.center[1]), (t.x, t.center[1])
            bend = max(30.0, (end[0] - start[0]) / 2)
            c1, c2 = (start[0] + bend, start[1]), (end[0] - bend, end[1])
            angle = 0.0
        elif tcx > s.x:
            start, end = (s.right, s.center[1]), (t.right, t.center[1])
            bulge = max(start[0], end[0]) + 22
            c1, c2 = (bulge, start[1]), (bulge, end[1])
            angle = math.pi
        else:
            start, end = (s.center[0], s.y), (t.center[0], t.y)
            arc_y = max(header_bottom + 2, min(s.y, t.y) - 24)
            c1, c2 = (start[0], arc_y), (end[0], arc_y)
            angle = -math.pi / 2
        canvas.saveState()
        canvas.setLineWidth(1.6)
        canvas.setLineCap(1)
        palette.stroke(canvas, CONNECTION)
        palette.fill(canvas, CONNECTION)
        path = canvas.beginPath()
        path.moveTo(start[0], flip(start[1]))
        path.curveTo(c1[0], flip(c1[1]), c2[0], flip(c2[1]), end[0], flip(end[1]))
        canvas.drawPath(path, stroke=1, fill=0)
        arrow_head(canvas, (end[0], flip(end[1])), angle)
        if connection.label:
            mx, my = _bezier_point(start, c1, c2, end)
            labels.append((mx, my, connection.label))
        canvas.restoreState()
    return labels


def draw_connection_labels(canvas: Canvas, labels: list[tuple[float, float, str]], palette: Palette) -> None:
    """Each connection's label in a small white box at the middle of its arrow."""
    canvas.saveState()
    canvas.setLineWidth(0.8)
    for mx, my, label in labels:
        text = fit_line(label, 140, 9)
        width = pdfmetrics.stringWidth(text, REGULAR, 9) + 10
        palette.stroke(canvas, CARD_BORDER)
        palette.fill(canvas, "#FFFFFF")
        canvas.roundRect(mx - width / 2, flip(my) - 7, width, 14, 4, stroke=1, fill=1)
        palette.fill(canvas, colours.TEXT)
        draw_text(canvas, mx, flip(my) - 3, text, 9, align="centre")
    canvas.restoreState()


def _rect(canvas: Canvas, rect: Rect, *, fill: bool = False, stroke: bool = False) -> None:
    canvas.rect(rect.x, flip(rect.bottom), rect.width, rect.height, stroke=int(stroke), fill=int(fill))
