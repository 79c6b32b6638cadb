"""Figures of the designer's window, measured in this process (offscreen Qt).

Every figure uses a real :class:`MainWindow` (``create_main_window``: canvas,
docks, undo history, recovery copies, file watcher) whose canvas viewport is
1600×900 pixels, and counts what the user waits for: model work, every
listener of the document's change signal (scene, outline, inspector …) and
the paint that shows the result. A paint is waited for by watching the
viewport's paint events and processing events until one has been handled;
a figure ends when that paint ended (the canvas's paint event is wrapped to
note the time), not with the work the window defers until after it.

- open_s: ``create_main_window(path)`` (read, validate, build the first
  persona's scene and the docks) + show + first paint of the canvas.
  open_ratio: against ``json.loads`` of the same file plus a bare
  QGraphicsScene holding one plain rectangle and one text item per card of
  the first persona, at the cards' places, built, shown in a QGraphicsView
  of the same size and painted.
- switch_persona_s: ``EditorState.set_persona`` (what the persona switcher
  calls) until the new timeline is painted.
- repaint_ms: ``viewport().repaint()`` — a synchronous repaint of the whole
  1600×900 viewport through QGraphicsView.paintEvent into the window's
  backing store, as on screen — at 100 % at the map's origin after a first
  paint (caches warm, as when the user scrolls, selects or presses a key).
  repaint_fit_ms: the same zoomed to fit a 1,000-card persona.
  repaint_ratio: repaint_ms against the same repaint of the bare scene.
- move_card_ms_*: one arrow-key press sent to the canvas of the window
  with one card selected, until the canvas has painted the moved card: the
  keyboard move's path (command pushed, model changed, every listener of the
  change signal updated — scene, inspector, History, title) plus the
  canvas's repaint. Cards in view, drawn at random (seeded), are moved one
  stage right and back left. Both maps have the stress shape (10 personas ×
  12 stages × 8 lanes); only the number of cards differs, so a cost that
  grows with the scene or the map shows in move_scaling_ratio.
  ``move_card_ms_*_full_turn`` (no goal): the same moves until the event
  loop is idle again, with the work the window defers until the canvas has
  been painted (the Outline following the card, the docks' repaints).
- undo_redo_1000_s: after 1,000 single-card moves in the shown persona, the
  History jump back over them and forward again (``QUndoStack.setIndex``,
  what clicking an entry of the History does), then the repaint.
  ``undo_redo_1000_steps_s`` (no goal): ``undo()`` 1,000 times and ``redo()``
  1,000 times, each a whole user action.
"""

from __future__ import annotations

import gc
import json
import random
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QEventLoop, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from benchmarks.bench_common import Figure, figure, ratio, timed
from journeydesigner.layout.timeline import TimelineLayout, layout_timeline
from journeydesigner.model import edits as ed
from journeydesigner.storage import load_map

if TYPE_CHECKING:
    from journeydesigner.canvas.scene import TimelineScene
    from journeydesigner.canvas.view import CanvasView
    from journeydesigner.document.editor_state import EditorState
    from journeydesigner.model.persona import Persona
    from journeydesigner.ui.main_window import MainWindow

VIEWPORT = QSize(1600, 900)


# ---------------------------------------------------------------- waiting for paints


