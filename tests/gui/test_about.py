"""Help › About names the program, its version and what it is made with."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journeydesigner import __version__
from journeydesigner.document.document import JourneyDocument
from journeydesigner.ui.main_window import MainWindow
from journeydesigner.ui.workspace import Workspace
from tests.gui.conftest import SNEAKERS


def test_help_menu_shows_the_about_box(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(JourneyDocument.open(SNEAKERS), workspace)
    qtbot.addWidget(window)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu is not None
    names = [action.objectName() for action in help_menu.actions()]
    assert names == ["actionAbout", "actionAboutQt"]
    window.actions_by_name["About"].trigger()
    assert len(shown) == 1
    text = shown[0].text()
    assert f"Journey Designer {__version__}" in text and "ReportLab" in text and "Qt" in text
    assert shown[0].windowTitle() == "About Journey Designer"


def test_app_icon_and_desktop_id_match_the_installed_launcher() -> None:
    from PySide6.QtGui import QIcon

    from journeydesigner.app import APP_ICON, DESKTOP_ID
    from journeydesigner.desktop_install import DESKTOP_FILE

    assert DESKTOP_FILE.name == f"{DESKTOP_ID}.desktop"
    assert not QIcon(str(APP_ICON)).pixmap(64, 64).isNull()
