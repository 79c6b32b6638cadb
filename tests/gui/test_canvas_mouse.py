"""Direct manipulation on the real canvas with mouse events, then undo and redo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from journeydesigner.model.cards import LANE_DEFAULT_CARD, EmotionCard, LaneKind
from tests.gui.canvas_helpers import click, double_click, drag, view_point
from tests.gui.conftest import Canvas


def _center(canvas: Canvas, item_id: str) -> QPointF:
    assert canvas.scene.layout is not None
    x, y = canvas.scene.layout.cards[item_id].rect.center
    return QPointF(x, y)


def _timeline(canvas: Canvas):  # type: ignore[no-untyped-def]
    persona = canvas.state.persona
    assert persona is not None
    return persona.timeline


def _lane(canvas: Canvas, kind: LaneKind) -> str:
    return next(lane.id for lane in _timeline(canvas).lanes if lane.kind == kind)


def test_move_card_to_another_stage(canvas: Canvas) -> None:
    timeline = _timeline(canvas)
    card = next(c for c in timeline.cards if c.type == "touchpoint" and c.stage == timeline.stages[0].id)
    target_stage = timeline.stages[2]
    layout = canvas.scene.layout
    assert layout is not None
    column = layout.stage_box(target_stage.id)
    row = layout.lane_box(card.lane)
    assert column is not None and row is not None
    before = canvas.dump()
    drop_at = QPointF(column.column.x + column.column.width / 2, row.row.bottom - 4)
    drag(canvas.view, _center(canvas, card.id), drop_at)
    assert card.stage == target_stage.id
    assert card.lane == row.lane_id
    in_cell = [c.id for c in timeline.cards if c.stage == target_stage.id and c.lane == card.lane]
    assert in_cell[-1] == card.id  # dropped below the others: last in the cell
    assert canvas.document.undo_stack.count() == 1
    assert canvas.document.undo_stack.undoText() == "Move touchpoint"
    canvas.undo_redo_round_trip(before)
    # The item follows the model: it sits where the layout puts it.
    item = canvas.scene.card_items[card.id]
    box = canvas.scene.layout.cards[card.id]
    assert (item.pos().x(), item.pos().y()) == (box.rect.x, box.rect.y)


def test_reorder_card_inside_its_cell(canvas: Canvas) -> None:
    timeline = _timeline(canvas)
    cells: dict[tuple[str, str], list[str]] = {}
    for c in timeline.cards:
        if c.type != "emotion":
            cells.setdefault((c.stage, c.lane), []).append(c.id)
    (stage, lane), ids = next((k, v) for k, v in cells.items() if len(v) >= 2)
    before = canvas.dump()
    first, second = ids[0], ids[1]
    layout = canvas.scene.layout
    assert layout is not None
    below_second = QPointF(_center(canvas, second).x(), layout.cards[second].rect.bottom + 2)
    drag(canvas.view, _center(canvas, first), below_second)
    order = [c.id for c in timeline.cards if (c.stage, c.lane) == (stage, lane)]
    assert order.index(second) < order.index(first)
    canvas.undo_redo_round_trip(before)


def test_card_dropped_on_a_lane_that_refuses_it_snaps_back(canvas: Canvas) -> None:
    timeline = _timeline(canvas)
    card = next(c for c in timeline.cards if c.type == "thought")
    layout = canvas.scene.layout
    assert layout is not None
    pain_row = layout.lane_box(_lane(canvas, LaneKind.PAIN_POINTS))
    assert pain_row is not None
    before = canvas.dump()
    messages: list[str] = []
    canvas.view.statusMessage.connect(messages.append)
    drag(canvas.view, _center(canvas, card.id), QPointF(_center(canvas, card.id).x(), pain_row.row.y + 20))
    assert canvas.dump() == before
    assert canvas.document.undo_stack.count() == 0
    assert messages and "cannot go" in messages[-1]
    item = canvas.scene.card_items[card.id]
    assert (item.pos().x(), item.pos().y()) == (layout.cards[card.id].rect.x, layout.cards[card.id].rect.y)


def test_drag_emotion_marker_up_raises_score_and_curve_follows(canvas: Canvas) -> None:
    timeline = _timeline(canvas)
    marker = next(c for c in timeline.cards if isinstance(c, EmotionCard) and c.score < 0)
    layout = canvas.scene.layout
    assert layout is not None
    curve = canvas.scene.curve_items[marker.lane]
    old_path = curve.path().boundingRect()
    start = _center(canvas, marker.id)
    top = layout.score_y(marker.lane, layout.scale.maximum)
    before = canvas.dump()
    drag(canvas.view, start, QPointF(start.x(), top))
    assert marker.score == layout.scale.maximum
    assert curve.path().boundingRect() != old_path
    assert canvas.document.undo_stack.undoText() == "Move emotion marker"
    canvas.undo_redo_round_trip(before)


def test_reorder_stage_by_dragging_its_header(canvas: Canvas) -> None:
    timeline = _timeline(canvas)
    first = timeline.stages[0]
    layout = canvas.scene.layout
    assert layout is not None
    header = layout.stages[0].header
    third = layout.stages[2].column
    cards_of_first = [c.id for c in timeline.cards if c.stage == first.id]
    before = canvas.dump()
    drag(
        canvas.view,
        QPointF(header.x + 40, header.y + 30),
        QPointF(third.x + third.width * 0.7 + 40, header.y + 30),
    )
    assert [s.id for s in timeline.stages].index(first.id) == 2
    assert [c.id for c in timeline.cards if c.stage == first.id] == cards_of_first  # cards go with it
    assert canvas.document.undo_stack.undoText() == "Move stage"
    canvas.undo_redo_round_trip(before)


def test_resize_stage_by_dragging_its_border(canvas: Canvas) -> None:
    timeline = _timeline(canvas)
    stage = timeline.stages[1]
    layout = canvas.scene.layout
    assert layout is not None
    header = layout.stages[1].header
    old_width = stage.width
    before = canvas.dump()
    drag(canvas.view, QPointF(header.right - 2, header.y + 30), QPointF(header.right + 78, header.y + 30))
    assert stage.width == old_width + 80
    assert canvas.scene.layout.stages[2].column.x == layout.stages[2].column.x + 80
    canvas.undo_redo_round_trip(before)


def test_rubber_band_selects_cards(canvas: Canvas) -> None:
    layout = canvas.scene.layout
    assert layout is not None
    stage = layout.stages[1].column
    lane = layout.lane_box(_lane(canvas, LaneKind.PAIN_POINTS))
    assert lane is not None
    # Start in the empty bottom-right corner of the cell and sweep over it.
    drag(canvas.view, QPointF(stage.right - 3, lane.row.bottom - 3), QPointF(stage.x + 3, lane.row.y + 3))
    expected = {
        b.card_id
        for b in layout.cards.values()
        if b.stage_id == layout.stages[1].stage_id and b.lane_id == lane.lane_id
    }
    assert expected and set(canvas.state.selection) == expected


def test_click_and_ctrl_click_select(canvas: Canvas) -> None:
    ids = [c.id for c in _timeline(canvas).cards if c.type == "action"][:2]
    click(canvas.view, _center(canvas, ids[0]))
    assert canvas.state.selection == [ids[0]]
    click(canvas.view, _center(canvas, ids[1]), Qt.KeyboardModifier.ControlModifier)
    assert set(canvas.state.selection) == set(ids)


def test_double_click_empty_cell_adds_that_lanes_card(canvas: Canvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    layout = canvas.scene.layout
    assert layout is not None
    timeline = _timeline(canvas)
    occupied = {(c.stage, c.lane) for c in timeline.cards}
    stage, lane = next(
        (s, lane)
        for lane in layout.lanes
        for s in layout.stages
        if lane.kind != LaneKind.EMOTIONS and (s.stage_id, lane.lane_id) not in occupied
    )
    before = canvas.dump()
    count = len(timeline.cards)
    double_click(canvas.view, QPointF(stage.column.x + 50, lane.row.y + 30))
    assert len(timeline.cards) == count + 1
    new = timeline.cards[-1]
    lane_model = next(x for x in timeline.lanes if x.id == lane.lane_id)
    assert (new.stage, new.lane) == (stage.stage_id, lane.lane_id)
    assert new.type == LANE_DEFAULT_CARD[lane_model.kind]
    editor = canvas.view.findChild(object, "inPlaceEditor")
    assert editor is not None  # ready to type the title
    qtbot.keyClicks(editor, "Cita previa en tienda")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert new.title == "Cita previa en tienda"
    assert canvas.document.undo_stack.count() == 2
    canvas.document.undo_stack.undo()
    canvas.document.undo_stack.undo()
    assert canvas.dump() == before


def test_reorder_lane_by_dragging_its_header(canvas: Canvas) -> None:
    timeline = _timeline(canvas)
    layout = canvas.scene.layout
    assert layout is not None
    first = timeline.lanes[0]
    header = layout.lanes[0].header
    third = layout.lanes[2].row
    before = canvas.dump()
    # Drop it so that its middle lands in the lower half of the third lane.
    dy = third.y + third.height * 0.75 - (header.y + header.height / 2)
    drag(canvas.view, QPointF(header.x + 60, header.y + 20), QPointF(header.x + 60, header.y + 20 + dy))
    assert [lane.id for lane in timeline.lanes].index(first.id) == 2
    assert canvas.document.undo_stack.undoText() == "Move lane"
    canvas.undo_redo_round_trip(before)


def test_headers_stay_pinned_while_scrolling(canvas: Canvas) -> None:
    view = canvas.view
    view.resize(700, 500)
    view.horizontalScrollBar().setValue(400)
    view.verticalScrollBar().setValue(300)
    top_left = view.mapToScene(0, 0)
    for item in canvas.scene.lane_items.values():
        assert item.pos().x() == top_left.x()
    for item in canvas.scene.stage_items.values():
        assert item.pos().y() == top_left.y()


def test_a_marker_dragged_past_its_band_stays_in_it(canvas: Canvas) -> None:
    """While dragged, a face stops at the top of the emotion band; dropped there it gets the top score."""
    timeline = _timeline(canvas)
    marker = next(c for c in timeline.cards if isinstance(c, EmotionCard) and c.score < 0)
    layout = canvas.scene.layout
    assert layout is not None
    box = layout.cards[marker.id]
    top = layout.score_y(marker.lane, layout.scale.maximum) - box.rect.height / 2
    item = canvas.scene.card_items[marker.id]
    start = _center(canvas, marker.id)
    far_above = QPointF(start.x(), start.y() - 3 * (start.y() - top) - 200)
    a, b = view_point(canvas.view, start), view_point(canvas.view, far_above)
    viewport = canvas.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 9):
        QTest.mouseMove(viewport, QPoint(a.x(), round(a.y() + (b.y() - a.y()) * step / 8)))
        assert item.pos().y() >= top - 0.5, "the face left its band"
    assert abs(item.pos().y() - top) < 0.5
    assert canvas.scene.is_dragging(item)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    assert marker.score == layout.scale.maximum
    assert not canvas.scene.is_dragging(item)
