"""The designer's main window: canvas, docks, menus and the commands behind them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QToolBar, QWidget

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
from journeydesigner.templates.data import STAGE_COLOURS
from journeydesigner.ui import interop_menu
from journeydesigner.ui.about_dialog import show_about
from journeydesigner.ui.actions import make_actions
from journeydesigner.ui.after_frame import AfterFirstPaint
from journeydesigner.ui.analysis import AnalysisDock
from journeydesigner.ui.history import HistoryView
from journeydesigner.ui.inspector import InspectorDock
from journeydesigner.ui.outline import OutlineDock
from journeydesigner.ui.overview import EmotionOverviewDock
from journeydesigner.ui.palette import PaletteDock
from journeydesigner.ui.persona_switcher import PersonaSwitcher
from journeydesigner.ui.prompts import APP_NAME
from journeydesigner.ui.recent_menu import RecentFilesMenu
from journeydesigner.ui.window_files import WindowFiles

if TYPE_CHECKING:
    from journeydesigner.ui.workspace import Workspace

__all__ = ["APP_NAME", "MainWindow"]


class MainWindow(WindowFiles):
    """One window per map: the canvas of one persona, with docks around it.

    The window belongs to a :class:`Workspace` (the process's one by
    default), which keeps recovery copies, the file watcher and the lock.
    """

    def __init__(
        self,
        document: JourneyDocument,
        workspace: Workspace | None = None,
        recovery_id: str | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)  # map files dropped on the window open
        self.document = document
        document.setParent(self)
        if workspace is None:
            from journeydesigner.ui.workspace import current_workspace

            workspace = current_workspace()
        self.workspace = workspace
        self.holds_lock = False
        self._closing_without_asking = False
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
        self.view.mapsDropped.connect(lambda paths: self.workspace.open_paths(paths, self))
        document.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        document.pathChanged.connect(lambda _path: self.update_title())
        document.changed.connect(lambda _change: self.update_title())
        self.state.selectionChanged.connect(self._update_actions)
        self.view.connectionToolChanged.connect(self.actions_by_name["ConnectionTool"].setChecked)
        self.view.connectionToolChanged.connect(self.palette_dock.set_connection_tool_checked)
        self.update_title()
        self._update_actions()
        self.resize(1440, 900)
        self.view.horizontalScrollBar().setValue(0)
        self.view.verticalScrollBar().setValue(0)
        workspace.attach(self, recovery_id)

    # ------------------------------------------------------------ construction

    def _handlers(self) -> dict[str, Callable[..., object]]:
        return {
            "New": self.new_window,
            "Open": self.open_file,
            "Save": self.save,
            "SaveAs": self.save_as,
            "ExportPdf": self.open_export_dialog,
            "Print": self.print_map,
            "ExportPng": lambda: self.export_image(".png"),
            "ExportSvg": lambda: self.export_image(".svg"),
            "Close": self.close,
            "Quit": lambda: self.workspace.quit(),
            "Preferences": self.open_preferences,
            "About": lambda: show_about(self),
            "AboutQt": QApplication.aboutQt,
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
        undo = stack.createUndoAction(self, QCoreApplication.translate("MainWindow", "&Undo"))
        undo.setObjectName("actionUndo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, QCoreApplication.translate("MainWindow", "&Redo"))
        redo.setObjectName("actionRedo")
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.actions_by_name["Undo"] = undo
        self.actions_by_name["Redo"] = redo
        # The toolbar's buttons keep a short label; the step they undo or redo
        # is in their tooltip. With the menu's text ("Undo Move touchpoint")
        # every edit resized the button and laid the toolbar and the window
        # out again, and the buttons after it jumped sideways.
        self.actions_by_name["UndoButton"] = _button_twin(
            undo, QCoreApplication.translate("MainWindow", "Undo"), "toolbarUndo", self
        )
        self.actions_by_name["RedoButton"] = _button_twin(
            redo, QCoreApplication.translate("MainWindow", "Redo"), "toolbarRedo", self
        )

    def _make_docks(self) -> None:
        self.palette_dock = PaletteDock(self.state, self)
        self.palette_dock.connectionToolToggled.connect(self.view.set_connection_tool)
        self.palette_dock.insertRequested.connect(self._insert_from_palette)
        # The canvas is painted first; the Inspector and the Outline fill right after.
        self.inspector = InspectorDock(self.state, self, later=True)
        self.inspector.statusMessage.connect(self._message)
        self.outline = OutlineDock(self.state, self, later=True)
        AfterFirstPaint(self.view.viewport(), self._fill_docks)
        self.undo_dock = QDockWidget(QCoreApplication.translate("MainWindow", "History"), self)
        self.undo_dock.setObjectName("undoHistory")
        undo_view = HistoryView(
            self.document.undo_stack, QCoreApplication.translate("MainWindow", "<opened>")
        )
        undo_view.setAccessibleName(QCoreApplication.translate("MainWindow", "Undo history"))
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

    def _fill_docks(self) -> None:
        self.inspector.populate()
        self.outline.flush()

    def _make_menus_and_toolbar(self) -> None:
        a = self.actions_by_name
        menus: dict[str, list[str | None]] = {
            QCoreApplication.translate("MainWindow", "&File"): [
                "New",
                "Open",
                None,
                "Save",
                "SaveAs",
                None,
                "Import",
                "ExportPdf",
                "Print",
                None,
                "Close",
                "Quit",
            ],
            QCoreApplication.translate("MainWindow", "&Edit"): [
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
                None,
                "Preferences",
            ],
            QCoreApplication.translate("MainWindow", "&Timeline"): ["AddStage", "HideLane", "ShowAllLanes"],
            QCoreApplication.translate("MainWindow", "&View"): [
                "ZoomIn",
                "ZoomOut",
                "ZoomReset",
                "ZoomFit",
                None,
                "Presentation",
            ],
            QCoreApplication.translate("MainWindow", "&Help"): ["About", "AboutQt"],
        }
        for title, names in menus.items():
            menu = self.menuBar().addMenu(title)
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(a[name])
            if title == QCoreApplication.translate("MainWindow", "&File"):
                self.recent_menu = RecentFilesMenu(self.workspace.settings, menu)
                self.recent_menu.openRequested.connect(lambda path: self.workspace.open_path(path, self))
                menu.insertMenu(a["Save"], self.recent_menu)
                menu.insertSeparator(a["Save"])
                images = menu.addMenu(QCoreApplication.translate("MainWindow", "Export &Image"))
                images.setObjectName("exportImageMenu")
                images.addActions([a["ExportPng"], a["ExportSvg"]])
                menu.insertMenu(a["Print"], images)
                interop_menu.install(self, menu)
            if title == QCoreApplication.translate("MainWindow", "&Timeline"):
                lanes = menu.addMenu(QCoreApplication.translate("MainWindow", "Add &Lane"))
                for kind in LaneKind:
                    action = lanes.addAction(default_text(f"lane.{kind.value}", self._language()))
                    action.setObjectName(f"actionAddLane_{kind.value}")
                    action.triggered.connect(lambda _=False, k=kind: self.add_lane(k))
            if title == QCoreApplication.translate("MainWindow", "&View"):
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
        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"), self)
        toolbar.setObjectName("mainToolbar")
        self.persona_switcher = PersonaSwitcher(self.state, self)
        toolbar.addWidget(self.persona_switcher)
        toolbar.addSeparator()
        for name in (
            "UndoButton",
            "RedoButton",
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
        self._name_steps_in_tooltips()

    def _name_steps_in_tooltips(self) -> None:
        """The Undo and Redo buttons' tooltips name the step ("Undo Move touchpoint")."""
        for menu_name, button_name in (("Undo", "UndoButton"), ("Redo", "RedoButton")):
            button = self.toolbar.widgetForAction(self.actions_by_name[button_name])
            _StepTip(self.actions_by_name[menu_name], button)

    def _make_status_bar(self) -> None:
        self.zoom_label = QLabel("100 %")
        self.zoom_label.setObjectName("zoomLabel")
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f} %"))
        self.view.statusMessage.connect(lambda message: self.statusBar().showMessage(message, 6000))

    # ------------------------------------------------------------ helpers

    def _language(self) -> str:
        return self.document.journey.language

    def update_title(self) -> None:
        """Window title: file name (or map title), read-only mark, modified mark."""
        path = self.document.path
        name = path.name if path else self.document.journey.title
        if self.document.read_only:
            name += " " + QCoreApplication.translate("MainWindow", "(read-only)")
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

    @property
    def presenting(self) -> bool:
        """True in presentation mode (full screen, panels hidden)."""
        return self.actions_by_name["Presentation"].isChecked()

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
            self.delete_selection(QCoreApplication.translate("MainWindow", "Cut"))

    def paste(self) -> None:
        """Paste cards from the clipboard into the current persona, with new ids."""
        payload = clipboard.from_mime(QGuiApplication.clipboard().mimeData())
        persona = self.state.persona
        if payload is None or persona is None:
            self._message(QCoreApplication.translate("MainWindow", "The clipboard holds no cards."))
            return
        edits, ids = clipboard.paste_edits(self.document.journey, persona, payload, self.scene.current_cell)
        if edits and self.document.execute(QCoreApplication.translate("MainWindow", "Paste"), edits):
            self.state.set_selection(ids)
        else:
            self._message(
                QCoreApplication.translate("MainWindow", "None of the copied cards fits this timeline.")
            )

    def duplicate(self) -> None:
        """Duplicate the selected cards in their cells."""
        payload = clipboard.copy_payload(self.document.journey, self.state.selection)
        persona = self.state.persona
        if payload is None or persona is None:
            return
        edits, ids = clipboard.paste_edits(self.document.journey, persona, payload, self.scene.current_cell)
        if edits and self.document.execute(QCoreApplication.translate("MainWindow", "Duplicate"), edits):
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
        if edits and self.document.execute(text or QCoreApplication.translate("MainWindow", "Delete"), edits):
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
            self._message(QCoreApplication.translate("MainWindow", "Click a cell first."))
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
            self._message(QCoreApplication.translate("MainWindow", "Click a cell first."))
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
            name=QCoreApplication.translate("MainWindow", "New stage"),
            color=STAGE_COLOURS[len(persona.timeline.stages) % len(STAGE_COLOURS)],
        )
        if self.document.execute(
            QCoreApplication.translate("MainWindow", "Add stage"), ed.AddStage(persona.id, stage)
        ):
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
        if self.document.execute(
            QCoreApplication.translate("MainWindow", "Add lane"), ed.AddLane(persona.id, lane, index)
        ):
            self.state.set_selection([lane.id])

    def hide_lane(self) -> None:
        """Hide the selected lanes."""
        index = self.document.journey.index
        edits: list[ed.Edit] = [
            ed.UpdateItem(i, {"hidden": True}) for i in self.state.selection if i in index.lanes
        ]
        if edits:
            self.document.execute(QCoreApplication.translate("MainWindow", "Hide lane"), edits)

    def show_all_lanes(self) -> None:
        """Show the current persona's hidden lanes."""
        persona = self.state.persona
        if persona is None:
            return
        edits: list[ed.Edit] = [
            ed.UpdateItem(lane.id, {"hidden": False}) for lane in persona.timeline.lanes if lane.hidden
        ]
        if edits:
            self.document.execute(QCoreApplication.translate("MainWindow", "Show lanes"), edits)

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


def _button_twin(action: QAction, label: str, name: str, parent: QObject) -> QAction:
    """A toolbar action that does what *action* does, labelled *label* (see _StepTip)."""
    twin = QAction(label, parent)
    twin.setObjectName(name)
    twin.triggered.connect(action.trigger)
    twin.setEnabled(action.isEnabled())
    # Changes only when undoing becomes possible or not: the toolbar lays
    # itself out again at every change of one of its actions.
    action.enabledChanged.connect(twin.setEnabled)
    return twin


class _StepTip(QObject):
    """Keeps a toolbar button's tooltip on its menu action's text ("Undo Move touchpoint").

    Set on the button, not on its action, whose every change lays the
    toolbar out again; a child of the button, so it stops with it.
    """

    def __init__(self, action: QAction, button: QWidget) -> None:
        super().__init__(button)
        self._action = action
        self._button = button
        action.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        """Copy the action's text, without its accelerator mark."""
        self._button.setToolTip(self._action.text().replace("&", ""))
