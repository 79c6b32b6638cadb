"""Canvas icons: copied from pictures drawn once per size on screen, drawn as vectors in files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from journeydesigner.canvas import style

ICONS = ["touchpoint", "pain_point", "persona"]


def _drawn(zoom: float, direct: bool, key: str) -> QImage:
    image = QImage(80, 80, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    renderer = style._renderer(key)
    assert renderer is not None
    painter = QPainter(image)
    try:  # a painter left open on an image crashes the interpreter when collected
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(zoom, zoom)
        rect = QRectF(10, 6, 14, 14)
        if direct:
            renderer.render(painter, rect)
        else:
            style.paint_icon(painter, key, rect)
    finally:
        painter.end()
    return image


@pytest.mark.parametrize("zoom", [0.5, 1.0, 1.5, 2.0])
@pytest.mark.parametrize("key", ICONS)
def test_an_icon_copied_from_its_picture_looks_as_drawn(qapp, key: str, zoom: float) -> None:  # type: ignore[no-untyped-def]
    drawn, copied = _drawn(zoom, True, key), _drawn(zoom, False, key)
    inked = 0
    for y in range(drawn.height()):
        for x in range(drawn.width()):
            a, b = drawn.pixel(x, y), copied.pixel(x, y)
            worst = max(abs(((a >> s) & 255) - ((b >> s) & 255)) for s in (0, 8, 16))
            assert worst <= 12, (x, y, worst)
            inked += a != 0xFFFFFFFF
    assert inked > 20, "the icon was drawn"
    assert (key, round(14 * zoom), round(14 * zoom)) in style._PICTURES


def test_an_svg_file_gets_the_icon_as_vectors(qapp) -> None:  # type: ignore[no-untyped-def]
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(80, 80))
    painter = QPainter(generator)
    style.paint_icon(painter, "touchpoint", QRectF(10, 6, 14, 14))
    painter.end()
    svg = bytes(data.data()).decode()
    assert "<path" in svg or "<polyline" in svg or "<ellipse" in svg
    assert "<image" not in svg
