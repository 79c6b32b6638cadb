"""The updating half of the timeline scene: from the layout to the graphics items.

Two ways in. :meth:`SceneSync.relayout` lays the whole timeline out and
touches the items whose geometry or content changed (opening, switching
persona, stages or lanes changed). :meth:`SceneSync.update_cells` handles the
common edit — cards moved, added, removed, retitled or rescored, connections
drawn — by laying out only the cells it reached
(:func:`~journeydesigner.layout.incremental.relayout_cells`) and touching only
their items and the connections that end on them, so an edit costs the same
on a 100-card timeline as on a 1,000-card one.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from journeydesigner.canvas.items.card_item import BoardItem, CardItem, EmotionMarkerItem
from journeydesigner.canvas.items.headers import LaneHeaderItem, StageHeaderItem
from journeydesigner.canvas.items.lane_group import LaneGroup
from journeydesigner.canvas.items.links import ConnectionItem, CurveItem
from journeydesigner.document.changes import Change
from journeydesigner.layout.geometry import Rect
from journeydesigner.layout.incremental import relayout_cells
from journeydesigner.layout.timeline import TimelineLayout, layout_timeline
from journeydesigner.model.analysis import lowest_moment
from journeydesigner.model.cards import EmotionCard, LaneKind
from journeydesigner.model.persona import Persona
from journeydesigner.model.timeline import Connection

if TYPE_CHECKING:
    from journeydesigner.canvas.scene import TimelineScene

MARGIN = 40.0  # free space right of and below the map


def qrect(rect: Rect) -> QRectF:
    """A layout rectangle as a QRectF."""
    return QRectF(rect.x, rect.y, rect.width, rect.height)


ItemT = TypeVar("ItemT", bound=QGraphicsItem)


class SceneSync:
    """Mixin of :class:`TimelineScene` keeping its items in step with the layout."""

    layout: TimelineLayout | None
    card_items: dict[str, BoardItem]
    stage_items: dict[str, StageHeaderItem]
    lane_items: dict[str, LaneHeaderItem]
    connection_items: dict[str, tuple[ConnectionItem, tuple[Rect, Rect]]]
    curve_items: dict[str, CurveItem]
    lane_groups: dict[str, LaneGroup]  # lane id → the parent of its cards' items

    def __init__(self) -> None:
        self._lowest_id = ""
        # card id → ids of the shown connections that start or end on it
        self._links: dict[str, set[str]] = {}
        # card id → the lane whose group holds its item (plain strings: asking Qt
        # for an item's parent costs a call into Qt for every card an edit reaches)
        self.group_of: dict[str, str] = {}
        self._groups_hold = True

    # The mixin is only ever part of a TimelineScene.
    def _board(self) -> TimelineScene:
        return self  # type: ignore[return-value]

    # ------------------------------------------------------------ the whole timeline

    def relayout(self, dirty: set[str] | frozenset[str] = frozenset()) -> None:
        """Lay the timeline out again and touch only the items that changed.

        Items dragged away from their place snap back to it.
        """
        board = self._board()
        persona = board.persona()
        if persona is None:
            self.layout = None
            board.remove_timeline_items()
            return
        old = self.layout
        board.arrows.repaint_all()  # most arrows may move: one repaint rather than a box for each
        layout = layout_timeline(board.journey, persona)
        self.layout = layout
        self._sync_headers(layout, repaint=True)
        self._sync_groups(layout)
        self._sync_cards(layout, persona, dirty)
        # Emptied by _sync_cards: a group removed with cards in it would take them along.
        _drop_missing(board, self.lane_groups, {box.lane_id for box in layout.lanes})
        self._sync_connections(layout, persona, dirty)
        self._sync_curves(layout, persona)
        board.corner.update()
        self._sync_frame(old, layout)

    def _sync_frame(self, old: TimelineLayout | None, layout: TimelineLayout) -> None:
        """The corner, the scene's size, the pinned headers and the grid, after rows or columns changed."""
        board = self._board()
        board.corner.set_size(layout.metrics.lane_header_width, layout.metrics.stage_header_height)
        board.setSceneRect(QRectF(0, 0, layout.width + MARGIN, layout.height + MARGIN))
        board.pin(board.pinned.x(), board.pinned.y())
        if old is None or _frame(old) != _frame(layout):
            # The background grid shows the rows and columns (and the scale's lines).
            board.invalidate(QRectF(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def _sync_headers(self, layout: TimelineLayout, repaint: bool) -> None:
        """Place, add and remove headers; *repaint*: their names or colours may have changed."""
        board = self._board()
        _drop_missing(board, self.stage_items, {box.stage_id for box in layout.stages})
        for box in layout.stages:
            item = self.stage_items.get(box.stage_id)
            if item is None:
                item = StageHeaderItem(board, box.stage_id)
                self.stage_items[box.stage_id] = item
                board.addItem(item)
            item.set_size(box.header.width, box.header.height)
            item.home_x = box.header.x
            item.setPos(box.header.x, item.pos().y())
            if repaint:
                item.update()
        _drop_missing(board, self.lane_items, {box.lane_id for box in layout.lanes})
        for lane_box in layout.lanes:
            lane_item = self.lane_items.get(lane_box.lane_id)
            if lane_item is None:
                lane_item = LaneHeaderItem(board, lane_box.lane_id)
                self.lane_items[lane_box.lane_id] = lane_item
                board.addItem(lane_item)
            lane_item.set_size(lane_box.header.width, lane_box.header.height)
            lane_item.home_y = lane_box.header.y
            lane_item.setPos(lane_item.pos().x(), lane_box.header.y)
            if repaint:
                lane_item.update()

    def _sync_groups(self, layout: TimelineLayout) -> None:
        """Add a group for each new lane and fit every group to its lane's row (see LaneGroup)."""
        board = self._board()
        for lane_box in layout.lanes:
            group = self.lane_groups.get(lane_box.lane_id)
            if group is None:
                group = LaneGroup(lane_box.kind == LaneKind.EMOTIONS, self._groups_hold)
                self.lane_groups[lane_box.lane_id] = group
                board.addItem(group)
            group.set_row(lane_box.row)

    def hold_cards_in_lanes(self, holds: bool) -> None:
        """*holds* False while the mouse drags cards, which may then leave their lane's group."""
        if holds != self._groups_hold:
            self._groups_hold = holds
            for group in self.lane_groups.values():
                group.hold(holds)

    def _sync_cards(self, layout: TimelineLayout, persona: Persona, dirty: set[str] | frozenset[str]) -> None:
        board = self._board()
        _drop_missing(board, self.card_items, layout.cards.keys())
        shown = self.card_items
        self.group_of = {card_id: lane for card_id, lane in self.group_of.items() if card_id in shown}
        marker_lanes = {box.lane_id for box in layout.lanes if box.kind == LaneKind.EMOTIONS}
        for card_id, box in layout.cards.items():
            item = self.card_items.get(card_id)
            rect = box.rect
            if item is None:
                self._new_card_item(card_id, box.lane_id, box.lane_id in marker_lanes, rect)
                continue
            if card_id in dirty:
                item.update()
            item.set_geometry(rect.x, rect.y, rect.width, rect.height)
            self._regroup(card_id, item, box.lane_id)
        self._mark_lowest(persona)

    def _new_card_item(self, card_id: str, lane_id: str, marker: bool, rect: Rect) -> BoardItem:
        board = self._board()
        item: BoardItem = EmotionMarkerItem(board, card_id) if marker else CardItem(board, card_id)
        item.set_geometry(rect.x, rect.y, rect.width, rect.height)  # placed before it joins the scene
        self.card_items[card_id] = item
        item.setParentItem(self.lane_groups[lane_id])  # which adds it to the scene
        self.group_of[card_id] = lane_id
        return item

    def _regroup(self, card_id: str, item: BoardItem, lane_id: str) -> None:
        """Put *item* in the group of its lane, *lane_id*, if it is in another (it changed lane)."""
        if self.group_of.get(card_id) != lane_id:
            item.setParentItem(self.lane_groups[lane_id])  # the group sits at the origin: same place
            self.group_of[card_id] = lane_id

    def _mark_lowest(self, persona: Persona) -> None:
        """Ring the persona's lowest emotion marker (and only it)."""
        lowest = lowest_moment(persona)
        lowest_id = lowest.card_id if lowest is not None else ""
        for card_id in {self._lowest_id, lowest_id} - {""}:
            item = self.card_items.get(card_id)
            if isinstance(item, EmotionMarkerItem) and item.lowest != (card_id == lowest_id):
                item.lowest = card_id == lowest_id
                item.update()
        self._lowest_id = lowest_id

    def _sync_connections(
        self, layout: TimelineLayout, persona: Persona, dirty: set[str] | frozenset[str]
    ) -> None:
        wanted: set[str] = set()
        for connection in persona.timeline.connections:
            if self._show_connection(layout, connection, connection.id in dirty):
                wanted.add(connection.id)
        for connection_id in list(self.connection_items):
            if connection_id not in wanted:
                self._drop_connection(connection_id)

    def _show_connection(self, layout: TimelineLayout, connection: Connection, dirty: bool) -> bool:
        """Route (or add) the arrow of *connection*; False when an end is not shown."""
        source = layout.cards.get(connection.source)
        target = layout.cards.get(connection.target)
        if source is None or target is None:
            return False  # an end sits in a hidden lane
        ends = (source.rect, target.rect)
        entry = self.connection_items.get(connection.id)
        if entry is None:
            board = self._board()
            item = ConnectionItem(board, connection.id)
            board.addItem(item)
            board.arrows.add(item)
        else:
            item = entry[0]
            if entry[1] == ends and not dirty:
                return True
            self._unlink(connection.id, item)
        top = min(source.rect.y, target.rect.y)
        item.set_ends(source.rect, target.rect, top, bool(connection.label))
        item.ends = (connection.source, connection.target)
        self.connection_items[connection.id] = (item, ends)
        self._links.setdefault(connection.source, set()).add(connection.id)
        self._links.setdefault(connection.target, set()).add(connection.id)
        return True

    def _drop_connection(self, connection_id: str) -> None:
        entry = self.connection_items.pop(connection_id, None)
        if entry is not None:
            self._unlink(connection_id, entry[0])
            board = self._board()
            board.arrows.discard(entry[0])
            board.removeItem(entry[0])

    def _unlink(self, connection_id: str, item: ConnectionItem) -> None:
        for card_id in item.ends:
            links = self._links.get(card_id)
            if links is not None:
                links.discard(connection_id)
                if not links:
                    del self._links[card_id]

    def _sync_curves(self, layout: TimelineLayout, persona: Persona) -> None:
        board = self._board()
        for lane_id in list(self.curve_items):
            if lane_id not in layout.curves:
                board.removeItem(self.curve_items.pop(lane_id))
        for lane_id, points in layout.curves.items():
            curve = self.curve_items.get(lane_id)
            if curve is None:
                curve = CurveItem()
                self.curve_items[lane_id] = curve
                board.addItem(curve)
            curve.set_points(points, persona.color)

    # ------------------------------------------------------------ only the cells an edit reached

    def update_cells(self, change: Change) -> bool:
        """Bring the items up to date after *change* by laying out only the cells it reached.

        Returns False (having changed nothing) when the change reaches
        further: the caller then lays the whole timeline out.
        """
        board = self._board()
        layout, persona = self.layout, board.persona()
        if layout is None or persona is None or change.structure or change.whole_map or change.persona_list:
            return False
        index = board.journey.index
        cells: set[tuple[str, str]] = set()
        cards: set[str] = set()
        connections: set[str] = set()
        lowest_may_change = False
        for item_id in change.items:
            if item_id in index.connections or item_id in self.connection_items:
                connections.add(item_id)
                continue
            box = layout.cards.get(item_id)
            if box is not None:
                cells.add((box.stage_id, box.lane_id))
            entry = index.cards.get(item_id)
            if entry is not None and entry[0] is persona:
                cells.add((entry[1].stage, entry[1].lane))
                cards.add(item_id)
                lowest_may_change |= isinstance(entry[1], EmotionCard)
            elif entry is None:
                cards.add(item_id)  # removed: perhaps a marker, perhaps from a hidden lane
                lowest_may_change = True
        # The old layout is dropped: the new one takes over its table of cards.
        result = relayout_cells(layout, board.journey, persona, cells, cards, in_place=True)
        if result is None:
            return False
        old, self.layout = layout, result.layout
        new = result.layout
        if result.frame_changed:
            board.arrows.repaint_all()  # the rows below moved, and their arrows with them
            self._sync_headers(new, repaint=False)
            self._sync_groups(new)
            self._sync_frame(old, new)
        # Dragged cards that did not change cell snap back too.
        touched = result.changed | cards | {i.item_id for i in board.selected_board_items()}
        for card_id in touched:
            box = new.cards.get(card_id)
            item = self.card_items.get(card_id)
            if box is None:
                if item is not None:
                    board.removeItem(self.card_items.pop(card_id))
                    self.group_of.pop(card_id, None)
                continue
            rect = box.rect
            if item is None:
                lane = new.lane_box(box.lane_id)
                is_marker = lane is not None and lane.kind == LaneKind.EMOTIONS
                self._new_card_item(card_id, box.lane_id, is_marker, rect)
                continue
            if card_id in change.items and card_id not in change.moved:
                item.update()  # its look changed (a moved card keeps its picture)
            item.set_geometry(rect.x, rect.y, rect.width, rect.height)
            self._regroup(card_id, item, box.lane_id)
        for stage_id, lane_id in cells:
            if lane_id in result.curves:
                # Markers label themselves within their share of the cell: repaint the cell's.
                for card_id in new.cells.get((stage_id, lane_id), ()):
                    marker = self.card_items.get(card_id)
                    if marker is not None:
                        marker.update()
        for lane_id in result.curves:
            curve = self.curve_items.get(lane_id)
            if curve is not None:
                curve.set_points(new.curves[lane_id], persona.color)
        if lowest_may_change:
            self._mark_lowest(persona)
        for card_id in result.changed | cards:
            connections.update(self._links.get(card_id, ()))
        for connection_id in connections:
            link = index.connections.get(connection_id)
            shown = (
                link is not None
                and link[0] is persona
                and self._show_connection(new, link[1], connection_id in change.items)
            )
            if not shown:
                self._drop_connection(connection_id)
        return True


def _frame(layout: TimelineLayout) -> tuple[object, ...]:
    """What the background grid is drawn from."""
    return (layout.stages, layout.lanes, layout.width, layout.height, layout.scale)


def _drop_missing(board: QGraphicsScene, items: dict[str, ItemT], wanted: Collection[str]) -> None:
    """Remove from *board* (and from *items*) the items whose ids are no longer *wanted*."""
    for item_id in [item_id for item_id in items if item_id not in wanted]:
        board.removeItem(items.pop(item_id))
