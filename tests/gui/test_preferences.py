"""The preferences dialog: shows the current settings, OK saves every field, Cancel saves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from journeydesigner.templates import template_names, template_summary
from journeydesigner.ui.preferences import PreferencesDialog
from journeydesigner.ui.settings import PAPER_SIZES, AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), QLocale("es_ES")
    )


def open_dialog(qtbot: QtBot, settings: AppSettings) -> PreferencesDialog:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def combo(dialog: PreferencesDialog, name: str) -> QComboBox:
    widget = dialog.findChild(QComboBox, name)
    assert widget is not None, name
    return widget


def choose(widget: QComboBox, data: str) -> None:
    index = widget.findData(data)
    assert index >= 0, data
    widget.setCurrentIndex(index)


def button(dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton) -> QWidget:
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert box is not None
    found = box.button(which)
    assert found is not None
    return found


def set_every_field(dialog: PreferencesDialog) -> None:
    """Change every field away from the defaults of an es_ES system."""
    choose(combo(dialog, "languageCombo"), "en")
    spin = dialog.findChild(QSpinBox, "autosaveSpin")
    assert spin is not None
    spin.setValue(120)
    check = dialog.findChild(QCheckBox, "welcomeCheck")
    assert check is not None
    check.setChecked(False)
    choose(combo(dialog, "templateCombo"), "omnichannel-retail")
    choose(combo(dialog, "newMapLanguageCombo"), "en")
    choose(combo(dialog, "paperCombo"), "A2")
    choose(combo(dialog, "unitsCombo"), "in")


def test_object_names(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    assert dialog.objectName() == "preferencesDialog"
    for name in ("languageCombo", "templateCombo", "newMapLanguageCombo", "paperCombo", "unitsCombo"):
        assert dialog.findChild(QComboBox, name) is not None, name
    assert dialog.findChild(QSpinBox, "autosaveSpin") is not None
    assert dialog.findChild(QCheckBox, "welcomeCheck") is not None
    assert dialog.findChild(QDialogButtonBox, "buttonBox") is not None


def test_every_field_has_a_label(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    forms = dialog.findChildren(QFormLayout)
    for name in (
        "languageCombo",
        "autosaveSpin",
        "templateCombo",
        "newMapLanguageCombo",
        "paperCombo",
        "unitsCombo",
    ):
        field = dialog.findChild(QWidget, name)
        labels = [form.labelForField(field) for form in forms if form.labelForField(field) is not None]
        assert len(labels) == 1, name
        label = labels[0]
        assert isinstance(label, QLabel)
        assert label.text().strip(), name
        assert label.buddy() is field, name  # the mnemonic focuses the field


def test_choices(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)

    def items(name: str) -> list[tuple[str, object]]:
        widget = combo(dialog, name)
        return [(widget.itemText(i), widget.itemData(i)) for i in range(widget.count())]

    assert items("languageCombo") == [("System language", "system"), ("Español", "es"), ("English", "en")]
    assert items("newMapLanguageCombo") == [("Español", "es"), ("English", "en")]
    assert items("unitsCombo") == [("Millimetres", "mm"), ("Inches", "in")]
    assert [data for _text, data in items("paperCombo")] == list(PAPER_SIZES)
    assert ("US Letter (8.5 × 11 in)", "letter") in items("paperCombo")
    assert [data for _text, data in items("templateCombo")] == template_names()
    spin = dialog.findChild(QSpinBox, "autosaveSpin")
    assert spin is not None
    assert (spin.minimum(), spin.maximum()) == (10, 600)
    assert spin.suffix().strip()


@pytest.mark.parametrize("language", ["es", "en"])
def test_templates_are_titled_in_the_interface_language(
    qtbot: QtBot, settings: AppSettings, language: str
) -> None:
    settings.language = language
    dialog = open_dialog(qtbot, settings)
    templates = combo(dialog, "templateCombo")
    titles = [templates.itemText(i) for i in range(templates.count())]
    assert titles == [template_summary(name, language)[0] for name in template_names()]


def test_loads_the_current_values(qtbot: QtBot, settings: AppSettings) -> None:
    settings.language = "es"
    settings.autosave_seconds = 240
    settings.show_welcome = False
    settings.default_template = "blank"
    settings.new_map_language = "en"
    settings.paper_size = "legal"
    settings.units = "in"
    dialog = open_dialog(qtbot, settings)
    assert combo(dialog, "languageCombo").currentData() == "es"
    spin = dialog.findChild(QSpinBox, "autosaveSpin")
    assert spin is not None and spin.value() == 240
    check = dialog.findChild(QCheckBox, "welcomeCheck")
    assert check is not None and not check.isChecked()
    assert combo(dialog, "templateCombo").currentData() == "blank"
    assert combo(dialog, "newMapLanguageCombo").currentData() == "en"
    assert combo(dialog, "paperCombo").currentData() == "legal"
    assert combo(dialog, "unitsCombo").currentData() == "in"


def test_loads_the_defaults(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    assert combo(dialog, "languageCombo").currentData() == "system"
    spin = dialog.findChild(QSpinBox, "autosaveSpin")
    assert spin is not None and spin.value() == 30
    assert combo(dialog, "templateCombo").currentData() == settings.default_template
    assert combo(dialog, "paperCombo").currentData() == "A4"
    assert combo(dialog, "unitsCombo").currentData() == "mm"


def test_ok_saves_every_field(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    set_every_field(dialog)
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert settings.language == "en"
    assert settings.autosave_seconds == 120
    assert settings.show_welcome is False
    assert settings.default_template == "omnichannel-retail"
    assert settings.new_map_language == "en"
    assert settings.paper_size == "A2"
    assert settings.units == "in"


def test_ok_saves_the_fields_as_shown_even_when_unchanged(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.accept()
    # The locale-dependent defaults are now fixed choices.
    assert settings.qsettings.value("printing/paperSize") == "A4"
    assert settings.qsettings.value("newMap/language") == "es"


def test_cancel_saves_nothing(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, settings)
    set_every_field(dialog)
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == PreferencesDialog.DialogCode.Rejected
    assert settings.qsettings.allKeys() == []
    assert settings.language == "system"
    assert settings.autosave_seconds == 30


def test_escape_saves_nothing(qtbot: QtBot, settings: AppSettings) -> None:
    settings.paper_size = "A3"
    dialog = open_dialog(qtbot, settings)
    set_every_field(dialog)
    dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert settings.qsettings.allKeys() == ["printing/paperSize"]
    assert settings.paper_size == "A3"
