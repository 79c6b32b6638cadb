"""Hypothesis strategies shared by the tests.

``journey_maps()`` draws random *valid* maps: metadata, an emotion scale,
channel and device catalogues, personas with icon or image avatars, and
timelines with stages, lanes of every kind, cards of every type placed only in
lanes that accept them, and connections between different cards. Texts mix
accents, emoji (with joiners and skin tones), ``<>&"`` and line breaks with
arbitrary unicode, and sometimes sit exactly at the model's length limits.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from journeydesigner.model import LANE_ACCEPTS, CardType, JourneyMap, LaneKind, limits

_ID_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_ID_REST = _ID_FIRST + "_.:-"
_ICON_FIRST = "abcdefghijklmnopqrstuvwxyz0123456789"
_HEX = "0123456789abcdefABCDEF"

# Pieces of text that workshop maps really contain, and that break naive
# writers: accents, typographic quotes, markup characters, emoji sequences.
_PIECES = [
    "á", "é", "í", "ó", "ú", "ü", "ñ", "Ñ", "ç", "à", "ß", "ø", "¿", "¡", "€", "…", "—",
    "«", "»", "“", "”", "’", "<", ">", "&", '"', "'", "\\", "/", "\n", "\t", " ",
    "😀", "😡", "👍🏽", "👩‍💻", "🇪🇸", "❤️", "&amp;", "<b>", "</script>", "\u00a0", "\u200b",
]  # fmt: skip
_MAX_PIECE = max(len(piece) for piece in _PIECES)

_ZONES = [UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5, minutes=-30))]


def texts(max_chars: int, max_pieces: int = 8) -> st.SearchStrategy[str]:
    """Text of at most *max_chars* characters: often empty, sometimes exactly that long."""
    # codec="utf-8": no lone surrogates, which no editor can produce and the model refuses.
    piece = st.sampled_from(_PIECES) | st.characters(codec="utf-8")
    short = st.lists(piece, min_size=1, max_size=min(max_pieces, max_chars // _MAX_PIECE)).map("".join)
    full = st.sampled_from(_PIECES[:12]).map(lambda single: single * max_chars)
    return st.one_of(st.just(""), short, short, short, full)


# Strategies are built once: building them inside every draw is slow.
NAMES = texts(limits.MAX_NAME_CHARS)
LONG_TEXTS = texts(limits.MAX_TEXT_CHARS, max_pieces=16)
TEXT_LISTS = st.lists(NAMES, max_size=4) | st.just(["·"] * limits.MAX_LIST_ITEMS_TEXT)
COLORS = st.text(st.sampled_from(_HEX), min_size=6, max_size=6).map(lambda h: f"#{h}")
ICON_KEYS = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(_ICON_FIRST),
    st.text(st.sampled_from(_ICON_FIRST + "_-"), max_size=63),
)
LANGUAGES = st.sampled_from(["es", "en", "es-MX", "ca", "pt-BR", "ast", "en-GB-oxendict"])
DATETIMES = st.datetimes(
    min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1), timezones=st.sampled_from(_ZONES)
)
FINITE_FLOATS = st.floats(allow_nan=False, allow_infinity=False)
LEVELS = st.sampled_from(["low", "medium", "high"])
_ID_TEXT = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(_ID_FIRST),
    st.text(st.sampled_from(_ID_REST), max_size=63),
)
_AVATAR_KINDS = st.sampled_from(["icon", "png", "jpeg"])
_STAGE_WIDTHS = st.floats(limits.MIN_STAGE_WIDTH, limits.MAX_STAGE_WIDTH)
_SCORES = st.lists(st.integers(-100, 100), min_size=2, max_size=limits.MAX_SCALE_LEVELS, unique=True)
_LANE_KINDS = st.lists(st.sampled_from(list(LaneKind)), max_size=len(LaneKind))


class _Ids:
    """Draws ids that are unique across the whole map, as the model requires."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw
        self._used: set[str] = set()

    def new(self) -> str:
        identifier = drawn = self._draw(_ID_TEXT)
        suffix = 0
        while identifier in self._used:  # make it unique, keeping the id's shape
            suffix += 1
            identifier = f"{drawn[:50]}-{suffix}"
        self._used.add(identifier)
        return identifier


def _catalogue(draw: st.DrawFn, ids: _Ids, default_icon: str) -> list[dict[str, Any]]:
    return [
        {
            "id": ids.new(),
            "name": draw(NAMES),
            "icon": draw(st.just(default_icon) | ICON_KEYS),
            "online": draw(st.booleans()),
        }
        for _ in range(draw(st.integers(0, 5)))
    ]


