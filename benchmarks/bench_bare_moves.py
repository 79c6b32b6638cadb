"""The moves of move_card_ms_* drawn by a bare QGraphicsScene: what painting them costs anyway.

``move_scaling_ratio`` compares a move on the 10k map with one on the 1k
map; the persona shown on the 10k map holds ten times the cards and the
arrows, so a move there shifts more cards and repaints a box crossed by more
arrows. These figures (no goal) do the same moves with Qt alone: plain
rectangle and text items and one path item per arrow, placed by the
designer's layout, each move applied to the model and laid out
incrementally, then only the items that moved set to their new place and
the arrows that end on them routed again, until the view has painted.
Their ratio is what the density of the persona costs with no designer at all.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem

from benchmarks.bench_common import Figure, figure
from benchmarks.bench_gui import MOVE_ROUNDS, BareView, boxes_of, cards_in_view, paint_end, settle
from journeydesigner.canvas.scene_sync import MARGIN
from journeydesigner.layout.geometry import Rect
from journeydesigner.layout.incremental import relayout_cells
from journeydesigner.layout.timeline import layout_timeline
from journeydesigner.model import edits as ed
from journeydesigner.storage import load_map


def _route(source: Rect, target: Rect) -> QPainterPath:
    """A curve from the right of *source* to the left of *target*, as the canvas's forward arrows run."""
    x0, y0 = source.right, source.y + source.height / 2
    x3, y3 = target.x, target.y + target.height / 2
    bend = max(30.0, abs(x3 - x0) / 2)
    path = QPainterPath(QPointF(x0, y0))
    path.cubicTo(x0 + bend, y0, x3 - bend, y3, x3, y3)
    return path


class BareMap:
    """The first persona of a map as plain items, moved card by card as the canvas moves them."""

    def __init__(self, path: Path) -> None:
        self.journey = load_map(path)
        self.persona = self.journey.personas[0]
        self.layout = layout_timeline(self.journey, self.persona)
        ids = list(self.layout.cards)
        boxes = boxes_of(self.layout, self.persona)
        self.bare = BareView(boxes)
        self.rects: dict[str, QGraphicsRectItem] = dict(zip(ids, self.bare.rects, strict=True))
        pen = QPen(QColor("#4A5562"), 1.0)
        self.links: dict[str, tuple[str, str, QGraphicsPathItem]] = {}
        self.ends: dict[str, set[str]] = {}
        for connection in self.persona.timeline.connections:
            source, target = (
                self.layout.cards.get(connection.source),
                self.layout.cards.get(connection.target),
            )
            if source is None or target is None:
                continue
            item = QGraphicsPathItem(_route(source.rect, target.rect))
            item.setPen(pen)
            self.bare.scene.addItem(item)
            self.links[connection.id] = (connection.source, connection.target, item)
            for end in (connection.source, connection.target):
                self.ends.setdefault(end, set()).add(connection.id)
        # The part of the timeline the canvas shows: its top left corner.
        self.bare.scene.setSceneRect(QRectF(0, 0, self.layout.width + MARGIN, self.layout.height + MARGIN))
        self.bare.show()
        view = self.bare.view
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.setValue(bar.minimum())
        settle()

    def move(self, card_id: str, step: int) -> float:
        """Milliseconds to move *card_id* *step* stages along, lay out, update the items and paint."""
        start = time.perf_counter()
        card = self.journey.index.cards[card_id][1]
        stages = [box.stage_id for box in self.layout.stages]
        target = stages[stages.index(card.stage) + step]
        cells = {(card.stage, card.lane), (target, card.lane)}
        ed.MoveCard(card_id, target, card.lane, None).apply(self.journey)
        result = relayout_cells(self.layout, self.journey, self.persona, cells, {card_id})
        if result is None:
            raise RuntimeError("a move in a bare map reached beyond its cells")
        self.layout = layout = result.layout
        rerouted: set[str] = set()
        for moved in result.changed:
            box, item = layout.cards.get(moved), self.rects.get(moved)
            if box is not None and item is not None:
                item.setPos(box.rect.x, box.rect.y)
                rerouted |= self.ends.get(moved, set())
        for link_id in rerouted:
            source, target_id, path_item = self.links[link_id]
            path_item.setPath(_route(layout.cards[source].rect, layout.cards[target_id].rect))
        return (paint_end(self.bare.watch, self.bare.view.ends, "the bare view after a move") - start) * 1000

    def close(self) -> None:
        """Close the view."""
        self.bare.close()


def bare_move_times(path: Path, count: int) -> list[float]:
    """Milliseconds of *count* cards moved one stage right and back left, as the benchmark moves them.

    The cards are those the canvas's figures draw.
    """
    bare = BareMap(path)
    try:
        view = bare.bare.view
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        cards = cards_in_view(bare.layout, visible, count)
        times: list[float] = []
        for card_id in cards:
            settle()
            times.append(bare.move(card_id, 1))
            settle()
            times.append(bare.move(card_id, -1))
        return times
    finally:
        bare.close()


def measure_bare_moves(small: Path, large: Path, count: int) -> dict[str, Figure]:
    """move_card_ms_1k_bare, move_card_ms_10k_bare and move_scaling_ratio_bare (no goals)."""
    bare_move_times(small, 2)  # warm-up
    small_times: list[float] = []
    large_times: list[float] = []
    for _ in range(MOVE_ROUNDS):  # the same cards each round, the maps in turn, as the canvas's
        small_times += bare_move_times(small, count)
        large_times += bare_move_times(large, count)
    figures: dict[str, Figure] = {}
    for name, path, times in (("1k", small, small_times), ("10k", large, large_times)):
        measured = figure(f"move_card_ms_{name}", times)
        figures[f"move_card_ms_{name}_bare"] = Figure(
            measured.value,
            "ms",
            float("nan"),
            f"{path.name}: the same moves by a bare scene of plain items and paths",
            measured.samples,
        )
    small_value, large_value = (statistics.median(t) for t in (small_times, large_times))
    figures["move_scaling_ratio_bare"] = Figure(
        large_value / small_value if small_value > 0 else float("inf"),
        "x",
        float("nan"),
        "10k / 1k for the bare scene: what the persona's density costs with Qt alone",
        [],
    )
    return figures
