"""The canvas repaints no more than an edit changes, and never less.

Arrows are painted by one layer item, and a changed arrow asks the views to
repaint only the boxes its ink covered and covers now. These tests take a
picture of the view before an edit, record every patch the live view
repaints for it, and check that the picture from before, with those patches
painted over it, is the picture of the whole view after the edit: a patch too
few leaves a piece of an old arrow (or a hole in a new one) on the screen.

The canvas repaints one box around what an edit changed; the tests run on a
view that repaints each patch (Qt's minimal update) as well, where a box the
layer forgot would show.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF, QRegion
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView, QWidget
from pytestqt.qtbot import QtBot

from journeydesigner.canvas.items import arrow_layer
from journeydesigner.canvas.items.card_item import BoardItem
from journeydesigner.canvas.items.lane_group import LaneGroup
from journeydesigner.canvas.items.links import _LABEL_REACH, ConnectionItem
from journeydesigner.canvas.style import SELECTION
from journeydesigner.model import edits as ed
from tests.gui.canvas_helpers import painted_alone
from tests.gui.conftest import Canvas, open_canvas

UPDATE_MODES = {
    "patches": QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate,
    "box": QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate,  # the canvas's own
}


@pytest.fixture(params=list(UPDATE_MODES))
def canvas(request: pytest.FixtureRequest, qtbot: QtBot) -> Canvas:
    """The sample's canvas, repainting each patch an edit asks for, or a box around them."""
    shown = open_canvas(qtbot)
    shown.view.setViewportUpdateMode(UPDATE_MODES[request.param])
    return shown


@pytest.fixture
def patch_canvas(qtbot: QtBot) -> Canvas:
    """The sample's canvas repainting exactly the patches an edit asks for."""
    shown = open_canvas(qtbot)
    shown.view.setViewportUpdateMode(UPDATE_MODES["patches"])
    return shown


class RepaintSpy(QObject):
    """The union of the regions a widget is asked to repaint."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.region = QRegion()
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.region += event.region()
            self.paints += 1
        return False


def _picture(canvas: Canvas) -> QImage:
    """The whole viewport, painted afresh."""
    viewport = canvas.view.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    canvas.view.render(painter, QRectF(image.rect()), viewport.rect())
    painter.end()
    return image


def _settle(canvas: Canvas) -> None:
    canvas.view.viewport().repaint()  # caches filled, nothing left to paint
    QApplication.processEvents()


def _assert_repaints_cover(qtbot: QtBot, canvas: Canvas, edit: Callable[[], None]) -> QRegion:
    """*edit* the map; the patches the view repaints turn the old picture into the new one."""
    _settle(canvas)
    before = _picture(canvas)
    spy = RepaintSpy(canvas.view.viewport())
    edit()
    qtbot.waitUntil(lambda: spy.paints > 0, timeout=2000)
    QApplication.processEvents()
    after = _picture(canvas)
    assert before != after, "the edit changes what the view shows"
    patched = before.copy()
    painter = QPainter(patched)
    painter.setClipRegion(spy.region)
    painter.drawImage(0, 0, after)
    painter.end()
    assert patched == after, "a changed part of the view was not repainted"
    return spy.region


def _linked_cards(canvas: Canvas) -> list[str]:
    """Cards of the shown persona that arrows start or end on, in view, with a stage to their right."""
    layout = canvas.scene.layout
    assert layout is not None
    last_stage = layout.stages[-1].stage_id
    return [
        card_id
        for card_id in canvas.scene._links
        if card_id in layout.cards and layout.cards[card_id].stage_id != last_stage
    ]


def _arrows(canvas: Canvas) -> list[ConnectionItem]:
    return [item for item, _ in canvas.scene.connection_items.values()]


def test_moving_a_card_repaints_its_arrows_where_they_were_and_are(canvas: Canvas, qtbot: QtBot) -> None:
    cards = _linked_cards(canvas)
    assert len(cards) >= 3, "the sample's first persona has cards joined by arrows"
    canvas.view.setFocus()
    for card_id in cards[:3]:
        canvas.state.set_selection([card_id])
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            _assert_repaints_cover(qtbot, canvas, lambda key=key: qtbot.keyClick(canvas.view, key))


def test_a_rerouted_arrow_repaints_where_it_was_and_is_and_nothing_else(
    patch_canvas: Canvas, qtbot: QtBot
) -> None:
    """Not the whole layer: the arrow's old and new boxes."""
    canvas = patch_canvas
    arrow = min(_arrows(canvas), key=lambda a: a.boundingRect().width() + a.boundingRect().height())
    assert arrow._routed is not None
    source, target, top = arrow._routed
    lower = type(source)(source.x, source.y + 24, source.width, source.height)
    old = arrow.boundingRect()
    region = _assert_repaints_cover(
        qtbot, canvas, lambda: arrow.set_ends(lower, target, top, arrow._labelled)
    )
    # Qt widens what it repaints by two pixels for antialiased edges, and rounds.
    reach = canvas.view.mapFromScene(old.united(arrow.boundingRect())).boundingRect().adjusted(-4, -4, 4, 4)
    assert reach.contains(region.boundingRect()), (reach, region.boundingRect())
    view, repainted = canvas.view.viewport().rect(), region.boundingRect()
    assert repainted.width() * repainted.height() < 0.25 * view.width() * view.height()


