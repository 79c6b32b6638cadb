"""Stage and lane headers; they stay pinned to the view's edges while scrolling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeydesigner.canvas import style

if TYPE_CHECKING:
    from journeydesigner.canvas.scene import TimelineScene

RESIZE_GRIP = 6.0  # points at a stage's right edge that resize it


class HeaderItem(QGraphicsRectItem):
    """Base of headers: an id, a size, and the scene that owns it.

    The item's rectangle (drawn by :meth:`paint`, never by Qt) is its
    bounds, which Qt then reads in C++ rather than asking Python each time
    it looks for the items in a region.
    """

    def __init__(self, board: TimelineScene, item_id: str) -> None:
        super().__init__()
        self.board = board
        self.item_id = item_id
        self._width = 10.0
        self._height = 10.0
        self.setPen(Qt.PenStyle.NoPen)  # no pen: the bounds are the rectangle itself
        self.setRect(0, 0, self._width, self._height)
        # Headers follow every scroll (they stay pinned to the view's edges):
        # moving a cached pixmap is far cheaper than drawing the text again.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_size(self, width: float, height: float) -> None:
        """Resize, repainting only when the size changes."""
        if (width, height) != (self._width, self._height):
            self._width, self._height = width, height
            self.setRect(0, 0, width, height)


class StageHeaderItem(HeaderItem):
    """A stage's header: colour band, name and time frame.

    Drag it sideways to reorder stages; drag its right edge to resize the stage.
    """

    def __init__(self, board: TimelineScene, item_id: str) -> None:
        super().__init__(board, item_id)
        self.setZValue(style.Z_STAGE_HEADER)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self._press: QPointF | None = None
        self._mode = ""  # "", "move" or "resize"
        self.home_x = 0.0

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        near_edge = event.pos().x() >= self._width - RESIZE_GRIP
        self.setCursor(Qt.CursorShape.SizeHorCursor if near_edge else Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._press = event.scenePos()
        self._mode = "resize" if event.pos().x() >= self._width - RESIZE_GRIP else "move"
        self.board.select_only(self.item_id)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        dx = event.scenePos().x() - self._press.x()
        if self._mode == "resize":
            self.board.preview_stage_width(self.item_id, dx)
        else:
            self.setZValue(style.Z_CORNER - 1)
            self.setPos(self.home_x + dx, self.pos().y())
            self.board.preview_stage_drop(self.item_id, self.pos().x() + self._width / 2)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        dx = event.scenePos().x() - self._press.x()
        mode, self._press, self._mode = self._mode, None, ""
        self.setZValue(style.Z_STAGE_HEADER)
        if mode == "resize":
            self.board.finish_stage_resize(self.item_id, dx)
        elif abs(dx) > 2:
            self.board.finish_stage_move(self.item_id, self.home_x + dx + self._width / 2)
        else:
            self.setPos(self.home_x, self.pos().y())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.board.request_rename(self.item_id)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        stage = self.board.stage(self.item_id)
        if stage is None:
            return
        rect = QRectF(0, 0, self._width, self._height)
        colour = QColor(stage.color)
        tint = QColor(colour)
        tint.setAlpha(38)
        painter.fillRect(rect, QColor("#FFFFFF"))
        painter.fillRect(rect, tint)
        painter.fillRect(QRectF(0, 0, self._width, 6), colour)
        painter.setPen(QPen(style.GRID, 1))
        painter.drawLine(QPointF(self._width, 0), QPointF(self._width, self._height))
        painter.drawLine(QPointF(0, self._height), QPointF(self._width, self._height))
        if self.isSelected():
            painter.setPen(QPen(style.SELECTION, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        name_font = style.scene_font(14, bold=True)
        painter.setFont(name_font)
        painter.setPen(style.TEXT)
        metrics = QFontMetricsF(name_font)
        name = metrics.elidedText(stage.name, Qt.TextElideMode.ElideRight, self._width - 24)
        painter.drawText(QPointF(12, 14 + metrics.ascent()), name)
        if stage.timeframe:
            small = style.scene_font(10)
            painter.setFont(small)
            painter.setPen(style.TEXT_MUTED)
            frame = QFontMetricsF(small).elidedText(
                stage.timeframe, Qt.TextElideMode.ElideRight, self._width - 24
            )
            painter.drawText(QPointF(12, self._height - 11), frame)


class LaneHeaderItem(HeaderItem):
    """A lane's header on the left: icon and name."""

    def __init__(self, board: TimelineScene, item_id: str) -> None:
        super().__init__(board, item_id)
        self.setZValue(style.Z_LANE_HEADER)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._press: QPointF | None = None
        self.home_y = 0.0

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._press = event.scenePos()
        self.board.select_only(self.item_id)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        dy = event.scenePos().y() - self._press.y()
        self.setZValue(style.Z_CORNER - 1)
        self.setPos(self.pos().x(), self.home_y + dy)
        self.board.preview_lane_drop(self.pos().y() + self._height / 2)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        dy = event.scenePos().y() - self._press.y()
        self._press = None
        self.setZValue(style.Z_LANE_HEADER)
        if abs(dy) > 2:
            self.board.finish_lane_move(self.item_id, self.home_y + dy + self._height / 2)
        else:
            self.setPos(self.pos().x(), self.home_y)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.board.request_rename(self.item_id)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lane = self.board.lane(self.item_id)
        if lane is None:
            return
        rect = QRectF(0, 0, self._width, self._height)
        painter.fillRect(rect, style.HEADER_FILL)
        painter.setPen(QPen(style.GRID, 1))
        painter.drawLine(QPointF(0, self._height), QPointF(self._width, self._height))
        painter.drawLine(QPointF(self._width, 0), QPointF(self._width, self._height))
        if self.isSelected():
            painter.setPen(QPen(style.SELECTION, 2.5))
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        style.paint_icon(painter, _LANE_ICON.get(lane.kind.value, "lane"), QRectF(12, 12, 18, 18))
        font = style.scene_font(12, bold=True)
        painter.setFont(font)
        painter.setPen(style.TEXT)
        text_rect = QRectF(38, 10, self._width - 46, self._height - 20)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
            lane.name,
        )


