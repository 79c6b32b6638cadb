"""The window's actions: objectNames (a contract), texts, shortcuts and icons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = QKeySequence.StandardKey | str | None

# On macOS these move to the application menu, where users look for them.
_MENU_ROLES = {
    "Preferences": QAction.MenuRole.PreferencesRole,
    "Quit": QAction.MenuRole.QuitRole,
    "About": QAction.MenuRole.AboutRole,
    "AboutQt": QAction.MenuRole.AboutQtRole,
}


@dataclass(frozen=True)
class ActionSpec:
    """One action: its name (objectName is "action" + name), text and shortcut."""

    name: str
    text: str
    shortcut: Shortcut = None
    tip: str = ""
    checkable: bool = False


def action_specs() -> list[ActionSpec]:
    """Every action of the main window, with translated texts."""
    key = QKeySequence.StandardKey
    return [
        ActionSpec(
            "New",
            QCoreApplication.translate("MainWindow", "&New"),
            key.New,
            QCoreApplication.translate("MainWindow", "Create a new map"),
        ),
        ActionSpec(
            "Open",
            QCoreApplication.translate("MainWindow", "&Open…"),
            key.Open,
            QCoreApplication.translate("MainWindow", "Open a map"),
        ),
        ActionSpec(
            "Save",
            QCoreApplication.translate("MainWindow", "&Save"),
            key.Save,
            QCoreApplication.translate("MainWindow", "Save the map"),
        ),
        ActionSpec(
            "SaveAs",
            QCoreApplication.translate("MainWindow", "Save &As…"),
            key.SaveAs,
            QCoreApplication.translate("MainWindow", "Save the map under another name"),
        ),
        ActionSpec(
            "Import",
            QCoreApplication.translate("MainWindow", "I&mport…"),
            None,
            QCoreApplication.translate(
                "MainWindow", "Open a Mermaid journey diagram or a touchpoint inventory (CSV, Excel)"
            ),
        ),
        ActionSpec(
            "ExportPdf",
            QCoreApplication.translate("MainWindow", "&Export PDF…"),
            "Ctrl+E",
            QCoreApplication.translate("MainWindow", "Export the map as a poster, tiles or handouts"),
        ),
        ActionSpec(
            "Print",
            QCoreApplication.translate("MainWindow", "&Print…"),
            key.Print,
            QCoreApplication.translate("MainWindow", "Print the current persona's timeline as a poster"),
        ),
        ActionSpec(
            "ExportPng",
            QCoreApplication.translate("MainWindow", "&PNG Image…"),
            None,
            QCoreApplication.translate("MainWindow", "Save the current persona's timeline as a PNG image"),
        ),
        ActionSpec(
            "ExportSvg",
            QCoreApplication.translate("MainWindow", "&SVG Image…"),
            None,
            QCoreApplication.translate("MainWindow", "Save the current persona's timeline as an SVG image"),
        ),
        ActionSpec(
            "ExportMermaid",
            QCoreApplication.translate("MainWindow", "&Mermaid Journey Diagram…"),
            None,
            QCoreApplication.translate("MainWindow", "Save the map as a Mermaid journey diagram (.mmd)"),
        ),
        ActionSpec(
            "ExportCsv",
            QCoreApplication.translate("MainWindow", "&CSV Inventory…"),
            None,
            QCoreApplication.translate("MainWindow", "Save every card as a row of a CSV file"),
        ),
        ActionSpec(
            "ExportXlsx",
            QCoreApplication.translate("MainWindow", "&Excel Inventory…"),
            None,
            QCoreApplication.translate("MainWindow", "Save every card as a row of an Excel workbook"),
        ),
        ActionSpec(
            "ExportSchema",
            QCoreApplication.translate("MainWindow", "JSON &Schema…"),
            None,
            QCoreApplication.translate(
                "MainWindow", "Save the JSON Schema of .journey files, for integrators"
            ),
        ),
        ActionSpec(
            "Close",
            QCoreApplication.translate("MainWindow", "&Close"),
            key.Close,
            QCoreApplication.translate("MainWindow", "Close this window"),
        ),
        ActionSpec(
            "Quit",
            QCoreApplication.translate("MainWindow", "&Quit"),
            key.Quit,
            QCoreApplication.translate("MainWindow", "Quit Journey Designer"),
        ),
        ActionSpec(
            "Preferences",
            QCoreApplication.translate("MainWindow", "Pre&ferences…"),
            key.Preferences,
            QCoreApplication.translate("MainWindow", "Language, recovery copies, new maps, paper"),
        ),
        ActionSpec(
            "About",
            QCoreApplication.translate("MainWindow", "&About Journey Designer"),
            None,
            QCoreApplication.translate(
                "MainWindow", "Version, and the free software the designer is made with"
            ),
        ),
        ActionSpec(
            "AboutQt",
            QCoreApplication.translate("MainWindow", "About &Qt"),
            None,
            QCoreApplication.translate("MainWindow", "The version and licence of the Qt toolkit"),
        ),
        ActionSpec(
            "Cut",
            QCoreApplication.translate("MainWindow", "Cu&t"),
            key.Cut,
            QCoreApplication.translate("MainWindow", "Cut the selected cards"),
        ),
        ActionSpec(
            "Copy",
            QCoreApplication.translate("MainWindow", "&Copy"),
            key.Copy,
            QCoreApplication.translate("MainWindow", "Copy the selected cards"),
        ),
        ActionSpec(
            "Paste",
            QCoreApplication.translate("MainWindow", "&Paste"),
            key.Paste,
            QCoreApplication.translate("MainWindow", "Paste cards into the current persona"),
        ),
        ActionSpec(
            "Delete",
            QCoreApplication.translate("MainWindow", "&Delete"),
            key.Delete,
            QCoreApplication.translate("MainWindow", "Delete the selection"),
        ),
        ActionSpec(
            "Duplicate",
            QCoreApplication.translate("MainWindow", "D&uplicate"),
            "Ctrl+D",
            QCoreApplication.translate("MainWindow", "Duplicate the selected cards"),
        ),
        ActionSpec(
            "SelectAll",
            QCoreApplication.translate("MainWindow", "Select &All"),
            key.SelectAll,
            QCoreApplication.translate("MainWindow", "Select every card of the timeline"),
        ),
        ActionSpec(
            "Rename",
            QCoreApplication.translate("MainWindow", "&Rename"),
            "F2",
            QCoreApplication.translate("MainWindow", "Edit the title of the selected item"),
        ),
        ActionSpec(
            "InsertCard",
            QCoreApplication.translate("MainWindow", "&Insert Card"),
            "Ins",
            QCoreApplication.translate("MainWindow", "Add a card to the current cell"),
        ),
        ActionSpec(
            "ConnectionTool",
            QCoreApplication.translate("MainWindow", "Co&nnection Tool"),
            "Ctrl+K",
            QCoreApplication.translate("MainWindow", "Draw arrows from card to card"),
            checkable=True,
        ),
        ActionSpec(
            "AddStage",
            QCoreApplication.translate("MainWindow", "Add &Stage"),
            "Ctrl+Shift+E",
            QCoreApplication.translate("MainWindow", "Add a stage at the end of the timeline"),
        ),
        ActionSpec(
            "HideLane",
            QCoreApplication.translate("MainWindow", "&Hide Lane"),
            None,
            QCoreApplication.translate("MainWindow", "Hide the selected lane"),
        ),
        ActionSpec(
            "ShowAllLanes",
            QCoreApplication.translate("MainWindow", "Show All &Lanes"),
            None,
            QCoreApplication.translate("MainWindow", "Show the hidden lanes again"),
        ),
        ActionSpec(
            "ZoomIn",
            QCoreApplication.translate("MainWindow", "Zoom &In"),
            key.ZoomIn,
            QCoreApplication.translate("MainWindow", "Zoom in"),
        ),
        ActionSpec(
            "ZoomOut",
            QCoreApplication.translate("MainWindow", "Zoom &Out"),
            key.ZoomOut,
            QCoreApplication.translate("MainWindow", "Zoom out"),
        ),
        ActionSpec(
            "ZoomReset",
            QCoreApplication.translate("MainWindow", "&Actual Size"),
            "Ctrl+0",
            QCoreApplication.translate("MainWindow", "Zoom to 100 %"),
        ),
        ActionSpec(
            "ZoomFit",
            QCoreApplication.translate("MainWindow", "&Fit Map"),
            "Ctrl+9",
            QCoreApplication.translate("MainWindow", "Fit the whole timeline in the window"),
        ),
        ActionSpec(
            "Presentation",
            QCoreApplication.translate("MainWindow", "&Presentation Mode"),
            "F5",
            QCoreApplication.translate(
                "MainWindow", "Full screen with large type, for projecting in a workshop"
            ),
            checkable=True,
        ),
    ]


def make_actions(parent: QWidget, handlers: dict[str, Callable[..., object]]) -> dict[str, QAction]:
    """Create the actions with objectNames, shortcuts (shown in tooltips) and handlers."""
    actions: dict[str, QAction] = {}
    for spec in action_specs():
        action = QAction(spec.text, parent)
        action.setObjectName(f"action{spec.name}")
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = spec.tip or spec.text.replace("&", "")
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.setStatusTip(tip)
        action.setCheckable(spec.checkable)
        role = _MENU_ROLES.get(spec.name)
        if role is not None:
            action.setMenuRole(role)
        handler = handlers.get(spec.name)
        if handler is not None:
            if spec.checkable:
                action.toggled.connect(handler)
            else:
                action.triggered.connect(handler)
        actions[spec.name] = action
    return actions
