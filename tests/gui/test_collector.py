"""Garbage is collected on the GUI thread only, once a worker thread may run Python beside it.

A collection in a worker thread that frees a Qt object's wrapper can deadlock
with the GUI thread (document.collector): the export dialog's preview froze so.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from journeydesigner.document.collector import collect_on_gui_thread, gui_thread_collects
from journeydesigner.storage import heap
from journeydesigner.ui.pdf_preview import PdfMaker


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The names of the threads each collection starts on, while the test runs."""
    threads: list[str] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(note)
    yield threads
    gc.callbacks.remove(note)


def _qt_object_in_a_cycle() -> weakref.ref[Any]:
    class Holder:
        pass

    holder = Holder()
    holder.itself = holder  # type: ignore[attr-defined]
    holder.qt = QObject()  # type: ignore[attr-defined]
    return weakref.ref(holder)


def test_a_preview_maker_hands_collection_to_the_gui_thread(qtbot: QtBot, collections: list[str]) -> None:
    maker = PdfMaker()
    assert gui_thread_collects() and not gc.isenabled()
    gone = _qt_object_in_a_cycle()
    # A worker thread allocating far past the collector's threshold sets off no collection.
    worker = threading.Thread(target=lambda: [[] for _ in range(20 * gc.get_threshold()[0])], name="worker")
    worker.start()
    worker.join()
    assert "worker" not in collections
    ballast = [
        [] for _ in range(2 * gc.get_threshold()[0])
    ]  # the GUI thread's allocations, past the threshold
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)  # the GUI thread's timer collected
    del ballast
    assert collections and set(collections) == {threading.main_thread().name}
    maker.shutdown()


def test_the_gui_thread_does_not_collect_while_a_map_is_being_opened(
    qtbot: QtBot, collections: list[str]
) -> None:
    collect_on_gui_thread()
    resume = heap.pause_collector()
    try:
        gone = _qt_object_in_a_cycle()
        ballast = [[] for _ in range(2 * gc.get_threshold()[0])]  # past the threshold
        qtbot.wait(600)  # two of the timer's ticks
        assert gone() is not None and collections == []
    finally:
        resume()
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)
    del ballast
    assert not gc.isenabled()
