"""The collector is held back while a map is read and shown, and given back as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from journeydesigner.storage import heap
from journeydesigner.storage.heap import collector_paused, pause_collector


@pytest.fixture(autouse=True)
def collector_as_it_was() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    (gc.enable if enabled else gc.disable)()


def test_the_block_runs_without_collections_and_the_collector_resumes() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failing_block_resumes_the_collector() -> None:
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("bad map")
    assert gc.isenabled()


def test_a_caller_that_paused_the_collector_keeps_it_paused() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_a_pause_ends_when_resumed_and_resuming_twice_does_no_harm() -> None:
    gc.enable()
    resume = pause_collector()
    assert not gc.isenabled()
    resume()
    assert gc.isenabled()
    gc.disable()
    resume()  # already resumed: the collector is left as it is now
    assert not gc.isenabled()


def test_a_pause_is_held_until_resumed_and_counts_overlapping_pauses() -> None:
    assert not heap.collector_held()
    first, second = pause_collector(), pause_collector()
    assert heap.collector_held()
    first()
    first()  # twice: still one pause ended
    assert heap.collector_held()
    second()
    assert not heap.collector_held()


def test_once_collection_is_taken_over_a_pause_does_not_turn_it_back_on() -> None:
    gc.enable()
    resume = pause_collector()
    heap.stop_automatic_collection()  # a window's worker thread starts meanwhile (document.collector)
    resume()
    assert not gc.isenabled()
    with collector_paused():
        assert heap.collector_held()
    assert not gc.isenabled() and not heap.collector_held()
