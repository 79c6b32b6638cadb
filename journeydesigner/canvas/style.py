"""Colours, fonts and stacking order of the canvas (the PDF uses the same colours)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"

# (fill, accent) per card type: light fills keep dark text readable when
# projected; the accent bar and the icon tell the type apart.
CARD_COLOURS: dict[str, tuple[str, str]] = {
    "touchpoint": ("#E8F1FB", "#1E6FD9"),
    "device": ("#EEF1F4", "#546E7A"),
    "pain_point": ("#FDECEC", "#C62828"),
    "opportunity": ("#E8F5E9", "#2E7D32"),
    "metric": ("#F3EAF7", "#7B1FA2"),
    "action": ("#FFF6DD", "#B7791F"),
    "thought": ("#E4F6F8", "#00838F"),
    "note": ("#FFFBE0", "#8D8A1F"),
    "emotion": ("#FFFFFF", "#455A64"),
}
TEXT = QColor("#1F2933")
TEXT_MUTED = QColor("#52606D")
GRID = QColor("#D9DEE5")
LANE_BAND = QColor("#F7F9FB")
HEADER_FILL = QColor("#F1F4F8")
SELECTION = QColor("#1E6FD9")
DROP_OK = QColor(30, 111, 217, 60)
DROP_BAD = QColor(198, 40, 40, 50)

# Stacking order, lowest first.
Z_CURVE = 5.0
Z_CONNECTION = 8.0
Z_CARD = 10.0
Z_MARKER = 12.0
Z_DRAGGED = 50.0
Z_INDICATOR = 60.0
Z_STAGE_HEADER = 80.0
Z_LANE_HEADER = 90.0
Z_CORNER = 100.0


def scene_font(size: int, bold: bool = False) -> QFont:
    """A font whose size is given in scene units (points), like the PDF's."""
    font = QFont()
    font.setPixelSize(size)
    font.setBold(bold)
    return font


def emotion_colour(fraction: float) -> QColor:
    """Red (0) through amber to green (1); only ever paired with a face and a number."""
    stops = ((0.0, (229, 115, 115)), (0.5, (255, 213, 79)), (1.0, (129, 199, 132)))
    fraction = min(1.0, max(0.0, fraction))
    for (f0, c0), (f1, c1) in pairwise(stops):
        if fraction <= f1:
            t = (fraction - f0) / (f1 - f0)
            return QColor(*(round(a + (b - a) * t) for a, b in zip(c0, c1, strict=True)))
    return QColor(*stops[-1][1])


_RENDERERS: dict[str, QSvgRenderer | None] = {}


def paint_icon(painter: QPainter, key: str, rect: QRectF) -> None:
    """Draw the SVG icon *key* from resources/icons into *rect* (nothing if missing)."""
    if key not in _RENDERERS:
        path = ICON_DIR / f"{key}.svg"
        renderer = QSvgRenderer(str(path)) if path.exists() else None
        _RENDERERS[key] = renderer if renderer is not None and renderer.isValid() else None
    renderer = _RENDERERS[key]
    if renderer is not None:
        renderer.render(painter, rect)
