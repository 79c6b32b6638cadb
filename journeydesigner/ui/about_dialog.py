"""Help › About: what this program is, its version and the free software it is made with."""

from __future__ import annotations

import platform
from html import escape

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from journeydesigner import __version__
from journeydesigner.ui.icons import icon


def about_text() -> str:
    """The About box's rich text, in the interface language."""
    from reportlab import Version as reportlab_version

    lines = [
        f"<h3>Journey Designer {escape(__version__)}</h3>",
        "<p>"
        + QCoreApplication.translate(
            "AboutDialog",
            "Customer journey maps for CX consultants: personas, stages, touchpoints, emotions, "
            "pain points and opportunities, in files you own, with print-ready posters and handouts.",
        )
        + "</p>",
        "<p>"
        + QCoreApplication.translate(
            "AboutDialog", "Made with Python %1, Qt %2 (PySide6 %3) and ReportLab %4."
        )
        .replace("%1", escape(platform.python_version()))
        .replace("%2", escape(qVersion()))
        .replace("%3", escape(PySide6.__version__))
        .replace("%4", escape(reportlab_version))
        + "</p>",
        "<p>"
        + QCoreApplication.translate(
            "AboutDialog",
            "PDFs embed the DejaVu Sans fonts (Bitstream Vera licence) and Symbola (free for any use); "
            "their licences are in the resources/fonts folder.",
        )
        + "</p>",
    ]
    return "".join(lines)


def show_about(parent: QWidget | None) -> None:
    """Show the About box (modal)."""
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Journey Designer"))
    box.setIconPixmap(icon("app").pixmap(64, 64))
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
