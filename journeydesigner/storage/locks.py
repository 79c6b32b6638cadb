"""Lock files that tell others a map is open, as office suites do on shared drives.

Beside ``map.journey`` the instance that opened it keeps ``.~lock.map.journey#``,
a small JSON file naming who holds it. A lock is advisory: it lets the app warn
"Marta has this map open on PC-MARTA" before two people overwrite each other's
work; it never stops a file from being read or saved.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from journeydesigner.storage.atomic import atomic_write_bytes
from journeydesigner.storage.processes import ProcessIdentity, pid_alive

APP_NAME = "Journey Designer"
REFRESH_INTERVAL = timedelta(minutes=10)
"""How often the holder rewrites the time in its lock (see :func:`refresh_lock`)."""
STALE_AFTER = timedelta(hours=2)
"""A lock not refreshed for this long is abandoned (a holder refreshes it every 10 minutes)."""

_MAX_LOCK_BYTES = 64 * 1024
# A lock is empty between its creation and the write of its content: a
# corrupt lock younger than this is given time to be finished before it is
# taken over.
_YOUNG_SECONDS = 2.0
_ATTEMPTS = 20  # waiting up to about a second for a lock being written (a slow share)
_RETRY_DELAY = 0.05
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock; ``corrupt`` locks (unreadable or not ours to parse) have user "?"."""

    user: str
    host: str
    pid: int
    session: str
    time: datetime
    corrupt: bool = False

    def held_by(self, identity: ProcessIdentity) -> bool:
        """Whether *identity* (this very instance and session) holds the lock."""
        return not self.corrupt and (self.host, self.pid, self.session) == (
            identity.host,
            identity.pid,
            identity.session,
        )


def lock_path(map_path: str | Path) -> Path:
    """The lock file of *map_path*: ``.~lock.NAME#`` beside the real file (symlinks resolved)."""
    real = Path(os.path.realpath(map_path))
    return real.with_name(f".~lock.{real.name}#")


def read_lock(map_path: str | Path) -> LockInfo | None:
    """Who holds the lock of *map_path*: None when there is no lock.

    Never raises: a lock that cannot be read or parsed is a corrupt LockInfo.
    """
    return _read(lock_path(map_path))[1]


def is_stale(
    info: LockInfo,
    identity: ProcessIdentity,
    now: datetime | None = None,
    max_age: timedelta = STALE_AFTER,
) -> bool:
    """Whether the lock *info* is abandoned and may be taken over by *identity*.

    Stale: corrupt, older than *max_age* (its holder stopped refreshing it),
    or written on this host by a process that no longer runs. Other hosts'
    processes cannot be checked: only the age tells.
    """
    if info.corrupt:
        return True
    if (now or datetime.now(UTC)) - info.time > max_age:
        return True
    return info.host == identity.host and not pid_alive(info.pid)


def acquire_lock(map_path: str | Path, identity: ProcessIdentity, force: bool = False) -> LockInfo | None:
    """Lock *map_path* for *identity*; None on success, else the live holder.

    A lock of *identity* itself or a stale one is replaced, and so is any lock
    when *force* is true. When no lock can be written (a read-only share, a
    vanished folder) the answer is None too: the map can still be opened, and
    saving will report the problem.
    """
    path = lock_path(map_path)
    for attempt in range(_ATTEMPTS):
        try:
            _create(path, _encode(identity, datetime.now(UTC)))
            return None
        except FileExistsError:
            pass
        except OSError:
            return None
        raw, info = _read(path)
        if info is None:
            continue  # released in the meantime
        if info.corrupt and _is_young(info) and attempt < _ATTEMPTS - 1:
            time.sleep(_RETRY_DELAY)  # probably being written right now
            continue
        if not (force or info.held_by(identity) or is_stale(info, identity)):
            return info
        try:
            _remove_if_unchanged(path, raw)
        except OSError:
            return None  # cannot replace it (read-only folder): open without a lock
    # Another instance won every race: report it if it holds a live lock.
    info = read_lock(map_path)
    if info is None or info.held_by(identity) or is_stale(info, identity):
        return None
    return info


