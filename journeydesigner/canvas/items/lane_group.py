"""The invisible item that holds one lane's cards, so a repaint skips the lanes it does not reach."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from journeydesigner.canvas import style
from journeydesigner.layout.geometry import Rect

# How far a lane's items may reach beyond its row: an emotion marker's label
# and ring (see EmotionMarkerItem._bounds_for), a card's selection outline.
_REACH_X = 64.0
_REACH_Y = 40.0
_CONTAINS = QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
_NO_PEN = QPen(Qt.PenStyle.NoPen)


class LaneGroup(QGraphicsRectItem):
    """The parent of a lane's cards (or emotion markers); draws nothing and takes no mouse button.

    The scene keeps no item index, so Qt looks through its items at every
    paint; it skips a group, and every card in it, when the repainted box
    misses the group's rectangle (``ItemContainsChildrenInShape``: the cards
    stay inside it). A repaint of a small box on a 1,000-card timeline no
    longer goes over the thousand cards. The group sits at the scene's
    origin, so its cards' positions are still scene positions. Its shape is
    its rectangle, which Qt's hit tests also use to skip its cards, so code
    that looks for the item under a point passes over groups.
    """

    def __init__(self, markers: bool, holds: bool) -> None:
        super().__init__()
        self.setPen(_NO_PEN)  # its bounds are its rectangle, no wider
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Markers over the emotion curve and over neighbouring lanes' cards, as when they had no parent.
        self.setZValue(style.Z_MARKER if markers else style.Z_CARD)
        self.hold(holds)

    def set_row(self, row: Rect) -> None:
        """Hold the items of the lane whose row is *row* (scene coordinates)."""
        self.setRect(
            QRectF(row.x - _REACH_X, row.y - _REACH_Y, row.width + 2 * _REACH_X, row.height + 2 * _REACH_Y)
        )

    def hold(self, holds: bool) -> None:
        """*holds*: the cards stay inside the row (False while the mouse drags them anywhere)."""
        self.setFlag(_CONTAINS, holds)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Nothing, not even an empty rectangle: an SVG export would carry one per lane.
        del painter, option, widget
