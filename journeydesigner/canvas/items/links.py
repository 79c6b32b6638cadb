"""Lines on the canvas: the emotion curve, connections between cards, drop indicator."""

from __future__ import annotations

import math
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QRegion,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeydesigner.canvas import style
from journeydesigner.layout.geometry import Rect

if TYPE_CHECKING:
    from journeydesigner.canvas.scene import TimelineScene


# Read once: a PySide enum member costs about a microsecond to look up, and
# these are read for every arrow made or painted.
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_NO_BRUSH = Qt.BrushStyle.NoBrush
_NO_PEN = Qt.PenStyle.NoPen
_INTERSECT = Qt.ClipOperation.IntersectClip
# How far the arrow's ink reaches beyond its line: half the selected pen and its round cap.
_INK_REACH = 2.0
_LABEL_REACH = QRectF(-80, -14, 160, 28)  # around the label's centre: the widest label box
_PIECE_LENGTH = 120.0  # about how long a piece of an arrow's line is (see _pieces)
# How much wider than its ink an arrow's bounds may be, all round (see set_ends):
# more than a card's step in its cell.
_SLACK = 160.0


def smooth_path(points: list[tuple[float, float]]) -> QPainterPath:
    """A smooth curve through *points* (Catmull-Rom turned into cubic Béziers)."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(QPointF(*points[0]))
    for i in range(len(points) - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = QPointF(p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = QPointF(p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        path.cubicTo(c1, c2, QPointF(*p2))
    return path


class CurveItem(QGraphicsPathItem):
    """The persona's emotion curve through its markers, in timeline order."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(style.Z_CURVE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_points(self, points: list[tuple[float, float]], colour: str) -> None:
        """Redraw the curve through *points*."""
        pen = QPen(QColor(colour), 3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setPath(smooth_path(points))


class ConnectionItem(QGraphicsRectItem):
    """An arrow between two cards; one that goes back in time arcs over the map.

    The item is what the mouse finds and selects; the scene's
    :class:`~journeydesigner.canvas.items.arrow_layer.ArrowLayer` paints it
    (:meth:`draw`), and a change repaints where it was and where it is. Its
    rectangle, never drawn, is the bounds Qt is told (a little wider than
    its ink, see :meth:`set_ends`), read by Qt in C++ rather than asked of Python.
    """

    def __init__(self, board: TimelineScene, item_id: str) -> None:
        super().__init__()
        self.board = board
        self.item_id = item_id
        self.setZValue(style.Z_CONNECTION)
        self.setFlags(_SELECTABLE | _NO_CONTENTS)
        self.setPen(_NO_PEN)  # no pen: the bounds are the rectangle itself
        self.extent = (0.0, 0.0, 0.0, 0.0)  # its bounds' left, top, right and bottom, as plain numbers
        self._path = QPainterPath()
        self._label_at: QPointF | None = None
        self._head: QPolygonF = QPolygonF()
        self._head_extent: Box = (0.0, 0.0, -1.0, -1.0)  # the head's ink, as plain numbers (none yet)
        self._bounds = QRectF()  # the box around its ink (and its label's place)
        self._shape: QPainterPath | None = None
        self._curve: Curve | None = None  # the line's control points, as set_ends made it
        self._pieces: list[Piece] | None = None  # the line in pieces, each in its box (see _line_in)
        self._routed: tuple[Rect, Rect, float] | None = None
        self._labelled = True
        self.ends: tuple[str, str] = ("", "")  # ids of the cards it joins, as last routed

    def trace(self) -> Trace:
        """What the arrow layer strokes at every paint: extent, line, head and the head's extent.

        Plain numbers and the arrow's own path and polygon, read again by the
        layer each time the arrow is routed: the layer goes over every arrow
        of the timeline at every paint, and reading a Qt item's attributes
        costs several times what reading a tuple does.
        """
        if self._curve is None:
            return _NOWHERE, self._path, self._head, _NOWHERE  # not routed yet: no ink anywhere
        return self.extent, self._path, self._head, self._head_extent

    @property
    def labelled(self) -> bool:
        """True when the arrow, routed, carries a label."""
        return self._labelled and self._routed is not None

    def set_ends(self, source: Rect, target: Rect, top: float, labelled: bool = True) -> None:
        """Route the arrow from the card at *source* to the one at *target*; loops back arc above *top*.

        *labelled*: the arrow carries a label (its bounds make room for it).
        """
        layer = self.board.arrows if self.scene() is not None else None
        before = QRectF(self._bounds) if self._routed is not None else None
        self._route(source, target, top, labelled)
        bounds = self._bounds
        self.extent = (bounds.left(), bounds.top(), bounds.right(), bounds.bottom())
        if not _within_slack(self.extent, box_of(self.rect())):
            # Each change of an item's bounds has Qt go over the item again
            # before the next paint; bounds with some slack stay put while the
            # cards at its ends shift up or down a place in their cells (a move
            # on the stress map 2–4 % faster, one that shifts the lanes below
            # it about 10 %). Clicks and rubber bands test the arrow's shape, so
            # the slack catches nothing.
            self.setRect(bounds.adjusted(-_SLACK / 2, -_SLACK / 2, _SLACK / 2, _SLACK / 2))
        if layer is None:
            return
        layer.routed(self)
        # Where it was and where it is: the canvas repaints one box around
        # what changed, which finer boxes along the line would not shrink.
        if before is None or before.intersects(bounds):
            layer.invalidate([bounds if before is None else before.united(bounds)])
        else:
            layer.invalidate([before, bounds])

    def _route(self, source: Rect, target: Rect, top: float, labelled: bool) -> None:
        shift = self._shift_to(source, target, top) if labelled == self._labelled else None
        self._routed = (source, target, top)
        self._labelled = labelled
        self._label_at = None  # found when a label is drawn
        self._shape = None
        if shift is not None:
            # Both ends moved alike (a lane above them grew or shrank): the
            # route is the same, moved; far cheaper than routing it again.
            dx, dy = shift
            self._path.translate(dx, dy)
            self._head.translate(dx, dy)
            self._bounds.translate(dx, dy)
            if self._curve is not None:
                self._curve = _moved(self._curve, dx, dy)
            if self._pieces is not None:
                pieces = self._pieces
                self._pieces = [(_moved(curve, dx, dy), _moved_box(box, dx, dy)) for curve, box in pieces]
            self._head_extent = _moved_box(self._head_extent, dx, dy)
            return
        self._pieces = None
        # Plain numbers rather than QPointF: an arrow is routed for every
        # connection of a persona when its timeline is shown.
        source_y = source.y + source.height / 2
        target_x, target_y = target.x + target.width / 2, target.y + target.height / 2
        if target_x >= source.right:
            x0, y0, x3, y3 = source.right, source_y, target.x, target_y
            bend = max(30.0, (x3 - x0) / 2)
            x1, y1, x2, y2 = x0 + bend, y0, x3 - bend, y3
            head = _HEAD_RIGHT
        elif target_x > source.x:
            # Same column: bulge out along the cards' right edges, so the
            # arrow does not run over the cards in between.
            x0, y0, x3, y3 = source.right, source_y, target.right, target_y
            bulge = max(x0, x3) + 22
            x1, y1, x2, y2 = bulge, y0, bulge, y3
            head = _HEAD_LEFT
        else:
            x0, y0, x3, y3 = source.x + source.width / 2, source.y, target_x, target.y
            arc_y = top - 16
            x1, y1, x2, y2 = x0, arc_y, x3, arc_y
            head = _HEAD_DOWN
        path = QPainterPath()
        path.moveTo(x0, y0)
        path.cubicTo(x1, y1, x2, y2, x3, y3)
        self._path = path
        self._curve = (x0, y0, x1, y1, x2, y2, x3, y3)
        (lx, ly), (rx, ry) = head
        self._head = QPolygonF([QPointF(x3, y3), QPointF(x3 + lx, y3 + ly), QPointF(x3 + rx, y3 + ry)])
        self._head_extent = (
            min(x3, x3 + lx, x3 + rx) - _INK_REACH,
            min(y3, y3 + ly, y3 + ry) - _INK_REACH,
            max(x3, x3 + lx, x3 + rx) + _INK_REACH,
            max(y3, y3 + ly, y3 + ry) + _INK_REACH,
        )
        # Qt asks for both far more often than the arrow changes.
        # Room for the label box, or just for the pen: an arrow's bounds are what a
        # change of it repaints, and long arrows cross much of the view.
        dx, dy = (76, 14) if labelled else (2, 2)  # a label box is at most 150 wide
        self._bounds = path.boundingRect().united(self._head.boundingRect()).adjusted(-dx, -dy, dx, dy)

    def repaint(self) -> None:
        """Have the scene repaint the arrow (and nothing else)."""
        if self.scene() is not None and self._routed is not None:
            self.board.arrows.invalidate([self._bounds])

    def _shift_to(self, source: Rect, target: Rect, top: float) -> tuple[float, float] | None:
        """How far both ends moved together since the last routing (None: not alike)."""
        if self._routed is None:
            return None
        old_source, old_target, old_top = self._routed
        if (source.width, source.height, target.width, target.height) != (
            old_source.width,
            old_source.height,
            old_target.width,
            old_target.height,
        ):
            return None
        dx, dy = source.x - old_source.x, source.y - old_source.y
        if (target.x - old_target.x, target.y - old_target.y) != (dx, dy) or top - old_top != dy:
            return None
        return dx, dy

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._shape = stroker.createStroke(self._path)
        return self._shape

    def _line_in(self, view: Box, patches: QRegion | None, whole: bool) -> QPainterPath | None:
        """The part of the arrow's line that can put ink in *view* (and *patches*; None: none of it).

        An arrow's bounds are large (long arrows cross much of the view) and
        an edit repaints small patches of the view: stroking a whole long
        curve for a patch it barely crosses, or does not cross at all, is most
        of what a repaint costs on a map with many arrows. The curve is kept
        as a chain of pieces with boxes that hold their ink; only the pieces
        whose box meets the patch are added, runs of neighbouring pieces as
        one line (no seam between them). A piece's ends outside the patch put
        their caps outside it too, so what the patch shows does not change.
        *patches*: the parts of *view* that are repainted, when they are several.
        *whole*: the line is stroked whole once a piece meets the patch (a
        line Qt strokes fast: see :func:`strokes_fast`), the very pixels a
        repaint of the whole view gives; with one patch, the line is given
        whole without looking for its pieces: Qt's fast stroker skips what
        lies outside the patch sooner than the pieces can be found, and an
        arrow rerouted by an edit would have to be cut up again.
        """
        left, top, right, bottom = view
        a_left, a_top, a_right, a_bottom = self.extent
        inside = left <= a_left and top <= a_top and right >= a_right and bottom >= a_bottom
        if self._curve is None or (patches is None and (whole or inside)):
            return self._path  # all of it (or not yet routed)
        if self._pieces is None:
            self._pieces = _pieces(self._curve)
        path = QPainterPath()
        joined = False
        for (x0, y0, x1, y1, x2, y2, x3, y3), piece in self._pieces:
            p_left, p_top, p_right, p_bottom = piece
            # meets() written out: this loop runs for every piece of every arrow a repaint reaches.
            if (
                p_right < left
                or p_left > right
                or p_bottom < top
                or p_top > bottom
                or (patches is not None and not patches.intersects(_pixels(piece)))
            ):
                joined = False
                continue
            if whole:
                return self._path
            if not joined:
                path.moveTo(x0, y0)
            path.cubicTo(x1, y1, x2, y2, x3, y3)
            joined = True
        return None if path.isEmpty() else path

    def _label_point(self) -> QPointF:
        """Where the label's box is centred: half way along the line (found when first needed)."""
        if self._label_at is None:
            self._label_at = self._path.pointAtPercent(0.5)
        return self._label_at

    def add_ink(self, ink: ArrowInk, view: Box, patches: QRegion | None = None, whole: bool = False) -> None:
        """Add to *ink* what of the arrow reaches *view* (and *patches*, the parts of it repainted).

        *whole*: a line that reaches them is added whole rather than cut to them.
        """
        if self._curve is None:
            return  # not routed yet: no ink
        line = self._line_in(view, patches, whole)
        if line is not None:
            ink.lines.append(line)
        if meets(self._head_extent, view):
            ink.heads.append(self._head)

    def add_label(self, ink: ArrowInk, view: Box) -> None:
        """Add to *ink* the arrow's label, when it has one whose box reaches *view*."""
        if self._curve is not None and self._labelled:
            centre = self._label_point()
            x, y = centre.x(), centre.y()
            reach = _LABEL_REACH
            label = (x + reach.left(), y + reach.top(), x + reach.right(), y + reach.bottom())
            if meets(label, view):
                connection = self.board.connection(self.item_id)
                if connection is not None and connection.label:
                    ink.labels.append((centre, connection.label))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Qt does not call it (the item has no contents): the arrow layer draws it.
        self.draw(painter, option.exposedRect)

    def draw(self, painter: QPainter, exposed: QRectF, patches: QRegion | None = None) -> None:
        """Paint what of the arrow reaches *exposed* (and *patches*, the parts of it repainted)."""
        ink = ArrowInk()
        selected = self.isSelected()
        view = box_of(exposed)
        self.add_ink(ink, view, patches, strokes_fast(painter, selected))
        self.add_label(ink, view)
        ink.draw(painter, selected, view if patches is None else None)
        ink.draw_labels(painter)


Box = tuple[float, float, float, float]  # left, top, right, bottom
# An arrow's ink as its layer reads it: its extent, line, head and the head's extent (ConnectionItem.trace).
Trace = tuple[Box, QPainterPath, QPolygonF, Box]
_NOWHERE: Box = (math.inf, math.inf, -math.inf, -math.inf)  # meets no box


def box_of(rect: QRectF) -> Box:
    """*rect*'s left, top, right and bottom, as plain numbers."""
    return rect.left(), rect.top(), rect.right(), rect.bottom()


def meets(box: Box, other: Box) -> bool:
    """True when the two boxes overlap or touch."""
    left, top, right, bottom = box
    o_left, o_top, o_right, o_bottom = other
    return not (right < o_left or left > o_right or bottom < o_top or top > o_bottom)


class ArrowInk:
    """The lines, heads and labels of arrows to paint, gathered to be drawn together.

    The painter's pen and brush are set once for all of them rather than
    once per arrow: a repaint of a map with many arrows draws dozens. (One
    path holding every line would cost more: Qt rasterises a path in bands
    of its bounds, and the lines of many arrows span the whole view.)
    """

    def __init__(self) -> None:
        self.lines: list[QPainterPath] = []
        self.heads: list[QPolygonF] = []
        self.labels: list[tuple[QPointF, str]] = []

    def draw(self, painter: QPainter, selected: bool, within: Box | None = None) -> None:
        """Stroke the lines and the heads, in the selection's ink when *selected*.

        *within*: the box being repainted; lines given whole (see
        ConnectionItem._line_in) put no ink outside it.
        """
        if not self.lines and not self.heads:
            return
        if within is not None:
            painter.save()
            left, top, right, bottom = within
            painter.setClipRect(QRectF(left, top, right - left, bottom - top), _INTERSECT)
        painter.setRenderHint(style.ANTIALIASING)
        pen, brush = _SELECTED_INK if selected else _INK
        painter.setPen(pen)
        painter.setBrush(_NO_BRUSH)
        for line in self.lines:
            painter.drawPath(line)
        painter.setBrush(brush)
        for head in self.heads:
            painter.drawPolygon(head)
        if within is not None:
            painter.restore()

    def draw_labels(self, painter: QPainter) -> None:
        """Draw the labels, each in its white box (over every line)."""
        if not self.labels:
            return
        painter.setRenderHint(style.ANTIALIASING)
        font = style.scene_font(9)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for centre, label in self.labels:
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, 140)
            box = QRectF(0, 0, metrics.horizontalAdvance(text) + 10, metrics.height() + 4)
            box.moveCenter(centre)
            painter.setPen(_LABEL_EDGE)
            painter.setBrush(_LABEL_FILL)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(style.TEXT)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def strokes_fast(painter: QPainter, selected: bool) -> bool:
    """True when *painter* strokes the arrows' line (*selected*: the selection's) one device pixel wide.

    Qt's raster engine draws such a line with its fast stroker, which also
    skips the parts of a long line outside the repainted patch: stroking it
    whole then costs no more than stroking the pieces that reach the patch.
    A wider line (zoomed in, a high-density screen, a selected arrow) is
    outlined and filled, at a cost that grows with its whole length.
    """
    transform = painter.deviceTransform()
    if transform.type().value > style.SCALING:
        return False
    pen = (_SELECTED_INK if selected else _INK)[0]
    return pen.widthF() * max(abs(transform.m11()), abs(transform.m22())) <= 1.0