class PaintWatch(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def wait_painted(watch: PaintWatch, limit_s: float = 10.0) -> bool:
    """Process events until *watch*'s widget has been painted once more (False: it never was)."""
    before = watch.count
    deadline = time.perf_counter() + limit_s
    while watch.count == before:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if time.perf_counter() > deadline:
            return False
    return True


def paint_end(watch: PaintWatch, ends: list[float], what: str) -> float:
    """When the widget watched by *watch* finished its next paint (*ends*: the times its paints ended).

    Events are processed until the paint has been handled; what the window
    does after it in the same turn of the event loop (filling the docks, for
    one) is not counted. Call it before processing events: the paint is posted.
    """
    first = len(ends)
    if not wait_painted(watch):
        raise RuntimeError(f"{what} was never painted")
    return ends[first] if len(ends) > first else time.perf_counter()


def painted_after(start: float, watch: PaintWatch, what: str = "the canvas") -> float:
    """Seconds from *start* until the canvas watched by *watch* finished its next paint (see paint_end)."""
    return paint_end(watch, CanvasClock.ends, what) - start


def settle() -> None:
    """Let pending events (deferred deletes, repaints) run."""
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# ---------------------------------------------------------------- windows


@dataclass
class Shown:
    """A main window on the screen, with a watch on its canvas."""

    window: MainWindow
    watch: PaintWatch


class Windows:
    """Opens maps in real main windows whose canvas is 1600×900."""

    def __init__(self) -> None:
        self._extra = QSize(0, 0)  # window size minus viewport size, learnt on the first window
        CanvasClock.install()  # before any canvas is made: PySide looks an override up once per object

    def open(self, path: Path) -> tuple[Shown, float]:
        """Open *path* in a window and wait for its first paint; return it and the seconds taken."""
        from journeydesigner.app import create_main_window

        start = time.perf_counter()
        window = create_main_window(path)
        window.autosaver.set_interval(10**6)  # no recovery copy in the middle of a figure
        if not self._extra.isEmpty():
            window.resize(VIEWPORT + self._extra)
        watch = PaintWatch(window.view.viewport())
        window.show()
        elapsed = painted_after(start, watch, f"the window of {path}")
        self._fit(window)
        return Shown(window, watch), elapsed

    def _fit(self, window: MainWindow) -> None:
        for _ in range(3):
            viewport = window.view.viewport().size()
            if viewport == VIEWPORT:
                return
            self._extra = window.size() - viewport
            window.resize(VIEWPORT + self._extra)
            settle()

    @staticmethod
    def close(shown: Shown) -> None:
        """Close a window without asking to save."""
        shown.window.close_without_asking()
        settle()
        gc.collect()


# ---------------------------------------------------------------- the bare reference


@dataclass(frozen=True)
class Box:
    """A card as the bare reference draws it: a rectangle and its title."""

    x: float
    y: float
    width: float
    height: float
    title: str


def first_persona_boxes(path: Path) -> list[Box]:
    """The cards of the map's first persona, where the canvas puts them."""
    journey = load_map(path)
    persona = journey.personas[0]
    return boxes_of(layout_timeline(journey, persona), persona)


def boxes_of(layout: TimelineLayout, persona: Persona) -> list[Box]:
    """The cards of *persona* where *layout* puts them, in the layout's order."""
    titles = {card.id: card.title for card in persona.timeline.cards}
    return [Box(b.rect.x, b.rect.y, b.rect.width, b.rect.height, titles[i]) for i, b in layout.cards.items()]


class ClockedView(QGraphicsView):
    """A plain QGraphicsView noting when each of its paints ended, as CanvasClock does for the canvas."""

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.ends: list[float] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.ends.append(time.perf_counter())


class BareView:
    """A plain QGraphicsScene of rectangles and texts in a 1600×900 QGraphicsView."""

    def __init__(self, boxes: list[Box]) -> None:
        self.scene = QGraphicsScene()
        self.rects: list[QGraphicsRectItem] = []  # one for each box, in their order
        pen, brush = QPen(QColor("#C5CDD6"), 0.8), QBrush(QColor("#E3F2FD"))
        for box in boxes:
            rect = QGraphicsRectItem(0, 0, box.width, box.height)
            rect.setPos(box.x, box.y)
            rect.setPen(pen)
            rect.setBrush(brush)
            label = QGraphicsSimpleTextItem(box.title, rect)
            label.setPos(8, 6)
            self.scene.addItem(rect)
            self.rects.append(rect)
        self.view = ClockedView(self.scene)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.view.resize(VIEWPORT + QSize(2 * self.view.frameWidth(), 2 * self.view.frameWidth()))
        self.watch = PaintWatch(self.view.viewport())

    def show(self) -> float:
        """Show the view and wait for its first paint; return when that paint ended."""
        self.view.show()
        return paint_end(self.watch, self.view.ends, "the bare view")

    def close(self) -> None:
        """Close and delete the view and its scene."""
        self.view.close()
        self.view.deleteLater()
        self.scene.deleteLater()
        settle()


def bare_open(path: Path, boxes: list[Box]) -> float:
    """Seconds for json.loads of *path* plus the bare scene built, shown and painted."""
    start = time.perf_counter()
    json.loads(path.read_bytes())
    bare = BareView(boxes)
    elapsed = bare.show() - start
    bare.close()
    return elapsed


# ---------------------------------------------------------------- figures


def measure_open(windows: Windows, path: Path, runs: int) -> dict[str, Figure]:
    """open_s and open_ratio on the map at *path*."""
    boxes = first_persona_boxes(path)
    windows.close(windows.open(path)[0])  # warm-up: imports, fonts, icons, the window's size
    bare_open(path, boxes)
    opens, references = [], []
    for _ in range(runs):
        shown, seconds = windows.open(path)
        opens.append(seconds)
        windows.close(shown)
        references.append(bare_open(path, boxes))
    opened = figure("open_s", opens, f"{path.name}: file to first paint of a 1600×900 canvas")
    reference = figure("open_s", references)
    return {
        "open_s": opened,
        "open_ratio": ratio(
            "open_ratio",
            opened,
            reference,
            f"against json.loads + a bare scene of {len(boxes)} rect+text items painted: "
            f"{reference.value:.3f} s",
        ),
    }


def measure_views(windows: Windows, path: Path, runs: int) -> dict[str, Figure]:
    """switch_persona_s, repaint_ms, repaint_fit_ms and repaint_ratio on the map at *path*."""
    shown, _ = windows.open(path)
    window, viewport = shown.window, shown.window.view.viewport()
    personas = [p.id for p in window.document.journey.personas]
    switches = []
    for run in range(runs):
        target = personas[(run + 1) % len(personas)]
        start = time.perf_counter()
        window.state.set_persona(target)
        switches.append(painted_after(start, shown.watch))
    window.state.set_persona(personas[0])
    settle()
    cards = len(window.document.journey.personas[0].timeline.cards)
    viewport.repaint()  # caches warm, as after the first paint
    repaints = [timed(viewport.repaint) * 1000 for _ in range(runs)]
    window.view.zoom_fit()
    settle()
    viewport.repaint()
    fits = [timed(viewport.repaint) * 1000 for _ in range(runs)]
    zoom = window.view.zoom
    windows.close(shown)

    bare = BareView(first_persona_boxes(path))
    bare.show()
    bare.view.viewport().repaint()
    bare_repaints = [timed(bare.view.viewport().repaint) * 1000 for _ in range(runs)]
    bare.close()
    repaint = figure("repaint_ms", repaints, f"1600×900 viewport at 100 %, {cards}-card persona")
    reference = figure("repaint_ms", bare_repaints)
    return {
        "switch_persona_s": figure(
            "switch_persona_s", switches, f"{path.name}: set_persona to the next persona until painted"
        ),
        "repaint_ms": repaint,
        "repaint_fit_ms": figure(
            "repaint_fit_ms", fits, f"1600×900 viewport zoomed to fit ({zoom * 100:.0f} %), {cards} cards"
        ),
        "repaint_ratio": ratio(
            "repaint_ratio",
            repaint,
            reference,
            f"against the bare scene's repaint in the same view: {reference.value:.2f} ms",
        ),
    }


class Editor(Protocol):
    """What the move figures drive: a main window."""

    state: EditorState
    scene: TimelineScene
    view: CanvasView


def _key(window: Editor, key: Qt.Key) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.view, event)


