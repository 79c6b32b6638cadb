"""Lock files beside a map tell other instances (other people on a shared drive) that it is open."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from journeydesigner.storage.locks import (
    APP_NAME,
    STALE_AFTER,
    LockInfo,
    acquire_lock,
    is_stale,
    lock_path,
    read_lock,
    refresh_lock,
    release_lock,
)
from journeydesigner.storage.processes import ProcessIdentity
from tests.conftest import ROOT
from tests.storage.unprivileged import (
    read_only,
    run_unprivileged,
    traversable_folder,
    writable_by_unprivileged,
)


@pytest.fixture
def map_path(tmp_path: Path) -> Path:
    path = tmp_path / "compra.journey"
    path.write_bytes(b"{}")
    return path


@pytest.fixture
def me() -> ProcessIdentity:
    return ProcessIdentity.current("sesion-a")


@pytest.fixture
def other(me: ProcessIdentity) -> ProcessIdentity:
    """Another instance on this host with a live pid (this very process, in another session)."""
    return ProcessIdentity(user="jordi", host=me.host, pid=me.pid, session="sesion-b")


def write_lock(map_path: Path, who: ProcessIdentity, when: datetime | None = None) -> None:
    """A lock as another instance writes it (the file format, spelled out)."""
    document = {
        "app": APP_NAME,
        "user": who.user,
        "host": who.host,
        "pid": who.pid,
        "session": who.session,
        "time": (when or datetime.now(UTC)).isoformat(),
    }
    lock_path(map_path).write_text(json.dumps(document), encoding="utf-8")


def holder(map_path: Path) -> str | None:
    info = read_lock(map_path)
    return None if info is None else info.session


def set_age(path: Path, seconds: float) -> None:
    when = time.time() - seconds
    os.utime(path, (when, when))


# ---------------------------------------------------------------- the lock file


def test_lock_file_sits_beside_the_map(map_path: Path) -> None:
    assert lock_path(map_path) == map_path.with_name(".~lock.compra.journey#")


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_lock_of_a_symlink_sits_beside_the_real_file(map_path: Path, tmp_path: Path) -> None:
    link = tmp_path / "escritorio" / "acceso.journey"
    link.parent.mkdir()
    link.symlink_to(map_path)
    assert lock_path(link) == lock_path(map_path)


def test_acquire_writes_who_holds_it_and_release_removes_it(map_path: Path, me: ProcessIdentity) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    assert acquire_lock(map_path, me) is None
    document = json.loads(lock_path(map_path).read_text(encoding="utf-8"))
    assert set(document) == {"app", "user", "host", "pid", "session", "time"}
    assert document["app"] == "Journey Designer"
    assert (document["user"], document["host"], document["pid"], document["session"]) == (
        me.user,
        me.host,
        me.pid,
        me.session,
    )
    when = datetime.fromisoformat(document["time"])
    assert when.utcoffset() == timedelta(0)
    assert before <= when <= datetime.now(UTC)

    info = read_lock(map_path)
    assert info == LockInfo(me.user, me.host, me.pid, me.session, when)
    assert info.held_by(me) and not info.corrupt
    assert acquire_lock(map_path, me) is None  # our own lock: taken again
    release_lock(map_path, me)
    assert not lock_path(map_path).exists()
    assert read_lock(map_path) is None
    assert map_path.read_bytes() == b"{}"
    assert sorted(p.name for p in map_path.parent.iterdir()) == ["compra.journey"]


def test_another_instance_sees_the_holder(
    map_path: Path, me: ProcessIdentity, other: ProcessIdentity
) -> None:
    assert acquire_lock(map_path, me) is None
    seen = acquire_lock(map_path, other)
    assert seen is not None and not seen.corrupt
    assert (seen.user, seen.host, seen.pid, seen.session) == (me.user, me.host, me.pid, me.session)
    assert not is_stale(seen, other)
    assert holder(map_path) == me.session  # untouched


def test_a_lock_of_a_dead_process_is_stale(
    map_path: Path, me: ProcessIdentity, other: ProcessIdentity, dead_pid: int
) -> None:
    crashed = ProcessIdentity(user="ana", host=me.host, pid=dead_pid, session="crashed")
    write_lock(map_path, crashed)
    info = read_lock(map_path)
    assert info is not None and is_stale(info, me)
    assert acquire_lock(map_path, me) is None
    assert holder(map_path) == me.session


def test_a_dead_pid_on_another_host_proves_nothing(
    map_path: Path, me: ProcessIdentity, dead_pid: int
) -> None:
    elsewhere = ProcessIdentity(user="ana", host="PC-ANA", pid=dead_pid, session="s")
    write_lock(map_path, elsewhere)
    seen = acquire_lock(map_path, me)
    assert seen is not None and seen.host == "PC-ANA"
    assert holder(map_path) == "s"


def test_a_lock_not_refreshed_for_two_hours_is_stale(
    map_path: Path, me: ProcessIdentity, other: ProcessIdentity
) -> None:
    elsewhere = ProcessIdentity(user="ana", host="PC-ANA", pid=4321, session="s")
    now = datetime.now(UTC)
    write_lock(map_path, elsewhere, now - STALE_AFTER - timedelta(minutes=1))
    info = read_lock(map_path)
    assert info is not None
    assert is_stale(info, me)
    assert not is_stale(info, me, now=now - timedelta(minutes=2))
    assert not is_stale(info, me, max_age=STALE_AFTER + timedelta(minutes=5))
    assert acquire_lock(map_path, me) is None
    assert holder(map_path) == me.session
    # Also when the holder still runs here: a pid can be reused after a reboot.
    write_lock(map_path, other, now - timedelta(hours=3))
    assert acquire_lock(map_path, me) is None and holder(map_path) == me.session


def test_a_naive_time_counts_as_utc(map_path: Path, me: ProcessIdentity) -> None:
    lock_path(map_path).write_text(
        '{"app": "Journey Designer", "user": "ana", "host": "PC-ANA", "pid": 1, "session": "s",'
        ' "time": "2020-01-01T10:00:00"}'
    )
    info = read_lock(map_path)
    assert info is not None and info.time == datetime(2020, 1, 1, 10, tzinfo=UTC) and is_stale(info, me)


CORRUPT_LOCKS = {
    "empty": b"",
    "not JSON": b"Jordi tiene el mapa abierto",
    "half written": b'{"app": "Journey Designer", "user": "jor',
    "not an object": b"[1, 2, 3]",
    "missing field": json.dumps({"user": "ana", "host": "h", "pid": 1, "session": "s"}).encode(),
    "pid is text": json.dumps(
        {"user": "ana", "host": "h", "pid": "1", "session": "s", "time": "2026-01-01T00:00:00+00:00"}
    ).encode(),
    "bad time": json.dumps({"user": "ana", "host": "h", "pid": 1, "session": "s", "time": "ayer"}).encode(),
    "not UTF-8": b'{"user": "\xff"}',
    "deeply nested": b"[" * 50_000 + b"]" * 50_000,
    "huge": b" " * 100_000,
}


@pytest.mark.parametrize("content", list(CORRUPT_LOCKS.values()), ids=list(CORRUPT_LOCKS))
def test_a_corrupt_lock_is_stale_and_taken_over(map_path: Path, me: ProcessIdentity, content: bytes) -> None:
    lock_path(map_path).write_bytes(content)
    set_age(lock_path(map_path), 60)
    info = read_lock(map_path)
    assert info is not None and info.corrupt and info.user == "?"
    assert is_stale(info, me) and not info.held_by(me)
    assert acquire_lock(map_path, me) is None
    assert holder(map_path) == me.session


def test_a_lock_that_cannot_be_read_is_corrupt(map_path: Path, me: ProcessIdentity) -> None:
    lock_path(map_path).mkdir()  # reading it fails (and it cannot be replaced either)
    set_age(lock_path(map_path), 60)
    info = read_lock(map_path)
    assert info is not None and info.corrupt
    assert acquire_lock(map_path, me) is None  # opened without a lock, no exception
    assert lock_path(map_path).is_dir()
    release_lock(map_path, me)
    assert refresh_lock(map_path, me) is False


def test_a_lock_being_written_gets_a_moment(
    map_path: Path, me: ProcessIdentity, other: ProcessIdentity
) -> None:
    # Another instance has just created its lock and not yet written it.
    lock_path(map_path).write_bytes(b"")
    code = (
        "import sys, time\n"
        "print('ready', flush=True)\n"
        "time.sleep(0.3)\n"
        "open(sys.argv[1], 'w').write(sys.argv[2])\n"
    )
    document = {"app": APP_NAME, "user": "jordi", "host": me.host, "pid": me.pid, "session": "sesion-b"}
    document["time"] = datetime.now(UTC).isoformat()
    writer = subprocess.Popen(
        [sys.executable, "-c", code, str(lock_path(map_path)), json.dumps(document)], stdout=subprocess.PIPE
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == b"ready\n"
        seen = acquire_lock(map_path, me)
    finally:
        writer.wait()
    assert seen is not None and seen.session == other.session


def test_force_takes_a_live_lock(map_path: Path, me: ProcessIdentity, other: ProcessIdentity) -> None:
    assert acquire_lock(map_path, other) is None
    assert acquire_lock(map_path, me, force=True) is None
    assert holder(map_path) == me.session
    # The one who lost it finds out on its next refresh, and leaves the lock alone.
    assert refresh_lock(map_path, other) is False
    release_lock(map_path, other)
    assert holder(map_path) == me.session


def test_release_never_removes_someone_elses_lock(
    map_path: Path, me: ProcessIdentity, other: ProcessIdentity
) -> None:
    release_lock(map_path, me)  # no lock at all: nothing happens
    assert acquire_lock(map_path, other) is None
    before = lock_path(map_path).read_bytes()
    release_lock(map_path, me)
    release_lock(map_path, ProcessIdentity(me.user, "OTRO-PC", me.pid, other.session))
    release_lock(map_path, ProcessIdentity(me.user, me.host, me.pid + 1, other.session))
    assert lock_path(map_path).read_bytes() == before
    lock_path(map_path).write_bytes(b"corrupt")
    release_lock(map_path, me)
    assert lock_path(map_path).read_bytes() == b"corrupt"


def test_refresh_rewrites_the_time(map_path: Path, me: ProcessIdentity) -> None:
    write_lock(map_path, me, datetime.now(UTC) - timedelta(minutes=90))
    assert refresh_lock(map_path, me) is True
    info = read_lock(map_path)
    assert info is not None and info.held_by(me)
    assert datetime.now(UTC) - info.time < timedelta(seconds=5)
    assert sorted(p.name for p in map_path.parent.iterdir()) == [".~lock.compra.journey#", "compra.journey"]


def test_refresh_puts_back_a_lock_that_was_removed(map_path: Path, me: ProcessIdentity) -> None:
    assert acquire_lock(map_path, me) is None
    lock_path(map_path).unlink()
    assert refresh_lock(map_path, me) is True
    assert holder(map_path) == me.session


def test_no_folder_no_lock_no_error(tmp_path: Path, me: ProcessIdentity) -> None:
    gone = tmp_path / "usb" / "compra.journey"
    assert read_lock(gone) is None
    assert acquire_lock(gone, me) is None
    assert refresh_lock(gone, me) is False
    release_lock(gone, me)
    assert not gone.parent.exists()


# ---------------------------------------------------------------- a read-only share


def _lock_attempts(map_path: Path, session: str) -> dict[str, Any]:
    me = ProcessIdentity.current(session)
    result = acquire_lock(map_path, me)
    refreshed = refresh_lock(map_path, me)
    release_lock(map_path, me)
    return {"holder": None if result is None else result.session, "refreshed": refreshed}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder(me: ProcessIdentity) -> None:
    with traversable_folder() as folder:
        path = folder / "compra.journey"
        path.write_bytes(b"{}")
        with read_only(folder):
            if writable_by_unprivileged(folder):
                pytest.skip("this file system does not enforce permissions")
            outcome = run_unprivileged(lambda: _lock_attempts(path, "lectora"))
            assert outcome == {"holder": None, "refreshed": False}  # opened, without a lock
            assert sorted(p.name for p in folder.iterdir()) == ["compra.journey"]
        # Someone with write access holds it: a reader of the share still sees who.
        write_lock(path, ProcessIdentity("marta", me.host, me.pid, "sesion-marta"))
        with read_only(folder):
            outcome = run_unprivileged(lambda: _lock_attempts(path, "lectora"))
        assert outcome == {"holder": "sesion-marta", "refreshed": False}
        assert holder(path) == "sesion-marta"


# ---------------------------------------------------------------- races


def test_of_many_instances_racing_exactly_one_gets_the_lock(map_path: Path) -> None:
    go = map_path.with_name("go")
    code = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from journeydesigner.storage.locks import acquire_lock\n"
        "from journeydesigner.storage.processes import ProcessIdentity\n"
        "me = ProcessIdentity.current(f'racer-{os.getpid()}')\n"
        "while not os.path.exists(sys.argv[2]):\n"
        "    time.sleep(0.001)\n"
        "holder = acquire_lock(Path(sys.argv[1]), me)\n"
        "print('won' if holder is None else 'lost', flush=True)\n"
        "time.sleep(3)  # stay alive, so that the lock is not stale for the others\n"
    )
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(map_path), str(go)], stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        for _ in range(6)
    ]
    try:
        time.sleep(1.0)  # let them start and import
        go.write_bytes(b"")
        answers = [racer.stdout.readline().strip() for racer in racers if racer.stdout is not None]
    finally:
        for racer in racers:
            racer.kill()
            racer.wait()
    assert sorted(answers) == ["lost"] * 5 + ["won"], answers