def _ink(colour: QColor, width: float) -> tuple[QPen, QBrush]:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen, QBrush(colour)


# Built once: every paint of every arrow needs them. The arrows' line is one
# unit wide: Qt's raster engine strokes a line of at most one device pixel
# with its fast stroker, six times faster than an antialiased wider line,
# and stroking is most of what repainting arrows costs; the darker grey keeps
# it as present as the wider line was.
_INK = _ink(QColor("#4A5562"), 1.0)
_SELECTED_INK = _ink(style.SELECTION, 2.2)
_LABEL_EDGE = QPen(QColor("#C5CDD6"), 0.8)
_LABEL_FILL = QBrush(QColor("#FFFFFF"))


def _pieces(curve: Curve) -> list[Piece]:
    """A one-curve arrow's line cut into pieces (one every ~120 px), each with a box that holds its ink.

    The piece of a cubic Bézier curve between t0 and t1 is itself a cubic
    curve, whose inner control points lie a third of (t1 - t0) along the
    tangents at its ends; it lies within the hull of its control points, so
    the box of those points, widened by the pen's reach, holds every pixel
    its stroke can touch. Plain arithmetic: an arrow is cut up each time a
    card at one of its ends moves.
    """
    x0, y0, x1, y1, x2, y2, x3, y3 = curve
    # The control polygon is at least as long as the curve.
    reach = math.hypot(x1 - x0, y1 - y0) + math.hypot(x2 - x1, y2 - y1) + math.hypot(x3 - x2, y3 - y2)
    count = max(1, min(8, math.ceil(reach / _PIECE_LENGTH)))
    ends: list[tuple[float, float, float, float]] = []  # point and tangent/3 at each cut
    for step in range(count + 1):
        t = step / count
        u = 1.0 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        e, f, g = u * u, 2 * u * t, t * t
        ends.append(
            (
                a * x0 + b * x1 + c * x2 + d * x3,
                a * y0 + b * y1 + c * y2 + d * y3,
                (e * (x1 - x0) + f * (x2 - x1) + g * (x3 - x2)) / count,
                (e * (y1 - y0) + f * (y2 - y1) + g * (y3 - y2)) / count,
            )
        )
    pieces: list[Piece] = []
    for (ax, ay, adx, ady), (bx, by, bdx, bdy) in pairwise(ends):
        cx1, cy1, cx2, cy2 = ax + adx, ay + ady, bx - bdx, by - bdy
        left = min(ax, cx1, cx2, bx) - _INK_REACH
        top = min(ay, cy1, cy2, by) - _INK_REACH
        right = max(ax, cx1, cx2, bx) + _INK_REACH
        bottom = max(ay, cy1, cy2, by) + _INK_REACH
        pieces.append(((ax, ay, cx1, cy1, cx2, cy2, bx, by), (left, top, right, bottom)))
    return pieces


