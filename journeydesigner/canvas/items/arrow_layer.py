"""One item that paints every arrow of the timeline.

The arrows (:class:`~journeydesigner.canvas.items.links.ConnectionItem`)
hold no ink of their own: they stay in the scene to be clicked, hovered and
selected, and this layer paints their lines and heads together (one pen for
all of them), only the part of a long line that reaches the repainted box
when that line is costly to stroke, and a view repainted whole from a picture
of itself while no arrow changes; their labels are painted by a second item,
over the cards (:class:`ArrowLabels`). A changed arrow asks the scene to
repaint where it was and where it is.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath, QRegion
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesigner.canvas import style
from journeydesigner.canvas.items.links import (
    ArrowInk,
    Box,
    ConnectionItem,
    Trace,
    box_of,
    meets,
    strokes_fast,
)

_EXTENDED_OPTION = QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption
_SNAPSHOT_FORMAT = QImage.Format.Format_ARGB32_Premultiplied
# Boxes sent to the views between two paints before the layer repaints whole
# instead: a view keeps what it must repaint as a region, and a region of
# thousands of boxes (a thousand undo() calls in a script, with no paint in
# between) costs more to build than repainting the view.
_MOST_BOXES = 400
# How much further than an arrow the layer's bounds grow: fewer changes of its bounds.
_GROWTH = 256.0


class ArrowLayer(QGraphicsItem):
    """Paints the arrows of the scene it is in; never hit by the mouse (its shape is empty)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(style.Z_CONNECTION)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Qt then says which part of the view it repaints (option.exposedRect).
        self.setFlag(_EXTENDED_OPTION)
        # Each arrow's trace (ConnectionItem.trace), in the order they came: the painting order.
        self._arrows: dict[ConnectionItem, Trace] = {}
        self._labelled: dict[ConnectionItem, None] = {}  # those with a label
        self.labels = ArrowLabels(self)  # the labels, over the cards: the scene adds it beside the layer
        self._selected: set[ConnectionItem] = set()  # painted in the selection's ink
        self._bounds = QRectF()
        self._boxes_sent = 0  # since the last paint
        # The layer drawn for a whole view, and the view's transform and size then (see paint).
        self._snapshot: QImage | None = None
        self._snapshot_key: tuple[float, ...] = ()
        self._picture: QImage | None = None  # the snapshot's memory, kept for the next one
        self._seen_whole: tuple[float, ...] | None = None  # the view last repainted whole, drawn directly

    # The scene tells the layer which arrows it holds and which are selected,
    # rather than each arrow overriding itemChange(): Qt calls that for every
    # flag, depth and scene an item is given, and each call into Python costs
    # microseconds, thousands of times when a persona's timeline is shown.

    def add(self, arrow: ConnectionItem) -> None:
        """Paint *arrow* (just added to the scene) from now on."""
        self._arrows[arrow] = arrow.trace()
        self.routed(arrow)
        if arrow.isSelected():
            self._selected.add(arrow)

    def discard(self, arrow: ConnectionItem) -> None:
        """Stop painting *arrow*, which is leaving the scene, and repaint where it was."""
        arrow.repaint()
        self._arrows.pop(arrow, None)
        self._labelled.pop(arrow, None)
        self._selected.discard(arrow)

    def clear(self) -> None:
        """Forget every arrow (the timeline shown is being taken down) and repaint the layer."""
        self.repaint_all()
        self._arrows.clear()
        self._labelled.clear()
        self._selected.clear()

    def follow_selection(self, selected: list[QGraphicsItem]) -> None:
        """Repaint the arrows that were selected and are no longer, or the other way round."""
        now = {item for item in selected if isinstance(item, ConnectionItem) and item in self._arrows}
        for arrow in now ^ self._selected:
            arrow.repaint()  # in the selection's ink, or back
        self._selected = now

    def routed(self, arrow: ConnectionItem) -> None:
        """*arrow* was routed (again): hold it in the layer's bounds, and note whether it has a label."""
        if arrow not in self._arrows:
            return
        self._arrows[arrow] = arrow.trace()
        self.reach(arrow.boundingRect())
        if arrow.labelled:
            self._labelled[arrow] = None
        else:
            self._labelled.pop(arrow, None)

    def reach(self, rect: QRectF) -> None:
        """Make the layer's bounds hold *rect* (where an arrow has gone)."""
        if not rect.isEmpty() and not self._bounds.contains(rect):
            self.prepareGeometryChange()
            self.labels.prepareGeometryChange()
            wider = rect.adjusted(-_GROWTH, -_GROWTH, _GROWTH, _GROWTH)
            self._bounds = self._bounds.united(wider) if not self._bounds.isEmpty() else wider

    @property
    def precise(self) -> bool:
        """True when changed arrows should say which boxes to repaint (False: the layer repaints whole)."""
        return self._boxes_sent <= _MOST_BOXES

    def repaint_all(self) -> None:
        """Repaint the whole layer at the next paint (a change that moves most arrows)."""
        self._forget_snapshot()
        if self.scene() is not None and self.precise:
            self._boxes_sent = _MOST_BOXES + 1
            self._update_whole()

    def invalidate(self, boxes: list[QRectF]) -> None:
        """Have the views repaint *boxes* (scene coordinates) at their next paint.

        Once the layer repaints whole (not :attr:`precise`), *boxes* are not
        needed: the layer is marked for repainting again, in case it has been
        painted since.
        """
        scene = self.scene()
        if scene is None:
            return
        self._forget_snapshot()
        if self.precise:
            self._boxes_sent += len(boxes)
        if not self.precise:
            self._update_whole()  # a no-op while a repaint of the whole layer is pending
            return
        for box in boxes:
            scene.update(box)

    def _update_whole(self) -> None:
        self.update()
        self.labels.update()

    def _forget_snapshot(self) -> None:
        """An arrow changed: the picture of the whole view no longer holds."""
        self._snapshot = None
        self._seen_whole = None

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # clicks and rubber bands find the arrows, not the layer

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._boxes_sent = 0
        patches = _patches(painter)
        if (
            widget is not None
            and patches is None
            and _most_of(painter, option.exposedRect, self._bounds, widget)
        ):
            self._paint_whole(painter, widget, option.exposedRect)
            return
        self._draw(painter, box_of(option.exposedRect), patches)

    def _paint_whole(self, painter: QPainter, widget: QWidget, exposed: QRectF) -> None:
        """Paint the layer for a view repainted whole: from a picture when it was so repainted before.

        A view repainted whole (shown again, uncovered, a dialog closed over
        it) strokes every arrow in it, most of the repaint's time on a large
        map; the layer keeps the picture of such a repaint while no arrow
        changes and the view neither scrolls nor zooms. The first such repaint
        (the map just opened, an arrow just changed) draws directly: a picture
        costs more to make than drawing once, and pays only from the second.
        """
        transform = painter.worldTransform()
        ratio = widget.devicePixelRatioF()
        key: tuple[float, ...] = (transform.m11(), transform.m12(), transform.m21(), transform.m22())
        key += (transform.dx(), transform.dy(), float(widget.width()), float(widget.height()), ratio)
        if self._snapshot is None or self._snapshot_key != key:
            self._snapshot = None
            inverse, invertible = transform.inverted()
            if self._seen_whole != key or not invertible:
                self._seen_whole = key
                self._draw(painter, box_of(exposed), None)
                return
            size = widget.size()
            width, height = round(size.width() * ratio), round(size.height() * ratio)
            picture = self._picture
            if picture is None or picture.width() != width or picture.height() != height:
                picture = QImage(width, height, _SNAPSHOT_FORMAT)
                self._picture = picture
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            picture_painter = QPainter(picture)
            try:
                picture_painter.setRenderHints(painter.renderHints())
                picture_painter.setWorldTransform(transform)
                self._draw(picture_painter, box_of(inverse.mapRect(QRectF(widget.rect()))), None)
            finally:
                picture_painter.end()
            self._snapshot, self._snapshot_key = picture, key
        painter.save()
        painter.resetTransform()
        painter.drawImage(QPointF(0, 0), self._snapshot)
        painter.restore()

    def _draw(self, painter: QPainter, view: Box, patches: QRegion | None) -> None:
        ink, selected_ink = ArrowInk(), ArrowInk()
        fast, fast_selected = strokes_fast(painter, selected=False), strokes_fast(painter, selected=True)
        # One box, at a scale Qt strokes the line fast: a line that reaches the
        # box is stroked whole (see ConnectionItem._line_in), taken here from
        # its trace without asking the arrow.
        whole = patches is None and fast
        # The selected arrows as the layer follows them (follow_selection): no call into Qt per arrow.
        lines, heads, selected = ink.lines, ink.heads, self._selected
        v_left, v_top, v_right, v_bottom = view
        # meets() written out: this runs for every arrow of the timeline at every paint.
        for arrow, ((left, top, right, bottom), line, head, head_box) in self._arrows.items():
            if right < v_left or left > v_right or bottom < v_top or top > v_bottom:
                continue
            if arrow in selected:
                arrow.add_ink(selected_ink, view, patches, fast_selected)
            elif whole:
                lines.append(line)
                h_left, h_top, h_right, h_bottom = head_box
                if not (h_right < v_left or h_left > v_right or h_bottom < v_top or h_top > v_bottom):
                    heads.append(head)
            else:
                arrow.add_ink(ink, view, patches, fast)
        # Selected arrows last, over the arrows they cross (the labels are drawn by ArrowLabels).
        within = view if patches is None else None
        ink.draw(painter, selected=False, within=within)
        selected_ink.draw(painter, selected=True, within=within)

    def draw_labels(self, painter: QPainter, view: Box) -> None:
        """Draw the labels of the arrows that reach *view*, those of selected arrows last."""
        if not self._labelled:
            return
        ink, selected = ArrowInk(), ArrowInk()
        for arrow in self._labelled:
            if meets(arrow.extent, view):
                arrow.add_label(selected if arrow.isSelected() else ink, view)
        ink.draw_labels(painter)
        selected.draw_labels(painter)