_LANE_ICON = {
    "actions": "action",
    "touchpoints": "touchpoint",
    "channels": "device",
    "thoughts": "thought",
    "emotions": "emotion",
    "pain_points": "pain_point",
    "opportunities": "opportunity",
    "metrics": "metric",
    "backstage": "lane",
    "notes": "note",
}


class CornerItem(HeaderItem):
    """The top-left corner above the lane headers: the persona's name."""

    def __init__(self, board: TimelineScene) -> None:
        super().__init__(board, "")
        self.setZValue(style.Z_CORNER)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        persona = self.board.persona()
        rect = QRectF(0, 0, self._width, self._height)
        painter.fillRect(rect, QColor("#FFFFFF"))
        painter.fillRect(rect, style.HEADER_FILL)
        painter.setPen(QPen(style.GRID, 1))
        painter.drawLine(QPointF(0, self._height), QPointF(self._width, self._height))
        painter.drawLine(QPointF(self._width, 0), QPointF(self._width, self._height))
        if persona is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(persona.color)))
        painter.drawEllipse(QRectF(12, 14, 26, 26))
        style.paint_icon(painter, "persona", QRectF(16, 18, 18, 18))
        font = style.scene_font(12, bold=True)
        painter.setFont(font)
        painter.setPen(style.TEXT)
        metrics = QFontMetricsF(font)
        painter.drawText(
            QPointF(46, 24), metrics.elidedText(persona.name, Qt.TextElideMode.ElideRight, self._width - 52)
        )
        if persona.role:
            small = style.scene_font(9)
            painter.setFont(small)
            painter.setPen(style.TEXT_MUTED)
            painter.drawText(
                QPointF(46, 40),
                QFontMetricsF(small).elidedText(persona.role, Qt.TextElideMode.ElideRight, self._width - 52),
            )
