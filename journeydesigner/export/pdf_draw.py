"""Drawing primitives of the PDF: colours (or greys), text, faces, type icons. No Qt.

Everything here draws on a ReportLab canvas in a y-up coordinate system; the
timeline drawer passes y already flipped. Colours go through :class:`Palette`
so a greyscale export cannot leak a hue by accident.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.pdfgeom import bezierArc

from journeydesigner.export.fonts import BOLD, REGULAR, font_runs, runs_width
from journeydesigner.export.scripts import visual_order
from journeydesigner.export.text import clean, fit_line
from journeydesigner.layout import colours

Canvas = Any  # reportlab.pdfgen.canvas.Canvas (ReportLab ships no type hints)

OUTLINE = "#37474F"
CARD_BORDER = "#C5CDD6"
CONNECTION = "#5F6B7A"
LOWEST = "#C62828"


def hex_rgb(colour: str) -> tuple[float, float, float]:
    """``#RRGGBB`` → (r, g, b) in 0…1."""
    value = colour.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def luminance(rgb: tuple[float, float, float]) -> float:
    """Perceived lightness 0…1 (Rec. 601 weights), for turning colours into greys."""
    r, g, b = rgb
    return 0.299 * r + 0.587 * g + 0.114 * b


def fill_with(canvas: Canvas, colour: Color) -> None:
    """Fill with *colour* (a ReportLab colour, always opaque here) on a canvas or a text object.

    Given a colour object, ReportLab also sets its opacity, even when it is 1:
    an extended graphics state looked up and a PDF 1.4 file. Exports set
    tens of thousands of fills (a handout pack: two or three a card), and
    the opacity call cost as much as the fill itself.
    """
    canvas.setFillColorRGB(colour.red, colour.green, colour.blue)


def stroke_with(canvas: Canvas, colour: Color) -> None:
    """Stroke with *colour* (opaque), without the opacity call (see :func:`fill_with`)."""
    canvas.setStrokeColorRGB(colour.red, colour.green, colour.blue)


class Palette:
    """Sets fill and stroke colours, or their greys when the export is greyscale.

    Greys are written as equal RGB components, so a greyscale PDF holds no
    other colour operator than r = g = b.
    """

    def __init__(self, greyscale: bool) -> None:
        self.greyscale = greyscale

    def rgb(self, colour: str | tuple[float, float, float]) -> tuple[float, float, float]:
        """The colour to print: itself, or its grey."""
        rgb = hex_rgb(colour) if isinstance(colour, str) else colour
        if not self.greyscale:
            return rgb
        grey = round(luminance(rgb), 4)
        return (grey, grey, grey)

    def fill(self, canvas: Canvas, colour: str | tuple[float, float, float], alpha: float = 1.0) -> None:
        """Set the fill colour; one with *alpha* under 1 stays translucent until the state is restored."""
        # Opaque: no opacity call (see fill_with).
        canvas.setFillColorRGB(*self.rgb(colour), alpha=None if alpha == 1.0 else alpha)

    def stroke(self, canvas: Canvas, colour: str | tuple[float, float, float]) -> None:
        """Set the stroke colour."""
        canvas.setStrokeColorRGB(*self.rgb(colour))

    def emotion(self, fraction: float) -> tuple[float, float, float]:
        """The face fill for *fraction*: red→amber→green, or light→… grey (darker is sadder)."""
        if self.greyscale:
            grey = round(0.6 + 0.38 * min(1.0, max(0.0, fraction)), 4)
            return (grey, grey, grey)
        r, g, b = colours.emotion_rgb(fraction)
        return (r / 255, g / 255, b / 255)


def tint(colour: str, amount: float) -> tuple[float, float, float]:
    """*colour* mixed with white (amount 0: white, 1: the colour), as an opaque RGB."""
    r, g, b = hex_rgb(colour)
    return (1 - amount * (1 - r), 1 - amount * (1 - g), 1 - amount * (1 - b))


# ---------------------------------------------------------------- text


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False, align: str = "left"
) -> None:
    """Draw one line of text at baseline *y* as it reads on paper.

    Right-to-left runs are put in visual order, and characters DejaVu Sans
    lacks (emoji) are drawn in the symbol font. *align* is "left", "centre"
    or "right" of *x*.
    """
    # Plain ASCII (most card text) has no right-to-left letter and no emoji: one run, as it is.
    runs = [(BOLD if bold else REGULAR, text)] if text.isascii() else font_runs(visual_order(text), bold)
    if not runs or not text:
        return
    if len(runs) == 1:  # the common case: one face, ReportLab aligns it
        font, line = runs[0]
        canvas.setFont(font, size)
        if align == "right":
            canvas.drawRightString(x, y, line)
        elif align == "centre":
            canvas.drawCentredString(x, y, line)
        else:
            canvas.drawString(x, y, line)
        return
    width = runs_width(runs, size)
    x -= width if align == "right" else width / 2 if align == "centre" else 0.0
    for font, line in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, line)
        x += pdfmetrics.stringWidth(line, font, size)


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    width: float | None = None,
    align: str = "left",
) -> None:
    """Draw one line of user text at baseline *y*, cut to *width* with an ellipsis."""
    line = fit_line(text, width, size, bold) if width is not None else clean(text)
    if not line:
        return
    draw_string(canvas, x, y, line, size, bold=bold, align=align)


