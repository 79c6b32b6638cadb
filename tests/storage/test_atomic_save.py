"""Saving is atomic: the old file or the new one, never a partial one, never a stray temporary file."""

from __future__ import annotations

import errno
import math
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journeydesigner.model import JourneyMap
from journeydesigner.storage import JourneyFileError, JourneySaveError, atomic, dumps_map, load_map, save_map
from journeydesigner.storage.processes import host_tag


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "mapas"
    path.mkdir()
    return path


@pytest.fixture
def saved(folder: Path, small_map: JourneyMap) -> Path:
    """The small map, saved as the existing file that a failed save must not touch."""
    path = folder / "compra.journey"
    save_map(small_map, path)
    return path


@pytest.fixture
def changed(small_map: JourneyMap) -> JourneyMap:
    """A different map to save over the existing one."""
    small_map.title = "Compra online (versión 2)"
    return small_map


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def assert_clean_save_error(err: BaseException, path: Path, reason: str) -> None:
    assert isinstance(err, JourneySaveError) and isinstance(err, JourneyFileError)
    message = str(err)
    assert len(message.splitlines()) == 1
    assert message.startswith(f"{path}: $: cannot save"), message
    assert reason in message, message


# ---------------------------------------------------------------- round trip


def test_load_then_save_is_byte_identical(folder: Path, small_map: JourneyMap) -> None:
    first = folder / "uno.journey"
    save_map(small_map, first)
    original = first.read_bytes()
    assert original == dumps_map(small_map)

    loaded = load_map(first)
    second = folder / "dos.journey"
    save_map(loaded, second)
    assert second.read_bytes() == original
    save_map(loaded, first)  # over itself
    assert first.read_bytes() == original
    assert listing(folder) == ["dos.journey", "uno.journey"]


def test_save_replaces_the_old_content(saved: Path, changed: JourneyMap) -> None:
    save_map(changed, saved)
    assert saved.read_bytes() == dumps_map(changed)
    assert load_map(saved).title == "Compra online (versión 2)"


def test_temporary_file_is_written_synced_in_the_same_folder_and_renamed(
    saved: Path, changed: JourneyMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, Any]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}") if Path("/proc/self/fd").exists() else fd))
        real_fsync(fd)

    def replace(source: Any, target: Any) -> None:
        source_path = Path(source)
        # Complete and durable before it takes the old file's place.
        assert source_path.read_bytes() == dumps_map(changed)
        events.append(("replace", (source_path, Path(target))))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    save_map(changed, saved)

    names = [name for name, _ in events]
    assert "replace" in names
    (source, target) = next(arg for name, arg in events if name == "replace")
    synced_before_rename = [arg for name, arg in events[: names.index("replace")] if name == "fsync"]
    assert synced_before_rename, "the temporary file must be synced before the rename"
    if Path("/proc/self/fd").exists():
        assert Path(synced_before_rename[0]) == source
    assert source.parent == saved.parent  # same folder: the rename is atomic
    # ".NAME.<host tag>-<pid>.<random>.tmp": the writer is in the name, for clean-up after a crash.
    assert source.name.startswith(f".compra.journey.{host_tag()}-{os.getpid()}.")
    assert source.name.endswith(".tmp")
    assert target == saved
    assert not source.exists()
    assert saved.read_bytes() == dumps_map(changed)


