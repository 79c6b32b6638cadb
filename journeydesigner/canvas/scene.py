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
from journeydesigner.canvas.items.card_item import BoardItem, CardItem, EmotionMarkerItem
from journeydesigner.canvas.items.headers import CornerItem, HeaderItem, LaneHeaderItem, StageHeaderItem
from journeydesigner.canvas.items.links import ConnectionItem, CurveItem, DropIndicatorItem
from journeydesigner.canvas.scene_editing import SceneEditing
from journeydesigner.canvas.texts import level_label, type_label
from journeydesigner.document.changes import Change
from journeydesigner.document.editor_state import EditorState
from journeydesigner.layout.geometry import Rect
from journeydesigner.layout.timeline import TimelineLayout, layout_timeline
from journeydesigner.model.analysis import lowest_moment
from journeydesigner.model.cards import LaneKind
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.model.timeline import Connection, Lane, Stage

MARGIN = 40.0  # free space right of and below the map


def qrect(rect: Rect) -> QRectF:
    """A layout rectangle as a QRectF."""
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class TimelineScene(SceneEditing, QGraphicsScene):
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
        self.corner = CornerItem(self)
        self.addItem(self.corner)
        self.indicator = DropIndicatorItem()
        self.indicator.setVisible(False)
        self.addItem(self.indicator)
        self._pin = QPointF(0, 0)
        self._echo_guard = False
        self._lowest_id = ""
        SceneEditing.__init__(self)
        # Indexing a scene whose items move all the time costs more than it saves.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.document.changed.connect(self._on_changed)
        state.personaChanged.connect(self._on_persona_changed)
        state.selectionChanged.connect(self._select_from_state)
        self.selectionChanged.connect(self._selection_to_state)
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
        siblings = (
            sum(
                1
                for b in self.layout.cards.values()
                if b.stage_id == box.stage_id and b.lane_id == box.lane_id
            )
            if self.layout and box
            else 1
        )
        return max(40.0, stage.column.width / (siblings + 1) * 1.6)

    # ------------------------------------------------------------ updating from the document

    def _on_changed(self, change: Change) -> None:
        if change.touches(self.state.persona_id) or change.persona_list:
            self.relayout(change.items)

    def _on_persona_changed(self, persona_id: str) -> None:
        del persona_id
        self._remove_timeline_items()
        self.relayout()

    def _remove_timeline_items(self) -> None:
        for table in (self.card_items, self.stage_items, self.lane_items):
            for item in table.values():
                self.removeItem(item)
            table.clear()
        for connection_item, _ in self.connection_items.values():
            self.removeItem(connection_item)
        self.connection_items.clear()
        for curve in self.curve_items.values():
            self.removeItem(curve)
        self.curve_items.clear()

    def relayout(self, dirty: set[str] | frozenset[str] = frozenset()) -> None:
        """Lay the timeline out again and touch only the items that changed."""
        persona = self.persona()
        if persona is None:
            self.layout = None
            self._remove_timeline_items()
            return
        layout = layout_timeline(self.journey, persona)
        self.layout = layout
        self._sync_headers(layout, dirty)
        self._sync_cards(layout, persona, dirty)
        self._sync_connections(layout, persona, dirty)
        self._sync_curves(layout, persona)
        self.corner.set_size(layout.metrics.lane_header_width, layout.metrics.stage_header_height)
        self.corner.update()
        self.setSceneRect(QRectF(0, 0, layout.width + MARGIN, layout.height + MARGIN))
        self.pin(self._pin.x(), self._pin.y())
        self.update()  # the background grid follows the layout

    def _sync_headers(self, layout: TimelineLayout, dirty: set[str] | frozenset[str]) -> None:
        wanted = {box.stage_id for box in layout.stages}
        for stage_id in list(self.stage_items):
            if stage_id not in wanted:
                self.removeItem(self.stage_items.pop(stage_id))
        for box in layout.stages:
            item = self.stage_items.get(box.stage_id)
            if item is None:
                item = StageHeaderItem(self, box.stage_id)
                self.stage_items[box.stage_id] = item
                self.addItem(item)
            item.set_size(box.header.width, box.header.height)
            item.home_x = box.header.x
            item.setPos(box.header.x, item.pos().y())
            item.update()  # few, cheap, and names or colours may have changed
        wanted = {box.lane_id for box in layout.lanes}
        for lane_id in list(self.lane_items):
            if lane_id not in wanted:
                self.removeItem(self.lane_items.pop(lane_id))
        for lane_box in layout.lanes:
            lane_item = self.lane_items.get(lane_box.lane_id)
            if lane_item is None:
                lane_item = LaneHeaderItem(self, lane_box.lane_id)
                self.lane_items[lane_box.lane_id] = lane_item
                self.addItem(lane_item)
            lane_item.set_size(lane_box.header.width, lane_box.header.height)
            lane_item.home_y = lane_box.header.y
            lane_item.setPos(lane_item.pos().x(), lane_box.header.y)
            lane_item.update()
        del dirty

    def _sync_cards(self, layout: TimelineLayout, persona: Persona, dirty: set[str] | frozenset[str]) -> None:
        for card_id in list(self.card_items):
            if card_id not in layout.cards:
                self.removeItem(self.card_items.pop(card_id))
        lowest = lowest_moment(persona)
        lowest_id = lowest.card_id if lowest is not None else ""
        marker_lanes = {box.lane_id for box in layout.lanes if box.kind == LaneKind.EMOTIONS}
        for card_id, box in layout.cards.items():
            item = self.card_items.get(card_id)
            if item is None:
                item = (
                    EmotionMarkerItem(self, card_id)
                    if box.lane_id in marker_lanes
                    else CardItem(self, card_id)
                )
                self.card_items[card_id] = item
                self.addItem(item)
            elif card_id in dirty:
                item.update()
            rect = box.rect
            item.set_geometry(rect.x, rect.y, rect.width, rect.height)
            if isinstance(item, EmotionMarkerItem):
                is_lowest = card_id == lowest_id
                if item.lowest != is_lowest:
                    item.lowest = is_lowest
                    item.update()
        self._lowest_id = lowest_id

    def _sync_connections(
        self, layout: TimelineLayout, persona: Persona, dirty: set[str] | frozenset[str]
    ) -> None:
        wanted: set[str] = set()
        for connection in persona.timeline.connections:
            source = layout.cards.get(connection.source)
            target = layout.cards.get(connection.target)
            if source is None or target is None:
                continue  # an end sits in a hidden lane
            wanted.add(connection.id)
            ends = (source.rect, target.rect)
            entry = self.connection_items.get(connection.id)
            if entry is None:
                item = ConnectionItem(self, connection.id)
                self.addItem(item)
            else:
                item = entry[0]
                if entry[1] == ends and connection.id not in dirty:
                    continue
            top = min(source.rect.y, target.rect.y)
            item.set_ends(qrect(source.rect), qrect(target.rect), top)
            item.update()
            self.connection_items[connection.id] = (item, ends)
        for connection_id in list(self.connection_items):
            if connection_id not in wanted:
                self.removeItem(self.connection_items.pop(connection_id)[0])

    def _sync_curves(self, layout: TimelineLayout, persona: Persona) -> None:
        for lane_id in list(self.curve_items):
            if lane_id not in layout.curves:
                self.removeItem(self.curve_items.pop(lane_id))
        for lane_id, points in layout.curves.items():
            curve = self.curve_items.get(lane_id)
            if curve is None:
                curve = CurveItem()
                self.curve_items[lane_id] = curve
                self.addItem(curve)
            curve.set_points(points, persona.color)

    # ------------------------------------------------------------ pinned headers

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
        painter.fillRect(rect, QColor("#FFFFFF"))
        layout = self.layout
        if layout is None:
            return
        for lane in layout.lanes:
            if lane.index % 2 == 1:
                painter.fillRect(qrect(lane.row), style.LANE_BAND)
        painter.setPen(QPen(style.GRID, 1))
        for lane in layout.lanes:
            painter.drawLine(QPointF(lane.row.x, lane.row.bottom), QPointF(lane.row.right, lane.row.bottom))
        for stage in layout.stages:
            painter.drawLine(
                QPointF(stage.column.right, stage.column.y), QPointF(stage.column.right, stage.column.bottom)
            )
        for lane in layout.lanes:
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
            for item in self.items():
                item_id = getattr(item, "item_id", None)
                if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable:
                    item.setSelected(item_id in wanted)
        finally:
            self._echo_guard = False

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