def _visible_cards(window: Editor, count: int) -> list[str]:
    """*count* cards fully in view that have a stage to their right, drawn at random (seeded).

    Taken lane by lane in turn, each at a random place in its cell: neither
    always the top card (whose move shifts the whole cell) nor always the last.
    """
    layout = window.scene.layout
    assert layout is not None
    visible = window.view.visible_scene_rect()
    return cards_in_view(layout, visible, count)


def cards_in_view(layout: TimelineLayout, visible: QRectF, count: int) -> list[str]:
    """*count* cards of *layout* fully inside *visible* with a stage to their right (see _visible_cards)."""
    movable = {s.stage_id for s in layout.stages[:-1]}
    by_lane: dict[str, list[str]] = {}
    for box in sorted(layout.cards.values(), key=lambda b: (b.rect.x, b.rect.y)):
        rect = box.rect
        if (
            box.stage_id in movable
            and visible.contains(rect.x, rect.y)
            and visible.contains(rect.right, rect.bottom)
        ):
            by_lane.setdefault(box.lane_id, []).append(box.card_id)
    chance = random.Random(8)
    for cards in by_lane.values():
        chance.shuffle(cards)
    chosen: list[str] = []
    while len(chosen) < count and any(by_lane.values()):
        for cards in by_lane.values():
            if cards and len(chosen) < count:
                chosen.append(cards.pop())
    return chosen


