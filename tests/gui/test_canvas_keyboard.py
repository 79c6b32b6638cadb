"""Keyboard editing, clipboard, connections and deletion on the canvas."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from journeydesigner.canvas import clipboard
from journeydesigner.model.cards import EmotionCard, LaneKind
from tests.gui.canvas_helpers import drag
from tests.gui.conftest import Canvas


def _persona(canvas: Canvas):  # type: ignore[no-untyped-def]
    persona = canvas.state.persona
    assert persona is not None
    return persona


def test_arrow_keys_move_the_selected_card_to_the_neighbouring_cell(canvas: Canvas, qtbot: QtBot) -> None:
    timeline = _persona(canvas).timeline
    card = next(c for c in timeline.cards if c.type == "action" and c.stage == timeline.stages[0].id)
    canvas.state.set_selection([card.id])
    canvas.view.setFocus()
    before = canvas.dump()
    qtbot.keyClick(canvas.view, Qt.Key.Key_Right)
    assert card.stage == timeline.stages[1].id
    canvas.undo_redo_round_trip(before)
    # Down skips lanes that do not take an action (touchpoints …) down to the backstage lane.
    qtbot.keyClick(canvas.view, Qt.Key.Key_Down)
    lane_kind = next(lane.kind for lane in timeline.lanes if lane.id == card.lane)
    assert lane_kind in (LaneKind.BACKSTAGE, LaneKind.NOTES)


def test_up_and_down_change_an_emotion_score(canvas: Canvas, qtbot: QtBot) -> None:
    marker = next(c for c in _persona(canvas).timeline.cards if isinstance(c, EmotionCard) and c.score < 2)
    canvas.state.set_selection([marker.id])
    canvas.view.setFocus()
    old = marker.score
    qtbot.keyClick(canvas.view, Qt.Key.Key_Up)
    assert marker.score == old + 1
    canvas.document.undo_stack.undo()
    assert marker.score == old


def test_f2_edits_title_enter_commits_escape_cancels(canvas: Canvas, qtbot: QtBot) -> None:
    card = next(c for c in _persona(canvas).timeline.cards if c.type == "thought")
    original = card.title
    canvas.state.set_selection([card.id])
    canvas.view.setFocus()
    qtbot.keyClick(canvas.view, Qt.Key.Key_F2)
    editor = canvas.view.findChild(object, "inPlaceEditor")
    assert editor is not None
    qtbot.keyClicks(editor, "«¿Y si no me quedan bien?»")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert card.title == original
    assert canvas.document.undo_stack.count() == 0
    qtbot.keyClick(canvas.view, Qt.Key.Key_F2)
    editor = canvas.view.findChild(object, "inPlaceEditor")
    qtbot.keyClicks(editor, "«¿Y si no me quedan bien?»")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert card.title == "«¿Y si no me quedan bien?»"
    assert canvas.document.undo_stack.undoText() == "Rename thought"
    canvas.document.undo_stack.undo()
    assert card.title == original


def test_copy_paste_into_another_persona_gets_new_ids(canvas: Canvas) -> None:
    journey = canvas.document.journey
    first, second = journey.personas
    ids = [c.id for c in first.timeline.cards if c.type in ("pain_point", "opportunity")][:3]
    payload = clipboard.copy_payload(journey, ids)
    assert payload is not None
    mime = clipboard.to_mime(payload)
    again = clipboard.from_mime(mime)
    assert again == payload
    before = canvas.dump()
    edits, new_ids = clipboard.paste_edits(journey, second, again)
    assert canvas.document.execute("Paste", edits)
    assert len(new_ids) == 3 and not set(new_ids) & set(ids)
    pasted = [journey.index.cards[i][1] for i in new_ids]
    originals = [journey.index.cards[i][1] for i in ids]
    assert [p.title for p in pasted] == [o.title for o in originals]
    stage_names = {s.id: s.name for s in second.timeline.stages}
    first_names = {s.id: s.name for s in first.timeline.stages}
    assert [stage_names[p.stage] for p in pasted] == [first_names[o.stage] for o in originals]
    canvas.undo_redo_round_trip(before)


def test_connection_tool_draws_a_loop_back(canvas: Canvas) -> None:
    persona = _persona(canvas)
    layout = canvas.scene.layout
    assert layout is not None
    timeline = persona.timeline
    late = next(c for c in timeline.cards if c.stage == timeline.stages[-1].id and c.type == "action")
    early = next(c for c in timeline.cards if c.stage == timeline.stages[0].id and c.type == "action")
    before = canvas.dump()
    canvas.view.set_connection_tool(True)
    start = QPointF(*layout.cards[late.id].rect.center)
    end = QPointF(*layout.cards[early.id].rect.center)
    canvas.view.ensureVisible(layout.cards[late.id].rect.x, 0, 10, 10)
    canvas.view.setSceneRect(canvas.scene.sceneRect())
    canvas.view.resize(int(layout.width + 60), 1600)
    drag(canvas.view, start, end)
    link = timeline.connections[-1]
    assert (link.source, link.target) == (late.id, early.id)
    assert link.id in canvas.scene.connection_items
    canvas.undo_redo_round_trip(before)


def test_delete_removes_cards_with_their_connections_and_undo_restores(canvas: Canvas, qtbot: QtBot) -> None:
    persona = _persona(canvas)
    link = persona.timeline.connections[0]
    canvas.state.set_selection([link.source])
    before = canvas.dump()
    from journeydesigner.model import edits as ed

    assert canvas.document.execute("Delete", ed.RemoveCards((link.source,)))
    assert link.id not in canvas.document.journey.index.connections
    assert link.source not in canvas.scene.card_items
    assert link.id not in canvas.scene.connection_items
    canvas.undo_redo_round_trip(before)
    canvas.document.undo_stack.undo()
    assert link.id in canvas.scene.connection_items and link.source in canvas.scene.card_items
