"""The emotion overview: every persona's emotion curve on one shared stage axis.

Stages are matched by name across personas (in order of first appearance).
Each persona has its colour, and also its own marker shape and line style, so
the chart still reads when printed in greyscale. The current persona is drawn
last and thicker. Hovering a marker shows who, where and how they felt.
"""

from __future__ import annotations

from math import cos, pi, sin

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QIcon,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QDockWidget, QToolTip, QWidget

from journeydesigner.document.changes import Change
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model.overview import EmotionOverview, emotion_overview
from journeydesigner.ui.icons import emotion_icon_key, icon, signed_score

MARKER_SHAPES = ("circle", "square", "triangle", "diamond", "triangle-down", "pentagon", "cross", "hexagon")
LINE_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotDotLine,
)
_INK = QColor("#37474F")
_GRID = QColor("#DDE3E7")
_ZERO = QColor("#90A4AE")
_BAND = QColor("#F3F5F7")


def _regular(center: QPointF, radius: float, corners: int, rotation: float) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(
                center.x() + radius * cos(rotation + 2 * pi * k / corners),
                center.y() + radius * sin(rotation + 2 * pi * k / corners),
            )
            for k in range(corners)
        ]
    )


def marker_path(position: int, center: QPointF, size: float) -> QPainterPath:
    """The marker of the persona at *position* in the map's list, *size* across, at *center*."""
    shape = MARKER_SHAPES[position % len(MARKER_SHAPES)]
    r = size / 2
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(center, r * 0.92, r * 0.92)
    elif shape == "square":
        path.addRect(QRectF(center.x() - r * 0.82, center.y() - r * 0.82, r * 1.64, r * 1.64))
    elif shape == "triangle":
        path.addPolygon(_regular(QPointF(center.x(), center.y() + r * 0.18), r * 1.1, 3, -pi / 2))
    elif shape == "triangle-down":
        path.addPolygon(_regular(QPointF(center.x(), center.y() - r * 0.18), r * 1.1, 3, pi / 2))
    elif shape == "diamond":
        path.addPolygon(_regular(center, r * 1.1, 4, -pi / 2))
    elif shape == "pentagon":
        path.addPolygon(_regular(center, r, 5, -pi / 2))
    elif shape == "hexagon":
        path.addPolygon(_regular(center, r, 6, 0))
    else:  # a plus-shaped cross
        t = r * 0.38
        path.addRect(QRectF(center.x() - r, center.y() - t, 2 * r, 2 * t))
        path.addRect(QRectF(center.x() - t, center.y() - r, 2 * t, 2 * r))
        path = path.simplified()
    path.closeSubpath()
    return path


def two_lines(text: str, width: int, metrics: QFontMetrics) -> list[str]:
    """*text* wrapped at spaces into at most two lines of *width*, eliding what does not fit."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < 2:
        taken = 1
        while taken < len(words) and metrics.horizontalAdvance(" ".join(words[: taken + 1])) <= width:
            taken += 1
        if len(lines) == 1:  # the last line takes the rest
            taken = len(words)
        lines.append(metrics.elidedText(" ".join(words[:taken]), Qt.TextElideMode.ElideRight, width))
        words = words[taken:]
    return lines


def line_style(position: int) -> Qt.PenStyle:
    """The line style of the persona at *position*."""
    return LINE_STYLES[position % len(LINE_STYLES)]


def paint_marker(painter: QPainter, position: int, center: QPointF, size: float, colour: QColor) -> None:
    """Draw a persona's marker: filled with its colour, outlined so overlaps stay apart."""
    painter.save()
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(colour)
    painter.drawPath(marker_path(position, center, size + 1.5))
    painter.setPen(QPen(colour.darker(150), 1.0))
    painter.drawPath(marker_path(position, center, size))
    painter.restore()


_marker_icons: dict[tuple[int, str], QIcon] = {}


def marker_icon(position: int, colour: str) -> QIcon:
    """A small icon of a persona's chart marker in its colour (for lists and legends)."""
    key = (position % len(MARKER_SHAPES), colour.upper())
    cached = _marker_icons.get(key)
    if cached is None:
        cached = QIcon()
        for size in (16, 32):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_marker(painter, position, QPointF(size / 2, size / 2), size * 0.72, QColor(colour))
            painter.end()
            cached.addPixmap(pixmap)
        _marker_icons[key] = cached
    return cached


