"""Cards and emotion markers on the canvas."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesigner.canvas import style
from journeydesigner.canvas.items.faces import paint_face
from journeydesigner.model.cards import (
    AnyCard,
    DeviceCard,
    EmotionCard,
    MetricCard,
    OpportunityCard,
    PainPointCard,
    TouchpointCard,
)

if TYPE_CHECKING:
    from journeydesigner.canvas.scene import TimelineScene

SIMPLE_BELOW = 0.45  # level of detail under which cards are drawn as plain boxes


def elide_lines(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Wrap *text* into at most *max_lines* lines of *width*, ending in … if cut."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            rest = " ".join(words[index:])
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return lines
    if current:
        lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines[:max_lines]


class BoardItem(QGraphicsItem):
    """Base of items that stand for a model object of the current timeline."""

    def __init__(self, board: TimelineScene, item_id: str) -> None:
        super().__init__()
        self.board = board
        self.item_id = item_id
        self._width = 10.0
        self._height = 10.0

    def set_geometry(self, x: float, y: float, width: float, height: float) -> None:
        """Place the item; repaint only when its size changes."""
        if (width, height) != (self._width, self._height):
            self.prepareGeometryChange()
            self._width, self._height = width, height
        if self.pos() != QPointF(x, y):
            self.setPos(x, y)

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, self._width + 6, self._height + 6)

    def card(self) -> AnyCard | None:
        """The card this item shows (None right after it was removed)."""
        entry = self.board.journey.index.cards.get(self.item_id)
        return entry[1] if entry is not None else None


class CardItem(BoardItem):
    """A card in a stacked lane: type colour, icon, title and key details."""

    def __init__(self, board: TimelineScene, item_id: str) -> None:
        super().__init__(board, item_id)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setZValue(style.Z_CARD)
        self.setAcceptHoverEvents(True)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self._width, self._height))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        card = self.card()
        if card is None:
            return
        fill, accent = style.CARD_COLOURS.get(card.type, ("#FFFFFF", "#607D8B"))
        rect = QRectF(0, 0, self._width, self._height)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        if lod < SIMPLE_BELOW:
            painter.fillRect(rect, QColor(accent if selected else fill))
            painter.fillRect(QRectF(0, 0, 4, self._height), QColor(accent))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.SELECTION, 2.5) if selected else QPen(QColor("#C5CDD6"), 0.8))
        painter.setBrush(QBrush(QColor(fill)))
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(accent)))
        bar = QPainterPath()
        bar.addRoundedRect(QRectF(0, 0, 8, self._height), 4, 4)
        painter.drawPath(bar.intersected(_rect_path(QRectF(0, 0, 4, self._height))))
        style.paint_icon(painter, card.type, QRectF(9, 6, 14, 14))
        self._paint_text(painter, card)

    def _paint_text(self, painter: QPainter, card: AnyCard) -> None:
        title_font = style.scene_font(11, bold=True)
        painter.setFont(title_font)
        painter.setPen(style.TEXT)
        metrics = QFontMetricsF(title_font)
        detail = self._detail(card)
        max_lines = 2 if detail else 3
        text_width = self._width - 32
        title = card.title or self.board.placeholder_title(card.type)
        lines = elide_lines(title, metrics, text_width, max_lines)
        y = 6 + metrics.ascent()
        for line in lines:
            painter.drawText(QPointF(26, y), line)
            y += metrics.height()
        if detail:
            detail_font = style.scene_font(9)
            painter.setFont(detail_font)
            painter.setPen(style.TEXT_MUTED)
            detail_metrics = QFontMetricsF(detail_font)
            painter.drawText(
                QPointF(9, self._height - 6),
                detail_metrics.elidedText(
                    detail, Qt.TextElideMode.ElideRight, self._width - 16 - self._badge_width(card)
                ),
            )
        if isinstance(card, TouchpointCard):
            self._paint_badges(painter, card)

    def _badge_width(self, card: AnyCard) -> float:
        return 15.0 * len(card.devices) if isinstance(card, TouchpointCard) else 0.0

    def _paint_badges(self, painter: QPainter, card: TouchpointCard) -> None:
        x = self._width - 6 - 14
        for device_id in reversed(card.devices):
            device = next((d for d in self.board.journey.devices if d.id == device_id), None)
            icon = device.icon if device is not None else "device"
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor("#FFFFFF")))
            painter.drawEllipse(QRectF(x - 1, self._height - 18, 15, 15))
            style.paint_icon(painter, icon, QRectF(x + 1, self._height - 16, 11, 11))
            x -= 15
        if card.moment_of_truth:
            painter.setPen(QPen(QColor("#B7791F"), 1.2))
            painter.setBrush(QBrush(QColor("#FFD54F")))
            painter.drawPath(_star(QPointF(self._width - 10, 11), 6))

    def _detail(self, card: AnyCard) -> str:
        """The second line: channel, severity, priority or figures."""
        journey = self.board.journey
        if isinstance(card, TouchpointCard):
            channel = next((c.name for c in journey.channels if c.id == card.channel), "")
            return channel
        if isinstance(card, DeviceCard):
            return next((d.name for d in journey.devices if d.id == card.device), "")
        if isinstance(card, PainPointCard | OpportunityCard):
            level = card.severity if isinstance(card, PainPointCard) else card.priority
            return self.board.level_label(level)
        if isinstance(card, MetricCard):
            return _metric_text(card, self.board.target_word())
        return ""


class EmotionMarkerItem(BoardItem):
    """A face on the emotion curve; dragging it up or down changes the score."""

    def __init__(self, board: TimelineScene, item_id: str) -> None:
        super().__init__(board, item_id)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(style.Z_MARKER)
        self.lowest = False

    def boundingRect(self) -> QRectF:
        # Room for the label under the face and the "lowest moment" ring.
        return QRectF(-60, -8, self._width + 120, self._height + 34)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QRectF(0, 0, self._width, self._height))
        return path

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.isSelected():
            return self.board.marker_position(self, value)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.board.marker_moved(self)
        return super().itemChange(change, value)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        card = self.card()
        if not isinstance(card, EmotionCard):
            return
        scale = self.board.journey.emotion_scale
        score = self.board.live_score(self) if self.board.is_dragging(self) else card.score
        span = scale.maximum - scale.minimum
        fraction = (score - scale.minimum) / span if span else 0.5
        rect = QRectF(0, 0, self._width, self._height)
        if self.lowest:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor("#C62828"), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(-5, -5, 5, 5))
        outline = style.SELECTION if self.isSelected() else QColor("#37474F")
        paint_face(painter, rect, fraction, style.emotion_colour(fraction), outline)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < SIMPLE_BELOW:
            return
        # The number, so the level never depends on colour or shape alone.
        painter.setFont(style.scene_font(9, bold=True))
        painter.setPen(style.TEXT)
        number = f"{score:+d}" if score else "0"
        painter.drawText(QRectF(self._width - 4, -8, 22, 12), Qt.AlignmentFlag.AlignLeft, number)
        label = card.title or scale.label_for(score)
        font = style.scene_font(9)
        painter.setFont(font)
        painter.setPen(style.TEXT_MUTED)
        width = self.board.marker_label_width(self)
        text = QFontMetricsF(font).elidedText(label, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRectF(self._width / 2 - width / 2, self._height + 2, width, 14),
            Qt.AlignmentFlag.AlignHCenter,
            text,
        )


def _rect_path(rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addRect(rect)
    return path


def _star(center: QPointF, radius: float) -> QPainterPath:
    import math

    path = QPainterPath()
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        point = QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


def _metric_text(card: MetricCard, target_word: str) -> str:
    def number(value: float | None) -> str:
        if value is None:
            return "—"
        return f"{value:g}"

    text = f"{number(card.value)} {card.unit}".strip()
    if card.target is not None:
        text += f" · {target_word} {number(card.target)}"
    return text
