"""The designer's main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QScrollArea

from journeydesigner.model.journey import JourneyMap
from journeydesigner.storage import JourneyFileError, load_map
from journeydesigner.templates import DEFAULT_TEMPLATE, build_template

APP_NAME = "Journey Designer"


class MainWindow(QMainWindow):
    """One window per map. It shows the map's title and an outline of its timelines."""

    def __init__(self, journey: JourneyMap, path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.journey = journey
        self.path = path
        self._summary = QLabel()
        self._summary.setObjectName("mapSummary")
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._summary.setMargin(24)
        scroll = QScrollArea()
        scroll.setWidget(self._summary)
        scroll.setWidgetResizable(True)
        self.setCentralWidget(scroll)
        self._build_menus()
        self.resize(1100, 720)
        self._show_map()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open…"), self)
        open_action.setObjectName("actionOpen")
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.open_file)
        file_menu.addAction(open_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _show_map(self) -> None:
        journey = self.journey
        name = self.path.name if self.path else journey.title
        self.setWindowTitle(f"{journey.title} — {name} — {APP_NAME}")
        lines = [journey.title, ""]
        for persona in journey.personas:
            stages = " → ".join(stage.name for stage in persona.timeline.stages)
            lines.append(f"{persona.name}: {stages}")
            lines.append(f"    {len(persona.timeline.cards)} cards")
        self._summary.setText("\n".join(lines))

    def open_file(self) -> None:
        """Ask for a map and show it; a bad file leaves the current map as it is."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open map"), "", self.tr("Journey maps (*.journey)")
        )
        if not name:
            return
        try:
            self.journey = load_map(name)
        except JourneyFileError as exc:
            QMessageBox.critical(self, APP_NAME, str(exc))
            return
        self.path = Path(name)
        self._show_map()


def new_journey() -> JourneyMap:
    """The map a new window starts with."""
    return build_template(DEFAULT_TEMPLATE, "es")
