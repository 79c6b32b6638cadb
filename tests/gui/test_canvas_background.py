"""The canvas draws its lane bands and grid for each repaint, only those that reach it.

A repaint of a small box, as an edit makes, must show what a repaint of the
whole view shows there, at any zoom, also right on a grid line and just
beside one; and the lines stay one crisp pixel wide, as when the view kept a
picture of them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QColor, QRegion

from journeydesigner.canvas import style
from journeydesigner.canvas.items.lane_group import LaneGroup
from tests.gui.canvas_helpers import painted_alone
from tests.gui.conftest import Canvas


def _grid_crossings(canvas: Canvas) -> list[tuple[int, int]]:
    """Where stage lines cross lane lines on the view (viewport coordinates), those in view."""
    layout = canvas.scene.layout
    assert layout is not None
    view, shown = canvas.view, canvas.view.viewport().rect()
    crossings = []
    for stage in layout.stages:
        for lane in layout.lanes:
            point = view.mapFromScene(QPointF(stage.column.right, lane.row.bottom))
            if shown.adjusted(10, 10, -10, -10).contains(point):
                crossings.append((point.x(), point.y()))
    return crossings


@pytest.mark.parametrize("zoom", [1.0, 0.75, 1.5])
def test_a_small_box_repainted_alone_shows_the_grid_as_the_whole_view(canvas: Canvas, zoom: float) -> None:
    canvas.view.set_zoom(zoom)
    crossings = _grid_crossings(canvas)
    assert len(crossings) >= 12, "the sample's grid is in view"
    # The arrows aside: a wider line cut to a small box differs from it drawn whole by a shade
    # at its antialiased edge (tests/gui/test_arrow_painting.py).
    canvas.scene.arrows.setVisible(False)
    canvas.scene.arrows.labels.setVisible(False)
    whole = painted_alone(canvas.view, QRegion(canvas.view.viewport().rect()))
    for x, y in crossings:
        # Across the lines, with them on a box's first or last row and column, and just outside.
        for box in (
            QRect(x - 4, y - 4, 9, 9),
            QRect(x, y, 8, 8),
            QRect(x - 7, y - 7, 8, 8),
            QRect(x - 9, y - 9, 8, 8),
            QRect(x + 2, y + 2, 8, 8),
        ):
            alone = painted_alone(canvas.view, QRegion(box)).copy(box)
            assert alone == whole.copy(box), (zoom, box)


def test_grid_lines_are_one_crisp_pixel_wide(canvas: Canvas) -> None:
    layout = canvas.scene.layout
    assert layout is not None
    view, scene = canvas.view, canvas.scene
    canvas.scene.arrows._forget_snapshot()
    whole = painted_alone(view, QRegion(view.viewport().rect()))
    grid = style.GRID.rgb()
    checked = 0
    for stage in layout.stages[:-1]:
        for lane in layout.lanes:
            # Just above the lane's bottom line, where no card lies: across the stage line.
            y = lane.row.bottom - 3
            near = [scene.items(QPointF(stage.column.right + dx, y)) for dx in range(-4, 5)]
            if any(not isinstance(item, LaneGroup) for items in near for item in items):
                continue
            centre = view.mapFromScene(QPointF(stage.column.right, y))
            row = [whole.pixel(centre.x() + dx, centre.y()) for dx in range(-3, 4)]
            assert row.count(grid) == 1, (stage.stage_id, lane.lane_id, [QColor(c).name() for c in row])
            background = {c for c in row if c != grid}
            assert background <= {QColor("#FFFFFF").rgb(), style.LANE_BAND.rgb()}, [
                QColor(c).name() for c in row
            ]
            checked += 1
    assert checked >= 5, "stage lines with no card beside them"
