"""The collector is held back while a map is read and shown, and given back as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from journeydesigner.storage.heap import collector_paused


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
