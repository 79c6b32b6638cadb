"""Noticing when another program or person changes an open map's file."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from journeydesigner.document.disk import Signature, digest, signature
from journeydesigner.document.document import JourneyDocument

# Editors and sync clients write in several steps: look once they are done.
SETTLE_MS = 250


class DiskWatcher(QObject):
    """Watches a document's file and tells when it differs from what we know.

    "What we know" is the file as opened or last saved by this document.
    Our own saves update it, so they never count as outside changes; a file
    merely touched (same bytes) does not count either. Each outside change
    is announced once.
    """

    changedOnDisk = Signal()
    removedFromDisk = Signal()

    def __init__(self, document: JourneyDocument) -> None:
        super().__init__(document)
        self.document = document
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._known: Signature | None = None
        self._known_digest: int | None = None
        self._announced: Signature | None = None
        self._announced_removal = False
        self.remember_disk()
        document.saved.connect(lambda _path: self.remember_disk())

    @property
    def path(self) -> Path | None:
        """The watched file."""
        return self.document.path

    def remember_disk(self) -> None:
        """Take the file as it is now as the document's own version."""
        path = self.path
        opened = self.document.take_opened_version()
        if opened is not None:  # the file as the document read it: no need to read it again
            self._known, self._known_digest = opened
        else:
            self._known = signature(path) if path else None
            self._known_digest = digest(path) if path else None
        self._announced = None
        self._announced_removal = False
        self._rewatch()

    def disk_differs(self) -> bool:
        """True when a file on disk is not the version this document opened or saved.

        A file that is gone differs from nothing: saving just writes it again.
        """
        path = self.path
        if path is None or self._known is None:
            return False
        current = signature(path)
        if current is None:
            return False
        if current == self._known:
            return False
        if digest(path) == self._known_digest:
            self._known = current  # touched or copied back unchanged
            return False
        return True

    def check(self) -> None:
        """Compare the file with what we know and announce a new difference once."""
        self._rewatch()
        path = self.path
        if path is None or self._known is None:
            return
        current = signature(path)
        if current is None:
            if not self._announced_removal:
                self._announced_removal = True
                self.removedFromDisk.emit()
            return
        self._announced_removal = False
        if current != self._announced and self.disk_differs():
            self._announced = current
            self.changedOnDisk.emit()

    def _poke(self, *_: object) -> None:
        self._settle.start()

    def _rewatch(self) -> None:
        # An atomic replace (ours or another program's) swaps the file, and
        # the watch on the old one is gone: watch the name again, and the
        # folder too, so a file that comes back is noticed.
        wanted = [str(self.path), str(self.path.parent)] if self.path else []
        present = set(self._watcher.files()) | set(self._watcher.directories())
        stale = [p for p in present if p not in wanted]
        if stale:
            self._watcher.removePaths(stale)
        missing = [p for p in wanted if p not in present and os.path.exists(p)]
        if missing:
            self._watcher.addPaths(missing)