class CanvasClock:
    """When canvases finished painting: ``CanvasView.paintEvent`` wrapped for this process.

    A paint event can be watched arriving (an event filter) but not ending;
    the wrapper only calls QGraphicsView's own paint and notes the time.
    """

    ends: list[float] = []

    @classmethod
    def install(cls) -> None:
        """Wrap the canvas's paint event (once)."""
        from journeydesigner.canvas.view import CanvasView

        if getattr(CanvasView.paintEvent, "clocked", False):
            return

        def paint_event(view: QGraphicsView, event: QPaintEvent) -> None:
            QGraphicsView.paintEvent(view, event)
            cls.ends.append(time.perf_counter())

        paint_event.clocked = True  # type: ignore[attr-defined]
        CanvasView.paintEvent = paint_event  # type: ignore[method-assign]


@dataclass
class MoveTimes:
    """Milliseconds of arrow-key moves: until the canvas showed each, and until the loop was idle."""

    frame: list[float]
    full_turn: list[float]


def _move_times(editor: Editor, watch: PaintWatch, count: int) -> MoveTimes:
    """Each arrow-key move (right, then back left) of *count* visible cards."""
    editor.view.setFocus()
    times = MoveTimes([], [])
    for card_id in _visible_cards(editor, count):
        editor.state.set_selection([card_id])
        settle()
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            CanvasClock.ends.clear()
            start = time.perf_counter()
            _key(editor, key)
            # processEvents returns when the turn is over: the canvas has been
            # painted and whatever the window deferred after it has run.
            if not wait_painted(watch, limit_s=1.0):
                raise RuntimeError("the canvas was not repainted after a move")
            times.full_turn.append((time.perf_counter() - start) * 1000)
            times.frame.append((CanvasClock.ends[0] - start) * 1000)
    return times


def move_times(windows: Windows, path: Path, count: int) -> MoveTimes:
    """Arrow-key moves in a main window (every dock listening)."""
    shown, _ = windows.open(path)
    times = _move_times(shown.window, shown.watch, count)
    windows.close(shown)
    return times


MOVE_ROUNDS = 3


def _interleaved(windows: Windows, paths: list[Path], count: int) -> dict[Path, MoveTimes]:
    """*count* cards moved on each map in each of a few rounds, the maps taken in turn.

    The machine's speed drifts during a run (by a third on a shared one); moving
    on one map, then on the other, put the drift into the ratio between them.
    Every round moves the same cards, in a map opened afresh: one move costs
    under a millisecond and the next three times that (whether it shifts
    other cards and arrows), and the median of one pass over the cards swung
    the ratio by a tenth or two from run to run; the median of every pass's
    moves together swings far less.
    """
    times = {path: MoveTimes([], []) for path in paths}
    for _ in range(MOVE_ROUNDS):
        for path in paths:
            done = move_times(windows, path, count)
            times[path].frame.extend(done.frame)
            times[path].full_turn.extend(done.full_turn)
    return times


