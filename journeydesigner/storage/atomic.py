"""Atomic file replacement: the old file or the new one, never a partial one."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path

from journeydesigner.storage.processes import host_tag, pid_alive

TEMP_SUFFIX = ".tmp"
STALE_TEMP_SECONDS = 3600.0
"""A temporary file unchanged for this long is abandoned, whoever wrote it: no save takes an hour."""

# Temporary names are ".NAME.<hosttag>-<pid>.<random>.tmp". Names are limited to
# 255 bytes (UTF-16 units on Windows, never more than UTF-8 bytes): NAME is
# shortened in temporary names so that a long but legal file name can still be saved.
_TEMP_EXTRA_BYTES = len(".." + "0" * 8 + "-" + "0" * 10 + "." + "x" * 8 + TEMP_SUFFIX)
_NAME_BUDGET = 255 - _TEMP_EXTRA_BYTES
_TEMP_TAIL = re.compile(r"([0-9a-f]{8})-([0-9]{1,10})\.[a-z0-9_]+" + re.escape(TEMP_SUFFIX))
# Before the writer was part of the name (".NAME.<random>.tmp"); cleaned up by age only.
_LEGACY_TAIL = re.compile(r"[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX))


def temp_prefix(target: Path) -> str:
    """The prefix of the temporary files this process writes beside *target*."""
    return f"{_temp_stem(target)}{host_tag()}-{os.getpid()}."


def temp_files(target: Path) -> list[Path]:
    """The temporary files of *target* (any writer, symlinks resolved) that are in its folder now."""
    target = Path(os.path.realpath(target))
    stem = _temp_stem(target)
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    return [target.parent / name for name in sorted(names) if _is_temp_name(name, stem)]


def remove_stale_temps(target: Path) -> int:
    """Delete the temporary files of *target* left by writers that are gone; return how many.

    Stale means written on this host by a process that no longer runs, or,
    whoever wrote it (other hosts' processes cannot be checked), unchanged for
    an hour. Never raises: a file that cannot be removed is left for next time.
    """
    target = Path(os.path.realpath(target))
    stem = _temp_stem(target)
    here = host_tag()
    now = time.time()
    removed = 0
    try:
        with os.scandir(target.parent) as entries:
            candidates = [entry for entry in entries if _is_temp_name(entry.name, stem)]
    except OSError:
        return 0
    for entry in candidates:
        match = _TEMP_TAIL.fullmatch(entry.name[len(stem) :])
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            stale = match is not None and match[1] == here and not pid_alive(int(match[2]))
            if not stale:
                stale = now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS
            if stale:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write *data* to *path* atomically.

    The bytes go to a temporary file in the same folder, which is flushed and
    synced and then renamed over the target, so a crash or a full disk leaves
    either the old file or the new one. On failure the temporary file is
    removed and the error raised (OSError). Temporary files that killed
    writers left behind are removed first.
    """
    target = Path(os.path.realpath(path))  # write through a symlink, keep the link
    folder = target.parent
    with contextlib.suppress(OSError, ValueError):  # tidying up must never stop a save
        remove_stale_temps(target)
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


def _temp_stem(target: Path) -> str:
    """ ".NAME." with NAME shortened to fit the length limit of file names."""
    name = target.name
    while len(name.encode("utf-8", "surrogatepass")) > _NAME_BUDGET:
        name = name[:-1]
    return f".{name}."


def _is_temp_name(name: str, stem: str) -> bool:
    if not (name.startswith(stem) and name.endswith(TEMP_SUFFIX)):
        return False
    tail = name[len(stem) :]
    return _TEMP_TAIL.fullmatch(tail) is not None or _LEGACY_TAIL.fullmatch(tail) is not None


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
