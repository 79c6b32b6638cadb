"""The new-map dialog: templates, map language, and (welcome mode) recent maps and opening."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QListWidget, QListWidgetItem, QPushButton
from pytestqt.qtbot import QtBot

from journeydesigner.storage import load_map
from journeydesigner.templates import DEFAULT_TEMPLATE, template_names, template_summary
from journeydesigner.ui.new_map_dialog import NAME_ROLE, NewMapDialog
from journeydesigner.ui.settings import AppSettings
from journeydesigner.ui.workspace import Workspace
from tests.conftest import ROOT


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), QLocale("es_MX")
    )


def open_dialog(qtbot: QtBot, settings: AppSettings, welcome: bool = False) -> NewMapDialog:
    dialog = NewMapDialog(settings, None, welcome=welcome)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def titles(dialog: NewMapDialog) -> list[str]:
    return [dialog.templateList.item(i).text() for i in range(dialog.templateList.count())]


def item_named(widget: QListWidget, name: str) -> QListWidgetItem:
    for row in range(widget.count()):
        if widget.item(row).data(NAME_ROLE) == name:
            return widget.item(row)
    raise AssertionError(f"no item for {name}")


def double_click(qtbot: QtBot, widget: QListWidget, item: QListWidgetItem) -> None:
    """Double-click *item* as a mouse does (a view ignores a double click without the press before it)."""
    widget.scrollToItem(item)
    pos = widget.visualItemRect(item).center()
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def choose_language(dialog: NewMapDialog, language: str) -> None:
    dialog.mapLanguageCombo.setCurrentIndex(dialog.mapLanguageCombo.findData(language))


def recent_maps(settings: AppSettings, folder: Path) -> tuple[Path, Path, Path]:
    """Three recent maps, the newest first: one existing, one missing, one existing."""
    older = folder / "Clientes" / "reclamaciones.journey"
    gone = folder / "Archivo" / "antiguo.journey"
    newest = folder / "Clientes" / "onboarding.journey"
    older.parent.mkdir(parents=True)
    older.write_text("{}", encoding="utf-8")
    newest.write_text("{}", encoding="utf-8")
    for path in (older, gone, newest):
        settings.add_recent_file(path)
    return newest, gone, older


# ---------------------------------------------------------------- templates


def test_object_names_and_templates(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    assert dialog.objectName() == "newMapDialog"
    assert dialog.findChild(QListWidget, "templateList") is dialog.templateList
    assert dialog.findChild(QPushButton, "createButton") is dialog.createButton
    names = [dialog.templateList.item(i).data(NAME_ROLE) for i in range(dialog.templateList.count())]
    assert names == template_names()
    # Only the welcome window has recent files and the start-up check box.
    assert dialog.findChild(QListWidget, "recentList") is None
    assert dialog.findChild(QCheckBox, "welcomeCheck") is None


def test_preselects_the_default_template(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    assert dialog.templateList.currentItem().data(NAME_ROLE) == DEFAULT_TEMPLATE
    settings.default_template = "omnichannel-retail"
    other = open_dialog(qtbot, settings)
    assert other.templateList.currentItem().data(NAME_ROLE) == "omnichannel-retail"
    assert other.templateList.currentItem().isSelected()
    assert other.chosen_template() == "omnichannel-retail"


def test_map_language_starts_from_the_settings(qtbot: QtBot, settings: AppSettings) -> None:
    assert open_dialog(qtbot, settings).chosen_language() == "es"
    settings.new_map_language = "en"
    dialog = open_dialog(qtbot, settings)
    assert dialog.mapLanguageCombo.currentData() == "en"
    assert dialog.chosen_language() == "en"
    assert titles(dialog) == [template_summary(name, "en")[0] for name in template_names()]


def test_language_switch_changes_titles_and_summaries(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    assert "Recorrido de compra" in titles(dialog)
    choose_language(dialog, "en")
    assert titles(dialog) == [template_summary(name, "en")[0] for name in template_names()]
    assert "Purchase journey" in titles(dialog)
    assert "Recorrido de compra" not in titles(dialog)
    blank = item_named(dialog.templateList, "blank")
    assert blank.toolTip() == template_summary("blank", "en")[1]
    choose_language(dialog, "es")
    assert titles(dialog) == [template_summary(name, "es")[0] for name in template_names()]
    assert blank.toolTip() == template_summary("blank", "es")[1]
    # Switching the language keeps the chosen template.
    assert dialog.chosen_template() == DEFAULT_TEMPLATE


def test_double_click_creates_from_that_template(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    double_click(qtbot, dialog.templateList, item_named(dialog.templateList, "customer-lifecycle"))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.result_kind() == "new"
    assert dialog.chosen_template() == "customer-lifecycle"
    assert dialog.chosen_path() is None


def test_create_button(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    assert dialog.createButton.isDefault()
    dialog.templateList.setCurrentItem(item_named(dialog.templateList, "blank"))
    qtbot.mouseClick(dialog.createButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.result_kind(), dialog.chosen_template()) == ("new", "blank")


def test_cancel_has_no_result(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.reject()
    assert dialog.result_kind() is None
    assert dialog.chosen_path() is None


@pytest.mark.parametrize(("language", "first_stage"), [("es", "Alcance"), ("en", "Reach")])
def test_build_map_in_the_chosen_language(
    qtbot: QtBot, settings: AppSettings, language: str, first_stage: str
) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.templateList.setCurrentItem(item_named(dialog.templateList, "customer-lifecycle"))
    choose_language(dialog, language)
    dialog.accept()
    journey = dialog.build_map()
    assert journey.language == language
    assert journey.title == template_summary("customer-lifecycle", language)[0]
    assert journey.personas[0].timeline.stages[0].name == first_stage


# ---------------------------------------------------------------- welcome mode


def test_welcome_lists_recent_files(qtbot: QtBot, settings: AppSettings, tmp_path: Path) -> None:
    newest, gone, older = recent_maps(settings, tmp_path)
    dialog = open_dialog(qtbot, settings, welcome=True)
    recent = dialog.recentList
    assert dialog.findChild(QListWidget, "recentList") is recent
    assert [recent.item(i).data(NAME_ROLE) for i in range(recent.count())] == [
        str(newest),
        str(gone),
        str(older),
    ]
    assert recent.item(0).text() == "onboarding.journey"
    assert str(newest.parent) in recent.item(0).toolTip()
    assert recent.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    # The missing map is greyed out and says so.
    assert recent.item(1).text() == "antiguo.journey (not found)"
    assert not recent.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    assert recent.item(2).text() == "reclamaciones.journey"


def test_welcome_double_click_opens_a_recent_file(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path
) -> None:
    _newest, _gone, older = recent_maps(settings, tmp_path)
    dialog = open_dialog(qtbot, settings, welcome=True)
    double_click(qtbot, dialog.recentList, dialog.recentList.item(2))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_kind() == "open"
    assert dialog.chosen_path() == older


def test_welcome_missing_file_does_not_open(qtbot: QtBot, settings: AppSettings, tmp_path: Path) -> None:
    recent_maps(settings, tmp_path)
    dialog = open_dialog(qtbot, settings, welcome=True)
    double_click(qtbot, dialog.recentList, dialog.recentList.item(1))
    assert dialog.isVisible()
    assert dialog.result_kind() is None


def test_welcome_enter_opens_the_selected_recent_file(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path
) -> None:
    newest, _gone, _older = recent_maps(settings, tmp_path)
    dialog = open_dialog(qtbot, settings, welcome=True)
    dialog.recentList.setCurrentRow(0)
    qtbot.keyClick(dialog.recentList, Qt.Key.Key_Return)
    assert (dialog.result_kind(), dialog.chosen_path()) == ("open", newest)


def test_welcome_create_gives_a_new_map(qtbot: QtBot, settings: AppSettings, tmp_path: Path) -> None:
    recent_maps(settings, tmp_path)
    dialog = open_dialog(qtbot, settings, welcome=True)
    qtbot.mouseClick(dialog.createButton, Qt.MouseButton.LeftButton)
    assert (dialog.result_kind(), dialog.chosen_path()) == ("new", None)
    assert dialog.chosen_template() == DEFAULT_TEMPLATE


def test_welcome_without_recent_files(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings, welcome=True)
    assert dialog.recentList.count() == 1
    placeholder = dialog.recentList.item(0)
    assert placeholder.data(NAME_ROLE) is None
    assert not placeholder.flags() & Qt.ItemFlag.ItemIsEnabled
    dialog.recentList.setCurrentRow(0)
    double_click(qtbot, dialog.recentList, placeholder)
    assert dialog.result_kind() is None


def test_welcome_open_another_map(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    picked = tmp_path / "elsewhere" / "picked.journey"
    calls: list[tuple[object, ...]] = []

    def get_open_file_name(*args: object, **kwargs: object) -> tuple[str, str]:
        calls.append(args)
        return str(picked), "Journey maps (*.journey)"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    dialog = open_dialog(qtbot, settings, welcome=True)
    button = dialog.findChild(QPushButton, "openOtherButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(calls) == 1
    assert "(*.journey)" in str(calls[0][3])
    assert (dialog.result_kind(), dialog.chosen_path()) == ("open", picked)


def test_welcome_open_another_map_cancelled(
    qtbot: QtBot, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))
    dialog = open_dialog(qtbot, settings, welcome=True)
    qtbot.mouseClick(dialog.openOtherButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.result_kind() is None


@pytest.mark.parametrize("accept", [True, False])
def test_welcome_check_is_saved_on_close(qtbot: QtBot, settings: AppSettings, accept: bool) -> None:
    dialog = open_dialog(qtbot, settings, welcome=True)
    check = dialog.findChild(QCheckBox, "welcomeCheck")
    assert check is not None
    assert check.isChecked()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert settings.show_welcome is True  # not before the window closes
    if accept:
        dialog.accept()
    else:
        dialog.close()
    assert settings.show_welcome is False
    again = open_dialog(qtbot, settings, welcome=True)
    assert not again.welcomeCheck.isChecked()


def test_welcome_offers_the_samples_by_title(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings, welcome=True)
    menu = dialog.samplesButton.menu()
    assert menu is not None and dialog.samplesButton.isEnabled()
    titles = [action.text() for action in menu.actions()]
    samples = sorted((ROOT / "samples").glob("*.journey"))
    assert len(titles) == len(samples) >= 3
    assert load_map(samples[-1]).title in titles
    menu.actions()[-1].trigger()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_kind() == "sample" and dialog.chosen_path() == samples[-1]


def test_a_sample_opens_as_a_new_untitled_map(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journeydesigner import app

    sample = ROOT / "samples" / "telecom-support.journey"
    before = sample.read_bytes()

    def choose_sample(dialog: NewMapDialog) -> int:
        dialog._open_sample(sample)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NewMapDialog, "exec", choose_sample)
    app._welcome(workspace)
    (window,) = workspace.windows
    qtbot.addWidget(window)
    assert window.document.path is None  # saving asks for a name: the sample is never overwritten
    assert window.document.journey.model_dump() == load_map(sample).model_dump()
    assert sample.read_bytes() == before
