"""File › Import… and the File › Export submenu, wired without loading the import and export code.

Reading Mermaid diagrams and inventories, and writing them, takes modules
that cost tens of milliseconds to load: :mod:`journeydesigner.ui.interop_actions`
is imported the first time one of these commands is chosen, not while the
designer starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from journeydesigner.ui.main_window import MainWindow

# The actions of the Export submenu, in its order (interop_actions.EXPORTS gives their formats).
EXPORT_ACTIONS = ("ExportMermaid", "ExportCsv", "ExportXlsx", "ExportSchema")


def install(window: MainWindow, file_menu: QMenu) -> QMenu:
    """Connect File › Import… and add the File › Export submenu before Print."""
    actions = window.actions_by_name
    actions["Import"].triggered.connect(lambda: _import(window))
    menu = QMenu(QCoreApplication.translate("Interop", "E&xport"), file_menu)
    menu.setObjectName("exportMenu")
    for name in EXPORT_ACTIONS:
        menu.addAction(actions[name])
        actions[name].triggered.connect(lambda _checked=False, n=name: _export(window, n))
    file_menu.insertMenu(actions["Print"], menu)
    return menu


def _import(window: MainWindow) -> None:
    from journeydesigner.ui import interop_actions

    interop_actions.import_file(window)


def _export(window: MainWindow, action_name: str) -> None:
    from journeydesigner.ui import interop_actions

    interop_actions.export_file(window, interop_actions.EXPORTS[action_name])
