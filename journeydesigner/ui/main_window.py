"""The designer's main window: canvas, docks, menus and the commands behind them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QUndoView,
    QWidget,
)

from journeydesigner.canvas import clipboard
from journeydesigner.canvas.scene import TimelineScene
from journeydesigner.canvas.view import CanvasView
from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model import edits as ed
from journeydesigner.model.cards import LaneKind
from journeydesigner.model.ids import new_id
from journeydesigner.model.texts import text as default_text
from journeydesigner.model.timeline import Lane, Stage
from journeydesigner.storage import FILE_SUFFIX, JourneyFileError
from journeydesigner.templates import DEFAULT_TEMPLATE, build_template
from journeydesigner.templates.data import STAGE_COLOURS
from journeydesigner.ui.actions import make_actions
from journeydesigner.ui.analysis import AnalysisDock
from journeydesigner.ui.inspector import InspectorDock
from journeydesigner.ui.outline import OutlineDock
from journeydesigner.ui.overview import EmotionOverviewDock
from journeydesigner.ui.palette import PaletteDock
from journeydesigner.ui.persona_switcher import PersonaSwitcher

APP_NAME = "Journey Designer"
_open_windows: list[MainWindow] = []


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """One window per map: the canvas of one persona, with docks around it."""

    def __init__(self, document: JourneyDocument) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = document
        document.setParent(self)
        self.state = EditorState(document, self)
        self.scene = TimelineScene(self.state, self)
        self.view = CanvasView(self.scene, self)
        self.setCentralWidget(self.view)
        self.actions_by_name = make_actions(self, self._handlers())
        self._make_undo_actions()
        self._make_docks()
        self._make_menus_and_toolbar()
        self._make_status_bar()
        self._saved_state = b""
        document.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        document.pathChanged.connect(lambda _path: self._update_title())
        document.changed.connect(lambda _change: self._update_title())
        self.state.selectionChanged.connect(self._update_actions)
        self.view.connectionToolChanged.connect(self.actions_by_name["ConnectionTool"].setChecked)
        self.view.connectionToolChanged.connect(self.palette_dock.set_connection_tool_checked)
        self._update_title()
        self._update_actions()
        self.resize(1440, 900)
        self.view.horizontalScrollBar().setValue(0)
        self.view.verticalScrollBar().setValue(0)

    # ------------------------------------------------------------ construction

    def _handlers(self) -> dict[str, Callable[..., object]]:
        return {
            "New": self.new_window,
            "Open": self.open_file,
            "Save": self.save,
            "SaveAs": self.save_as,
            "Close": self.close,
            "Quit": QCoreApplication.quit,
            "Cut": self.cut,
            "Copy": self.copy,
            "Paste": self.paste,
            "Delete": self.delete_selection,
            "Duplicate": self.duplicate,
            "SelectAll": self.select_all,
            "Rename": self.rename_selection,
            "InsertCard": self.insert_card,
            "ConnectionTool": self.view.set_connection_tool,
            "AddStage": self.add_stage,
            "HideLane": self.hide_lane,
            "ShowAllLanes": self.show_all_lanes,
            "ZoomIn": self.view.zoom_in,
            "ZoomOut": self.view.zoom_out,
            "ZoomReset": self.view.zoom_reset,
            "ZoomFit": self.view.zoom_fit,
            "Presentation": self.set_presentation,
        }

    def _make_undo_actions(self) -> None:
        stack = self.document.undo_stack
        undo = stack.createUndoAction(self, _t("&Undo"))
        undo.setObjectName("actionUndo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, _t("&Redo"))
        redo.setObjectName("actionRedo")
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.actions_by_name["Undo"] = undo
        self.actions_by_name["Redo"] = redo

    def _make_docks(self) -> None:
        self.palette_dock = PaletteDock(self.state, self)
        self.palette_dock.connectionToolToggled.connect(self.view.set_connection_tool)
        self.palette_dock.insertRequested.connect(self._insert_from_palette)
        self.inspector = InspectorDock(self.state, self)
        self.inspector.statusMessage.connect(self._message)
        self.outline = OutlineDock(self.state, self)
        self.undo_dock = QDockWidget(_t("History"), self)
        self.undo_dock.setObjectName("undoHistory")
        undo_view = QUndoView(self.document.undo_stack)
        undo_view.setEmptyLabel(_t("<opened>"))
        undo_view.setAccessibleName(_t("Undo history"))
        self.undo_dock.setWidget(undo_view)
        self.analysis = AnalysisDock(self.state, self)
        self.overview = EmotionOverviewDock(self.state, self)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(left, self.palette_dock)
        self.addDockWidget(left, self.outline)
        self.addDockWidget(right, self.inspector)
        self.addDockWidget(right, self.undo_dock)
        self.addDockWidget(right, self.analysis)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.overview)
        self.tabifyDockWidget(self.undo_dock, self.analysis)
        self.undo_dock.raise_()
        self.overview.hide()
        self.analysis.hide()
        self.resizeDocks([self.palette_dock, self.inspector], [230, 340], Qt.Orientation.Horizontal)
        self.resizeDocks([self.inspector, self.undo_dock], [560, 220], Qt.Orientation.Vertical)

    def _make_menus_and_toolbar(self) -> None:
        a = self.actions_by_name
        menus: dict[str, list[str | None]] = {
            _t("&File"): ["New", "Open", None, "Save", "SaveAs", None, "Close", "Quit"],
            _t("&Edit"): [
                "Undo",
                "Redo",
                None,
                "Cut",
                "Copy",
                "Paste",
                "Duplicate",
                "Delete",
                None,
                "SelectAll",
                "Rename",
                "InsertCard",
                "ConnectionTool",
            ],
            _t("&Timeline"): ["AddStage", "HideLane", "ShowAllLanes"],
            _t("&View"): ["ZoomIn", "ZoomOut", "ZoomReset", "ZoomFit", None, "Presentation"],
        }
        for title, names in menus.items():
            menu = self.menuBar().addMenu(title)
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(a[name])
            if title == _t("&Timeline"):
                lanes = menu.addMenu(_t("Add &Lane"))
                for kind in LaneKind:
                    action = lanes.addAction(default_text(f"lane.{kind.value}", self._language()))
                    action.setObjectName(f"actionAddLane_{kind.value}")
                    action.triggered.connect(lambda _=False, k=kind: self.add_lane(k))
            if title == _t("&View"):
                menu.addSeparator()
                for dock in (
                    self.palette_dock,
                    self.outline,
                    self.inspector,
                    self.undo_dock,
                    self.analysis,
                    self.overview,
                ):
                    menu.addAction(dock.toggleViewAction())
        toolbar = QToolBar(_t("Main"), self)
        toolbar.setObjectName("mainToolbar")
        self.persona_switcher = PersonaSwitcher(self.state, self)
        toolbar.addWidget(self.persona_switcher)
        toolbar.addSeparator()
        for name in (
            "Undo",
            "Redo",
            None,
            "ConnectionTool",
            "AddStage",
            None,
            "ZoomOut",
            "ZoomFit",
            "ZoomIn",
        ):
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(a[name])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _make_status_bar(self) -> None:
        self.zoom_label = QLabel("100 %")
        self.zoom_label.setObjectName("zoomLabel")
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f} %"))
        self.view.statusMessage.connect(lambda message: self.statusBar().showMessage(message, 6000))

    # ------------------------------------------------------------ helpers

    def _language(self) -> str:
        return self.document.journey.language

    def _update_title(self) -> None:
        path = self.document.path
        name = path.name if path else self.document.journey.title
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_modified)

    def _update_actions(self, *_: object) -> None:
        selection = self.state.selection
        index = self.document.journey.index
        has_cards = any(i in index.cards for i in selection)
        a = self.actions_by_name
        for name in ("Cut", "Copy", "Duplicate"):
            a[name].setEnabled(has_cards)
        a["Delete"].setEnabled(bool(selection))
        a["Rename"].setEnabled(bool(selection))
        a["HideLane"].setEnabled(any(i in index.lanes for i in selection))

    def _message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # ------------------------------------------------------------ files

    def new_window(self) -> MainWindow:
        """Open a new window with a new map from the default template."""
        window = MainWindow(JourneyDocument(build_template(DEFAULT_TEMPLATE, self._language())))
        _open_windows.append(window)
        window.show()
        return window

    def open_file(self) -> None:
        """Ask for a map and open it in a new window (a bad file changes nothing)."""
        name, _ = QFileDialog.getOpenFileName(self, _t("Open map"), "", _t("Journey maps (*.journey)"))
        if name:
            open_in_window(name, self)

    def save(self) -> bool:
        """Save to the map's file (asks for one the first time)."""
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        """Save under a new name."""
        start = str(self.document.path or Path.home() / f"{self.document.journey.title}{FILE_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(self, _t("Save map"), start, _t("Journey maps (*.journey)"))
        if not name:
            return False
        if not name.endswith(FILE_SUFFIX):
            name += FILE_SUFFIX
        return self._save_to(Path(name))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except JourneyFileError as exc:
            QMessageBox.critical(self, APP_NAME, str(exc))
            return False
        self._message(_t("Saved %1").replace("%1", str(path)))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document.is_modified:
            answer = QMessageBox.warning(
                self,
                APP_NAME,
                _t("Save the changes to “%1” before closing?").replace("%1", self.document.journey.title),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        if self in _open_windows:
            _open_windows.remove(self)
        event.accept()

    # ------------------------------------------------------------ editing commands

    def copy(self) -> bool:
        """Copy the selected cards to the clipboard."""
        payload = clipboard.copy_payload(self.document.journey, self.state.selection)
        if payload is None:
            return False
        QGuiApplication.clipboard().setMimeData(clipboard.to_mime(payload))
        return True

    def cut(self) -> None:
        """Copy the selected cards, then delete them."""
        if self.copy():
            self.delete_selection(_t("Cut"))

    def paste(self) -> None:
        """Paste cards from the clipboard into the current persona, with new ids."""
        payload = clipboard.from_mime(QGuiApplication.clipboard().mimeData())
        persona = self.state.persona
        if payload is None or persona is None:
            self._message(_t("The clipboard holds no cards."))
            return
        edits, ids = clipboard.paste_edits(self.document.journey, persona, payload, self.scene.current_cell)
        if edits and self.document.execute(_t("Paste"), edits):
            self.state.set_selection(ids)
        else:
            self._message(_t("None of the copied cards fits this timeline."))

    def duplicate(self) -> None:
        """Duplicate the selected cards in their cells."""
        payload = clipboard.copy_payload(self.document.journey, self.state.selection)
        persona = self.state.persona
        if payload is None or persona is None:
            return
        edits, ids = clipboard.paste_edits(self.document.journey, persona, payload, self.scene.current_cell)
        if edits and self.document.execute(_t("Duplicate"), edits):
            self.state.set_selection(ids)

    def delete_selection(self, text: str = "") -> None:
        """Delete the selected connections, cards, stages and lanes as one command."""
        index = self.document.journey.index
        selection = self.state.selection
        edits: list[ed.Edit] = [ed.RemoveConnection(i) for i in selection if i in index.connections]
        by_owner: dict[str, list[str]] = {}
        for card_id in (i for i in selection if i in index.cards):
            by_owner.setdefault(index.cards[card_id][0].id, []).append(card_id)
        edits += [ed.RemoveCards(tuple(ids)) for ids in by_owner.values()]
        edits += [ed.RemoveStage(i) for i in selection if i in index.stages]
        edits += [ed.RemoveLane(i) for i in selection if i in index.lanes]
        if edits and self.document.execute(text or _t("Delete"), edits):
            self.state.set_selection([])

    def select_all(self) -> None:
        """Select every card of the current timeline."""
        self.state.set_selection(list(self.scene.card_items))

    def rename_selection(self) -> None:
        """Edit the first selected item's title in place."""
        if self.state.selection:
            self.view.edit_in_place(self.state.selection[0])

    def insert_card(self) -> None:
        """Add the lane's kind of card to the current cell."""
        cell = self.scene.current_cell
        if cell is None:
            self._message(_t("Click a cell first."))
            return
        self.scene.add_default_card(*cell)

    def _insert_from_palette(self, entry: object) -> None:
        from journeydesigner.canvas.mime import PaletteEntry

        cell = self.scene.current_cell
        layout = self.scene.layout
        if not isinstance(entry, PaletteEntry) or layout is None:
            return
        if entry.kind == "stage":
            self.add_stage()
            return
        if cell is None:
            self._message(_t("Click a cell first."))
            return
        rect = layout.cell_rect(*cell)
        if rect is not None:
            from PySide6.QtCore import QPointF

            score_y = layout.score_y(cell[1], entry.score) if entry.kind == "emotion" else rect.bottom - 1
            self.scene.drop(entry, QPointF(rect.x + rect.width / 2, score_y))

    def add_stage(self) -> None:
        """Add a stage at the end of the timeline and edit its name."""
        persona = self.state.persona
        if persona is None:
            return
        stage = Stage(
            id=new_id("stage"),
            name=_t("New stage"),
            color=STAGE_COLOURS[len(persona.timeline.stages) % len(STAGE_COLOURS)],
        )
        if self.document.execute(_t("Add stage"), ed.AddStage(persona.id, stage)):
            self.state.set_selection([stage.id])
            self.view.edit_in_place(stage.id)

    def add_lane(self, kind: LaneKind) -> None:
        """Add a lane of *kind* after the selected lane (or at the end)."""
        persona = self.state.persona
        if persona is None:
            return
        lanes = persona.timeline.lanes
        selected = [i for i, lane in enumerate(lanes) if lane.id in self.state.selection]
        index = selected[-1] + 1 if selected else len(lanes)
        lane = Lane(id=new_id("lane"), kind=kind, name=default_text(f"lane.{kind.value}", self._language()))
        if self.document.execute(_t("Add lane"), ed.AddLane(persona.id, lane, index)):
            self.state.set_selection([lane.id])

    def hide_lane(self) -> None:
        """Hide the selected lanes."""
        index = self.document.journey.index
        edits: list[ed.Edit] = [
            ed.UpdateItem(i, {"hidden": True}) for i in self.state.selection if i in index.lanes
        ]
        if edits:
            self.document.execute(_t("Hide lane"), edits)

    def show_all_lanes(self) -> None:
        """Show the current persona's hidden lanes."""
        persona = self.state.persona
        if persona is None:
            return
        edits: list[ed.Edit] = [
            ed.UpdateItem(lane.id, {"hidden": False}) for lane in persona.timeline.lanes if lane.hidden
        ]
        if edits:
            self.document.execute(_t("Show lanes"), edits)

    # ------------------------------------------------------------ presentation

    def set_presentation(self, enabled: bool) -> None:
        """Full screen, panels hidden, larger type: for projecting the map."""
        if enabled:
            self._saved_state = bytes(self.saveState().data())
            for dock in self.findChildren(QDockWidget):
                dock.hide()
            self.toolbar.hide()
            self.menuBar().hide()
            self.statusBar().hide()
            self.showFullScreen()
            self.view.zoom_fit()
            self.view.set_zoom(max(self.view.zoom, 1.25))
            self.view.horizontalScrollBar().setValue(0)
            self.view.verticalScrollBar().setValue(0)
        else:
            self.showNormal()
            self.menuBar().show()
            self.toolbar.show()
            self.statusBar().show()
            if self._saved_state:
                self.restoreState(self._saved_state)
            self.view.zoom_reset()

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        if (
            isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.actions_by_name["Presentation"].isChecked()
        ):
            self.actions_by_name["Presentation"].setChecked(False)
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


def open_in_window(path: str | Path, parent: QWidget | None = None) -> MainWindow | None:
    """Open the map at *path* in a new window; a bad file only shows a message."""
    try:
        document = JourneyDocument.open(path)
    except JourneyFileError as exc:
        QMessageBox.critical(parent, APP_NAME, str(exc))
        return None
    window = MainWindow(document)
    _open_windows.append(window)
    window.show()
    return window


def new_document() -> JourneyDocument:
    """The document a new window starts with."""
    return JourneyDocument(build_template(DEFAULT_TEMPLATE, "es"))
