"""How a map file is read: all of it whatever its size said, and the garbage
collector given back as it was."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journeydesigner.storage import JourneyFileError, dumps_map, load_map, loads_map


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


@pytest.mark.parametrize("stated", [0, 10])
def test_a_file_larger_than_its_stated_size_is_read_whole(
    tmp_path: Path, small_map_bytes: bytes, monkeypatch: pytest.MonkeyPatch, stated: int
) -> None:
    # It grew after stat looked at it, or stat cannot tell (some file systems, pipes).
    path = tmp_path / "creciendo.journey"
    path.write_bytes(small_map_bytes)
    real_stat = os.stat

    def small_stat(target: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        fields = list(real_stat(target, *args, **kwargs))
        if str(target) == str(path):
            fields[6] = stated  # st_size
        return os.stat_result(fields)

    monkeypatch.setattr(os, "stat", small_stat)
    assert dumps_map(load_map(path)) == small_map_bytes
