"""The editing half of the timeline scene: gestures become model edits.

Drags move items visually; on release one command records the change. Every
change goes through ``document.execute`` and comes back as a change signal,
which lays the items out (and snaps them) again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from journeydesigner.canvas.items.card_item import EmotionMarkerItem
from journeydesigner.canvas.items.lane_group import LaneGroup
from journeydesigner.canvas.mime import PaletteEntry
from journeydesigner.canvas.texts import add_command, move_command, type_label
from journeydesigner.layout.geometry import Rect
from journeydesigner.model import edits as ed
from journeydesigner.model.cards import (
    CARD_CLASSES,
    LANE_DEFAULT_CARD,
    AnyCard,
    CardType,
    EmotionCard,
    LaneKind,
    TouchpointCard,
    lane_accepts,
)
from journeydesigner.model.ids import new_id
from journeydesigner.model.timeline import Stage
from journeydesigner.templates.data import STAGE_COLOURS

if TYPE_CHECKING:
    from journeydesigner.canvas.items.card_item import BoardItem
    from journeydesigner.canvas.scene import TimelineScene


@dataclass
class DropPlan:
    """What dropping something at a point would do."""

    ok: bool
    message: str
    cell: QRectF = field(default_factory=QRectF)
    line: tuple[QPointF, QPointF] | None = None
    text: str = ""
    edits: list[ed.Edit] = field(default_factory=list)
    rename: str = ""  # id to edit in place after the drop


class SceneEditing:
    """Mixin of :class:`TimelineScene` turning gestures into edits."""

    def __init__(self) -> None:
        self.current_cell: tuple[str, str] | None = None
        self._dragging_marker = ""

    # The mixin is only ever part of a TimelineScene.
    def _scene(self) -> TimelineScene:
        return self  # type: ignore[return-value]

    # ------------------------------------------------------------ mouse

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._scene()
        QGraphicsScene.mousePressEvent(scene, event)
        cell = scene.cell_at(event.scenePos())
        if cell is not None:
            self.current_cell = cell

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._scene()
        QGraphicsScene.mouseMoveEvent(scene, event)  # Qt moves the selected items being dragged
        if not event.buttons() & Qt.MouseButton.LeftButton or scene.mouseGrabberItem() is None:
            return
        scene.hold_cards_in_lanes(False)  # dragged cards may cross into other lanes until released
        for item in scene.selectedItems():
            if isinstance(item, EmotionMarkerItem):
                at = item.pos()
                kept = self.marker_position(item, at)
                if kept != at:
                    item.setPos(kept)
                self.marker_moved(item)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._scene()
        layout = scene.layout
        moved: list[BoardItem] = []
        if layout is not None and event.button() == Qt.MouseButton.LeftButton:
            for item in scene.selectedItems():
                box = layout.cards.get(getattr(item, "item_id", ""))
                if box is not None and (item.pos().x(), item.pos().y()) != (box.rect.x, box.rect.y):
                    moved.append(item)  # type: ignore[arg-type]
        QGraphicsScene.mouseReleaseEvent(scene, event)
        self._dragging_marker = ""
        if moved:
            self.commit_moves(moved)  # every card back in its lane, as the edit or the snap places it
        scene.hold_cards_in_lanes(True)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._scene()
        # The topmost item but the lanes' groups, which lie over the arrows crossing their rows.
        views = scene.views()
        under = scene.items(event.scenePos(), deviceTransform=views[0].transform()) if views else []
        item = next((each for each in under if not isinstance(each, LaneGroup)), None)
        item_id = getattr(item, "item_id", "")
        if item_id in scene.card_items:
            scene.renameRequested.emit(item_id)
            return
        if item is not None and item_id:
            QGraphicsScene.mouseDoubleClickEvent(scene, event)
            return
        cell = scene.cell_at(event.scenePos())
        if cell is not None:
            self.add_default_card(cell[0], cell[1], event.scenePos())

    def cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        """(stage id, lane id) of the cell under *pos*."""
        layout = self._scene().layout
        if layout is None:
            return None
        stage, lane = layout.stage_at(pos.x()), layout.lane_at(pos.y())
        if stage is None or lane is None:
            return None
        return stage.stage_id, lane.lane_id

    # ------------------------------------------------------------ moving cards

    def commit_moves(self, items: list[BoardItem]) -> None:
        """Turn dragged cards into one move command, or snap them back."""
        scene = self._scene()
        layout = scene.layout
        assert layout is not None
        moving = frozenset(item.item_id for item in items)
        edits: list[ed.Edit] = []
        refused = ""
        for item in sorted(items, key=lambda i: (i.pos().x(), i.pos().y())):
            card = item.card()
            box = layout.cards.get(item.item_id)
            if card is None or box is None:
                continue
            cx, cy = item.pos().x() + box.rect.width / 2, item.pos().y() + box.rect.height / 2
            stage = layout.stage_at(cx)
            stage_id = stage.stage_id if stage else card.stage
            if isinstance(card, EmotionCard):
                lane_id = card.lane
                lane = layout.lane_at(cy)
                if lane is not None and lane.kind == LaneKind.EMOTIONS:
                    lane_id = lane.lane_id
                position = layout.cell_insert_position(stage_id, lane_id, cx, cy, moving)
                score = layout.score_at(lane_id, cy)
                if (stage_id, lane_id) != (card.stage, card.lane) or position != box.position:
                    edits.append(ed.MoveCard(card.id, stage_id, lane_id, position))
                if score != card.score:
                    edits.append(ed.UpdateItem(card.id, {"score": score}))
                continue
            lane = layout.lane_at(cy)
            lane_id = lane.lane_id if lane else card.lane
            lane_kind = lane.kind if lane else None
            if lane_kind is not None and not lane_accepts(lane_kind, card.type):
                target_lane = scene.lane(lane_id)
                refused = (
                    QCoreApplication.translate("Canvas", "%1 cannot go in the lane “%2”.")
                    .replace("%1", type_label(card.type))
                    .replace("%2", target_lane.name if target_lane else "")
                )
                continue
            position = layout.cell_insert_position(stage_id, lane_id, cx, cy, moving)
            if (stage_id, lane_id, position) != (card.stage, card.lane, box.position):
                edits.append(ed.MoveCard(card.id, stage_id, lane_id, position))
        if refused:
            scene.statusMessage.emit(refused)
        if not edits or not self._execute(self._move_text(items), edits):
            scene.relayout()  # nothing changed: snap back

    def _move_text(self, items: list[BoardItem]) -> str:
        cards = [item.card() for item in items]
        kinds = {card.type for card in cards if card is not None}
        if len(items) == 1 and len(kinds) == 1:
            return move_command(kinds.pop())
        return QCoreApplication.translate("Canvas", "Move cards")

    def _execute(self, text: str, edits: list[ed.Edit]) -> bool:
        scene = self._scene()
        done = scene.document.execute(text, edits)
        if not done:
            scene.statusMessage.emit(
                QCoreApplication.translate("Canvas", "That change is not possible here.")
            )
        return done

    # ------------------------------------------------------------ emotion markers

    def marker_position(self, item: EmotionMarkerItem, proposed: QPointF) -> QPointF:
        """Keep a dragged marker inside the emotion band and the map's columns."""
        layout = self._scene().layout
        box = layout.cards.get(item.item_id) if layout else None
        lane = layout.lane_box(box.lane_id) if layout and box else None
        if layout is None or box is None or lane is None or not layout.stages:
            return proposed
        half = box.rect.height / 2
        top = layout.score_y(lane.lane_id, layout.scale.maximum) - half
        bottom = layout.score_y(lane.lane_id, layout.scale.minimum) - half
        left = layout.stages[0].column.x
        right = layout.stages[-1].column.right - box.rect.width
        return QPointF(min(max(proposed.x(), left), right), min(max(proposed.y(), top), bottom))

    def marker_moved(self, item: EmotionMarkerItem) -> None:
        """While a marker is dragged, the curve follows it."""
        scene = self._scene()
        layout = scene.layout
        box = layout.cards.get(item.item_id) if layout else None
        if layout is None or box is None:
            return
        if (item.pos().x(), item.pos().y()) == (box.rect.x, box.rect.y):
            return
        self._dragging_marker = item.item_id
        curve = scene.curve_items.get(box.lane_id)
        persona = scene.persona()
        if curve is None or persona is None:
            return
        points = []
        for card_id, other in layout.cards.items():
            if other.lane_id != box.lane_id:
                continue
            marker = scene.card_items.get(card_id)
            if marker is not None:
                points.append(
                    (marker.pos().x() + other.rect.width / 2, marker.pos().y() + other.rect.height / 2)
                )
        points.sort(key=lambda p: p[0])
        curve.set_points(points, persona.color)
        item.update()

    def is_dragging(self, item: EmotionMarkerItem) -> bool:
        """True while *item* is being dragged."""
        return self._dragging_marker == item.item_id

    def live_score(self, item: EmotionMarkerItem) -> int:
        """The score the dragged marker would get if dropped now."""
        layout = self._scene().layout
        box = layout.cards.get(item.item_id) if layout else None
        if layout is None or box is None:
            return 0
        return layout.score_at(box.lane_id, item.pos().y() + box.rect.height / 2)

    # ------------------------------------------------------------ stages

    def preview_stage_width(self, stage_id: str, dx: float) -> None:
        """Show the width a stage would get while its edge is dragged."""
        scene = self._scene()
        stage = scene.stage(stage_id)
        item = scene.stage_items.get(stage_id)
        if stage is None or item is None:
            return
        width = self._clamped_width(stage.width + dx)
        item.set_size(width, item.boundingRect().height())
        scene.statusMessage.emit(
            QCoreApplication.translate("Canvas", "Width: %1 pt").replace("%1", f"{width:.0f}")
        )

    def finish_stage_resize(self, stage_id: str, dx: float) -> None:
        """Commit a stage's new width."""
        scene = self._scene()
        stage = scene.stage(stage_id)
        if stage is None:
            return
        width = self._clamped_width(stage.width + dx)
        if abs(width - stage.width) < 1 or not self._execute(
            QCoreApplication.translate("Canvas", "Resize stage"), [ed.UpdateItem(stage_id, {"width": width})]
        ):
            scene.relayout()

    @staticmethod
    def _clamped_width(width: float) -> float:
        from journeydesigner.model import limits

        return float(round(min(max(width, limits.MIN_STAGE_WIDTH), limits.MAX_STAGE_WIDTH)))

    def preview_stage_drop(self, stage_id: str, center_x: float) -> None:
        """Show where a dragged stage header would be inserted."""
        scene = self._scene()
        layout = scene.layout
        if layout is None:
            return
        index = layout.stage_insert_index(center_x)
        x = layout.stages[index].column.x if index < len(layout.stages) else layout.width
        cell = QRectF(x - 3, 0, 6, layout.height)
        scene.indicator.show_at(cell, None, True)
        del stage_id

    def finish_stage_move(self, stage_id: str, center_x: float) -> None:
        """Commit a stage's new place (its cards go with it)."""
        scene = self._scene()
        scene.indicator.setVisible(False)
        layout = scene.layout
        persona = scene.persona()
        if layout is None or persona is None:
            return
        old = next(i for i, s in enumerate(persona.timeline.stages) if s.id == stage_id)
        index = layout.stage_insert_index(center_x)
        if index > old:
            index -= 1  # the stage leaves its old place first
        if index == old or not self._execute(
            QCoreApplication.translate("Canvas", "Move stage"), [ed.MoveStage(stage_id, index)]
        ):
            scene.relayout()

    def preview_lane_drop(self, center_y: float) -> None:
        """Show where a dragged lane header would be inserted."""
        scene = self._scene()
        layout = scene.layout
        if layout is None:
            return
        index = layout.lane_insert_index(center_y)
        y = layout.lanes[index].row.y if index < len(layout.lanes) else layout.height
        scene.indicator.show_at(QRectF(0, y - 3, layout.width, 6), None, True)

    def finish_lane_move(self, lane_id: str, center_y: float) -> None:
        """Commit a lane's new place among the lanes (hidden lanes keep theirs)."""
        scene = self._scene()
        scene.indicator.setVisible(False)
        layout = scene.layout
        persona = scene.persona()
        if layout is None or persona is None:
            return
        visible = [box.lane_id for box in layout.lanes]
        index = layout.lane_insert_index(center_y)
        target_id = visible[index] if index < len(visible) else None
        lanes = [lane.id for lane in persona.timeline.lanes]
        old = lanes.index(lane_id)
        # The model index of the lane we drop in front of (or the end).
        new = lanes.index(target_id) if target_id is not None else len(lanes)
        if new > old:
            new -= 1
        if new == old or not self._execute(
            QCoreApplication.translate("Canvas", "Move lane"), [ed.MoveLane(lane_id, new)]
        ):
            scene.relayout()

    def request_rename(self, item_id: str) -> None:
        """Ask the view to edit the name of *item_id* in place."""
        self._scene().renameRequested.emit(item_id)

    def rename(self, item_id: str, text: str) -> bool:
        """Give a card its title, or a stage or lane its name."""
        scene = self._scene()
        index = scene.journey.index
        if item_id in index.cards:
            card = index.cards[item_id][1]
            if card.title == text:
                return False
            return self._execute(
                QCoreApplication.translate("Canvas", "Rename %1").replace(
                    "%1", type_label(card.type).lower()
                ),
                [ed.UpdateItem(item_id, {"title": text})],
            )
        if item_id in index.stages or item_id in index.lanes:
            named = index.stages[item_id][1] if item_id in index.stages else index.lanes[item_id][1]
            if named.name == text:
                return False
            label = (
                QCoreApplication.translate("Canvas", "Rename stage")
                if item_id in index.stages
                else QCoreApplication.translate("Canvas", "Rename lane")
            )
            return self._execute(label, [ed.UpdateItem(item_id, {"name": text})])
        return False

    # ------------------------------------------------------------ adding

    def new_card(self, card_type: str, stage_id: str, lane_id: str, **fields: Any) -> AnyCard | None:
        """A new card of *card_type* for a cell, with sensible defaults; None if impossible."""
        journey = self._scene().journey
        values: dict[str, Any] = {"id": new_id("card"), "stage": stage_id, "lane": lane_id, **fields}
        if card_type == CardType.DEVICE and "device" not in values:
            if not journey.devices:
                return None
            values["device"] = journey.devices[0].id
        if card_type == CardType.EMOTION and "score" not in values:
            values["score"] = journey.emotion_scale.map_fraction(0.5)
        return CARD_CLASSES[CardType(card_type)](**values)

    def add_default_card(self, stage_id: str, lane_id: str, pos: QPointF | None = None) -> str:
        """Add the lane's kind of card at the end of a cell; return its id ("" if refused)."""
        scene = self._scene()
        lane = scene.lane(lane_id)
        persona = scene.persona()
        if lane is None or persona is None:
            return ""
        card_type = LANE_DEFAULT_CARD[lane.kind]
        fields: dict[str, Any] = {}
        if card_type == CardType.EMOTION and pos is not None and scene.layout is not None:
            fields["score"] = scene.layout.score_at(lane_id, pos.y())
        card = self.new_card(card_type, stage_id, lane_id, **fields)
        if card is None or not self._execute(add_command(card_type), [ed.AddCard(persona.id, card)]):
            return ""
        scene.state.set_selection([card.id])
        scene.renameRequested.emit(card.id)
        return card.id

    # ------------------------------------------------------------ drops from the palette

    def plan_drop(self, entry: PaletteEntry, pos: QPointF) -> DropPlan:
        """What dropping *entry* at *pos* would do (nothing is changed)."""
        scene = self._scene()
        layout = scene.layout
        persona = scene.persona()
        if layout is None or persona is None:
            return DropPlan(False, QCoreApplication.translate("Canvas", "Add a persona first."))
        if entry.kind == "stage":
            index = layout.stage_insert_index(pos.x())
            x = layout.stages[index].column.x if index < len(layout.stages) else layout.width
            stage = Stage(
                id=new_id("stage"),
                name=QCoreApplication.translate("Canvas", "New stage"),
                color=STAGE_COLOURS[len(persona.timeline.stages) % len(STAGE_COLOURS)],
            )
            return DropPlan(
                True,
                QCoreApplication.translate("Canvas", "Insert a stage here."),
                QRectF(x - 4, 0, 8, layout.height),
                text=QCoreApplication.translate("Canvas", "Add stage"),
                edits=[ed.AddStage(persona.id, stage, index)],
                rename=stage.id,
            )
        if entry.kind == "connection":
            return DropPlan(
                False,
                QCoreApplication.translate(
                    "Canvas", "Choose the connection tool and drag from one card to another."
                ),
            )
        if entry.kind == "device":
            target = self._touchpoint_at(pos)
            if target is not None:
                return self._attach_device(target, entry.device)
        card_type = {"emotion": CardType.EMOTION, "device": CardType.DEVICE}.get(entry.kind, entry.card_type)
        stage_box, lane_box = layout.stage_at(pos.x()), layout.lane_at(pos.y())
        if stage_box is None or lane_box is None:
            return DropPlan(
                False, QCoreApplication.translate("Canvas", "Drop it inside a cell of the timeline.")
            )
        cell = layout.cell_rect(stage_box.stage_id, lane_box.lane_id)
        assert cell is not None
        qcell = QRectF(cell.x, cell.y, cell.width, cell.height)
        lane = scene.lane(lane_box.lane_id)
        if lane is None or not lane_accepts(lane_box.kind, card_type):
            message = (
                QCoreApplication.translate("Canvas", "%1 cannot go in the lane “%2”.")
                .replace("%1", type_label(card_type))
                .replace("%2", lane.name if lane else "")
            )
            return DropPlan(False, message, qcell)
        fields: dict[str, Any] = {}
        if card_type == CardType.EMOTION:
            fields["score"] = layout.score_at(lane_box.lane_id, pos.y())
        if card_type == CardType.DEVICE and entry.device:
            fields["device"] = entry.device
        card = self.new_card(card_type, stage_box.stage_id, lane_box.lane_id, **fields)
        if card is None:
            return DropPlan(
                False,
                QCoreApplication.translate("Canvas", "Add a device to the map's catalogue first."),
                qcell,
            )
        position = layout.cell_insert_position(stage_box.stage_id, lane_box.lane_id, pos.x(), pos.y())
        line = self._insertion_line(cell, position, stage_box.stage_id, lane_box.lane_id, lane_box.kind)
        message = QCoreApplication.translate("Canvas", "Add %1 to %2 › %3").replace(
            "%1", type_label(card_type).lower()
        )
        target_stage = scene.stage(stage_box.stage_id)
        message = message.replace("%2", target_stage.name if target_stage else "")
        message = message.replace("%3", lane.name)
        if isinstance(card, EmotionCard):
            message += f" ({card.score:+d})" if card.score else " (0)"
        return DropPlan(
            True,
            message,
            qcell,
            line,
            add_command(card_type),
            [ed.AddCard(persona.id, card, position)],
            card.id,
        )

    def _touchpoint_at(self, pos: QPointF) -> TouchpointCard | None:
        scene = self._scene()
        for item in scene.items(pos):
            card_id = getattr(item, "item_id", "")
            entry = scene.journey.index.cards.get(card_id)
            if entry is not None and isinstance(entry[1], TouchpointCard):
                return entry[1]
        return None

    def _attach_device(self, card: TouchpointCard, device_id: str) -> DropPlan:
        scene = self._scene()
        box = scene.layout.cards[card.id] if scene.layout else None
        cell = QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height) if box else QRectF()
        device = next((d for d in scene.journey.devices if d.id == device_id), None)
        if device is None:
            return DropPlan(False, QCoreApplication.translate("Canvas", "Unknown device."), cell)
        if device_id in card.devices:
            return DropPlan(
                False, QCoreApplication.translate("Canvas", "This touchpoint already has that device."), cell
            )
        message = (
            QCoreApplication.translate("Canvas", "Attach %1 to “%2”")
            .replace("%1", device.name)
            .replace("%2", card.title)
        )
        return DropPlan(
            True,
            message,
            cell,
            None,
            QCoreApplication.translate("Canvas", "Attach device"),
            [ed.UpdateItem(card.id, {"devices": [*card.devices, device_id]})],
        )

    def _insertion_line(
        self, cell: Rect, position: int, stage_id: str, lane_id: str, kind: LaneKind
    ) -> tuple[QPointF, QPointF] | None:
        layout = self._scene().layout
        if layout is None or kind == LaneKind.EMOTIONS:
            return None
        boxes = sorted(
            (b for b in layout.cards.values() if b.stage_id == stage_id and b.lane_id == lane_id),
            key=lambda b: b.position,
        )
        gap = layout.metrics.card_gap / 2
        if position < len(boxes):
            y = boxes[position].rect.y - gap
        elif boxes:
            y = boxes[-1].rect.bottom + gap
        else:
            y = cell.y + layout.metrics.cell_padding / 2
        return QPointF(cell.x + 6, y), QPointF(cell.right - 6, y)

    def drop(self, entry: PaletteEntry, pos: QPointF) -> bool:
        """Carry out the drop of *entry* at *pos*; True when something was added."""
        scene = self._scene()
        scene.indicator.setVisible(False)
        plan = self.plan_drop(entry, pos)
        if not plan.ok:
            scene.statusMessage.emit(plan.message)
            return False
        if not self._execute(plan.text, plan.edits):
            return False
        if plan.rename:
            scene.state.set_selection([plan.rename])
            scene.renameRequested.emit(plan.rename)
        return True

    def show_drop_plan(self, plan: DropPlan) -> None:
        """Show the drop indicator for *plan*."""
        scene = self._scene()
        if plan.cell.isNull():
            scene.indicator.setVisible(False)
        else:
            scene.indicator.show_at(plan.cell, plan.line, plan.ok)
        scene.statusMessage.emit(plan.message)