def refresh_lock(map_path: str | Path, identity: ProcessIdentity) -> bool:
    """Rewrite the time in *identity*'s lock so that it does not go stale.

    A lock that has gone (someone removed it) is created again. Returns
    whether *identity* holds the lock afterwards; never raises.
    """
    path = lock_path(map_path)
    _, info = _read(path)
    try:
        if info is None:
            _create(path, _encode(identity, datetime.now(UTC)))
            return True
        if not info.held_by(identity):
            return False
        # Replaced whole, so that a reader never sees half a lock.
        atomic_write_bytes(path, _encode(identity, datetime.now(UTC)))
        return True
    except OSError:
        return False


def release_lock(map_path: str | Path, identity: ProcessIdentity) -> None:
    """Remove *identity*'s lock of *map_path*; anyone else's is left alone. Never raises."""
    path = lock_path(map_path)
    raw, info = _read(path)
    if info is not None and info.held_by(identity):
        with contextlib.suppress(OSError):
            _remove_if_unchanged(path, raw)


# ---------------------------------------------------------------- file format


def _encode(identity: ProcessIdentity, when: datetime) -> bytes:
    document = {
        "app": APP_NAME,
        "user": identity.user,
        "host": identity.host,
        "pid": identity.pid,
        "session": identity.session,
        "time": when.astimezone(UTC).isoformat(timespec="seconds"),
    }
    # ASCII with \u escapes: any user or host name (even undecodable ones) reads back the same.
    return (json.dumps(document) + "\n").encode("ascii")


def _decode(data: bytes, mtime: float | None) -> LockInfo:
    try:
        document: Any = json.loads(data.decode("utf-8"))
        user, host, pid, session, when = (
            document["user"],
            document["host"],
            document["pid"],
            document["session"],
            datetime.fromisoformat(document["time"]),
        )
    except (ValueError, TypeError, KeyError, RecursionError):
        return _corrupt(mtime)
    texts_ok = all(isinstance(value, str) for value in (user, host, session))
    if not texts_ok or isinstance(pid, bool) or not isinstance(pid, int):
        return _corrupt(mtime)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return LockInfo(user=user, host=host, pid=pid, session=session, time=when)


def _corrupt(mtime: float | None) -> LockInfo:
    when = _EPOCH if mtime is None else datetime.fromtimestamp(mtime, UTC)
    return LockInfo(user="?", host="?", pid=0, session="", time=when, corrupt=True)


def _is_young(info: LockInfo) -> bool:
    return abs((datetime.now(UTC) - info.time).total_seconds()) < _YOUNG_SECONDS


# ---------------------------------------------------------------- file operations


def _read(path: Path) -> tuple[bytes | None, LockInfo | None]:
    """The lock's bytes and what they say; (None, None) when there is no lock."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(_MAX_LOCK_BYTES + 1)
            mtime = os.fstat(stream.fileno()).st_mtime
    except (FileNotFoundError, NotADirectoryError):
        return None, None
    except OSError:
        mtime = None
        with contextlib.suppress(OSError):
            mtime = path.stat().st_mtime
        return None, _corrupt(mtime)
    if len(data) > _MAX_LOCK_BYTES:
        return data, _corrupt(mtime)
    return data, _decode(data, mtime)


def _create(path: Path, data: bytes) -> None:
    """Create the lock with *data*; FileExistsError when there is one already.

    O_EXCL makes creation atomic, also on network file systems (SMB, NFSv3+):
    of two instances racing, exactly one succeeds.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    os.close(fd)


def _remove_if_unchanged(path: Path, raw: bytes | None) -> None:
    """Remove the lock if it still holds *raw*, so that a lock another instance
    wrote since it was read is not removed in its place. Raises OSError."""
    try:
        with open(path, "rb") as stream:
            current: bytes | None = stream.read(_MAX_LOCK_BYTES + 1)
    except FileNotFoundError:
        return
    except OSError:
        current = None  # as unreadable as when it was read (raw is None then)
    if current == raw:
        os.unlink(path)
