"""Emotion faces drawn with QPainter: the mouth and brows tell the level apart."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen


def paint_face(painter: QPainter, rect: QRectF, fraction: float, fill: QColor, outline: QColor) -> None:
    """A round face in *rect*; *fraction* 0 is the saddest, 1 the happiest."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(outline, max(1.0, rect.width() / 16))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(QBrush(fill))
    painter.drawEllipse(rect)
    w, h = rect.width(), rect.height()
    cx, cy = rect.center().x(), rect.center().y()
    painter.setBrush(QBrush(outline))
    eye = w * 0.07
    for side in (-1, 1):
        painter.drawEllipse(QPointF(cx + side * w * 0.17, cy - h * 0.1), eye, eye)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # Mouth: a curve from frown (fraction 0) to smile (fraction 1).
    bend = (fraction - 0.5) * 2  # -1 … 1
    mouth_y = cy + h * 0.2
    path = QPainterPath(QPointF(cx - w * 0.2, mouth_y - bend * h * 0.04))
    path.quadTo(QPointF(cx, mouth_y + bend * h * 0.18), QPointF(cx + w * 0.2, mouth_y - bend * h * 0.04))
    painter.drawPath(path)
    if fraction <= 0.01:
        # Brows slanting down to the middle: distressed, readable in greyscale.
        for side in (-1, 1):
            painter.drawLine(
                QPointF(cx + side * w * 0.27, cy - h * 0.26), QPointF(cx + side * w * 0.08, cy - h * 0.2)
            )
    painter.restore()