class EmotionOverviewWidget(QWidget):
    """Every persona's emotion curve overlaid on one stage axis, with a legend."""

    def __init__(self, state: EditorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emotionOverview")
        self._state = state
        self._data: EmotionOverview | None = None
        # What the last paint put where: (area, tooltip), markers before stage names.
        self._hits: list[tuple[QRectF, str]] = []
        self._markers: list[tuple[QPointF, str]] = []
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)
        state.document.changed.connect(self._on_changed)
        state.personaChanged.connect(lambda _id: self.update())

    @property
    def data(self) -> EmotionOverview:
        """What the chart shows, computed from the map when needed."""
        if self._data is None:
            self._data = emotion_overview(self._state.document.journey)
        return self._data

    def _on_changed(self, change: Change) -> None:
        del change  # names, colours, scores or stages may all move the chart
        self._data = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 200)

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self._hits = []
        self._markers = []
        data = self.data
        journey = self._state.document.journey
        metrics = QFontMetrics(self.font())
        line = metrics.lineSpacing()
        pad = 12.0

        legend_bottom = self._paint_legend(painter, QRectF(pad, pad, self.width() - 2 * pad, 0))
        levels = journey.emotion_scale.levels
        face = 16
        left = pad + face + 6 + max(metrics.horizontalAdvance(level.label) for level in levels) + 10
        plot = QRectF(left, legend_bottom + 10, self.width() - left - pad - 4, 0)
        plot.setBottom(self.height() - pad - 2 * line - 6)
        if plot.width() < 40 or plot.height() < 40:
            painter.end()
            return
        stages = data.stages
        columns = max(1, len(stages))
        column_width = plot.width() / columns
        low, high = journey.emotion_scale.minimum, journey.emotion_scale.maximum
        inset = min(14.0, plot.height() / 8)

        def to_y(score: float) -> float:
            return plot.bottom() - inset - (score - low) / (high - low) * (plot.height() - 2 * inset)

        # Stage bands and names.
        painter.setPen(_INK)
        readable = metrics.horizontalAdvance("Abc…") <= column_width - 6
        for j, name in enumerate(stages):
            band = QRectF(plot.left() + j * column_width, plot.top(), column_width, plot.height())
            if j % 2 == 0:
                painter.fillRect(band, _BAND)
            # Columns too narrow for a few letters show stage numbers; the
            # tooltip still names the stage.
            lines = two_lines(name, int(column_width - 6), metrics) if readable else [str(j + 1)]
            for k, text in enumerate(lines):
                label_box = QRectF(band.left() + 3, plot.bottom() + 6 + k * line, column_width - 6, line)
                painter.drawText(label_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
                self._hits.append((label_box, name))

        # Scale levels: a grid line, the face and the label of each.
        for level in levels:
            y = to_y(level.score)
            painter.setPen(QPen(_ZERO if level.score == 0 else _GRID, 1.2 if level.score == 0 else 1.0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            face_key = emotion_icon_key(level.score, journey.emotion_scale)
            icon(face_key, on_paper=True).paint(painter, int(pad), int(y - face / 2), face, face)
            painter.setPen(_INK)
            text_box = QRectF(pad + face + 6, y - line / 2, left - pad - face - 16, line)
            painter.drawText(
                text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, level.label
            )
        painter.setPen(QPen(_ZERO, 1.0))
        painter.drawRect(plot)

        if not any(curve.points for curve in data.curves):
            message = self.tr("No emotion markers yet: drag a face from the palette onto the emotions lane.")
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            box = painter.boundingRect(plot.adjusted(24, 12, -24, -12), flags, message)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("white"))
            painter.drawRoundedRect(box.adjusted(-10, -6, 10, 6), 4, 4)
            painter.setPen(_INK)
            painter.drawText(box, flags, message)
            painter.end()
            return

        # Curves, the current persona's last so it stays on top.
        count = len(data.curves)
        nudge = min(5.0, column_width * 0.04)
        order = sorted(range(count), key=lambda i: data.curves[i].persona_id == self._state.persona_id)
        for i in order:
            curve = data.curves[i]
            current = curve.persona_id == self._state.persona_id
            colour = QColor(curve.color)
            dx = (i - (count - 1) / 2) * nudge
            points = [QPointF(plot.left() + p.x * column_width + dx, to_y(p.score)) for p in curve.points]
            pen = QPen(colour, 3.2 if current else 2.0, line_style(i))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if len(points) > 1:
                painter.drawPolyline(QPolygonF(points))
            for point, source in zip(points, curve.points, strict=True):
                paint_marker(painter, i, point, 12.0 if current else 10.0, colour)
                label = source.label or journey.emotion_scale.label_for(source.score)
                self._markers.append(
                    (point, f"{curve.name} — {source.stage}: {label} ({signed_score(source.score)})")
                )
        # Markers win over stage names under the pointer.
        self._hits = [(QRectF(p.x() - 8, p.y() - 8, 16, 16), t) for p, t in self._markers] + self._hits
        painter.end()

    def _paint_legend(self, painter: QPainter, area: QRectF) -> float:
        """Draw the legend wrapped into *area*'s width; return its bottom."""
        metrics = QFontMetrics(self.font())
        line = metrics.lineSpacing()
        x, y = area.left(), area.top()
        sample = 26.0
        for i, curve in enumerate(self.data.curves):
            current = curve.persona_id == self._state.persona_id
            font = self.font()
            font.setBold(current)
            width = sample + 6 + QFontMetrics(font).horizontalAdvance(curve.name) + 18
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + line + 6
            colour = QColor(curve.color)
            mid = QPointF(x + sample / 2, y + line / 2)
            pen = QPen(colour, 3.2 if current else 2.0, line_style(i))
            painter.setPen(pen)
            painter.drawLine(QPointF(x, mid.y()), QPointF(x + sample, mid.y()))
            paint_marker(painter, i, mid, 10.0, colour)
            painter.setFont(font)
            painter.setPen(_INK)
            painter.drawText(
                QRectF(x + sample + 6, y, width, line), Qt.AlignmentFlag.AlignVCenter, curve.name
            )
            painter.setFont(self.font())
            x += width
        return y + line

    # ------------------------------------------------------------ tooltips

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            where = QPointF(event.pos())
            near = [text for area, text in self._hits if area.contains(where)]
            if near:
                QToolTip.showText(event.globalPos(), "\n".join(dict.fromkeys(near[:4])), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def marker_positions(self) -> list[tuple[QPointF, str]]:
        """Where the last paint put each marker, with its tooltip text (for tests)."""
        return list(self._markers)


class EmotionOverviewDock(QDockWidget):
    """A dock showing :class:`EmotionOverviewWidget`."""

    def __init__(self, state: EditorState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Emotion overview"), parent)
        self.setObjectName("overview")
        self.chart = EmotionOverviewWidget(state)
        self.setWidget(self.chart)
