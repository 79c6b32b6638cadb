"""The one exception type for a map file that cannot be read or written."""

from __future__ import annotations

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
