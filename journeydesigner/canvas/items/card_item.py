"""Cards and emotion markers on the canvas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

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


# Combined once: an OR of Python enum flags costs microseconds, and a large
# persona makes a thousand items.
_CARD_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)
# A dragged marker is kept in its band by the scene (SceneEditing.mouseMoveEvent)
# rather than by an itemChange() override, which Qt would call for every flag,
# depth and position each marker is given while a timeline is built.
_MARKER_FLAGS = _CARD_FLAGS
# Looked up once for the same reason: reading a PySide enum member costs about a
# microsecond, and these are read for every item made, moved or painted.
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_NO_PEN = Qt.PenStyle.NoPen


class BoardItem(QGraphicsRectItem):
    """Base of items that stand for a model object of the current timeline.

    Items are drawn once into a pixmap in device pixels and blitted from it
    until they change (``update()``) or the zoom does: laying out a card's
    text, icon and rounded box costs far more than copying its pixels, and a
    repaint, a scroll or an edit nearby redraws many cards. A move keeps the
    pixmap.

    The item's rectangle (``rect()``, drawn by :meth:`paint`, never by Qt) is
    its bounds: Qt asks an item for them several times each time it paints
    it, and a rectangle item answers in C++ rather than calling Python (a
    repaint after an edit on a crowded timeline paints dozens of cards).
    """

    def __init__(self, board: TimelineScene, item_id: str) -> None:
        super().__init__()
        self.board = board
        self.item_id = item_id
        self._width = 10.0
        self._height = 10.0
        self.setPen(_NO_PEN)  # no pen: the bounds are the rectangle itself
        self.setRect(self._bounds_for(self._width, self._height))
        self.setCacheMode(_DEVICE_CACHE)

    def _bounds_for(self, width: float, height: float) -> QRectF:
        """The bounding rectangle of an item of that size (room for the selection outline)."""
        return QRectF(-3, -3, width + 6, height + 6)

    def set_geometry(self, x: float, y: float, width: float, height: float) -> None:
        """Place the item; repaint only when its size changes."""
        if width != self._width or height != self._height:
            self._width, self._height = width, height
            self.setRect(self._bounds_for(width, height))
        if self.x() != x or self.y() != y:
            self.setPos(x, y)

    def card(self) -> AnyCard | None:
        """The card this item shows (None right after it was removed)."""
        entry = self.board.journey.index.cards.get(self.item_id)
        return entry[1] if entry is not None else None


class CardItem(BoardItem):
    """A card in a stacked lane: type colour, icon, title and key details."""

    def __init__(self, board: TimelineScene, item_id: str) -> None:
        super().__init__(board, item_id)
        self.setFlags(_CARD_FLAGS)
        self.setZValue(style.Z_CARD)
        self.setAcceptHoverEvents(True)
        self._wrapped_for: tuple[str, float, int] | None = None
        self._wrapped: list[str] = []

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
        fill, accent = _card_colours(card.type)
        rect = QRectF(0, 0, self._width, self._height)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        if lod < SIMPLE_BELOW:
            painter.fillRect(rect, accent if selected else fill)
            painter.fillRect(QRectF(0, 0, 4, self._height), accent)
            return
        painter.setRenderHint(style.ANTIALIASING)
        painter.setPen(_SELECTED_EDGE if selected else _EDGE)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(_NO_PEN)
        painter.setBrush(accent)
        painter.drawPath(_accent_bar(self._height))
        style.paint_icon(painter, card.type, QRectF(9, 6, 14, 14))
        self._paint_text(painter, card)

    def _paint_text(self, painter: QPainter, card: AnyCard) -> None:
        title_font, metrics = style.scene_font_metrics(11, bold=True)
        painter.setFont(title_font)
        painter.setPen(style.TEXT)
        detail = self._detail(card)
        max_lines = 2 if detail else 3
        text_width = self._width - 32
        title = card.title or self.board.placeholder_title(card.type)
        # Wrapping measures every word: keep the lines until the title or the width changes.
        key = (title, text_width, max_lines)
        if key != self._wrapped_for:
            self._wrapped_for = key
            self._wrapped = elide_lines(title, metrics, text_width, max_lines)
        y = 6 + metrics.ascent()
        for line in self._wrapped:
            painter.drawText(QPointF(26, y), line)
            y += metrics.height()
        if detail:
            detail_font, detail_metrics = style.scene_font_metrics(9)
            painter.setFont(detail_font)
            painter.setPen(style.TEXT_MUTED)
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
        self.setFlags(_MARKER_FLAGS)
        self.setZValue(style.Z_MARKER)
        self.lowest = False

    def _bounds_for(self, width: float, height: float) -> QRectF:
        # Room for the label under the face and the "lowest moment" ring.
        return QRectF(-60, -8, width + 120, height + 34)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QRectF(0, 0, self._width, self._height))
        return path

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


_EDGE = QPen(QColor("#C5CDD6"), 0.8)
_SELECTED_EDGE = QPen(style.SELECTION, 2.5)
_COLOURS: dict[str, tuple[QBrush, QBrush]] = {}
_BARS: dict[float, QPainterPath] = {}


def _card_colours(card_type: str) -> tuple[QBrush, QBrush]:
    """The fill and accent of a card type, as brushes made once."""
    brushes = _COLOURS.get(card_type)
    if brushes is None:
        fill, accent = style.CARD_COLOURS.get(card_type, ("#FFFFFF", "#607D8B"))
        brushes = _COLOURS[card_type] = (QBrush(QColor(fill)), QBrush(QColor(accent)))
    return brushes


def _accent_bar(height: float) -> QPainterPath:
    """The accent strip on a card's left edge, rounded on the outside only."""
    bar = _BARS.get(height)
    if bar is None:
        # Intersecting paths is slow, and every card of a lane has the same height.
        rounded = QPainterPath()
        rounded.addRoundedRect(QRectF(0, 0, 8, height), 4, 4)
        strip = QPainterPath()
        strip.addRect(QRectF(0, 0, 4, height))
        bar = _BARS[height] = rounded.intersected(strip)
    return bar


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