def draw_lines(
    canvas: Canvas, x: float, y: float, lines: list[str], size: float, leading: float, *, bold: bool = False
) -> float:
    """Draw already wrapped lines from baseline *y* downwards; return the next baseline."""
    for line in lines:
        draw_string(canvas, x, y, line, size, bold=bold)
        y -= leading
    return y


# ---------------------------------------------------------------- shapes


def draw_face(
    canvas: Canvas, cx: float, cy: float, size: float, fraction: float, palette: Palette, outline: str
) -> None:
    """A face of diameter *size* centred on (cx, cy) in the map's colours (or greys)."""
    fill = Color(*palette.emotion(fraction))
    ink = Color(*palette.rgb(outline))
    paint_face(canvas, cx, cy, size / 2, fraction, fill, ink, min_line_width=0.8)


def paint_face(
    canvas: Any,
    x: float,
    y: float,
    radius: float,
    fraction: float,
    fill: Color,
    ink: Color,
    min_line_width: float = 0.6,
) -> None:
    """A round face centred on (*x*, *y*), as the canvas draws it; *fraction* 0 is the saddest.

    Each look is drawn once per document as a form and stamped where it
    recurs: a large map repeats a handful of faces hundreds of times.
    """
    line_width = max(min_line_width, radius / 8)
    name = f"jd-face-{radius:g}-{fraction:.4f}-{line_width:g}-{fill.hexval()}-{ink.hexval()}"
    if not canvas.hasForm(name):
        reach = radius + line_width
        canvas.beginForm(name, -reach, -reach, reach, reach)
        _face(canvas, radius, fraction, fill, ink, line_width)
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()


def _face(canvas: Any, radius: float, fraction: float, fill: Color, ink: Color, line_width: float) -> None:
    """The face's outline, eyes and mouth around the origin.

    The mouth bends from frown to smile and the saddest face frowns with its
    brows too, so the level reads in greyscale and for colour-blind readers.
    """
    x = y = 0.0
    canvas.saveState()
    canvas.setLineWidth(line_width)
    canvas.setLineCap(1)  # round ends keep a tiny mouth from looking like a dash
    stroke_with(canvas, ink)
    fill_with(canvas, fill)
    canvas.circle(x, y, radius, stroke=1, fill=1)
    fill_with(canvas, ink)
    for side in (-1, 1):
        canvas.circle(x + side * radius * 0.34, y + radius * 0.2, radius * 0.14, stroke=0, fill=1)
    bend = (fraction - 0.5) * 2  # -1 (frown) … 1 (smile)
    mouth_y = y - radius * 0.4
    x0, x2 = x - radius * 0.4, x + radius * 0.4
    end_y = mouth_y + bend * radius * 0.08
    control_y = mouth_y - bend * radius * 0.36
    # The canvas uses a quadratic curve; PDF only has cubic ones, so lift it.
    c_y = end_y + 2 / 3 * (control_y - end_y)
    path = canvas.beginPath()
    path.moveTo(x0, end_y)
    path.curveTo(x0 + 2 / 3 * (x - x0), c_y, x2 + 2 / 3 * (x - x2), c_y, x2, end_y)
    canvas.drawPath(path, stroke=1, fill=0)
    if fraction <= 0.01:
        for side in (-1, 1):
            canvas.line(
                x + side * radius * 0.54, y + radius * 0.52, x + side * radius * 0.16, y + radius * 0.4
            )
    canvas.restoreState()


def star_path(canvas: Canvas, cx: float, cy: float, radius: float) -> Any:
    """A five-pointed star path (the moment-of-truth mark)."""
    path = canvas.beginPath()
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = math.pi / 2 + i * math.pi / 5
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    return path


