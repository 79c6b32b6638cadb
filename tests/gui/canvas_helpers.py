"""Drive the real canvas with mouse events, as a user would."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QRegion
from PySide6.QtWidgets import QApplication, QGraphicsView

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _send(
    view: QGraphicsView,
    kind: QEvent.Type,
    pos: QPoint,
    button: Qt.MouseButton,
    buttons: Qt.MouseButton,
    modifiers: Qt.KeyboardModifier = NO_MODIFIER,
) -> None:
    viewport = view.viewport()
    local = QPointF(pos)
    event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def view_point(view: QGraphicsView, scene_point: QPointF) -> QPoint:
    """Where a scene point is on the view's viewport."""
    return view.mapFromScene(scene_point)


def painted_alone(view: QGraphicsView, region: QRegion) -> QImage:
    """What *view* paints when only *region* (viewport coordinates) is repainted, as after an edit."""
    viewport = view.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    viewport.render(image, region.boundingRect().topLeft(), region)  # each pixel where it is on the view
    return image


def drag(
    view: QGraphicsView,
    start: QPointF,
    end: QPointF,
    steps: int = 8,
    modifiers: Qt.KeyboardModifier = NO_MODIFIER,
    button: Qt.MouseButton = LEFT,
) -> None:
    """Press at scene point *start*, move in steps to *end*, release there."""
    a, b = view_point(view, start), view_point(view, end)
    _send(view, QEvent.Type.MouseButtonPress, a, button, button, modifiers)
    for i in range(1, steps + 1):
        p = QPoint(round(a.x() + (b.x() - a.x()) * i / steps), round(a.y() + (b.y() - a.y()) * i / steps))
        _send(view, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, button, modifiers)
    _send(view, QEvent.Type.MouseButtonRelease, b, button, Qt.MouseButton.NoButton, modifiers)


def click(view: QGraphicsView, point: QPointF, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """Click at a scene point."""
    p = view_point(view, point)
    _send(view, QEvent.Type.MouseButtonPress, p, LEFT, LEFT, modifiers)
    _send(view, QEvent.Type.MouseButtonRelease, p, LEFT, Qt.MouseButton.NoButton, modifiers)


def double_click(view: QGraphicsView, point: QPointF) -> None:
    """Double-click at a scene point."""
    p = view_point(view, point)
    _send(view, QEvent.Type.MouseButtonPress, p, LEFT, LEFT)
    _send(view, QEvent.Type.MouseButtonRelease, p, LEFT, Qt.MouseButton.NoButton)
    _send(view, QEvent.Type.MouseButtonDblClick, p, LEFT, LEFT)
    _send(view, QEvent.Type.MouseButtonRelease, p, LEFT, Qt.MouseButton.NoButton)
