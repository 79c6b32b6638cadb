"""The open document: a map, its file, its undo stack and its change signals."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from journeydesigner.document.changes import Change, describe
from journeydesigner.document.disk import DiskVersion, digest_of, signature_of
from journeydesigner.model.edits import Edit, EditError
from journeydesigner.model.journey import JourneyMap, now_utc
from journeydesigner.storage import save_map
from journeydesigner.storage.files import loads_map, read_map_file


class JourneyDocument(QObject):
    """The only door through which a map changes.

    Views never edit the model: they ask the document to :meth:`execute`
    edits, which become one undoable command, and they listen to
    :attr:`changed` to update just what a change reaches.
    """

    changed = Signal(object)  # Change
    pathChanged = Signal(object)  # Path | None
    saved = Signal(object)  # Path: the file now holds exactly this document

    def __init__(self, journey: JourneyMap, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)  # unlimited: a workshop can be long
        # Opened beside someone else's lock: Save asks for another name.
        self.read_only = False
        # What undo commands changed and nobody has been told yet (see apply_edits).
        self._pending: Change | None = None
        self.undo_stack.indexChanged.connect(self.flush_changes)
        self._opened_version: DiskVersion | None = None

    # ------------------------------------------------------------ files

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> JourneyDocument:
        """Load the map at *path* (raises JourneyFileError)."""
        read = read_map_file(path)
        document = cls(loads_map(read.data, path), Path(path), parent)
        document._opened_version = DiskVersion(signature_of(read.stat), digest_of(read.data))
        return document

    def take_opened_version(self) -> DiskVersion | None:
        """The file as :meth:`open` read it, once (None later, or for a document not opened)."""
        version, self._opened_version = self._opened_version, None
        return version

    def save(self, path: str | Path | None = None) -> None:
        """Save atomically to *path* (default: the document's file) and mark clean.

        Raises JourneySaveError; the document then stays modified.
        """
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("the document has no file yet")
        previous = self.journey.modified
        if not self.undo_stack.isClean() or target != self.path:
            self.journey.modified = now_utc()
        try:
            save_map(self.journey, target)
        except Exception:
            self.journey.modified = previous
            raise
        if target != self.path:
            self.path = target
            self.pathChanged.emit(target)
        self.undo_stack.setClean()
        self.saved.emit(target)

    def mark_modified(self) -> None:
        """Mark the document as holding unsaved changes (a recovered copy)."""
        self.undo_stack.resetClean()

    @property
    def is_modified(self) -> bool:
        """True when there are changes not saved yet."""
        return not self.undo_stack.isClean()

    # ------------------------------------------------------------ editing

    def execute(self, text: str, edits: Edit | Sequence[Edit], merge_key: str | None = None) -> bool:
        """Apply *edits* as one undoable command named *text*.

        Returns False (and changes nothing) when an edit cannot be applied.
        Consecutive commands with the same *merge_key* merge into one, so
        typing in a field is one undo step.
        """
        from journeydesigner.document.commands import EditCommand

        batch = [edits] if isinstance(edits, Edit) else list(edits)
        if not batch:
            return False
        try:
            inverses = self.apply_edits(batch)
        except EditError:
            return False
        self.undo_stack.push(EditCommand(self, text, batch, inverses, merge_key))
        return True

    def apply_edits(self, batch: Sequence[Edit], *, by_undo_stack: bool = False) -> list[Edit]:
        """Apply edits now and announce the change; return their inverses in undo order.

        Only undo commands call this. On an EditError nothing stays changed.

        With *by_undo_stack* (a command undone or redone by the undo stack) the
        change is announced once the stack has moved: clicking an entry far
        back in the History undoes hundreds of commands in one go, and the
        views then update once, for everything those commands reached,
        instead of once per command. A single Undo announces at once all the
        same, before ``undo()`` returns.
        """
        change = Change()
        inverses: list[Edit] = []
        try:
            for edit in batch:
                change.merge(describe(self.journey, edit))
                inverses.append(edit.apply(self.journey))
        except EditError:
            for inverse in reversed(inverses):
                inverse.apply(self.journey)
            raise
        if by_undo_stack:
            if self._pending is None:
                self._pending = change
                # In case the stack does not report its move (it always does today).
                QTimer.singleShot(0, self, self.flush_changes)
            else:
                self._pending.merge(change)
        else:
            self.flush_changes()
            self.changed.emit(change)
        return list(reversed(inverses))

    def flush_changes(self) -> None:
        """Announce what undo commands changed, if they have not been announced yet."""
        change, self._pending = self._pending, None
        if change is not None:
            self.changed.emit(change)
