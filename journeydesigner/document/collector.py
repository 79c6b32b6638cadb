"""Python's cyclic garbage collector, run on the GUI thread only.

Python collects in whichever thread allocates when a collection falls due.
In a worker thread (the export preview's, the recovery copies' writer) a
collection may free the wrapper of a Qt object left in a reference cycle by
the GUI thread: Qt then locks the object's connections and PySide waits for
the interpreter lock, which the GUI thread may hold while it waits for that
same Qt lock, in ``QLabel.setText`` say. Both wait for ever: the export
dialog froze so, its preview half made. So, before any worker thread runs
Python, automatic collection is turned off, and a timer on the GUI thread
collects each generation when Python would have (its counts past their
thresholds), a fraction of a second later at most.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

from journeydesigner.storage import heap

_INTERVAL_MS = 250


class _GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self._thresholds = gc.get_threshold()
        heap.stop_automatic_collection()
        timer = QTimer(self)
        timer.timeout.connect(self.collect_due)
        timer.start(_INTERVAL_MS)

    def collect_due(self) -> None:
        """Collect the oldest generation past its threshold, as Python would (not while paused)."""
        if heap.collector_held():
            return
        counts = gc.get_count()
        due = -1
        for generation in range(3):
            if counts[generation] <= self._thresholds[generation]:
                break
            due = generation
        if due >= 0:
            gc.collect(due)


def collect_on_gui_thread() -> None:
    """From now on collect on the GUI thread only (once per application; call it on the GUI thread).

    Without an application there is no GUI thread to wait on: nothing changes.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("the collector is handed to the GUI thread from the GUI thread")
    if app.findChild(_GuiThreadCollector) is None:
        _GuiThreadCollector(app)


def gui_thread_collects() -> bool:
    """True once collection is driven from the GUI thread (automatic collection is then off)."""
    app = QCoreApplication.instance()
    return app is not None and app.findChild(_GuiThreadCollector) is not None