def _pixels(box: Box) -> QRect:
    """*box* in whole units, two wider all round, for a region to test.

    The arrow layer maps the view's patches to the scene rounded to whole
    units, and a piece that comes within a pixel of a patch must still be drawn.
    """
    left, top, right, bottom = box
    x0, y0 = math.floor(left) - 2, math.floor(top) - 2
    return QRect(x0, y0, math.ceil(right) + 2 - x0, math.ceil(bottom) + 2 - y0)


Point = tuple[float, float]
Curve = tuple[float, float, float, float, float, float, float, float]  # x0, y0 … x3, y3
# A piece of an arrow's line: its control points and the box that holds its ink.
# Plain numbers, not Qt's rectangles: making and dropping Qt objects costs
# microseconds each, and an arrow is cut up again each time a card at an end moves.
Piece = tuple[Curve, "Box"]


def _within_slack(ink: Box, reach: Box) -> bool:
    """True when *reach* holds *ink* and is at most _SLACK wider on every side."""
    left, top, right, bottom = ink
    r_left, r_top, r_right, r_bottom = reach
    return (
        0 <= left - r_left <= _SLACK
        and 0 <= top - r_top <= _SLACK
        and 0 <= r_right - right <= _SLACK
        and 0 <= r_bottom - bottom <= _SLACK
    )


