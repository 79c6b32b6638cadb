"""Python's cyclic garbage collector while a large map is read and shown.

Reading a 10,000-card map makes a few hundred thousand containers and no
reference cycles; building its window makes tens of thousands more. The
collections that all this allocation sets off find nothing to free, and the
full ones walk the whole heap: on the benchmarks' stress map they added tens
of milliseconds to every open. Memory is freed by reference counting
meanwhile, which is how these objects go anyway; the collector looks at them
once, after the block (a window opening a map resumes it once its canvas has
been painted: that one look walks every object the map and its window made).

(Setting the open map aside for good with ``gc.freeze`` would spare that
last look too, but once the frozen objects are given back to the collector
when a window closes, collecting PySide's wrappers among them crashed the
interpreter: the tests caught it. So the map is not frozen.)
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# Pauses in force (the GUI thread's collector, document.collector, waits while there are any).
_holds = 0
# False once collection is driven from the GUI thread: automatic collection then stays off.
_automatic = True


def pause_collector() -> Callable[[], None]:
    """Hold back the cyclic garbage collector until the function returned is called.

    Calling it more than once does no harm. A caller that had paused the
    collector itself keeps it paused; of two pauses overlapping, the one that
    ends first resumes the collector for both.
    """
    global _holds
    enabled = gc.isenabled()
    gc.disable()
    _holds += 1
    resumed = False

    def resume() -> None:
        global _holds
        nonlocal resumed
        if not resumed:
            resumed = True
            _holds -= 1
            if enabled and _automatic:
                gc.enable()

    return resume


def collector_held() -> bool:
    """True while a pause is in force."""
    return _holds > 0


def stop_automatic_collection() -> None:
    """Turn Python's automatic collection off for good: the caller collects instead (pauses still hold)."""
    global _automatic
    _automatic = False
    gc.disable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold back the cyclic garbage collector for the duration of the block (see :func:`pause_collector`)."""
    resume = pause_collector()
    try:
        yield
    finally:
        resume()