class ArrowLabels(QGraphicsItem):
    """The arrows' labels, painted over the cards; never hit by the mouse.

    A label sits half way along its arrow, and that of a short arrow between
    two cards of a column would hide behind them if it lay with the lines.
    """

    def __init__(self, layer: ArrowLayer) -> None:
        super().__init__()
        self._layer = layer
        self.setZValue(style.Z_ARROW_LABEL)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(_EXTENDED_OPTION)

    def boundingRect(self) -> QRectF:
        return self._layer.boundingRect()

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._layer.draw_labels(painter, box_of(option.exposedRect))


def _patches(painter: QPainter) -> QRegion | None:
    """The parts of the view being repainted, in scene coordinates (None: one rectangle, exposedRect).

    An edit repaints scattered patches (where cards and arrow pieces were
    and are), and Qt gives an item only the box around all of them; stroking
    an arrow costs far more than asking a region whether a piece meets it.
    Qt maps the patches rounded to whole units, a piece's box is widened to
    make up for it (links._pixels).
    """
    engine = painter.paintEngine()
    device = engine.systemClip() if engine is not None else QRegion()
    if device.rectCount() < 2:
        return None
    inverse, invertible = painter.deviceTransform().inverted()
    if not invertible or inverse.type().value > style.SCALING:
        return None  # turned or sheared: the box around them will do
    return inverse.map(device)


def _most_of(painter: QPainter, exposed: QRectF, bounds: QRectF, widget: QWidget) -> bool:
    """True when *exposed* covers half or more of what *widget* shows of *bounds* (scene coordinates)."""
    transform, view = painter.worldTransform(), QRectF(widget.rect())
    shown = transform.mapRect(bounds).intersected(view)
    seen = transform.mapRect(exposed).intersected(view)
    return not shown.isEmpty() and seen.width() * seen.height() >= 0.5 * shown.width() * shown.height()
