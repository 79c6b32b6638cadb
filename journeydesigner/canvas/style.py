"""Colours, fonts and stacking order of the canvas (the PDF uses the same colours)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintEngine, QPainter, QTransform
from PySide6.QtSvg import QSvgRenderer

from journeydesigner.layout import colours
from journeydesigner.layout.colours import CARD_COLOURS
from journeydesigner.paths import ICON_DIR

__all__ = ["CARD_COLOURS", "ICON_DIR"]

TEXT = QColor(colours.TEXT)
TEXT_MUTED = QColor(colours.TEXT_MUTED)
GRID = QColor(colours.GRID)
LANE_BAND = QColor(colours.LANE_BAND)
HEADER_FILL = QColor(colours.HEADER_FILL)
SELECTION = QColor(colours.SELECTION)
DROP_OK = QColor(30, 111, 217, 60)
DROP_BAD = QColor(198, 40, 40, 50)

# Stacking order, lowest first.
# Read once: looking up a PySide enum member costs about a microsecond, and
# items set it at every paint.
ANTIALIASING = QPainter.RenderHint.Antialiasing
# A transform whose type is at most this one only moves and scales (no rotation nor shear).
SCALING = QTransform.TransformationType.TxScale.value

Z_CURVE = 5.0
Z_CONNECTION = 8.0
Z_CARD = 10.0
Z_MARKER = 12.0
Z_ARROW_LABEL = 14.0  # over the cards: a label between two cards is never hidden by one
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


_METRICS: dict[tuple[int, bool], tuple[QFont, QFontMetricsF]] = {}


def scene_font_metrics(size: int, bold: bool = False) -> tuple[QFont, QFontMetricsF]:
    """:func:`scene_font` with its metrics, made once per size (painting asks for them all the time)."""
    entry = _METRICS.get((size, bold))
    if entry is None:
        font = scene_font(size, bold)
        entry = _METRICS[(size, bold)] = (font, QFontMetricsF(font))
    return entry


def emotion_colour(fraction: float) -> QColor:
    """Red (0) through amber to green (1); only ever paired with a face and a number."""
    return QColor(*colours.emotion_rgb(fraction))


_RENDERERS: dict[str, QSvgRenderer | None] = {}
# Icons already drawn, in device pixels: (icon, width, height) → picture.
_PICTURES: dict[tuple[str, int, int], QImage] = {}
_RASTER = QPaintEngine.Type.Raster
_LARGEST_PICTURE = 256  # device pixels a side; larger icons (a huge zoom) are drawn each time


def _renderer(key: str) -> QSvgRenderer | None:
    if key not in _RENDERERS:
        path = ICON_DIR / f"{key}.svg"
        renderer = QSvgRenderer(str(path)) if path.exists() else None
        _RENDERERS[key] = renderer if renderer is not None and renderer.isValid() else None
    return _RENDERERS[key]


def paint_icon(painter: QPainter, key: str, rect: QRectF) -> None:
    """Draw the SVG icon *key* from resources/icons into *rect* (nothing if missing).

    On a screen or an image, the icon is drawn once per size in device
    pixels and copied from then on: rendering the SVG costs tens of
    microseconds, and the first paint of a map draws an icon on every card
    in view. A vector device (an SVG or PDF file) gets the drawing itself.
    """
    renderer = _renderer(key)
    if renderer is None:
        return
    engine = painter.paintEngine()
    transform = painter.deviceTransform()
    if engine is None or engine.type() != _RASTER or transform.type().value > SCALING:
        renderer.render(painter, rect)
        return
    device = transform.mapRect(rect)
    width, height = round(device.width()), round(device.height())
    if not (0 < width <= _LARGEST_PICTURE and 0 < height <= _LARGEST_PICTURE):
        renderer.render(painter, rect)
        return
    picture = _PICTURES.get((key, width, height))
    if picture is None:
        picture = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        picture.fill(Qt.GlobalColor.transparent)
        picture_painter = QPainter(picture)
        renderer.render(picture_painter, QRectF(0, 0, width, height))
        picture_painter.end()
        _PICTURES[(key, width, height)] = picture
    painter.drawImage(rect, picture)
