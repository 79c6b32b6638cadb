"""Ordered migrations of older .journey files, applied to the raw JSON dict.

Each migration takes a document of version N and returns one of version N+1.
They run before validation, so the models only ever see the current format.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journeydesigner.model.catalogue import default_channels, default_devices

Document = dict[str, Any]


def _v0_to_v1(doc: Document) -> Document:
    """Version 0, the prototype format, differed from version 1 in that:

    - cards said ``kind`` where they now say ``type``;
    - emotion markers kept their score in ``emotion``;
    - stages said ``time_frame`` where they now say ``timeframe``;
    - the channel and device catalogues were not stored in the file.
    """
    language = doc.get("language", "es") if isinstance(doc.get("language"), str) else "es"
    for persona in _dicts(doc.get("personas")):
        timeline = persona.get("timeline")
        if not isinstance(timeline, dict):
            continue
        for stage in _dicts(timeline.get("stages")):
            if "time_frame" in stage:
                stage["timeframe"] = stage.pop("time_frame")
        for card in _dicts(timeline.get("cards")):
            if "kind" in card and "type" not in card:
                card["type"] = card.pop("kind")
            if card.get("type") == "emotion" and "emotion" in card:
                card["score"] = card.pop("emotion")
    doc.setdefault("channels", [c.model_dump(mode="json") for c in default_channels(language)])
    doc.setdefault("devices", [d.model_dump(mode="json") for d in default_devices(language)])
    return doc


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


# MIGRATIONS[n] turns version n into version n + 1.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {0: _v0_to_v1}


def migrate(doc: Document, version: int, target: int) -> Document:
    """Bring *doc* from *version* up to *target*, one step at a time."""
    while version < target:
        doc = MIGRATIONS[version](doc)
        version += 1
    return doc
