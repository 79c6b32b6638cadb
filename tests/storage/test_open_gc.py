"""Opening a map pauses the cyclic garbage collector and gives it back as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from journeydesigner.storage import JourneyFileError, loads_map


@pytest.fixture
def restore_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("good", [True, False])
def test_the_collector_is_left_as_it_was(
    small_map_bytes: bytes, restore_gc: None, enabled: bool, good: bool
) -> None:
    (gc.enable if enabled else gc.disable)()
    if good:
        loads_map(small_map_bytes)
    else:
        with pytest.raises(JourneyFileError):
            loads_map(small_map_bytes.replace(b'"title"', b'"titel"'))
    assert gc.isenabled() is enabled
