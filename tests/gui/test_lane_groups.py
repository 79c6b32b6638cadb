"""Each lane's cards live in one group item, which Qt skips whole when a repaint misses it.

The group promises Qt that its cards stay inside its rectangle: after every
edit they must, a card that changes lane must change group, and while the
mouse drags cards anywhere the promise is lifted, or a dragged card crossing
into another lane would not be drawn there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QRegion
from pytestqt.qtbot import QtBot

from journeydesigner.canvas.items.lane_group import LaneGroup
from journeydesigner.model import edits as ed
from journeydesigner.model.cards import EmotionCard, LaneKind
from tests.gui.canvas_helpers import LEFT, _send, painted_alone, view_point
from tests.gui.conftest import Canvas

_CONTAINS = LaneGroup.GraphicsItemFlag.ItemContainsChildrenInShape


def _assert_every_card_in_its_lane_group(canvas: Canvas) -> None:
    layout = canvas.scene.layout
    assert layout is not None
    for card_id, item in canvas.scene.card_items.items():
        group = item.parentItem()
        assert isinstance(group, LaneGroup), card_id
        assert group is canvas.scene.lane_groups[layout.cards[card_id].lane_id], card_id
        assert group.rect().contains(item.sceneBoundingRect()), card_id
    assert set(canvas.scene.lane_groups) == {lane.lane_id for lane in layout.lanes}


def _assert_each_card_repainted_alone_as_in_the_whole_view(canvas: Canvas) -> None:
    """A repaint of a card's box alone, as an edit makes, draws what the whole view shows there."""
    whole = painted_alone(canvas.view, QRegion(canvas.view.viewport().rect()))
    shown = canvas.view.viewport().rect()
    for card_id, item in canvas.scene.card_items.items():
        box = canvas.view.mapFromScene(item.sceneBoundingRect()).boundingRect().intersected(shown)
        if not box.isEmpty():
            assert painted_alone(canvas.view, QRegion(box)).copy(box) == whole.copy(box), card_id


def test_cards_and_markers_sit_inside_their_lane_s_group(canvas: Canvas) -> None:
    assert any(isinstance(c, EmotionCard) for c in canvas.document.journey.personas[0].timeline.cards)
    _assert_every_card_in_its_lane_group(canvas)
    for group in canvas.scene.lane_groups.values():
        assert group.flags() & _CONTAINS
        assert group.acceptedMouseButtons() == Qt.MouseButton.NoButton


def test_cards_moved_to_another_lane_change_group_and_the_lanes_below_follow(canvas: Canvas) -> None:
    persona = canvas.state.persona
    assert persona is not None
    lanes = {lane.kind: lane.id for lane in persona.timeline.lanes}
    # Every touchpoint goes to the channels lane, which grows: the lanes below it move down.
    touchpoints = [c for c in persona.timeline.cards if c.lane == lanes[LaneKind.TOUCHPOINTS]]
    assert len(touchpoints) > 5
    channels = lanes[LaneKind.CHANNELS]
    canvas.document.execute("regroup", [ed.MoveCard(c.id, c.stage, channels, None) for c in touchpoints])
    assert all(c.lane == channels for c in touchpoints)
    _assert_every_card_in_its_lane_group(canvas)
    _assert_each_card_repainted_alone_as_in_the_whole_view(canvas)
    canvas.document.undo_stack.undo()
    _assert_every_card_in_its_lane_group(canvas)
    canvas.document.undo_stack.redo()
    _assert_every_card_in_its_lane_group(canvas)
    _assert_each_card_repainted_alone_as_in_the_whole_view(canvas)


def test_a_card_moved_down_with_the_keyboard_changes_group(canvas: Canvas, qtbot: QtBot) -> None:
    persona = canvas.state.persona
    assert persona is not None
    lanes = {lane.kind: lane.id for lane in persona.timeline.lanes}
    card = next(c for c in persona.timeline.cards if c.lane == lanes[LaneKind.TOUCHPOINTS])
    canvas.state.set_selection([card.id])
    canvas.view.setFocus()
    qtbot.keyClick(canvas.view, Qt.Key.Key_Down)
    assert card.lane == lanes[LaneKind.CHANNELS]
    assert canvas.scene.card_items[card.id].parentItem() is canvas.scene.lane_groups[card.lane]
    _assert_every_card_in_its_lane_group(canvas)
    _assert_each_card_repainted_alone_as_in_the_whole_view(canvas)


def test_a_lane_hidden_and_shown_again_brings_its_group_back(canvas: Canvas) -> None:
    persona = canvas.state.persona
    assert persona is not None
    lane = persona.timeline.lanes[1]
    canvas.document.execute("hide", ed.UpdateItem(lane.id, {"hidden": True}))
    assert lane.id not in canvas.scene.lane_groups
    _assert_every_card_in_its_lane_group(canvas)
    canvas.document.undo_stack.undo()
    _assert_every_card_in_its_lane_group(canvas)


def test_a_card_dragged_into_another_lane_is_drawn_there_until_released(canvas: Canvas, qtbot: QtBot) -> None:
    layout = canvas.scene.layout
    persona = canvas.state.persona
    assert layout is not None and persona is not None
    lanes = {lane.kind: lane.id for lane in persona.timeline.lanes}
    card = next(c for c in persona.timeline.cards if c.lane == lanes[LaneKind.ACTIONS])
    row = layout.lane_box(lanes[LaneKind.PAIN_POINTS])
    assert row is not None
    item = canvas.scene.card_items[card.id]
    start = QPointF(*layout.cards[card.id].rect.center)
    end = QPointF(start.x(), row.row.y + row.row.height / 2)
    a, b = view_point(canvas.view, start), view_point(canvas.view, end)
    _send(canvas.view, QEvent.Type.MouseButtonPress, a, LEFT, LEFT)
    for step in range(1, 9):
        at = a + (b - a) * step / 8
        _send(canvas.view, QEvent.Type.MouseMove, at, Qt.MouseButton.NoButton, LEFT)
    # Over another lane: the promise is lifted, and a repaint of just the card's box draws it.
    assert not item.parentItem().flags() & _CONTAINS
    assert not item.parentItem().rect().contains(item.sceneBoundingRect())
    # Repainted alone, the card's box shows what a repaint of the whole view shows there: the card.
    box = canvas.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    alone = painted_alone(canvas.view, QRegion(box)).copy(box)
    whole = painted_alone(canvas.view, QRegion(canvas.view.viewport().rect())).copy(box)
    assert alone == whole, "the dragged card is painted over the other lane"
    _send(canvas.view, QEvent.Type.MouseButtonRelease, b, LEFT, Qt.MouseButton.NoButton)
    for group in canvas.scene.lane_groups.values():
        assert group.flags() & _CONTAINS
    _assert_every_card_in_its_lane_group(canvas)
