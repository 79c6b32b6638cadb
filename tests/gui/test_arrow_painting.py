"""An arrow repainted in a patch looks there as it does when painted whole.

A line Qt strokes one pixel wide (at 100 %) is stroked whole when it reaches
the patch Qt repaints; a wider one (zoomed in) only in the pieces that can
reach it. These tests paint every arrow of a sample map whole and then in
patches drawn at random, at both zooms, and compare the patches pixel by pixel.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QRegion
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from benchmarks.make_map import make_map
from journeydesigner.canvas.items.links import ConnectionItem, strokes_fast
from journeydesigner.canvas.scene import TimelineScene
from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from tests.conftest import ROOT

SAMPLES = ["zapatillas-omnicanal.journey", "telecom-support.journey"]
# The pieces are flattened on their own, which moves antialiased edges by a
# hair: a patch may differ from the whole by a few levels, never by a line.
TOLERANCE = 32
# At 100 % the line is one pixel wide and stroked whole; at 200 % two pixels, in pieces.
ZOOMS = [1.0, 2.0]


def _canvas_for(item: ConnectionItem, zoom: float = 1.0) -> tuple[QImage, QPainter]:
    """A white image the size of *item*'s bounds at *zoom*, and a painter in the item's coordinates."""
    bounds = item.boundingRect()
    width, height = int(bounds.width() * zoom) + 2, int(bounds.height() * zoom) + 2
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(1, 1)
    painter.scale(zoom, zoom)
    painter.translate(-bounds.x(), -bounds.y())
    return image, painter


def _paint(item: ConnectionItem, exposed: QRectF, clip: QRectF, zoom: float = 1.0) -> QImage:
    image, painter = _canvas_for(item, zoom)
    painter.setClipRect(clip)
    option = QStyleOptionGraphicsItem()
    option.exposedRect = exposed
    item.paint(painter, option, None)
    painter.end()
    return image


def _ink(pixel: int) -> int:
    """How far a pixel is from white."""
    return max(255 - ((pixel >> shift) & 255) for shift in (0, 8, 16))


def _largest_difference(a: QImage, b: QImage) -> tuple[int, int]:
    """The largest difference of a colour channel, and how many pixels inked in *a* are blank in *b*."""
    worst, lost = 0, 0
    row_bytes = a.bytesPerLine()
    for y in range(a.height()):
        if bytes(a.constScanLine(y))[:row_bytes] == bytes(b.constScanLine(y))[:row_bytes]:
            continue  # most rows: the same pixels
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa == pb:
                continue
            difference = max(abs(((pa >> s) & 255) - ((pb >> s) & 255)) for s in (0, 8, 16))
            worst = max(worst, difference)
            if _ink(pa) > TOLERANCE and _ink(pb) == 0:
                lost += 1
    return worst, lost


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("sample", SAMPLES)
def test_arrows_painted_in_patches_match_the_whole(qapp, sample: str, zoom: float) -> None:  # type: ignore[no-untyped-def]
    document = JourneyDocument.open(ROOT / "samples" / sample)
    state = EditorState(document)
    scene = TimelineScene(state)
    arrows = [entry[0] for entry in scene.connection_items.values()]
    assert arrows, "the sample has arrows"
    assert any(document.journey.index.connections[a.item_id][1].label for a in arrows), "and labelled ones"
    chance = random.Random(5)
    patches = 0
    for arrow in arrows:
        bounds = arrow.boundingRect()
        for _ in range(6):
            patch = QRectF(
                bounds.x() + chance.uniform(-20, bounds.width()),
                bounds.y() + chance.uniform(-20, bounds.height()),
                chance.uniform(4, 260),
                chance.uniform(4, 160),
            )
            whole = _paint(arrow, bounds, patch, zoom)
            part = _paint(arrow, patch, patch, zoom)
            worst, lost = _largest_difference(whole, part)
            assert worst <= TOLERANCE, (arrow.item_id, patch, worst)
            assert lost == 0, (arrow.item_id, patch, lost)
            patches += 1
    assert patches >= 6 * len(arrows)


def test_a_patch_the_arrow_does_not_reach_strokes_nothing(qapp) -> None:  # type: ignore[no-untyped-def]
    document = JourneyDocument(make_map(personas=1, cards=120, seed=3))  # arrows without labels
    scene = TimelineScene(EditorState(document))
    checked = 0
    for arrow in (entry[0] for entry in scene.connection_items.values()):
        bounds = arrow.boundingRect()
        # An arrow's bounds hold empty corners: its line bends across them.
        corners = [
            QRectF(x, y, 5, 5)
            for x in (bounds.left() + 1, bounds.right() - 6)
            for y in (bounds.top() + 1, bounds.bottom() - 6)
        ]
        empty = [c for c in corners if not arrow.shape().intersects(c.adjusted(-8, -8, 8, 8))]
        if not empty or bounds.width() < 60 or bounds.height() < 60:
            continue
        # Painted with the whole arrow in reach of the painter, only a corner exposed.
        image = _paint(arrow, empty[0], bounds)
        width, height = image.width(), image.height()
        assert all(image.pixel(x, y) == 0xFFFFFFFF for y in range(height) for x in range(width))
        checked += 1
    assert checked >= 3


def _paint_through(item: ConnectionItem, region: QRegion, told: bool, zoom: float) -> QImage:
    """*item* drawn clipped to *region*; *told*: given *region* as the patches repainted."""
    image, painter = _canvas_for(item, zoom)
    painter.setClipRegion(region)
    if told:
        item.draw(painter, QRectF(region.boundingRect()), region)
    else:
        item.draw(painter, item.boundingRect())  # the whole arrow, seen through the patches
    painter.end()
    return image


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("sample", SAMPLES)
def test_arrows_painted_in_scattered_patches_match_the_whole(qapp, sample: str, zoom: float) -> None:  # type: ignore[no-untyped-def]
    """An edit repaints several patches at once; only the pieces meeting one of them are stroked."""
    document = JourneyDocument.open(ROOT / "samples" / sample)
    scene = TimelineScene(EditorState(document))
    chance = random.Random(9)
    checked = 0
    for arrow in (entry[0] for entry in scene.connection_items.values()):
        bounds = arrow.boundingRect()
        for _ in range(4):
            region = QRegion()
            for _ in range(chance.randint(2, 5)):
                region += QRectF(
                    bounds.x() + chance.uniform(-20, bounds.width()),
                    bounds.y() + chance.uniform(-20, bounds.height()),
                    chance.uniform(4, 120),
                    chance.uniform(4, 90),
                ).toAlignedRect()
            worst, lost = _largest_difference(
                _paint_through(arrow, region, told=False, zoom=zoom),
                _paint_through(arrow, region, told=True, zoom=zoom),
            )
            assert worst <= TOLERANCE, (arrow.item_id, worst)
            assert lost == 0, (arrow.item_id, lost)
            checked += 1
    assert checked >= 8


def test_the_line_is_stroked_fast_at_one_pixel_and_cut_to_the_patch_when_wider(qapp) -> None:  # type: ignore[no-untyped-def]
    """Which way an arrow's line is stroked follows the width it has on the screen."""
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        assert strokes_fast(painter, selected=False), "at 100 % the line is one pixel wide"
        assert not strokes_fast(painter, selected=True), "the selected line is wider"
        painter.scale(0.4, 0.4)
        assert strokes_fast(painter, selected=True), "zoomed out, so is the selected one"
        painter.scale(5, 5)
        assert not strokes_fast(painter, selected=False), "zoomed in to 200 %, the line is two pixels wide"
        painter.resetTransform()
        painter.rotate(30)
        assert not strokes_fast(painter, selected=False), "turned: cut to the patch, to be safe"
    finally:
        painter.end()
