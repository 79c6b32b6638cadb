"""Work a dock does after the window has shown an edit, not before.

An edit repaints the canvas and the docks that follow the map (the History,
the Outline) in one pass of the window's repaint: the canvas, which the
consultant is looking at, waits for the docks' rows to be laid out and
painted. A dock that asks for its update through :class:`AfterFrame` is
brought up to date in the next pass instead, a few milliseconds later, and a
burst of edits (a key held down, a History jump) reaches it once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from journeydesigner.storage.heap import pause_collector

if TYPE_CHECKING:
    from journeydesigner.ui.main_window import MainWindow

_FOLLOW = QEvent.Type(QEvent.registerEventType())
# Qt asks for a window's repaint with a low-priority posted event, which the
# scene often posts only while it handles its own queued work for the edit;
# posting twice at that priority lands behind that repaint request.
_HOPS = 2


class AfterFrame(QObject):
    """Calls *callback* once after the repaint an edit asked for; requests until then are one."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        self._hops = 0  # events still to pass before calling back (0: nothing asked)

    def request(self) -> None:
        """Call back after the next repaint (once, however many requests come before it)."""
        if self._hops == 0:
            self._hops = _HOPS
            self._post()

    def flush(self) -> None:
        """Call back now if a request is waiting (its events, still queued, then do nothing)."""
        if self._hops > 0:
            self._hops = 0
            self._callback()

    def _post(self) -> None:
        QCoreApplication.postEvent(self, QEvent(_FOLLOW), Qt.EventPriority.LowEventPriority.value)

    def event(self, event: QEvent) -> bool:
        if event.type() != _FOLLOW:
            return super().event(event)
        if self._hops == 0:
            return True  # answered already by flush()
        self._hops -= 1
        if self._hops > 0:
            self._post()
        else:
            self._callback()
        return True


class AfterFirstPaint(QObject):
    """Calls *callback* once, just after *widget* is painted for the first time.

    A window opening a large map shows its canvas first and fills the docks
    that list the map (the Outline, the Inspector) right after: the
    consultant sees the map tens of milliseconds sooner.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._later = AfterFrame(callback, self)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._later.request()
        return False


# A window that is never shown (a script, a test) does not keep the collector paused for long.
_COLLECTOR_LIMIT_MS = 3000


def built_with_collector_paused(build: Callable[[], MainWindow | None]) -> MainWindow | None:
    """Call *build* (read a map, make its window), the cyclic collector held back until its canvas is painted.

    The collector's first look after the pause walks every object a large map
    and its window made (storage.heap): it waits until the map is on screen,
    or until the window goes, or a few seconds if it is never shown.
    """
    resume = pause_collector()
    try:
        window = build()
    except BaseException:
        resume()
        raise
    if window is None:
        resume()
        return None
    AfterFirstPaint(window.view.viewport(), resume)
    window.view.viewport().destroyed.connect(lambda *_: resume())  # closed before it was ever painted
    QTimer.singleShot(_COLLECTOR_LIMIT_MS, resume)
    return window