def arrow_head(canvas: Canvas, tip: tuple[float, float], angle: float, size: float = 8.0) -> None:
    """A filled arrow head at *tip* pointing along *angle* (radians, y-up)."""
    x, y = tip
    path = canvas.beginPath()
    path.moveTo(x, y)
    path.lineTo(x - size * math.cos(angle - 0.45), y - size * math.sin(angle - 0.45))
    path.lineTo(x - size * math.cos(angle + 0.45), y - size * math.sin(angle + 0.45))
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def stamp_type_icon(canvas: Canvas, kind: str, x: float, top: float, size: float) -> None:
    """:func:`draw_type_icon`, drawn once per document as a form and stamped wherever it recurs.

    A thousand-card poster repeats the same eight icons; a form keeps the
    PDF small and quick to write and to print. The stroke colour comes from
    the caller's graphics state, as a form inherits it.
    """
    name = f"jd-icon-{kind}-{size:g}"
    if not canvas.hasForm(name):
        margin = size / 4  # round caps and joins reach past the box
        canvas.beginForm(name, -margin, -margin, size + margin, size + margin)
        draw_type_icon(canvas, kind, 0, size, size)
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, top - size)
    canvas.doForm(name)
    canvas.restoreState()


def fill_left_bar(
    canvas: Canvas, x: float, bottom: float, height: float, width: float, radius: float
) -> None:
    """Fill the strip *width* wide along the left edge of a rounded box of corner *radius*.

    The strip follows the box's rounded corners, as if the box clipped it,
    without a clipping path (*width* must be under *radius*).
    """
    if height < 2 * radius or width >= radius:
        canvas.saveState()
        clip = canvas.beginPath()
        clip.roundRect(x, bottom, radius * 4, height, radius)
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.rect(x, bottom, width, height, stroke=0, fill=1)
        canvas.restoreState()
        return
    curves_low, curves_high = _bar_corners(width, radius)
    top = bottom + height
    path = canvas.beginPath()
    path.moveTo(x + curves_low[0][0], bottom + curves_low[0][1])
    for _x1, _y1, x2, y2, x3, y3, x4, y4 in curves_low:
        path.curveTo(x + x2, bottom + y2, x + x3, bottom + y3, x + x4, bottom + y4)
    path.lineTo(x, top - radius)
    for _x1, _y1, x2, y2, x3, y3, x4, y4 in curves_high:
        path.curveTo(x + x2, top + y2, x + x3, top + y3, x + x4, top + y4)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


@cache
def _bar_corners(width: float, radius: float) -> tuple[list[tuple[float, ...]], list[tuple[float, ...]]]:
    """The Bézier curves of a left strip's two rounded corners, relative to (left, bottom) and (left, top)."""
    # The arcs run from the strip's edge (this many degrees past the corners' lowest and
    # highest points) round to 180°; computed once, as ReportLab's arcs are slow to build.
    past = math.degrees(math.asin((radius - width) / radius))
    low = bezierArc(0, 0, 2 * radius, 2 * radius, 270 - past, -(90 - past))
    high = bezierArc(0, -2 * radius, 2 * radius, 0, 180, -(90 - past))
    return low, high