def _moved_box(box: Box, dx: float, dy: float) -> Box:
    left, top, right, bottom = box
    return left + dx, top + dy, right + dx, bottom + dy


def _moved(curve: Curve, dx: float, dy: float) -> Curve:
    x0, y0, x1, y1, x2, y2, x3, y3 = curve
    return (x0 + dx, y0 + dy, x1 + dx, y1 + dy, x2 + dx, y2 + dy, x3 + dx, y3 + dy)


def _head_sides(angle: float, size: float = 8.0) -> tuple[Point, Point]:
    """Where the two back corners of an arrow head pointing at *angle* lie, from its tip."""
    return (
        (-size * math.cos(angle - 0.45), -size * math.sin(angle - 0.45)),
        (-size * math.cos(angle + 0.45), -size * math.sin(angle + 0.45)),
    )


# Arrows arrive from the left, from the right (same column) or from above (loops back).
_HEAD_RIGHT = _head_sides(0.0)
_HEAD_LEFT = _head_sides(math.pi)
_HEAD_DOWN = _head_sides(math.pi / 2)


class DropIndicatorItem(QGraphicsItem):
    """Where a dragged thing will land: a highlighted cell and an insertion line."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(style.Z_INDICATOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._cell = QRectF()
        self._line: tuple[QPointF, QPointF] | None = None
        self._ok = True

    def show_at(self, cell: QRectF, line: tuple[QPointF, QPointF] | None, ok: bool) -> None:
        """Highlight *cell* (green-blue when allowed, red when not) and an insertion line."""
        self.prepareGeometryChange()
        self._cell, self._line, self._ok = cell, line, ok
        self.setVisible(True)

    def boundingRect(self) -> QRectF:
        return self._cell.adjusted(-4, -4, 4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self._cell, style.DROP_OK if self._ok else style.DROP_BAD)
        painter.setPen(QPen(style.SELECTION if self._ok else QColor("#C62828"), 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._cell)
        if self._line is not None and self._ok:
            painter.setPen(QPen(style.SELECTION, 3))
            painter.drawLine(*self._line)
