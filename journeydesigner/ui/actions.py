"""The window's actions: objectNames (a contract), texts, shortcuts and icons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


Shortcut = QKeySequence.StandardKey | str | None

# On macOS these move to the application menu, where users look for them.
_MENU_ROLES = {
    "Preferences": QAction.MenuRole.PreferencesRole,
    "Quit": QAction.MenuRole.QuitRole,
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
        ActionSpec("New", _t("&New"), key.New, _t("Create a new map")),
        ActionSpec("Open", _t("&Open…"), key.Open, _t("Open a map")),
        ActionSpec("Save", _t("&Save"), key.Save, _t("Save the map")),
        ActionSpec("SaveAs", _t("Save &As…"), key.SaveAs, _t("Save the map under another name")),
        ActionSpec(
            "ExportPdf", _t("&Export PDF…"), "Ctrl+E", _t("Export the map as a poster, tiles or handouts")
        ),
        ActionSpec("Print", _t("&Print…"), key.Print, _t("Print the current persona's timeline as a poster")),
        ActionSpec(
            "ExportPng", _t("&PNG Image…"), None, _t("Save the current persona's timeline as a PNG image")
        ),
        ActionSpec(
            "ExportSvg", _t("&SVG Image…"), None, _t("Save the current persona's timeline as an SVG image")
        ),
        ActionSpec("Close", _t("&Close"), key.Close, _t("Close this window")),
        ActionSpec("Quit", _t("&Quit"), key.Quit, _t("Quit Journey Designer")),
        ActionSpec(
            "Preferences",
            _t("Pre&ferences…"),
            key.Preferences,
            _t("Language, recovery copies, new maps, paper"),
        ),
        ActionSpec("Cut", _t("Cu&t"), key.Cut, _t("Cut the selected cards")),
        ActionSpec("Copy", _t("&Copy"), key.Copy, _t("Copy the selected cards")),
        ActionSpec("Paste", _t("&Paste"), key.Paste, _t("Paste cards into the current persona")),
        ActionSpec("Delete", _t("&Delete"), key.Delete, _t("Delete the selection")),
        ActionSpec("Duplicate", _t("D&uplicate"), "Ctrl+D", _t("Duplicate the selected cards")),
        ActionSpec("SelectAll", _t("Select &All"), key.SelectAll, _t("Select every card of the timeline")),
        ActionSpec("Rename", _t("&Rename"), "F2", _t("Edit the title of the selected item")),
        ActionSpec("InsertCard", _t("&Insert Card"), "Ins", _t("Add a card to the current cell")),
        ActionSpec(
            "ConnectionTool",
            _t("Co&nnection Tool"),
            "Ctrl+K",
            _t("Draw arrows from card to card"),
            checkable=True,
        ),
        ActionSpec(
            "AddStage", _t("Add &Stage"), "Ctrl+Shift+E", _t("Add a stage at the end of the timeline")
        ),
        ActionSpec("HideLane", _t("&Hide Lane"), None, _t("Hide the selected lane")),
        ActionSpec("ShowAllLanes", _t("Show All &Lanes"), None, _t("Show the hidden lanes again")),
        ActionSpec("ZoomIn", _t("Zoom &In"), key.ZoomIn, _t("Zoom in")),
        ActionSpec("ZoomOut", _t("Zoom &Out"), key.ZoomOut, _t("Zoom out")),
        ActionSpec("ZoomReset", _t("&Actual Size"), "Ctrl+0", _t("Zoom to 100 %")),
        ActionSpec("ZoomFit", _t("&Fit Map"), "Ctrl+9", _t("Fit the whole timeline in the window")),
        ActionSpec(
            "Presentation",
            _t("&Presentation Mode"),
            "F5",
            _t("Full screen with large type, for projecting in a workshop"),
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
