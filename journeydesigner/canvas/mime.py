"""MIME types of the designer's drags and clipboard, and their payloads."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData

from journeydesigner.storage import FILE_SUFFIX

PALETTE_MIME = "application/x-journeydesigner-palette"
CARDS_MIME = "application/x-journeydesigner-cards"


def map_paths(mime: QMimeData | None) -> list[Path]:
    """The local .journey files in dragged data (files dropped to be opened)."""
    if mime is None or not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(FILE_SUFFIX)
    ]


@dataclass(frozen=True)
class PaletteEntry:
    """What a palette entry creates when dropped.

    ``kind`` is "stage", "card" (with ``card_type``), "emotion" (with
    ``score``: the level shown on the entry; the drop height decides the
    final score), "device" (with ``device``: a catalogue id) or "connection"
    (the connection tool, not droppable).
    """

    kind: str
    card_type: str = ""
    score: int = 0
    device: str = ""

    def to_mime(self) -> QMimeData:
        """A QMimeData carrying this entry."""
        mime = QMimeData()
        mime.setData(PALETTE_MIME, QByteArray(json.dumps(asdict(self)).encode("utf-8")))
        return mime

    @classmethod
    def from_mime(cls, mime: QMimeData) -> PaletteEntry | None:
        """The entry carried by *mime*, or None when it carries none (or garbage)."""
        if not mime.hasFormat(PALETTE_MIME):
            return None
        try:
            data: Any = json.loads(bytes(mime.data(PALETTE_MIME).data()).decode("utf-8"))
            return cls(
                kind=str(data["kind"]),
                card_type=str(data.get("card_type", "")),
                score=int(data.get("score", 0)),
                device=str(data.get("device", "")),
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            return None
