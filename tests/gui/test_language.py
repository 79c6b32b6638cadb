"""The interface in Spanish: menus, commands, undo names and Qt's own buttons follow the language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journeydesigner.document.document import JourneyDocument
from journeydesigner.ui.i18n import install_translators
from journeydesigner.ui.main_window import MainWindow
from journeydesigner.ui.settings import AppSettings
from journeydesigner.ui.workspace import Workspace
from tests.gui.conftest import SNEAKERS


@pytest.fixture
def spanish() -> Iterator[None]:
    assert install_translators("es") == "es"
    yield
    install_translators("en")
    QLocale.setDefault(QLocale(QLocale.Language.English))


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_spanish_menus_read_archivo_editar_ver(qtbot: QtBot, workspace: Workspace, spanish: None) -> None:
    window = MainWindow(JourneyDocument.open(SNEAKERS), workspace)
    qtbot.addWidget(window)
    titles = menu_titles(window)
    assert titles[:2] == ["Archivo", "Editar"] and "Ver" in titles
    actions = window.actions_by_name
    assert actions["Save"].text().replace("&", "") == "Guardar"
    assert actions["ExportPdf"].text().replace("&", "").startswith("Exportar")
    assert actions["Save"].toolTip() and actions["Save"].toolTip() != "Save the map"


def test_undo_names_follow_the_language(qtbot: QtBot, workspace: Workspace, spanish: None) -> None:
    window = MainWindow(JourneyDocument.open(SNEAKERS), workspace)
    qtbot.addWidget(window)
    window.add_stage()
    assert window.document.undo_stack.undoText() == QCoreApplication.translate("MainWindow", "Add stage")
    assert window.document.undo_stack.undoText() != "Add stage"


def test_qt_dialog_buttons_are_translated(spanish: None) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"


def test_english_is_back_after_switching(qtbot: QtBot, workspace: Workspace, spanish: None) -> None:
    install_translators("en")
    window = MainWindow(JourneyDocument.open(SNEAKERS), workspace)
    qtbot.addWidget(window)
    assert menu_titles(window)[:2] == ["File", "Edit"]


def test_other_system_languages_get_english() -> None:
    settings = AppSettings(QSettings(), QLocale(QLocale.Language.German))
    settings.qsettings.remove("preferences/language")
    assert settings.interface_language() == "en"
    assert install_translators("de") == "en"


def test_a_spanish_system_gets_the_spanish_menus(qtbot: QtBot, workspace: Workspace) -> None:
    settings = AppSettings(QSettings(), QLocale("es_MX"))
    settings.qsettings.remove("preferences/language")
    try:
        assert install_translators(settings.interface_language()) == "es"
        window = MainWindow(JourneyDocument.open(SNEAKERS), workspace)
        qtbot.addWidget(window)
        assert menu_titles(window)[:3] == ["Archivo", "Editar", "Línea de tiempo"]
    finally:
        install_translators("en")
