"""Undo commands. Each holds model edits and their inverses, nothing else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from journeydesigner.model.edits import Edit, UpdateItem, UpdateMap

if TYPE_CHECKING:
    from journeydesigner.document.document import JourneyDocument

_MERGE_ID = 0x4A44  # "JD": commands with a merge key merge with their twin


class EditCommand(QUndoCommand):
    """One user action: a list of edits applied in order, undone in reverse."""

    def __init__(
        self,
        document: JourneyDocument,
        text: str,
        edits: list[Edit],
        inverses: list[Edit],
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._document = document
        self._edits = edits
        self._inverses = inverses
        self._merge_key = merge_key
        self._applied = True  # the document applied the edits before pushing

    def redo(self) -> None:
        if self._applied:
            return  # the first redo, run by QUndoStack.push, has nothing to do
        self._inverses = self._document.apply_edits(self._edits, by_undo_stack=True)
        self._applied = True

    def undo(self) -> None:
        self._document.apply_edits(self._inverses, by_undo_stack=True)
        self._applied = False

    def id(self) -> int:
        return _MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other._merge_key != self._merge_key:
            return False
        # Typing merges: keep this command's undo (the oldest values) and
        # take the other's redo (the newest values).
        if not all(isinstance(e, UpdateItem | UpdateMap) for e in (*self._edits, *other._edits)):
            return False
        self._edits = self._edits + other._edits
        return True
