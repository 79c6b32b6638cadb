"""The app's icon set: SVG line icons in ``resources/icons``, looked up by key.

Keys are the card types (``touchpoint`` …), ``stage``, ``lane``,
``connection``, ``persona``, the emotion faces ``emotion-m2`` … ``emotion-p2``
and the channel and device icons named by the catalogues (``web``,
``mobile`` …). A key the set lacks, such as one a user typed for a channel of
their own, gets a generic icon instead of nothing.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journeydesigner.canvas.style import ICON_DIR
from journeydesigner.model.journey import EmotionScale
from journeydesigner.ui.appearance import is_dark

FALLBACK_KEY = "generic"

# The five faces, saddest first.
EMOTION_FACES = ("emotion-m2", "emotion-m1", "emotion-0", "emotion-p1", "emotion-p2")

# Keys used elsewhere for an icon of the set (the persona avatar default is "person").
_ALIASES = {"person": "persona", "pain-point": "pain_point"}

_cache: dict[tuple[str, str, bool], QIcon] = {}

# The set is drawn in one ink; on a dark window it is drawn in a light one instead.
SET_INK = "#37474F"
DARK_INK = "#C5CDD3"


def current_ink() -> str:
    """The ink icons take on the application's windows: the set's own, or a light one on dark windows."""
    return DARK_INK if is_dark(QGuiApplication.palette()) else SET_INK


class InkedSvgEngine(QIconEngine):
    """Renders an icon of the set in the ink of the moment, sharp at any scale.

    The ink is looked up at each paint, so icons follow a change between the
    light and dark schemes without being rebuilt; each size, mode and ink is
    rendered once and kept.
    """

    def __init__(self, path: Path, on_paper: bool = False) -> None:
        super().__init__()
        self._path = path
        self._svg = path.read_text(encoding="utf-8")
        self._on_paper = on_paper
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, QIcon.Mode, str, float], QPixmap] = {}

    def _renderer(self, ink: str) -> QSvgRenderer:
        renderer = self._renderers.get(ink)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(self._svg.replace(SET_INK, ink).encode("utf-8")))
            self._renderers[ink] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # Drawn from a pixmap kept per size, mode and ink: rendering the SVG
        # again at every paint of a tool button or palette entry (hovers,
        # enabled actions after each edit) costs far more than a blit.
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        ink = SET_INK if self._on_paper else current_ink()
        key = (size.width(), size.height(), mode, ink, scale)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(size * scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            if mode == QIcon.Mode.Disabled:
                painter.setOpacity(0.4)
            self._renderer(ink).render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            self._pixmaps[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return InkedSvgEngine(self._path, self._on_paper)


def has_icon(key: str) -> bool:
    """True when the set has an icon for *key* (aliases included)."""
    key = _ALIASES.get(key, key)
    return bool(key) and "/" not in key and "\\" not in key and (ICON_DIR / f"{key}.svg").is_file()


def icon_path(key: str, fallback: str = FALLBACK_KEY) -> Path:
    """The SVG file of *key*, or that of *fallback* when the set lacks *key*."""
    if has_icon(key):
        return ICON_DIR / f"{_ALIASES.get(key, key)}.svg"
    return ICON_DIR / f"{_ALIASES.get(fallback, fallback)}.svg"


def icon(key: str, fallback: str = FALLBACK_KEY, on_paper: bool = False) -> QIcon:
    """The icon of *key* (cached); *fallback*'s icon when the set lacks *key*.

    It takes a light ink on dark windows; *on_paper* keeps the set's own ink,
    for icons drawn on the white of the map.
    """
    cached = _cache.get((key, fallback, on_paper))
    if cached is None:
        cached = QIcon(InkedSvgEngine(icon_path(key, fallback), on_paper))
        _cache[(key, fallback, on_paper)] = cached
    return cached


def _round_half_away(value: float) -> int:
    # round() rounds halves to even, which would show +0.5 and +1.5 averages
    # on different sides; a face should not depend on parity.
    return int(math.copysign(math.floor(abs(value) + 0.5), value))


def emotion_face_index(score: float, scale: EmotionScale) -> int:
    """Which of the five faces (0 = very sad … 4 = very happy) fits *score*.

    On a scale that runs through zero, zero is the neutral face and each side
    is spread over two faces, so -1 … +3 keeps 0 neutral. A scale that stays
    on one side of zero (1 … 5) is spread evenly over the five faces.
    """
    low, high = scale.minimum, scale.maximum
    score = min(max(score, low), high)
    if low < 0 < high:
        side = high if score >= 0 else -low
        return 2 + _round_half_away(2 * score / side)
    return _round_half_away(4 * (score - low) / (high - low))


def emotion_icon_key(score: float, scale: EmotionScale) -> str:
    """The face icon key (``emotion-m2`` … ``emotion-p2``) for *score* on *scale*."""
    return EMOTION_FACES[emotion_face_index(score, scale)]


def signed_score(score: int) -> str:
    """A score of the emotion scale as people write it: ``+2``, ``0``, ``−1`` (a true minus sign)."""
    return f"+{score}" if score > 0 else f"−{-score}" if score < 0 else "0"