def draw_type_icon(canvas: Canvas, kind: str, x: float, top: float, size: float) -> None:
    """A small line icon for a card type or lane kind in the box (x, top-size)–(x+size, top).

    The stroke colour is set by the caller. Each type has its own shape, so
    types stay apart in greyscale too.
    """
    s = size
    left, bottom = x, top - s
    cx, cy = x + s / 2, top - s / 2
    canvas.saveState()
    canvas.setLineWidth(max(0.8, s / 10))
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    if kind in ("touchpoint", "touchpoints"):  # a map pin
        canvas.circle(cx, cy + s * 0.12, s * 0.3, stroke=1, fill=0)
        canvas.line(cx - s * 0.18, cy - s * 0.1, cx, bottom + s * 0.05)
        canvas.line(cx + s * 0.18, cy - s * 0.1, cx, bottom + s * 0.05)
    elif kind in ("device", "channels"):  # a phone
        canvas.roundRect(left + s * 0.28, bottom + s * 0.05, s * 0.44, s * 0.9, s * 0.08, stroke=1, fill=0)
        canvas.line(cx - s * 0.06, bottom + s * 0.16, cx + s * 0.06, bottom + s * 0.16)
    elif kind in ("pain_point", "pain_points"):  # a warning triangle
        path = canvas.beginPath()
        path.moveTo(cx, top - s * 0.05)
        path.lineTo(left + s * 0.05, bottom + s * 0.1)
        path.lineTo(left + s * 0.95, bottom + s * 0.1)
        path.close()
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.line(cx, cy + s * 0.12, cx, cy - s * 0.1)
        canvas.line(cx, bottom + s * 0.24, cx, bottom + s * 0.25)
    elif kind in ("opportunity", "opportunities"):  # a light bulb
        canvas.circle(cx, cy + s * 0.12, s * 0.3, stroke=1, fill=0)
        canvas.line(cx - s * 0.14, bottom + s * 0.16, cx + s * 0.14, bottom + s * 0.16)
        canvas.line(cx - s * 0.1, bottom + s * 0.04, cx + s * 0.1, bottom + s * 0.04)
    elif kind in ("metric", "metrics"):  # a bar chart
        for i, h in enumerate((0.4, 0.7, 0.55)):
            bx = left + s * (0.15 + i * 0.27)
            canvas.rect(bx, bottom + s * 0.08, s * 0.18, s * h, stroke=1, fill=0)
    elif kind in ("action", "actions"):  # an arrow to the right
        canvas.line(left + s * 0.1, cy, left + s * 0.85, cy)
        canvas.line(left + s * 0.55, cy + s * 0.3, left + s * 0.88, cy)
        canvas.line(left + s * 0.55, cy - s * 0.3, left + s * 0.88, cy)
    elif kind in ("thought", "thoughts"):  # a thought bubble
        canvas.ellipse(left + s * 0.1, cy - s * 0.05, left + s * 0.9, top - s * 0.08, stroke=1, fill=0)
        canvas.circle(left + s * 0.3, bottom + s * 0.22, s * 0.08, stroke=1, fill=0)
        canvas.circle(left + s * 0.15, bottom + s * 0.06, s * 0.04, stroke=1, fill=0)
    elif kind in ("emotion", "emotions"):  # a small smiling face
        canvas.circle(cx, cy, s * 0.42, stroke=1, fill=0)
        canvas.arc(cx - s * 0.22, cy - s * 0.26, cx + s * 0.22, cy + s * 0.06, 200, 140)
    elif kind in ("note", "notes"):  # a sheet with a folded corner
        path = canvas.beginPath()
        path.moveTo(left + s * 0.15, top - s * 0.05)
        path.lineTo(left + s * 0.62, top - s * 0.05)
        path.lineTo(left + s * 0.85, top - s * 0.28)
        path.lineTo(left + s * 0.85, bottom + s * 0.05)
        path.lineTo(left + s * 0.15, bottom + s * 0.05)
        path.close()
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.line(left + s * 0.3, cy, left + s * 0.7, cy)
        canvas.line(left + s * 0.3, cy - s * 0.18, left + s * 0.7, cy - s * 0.18)
    else:  # backstage and unknown kinds: stacked layers
        for i in range(3):
            canvas.rect(left + s * 0.12, bottom + s * (0.1 + i * 0.28), s * 0.76, s * 0.2, stroke=1, fill=0)
    canvas.restoreState()


# Greyscale look of each card type: a bar pattern and a border dash, because
# the fill hues that tell types apart on screen are gone.
GREY_BAR: dict[str, str] = {
    "touchpoint": "solid",
    "device": "light",
    "pain_point": "hatch",
    "opportunity": "dots",
    "metric": "stripes",
    "action": "double",
    "thought": "dashes",
    "note": "hollow",
}
GREY_BORDER_DASH: dict[str, list[float]] = {
    "pain_point": [3, 2],
    "thought": [1, 2],
    "note": [4, 2, 1, 2],
}


def draw_bar(canvas: Canvas, style: str, x: float, y: float, width: float, height: float) -> None:
    """The accent bar of a greyscale card in pattern *style* (fill and stroke set by the caller)."""
    canvas.saveState()
    if style == "solid":
        canvas.rect(x, y, width, height, stroke=0, fill=1)
    elif style == "light":
        canvas.setFillColorRGB(0.7, 0.7, 0.7)
        canvas.rect(x, y, width, height, stroke=0, fill=1)
    elif style == "hatch":
        canvas.setLineWidth(0.8)
        clip = canvas.beginPath()
        clip.rect(x, y, width, height)
        canvas.clipPath(clip, stroke=1, fill=0)
        step = 4.0
        offset = -width
        while offset < height:
            canvas.line(x, y + offset, x + width, y + offset + width)
            offset += step
    elif style == "dots":
        dot_y = y + 2.0
        while dot_y < y + height - 1:
            canvas.circle(x + width / 2, dot_y, width / 2 - 0.2, stroke=0, fill=1)
            dot_y += width + 1.5
    elif style == "stripes":
        stripe_y = y
        while stripe_y < y + height:
            canvas.rect(x, stripe_y, width, min(1.5, y + height - stripe_y), stroke=0, fill=1)
            stripe_y += 3.5
    elif style == "double":
        canvas.rect(x, y, width * 0.35, height, stroke=0, fill=1)
        canvas.rect(x + width * 0.65, y, width * 0.35, height, stroke=0, fill=1)
    elif style == "dashes":
        dash_y = y
        while dash_y < y + height:
            canvas.rect(x, dash_y, width, min(5.0, y + height - dash_y), stroke=0, fill=1)
            dash_y += 8.0
    else:  # hollow
        canvas.setLineWidth(0.8)
        canvas.rect(x + 0.4, y + 0.4, width - 0.8, height - 0.8, stroke=1, fill=0)
    canvas.restoreState()
