"""Palette drops on the canvas (through the view's drag and drop handlers)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from journeydesigner.canvas.mime import PaletteEntry
from journeydesigner.model.cards import LaneKind, TouchpointCard
from tests.gui.conftest import Canvas


def _drop(canvas: Canvas, mime: QMimeData, scene_point: QPointF) -> tuple[bool, bool]:
    """Enter, move and drop at a scene point; return (move accepted, drop accepted)."""
    view = canvas.view
    pos = view.mapFromScene(scene_point)
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(pos), actions, mime, buttons, mods)
    view.dragEnterEvent(enter)
    move = QDragMoveEvent(QPoint(pos), actions, mime, buttons, mods)
    view.dragMoveEvent(move)
    moved = move.isAccepted()
    drop = QDropEvent(QPointF(pos), actions, mime, buttons, mods)
    view.dropEvent(drop)
    return moved, drop.isAccepted()


def _cell_point(
    canvas: Canvas, stage_index: int, kind: LaneKind, y_offset: float = 20
) -> tuple[str, str, QPointF]:
    layout = canvas.scene.layout
    assert layout is not None
    stage = layout.stages[stage_index]
    lane = next(lane for lane in layout.lanes if lane.kind == kind)
    return (
        stage.stage_id,
        lane.lane_id,
        QPointF(stage.column.x + stage.column.width / 2, lane.row.y + y_offset),
    )


def test_drop_touchpoint_into_a_cell_at_the_drop_position(canvas: Canvas) -> None:
    persona = canvas.state.persona
    assert persona is not None
    stage_id, lane_id, point = _cell_point(canvas, 1, LaneKind.TOUCHPOINTS, y_offset=4)
    before = canvas.dump()
    moved, dropped = _drop(canvas, PaletteEntry("card", card_type="touchpoint").to_mime(), point)
    assert moved and dropped
    cell = [c for c in persona.timeline.cards if (c.stage, c.lane) == (stage_id, lane_id)]
    assert cell[0].type == "touchpoint" and cell[0].title == ""  # dropped above the others: first
    assert canvas.document.undo_stack.undoText() == "Add touchpoint"
    canvas.view.finish_editing(commit=False)
    canvas.undo_redo_round_trip(before)


def test_drop_where_it_cannot_go_changes_nothing(canvas: Canvas) -> None:
    _, _, point = _cell_point(canvas, 1, LaneKind.EMOTIONS)
    before = canvas.dump()
    messages: list[str] = []
    canvas.view.statusMessage.connect(messages.append)
    moved, dropped = _drop(canvas, PaletteEntry("card", card_type="pain_point").to_mime(), point)
    assert not moved and not dropped
    assert canvas.dump() == before
    assert canvas.document.undo_stack.count() == 0
    assert "cannot go" in messages[-1]
    # Outside the timeline altogether.
    moved, dropped = _drop(canvas, PaletteEntry("card", card_type="note").to_mime(), QPointF(5, 5))
    assert not dropped and canvas.dump() == before


def test_emotion_height_sets_its_score(canvas: Canvas) -> None:
    layout = canvas.scene.layout
    assert layout is not None
    persona = canvas.state.persona
    assert persona is not None
    stage_id, lane_id, _ = _cell_point(canvas, 0, LaneKind.EMOTIONS)
    x = layout.stages[0].column.x + 20
    for score in (layout.scale.minimum, layout.scale.maximum):
        count = len(persona.timeline.cards)
        y = layout.score_y(lane_id, score)
        _drop(canvas, PaletteEntry("emotion", score=0).to_mime(), QPointF(x, y))
        canvas.view.finish_editing(commit=False)
        added = [c for c in persona.timeline.cards if c.type == "emotion" and c.stage == stage_id]
        assert len(persona.timeline.cards) == count + 1
        assert any(getattr(c, "score", None) == score for c in added)


def test_stage_dropped_between_two_stages_is_inserted_there(canvas: Canvas) -> None:
    layout = canvas.scene.layout
    persona = canvas.state.persona
    assert layout is not None and persona is not None
    boundary = layout.stages[2].column.x
    before = canvas.dump()
    moved, dropped = _drop(canvas, PaletteEntry("stage").to_mime(), QPointF(boundary + 5, 300))
    assert moved and dropped
    assert len(persona.timeline.stages) == len(before["personas"][0]["timeline"]["stages"]) + 1  # type: ignore[index]
    assert persona.timeline.stages[2].id not in {s.stage_id for s in layout.stages}
    canvas.view.finish_editing(commit=False)
    canvas.undo_redo_round_trip(before)


def test_device_dropped_on_a_touchpoint_is_attached(canvas: Canvas) -> None:
    persona = canvas.state.persona
    layout = canvas.scene.layout
    assert persona is not None and layout is not None
    touchpoint = next(
        c for c in persona.timeline.cards if isinstance(c, TouchpointCard) and "tablet" not in c.devices
    )
    x, y = layout.cards[touchpoint.id].rect.center
    before = canvas.dump()
    moved, dropped = _drop(canvas, PaletteEntry("device", device="tablet").to_mime(), QPointF(x, y))
    assert moved and dropped
    assert touchpoint.devices[-1] == "tablet"
    assert canvas.document.undo_stack.undoText() == "Attach device"
    canvas.undo_redo_round_trip(before)
    # Dropping the same device again is refused.
    moved, dropped = _drop(canvas, PaletteEntry("device", device="tablet").to_mime(), QPointF(x, y))
    assert not dropped


def test_foreign_mime_data_is_ignored(canvas: Canvas) -> None:
    mime = QMimeData()
    mime.setText("hola")
    before = canvas.dump()
    _drop(canvas, mime, QPointF(400, 300))
    assert canvas.dump() == before
    garbage = QMimeData()
    garbage.setData("application/x-journeydesigner-palette", b"\xff{not json")
    _drop(canvas, garbage, QPointF(400, 300))
    assert canvas.dump() == before
