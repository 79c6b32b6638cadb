"""Arrow keys on the canvas: move the selected cards to the neighbouring cell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from journeydesigner.canvas.texts import move_command
from journeydesigner.model import edits as ed
from journeydesigner.model.cards import EmotionCard, lane_accepts

if TYPE_CHECKING:
    from journeydesigner.canvas.scene import TimelineScene


def move_to_neighbour(
    board: TimelineScene, selection: list[str], key: int, modifiers: Qt.KeyboardModifier
) -> bool:
    """Move the selected cards one cell left, right, up or down, as one command.

    Left/Right change the stage. Up/Down change the lane (skipping lanes that
    do not take the card); with Ctrl they reorder the card inside its cell. On
    an emotion marker, Up/Down raise or lower its score by one level.
    """
    layout = board.layout
    persona = board.persona()
    if layout is None or persona is None:
        return False
    index = board.journey.index
    cards = [index.cards[i][1] for i in selection if i in index.cards]
    if not cards:
        return False
    stages = [s.stage_id for s in layout.stages]
    lanes = [(lane.lane_id, lane.kind) for lane in layout.lanes]
    scores = layout.scale.scores()
    edits: list[ed.Edit] = []
    for card in cards:
        box = layout.cards.get(card.id)
        if box is None:
            continue
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            column = stages.index(card.stage) + step
            if 0 <= column < len(stages):
                edits.append(ed.MoveCard(card.id, stages[column], card.lane, None))
            continue
        step = -1 if key == Qt.Key.Key_Up else 1
        if isinstance(card, EmotionCard) and not modifiers & Qt.KeyboardModifier.ControlModifier:
            level = scores.index(card.score) - step  # up = happier
            if 0 <= level < len(scores):
                edits.append(ed.UpdateItem(card.id, {"score": scores[level]}))
            continue
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            position = box.position + step
            if position >= 0:
                edits.append(ed.MoveCard(card.id, card.stage, card.lane, position))
            continue
        row = [lane_id for lane_id, _ in lanes].index(card.lane) + step
        while 0 <= row < len(lanes) and not lane_accepts(lanes[row][1], card.type):
            row += step
        if 0 <= row < len(lanes):
            edits.append(ed.MoveCard(card.id, card.stage, lanes[row][0], None))
    if not edits:
        board.statusMessage.emit(QCoreApplication.translate("Canvas", "There is no cell that way."))
        return True
    text = (
        move_command(cards[0].type) if len(cards) == 1 else QCoreApplication.translate("Canvas", "Move cards")
    )
    if board.document.execute(text, edits):
        board.state.set_selection([c.id for c in cards])
    return True
