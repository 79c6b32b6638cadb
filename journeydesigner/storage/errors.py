"""The one exception type for a map file that cannot be read or written, and plain causes of OS errors."""

from __future__ import annotations

import errno
from pathlib import Path


class JourneyFileError(Exception):
    """A map file that cannot be loaded or saved.

    ``str(error)`` is one line, ``FILE: PATH: reason``, where PATH is a JSON
    path into the document (``$`` for the file as a whole). The CLI prints it
    as it is and the app shows it in a dialog.
    """

    def __init__(self, path: str | Path, reason: str, json_path: str = "$") -> None:
        self.path = str(path)
        self.reason = _one_line(reason)
        self.json_path = json_path
        super().__init__(f"{self.path}: {self.json_path}: {self.reason}")


class JourneySaveError(JourneyFileError):
    """A map that could not be written; the file on disk is unchanged."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


# Windows reports a file held open by another program (antivirus, sync client,
# another editor) as a sharing or lock violation; errno alone says EACCES.
_WINDOWS_IN_USE = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION

_SAVE_REASONS = {
    errno.EACCES: "permission denied: the folder or file is read-only or you lack the rights to write there",
    errno.EPERM: "permission denied: the folder or file is read-only or you lack the rights to write there",
    errno.EROFS: "the drive is read-only",
    errno.ENOSPC: "the disk is full",
    # Not every platform's errno module has EDQUOT (-1 matches no error then).
    getattr(errno, "EDQUOT", -1): "the disk is full",
    errno.ENOENT: (
        "the folder no longer exists (it was moved, renamed or removed, or the drive was disconnected)"
    ),
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENAMETOOLONG: "the path or file name is too long",
    errno.EISDIR: "there is a folder with that name",
}
_READ_REASONS = {
    **_SAVE_REASONS,
    errno.EACCES: "permission denied: you lack the rights to read the file",
    errno.EPERM: "permission denied: you lack the rights to read the file",
    errno.ENOENT: (
        "the file does not exist (it was moved, renamed or removed, or the drive was disconnected)"
    ),
    errno.EISDIR: "it is a folder, not a file",
}


def os_error_reason(exc: OSError, *, saving: bool) -> str:
    """The cause of a failed save (or read) in plain words, for the user.

    Falls back on the system's own text for errors without a plainer one.
    """
    if getattr(exc, "winerror", None) in _WINDOWS_IN_USE:
        return "the file is in use by another program"
    reasons = _SAVE_REASONS if saving else _READ_REASONS
    if exc.errno in reasons:
        return reasons[exc.errno]
    return exc.strerror or str(exc) or type(exc).__name__
