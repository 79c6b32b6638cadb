"""The main window's file commands: new, open, save, save as, close, file drops."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMainWindow, QMessageBox

from journeydesigner.canvas.mime import map_paths
from journeydesigner.storage import FILE_SUFFIX, JourneyFileError
from journeydesigner.ui import prompts

if TYPE_CHECKING:
    from journeydesigner.document.autosave import AutoSaver
    from journeydesigner.document.document import JourneyDocument
    from journeydesigner.document.editor_state import EditorState
    from journeydesigner.document.watcher import DiskWatcher
    from journeydesigner.export.options import PdfOptions
    from journeydesigner.ui.main_window import MainWindow
    from journeydesigner.ui.workspace import Workspace


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _safe_name(name: str) -> str:
    """*name* without the characters file systems refuse."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip()


def file_filter() -> str:
    """The file dialogs' filter: maps first, everything as a way out."""
    return QCoreApplication.translate("MainWindow", "Journey maps (*.journey);;All files (*)")


class WindowFiles(QMainWindow):
    """File handling shared by the main window (a mixin over QMainWindow)."""

    document: JourneyDocument
    state: EditorState
    workspace: Workspace
    autosaver: AutoSaver
    watcher: DiskWatcher
    holds_lock: bool
    _closing_without_asking: bool

    def _as_main_window(self) -> MainWindow:
        # Only MainWindow mixes this in.
        return cast("MainWindow", self)

    def _message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # ------------------------------------------------------------ new and open

    def new_window(self) -> None:
        """Ask for a template and a language, then open the new map in a window."""
        from journeydesigner.ui.new_map_dialog import NewMapDialog

        dialog = NewMapDialog(self.workspace.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.workspace.new_map(dialog.build_map())

    def open_file(self) -> None:
        """Ask for maps and open each in its window (a bad file changes nothing)."""
        start = str(self.document.path.parent) if self.document.path else ""
        names, _ = QFileDialog.getOpenFileNames(
            self, QCoreApplication.translate("MainWindow", "Open map"), start, file_filter()
        )
        self.workspace.open_paths(names, self)

    def open_preferences(self) -> None:
        """Edit the preferences; the open windows follow them at once."""
        from journeydesigner.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.workspace.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.workspace.apply_settings()

    # ------------------------------------------------------------ save

    def save(self) -> bool:
        """Save to the map's file (asks for a name the first time, or when read-only)."""
        if self.document.path is None or self.document.read_only:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        """Save under a new name; the window then shows that file."""
        current = self.document.path
        start = str(current or Path.home() / f"{self.document.journey.title}{FILE_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "Save map as"), start, file_filter()
        )
        if not name:
            return False
        if not name.lower().endswith(FILE_SUFFIX):
            name += FILE_SUFFIX
        target = Path(name).absolute()
        other = self.workspace.window_for(target)
        if other is not None and other is not self:
            QMessageBox.warning(
                self,
                prompts.APP_NAME,
                QCoreApplication.translate(
                    "MainWindow", "“%1” is open in another window. Close it first, or choose another name."
                ).replace("%1", target.name),
            )
            return False
        return self._save_to(target)

    def _save_to(self, target: Path) -> bool:
        old_path = self.document.path
        same_file = old_path is not None and target == old_path
        if same_file and self.watcher.disk_differs() and not prompts.ask_overwrite_changed(self, target):
            return False
        if not same_file and not self.workspace.lock_for_save(self, target):
            return False
        try:
            self.document.save(target)
        except JourneyFileError as exc:
            if not same_file:
                from journeydesigner.storage.locks import release_lock

                release_lock(target, self.workspace.identity)
            prompts.show_save_error(self, exc)
            return False
        if not same_file:
            self.workspace.moved(self._as_main_window(), old_path)
        self._message(QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", str(target)))
        return True

    # ------------------------------------------------------------ export and print

    # The PDF options last used in this window's Export PDF dialog: Print… reuses them.
    last_pdf_options: PdfOptions | None = None

    def open_export_dialog(self) -> None:
        """Show the Export PDF dialog (window-modal, with a live preview)."""
        from journeydesigner.ui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.document, self.state.persona_id, self.workspace.settings, self, self.last_pdf_options
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.statusMessage.connect(self._message)
        dialog.finished.connect(lambda _result: self._remember_pdf_options(dialog.options()))
        dialog.open()

    def _remember_pdf_options(self, options: PdfOptions) -> None:
        self.last_pdf_options = options

    def print_map(self) -> bool:
        """Print with the options last used here (at first: a poster of the current persona)."""
        from journeydesigner.ui import printing
        from journeydesigner.ui.export_defaults import default_options

        options = self.last_pdf_options or default_options(
            self.document, self.state.persona_id, self.workspace.settings
        )
        try:
            data, _pages = printing.pdf_bytes(self.document.journey, options)
            done = printing.print_pdf(data, self)
        except Exception as exc:  # the writer's ExportError, OSError, ValueError
            QMessageBox.critical(
                self,
                prompts.APP_NAME,
                QCoreApplication.translate("MainWindow", "Could not print the map: %1").replace(
                    "%1", _one_line(exc)
                ),
            )
            return False
        if done:
            self._message(QCoreApplication.translate("MainWindow", "Sent to the printer"))
        return done

    def export_image(self, suffix: str) -> Path | None:
        """Save the current persona's timeline as a PNG (asking a resolution) or SVG image."""
        from journeydesigner.canvas.image_export import export_image

        persona = self.state.persona
        if persona is None:
            self._message(QCoreApplication.translate("MainWindow", "The map has no personas to draw."))
            return None
        kind = suffix.lstrip(".").upper()
        folder = self.document.path.parent if self.document.path else Path.home()
        start = folder / _safe_name(f"{self.document.journey.title} - {persona.name}{suffix}")
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Export %1 image").replace("%1", kind),
            str(start),
            QCoreApplication.translate("MainWindow", "%1 image (*%2)")
            .replace("%1", kind)
            .replace("%2", suffix),
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        dpi = 150
        if suffix == ".png":
            dpi, ok = QInputDialog.getInt(
                self,
                QCoreApplication.translate("MainWindow", "Export PNG image"),
                QCoreApplication.translate("MainWindow", "Resolution (dots per inch):"),
                150,
                72,
                600,
                25,
            )
            if not ok:
                return None
        try:
            export_image(self.document.journey, persona.id, target, dpi)
        except (OSError, ValueError) as exc:
            QMessageBox.critical(
                self,
                prompts.APP_NAME,
                QCoreApplication.translate("MainWindow", "Could not export “%1”: %2")
                .replace("%1", str(target))
                .replace("%2", _one_line(exc)),
            )
            return None
        self._message(QCoreApplication.translate("MainWindow", "Exported %1").replace("%1", str(target)))
        return target

    # ------------------------------------------------------------ close

    def close_without_asking(self) -> None:
        """Close, dropping unsaved changes (after a reload replaced this window)."""
        self._closing_without_asking = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document.is_modified and not self._closing_without_asking:
            answer = prompts.ask_save_changes(self, self.document.journey.title)
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        self.workspace.detach(self._as_main_window())
        # The stack is destroyed with the window and clears itself on the
        # way out: nobody should hear about that.
        self.document.undo_stack.blockSignals(True)
        event.accept()

    # ------------------------------------------------------------ dropped files

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if map_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = map_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.workspace.open_paths(paths, self)
        else:
            super().dropEvent(event)
