"""One persona's timeline as a PNG or SVG image, drawn by the real canvas.

Used by the window's Export Image commands and, headless, by the command
line: :func:`export_image` creates a Qt application (offscreen when there
is no display) if the process has none yet. Scene units are points, so a
PNG at *dpi* has ``points × dpi / 72`` pixels per side and an SVG's viewBox
is the timeline's size in points.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene

from journeydesigner.canvas.scene import TimelineScene
from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model.journey import JourneyMap
from journeydesigner.storage.atomic import atomic_write_bytes

NO_CACHE = QGraphicsItem.CacheMode.NoCache

__all__ = [
    "IMAGE_SUFFIXES",
    "MAX_PIXELS",
    "MAX_SIDE",
    "ensure_application",
    "export_image",
    "image_size",
    "render_image",
    "render_scene_png",
    "render_scene_svg",
    "timeline_rect",
]

IMAGE_SUFFIXES = (".png", ".svg")
MAX_SIDE = 20000  # pixels per side of a PNG
MAX_PIXELS = 120_000_000  # about 480 MB of image memory
MIN_DPI = 18
MAX_DPI = 1200

# The application created here for a headless caller; kept so it lives on.
_application: QApplication | None = None


def ensure_application() -> None:
    """Make sure a QApplication exists (the scene needs one).

    Without a display and without QT_QPA_PLATFORM, the offscreen platform is
    chosen first, so the command line works on servers and in CI.
    """
    global _application
    existing = QApplication.instance()
    if existing is not None:
        if not isinstance(existing, QApplication):
            raise RuntimeError("a QGuiApplication exists; the canvas needs a QApplication")
        return
    headless = sys.platform.startswith("linux") or "bsd" in sys.platform
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and not has_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _application = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "journeydesigner"])


def timeline_rect(scene: TimelineScene) -> QRectF:
    """The rectangle the timeline covers, in points (empty when there is no persona)."""
    layout = scene.layout
    if layout is None:
        return QRectF()
    return QRectF(0.0, 0.0, layout.width, layout.height)


def image_size(rect: QRectF, dpi: int) -> QSize:
    """The PNG size in pixels of *rect* (points) at *dpi*; ValueError beyond the limits."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ValueError(f"resolution {dpi} dpi is outside {MIN_DPI}–{MAX_DPI} dpi")
    if rect.isEmpty():
        raise ValueError("there is nothing to draw: the timeline is empty")
    width = max(1, round(rect.width() * dpi / 72.0))
    height = max(1, round(rect.height() * dpi / 72.0))
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise ValueError(
            f"the image would be {width} × {height} pixels (at most {MAX_SIDE} per side and "
            f"{MAX_PIXELS // 1_000_000} million in all): choose a lower resolution"
        )
    return QSize(width, height)


@contextmanager
def uncached(scene: QGraphicsScene) -> Iterator[None]:
    """Draw every item afresh while rendering *scene* for export.

    On screen, cards and headers are cached as pixmaps; rendered through a
    cache, an SVG would hold pictures instead of text and lines, and a PNG
    the screen's pixels instead of its own resolution's.
    """
    cached = [(item, item.cacheMode()) for item in scene.items() if item.cacheMode() != NO_CACHE]
    for item, _ in cached:
        item.setCacheMode(NO_CACHE)
    try:
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)


def render_scene_png(scene: QGraphicsScene, rect: QRectF, dpi: int) -> bytes:
    """*rect* of *scene* as PNG bytes at *dpi* (white background, antialiased)."""
    size = image_size(rect, dpi)
    image = QImage(size, QImage.Format.Format_ARGB32)
    if image.isNull():
        raise ValueError(f"not enough memory for a {size.width()} × {size.height()} pixel image")
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        with uncached(scene):
            scene.render(painter, QRectF(0, 0, size.width(), size.height()), rect)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise ValueError(f"the image could not be encoded as PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def render_scene_svg(scene: QGraphicsScene, rect: QRectF, title: str = "", description: str = "") -> bytes:
    """*rect* of *scene* as SVG bytes; the viewBox is the rectangle's size in points."""
    if rect.isEmpty():
        raise ValueError("there is nothing to draw: the timeline is empty")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(72)  # one SVG unit per point
    generator.setSize(QSize(round(rect.width()), round(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter()
    if not painter.begin(generator):
        raise ValueError("the SVG could not be started")
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        with uncached(scene):
            scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def render_image(journey: JourneyMap, persona_id: str | None, suffix: str, dpi: int = 150) -> bytes:
    """The timeline of *persona_id* (default: the first persona) as PNG or SVG bytes."""
    suffix = suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        raise ValueError(f"unknown image type “{suffix or '(none)'}”: use .png or .svg")
    if not journey.personas:
        raise ValueError("the map has no personas: there is no timeline to draw")
    if persona_id is not None and persona_id not in journey.index.personas:
        raise ValueError(f"the map has no persona with id “{persona_id}”")
    ensure_application()
    # One owner, deleted at the end: no scene outlives the application.
    owner = QObject()
    try:
        document = JourneyDocument(journey, parent=owner)
        state = EditorState(document, owner)
        state.set_persona(persona_id or journey.personas[0].id)
        scene = TimelineScene(state, owner)
        state.set_selection([])
        scene.clearSelection()
        scene.pin(0.0, 0.0)
        rect = timeline_rect(scene)
        persona = state.persona
        if suffix == ".png":
            return render_scene_png(scene, rect, dpi)
        name = persona.name if persona is not None else ""
        return render_scene_svg(scene, rect, journey.title, f"{journey.title} — {name}".strip(" —"))
    finally:
        shiboken6.delete(owner)


def export_image(journey: JourneyMap, persona_id: str | None, path: Path, dpi: int = 150) -> None:
    """Write the timeline of *persona_id* (default: the first) to *path*, PNG or SVG by its suffix.

    The file is replaced atomically. Raises ValueError (bad suffix, persona or
    size) or OSError (the file cannot be written), each with a one-line message.
    """
    path = Path(path)
    data = render_image(journey, persona_id, path.suffix, dpi)
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OSError(exc.errno, f"cannot write {path}: {reason}") from exc
