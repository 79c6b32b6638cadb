"""Copy and paste of cards, between personas and between windows.

The clipboard carries JSON under the app's own MIME type: the cards, the
arrows among them and, for each card, its stage's name and its lane's kind
and name, so a paste into another persona (or another map) finds the
matching cell. Pasted cards always get new ids.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter, ValidationError
from PySide6.QtCore import QByteArray, QMimeData

from journeydesigner.canvas.mime import CARDS_MIME
from journeydesigner.model import edits as ed
from journeydesigner.model.cards import AnyCard, Card, DeviceCard, EmotionCard, TouchpointCard, lane_accepts
from journeydesigner.model.ids import new_id
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.model.timeline import Connection

_CARD = TypeAdapter(Card)
MAX_CLIPBOARD_BYTES = 16 * 1024 * 1024


def copy_payload(journey: JourneyMap, ids: list[str]) -> dict[str, Any] | None:
    """The clipboard payload for the selected cards (None when none is selected)."""
    index = journey.index
    cards = [index.cards[i][1] for i in ids if i in index.cards]
    if not cards:
        return None
    chosen = {c.id for c in cards}
    entries = []
    for card in cards:
        stage = index.stages[card.stage][1]
        lane = index.lanes[card.lane][1]
        entries.append(
            {
                "card": card.model_dump(mode="json"),
                "stage_name": stage.name,
                "lane_kind": lane.kind.value,
                "lane_name": lane.name,
            }
        )
    owner = index.cards[cards[0].id][0]
    links = [
        k.model_dump(mode="json")
        for k in owner.timeline.connections
        if k.source in chosen and k.target in chosen
    ]
    return {"cards": entries, "connections": links}


def to_mime(payload: dict[str, Any]) -> QMimeData:
    """QMimeData with the payload (and plain text titles for other apps)."""
    mime = QMimeData()
    mime.setData(CARDS_MIME, QByteArray(json.dumps(payload, ensure_ascii=False).encode("utf-8")))
    mime.setText("\n".join(entry["card"].get("title", "") for entry in payload["cards"]))
    return mime


def from_mime(mime: QMimeData) -> dict[str, Any] | None:
    """The payload in *mime*, or None for foreign or damaged data."""
    if not mime.hasFormat(CARDS_MIME):
        return None
    raw = bytes(mime.data(CARDS_MIME).data())
    if len(raw) > MAX_CLIPBOARD_BYTES:
        return None
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("cards"), list):
        return None
    return payload


def paste_edits(
    journey: JourneyMap, persona: Persona, payload: dict[str, Any], cell: tuple[str, str] | None = None
) -> tuple[list[ed.Edit], list[str]]:
    """Edits that add the payload's cards to *persona*, and the new cards' ids.

    A card goes to the stage with its stage's name (else the *cell*'s stage,
    else the first stage) and to the lane of its lane's kind and name (else
    one of that kind, else the cell's lane if it takes the card). Cards that
    fit nowhere are left out; references this map lacks are dropped.
    """
    timeline = persona.timeline
    if not timeline.stages:
        return [], []
    stages_by_name = {s.name.casefold(): s.id for s in timeline.stages}
    edits: list[ed.Edit] = []
    renamed: dict[str, str] = {}
    for entry in payload.get("cards", []):
        card = _card_from(entry)
        if card is None:
            continue
        stage_id = stages_by_name.get(str(entry.get("stage_name", "")).casefold())
        if stage_id is None:
            stage_id = cell[0] if cell else timeline.stages[0].id
        lane_id = _lane_for(persona, card, entry, cell)
        if lane_id is None:
            continue
        fresh = _adapted(journey, card, new_id("card"), stage_id, lane_id)
        if fresh is None:
            continue
        renamed[card.id] = fresh.id
        edits.append(ed.AddCard(persona.id, fresh))
    for raw in payload.get("connections", []):
        try:
            link = Connection.model_validate(raw)
        except ValidationError:
            continue
        if link.source in renamed and link.target in renamed:
            edits.append(
                ed.AddConnection(
                    persona.id,
                    Connection(
                        id=new_id("link"),
                        source=renamed[link.source],
                        target=renamed[link.target],
                        label=link.label,
                    ),
                )
            )
    return edits, list(renamed.values())


def _card_from(entry: Any) -> AnyCard | None:
    if not isinstance(entry, dict):
        return None
    try:
        return _CARD.validate_python(entry.get("card"))
    except ValidationError:
        return None


def _lane_for(
    persona: Persona, card: AnyCard, entry: dict[str, Any], cell: tuple[str, str] | None
) -> str | None:
    lanes = persona.timeline.lanes
    kind = entry.get("lane_kind")
    name = str(entry.get("lane_name", "")).casefold()
    same = [lane for lane in lanes if lane.kind.value == kind and lane_accepts(lane.kind, card.type)]
    for lane in same:
        if lane.name.casefold() == name:
            return lane.id
    if same:
        return same[0].id
    if cell is not None:
        target = next((lane for lane in lanes if lane.id == cell[1]), None)
        if target is not None and lane_accepts(target.kind, card.type):
            return target.id
    any_lane = next((lane for lane in lanes if lane_accepts(lane.kind, card.type)), None)
    return any_lane.id if any_lane else None


def _adapted(journey: JourneyMap, card: AnyCard, card_id: str, stage_id: str, lane_id: str) -> AnyCard | None:
    """A copy of *card* for this map: new id and cell, references it lacks dropped."""
    changes: dict[str, Any] = {"id": card_id, "stage": stage_id, "lane": lane_id}
    if isinstance(card, TouchpointCard):
        channels = {c.id for c in journey.channels}
        devices = {d.id for d in journey.devices}
        changes["channel"] = card.channel if card.channel in channels else None
        changes["devices"] = [d for d in card.devices if d in devices]
    elif isinstance(card, DeviceCard) and not any(d.id == card.device for d in journey.devices):
        return None
    elif isinstance(card, EmotionCard) and card.score not in journey.emotion_scale.scores():
        scores = journey.emotion_scale.scores()
        changes["score"] = min(scores, key=lambda s: abs(s - card.score))
    return card.model_copy(update=changes, deep=True)
