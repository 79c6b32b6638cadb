"""File › Open Recent: the recently used maps, rebuilt each time the menu opens."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from journeydesigner.ui.settings import AppSettings, file_exists

CONTEXT = "RecentFilesMenu"


def _fill(template: str, *values: str) -> str:
    """*template* with %1, %2 … replaced in one pass (a value may itself contain "%2")."""
    return re.sub(r"%(\d)", lambda match: values[int(match.group(1)) - 1], template)


def _mnemonic(number: int) -> str:
    """The numbered prefix of the *number*-th entry (1-based): "&1" … "&9", then "1&0"."""
    text = str(number)
    return f"{text[:-1]}&{text[-1]}"


class RecentFilesMenu(QMenu):
    """The recent maps, most recent first; choosing one emits openRequested(path)."""

    openRequested = Signal(Path)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RecentFilesMenu", "Open &Recent"), parent)
        self.setObjectName("menuRecent")
        self.settings = settings
        # The folder of each map is in its tooltip.
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Recreate the entries from the settings (files may have appeared or vanished)."""
        self.clear()
        recent = self.settings.recent_files()
        if not recent:
            empty = self.addAction(QCoreApplication.translate("RecentFilesMenu", "No recent maps"))
            empty.setObjectName("actionNoRecent")
            empty.setEnabled(False)
            return
        missing = 0
        for number, path in enumerate(recent):
            exists = file_exists(path)
            missing += not exists
            self._add_entry(number, path, exists)
        self.addSeparator()
        remove = self.addAction(QCoreApplication.translate("RecentFilesMenu", "Remove &Missing Files"))
        remove.setObjectName("actionRemoveMissingRecent")
        remove.setStatusTip(
            QCoreApplication.translate(
                "RecentFilesMenu", "Remove the maps that can no longer be found from this list"
            )
        )
        remove.setEnabled(missing > 0)
        remove.triggered.connect(self.remove_missing)
        clear = self.addAction(QCoreApplication.translate("RecentFilesMenu", "&Clear Menu"))
        clear.setObjectName("actionClearRecent")
        clear.setStatusTip(
            QCoreApplication.translate(
                "RecentFilesMenu", "Empty the list of recent maps (the files are not deleted)"
            )
        )
        clear.triggered.connect(self.clear_recent)

    def _add_entry(self, number: int, path: Path, exists: bool) -> QAction:
        # A file name may contain "&", which a menu would read as a mnemonic.
        name = path.name.replace("&", "&&")
        folder = str(path.parent)
        if exists:
            text = f"{_mnemonic(number + 1)} {name}"
            tip = folder
        else:
            text = f"{_mnemonic(number + 1)} " + _fill(
                QCoreApplication.translate("RecentFilesMenu", "%1 (not found)"), name
            )
            tip = _fill(QCoreApplication.translate("RecentFilesMenu", "Not found in %1"), folder)
        action = self.addAction(text)
        action.setObjectName(f"actionRecentFile{number}")
        action.setData(str(path))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if not exists:
            # Still enabled, so choosing it can offer to remove it; italic sets it apart.
            font = action.font()
            font.setItalic(True)
            action.setFont(font)
        action.triggered.connect(lambda _checked=False, p=path: self._choose(p))
        return action

    def _choose(self, path: Path) -> None:
        if file_exists(path):
            self.openRequested.emit(path)
            return
        answer = QMessageBox.question(
            self.parentWidget(),
            QCoreApplication.translate("RecentFilesMenu", "Map not found"),
            _fill(
                QCoreApplication.translate(
                    "RecentFilesMenu", "“%1” is no longer in %2.\n\nRemove it from the list of recent maps?"
                ),
                path.name,
                str(path.parent),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.settings.remove_recent_file(path)
            self._rebuild_later()

    def remove_missing(self) -> None:
        """Drop the maps that no longer exist from the list."""
        self.settings.remove_missing_recent_files()
        self._rebuild_later()

    def clear_recent(self) -> None:
        """Empty the list."""
        self.settings.clear_recent_files()
        self._rebuild_later()

    def _rebuild_later(self) -> None:
        # These run from an entry's triggered signal: rebuilding at once
        # would delete that action while Qt is still delivering its signal.
        QTimer.singleShot(0, self, self.rebuild)
