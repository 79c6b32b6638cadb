"""Recovery copies of unsaved changes, kept in the background while a map is edited."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from journeydesigner.document.collector import collect_on_gui_thread
from journeydesigner.document.document import JourneyDocument
from journeydesigner.storage import JourneyFileError
from journeydesigner.storage.files import encode_document, map_document
from journeydesigner.storage.processes import ProcessIdentity
from journeydesigner.storage.recovery import RecoveryStore

DEFAULT_INTERVAL_S = 30
_log = logging.getLogger(__name__)

# One writer thread for every document: disk writes never block the window,
# and a copy and its later removal reach the disk in the order they were asked.
_writer: ThreadPoolExecutor | None = None


def _disk_writer() -> ThreadPoolExecutor:
    global _writer
    if _writer is None:
        collect_on_gui_thread()  # before the writer runs any Python (see document.collector)
        _writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journey-recovery")
    return _writer


def _write_copy(store: RecoveryStore, entry_id: str, document: dict[str, Any], *details: Any) -> None:
    store.write(entry_id, encode_document(document, compact=True), *details)


def _quietly(action: Callable[..., object], *args: object) -> None:
    # A recovery copy that cannot be written (app-data disk full) must not
    # disturb the user's work; the copy after it will try again.
    try:
        action(*args)
    except (OSError, JourneyFileError) as exc:
        _log.warning("recovery copy: %s", exc)


class AutoSaver(QObject):
    """Keeps a recovery copy of one document while it has unsaved changes.

    The first unsaved change starts a countdown of *interval* seconds; when
    it ends the map is snapshotted as plain data (on this thread, so the copy
    is one consistent state; about 10 ms for 10,000 cards) and encoded and
    written by a background thread into the recovery folder, never into the
    user's file. So copies are at most one interval
    apart and at most one interval old. Saving, or closing, removes the copy.
    """

    written = Signal()  # a recovery copy was handed to the writer

    def __init__(
        self,
        document: JourneyDocument,
        store: RecoveryStore,
        owner: ProcessIdentity,
        interval_s: int = DEFAULT_INTERVAL_S,
        entry_id: str | None = None,
    ) -> None:
        super().__init__(document)
        self.document = document
        self.store = store
        self.owner = owner
        self.entry_id = entry_id or uuid.uuid4().hex
        self._has_copy = entry_id is not None
        self._last_write = 0.0
        self._pending: Future[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.write_now)
        self.set_interval(interval_s)
        document.changed.connect(self._schedule)
        document.undo_stack.indexChanged.connect(self._schedule)
        document.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def interval_s(self) -> int:
        """Seconds between recovery copies."""
        return self._interval_s

    def set_interval(self, seconds: int) -> None:
        """Change how often copies are written (takes effect from the next change)."""
        self._interval_s = max(1, int(seconds))

    def is_scheduled(self) -> bool:
        """True while a copy is due."""
        return self._timer.isActive()

    def _schedule(self, *_: object) -> None:
        if not self.document.is_modified or self._timer.isActive():
            return
        # Later changes do not push the copy back: the countdown runs from
        # the first change after the last copy, and never closer than one
        # interval to it.
        since_last = time.monotonic() - self._last_write
        wait_s = self._interval_s if since_last >= self._interval_s else self._interval_s - since_last
        self._timer.start(int(wait_s * 1000))

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()
        else:
            self._schedule()

    def write_now(self) -> None:
        """Write a recovery copy of the document as it is now (if modified)."""
        self._timer.stop()
        if not self.document.is_modified:
            return
        snapshot = map_document(self.document.journey)
        title = self.document.journey.title
        path = self.document.path
        self._last_write = time.monotonic()
        self._has_copy = True
        self._pending = _disk_writer().submit(
            _quietly, _write_copy, self.store, self.entry_id, snapshot, title, path, self.owner
        )
        self.written.emit()

    def discard(self) -> None:
        """Forget the recovery copy: the changes are saved or deliberately dropped."""
        self._timer.stop()
        if self._has_copy:
            self._has_copy = False
            self._pending = _disk_writer().submit(_quietly, self.store.remove, self.entry_id)

    def wait(self) -> None:
        """Block until the last write or removal reached the disk (tests, quit)."""
        if self._pending is not None:
            self._pending.result()
