"""The questions and messages about files: one place, so wording stays consistent.

Each function shows one modal message box. Tests replace these functions
(monkeypatch) to answer without a person at the keyboard.
"""

from __future__ import annotations

import enum
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from journeydesigner.storage import JourneyFileError
from journeydesigner.storage.locks import LockInfo

APP_NAME = "Journey Designer"
Button = QMessageBox.StandardButton


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def local_time(moment: datetime) -> str:
    """A moment in the user's time zone and locale, e.g. for a lock or a recovery copy."""
    local = moment.astimezone()
    day = QDate(local.year, local.month, local.day)
    if day == QDate.currentDate():
        return _fill(QCoreApplication.translate("Prompts", "today at %1"), f"{local:%H:%M}")
    return f"{QLocale.system().toString(day, QLocale.FormatType.ShortFormat)} {local:%H:%M}"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, details: str = "") -> QMessageBox:
    box = QMessageBox(icon, APP_NAME, text, Button.NoButton, parent)
    box.setObjectName("filePrompt")
    if details:
        box.setInformativeText(details)
    return box


def _save_anyway(box: QMessageBox) -> bool:
    """Ask *box* with "Save Anyway" and Cancel (the default): True for Save Anyway."""
    save = box.addButton(
        QCoreApplication.translate("Prompts", "&Save Anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(Button.Cancel)
    box.setDefaultButton(Button.Cancel)
    box.exec()
    return box.clickedButton() is save


def show_open_error(parent: QWidget | None, error: JourneyFileError) -> None:
    """The foundation's one-line error for a map that cannot be opened."""
    QMessageBox.critical(
        parent, APP_NAME, _fill(QCoreApplication.translate("Prompts", "Could not open the map.\n\n%1"), error)
    )


def show_save_error(parent: QWidget | None, error: JourneyFileError) -> None:
    """A save that failed: the file, the cause, and that nothing was lost."""
    path = Path(error.path)
    cause = error.reason.removeprefix("cannot save: ")
    box = _box(
        parent,
        QMessageBox.Icon.Critical,
        _fill(QCoreApplication.translate("Prompts", "Could not save “%1” in %2."), path.name, path.parent),
        _fill(
            QCoreApplication.translate(
                "Prompts",
                "The cause: %1.\n\nYour map is still open with all its changes, and the file on "
                "disk is as it was. Use Save As to keep the map somewhere else.",
            ),
            cause,
        ),
    )
    box.addButton(Button.Ok)
    box.exec()


class LockChoice(enum.Enum):
    """What to do with a map someone else has open."""

    READ_ONLY = "read-only"
    OPEN_ANYWAY = "anyway"
    CANCEL = "cancel"


def lock_holder_text(holder: LockInfo) -> str:
    """Who holds a lock and since when, in words."""
    return _fill(
        QCoreApplication.translate("Prompts", "%1 on %2 since %3"),
        holder.user,
        holder.host,
        local_time(holder.time),
    )


def ask_locked(parent: QWidget | None, path: Path, holder: LockInfo) -> LockChoice:
    """The map is open elsewhere: read-only, open anyway, or cancel."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        _fill(
            QCoreApplication.translate("Prompts", "“%1” is being edited by %2."),
            path.name,
            lock_holder_text(holder),
        ),
        QCoreApplication.translate(
            "Prompts",
            "Open it read-only to look at it and save a copy under another name. "
            "Open it anyway only if you are sure nobody is editing it any more: "
            "whoever saves last overwrites the other's changes.",
        ),
    )
    read_only = box.addButton(
        QCoreApplication.translate("Prompts", "Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole
    )
    anyway = box.addButton(
        QCoreApplication.translate("Prompts", "Open &Anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(Button.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockChoice.READ_ONLY
    if clicked is anyway:
        return LockChoice.OPEN_ANYWAY
    return LockChoice.CANCEL


def ask_overwrite_locked(parent: QWidget | None, path: Path, holder: LockInfo) -> bool:
    """Saving onto a map someone else has open: only if the user insists."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        _fill(
            QCoreApplication.translate("Prompts", "“%1” is being edited by %2."),
            path.name,
            lock_holder_text(holder),
        ),
        QCoreApplication.translate(
            "Prompts", "Saving over it now replaces their map with yours. Save anyway?"
        ),
    )
    return _save_anyway(box)


def ask_reload(parent: QWidget | None, path: Path, modified: bool) -> bool:
    """The file changed on disk: reload it (True) or keep the version in the window."""
    details = (
        QCoreApplication.translate(
            "Prompts", "Reload it and lose the changes you have not saved, or keep your version?"
        )
        if modified
        else QCoreApplication.translate(
            "Prompts", "Reload it to see the new version, or keep the version in this window?"
        )
    )
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        _fill(
            QCoreApplication.translate("Prompts", "“%1” was changed by another program or person."), path.name
        ),
        details,
    )
    reload = box.addButton(
        QCoreApplication.translate("Prompts", "&Reload"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("Prompts", "&Keep My Version"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep if modified else reload)
    box.exec()
    return box.clickedButton() is reload


def ask_overwrite_changed(parent: QWidget | None, path: Path) -> bool:
    """Saving over a file that changed on disk since it was opened or saved."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        _fill(
            QCoreApplication.translate(
                "Prompts", "“%1” was changed by another program or person since you opened it."
            ),
            path.name,
        ),
        QCoreApplication.translate(
            "Prompts",
            "Saving now replaces that version with yours. Save anyway, or use Save As to keep both?",
        ),
    )
    return _save_anyway(box)


def tell_removed(parent: QWidget | None, path: Path) -> None:
    """The file disappeared while open; the map in the window is safe."""
    QMessageBox.warning(
        parent,
        APP_NAME,
        _fill(
            QCoreApplication.translate(
                "Prompts",
                "“%1” was moved, renamed or deleted outside Journey Designer.\n\n"
                "Your map is still open here. Save it to write the file again.",
            ),
            path.name,
        ),
    )


def ask_save_changes(parent: QWidget | None, title: str) -> Button:
    """Closing a modified map: Save, Discard or Cancel."""
    return QMessageBox.warning(
        parent,
        APP_NAME,
        _fill(QCoreApplication.translate("Prompts", "Save the changes to “%1” before closing?"), title),
        Button.Save | Button.Discard | Button.Cancel,
    )