def test_selecting_an_arrow_repaints_it_in_the_selection_colour(canvas: Canvas, qtbot: QtBot) -> None:
    # The longest arrow: a short one can lie wholly under cards and its own label.
    arrow = max(_arrows(canvas), key=lambda a: a.boundingRect().width() + a.boundingRect().height())
    _assert_repaints_cover(qtbot, canvas, lambda: canvas.state.set_selection([arrow.item_id]))
    assert arrow.isSelected()
    _assert_repaints_cover(qtbot, canvas, lambda: canvas.state.set_selection([]))


def test_removing_and_restoring_an_arrow_repaints_it(canvas: Canvas, qtbot: QtBot) -> None:
    arrow = _arrows(canvas)[0]
    link_id = arrow.item_id
    _assert_repaints_cover(
        qtbot, canvas, lambda: canvas.document.execute("remove", ed.RemoveConnection(link_id))
    )
    assert link_id not in canvas.scene.connection_items
    _assert_repaints_cover(qtbot, canvas, canvas.document.undo_stack.undo)
    assert link_id in canvas.scene.connection_items


def test_an_arrow_is_still_what_a_click_finds(canvas: Canvas, qtbot: QtBot) -> None:
    # An arrow whose middle lies clear of the cards (a click there is meant for it); the group
    # of a lane's cards may lie over it, but takes no mouse button.
    def under(point: QPointF) -> list[QGraphicsItem]:
        return [item for item in canvas.scene.items(point) if not isinstance(item, LaneGroup)]

    arrow, middle = next(
        (arrow, arrow._label_point()) for arrow in _arrows(canvas) if under(arrow._label_point()) == [arrow]
    )
    assert canvas.scene.arrows not in canvas.scene.items(middle)
    assert any(isinstance(item, LaneGroup) for item in canvas.scene.items(middle)), "under a group"
    spot = canvas.view.mapFromScene(middle)
    qtbot.mouseClick(canvas.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert canvas.state.selection == [arrow.item_id]


def test_a_script_of_many_edits_without_a_paint_repaints_the_view_once(canvas: Canvas, qtbot: QtBot) -> None:
    """Thousands of boxes are not piled into the view's region between two paints."""
    cards = _linked_cards(canvas)
    assert canvas.scene.layout is not None
    stages = [s.stage_id for s in canvas.scene.layout.stages]

    def many_moves() -> None:
        for _ in range(40):
            for card_id in cards:
                card = canvas.document.journey.index.cards[card_id][1]
                target = stages[(stages.index(card.stage) + 1) % len(stages)]
                canvas.document.execute("move", ed.MoveCard(card_id, target, card.lane))

    _assert_repaints_cover(qtbot, canvas, many_moves)


@pytest.mark.parametrize("zoom", [0.5, 1.5])
def test_repaints_cover_the_changes_when_zoomed(canvas: Canvas, qtbot: QtBot, zoom: float) -> None:
    canvas.view.set_zoom(zoom)
    card_id = _linked_cards(canvas)[0]
    canvas.state.set_selection([card_id])
    canvas.view.setFocus()
    _assert_repaints_cover(qtbot, canvas, lambda: qtbot.keyClick(canvas.view, Qt.Key.Key_Right))


def _grab(canvas: Canvas) -> bytes:
    """The viewport repainted whole, as the screen shows it (the layer's copy of itself when it has one)."""
    viewport = canvas.view.viewport()
    image = viewport.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return bytes(image.constBits())


def _drawn_directly(canvas: Canvas, monkeypatch: pytest.MonkeyPatch) -> bytes:
    with monkeypatch.context() as patch:
        patch.setattr(arrow_layer, "_most_of", lambda *_: False)
        return _grab(canvas)


def _alike(a: bytes, b: bytes) -> bool:
    """Equal but for rounding in antialiased edges (drawn into a picture, then copied)."""
    return len(a) == len(b) and all(abs(x - y) <= 3 for x, y in zip(a, b, strict=True))


def _assert_arrows_repainted_alone_as_in_the_whole_view(canvas: Canvas) -> int:
    """A repaint of a box around each arrow's head alone, as an edit makes, fills the head in
    the arrow's ink (the selection's, for a selected arrow) and draws what a repaint of the
    whole view shows there; returns how many heads were looked at."""
    view = canvas.view
    shown = view.viewport().rect()
    # Drawn, not copied from the layer's picture of the view (whose blended edges differ by a shade).
    canvas.scene.arrows._forget_snapshot()
    whole = painted_alone(view, QRegion(shown))
    labels = [_LABEL_REACH.translated(arrow._label_point()) for arrow in _arrows(canvas) if arrow.labelled]
    heads = 0
    for arrow in _arrows(canvas):
        head = arrow._head
        middle = QPointF(sum(head[i].x() for i in range(3)) / 3, sum(head[i].y() for i in range(3)) / 3)
        box = view.mapFromScene(head.boundingRect().adjusted(-3, -3, 3, 3)).boundingRect()
        if (
            not shown.contains(box)
            or any(isinstance(item, BoardItem) for item in canvas.scene.items(middle))
            or any(label.contains(middle) for label in labels)
        ):
            continue  # off the view, or under a card or a label
        alone = painted_alone(view, QRegion(box))
        assert alone.copy(box) == whole.copy(box), arrow.item_id
        ink = SELECTION if arrow.isSelected() else QColor("#4A5562")
        filled = QColor(alone.pixel(view.mapFromScene(middle)))
        off = max(abs(a - b) for a, b in zip(filled.getRgb()[:3], ink.getRgb()[:3], strict=True))
        assert off <= 24, (arrow.item_id, filled.name())
        heads += 1
    return heads


def test_an_arrow_repainted_in_a_box_alone_shows_its_head(canvas: Canvas, qtbot: QtBot) -> None:
    """The one-box repaint an edit makes draws each arrow's head where it is and in its ink:
    after opening, with an arrow selected, and after a move has rerouted arrows."""
    assert _assert_arrows_repainted_alone_as_in_the_whole_view(canvas) >= len(_arrows(canvas)) // 2
    arrow = max(_arrows(canvas), key=lambda a: a.boundingRect().width())
    canvas.state.set_selection([arrow.item_id])
    assert arrow.isSelected()
    _assert_arrows_repainted_alone_as_in_the_whole_view(canvas)
    card_id = _linked_cards(canvas)[0]
    canvas.state.set_selection([card_id])
    canvas.view.setFocus()
    rerouted = [a for a in _arrows(canvas) if card_id in a.ends]
    heads_before = [QPolygonF(a._head) for a in rerouted]
    qtbot.keyClick(canvas.view, Qt.Key.Key_Right)
    assert [a._head for a in rerouted] != heads_before, "the move rerouted the card's arrows"
    _assert_arrows_repainted_alone_as_in_the_whole_view(canvas)


def test_a_view_repainted_whole_again_copies_the_arrows_until_a_change(
    canvas: Canvas, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first whole repaint draws the arrows; the next ones copy a picture of them, until one changes."""
    canvas.view.resize(900, 600)
    QApplication.processEvents()
    layer = canvas.scene.arrows
    draws: list[int] = []
    draw = layer._draw
    monkeypatch.setattr(layer, "_draw", lambda *args: (draws.append(1), draw(*args)))

    def settled_picture() -> bytes:
        """Repainted whole until the layer copies its picture; then that copy."""
        for _ in range(2):
            _grab(canvas)
        draws.clear()
        picture = _grab(canvas)
        assert not draws, "copied, not drawn"
        assert layer._snapshot is not None
        return picture

    picture = settled_picture()
    assert _grab(canvas) == picture and not draws
    assert _alike(picture, _drawn_directly(canvas, monkeypatch))

    def changed(step: Callable[[], None]) -> None:
        step()
        QApplication.processEvents()
        draws.clear()
        _grab(canvas)
        assert draws, "drawn again after the change"
        assert _alike(settled_picture(), _drawn_directly(canvas, monkeypatch))

    card_id = _linked_cards(canvas)[0]
    canvas.state.set_selection([card_id])
    canvas.view.setFocus()
    changed(lambda: qtbot.keyClick(canvas.view, Qt.Key.Key_Right))  # its arrows moved
    changed(lambda: canvas.state.set_selection([_arrows(canvas)[0].item_id]))  # an arrow selected
    changed(lambda: canvas.view.set_zoom(0.8))
    changed(lambda: canvas.view.horizontalScrollBar().setValue(120))


def test_the_first_whole_repaint_after_opening_draws_without_a_picture(qtbot: QtBot) -> None:
    """A picture costs more to make than drawing once: opening a map makes none."""
    shown = open_canvas(qtbot)
    spy = RepaintSpy(shown.view.viewport())
    shown.view.viewport().update()
    qtbot.waitUntil(lambda: spy.paints > 0, timeout=2000)
    assert spy.region.boundingRect() == shown.view.viewport().rect(), "repainted whole"
    assert shown.scene.arrows._snapshot is None


def test_an_arrow_keeps_its_bounds_while_its_ends_shift_a_place_and_they_always_hold_it(
    canvas: Canvas, qtbot: QtBot
) -> None:
    """Bounds with some slack: Qt is not told of every small reroute, and the bounds never miss the ink."""
    arrow = _arrows(canvas)[0]
    assert arrow._routed is not None
    source, target, top = arrow._routed
    kept = QRectF(arrow.boundingRect())
    lower = type(source)(source.x, source.y + 62, source.width, source.height)  # a card's step in its cell
    arrow.set_ends(lower, target, top, arrow._labelled)
    assert arrow.boundingRect() == kept
    far = type(source)(source.x + 1500, source.y + 900, source.width, source.height)
    arrow.set_ends(far, target, top, arrow._labelled)
    assert arrow.boundingRect() != kept
    canvas.view.setFocus()
    for card_id in _linked_cards(canvas)[:4]:
        canvas.state.set_selection([card_id])
        qtbot.keyClick(canvas.view, Qt.Key.Key_Right)
    for each in _arrows(canvas):
        bounds, (left, top_, right, bottom) = each.boundingRect(), each.extent
        assert bounds.contains(QRectF(left, top_, right - left, bottom - top_))
        assert bounds.width() <= right - left + 2 * 160 and bounds.height() <= bottom - top_ + 2 * 160


def test_an_arrow_label_over_a_card_is_painted_over_it(canvas: Canvas) -> None:
    """Half way along a short arrow between two cards of a column, the label would hide behind them."""
    cards = [item.sceneBoundingRect() for item in canvas.scene.card_items.values()]
    arrow = next(
        a for a in _arrows(canvas) if a.labelled and any(c.contains(a._label_point()) for c in cards)
    )
    centre = canvas.view.mapFromScene(arrow._label_point())
    canvas.view.viewport().repaint()
    image = canvas.view.viewport().grab().toImage()
    around = [image.pixel(centre.x() + dx, centre.y() + dy) for dx in range(-24, 25) for dy in (-3, 3)]
    white = sum(1 for pixel in around if pixel & 0xFFFFFF == 0xFFFFFF)
    assert white > 0.6 * len(around), "the label's white box shows over the card"
