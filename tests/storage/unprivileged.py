"""Run a check where folder permissions apply, also when the tests run as root (as in CI).

Root writes into read-only folders, so as root the check runs in a forked
child that becomes the unprivileged user ``nobody`` (uid/gid 65534) and sends
its result back through a pipe. Other users run the check directly.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import stat
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

NOBODY = 65534


def is_root() -> bool:
    return os.name == "posix" and os.geteuid() == 0


@contextlib.contextmanager
def traversable_folder() -> Iterator[Path]:
    """A new folder (mode 0o755) that ``nobody`` can reach: pytest's tmp_path is private to root."""
    for base in (Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp"), Path("/dev/shm")):
        if base.is_dir() and all(p.stat().st_mode & stat.S_IXOTH for p in (base, *base.parents)):
            break
    else:
        pytest.skip("no folder that an unprivileged user can reach")
    folder = Path(tempfile.mkdtemp(prefix="journeydesigner-perm-", dir=base))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in (folder, *folder.rglob("*")):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make *folder* read-only (0o555) for the duration of the block."""
    folder.chmod(0o555)
    try:
        yield
    finally:
        folder.chmod(0o755)


def run_unprivileged(action: Callable[[], Any]) -> Any:
    """Call *action* as an unprivileged user and return its result (a JSON value).

    As root it runs in a forked child that drops to ``nobody``; the child's
    own failures come back as an AssertionError with its traceback.
    """
    if not is_root():
        return action()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        status = 0
        try:
            os.close(read_end)
            signal.signal(signal.SIGALRM, signal.SIG_DFL)  # not pytest-timeout's handler
            signal.alarm(60)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            message = {"result": action()}
        except BaseException:
            message = {"crash": traceback.format_exc()}
            status = 1
        try:
            with os.fdopen(write_end, "wb") as stream:
                stream.write(json.dumps(message).encode("utf-8"))
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as stream:
        data = stream.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        raise AssertionError(f"the unprivileged child died without an answer (wait status {status})")
    answer = json.loads(data)
    if "crash" in answer:
        raise AssertionError("the unprivileged child failed:\n" + answer["crash"])
    return answer["result"]


def writable_by_unprivileged(folder: Path) -> bool:
    """Whether the unprivileged user can create a file in *folder* (permissions not enforced)."""

    def probe() -> bool:
        try:
            (folder / ".probe").write_bytes(b"")
        except PermissionError:
            return False
        (folder / ".probe").unlink()
        return True

    return bool(run_unprivileged(probe))
