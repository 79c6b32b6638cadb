"""Errors of the interop formats: one line, with the line (or row) where the problem is."""

from __future__ import annotations

from dataclasses import dataclass


class InteropError(ValueError):
    """A file that cannot be imported, or a map that cannot be written in a format.

    ``str(error)`` is one line: ``line 7: reason`` when the problem has a line
    (a Mermaid line, a CSV line, a spreadsheet row), else the reason alone.
    """

    def __init__(self, reason: str, line: int | None = None) -> None:
        self.reason = " ".join(reason.split())
        self.line = line
        super().__init__(f"line {line}: {self.reason}" if line is not None else self.reason)


@dataclass(frozen=True)
class SkippedRow:
    """An inventory row that could not be placed in the map, and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"