def _avatar(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(_AVATAR_KINDS)
    if kind == "icon":
        return {"kind": "icon", "icon": draw(ICON_KEYS)}
    magic = b"\x89PNG\r\n\x1a\n" if kind == "png" else b"\xff\xd8\xff"
    raw = magic + draw(st.binary(max_size=48))
    return {"kind": "image", "media_type": f"image/{kind}", "data": base64.b64encode(raw).decode("ascii")}


def _card(
    draw: st.DrawFn,
    ids: _Ids,
    stage: str,
    lane: dict[str, Any],
    channels: list[str],
    devices: list[str],
    scores: list[int],
) -> dict[str, Any]:
    accepted = sorted(LANE_ACCEPTS[LaneKind(lane["kind"])], key=lambda t: t.value)
    if not devices:
        accepted = [t for t in accepted if t is not CardType.DEVICE]
    card_type = draw(st.sampled_from(accepted))
    card: dict[str, Any] = {
        "id": ids.new(),
        "stage": stage,
        "lane": lane["id"],
        "title": draw(NAMES),
        "description": draw(LONG_TEXTS),
        "type": card_type.value,
    }
    if card_type is CardType.TOUCHPOINT:
        card["channel"] = draw(st.none() | st.sampled_from(channels)) if channels else None
        card["devices"] = draw(st.lists(st.sampled_from(devices), unique=True)) if devices else []
        card["owner"] = draw(NAMES)
        card["moment_of_truth"] = draw(st.booleans())
    elif card_type is CardType.DEVICE:
        card["device"] = draw(st.sampled_from(devices))
    elif card_type is CardType.EMOTION:
        card["score"] = draw(st.sampled_from(scores))
    elif card_type is CardType.PAIN_POINT:
        card["severity"] = draw(LEVELS)
    elif card_type is CardType.OPPORTUNITY:
        card["priority"] = draw(LEVELS)
        card["owner"] = draw(NAMES)
    elif card_type is CardType.METRIC:
        card["name"] = draw(NAMES)
        card["value"] = draw(st.none() | FINITE_FLOATS)
        card["unit"] = draw(NAMES)
        card["target"] = draw(st.none() | FINITE_FLOATS)
        card["source"] = draw(NAMES)
    return card


def _timeline(
    draw: st.DrawFn, ids: _Ids, channels: list[str], devices: list[str], scores: list[int]
) -> dict[str, Any]:
    stages = [
        {
            "id": ids.new(),
            "name": draw(NAMES),
            "description": draw(LONG_TEXTS),
            "timeframe": draw(NAMES),
            "color": draw(COLORS),
            "width": draw(_STAGE_WIDTHS),
        }
        for _ in range(draw(st.integers(0, 4)))
    ]
    lanes = [
        {"id": ids.new(), "kind": kind.value, "name": draw(NAMES), "hidden": draw(st.booleans())}
        for kind in draw(_LANE_KINDS)
    ]
    cards: list[dict[str, Any]] = []
    if stages and lanes:
        for _ in range(draw(st.integers(0, 10))):
            stage = draw(st.sampled_from(stages))["id"]
            lane = draw(st.sampled_from(lanes))
            cards.append(_card(draw, ids, stage, lane, channels, devices, scores))
    connections: list[dict[str, Any]] = []
    if len(cards) >= 2:
        card_ids = [card["id"] for card in cards]
        for _ in range(draw(st.integers(0, 6))):
            source, target = draw(st.lists(st.sampled_from(card_ids), min_size=2, max_size=2, unique=True))
            connections.append({"id": ids.new(), "source": source, "target": target, "label": draw(NAMES)})
    return {"stages": stages, "lanes": lanes, "cards": cards, "connections": connections}


@st.composite
def journey_map_documents(draw: st.DrawFn, max_personas: int = 3) -> dict[str, Any]:
    """The JSON document (without the file header) of a random valid map."""
    ids = _Ids(draw)
    scores = sorted(draw(_SCORES))
    channels = _catalogue(draw, ids, "channel")
    devices = _catalogue(draw, ids, "device")
    channel_ids = [c["id"] for c in channels]
    device_ids = [d["id"] for d in devices]
    personas = [
        {
            "id": ids.new(),
            "name": draw(NAMES),
            "role": draw(NAMES),
            "quote": draw(LONG_TEXTS),
            "description": draw(LONG_TEXTS),
            "goals": draw(TEXT_LISTS),
            "motivations": draw(TEXT_LISTS),
            "frustrations": draw(TEXT_LISTS),
            "color": draw(COLORS),
            "avatar": _avatar(draw),
            "timeline": _timeline(draw, ids, channel_ids, device_ids, scores),
        }
        for _ in range(draw(st.integers(0, max_personas)))
    ]
    return {
        "title": draw(NAMES),
        "description": draw(LONG_TEXTS),
        "language": draw(LANGUAGES),
        "organisation": draw(NAMES),
        "authors": draw(TEXT_LISTS),
        "created": draw(DATETIMES),
        "modified": draw(DATETIMES),
        "emotion_scale": {"levels": [{"score": s, "label": draw(NAMES)} for s in scores]},
        "channels": channels,
        "devices": devices,
        "personas": personas,
    }


def journey_maps(max_personas: int = 3) -> st.SearchStrategy[JourneyMap]:
    """Random valid maps (the model validates each one as it is built)."""
    return journey_map_documents(max_personas=max_personas).map(JourneyMap.model_validate)
