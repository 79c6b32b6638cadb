"""The History dock lists every step of the undo stack and jumps to the one clicked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeydesigner.ui.history import HistoryView


class Step(QUndoCommand):
    """A step that records being done and undone, and merges with steps of the same id."""

    done: list[str] = []

    def __init__(self, text: str, merge_id: int = -1) -> None:
        super().__init__(text)
        self._merge_id = merge_id

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        self.setText(other.text())
        return True

    def redo(self) -> None:
        Step.done.append(f"do {self.text()}")

    def undo(self) -> None:
        Step.done.append(f"undo {self.text()}")


@pytest.fixture
def history(qtbot: QtBot) -> Iterator[tuple[QUndoStack, HistoryView]]:
    stack = QUndoStack()
    view = HistoryView(stack, "<opened>")
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    Step.done = []
    yield stack, view


def rows(view: HistoryView) -> list[str]:
    """The rows the list shows once the window has shown the last step (see AfterFrame)."""
    view.history.flush()
    model = view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def current(view: HistoryView) -> int:
    view.history.flush()
    return view.currentIndex().row()


def test_the_list_follows_a_step_after_the_event_loop_has_run(qtbot: QtBot, history) -> None:  # type: ignore[no-untyped-def]
    """The step is pushed, the window repaints, then the list catches up: once for a burst."""
    stack, view = history
    caught_up: list[int] = []
    view.history.currentMoved.connect(caught_up.append)
    for number in range(3):
        stack.push(Step(f"step {number}"))
    assert view.model().rowCount() == 1 and caught_up == []
    QApplication.processEvents()  # the window's repaint comes first
    qtbot.waitUntil(lambda: caught_up == [3], timeout=1000)
    assert rows(view) == ["<opened>", "step 0", "step 1", "step 2"] and current(view) == 3


def test_steps_are_listed_as_they_are_pushed_and_the_current_one_is_selected(history) -> None:  # type: ignore[no-untyped-def]
    stack, view = history
    assert rows(view) == ["<opened>"] and current(view) == 0
    for name in ("Add card", "Move card", "Rename card"):
        stack.push(Step(name))
    assert rows(view) == ["<opened>", "Add card", "Move card", "Rename card"]
    assert current(view) == 3
    assert [i.row() for i in view.selectionModel().selectedRows()] == [3]
    stack.undo()
    assert current(view) == 2
    stack.redo()
    assert current(view) == 3


def test_a_step_after_undoing_drops_the_steps_undone(history) -> None:  # type: ignore[no-untyped-def]
    stack, view = history
    for name in ("One", "Two", "Three", "Four"):
        stack.push(Step(name))
    stack.undo()
    stack.undo()
    stack.push(Step("Other"))
    assert rows(view) == ["<opened>", "One", "Two", "Other"]
    assert current(view) == 3


def test_a_merged_step_shows_its_new_name(history) -> None:  # type: ignore[no-untyped-def]
    stack, view = history
    stack.push(Step("Typing a", merge_id=7))
    stack.push(Step("Typing ab", merge_id=7))
    assert rows(view) == ["<opened>", "Typing ab"]


def test_clicking_a_step_undoes_or_redoes_up_to_it(qtbot: QtBot, history) -> None:  # type: ignore[no-untyped-def]
    stack, view = history
    for name in ("One", "Two", "Three"):
        stack.push(Step(name))
    Step.done.clear()
    view.history.flush()
    target = view.model().index(1, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(target).center())
    assert stack.index() == 1
    assert Step.done == ["undo Three", "undo Two"]
    opened = view.model().index(0, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(opened).center())
    assert stack.index() == 0
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert stack.index() == 3 and current(view) == 3


def test_clearing_the_stack_leaves_the_opened_map(history) -> None:  # type: ignore[no-untyped-def]
    stack, view = history
    stack.push(Step("One"))
    stack.clear()
    assert rows(view) == ["<opened>"] and current(view) == 0


def test_a_long_history_follows_each_step_in_order(history) -> None:  # type: ignore[no-untyped-def]
    stack, view = history
    for number in range(300):
        stack.push(Step(f"Step {number}"))
    stack.setIndex(10)
    stack.push(Step("Branch"))
    assert rows(view) == ["<opened>", *(f"Step {n}" for n in range(10)), "Branch"]
    assert current(view) == 11
