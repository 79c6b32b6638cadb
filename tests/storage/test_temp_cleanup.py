"""Temporary files name their writer, and those of writers that are gone are cleaned up."""

from __future__ import annotations

import getpass
import os
import re
import socket
import time
from pathlib import Path

import pytest

from journeydesigner.model import JourneyMap
from journeydesigner.storage import atomic, dumps_map, save_map
from journeydesigner.storage.atomic import STALE_TEMP_SECONDS, remove_stale_temps, temp_files, temp_prefix
from journeydesigner.storage.processes import ProcessIdentity, current_user, host_tag, pid_alive

OTHER_HOST = "0badcafe"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "compra.journey"
    path.write_bytes(b"old")
    return path


def temp(target: Path, host: str, pid: int, random: str = "abc123_x", age: float = 0.0) -> Path:
    """A temporary file of *target* as a writer on *host* with *pid* leaves it, *age* seconds old."""
    path = target.with_name(f".{target.name}.{host}-{pid}.{random}.tmp")
    path.write_bytes(b"half a ma")
    if age:
        when = time.time() - age
        os.utime(path, (when, when))
    return path


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---------------------------------------------------------------- the name


def test_the_temporary_name_carries_host_and_pid(target: Path) -> None:
    prefix = temp_prefix(target)
    assert prefix == f".compra.journey.{host_tag()}-{os.getpid()}."
    assert re.fullmatch(r"[0-9a-f]{8}", host_tag())
    assert host_tag() == host_tag()


def test_host_tag_is_a_hash_of_the_host_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "gethostname", lambda: "PC-MARTA")
    first = host_tag()
    monkeypatch.setattr(socket, "gethostname", lambda: "PC-JORDI")
    assert first != host_tag() and re.fullmatch(r"[0-9a-f]{8}", host_tag())


# ---------------------------------------------------------------- what is stale


def test_dead_writer_on_this_host_is_removed(target: Path, dead_pid: int) -> None:
    stale = temp(target, host_tag(), dead_pid)
    assert remove_stale_temps(target) == 1
    assert not stale.exists() and target.read_bytes() == b"old"


def test_live_writers_are_kept(target: Path, live_pid: int) -> None:
    mine = temp(target, host_tag(), os.getpid())
    other_process = temp(target, host_tag(), live_pid, "zzzzzzzz")
    assert remove_stale_temps(target) == 0
    assert mine.exists() and other_process.exists()


def test_other_hosts_are_judged_by_age(target: Path, dead_pid: int) -> None:
    recent = temp(target, OTHER_HOST, dead_pid, age=STALE_TEMP_SECONDS - 120)
    old = temp(target, OTHER_HOST, dead_pid, "oldoldol", age=STALE_TEMP_SECONDS + 120)
    assert remove_stale_temps(target) == 1
    assert recent.exists() and not old.exists()


def test_an_hour_old_temporary_file_goes_even_if_its_pid_runs(target: Path, live_pid: int) -> None:
    # A pid can be reused; no save takes an hour.
    old = temp(target, host_tag(), live_pid, age=STALE_TEMP_SECONDS + 120)
    assert remove_stale_temps(target) == 1
    assert not old.exists()


def test_old_style_names_are_removed_by_age(target: Path) -> None:
    recent = target.with_name(".compra.journey.k2j4h5g6.tmp")
    old = target.with_name(".compra.journey.a1b2c3d4.tmp")
    for path in (recent, old):
        path.write_bytes(b"x")
    when = time.time() - STALE_TEMP_SECONDS - 120
    os.utime(old, (when, when))
    assert remove_stale_temps(target) == 1
    assert recent.exists() and not old.exists()


def test_only_this_targets_temporary_files_are_touched(target: Path, dead_pid: int) -> None:
    others = [
        target.with_name(f".otro.journey.{host_tag()}-{dead_pid}.abcdefgh.tmp"),  # another map's
        target.with_name(f".compra.journey.{host_tag()}-{dead_pid}.abcdefgh.bak"),  # not .tmp
        target.with_name(f".compra.journey.{host_tag()}-{dead_pid}.tmp"),  # no random part
        target.with_name(f"compra.journey.{host_tag()}-{dead_pid}.abcdefgh.tmp"),  # not hidden
        target.with_name(".compra.journey.notes.tmp"),  # someone's own file, recent
    ]
    for path in others:
        path.write_bytes(b"keep")
    folder = temp(target, host_tag(), dead_pid, "folder__")
    folder.unlink()
    folder.mkdir()  # never a folder, whatever its name
    assert remove_stale_temps(target) == 0
    assert all(path.exists() for path in others) and folder.is_dir()


def test_missing_or_unreadable_folder_is_not_an_error(tmp_path: Path) -> None:
    assert remove_stale_temps(tmp_path / "no-existe" / "compra.journey") == 0


# ---------------------------------------------------------------- saving cleans up


def test_saving_removes_what_killed_saves_left(
    target: Path, small_map: JourneyMap, dead_pid: int, live_pid: int
) -> None:
    stale = [temp(target, host_tag(), dead_pid), temp(target, OTHER_HOST, 1, age=STALE_TEMP_SECONDS * 3)]
    running = temp(target, host_tag(), live_pid)  # another instance saving right now
    save_map(small_map, target)
    assert target.read_bytes() == dumps_map(small_map)
    assert not any(path.exists() for path in stale)
    assert temp_files(target) == [running]


def test_a_failing_clean_up_does_not_stop_the_save(
    target: Path, small_map: JourneyMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(target: Path) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic, "remove_stale_temps", broken)
    save_map(small_map, target)
    assert target.read_bytes() == dumps_map(small_map)


def test_long_names_use_a_shortened_stem(tmp_path: Path, small_map: JourneyMap, dead_pid: int) -> None:
    target = tmp_path / ("m" * 247 + ".journey")
    prefix = temp_prefix(target)
    assert len(f"{prefix}abcdefgh.tmp".encode()) <= 255
    left = tmp_path / f"{prefix.rsplit('.', 2)[0]}.{host_tag()}-{dead_pid}.abcdefgh.tmp"
    left.write_bytes(b"x")
    assert temp_files(target) == [left]
    save_map(small_map, target)
    assert names(tmp_path) == [target.name]


# ---------------------------------------------------------------- processes


def test_pid_alive(dead_pid: int, live_pid: int) -> None:
    assert pid_alive(os.getpid())
    assert pid_alive(live_pid)
    assert not pid_alive(dead_pid)
    assert not pid_alive(0) and not pid_alive(-1)  # process groups, never a process
    assert not pid_alive(2**80)


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_pid_alive_for_another_users_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_permitted(pid: int, signal: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "kill", not_permitted)
    assert pid_alive(12345)


def test_process_identity() -> None:
    me = ProcessIdentity.current("s-1")
    assert (me.pid, me.session) == (os.getpid(), "s-1")
    assert me.user and me.host == socket.gethostname()
    with pytest.raises(AttributeError):
        me.pid = 1  # type: ignore[misc]  # frozen


def test_user_name_has_a_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_user() -> str:
        raise KeyError("getpwuid(): uid not found: 1234")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert current_user() == "unknown"
