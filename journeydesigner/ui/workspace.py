"""Every map open in this process: windows, locks, recovery copies and settings."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QWidget

from journeydesigner.document.autosave import AutoSaver
from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.watcher import DiskWatcher
from journeydesigner.model.journey import JourneyMap
from journeydesigner.storage import JourneyFileError
from journeydesigner.storage.locks import LockInfo, acquire_lock, refresh_lock, release_lock
from journeydesigner.storage.processes import ProcessIdentity
from journeydesigner.storage.recovery import RecoveryEntry, RecoveryStore
from journeydesigner.templates import build_template
from journeydesigner.ui import prompts
from journeydesigner.ui.after_frame import built_with_collector_paused
from journeydesigner.ui.appearance import apply_colour_scheme
from journeydesigner.ui.settings import AppSettings

if TYPE_CHECKING:
    from journeydesigner.ui.main_window import MainWindow

LOCK_REFRESH_MS = 10 * 60 * 1000  # locks older than two hours count as abandoned
CASCADE_OFFSET = 32


def default_recovery_folder() -> Path:
    """Where recovery copies live: the user's application-data folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".journeydesigner") / "recovery"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return a == b


class Workspace(QObject):
    """The maps open in this process and the services each one gets.

    Every window is attached here: it gets a recovery-copy writer and a
    watcher on its file, and the workspace keeps the lock beside the file
    while the map is open. Opening a map that is already open brings its
    window forward instead.
    """

    def __init__(
        self,
        settings: AppSettings | None = None,
        recovery_folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self.identity = ProcessIdentity.current(uuid.uuid4().hex[:12])
        self.recovery = RecoveryStore(recovery_folder or default_recovery_folder())
        self.windows: list[MainWindow] = []
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(LOCK_REFRESH_MS)
        self._lock_timer.timeout.connect(self._refresh_locks)
        self._lock_timer.start()

    # ------------------------------------------------------------ windows

    def attach(self, window: MainWindow, recovery_id: str | None = None) -> None:
        """Give a new window its recovery copies and file watcher.

        *recovery_id* names the recovery copy a restored map carries on.
        """
        document = window.document
        window.autosaver = AutoSaver(
            document, self.recovery, self.identity, self.settings.autosave_seconds, recovery_id
        )
        window.watcher = DiskWatcher(document)
        window.watcher.changedOnDisk.connect(lambda: self._changed_on_disk(window))
        window.watcher.removedFromDisk.connect(lambda: self._removed_from_disk(window))
        document.saved.connect(lambda path: self.settings.add_recent_file(path))
        self._place(window)
        self.windows.append(window)

    def detach(self, window: MainWindow) -> None:
        """A window closed: drop its recovery copy, its lock and its layout."""
        if window in self.windows:
            self.windows.remove(window)
        if not window.presenting:
            self.settings.set_window_geometry(bytes(window.saveGeometry().data()))
            self.settings.set_window_state(bytes(window.saveState().data()))
        window.autosaver.discard()
        self.release(window)

    def release(self, window: MainWindow) -> None:
        """Give up the lock a window holds on its file."""
        if window.holds_lock and window.document.path is not None:
            release_lock(window.document.path, self.identity)
        window.holds_lock = False

    def window_for(self, path: str | Path) -> MainWindow | None:
        """The window showing the map at *path*, if it is open."""
        target = Path(path)
        for window in self.windows:
            if window.document.path is not None and _same_file(window.document.path, target):
                return window
        return None

    def show_window(self, window: MainWindow) -> MainWindow:
        """Show *window* and bring it to the front."""
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _place(self, window: MainWindow) -> None:
        geometry = self.settings.window_geometry()
        if geometry:
            window.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state:
            window.restoreState(state)
        # A second window must not hide the first one exactly.
        taken = {w.pos() for w in self.windows}
        while window.pos() in taken:
            window.move(window.pos().x() + CASCADE_OFFSET, window.pos().y() + CASCADE_OFFSET)

    # ------------------------------------------------------------ new and open

    def new_map(self, journey: JourneyMap | None = None) -> MainWindow:
        """A window with a new, unsaved map (the default template when none is given)."""
        from journeydesigner.ui.main_window import MainWindow

        if journey is None:
            journey = build_template(self.settings.default_template, self.settings.new_map_language)
        return self.show_window(MainWindow(JourneyDocument(journey), self))

    def open_path(self, path: str | Path, parent: QWidget | None = None) -> MainWindow | None:
        """Open the map at *path*, or bring its window forward if it is open.

        A file that cannot be read shows its one-line error and changes
        nothing. A map locked by someone else opens read-only or anyway, as
        the user chooses.
        """
        target = Path(path).expanduser().absolute()
        existing = self.window_for(target)
        if existing is not None:
            return self.show_window(existing)
        # Reading a large map and building its window: see storage.heap.
        window = built_with_collector_paused(lambda: self._open_new(target, parent))
        if window is None:
            return None
        self.settings.add_recent_file(target)
        return self.show_window(window)

    def _open_new(self, target: Path, parent: QWidget | None) -> MainWindow | None:
        from journeydesigner.ui.main_window import MainWindow

        try:
            document = JourneyDocument.open(target)
        except JourneyFileError as exc:
            prompts.show_open_error(parent, exc)
            return None
        holds_lock = True
        holder = acquire_lock(target, self.identity)
        if holder is not None:
            choice = prompts.ask_locked(parent, target, holder)
            if choice == prompts.LockChoice.CANCEL:
                document.deleteLater()
                return None
            if choice == prompts.LockChoice.OPEN_ANYWAY:
                acquire_lock(target, self.identity, force=True)
            else:
                document.read_only = True
                holds_lock = False
        window = MainWindow(document, self)
        window.holds_lock = holds_lock
        return window

    def open_paths(self, paths: list[str] | list[Path], parent: QWidget | None = None) -> list[MainWindow]:
        """Open several maps (from the command line or a drop)."""
        opened = [self.open_path(path, parent) for path in paths]
        return [window for window in opened if window is not None]

    def lock_for_save(self, window: QWidget, target: Path) -> bool:
        """Before saving a map under a new name: take the lock on *target*.

        Asks when someone else holds it. Returns False when the user cancels.
        """
        holder: LockInfo | None = acquire_lock(target, self.identity)
        if holder is not None:
            if not prompts.ask_overwrite_locked(window, target, holder):
                return False
            acquire_lock(target, self.identity, force=True)
        return True

    def moved(self, window: MainWindow, old_path: Path | None) -> None:
        """*window*'s map now lives at a new path: let go of the old lock."""
        if window.holds_lock and old_path is not None:
            release_lock(old_path, self.identity)
        window.holds_lock = True
        window.document.read_only = False
        window.update_title()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open files the system hands over (Finder, Dock icon on macOS)."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.open_path(event.file())
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ closing

    def close_all(self) -> bool:
        """Close every window, asking about each modified map; False if one was kept."""
        for window in list(self.windows):
            self.show_window(window)
            if not window.close():
                return False
        return True

    def quit(self) -> None:
        """Quit once every window agreed to close."""
        if self.close_all():
            QCoreApplication.quit()

    # ------------------------------------------------------------ changes on disk

    def _changed_on_disk(self, window: MainWindow) -> None:
        path = window.document.path
        if path is None or window not in self.windows:
            return
        if prompts.ask_reload(window, path, window.document.is_modified):
            self.reload(window)

    def _removed_from_disk(self, window: MainWindow) -> None:
        path = window.document.path
        if path is None or window not in self.windows:
            return
        window.document.mark_modified()  # closing must offer to save it again
        prompts.tell_removed(window, path)

    def reload(self, window: MainWindow) -> MainWindow | None:
        """Replace *window* by a fresh one showing the file as it is on disk."""
        from journeydesigner.ui.main_window import MainWindow

        path = window.document.path
        if path is None:
            return None

        def build() -> MainWindow | None:
            try:
                document = JourneyDocument.open(path)
            except JourneyFileError as exc:
                prompts.show_open_error(window, exc)
                return None
            document.read_only = window.document.read_only
            return MainWindow(document, self)

        fresh = built_with_collector_paused(build)
        if fresh is None:
            return None
        fresh.holds_lock, window.holds_lock = window.holds_lock, False
        fresh.setGeometry(window.geometry())
        fresh.restoreState(window.saveState())
        if window.state.persona_id in fresh.document.journey.index.personas:
            fresh.state.set_persona(window.state.persona_id)
        window.close_without_asking()
        return self.show_window(fresh)

    # ------------------------------------------------------------ settings and locks

    def apply_settings(self) -> None:
        """Apply changed preferences to the open windows."""
        apply_colour_scheme(self.settings.colour_scheme)
        for window in self.windows:
            window.autosaver.set_interval(self.settings.autosave_seconds)

    def _refresh_locks(self) -> None:
        for window in self.windows:
            if window.holds_lock and window.document.path is not None:
                refresh_lock(window.document.path, self.identity)

    # ------------------------------------------------------------ crash recovery

    def recoverable(self) -> list[RecoveryEntry]:
        """Recovery copies left by sessions that ended without closing their maps."""
        return self.recovery.orphaned(self.identity)

    def restore(self, entry: RecoveryEntry) -> MainWindow | None:
        """Open a recovery copy as a modified document (at its original path, if any)."""
        from journeydesigner.ui.main_window import MainWindow

        try:
            journey = self.recovery.load(entry)
        except JourneyFileError as exc:
            prompts.show_open_error(None, exc)
            return None
        if entry.original_path is not None:
            existing = self.window_for(entry.original_path)
            if existing is not None:
                # The map is open already: the copy becomes a new, unsaved map beside it.
                entry = dataclasses.replace(entry, original_path=None)
        document = JourneyDocument(journey, entry.original_path)
        window = built_with_collector_paused(lambda: MainWindow(document, self, recovery_id=entry.id))
        assert window is not None  # made from a map already read
        if entry.original_path is not None:
            holder = acquire_lock(entry.original_path, self.identity)
            window.holds_lock = holder is None
            document.read_only = holder is not None
        document.mark_modified()
        window.autosaver.write_now()  # the copy now belongs to this session
        return self.show_window(window)

    def discard_recovery(self, entry: RecoveryEntry) -> None:
        """Delete a recovery copy the user does not want."""
        self.recovery.remove(entry.id)

    def offer_recovery(self, parent: QWidget | None = None) -> list[MainWindow]:
        """At start: list what a crash left behind and restore what the user picks."""
        entries = self.recoverable()
        if not entries:
            return []
        from journeydesigner.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self, entries, parent)
        dialog.exec()
        return dialog.restored


_current: Workspace | None = None


def current_workspace() -> Workspace:
    """The process's workspace (made on first use)."""
    global _current
    if _current is None:
        _current = Workspace()
    return _current


def set_current_workspace(workspace: Workspace | None) -> None:
    """Make *workspace* the process's workspace (start-up and tests)."""
    global _current
    _current = workspace
