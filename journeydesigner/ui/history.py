"""The History dock's list: every step of the undo stack, the current one selected.

It does what QUndoView does, at the cost of what changed: QUndoView's model
starts over on every step (the whole list laid out and painted again, about
2 ms per edit in a workshop-long history, and far more for an Undo repeated
a thousand times), while this one adds the new row, drops the steps an edit
made unreachable, and moves the selection.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from journeydesigner.ui.after_frame import AfterFrame

# Selectable, not editable (a string list's rows are editable by default).
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class HistoryModel(QStringListModel):
    """Row 0 is the map as opened (*empty_label*); row n is the stack's command n − 1.

    A string list kept in Qt: the view's layout asks the model for every row,
    which must not cost a call into Python each.
    """

    currentMoved = Signal(int)  # the row of the stack's index after a step

    def __init__(self, stack: QUndoStack, empty_label: str, parent: QObject | None = None) -> None:
        super().__init__([empty_label, *(stack.text(i) for i in range(stack.count()))], parent)
        # Not a strong reference: the stack belongs to the document. Holding it
        # here made this model's end (with its window) the stack's end, whose
        # last signals then reached this half-destroyed model (a crash).
        self._stack = weakref.ref(stack)
        self._texts = [stack.text(i) for i in range(stack.count())]
        self._index = stack.index()
        # The list catches up once the window has shown the step (see after_frame).
        self._later = AfterFrame(self.catch_up, self)
        stack.indexChanged.connect(self._later.request)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    @property
    def current_row(self) -> int:
        """The row of the stack's index (the step the map is at)."""
        return self._index

    def flush(self) -> None:
        """Catch up with the stack now if steps are waiting for the list."""
        self._later.flush()

    def catch_up(self) -> None:
        """Catch up with the stack after steps: only the rows near the change are compared.

        A step pushes a command after the current one (dropping those an undo
        left behind), merges into the last one (typing), or moves the index;
        the commands before the lower of the old and new index stay as they were.
        """
        stack = self._stack()
        if stack is None or not shiboken6.isValid(stack):
            return  # the stack empties itself as it is destroyed, with the document
        count = stack.count()
        index = stack.index()
        start = max(0, min(self._index, index, len(self._texts), count) - 1)
        if len(self._texts) > count:
            self.removeRows(count + 1, len(self._texts) - count)
            del self._texts[count:]
        for number in range(start, len(self._texts)):
            text = stack.text(number)
            if text != self._texts[number]:
                self._texts[number] = text
                self.setData(self.index(number + 1), text)
        if count > len(self._texts):
            first = len(self._texts)
            added = [stack.text(number) for number in range(first, count)]
            self.insertRows(first + 1, len(added))
            for offset, text in enumerate(added):
                self.setData(self.index(first + 1 + offset), text)
            self._texts.extend(added)
        self._index = index
        self.currentMoved.emit(index)


class HistoryView(QListView):
    """The History: select a step to undo or redo every step up to it (objectName "undoHistoryList")."""

    def __init__(self, stack: QUndoStack, empty_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoHistoryList")
        self._stack = weakref.ref(stack)  # see HistoryModel
        self._following = False
        self.history = HistoryModel(stack, empty_label, self)
        self.setModel(self.history)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.selectionModel().currentRowChanged.connect(self._chosen)
        self.history.currentMoved.connect(self._show_current)
        self._show_current(self.history.current_row)

    def _show_current(self, row: int) -> None:
        index = self.history.index(row)
        self._following = True
        try:
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._following = False
        self.scrollTo(index)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        stack = self._stack()
        if not self._following and current.isValid() and stack is not None:
            stack.setIndex(current.row())
