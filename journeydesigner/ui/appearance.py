"""Light and dark: the window follows the system's colour scheme, or the one chosen in the preferences.

Qt 6.8+ asks the platform for the scheme (``QStyleHints.colorScheme``) and,
where the platform theme supports it (Windows 11, macOS, GNOME and KDE),
repaints every widget with the matching palette. Where it does not, the
Fusion style with a palette of our own gives the same result, so a choice
in the preferences always shows. The map itself is paper: the canvas, the
emotion overview and the PDF stay light in both schemes, as they print.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SCHEMES = ("system", "light", "dark")
_QT_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}

_platform_style: str | None = None  # the style the platform chose, restored for "system"


def is_dark(palette: QPalette) -> bool:
    """Whether *palette* shows light text on a dark window."""
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style with enough contrast for text and selections."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202326",
        QPalette.ColorRole.WindowText: "#E8EAED",
        QPalette.ColorRole.Base: "#17191C",
        QPalette.ColorRole.AlternateBase: "#262A2E",
        QPalette.ColorRole.ToolTipBase: "#2B2F33",
        QPalette.ColorRole.ToolTipText: "#E8EAED",
        QPalette.ColorRole.PlaceholderText: "#9AA0A6",
        QPalette.ColorRole.Text: "#E8EAED",
        QPalette.ColorRole.Button: "#2B2F33",
        QPalette.ColorRole.ButtonText: "#E8EAED",
        QPalette.ColorRole.BrightText: "#FFFFFF",
        QPalette.ColorRole.Light: "#3C4043",
        QPalette.ColorRole.Midlight: "#33373B",
        QPalette.ColorRole.Mid: "#2A2D31",
        QPalette.ColorRole.Dark: "#121416",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#2F6BC4",
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.Link: "#8AB4F8",
        QPalette.ColorRole.LinkVisited: "#C58AF9",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868B"))
    return palette


def apply_colour_scheme(choice: str) -> None:
    """Show the interface in *choice*: "system", "light" or "dark"."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    global _platform_style
    if _platform_style is None:
        _platform_style = app.style().name()
    hints = QGuiApplication.styleHints()
    if choice in _QT_SCHEMES:
        hints.setColorScheme(_QT_SCHEMES[choice])
    else:
        hints.unsetColorScheme()
    QGuiApplication.processEvents()  # the platform answers with a new palette, if it can
    wanted_dark = choice == "dark" or (choice == "system" and hints.colorScheme() == Qt.ColorScheme.Dark)
    if is_dark(app.palette()) == wanted_dark:
        return
    # The platform did not follow: draw the scheme ourselves.
    if wanted_dark:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    else:
        app.setStyle(QStyleFactory.create(_platform_style) or QStyleFactory.create("Fusion"))
        app.setPalette(app.style().standardPalette())
