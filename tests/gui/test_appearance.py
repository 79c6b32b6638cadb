"""Light and dark windows: the palette, the icons' ink, contrast, sharp icons at 200 %, and the preference."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeydesigner.ui.appearance import apply_colour_scheme, dark_palette, is_dark
from journeydesigner.ui.icons import DARK_INK, SET_INK, icon
from journeydesigner.ui.preferences import PreferencesDialog
from journeydesigner.ui.workspace import Workspace


@pytest.fixture(autouse=True)
def back_to_the_system_scheme(qapp: QApplication) -> Iterator[None]:
    yield
    apply_colour_scheme("system")


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ink_of(image: QImage) -> QColor:
    """The colour of the most opaque pixel of an icon."""
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > best.alpha():
                best = colour
    return best


def test_dark_scheme_darkens_the_windows_and_lightens_the_icons(qapp: QApplication) -> None:
    apply_colour_scheme("dark")
    assert is_dark(QGuiApplication.palette())
    ink = ink_of(icon("touchpoint").pixmap(QSize(24, 24)).toImage())
    assert ink.name().upper() == DARK_INK
    apply_colour_scheme("light")
    assert not is_dark(QGuiApplication.palette())
    assert ink_of(icon("touchpoint").pixmap(QSize(24, 24)).toImage()).name().upper() == SET_INK


def test_icons_on_the_map_keep_their_ink_in_the_dark(qapp: QApplication) -> None:
    apply_colour_scheme("dark")
    image = icon("emotion-p2", on_paper=True).pixmap(QSize(24, 24)).toImage()
    assert ink_of(image).name().upper() == SET_INK


def test_dark_palette_text_reads_well() -> None:
    palette = dark_palette()
    roles = QPalette.ColorRole
    for text, ground in [
        (roles.WindowText, roles.Window),
        (roles.Text, roles.Base),
        (roles.ButtonText, roles.Button),
        (roles.HighlightedText, roles.Highlight),
        (roles.ToolTipText, roles.ToolTipBase),
    ]:
        assert contrast(palette.color(text), palette.color(ground)) >= 4.5, text
    assert contrast(palette.color(roles.PlaceholderText), palette.color(roles.Base)) >= 4.5


def test_icons_are_sharp_at_200_percent(qapp: QApplication) -> None:
    pixmap = icon("touchpoint").pixmap(QSize(24, 24), 2.0)
    assert pixmap.size() == QSize(48, 48) and pixmap.devicePixelRatio() == 2.0


def test_preferences_switch_the_scheme_at_once(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = PreferencesDialog(workspace.settings)
    qtbot.addWidget(dialog)
    dialog.schemeCombo.setCurrentIndex(dialog.schemeCombo.findData("dark"))
    dialog.accept()
    assert workspace.settings.colour_scheme == "dark"
    workspace.apply_settings()
    assert is_dark(QGuiApplication.palette())
