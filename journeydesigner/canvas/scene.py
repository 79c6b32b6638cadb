"""The scene of one persona's timeline: a view of the document, never a copy.

It keeps id → item maps, listens to the document's change signal and, from the
shared layout, moves, adds, removes or repaints only the items whose geometry
or content changed. User gestures become edits through the document; the
editing half lives in :mod:`journeydesigner.canvas.scene_editing`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRect, QRectF, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from journeydesigner.canvas import style
from journeydesigner.canvas.items.arrow_layer import ArrowLayer
from journeydesigner.canvas.items.card_item import BoardItem, EmotionMarkerItem
from journeydesigner.canvas.items.headers import CornerItem, HeaderItem, LaneHeaderItem, StageHeaderItem
from journeydesigner.canvas.items.lane_group import LaneGroup
from journeydesigner.canvas.items.links import ConnectionItem, CurveItem, DropIndicatorItem
from journeydesigner.canvas.scene_editing import SceneEditing
from journeydesigner.canvas.scene_sync import MARGIN, SceneSync, qrect
from journeydesigner.canvas.texts import level_label, type_label
from journeydesigner.document.changes import Change
from journeydesigner.document.editor_state import EditorState
from journeydesigner.layout.geometry import Rect
from journeydesigner.layout.timeline import TimelineLayout
from journeydesigner.model.cards import LaneKind
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.model.timeline import Connection, Lane, Stage

__all__ = ["MARGIN", "TimelineScene", "qrect"]

_PAPER = QColor("#FFFFFF")
_GRID_PEN = QPen(style.GRID, 1)


class TimelineScene(SceneEditing, SceneSync, QGraphicsScene):
    """The timeline of the editor state's current persona."""

    statusMessage = Signal(str)
    renameRequested = Signal(str)  # id of a card, stage or lane to edit in place

    def __init__(self, state: EditorState, parent: QObject | None = None) -> None:
        QGraphicsScene.__init__(self, parent)
        self.state = state
        self.document = state.document
        self.layout: TimelineLayout | None = None
        self.card_items: dict[str, BoardItem] = {}
        self.stage_items: dict[str, StageHeaderItem] = {}
        self.lane_items: dict[str, LaneHeaderItem] = {}
        self.connection_items: dict[str, tuple[ConnectionItem, tuple[Rect, Rect]]] = {}
        self.curve_items: dict[str, CurveItem] = {}
        self.lane_groups: dict[str, LaneGroup] = {}
        self.corner = CornerItem(self)
        self.addItem(self.corner)
        self.arrows = ArrowLayer()  # paints the connections (see ArrowLayer)
        self.addItem(self.arrows)
        self.addItem(self.arrows.labels)
        self.indicator = DropIndicatorItem()
        self.indicator.setVisible(False)
        self.addItem(self.indicator)
        self._pin = QPointF(0, 0)
        self._echo_guard = False
        SceneEditing.__init__(self)
        SceneSync.__init__(self)
        # No item index: Qt then looks through the timeline's items in their stacking
        # order for every paint and hit test, reading the bounds of cards, headers and
        # arrows in C++ (they keep them as a rectangle item's rectangle). A BSP tree
        # answered slower on a crowded timeline, its long arrows filed in many of its
        # leaves (a hit test on the stress map 64 → 35 µs without it), and every edit
        # re-filed the items it moved (card moves on the stress map about 10 % faster).
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.document.changed.connect(self._on_changed)
        state.personaChanged.connect(self._on_persona_changed)
        state.selectionChanged.connect(self._select_from_state)
        self.selectionChanged.connect(self._selection_to_state)
        self.selectionChanged.connect(self._selection_to_arrows)
        self.relayout()

    # ------------------------------------------------------------ model look-ups for items

    @property
    def journey(self) -> JourneyMap:
        """The map being edited."""
        return self.document.journey

    def persona(self) -> Persona | None:
        """The persona whose timeline this scene shows."""
        return self.state.persona

    def stage(self, stage_id: str) -> Stage | None:
        """The stage *stage_id*."""
        entry = self.journey.index.stages.get(stage_id)
        return entry[1] if entry else None

    def lane(self, lane_id: str) -> Lane | None:
        """The lane *lane_id*."""
        entry = self.journey.index.lanes.get(lane_id)
        return entry[1] if entry else None

    def connection(self, connection_id: str) -> Connection | None:
        """The connection *connection_id*."""
        entry = self.journey.index.connections.get(connection_id)
        return entry[1] if entry else None

    def placeholder_title(self, card_type: str) -> str:
        """What an untitled card shows."""
        return (
            QCoreApplication.translate("Canvas", "New %s") % type_label(card_type).lower()
            if card_type != "emotion"
            else type_label(card_type)
        )

    def level_label(self, level: str) -> str:
        """low / medium / high in the user's language."""
        return level_label(level)

    def target_word(self) -> str:
        """The word before a metric's target."""
        return QCoreApplication.translate("Canvas", "target")

    def marker_label_width(self, item: EmotionMarkerItem) -> float:
        """How wide a marker's label may be: its share of the stage column."""
        box = self.layout.cards.get(item.item_id) if self.layout else None
        stage = self.layout.stage_box(box.stage_id) if self.layout and box else None
        if stage is None:
            return 80.0
        siblings = self.layout.cell_count(box.stage_id, box.lane_id) if self.layout and box else 1
        return max(40.0, stage.column.width / (siblings + 1) * 1.6)

    # ------------------------------------------------------------ updating from the document

    def _on_changed(self, change: Change) -> None:
        reaches = change.touches(self.state.persona_id) or change.persona_list
        if reaches and not self.update_cells(change):
            self.relayout(change.items)

    def _on_persona_changed(self, persona_id: str) -> None:
        del persona_id
        self.remove_timeline_items()
        self.relayout()

    def _selection_to_arrows(self) -> None:
        self.arrows.follow_selection(self.selectedItems())

    def remove_timeline_items(self) -> None:
        """Remove every item of the timeline shown (before showing another one)."""
        self.arrows.clear()
        for table in (self.card_items, self.stage_items, self.lane_items, self.lane_groups):
            for item in table.values():
                self.removeItem(item)  # the cards first: a group takes the items left in it along
            table.clear()
        self.group_of.clear()
        for connection_item, _ in self.connection_items.values():
            self.removeItem(connection_item)
        self.connection_items.clear()
        self._links.clear()
        for curve in self.curve_items.values():
            self.removeItem(curve)
        self.curve_items.clear()
        self._lowest_id = ""

    # ------------------------------------------------------------ pinned headers

    @property
    def pinned(self) -> QPointF:
        """Where the headers are pinned: the view's top-left corner in the scene."""
        return self._pin

    def pin(self, left: float, top: float) -> None:
        """Keep lane headers at x = *left* and stage headers at y = *top* (the view's edges)."""
        left, top = max(0.0, left), max(0.0, top)
        self._pin = QPointF(left, top)
        for stage_item in self.stage_items.values():
            if stage_item.pos().y() != top:
                stage_item.setPos(stage_item.pos().x(), top)
        for lane_item in self.lane_items.values():
            if lane_item.pos().x() != left:
                lane_item.setPos(left, lane_item.pos().y())
        self.corner.setPos(left, top)

    # ------------------------------------------------------------ background grid

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(rect, _PAPER)
        layout = self.layout
        if layout is None:
            return
        # Only the lanes and stage lines that reach *rect* (a unit of slack for
        # a line's width): the canvas draws this for every repaint.
        left, top, right, bottom = rect.left() - 1, rect.top() - 1, rect.right() + 1, rect.bottom() + 1
        lanes = [lane for lane in layout.lanes if lane.row.bottom >= top and lane.row.y <= bottom]
        for lane in lanes:
            if lane.index % 2 == 1:
                painter.fillRect(qrect(lane.row), style.LANE_BAND)
        painter.setPen(_GRID_PEN)
        for lane in lanes:
            painter.drawLine(QPointF(lane.row.x, lane.row.bottom), QPointF(lane.row.right, lane.row.bottom))
        for stage in layout.stages:
            column = stage.column
            if left <= column.right <= right and column.bottom >= top and column.y <= bottom:
                painter.drawLine(QPointF(column.right, column.y), QPointF(column.right, column.bottom))
        for lane in lanes:
            if lane.kind == LaneKind.EMOTIONS:
                self._draw_scale_lines(painter, layout, lane.lane_id, lane.row)

    def _draw_scale_lines(self, painter: QPainter, layout: TimelineLayout, lane_id: str, row: Rect) -> None:
        pen = QPen(QColor("#E6EAF0"), 1)
        pen.setDashPattern([3, 4])
        painter.setPen(pen)
        for score in layout.scale.scores():
            y = layout.score_y(lane_id, score)
            painter.drawLine(QPointF(row.x, y), QPointF(row.right, y))

    # ------------------------------------------------------------ selection ↔ editor state

    def selected_ids(self) -> list[str]:
        """Ids of the selected cards, headers and connections."""
        ids: list[str] = []
        for item in self.selectedItems():
            if isinstance(item, BoardItem | HeaderItem | ConnectionItem):
                ids.append(item.item_id)
        return ids

    def _selection_to_state(self) -> None:
        if self._echo_guard:
            return
        self._echo_guard = True
        try:
            self.state.set_selection(self.selected_ids())
        finally:
            self._echo_guard = False

    def _select_from_state(self, ids: list[str]) -> None:
        if self._echo_guard:
            return
        self._echo_guard = True
        try:
            wanted = set(ids)
            # Only the items whose state changes: a timeline has thousands.
            for item in self.selectedItems():
                if getattr(item, "item_id", None) not in wanted:
                    item.setSelected(False)
            for item_id in wanted:
                shown = self.item_for(item_id)
                if shown is not None and shown.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable:
                    shown.setSelected(True)
        finally:
            self._echo_guard = False

    def selected_board_items(self) -> list[BoardItem]:
        """The selected cards and markers."""
        return [item for item in self.selectedItems() if isinstance(item, BoardItem)]

    def select_only(self, item_id: str) -> None:
        """Select one item (used by headers, which handle their own clicks)."""
        self.state.set_selection([item_id])

    def item_for(self, item_id: str) -> QGraphicsItem | None:
        """The graphics item showing *item_id*."""
        if item_id in self.card_items:
            return self.card_items[item_id]
        if item_id in self.stage_items:
            return self.stage_items[item_id]
        if item_id in self.lane_items:
            return self.lane_items[item_id]
        entry = self.connection_items.get(item_id)
        return entry[0] if entry else None
