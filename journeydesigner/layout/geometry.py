"""Plain geometry in points (1/72 inch), without Qt."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle: top-left corner, width and height, y downwards."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        """x of the right edge."""
        return self.x + self.width

    @property
    def bottom(self) -> float:
        """y of the bottom edge."""
        return self.y + self.height

    @property
    def center(self) -> tuple[float, float]:
        """The centre point."""
        return (self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, x: float, y: float) -> bool:
        """True when the point lies inside (edges included)."""
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def adjusted(self, dx1: float, dy1: float, dx2: float, dy2: float) -> Rect:
        """A rectangle with its edges moved, like QRectF.adjusted."""
        return Rect(self.x + dx1, self.y + dy1, self.width - dx1 + dx2, self.height - dy1 + dy2)
