"""Atomic file replacement: the old file or the new one, never a partial one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def temp_prefix(target: Path) -> str:
    """The prefix of the temporary files written beside *target*."""
    return f".{target.name}."


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write *data* to *path* atomically.

    The bytes go to a temporary file in the same folder, which is flushed and
    synced and then renamed over the target, so a crash or a full disk leaves
    either the old file or the new one. On failure the temporary file is
    removed and the error raised (OSError).
    """
    target = Path(os.path.realpath(path))  # write through a symlink, keep the link
    folder = target.parent
    mode = _mode_for(target)
    fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _sync_folder(folder)


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; new files get the usual ones."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    # Make the rename itself durable. Not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