# ---------------------------------------------------------------- failures


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_disk_full_leaves_the_old_file_and_no_temporary_file(
    saved: Path, changed: JourneyMap, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    before = saved.read_bytes()
    names_before = listing(saved.parent)

    def no_space(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, failing, no_space)
    with pytest.raises(JourneySaveError) as info:
        save_map(changed, saved)
    monkeypatch.undo()

    assert_clean_save_error(info.value, saved, "cannot save: the disk is full")
    assert saved.read_bytes() == before
    assert listing(saved.parent) == names_before


def test_unwritable_folder_leaves_the_old_file_and_no_temporary_file(
    saved: Path, changed: JourneyMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A read-only folder, simulated: root ignores permissions.
    before = saved.read_bytes()

    def denied(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(JourneySaveError) as info:
        save_map(changed, saved)
    monkeypatch.undo()

    assert_clean_save_error(info.value, saved, "cannot save: permission denied")
    assert saved.read_bytes() == before
    assert listing(saved.parent) == ["compra.journey"]


def test_save_to_a_vanished_folder_names_the_file(tmp_path: Path, small_map: JourneyMap) -> None:
    gone = tmp_path / "usb"
    gone.mkdir()
    gone.rmdir()
    target = gone / "compra.journey"
    with pytest.raises(JourneySaveError) as info:
        save_map(small_map, target)
    assert_clean_save_error(info.value, target, "the folder no longer exists")
    assert info.value.path == str(target)
    assert not gone.exists()


class _Exploding:
    """A file object that writes part of the data, then fails."""

    def __init__(self, stream: Any, error: BaseException) -> None:
        self._stream = stream
        self._error = error

    def __enter__(self) -> _Exploding:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stream.close()

    def write(self, data: bytes) -> int:
        self._stream.write(data[: len(data) // 2])
        self._stream.flush()
        raise self._error

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@pytest.fixture
def temp_files_seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """The temporary files the save creates (to check that they existed and were removed)."""
    seen: list[Path] = []
    real_mkstemp = tempfile.mkstemp

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        fd, name = real_mkstemp(*args, **kwargs)
        seen.append(Path(name))
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    yield seen


@pytest.mark.parametrize(
    "error",
    [OSError(errno.EIO, "Input/output error"), RuntimeError("boom"), KeyboardInterrupt()],
    ids=["I/O error", "unexpected exception", "Ctrl+C"],
)
def test_exception_while_writing_leaves_no_temporary_file(
    saved: Path,
    changed: JourneyMap,
    monkeypatch: pytest.MonkeyPatch,
    temp_files_seen: list[Path],
    error: BaseException,
) -> None:
    before = saved.read_bytes()
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: _Exploding(real_fdopen(fd, *a, **k), error))

    expected = JourneySaveError if isinstance(error, OSError) else type(error)
    with pytest.raises(expected):
        save_map(changed, saved)
    monkeypatch.undo()

    assert len(temp_files_seen) == 1 and temp_files_seen[0].parent == saved.parent
    assert not temp_files_seen[0].exists()
    assert [p for p in saved.parent.iterdir() if p.name.endswith(atomic.TEMP_SUFFIX)] == []
    assert listing(saved.parent) == ["compra.journey"]
    assert saved.read_bytes() == before


def test_map_that_json_cannot_hold_is_not_saved(saved: Path, changed: JourneyMap) -> None:
    # The model accepts NaN in a metric when it is set in code; writing it would
    # give a file that cannot be opened again, so the save is refused instead.
    metric = next(c for c in changed.personas[0].timeline.cards if c.type == "metric")
    metric.value = math.nan
    before = saved.read_bytes()
    with pytest.raises(JourneySaveError) as info:
        save_map(changed, saved)
    assert_clean_save_error(info.value, saved, "JSON")
    assert saved.read_bytes() == before
    assert listing(saved.parent) == ["compra.journey"]


# ---------------------------------------------------------------- what is kept


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o644, 0o444, 0o664], ids=oct)
def test_permissions_of_an_existing_file_are_kept(saved: Path, changed: JourneyMap, mode: int) -> None:
    saved.chmod(mode)
    save_map(changed, saved)
    assert stat.S_IMODE(saved.stat().st_mode) == mode
    assert saved.read_bytes() == dumps_map(changed)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077], ids=oct)
def test_new_file_gets_the_usual_permissions(folder: Path, small_map: JourneyMap, umask: int) -> None:
    old = os.umask(umask)
    try:
        target = folder / "nuevo.journey"
        save_map(small_map, target)
    finally:
        os.umask(old)
    # Not mkstemp's 0o600: as if the file had been created with open().
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
@pytest.mark.parametrize("relative", [False, True], ids=["absolute link", "relative link"])
def test_saving_through_a_symlink_keeps_the_symlink(
    tmp_path: Path, saved: Path, changed: JourneyMap, relative: bool
) -> None:
    links = tmp_path / "escritorio"
    links.mkdir()
    link = links / "acceso.journey"
    link.symlink_to(os.path.relpath(saved, links) if relative else saved)
    link_target = os.readlink(link)

    save_map(changed, link)

    assert link.is_symlink() and os.readlink(link) == link_target
    assert saved.read_bytes() == dumps_map(changed)
    assert load_map(link).title == changed.title
    assert listing(links) == ["acceso.journey"]
    assert listing(saved.parent) == ["compra.journey"]


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_saving_through_a_dangling_symlink_creates_its_target(
    tmp_path: Path, folder: Path, small_map: JourneyMap
) -> None:
    link = tmp_path / "acceso.journey"
    link.symlink_to(folder / "todavia-no.journey")
    save_map(small_map, link)
    assert link.is_symlink()
    assert (folder / "todavia-no.journey").read_bytes() == dumps_map(small_map)