def measure_moves(
    windows: Windows, small: Path, large: Path, count: int, persona: Path | None = None
) -> dict[str, Figure]:
    """move_card_ms_1k, move_card_ms_10k and move_scaling_ratio.

    The 1k map has ten personas of 100 cards, the 10k map ten of 1,000: the
    persona shown holds ten times the cards per cell and the arrows, so the
    ratio weighs what is on screen as much as the size of the map. *persona*,
    a map of one persona shaped like those of the 10k map, gives
    ``move_size_ratio`` (no goal): the same persona in a map ten times larger.
    """
    move_times(windows, small, 2)  # warm-up
    maps = [small, large] if persona is None else [small, large, persona]
    times = _interleaved(windows, maps, count)
    small_times, large_times = times[small], times[large]
    small_fig = figure(
        "move_card_ms_1k", small_times.frame, f"{small.name}: arrow key until the canvas shows it"
    )
    large_fig = figure(
        "move_card_ms_10k", large_times.frame, f"{large.name}: arrow key until the canvas shows it"
    )
    figures = {
        "move_card_ms_1k": small_fig,
        "move_card_ms_10k": large_fig,
        "move_scaling_ratio": ratio("move_scaling_ratio", large_fig, small_fig, "10k / 1k"),
    }
    if persona is not None:
        alone = figure("move_card_ms_1k", times[persona].frame)
        figures["move_card_ms_1k_persona"] = Figure(
            alone.value,
            "ms",
            float("nan"),
            f"{persona.name}: one persona of the 10k map's size, alone in its map",
            alone.samples,
        )
        figures["move_size_ratio"] = Figure(
            large_fig.value / alone.value if alone.value > 0 else float("inf"),
            "x",
            float("nan"),
            "10k / the same persona alone: what the rest of the map adds to a move",
            [],
        )
    # The same moves until the event loop is idle: the deferred dock work included.
    for name, path, times in (("1k", small, small_times), ("10k", large, large_times)):
        turn = figure(f"move_card_ms_{name}", times.full_turn)
        figures[f"move_card_ms_{name}_full_turn"] = Figure(
            turn.value, "ms", float("nan"), f"{path.name}: until the event loop is idle", turn.samples
        )
    return figures


def measure_undo_redo(windows: Windows, path: Path, moves: int, runs: int) -> dict[str, Figure]:
    """undo_redo_1000_s: undo then redo *moves* single-card moves (scaled to 1,000 when fewer).

    The figure is the History gesture: clicking the entry *moves* commands
    back (``QUndoStack.setIndex``, as the History list does), then the newest entry
    again, then the repaint. ``undo_redo_1000_steps_s`` (not a goal) is the
    same done as *moves* separate ``undo()`` calls and *moves* ``redo()``
    calls, each one a whole user action that updates every view.
    """
    shown, _ = windows.open(path)
    window = shown.window
    document = window.document
    persona = document.journey.personas[0]
    stages = [s.id for s in persona.timeline.stages]
    cards = list(persona.timeline.cards)
    for number in range(moves):
        card = cards[number % len(cards)]
        column = stages.index(card.stage)
        target = stages[column + 1] if column + 1 < len(stages) else stages[column - 1]
        document.execute("Move card", ed.MoveCard(card.id, target, card.lane, None))
    settle()
    stack = document.undo_stack
    newest = stack.index()
    jumps, steps = [], []
    for _ in range(runs):
        start = time.perf_counter()
        stack.setIndex(newest - moves)
        stack.setIndex(newest)
        wait_painted(shown.watch, limit_s=2.0)
        # Milliseconds per move are seconds per 1,000 moves.
        jumps.append((time.perf_counter() - start) * 1000 / moves)
        settle()
        start = time.perf_counter()
        for _ in range(moves):
            stack.undo()
        for _ in range(moves):
            stack.redo()
        wait_painted(shown.watch, limit_s=2.0)
        steps.append((time.perf_counter() - start) * 1000 / moves)
        settle()
    windows.close(shown)
    scaled = "" if moves == 1000 else f" (quick mode: {moves} moves, scaled to 1,000)"
    return {
        "undo_redo_1000_s": figure(
            "undo_redo_1000_s",
            jumps,
            f"{path.name}: History jump back over {moves} moves of the shown persona and forward again, "
            f"then painted{scaled}",
        ),
        "undo_redo_1000_steps_s": Figure(
            statistics.median(steps),
            "s",
            float("nan"),
            f"the same as {moves} undo() then {moves} redo() calls, each announced to every view{scaled}",
            steps,
        ),
    }
