"""The canvas view: zoom, pan, drops from the palette, keyboard and in-place editing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmapCache,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsView, QLineEdit, QWidget

from journeydesigner.canvas import style
from journeydesigner.canvas.mime import PaletteEntry, map_paths
from journeydesigner.canvas.scene import TimelineScene
from journeydesigner.model import edits as ed
from journeydesigner.model.ids import new_id
from journeydesigner.model.timeline import Connection

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
ZOOM_STEP = 1.2
PIXMAP_CACHE_KB = 64 * 1024


class CanvasView(QGraphicsView):
    """Shows a :class:`TimelineScene`; objectName "canvasView"."""

    zoomChanged = Signal(float)
    statusMessage = Signal(str)
    connectionToolChanged = Signal(bool)
    mapsDropped = Signal(list)  # list[Path]: map files dropped to be opened

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("canvasView")
        # Cards and headers paint from pixmaps kept in Qt's pixmap cache; its
        # default 10 MB holds fewer than a full view of cards at 50 % zoom, and a
        # cache too small redraws every card on every paint.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.board = scene
        self.setAcceptDrops(True)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # The lane bands and grid are drawn for each repaint (see drawBackground),
        # not copied from a picture of the view: a fill, a few bands and lines
        # write the repainted pixels once, where a copy reads and writes them;
        # an edit on a crowded timeline repaints boxes of half the view (side by
        # side, repainting the benchmark's move boxes on the stress map: 487 →
        # 419 µs; a small box 6–13 µs dearer).
        # The background paints every pixel (white, then the lanes): Qt need not fill
        # the repainted parts with the palette first.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # An edit repaints where its cards and arrows were and are: dozens of
        # scattered patches when a card shifts a cell's cards and their arrows.
        # Qt paints a box around them faster than the patches themselves
        # (clipping every card, arrow and the background to a many-sided region
        # costs more than the extra pixels): measured on the benchmark maps.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("Canvas", "Journey map canvas"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "Canvas", "The timeline of the current persona. The outline panel lists the same items."
            )
        )
        self._space_held = False
        self._pan_from: QPoint | None = None
        self._connect_mode = False
        self._connect_source = ""
        self._connect_line: QGraphicsLineItem | None = None
        self._editor: QLineEdit | None = None
        self._editing_id = ""
        scene.statusMessage.connect(self.statusMessage)
        scene.renameRequested.connect(self.edit_in_place)
        scene.state.personaChanged.connect(lambda _persona: self.scroll_to_origin())
        self._shown_once = False

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        # Without antialiasing, as Qt drew the picture it kept of them before:
        # the same pixels, with Qt's plain fill and line routines.
        antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        super().drawBackground(painter, rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)

    def scroll_to_origin(self) -> None:
        """Show the start of the timeline: the first stages and the first lanes."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._pin_headers()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.scroll_to_origin()

    # ------------------------------------------------------------ zoom

    @property
    def zoom(self) -> float:
        """The current zoom factor (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        """Zoom to *factor*, within 10 % … 400 %."""
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        current = self.zoom
        if abs(factor - current) < 1e-6:
            return
        self.scale(factor / current, factor / current)
        self._pin_headers()
        self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        """One step closer."""
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further."""
        self.set_zoom(self.zoom / ZOOM_STEP)

    def zoom_reset(self) -> None:
        """Back to 100 %."""
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        """Fit the whole timeline in the view."""
        layout = self.board.layout
        if layout is None or layout.width <= 0:
            return
        viewport = self.viewport().rect()
        factor = min((viewport.width() - 8) / layout.width, (viewport.height() - 8) / layout.height)
        self.set_zoom(factor)
        self.centerOn(layout.width / 2, layout.height / 2)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------ pinned headers

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._pin_headers()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._pin_headers()

    def _pin_headers(self) -> None:
        top_left = self.mapToScene(QPoint(0, 0))
        self.board.pin(top_left.x(), top_left.y())

    # ------------------------------------------------------------ panning

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._editor is not None:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            return
        if key == Qt.Key.Key_Escape:
            self.set_connection_tool(False)
            self.board.indicator.setVisible(False)
            return
        if self._handle_edit_key(event):
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if self._connect_mode and event.button() == Qt.MouseButton.LeftButton:
            self._start_connection(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self._connect_line is not None:
            line = self._connect_line.line()
            end = self.mapToScene(event.position().toPoint())
            self._connect_line.setLine(line.x1(), line.y1(), end.x(), end.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        if self._connect_line is not None:
            self._finish_connection(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ------------------------------------------------------------ connection tool

    def set_connection_tool(self, enabled: bool) -> None:
        """Turn the connection tool on (drag from card to card) or off."""
        if enabled == self._connect_mode:
            return
        self._connect_mode = enabled
        self.setDragMode(QGraphicsView.DragMode.NoDrag if enabled else QGraphicsView.DragMode.RubberBandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if enabled else Qt.CursorShape.ArrowCursor)
        if enabled:
            self.statusMessage.emit(
                QCoreApplication.translate(
                    "Canvas", "Drag from one card to another to connect them. Esc ends the tool."
                )
            )
        self._cancel_connection()
        self.connectionToolChanged.emit(enabled)

    def _card_at(self, pos: QPointF) -> str:
        for item in self.board.items(pos):
            item_id = getattr(item, "item_id", "")
            if item_id in self.board.card_items:
                return item_id
        return ""

    def _start_connection(self, pos: QPointF) -> None:
        source = self._card_at(pos)
        if not source:
            self.statusMessage.emit(QCoreApplication.translate("Canvas", "Start the connection on a card."))
            return
        self._connect_source = source
        line = QGraphicsLineItem(pos.x(), pos.y(), pos.x(), pos.y())
        line.setPen(QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
        line.setZValue(style.Z_INDICATOR)
        self.board.addItem(line)
        self._connect_line = line

    def _finish_connection(self, pos: QPointF) -> None:
        source, target = self._connect_source, self._card_at(pos)
        self._cancel_connection()
        persona = self.board.persona()
        if persona is None or not target or target == source:
            self.statusMessage.emit(
                QCoreApplication.translate("Canvas", "End the connection on another card.")
            )
            return
        connection = Connection(id=new_id("link"), source=source, target=target)
        if self.board.document.execute(
            QCoreApplication.translate("Canvas", "Connect cards"), ed.AddConnection(persona.id, connection)
        ):
            self.board.state.set_selection([connection.id])

    def _cancel_connection(self) -> None:
        if self._connect_line is not None:
            self.board.removeItem(self._connect_line)
        self._connect_line = None
        self._connect_source = ""

    # ------------------------------------------------------------ drops from the palette

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if map_paths(event.mimeData()):
            event.acceptProposedAction()
            return
        if PaletteEntry.from_mime(event.mimeData()) is None:
            event.ignore()
            return
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if map_paths(event.mimeData()):
            event.acceptProposedAction()
            return
        entry = PaletteEntry.from_mime(event.mimeData())
        if entry is None:
            event.ignore()
            return
        plan = self.board.plan_drop(entry, self.mapToScene(event.position().toPoint()))
        self.board.show_drop_plan(plan)
        if plan.ok:
            event.acceptProposedAction()
        else:
            event.ignore()  # the cursor shows the drop is not allowed here

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.board.indicator.setVisible(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        maps = map_paths(event.mimeData())
        if maps:
            event.acceptProposedAction()
            self.mapsDropped.emit(maps)
            return
        entry = PaletteEntry.from_mime(event.mimeData())
        if entry is None:
            event.ignore()
            return
        if self.board.drop(entry, self.mapToScene(event.position().toPoint())):
            event.acceptProposedAction()
            if self._editor is None:
                self.setFocus()
        else:
            event.ignore()

    # ------------------------------------------------------------ keyboard editing

    def _handle_edit_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        selection = self.board.state.selection
        if key == Qt.Key.Key_F2 and selection:
            self.edit_in_place(selection[0])
            return True
        if key in (Qt.Key.Key_Insert, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not selection:
            cell = self.board.current_cell
            if cell is not None:
                self.board.add_default_card(*cell)
                return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) and selection:
            from journeydesigner.canvas.keyboard import move_to_neighbour

            return move_to_neighbour(self.board, selection, key, event.modifiers())
        return False

    # ------------------------------------------------------------ in-place editing

    def edit_in_place(self, item_id: str) -> None:
        """Open a line editor over a card's title (or a stage's or lane's name)."""
        self.finish_editing(commit=True)
        item = self.board.item_for(item_id)
        index = self.board.journey.index
        if item is None:
            return
        if item_id in index.cards:
            text = index.cards[item_id][1].title
        elif item_id in index.stages:
            text = index.stages[item_id][1].name
        elif item_id in index.lanes:
            text = index.lanes[item_id][1].name
        else:
            return
        rect = self.mapFromScene(item.sceneBoundingRect()).boundingRect()
        editor = QLineEdit(self.viewport())
        editor.setObjectName("inPlaceEditor")
        editor.setAccessibleName(QCoreApplication.translate("Canvas", "Title"))
        editor.setText(text)
        editor.selectAll()
        height = max(28, editor.sizeHint().height())
        editor.setGeometry(rect.x() + 4, rect.y() + 4, max(120, rect.width() - 8), height)
        editor.installEventFilter(self)
        editor.returnPressed.connect(lambda: self.finish_editing(commit=True))
        self._editor = editor
        self._editing_id = item_id
        editor.show()
        editor.setFocus()

    def finish_editing(self, commit: bool) -> None:
        """Close the in-place editor, committing its text unless *commit* is False."""
        editor, item_id = self._editor, self._editing_id
        if editor is None:
            return
        self._editor, self._editing_id = None, ""
        text = editor.text().strip()
        editor.removeEventFilter(self)
        editor.setObjectName("")  # it lingers until deleteLater runs
        editor.hide()
        editor.deleteLater()
        if commit and (text or item_id in self.board.card_items):
            self.board.rename(item_id, text)
        self.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._editor:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() == Qt.Key.Key_Escape:
                    self.finish_editing(commit=False)
                    return True
            elif event.type() == QEvent.Type.FocusOut:
                self.finish_editing(commit=True)
                return False
        return super().eventFilter(watched, event)

    def visible_scene_rect(self) -> QRectF:
        """The part of the scene currently visible."""
        return self.mapToScene(self.viewport().rect()).boundingRect()
