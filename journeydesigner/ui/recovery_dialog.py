"""After a crash: the maps that had unsaved changes, to restore or discard one by one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.storage.recovery import RecoveryEntry
from journeydesigner.ui.prompts import APP_NAME, local_time

if TYPE_CHECKING:
    from journeydesigner.ui.main_window import MainWindow
    from journeydesigner.ui.workspace import Workspace


class RecoveryDialog(QDialog):
    """Lists recovery copies; Restore opens them as modified maps, Discard deletes them.

    Whatever the user neither restores nor discards stays for the next start
    ("Decide Later").
    """

    def __init__(self, workspace: Workspace, entries: list[RecoveryEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(
            QCoreApplication.translate("RecoveryDialog", "Recover unsaved maps — %1").replace("%1", APP_NAME)
        )
        self.workspace = workspace
        self.restored: list[MainWindow] = []
        self._entries: dict[int, RecoveryEntry] = {}

        intro = QLabel(
            QCoreApplication.translate(
                "RecoveryDialog",
                "Journey Designer did not close normally. These maps had changes that were not saved; "
                "a recovery copy of each was kept. Restore the ones you want: they open as unsaved "
                "maps, so you can look at them before saving.",
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("recoveryList")
        self.list.setAccessibleName(QCoreApplication.translate("RecoveryDialog", "Recoverable maps"))
        self.list.setHeaderLabels(
            [
                QCoreApplication.translate("RecoveryDialog", "Map"),
                QCoreApplication.translate("RecoveryDialog", "Copy kept at"),
                QCoreApplication.translate("RecoveryDialog", "Original file"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for number, entry in enumerate(entries):
            original = (
                str(entry.original_path)
                if entry.original_path
                else QCoreApplication.translate("RecoveryDialog", "Never saved")
            )
            item = QTreeWidgetItem([entry.title, local_time(entry.saved_at), original])
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            item.setToolTip(2, original)
            self.list.addTopLevelItem(item)
            self._entries[number] = entry
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_selected())

        self.restore_button = QPushButton(QCoreApplication.translate("RecoveryDialog", "&Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.discard_button = QPushButton(QCoreApplication.translate("RecoveryDialog", "&Discard…"))
        self.discard_button.setObjectName("discardButton")
        self.discard_button.clicked.connect(self.discard_selected)
        later = QPushButton(QCoreApplication.translate("RecoveryDialog", "Decide &Later"))
        later.setObjectName("laterButton")
        later.setToolTip(
            QCoreApplication.translate("RecoveryDialog", "Keep the copies and ask again at the next start")
        )
        later.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.resize(760, 360)
        self._update_buttons()

    def selected_entries(self) -> list[RecoveryEntry]:
        """The entries selected in the list."""
        return [self._entry_of(item) for item in self.list.selectedItems()]

    def _entry_of(self, item: QTreeWidgetItem) -> RecoveryEntry:
        return self._entries[int(item.data(0, Qt.ItemDataRole.UserRole))]

    def restore_selected(self) -> None:
        """Open the selected copies as modified maps."""
        for entry in self.selected_entries():
            window = self.workspace.restore(entry)
            if window is not None:
                self.restored.append(window)
            self._remove_row(entry)

    def discard_selected(self) -> None:
        """Delete the selected copies, after asking."""
        entries = self.selected_entries()
        if not entries:
            return
        answer = QMessageBox.question(
            self,
            APP_NAME,
            QCoreApplication.translate(
                "RecoveryDialog",
                "Delete the recovery copies of %1 map(s)? Their unsaved changes will be lost.",
            ).replace("%1", str(len(entries))),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        for entry in entries:
            self.workspace.discard_recovery(entry)
            self._remove_row(entry)

    def _remove_row(self, entry: RecoveryEntry) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and self._entry_of(item) is entry:
                self.list.takeTopLevelItem(row)
                break
        first = self.list.topLevelItem(0)
        if first is None:
            self.accept()
        else:
            self.list.setCurrentItem(first)

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.restore_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)
