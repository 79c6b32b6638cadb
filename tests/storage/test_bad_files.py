"""A corpus of bad .journey files: each one is refused with one clean line.

Every refusal must be a :class:`JourneyFileError` whose text is a single
printable line ``FILE: JSON-PATH: reason``, with the JSON path of the mistake
and a reason a consultant can act on. Most bad files are the small valid map
of ``conftest.py`` with one deliberate mistake.

Expected JSON paths are written with ``{id}`` placeholders, replaced by the
path of the object with that id in the small map (``{c-emocion}`` →
``$.personas[0].timeline.cards[3]``).
"""

from __future__ import annotations

import base64
import json
import math
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner.model import limits
from journeydesigner.storage import JourneyFileError, dumps_map, load_map, loads_map
from journeydesigner.storage import files as storage_files

Document = dict[str, Any]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


# ---------------------------------------------------------------- helpers


def assert_clean_error(err: BaseException, path: str | Path, json_path: str, reason: str) -> None:
    """*err* is the one clean line the issue asks for."""
    assert type(err) is JourneyFileError, f"{type(err).__name__}: {err}"
    message = str(err)
    assert len(message.splitlines()) == 1 and message.isprintable(), repr(message)
    assert message.startswith(f"{path}: {json_path}: "), message
    assert (err.path, err.json_path) == (str(path), json_path)
    assert message == f"{path}: {json_path}: {err.reason}"
    assert re.search(reason, err.reason, re.IGNORECASE), message


def dump(document: Any) -> bytes:
    return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")


def find(node: Any, identifier: str) -> Document:
    """The object of the document whose id is *identifier*."""
    if isinstance(node, dict):
        if node.get("id") == identifier:
            return node
        children: list[Any] = list(node.values())
    elif isinstance(node, list):
        children = node
    else:
        children = []
    for child in children:
        try:
            return find(child, identifier)
        except KeyError:
            pass
    raise KeyError(identifier)


def obj(document: Document, identifier: str | None) -> Document:
    return document if identifier is None else find(document, identifier)


def put(identifier: str | None, key: str, value: Any) -> Callable[[Document], None]:
    """Set *key* of the object *identifier* (None: the top level) to *value*."""

    def mutate(document: Document) -> None:
        obj(document, identifier)[key] = value

    return mutate


def drop(identifier: str | None, key: str) -> Callable[[Document], None]:
    """Remove *key* from the object *identifier* (None: the top level)."""

    def mutate(document: Document) -> None:
        del obj(document, identifier)[key]

    return mutate


def timeline(identifier: str, key: str, value: Any) -> Callable[[Document], None]:
    """Set *key* of persona *identifier*'s timeline."""

    def mutate(document: Document) -> None:
        find(document, identifier)["timeline"][key] = value

    return mutate


def raw_edit(old: bytes, new: bytes) -> Callable[[Document], bytes]:
    """Replace bytes of the encoded document (for what JSON values cannot express)."""

    def mutate(document: Document) -> bytes:
        data = dump(document)
        assert old in data
        return data.replace(old, new, 1)

    return mutate


def ascii_escaped(mutation: Callable[[Document], None]) -> Callable[[Document], bytes]:
    """Apply *mutation* and write the document with \\uXXXX escapes (lone surrogates)."""

    def mutate(document: Document) -> bytes:
        mutation(document)
        return json.dumps(document).encode("ascii")

    return mutate


def cut(fraction: float) -> Callable[[Document], bytes]:
    def mutate(document: Document) -> bytes:
        data = dump(document)
        return data[: int(len(data) * fraction)]

    return mutate


def resolve(template: str, where: Callable[[str], str]) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: where(m.group(1)), template)


def nested(depth: int, leaf: Any = 1, key: str | None = None) -> Any:
    value = leaf
    for _ in range(depth):
        value = [value] if key is None else {key: value}
    return value


def avatar(media_type: str, raw: bytes | None = None, data: str | None = None) -> dict[str, Any]:
    if data is None:
        data = base64.b64encode(raw or b"").decode("ascii")
    return {"kind": "image", "media_type": media_type, "data": data}


def many_lanes(document: Document) -> None:
    lanes = find(document, "p-ana")["timeline"]["lanes"]
    lanes.extend(
        {"id": f"l-extra-{i}", "kind": "notes", "name": "Notas", "hidden": False}
        for i in range(limits.MAX_LANES + 1 - len(lanes))
    )


def many_cards(document: Document) -> None:
    cards = find(document, "p-ana")["timeline"]["cards"]
    note = find(document, "c-nota")
    cards.extend(dict(note, id=f"c-extra-{i}") for i in range(limits.MAX_CARDS_PER_TIMELINE + 1 - len(cards)))


def emotion_scale(*scores: int) -> Callable[[Document], None]:
    """Replace the map's emotion scale by one with *scores*."""

    def mutate(document: Document) -> None:
        document["emotion_scale"]["levels"] = [{"score": s, "label": f"nivel {s}"} for s in scores]

    return mutate


def add_level_field(document: Document) -> None:
    document["emotion_scale"]["levels"][0]["emoji"] = "😞"


def duplicate_channel(document: Document) -> None:
    document["channels"][1]["id"] = document["channels"][0]["id"]


def remove_web_channel(document: Document) -> None:
    document["channels"] = [c for c in document["channels"] if c["id"] != "web"]


def v0_kind_on_v1_card(document: Document) -> None:
    card = find(document, "c-accion")
    card["kind"] = card.pop("type")


DEPTH = limits.MAX_JSON_DEPTH
HUGE = 100_000


# (case id, file content or mutation, expected JSON path, reason pattern)
CASES: list[tuple[str, Any, str, str]] = [
    # -- not a JSON text at all
    ("empty", b"", "$", r"empty"),
    ("whitespace only", b" \n\t\r\n   \n", "$", r"empty"),
    ("truncated in half", cut(0.5), "$", r"not valid JSON.*line \d+, column \d+"),
    ("truncated near the start", cut(0.05), "$", r"not valid JSON"),
    ("truncated before the last brace", cut(0.999), "$", r"not valid JSON"),
    ("plain text", "Mapa de viaje: compra online\nEtapas: …\n".encode(), "$", r"not valid JSON"),
    ("PNG header", PNG_MAGIC + b"\x00\x00\x00\rIHDR\x00\x00", "$", r"not valid UTF-8 .*byte 0: 0x89"),
    ("ZIP header", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "$", r"not valid JSON"),
    ("bad UTF-8 byte", raw_edit(b"Compra online", b"Compra \xff online"), "$", r"not valid UTF-8 .*0xff"),
    ("overlong UTF-8", raw_edit(b"Compra online", b"Compra \xc0\xaf"), "$", r"not valid UTF-8"),
    ("UTF-8 encoded surrogate", raw_edit(b"Compra online", b"\xed\xa0\x80"), "$", r"not valid UTF-8"),
    ("Latin-1 text", raw_edit("García".encode(), "García".encode("latin-1")), "$", r"not valid UTF-8"),
    ("UTF-16 with BOM", lambda d: dump(d).decode().encode("utf-16"), "$", r"UTF-16 text; maps are UTF-8"),
    ("UTF-16 without BOM", lambda d: dump(d).decode().encode("utf-16-le"), "$", r"not valid (UTF-8|JSON)"),
    # -- JSON, but not an object at the top
    ("top-level list", b"[]", "$", r"top level is a list"),
    ("top-level list of a map", lambda d: [d], "$", r"top level is a list"),
    ("top-level string", b'"journeydesigner"', "$", r"top level is a string"),
    ("top-level number", b"42", "$", r"top level is a number"),
    ("top-level float", b"1.5", "$", r"top level is a number"),
    ("top-level boolean", b"true", "$", r"top level is a boolean"),
    ("top-level null", b"null", "$", r"top level is null"),
    # -- the header
    ("missing format", drop(None, "format"), "$.format", r"not a Journey Designer map"),
    (
        "unknown format",
        put(None, "format", "journeymapper"),
        "$.format",
        r"not a Journey Designer map.*journeymapper",
    ),
    (
        "format of another case",
        put(None, "format", "JourneyDesigner"),
        "$.format",
        r"not a Journey Designer map",
    ),
    ("format as a number", put(None, "format", 1), "$.format", r"not a Journey Designer map"),
    (
        "newer schema_version",
        put(None, "schema_version", 2),
        "$.schema_version",
        r"made by a newer version of Journey Designer",
    ),
    (
        "much newer schema_version with new fields",
        lambda d: d.update(schema_version=40, swimlanes=[{"id": "x"}], title=7),
        "$.schema_version",
        r"made by a newer version of Journey Designer.*update",
    ),
    ("missing schema_version", drop(None, "schema_version"), "$.schema_version", r"whole number"),
    ("schema_version as a string", put(None, "schema_version", "1"), "$.schema_version", r"whole number"),
    ("schema_version as a bool", put(None, "schema_version", True), "$.schema_version", r"whole number"),
    ("schema_version as a float", put(None, "schema_version", 1.0), "$.schema_version", r"whole number"),
    ("schema_version null", put(None, "schema_version", None), "$.schema_version", r"whole number"),
    (
        "negative schema_version",
        put(None, "schema_version", -1),
        "$.schema_version",
        r"unknown schema_version -1",
    ),
    # -- wrong field types and missing fields
    ("title as a number", put(None, "title", 42), "$.title", r"valid string"),
    ("title null", put(None, "title", None), "$.title", r"valid string"),
    ("missing title", drop(None, "title"), "$.title", r"required field is missing"),
    ("personas not a list", put(None, "personas", "Ana"), "$.personas", r"valid list"),
    ("persona not an object", put(None, "personas", [1]), "$.personas[0]", r"valid dictionary"),
    (
        "cards not a list",
        timeline("p-ana", "cards", {"c-accion": {}}),
        "{p-ana}.timeline.cards",
        r"valid list",
    ),
    (
        "card not an object",
        timeline("p-ana", "cards", ["c-accion"]),
        "{p-ana}.timeline.cards[0]",
        r"dictionary",
    ),
    ("stage width as text", put("s-comprar", "width", "ancho"), "{s-comprar}.width", r"valid number"),
    ("stage too narrow", put("s-comprar", "width", 10), "{s-comprar}.width", r"greater than or equal to 80"),
    ("missing stage name", drop("s-comprar", "name"), "{s-comprar}.name", r"required field is missing"),
    ("score as text", put("c-emocion", "score", "alto"), "{c-emocion}.score", r"valid integer"),
    ("score with a fraction", put("c-emocion", "score", 1.5), "{c-emocion}.score", r"integer"),
    ("flag as a list", put("c-contacto", "moment_of_truth", []), "{c-contacto}.moment_of_truth", r"boolean"),
    ("bad colour", put("p-ana", "color", "rojo"), "{p-ana}.color", r"'rojo' is not a valid value"),
    ("bad id", put("c-emocion", "id", "c emoción"), "{c-emocion}.id", r"not a valid value"),
    ("id too long", put("c-emocion", "id", "c" * 65), "{c-emocion}.id", r"not a valid value"),
    ("bad language", put(None, "language", "español"), "$.language", r"not a valid value"),
    ("bad date", put(None, "created", "ayer"), "$.created", r"datetime"),
    (
        "bad severity",
        put("c-dolor", "severity", "critical"),
        "{c-dolor}.severity",
        r"'low', 'medium' or 'high'",
    ),
    ("bad lane kind", put("l-notes", "kind", "stickies"), "{l-notes}.kind", r"actions"),
    # -- dangling references
    (
        "card's stage unknown",
        put("c-accion", "stage", "s-nada"),
        "{c-accion}.stage",
        r"unknown stage 's-nada'",
    ),
    (
        "card's stage of another persona",
        put("c-accion", "stage", "s-luis"),
        "{c-accion}.stage",
        r"unknown stage",
    ),
    ("card's lane unknown", put("c-accion", "lane", "l-nada"), "{c-accion}.lane", r"unknown lane 'l-nada'"),
    ("card's lane of another persona", put("c-accion", "lane", "l-luis"), "{c-accion}.lane", r"unknown lane"),
    (
        "touchpoint's channel unknown",
        put("c-contacto", "channel", "fax"),
        "{c-contacto}.channel",
        r"unknown channel 'fax'",
    ),
    ("touchpoint's channel removed", remove_web_channel, "{c-contacto}.channel", r"unknown channel 'web'"),
    (
        "touchpoint's device unknown",
        put("c-contacto", "devices", ["mobile", "smartwatch"]),
        "{c-contacto}.devices[1]",
        r"unknown device 'smartwatch'",
    ),
    (
        "touchpoint's device twice",
        put("c-contacto", "devices", ["mobile"] * 2),
        "{c-contacto}.devices",
        r"twice",
    ),
    (
        "device card's device unknown",
        put("c-dispositivo", "device", "smartwatch"),
        "{c-dispositivo}.device",
        r"unknown device",
    ),
    ("connection source unknown", put("k-1", "source", "c-nada"), "{k-1}.source", r"unknown card 'c-nada'"),
    ("connection target unknown", put("k-2", "target", "c-nada"), "{k-2}.target", r"unknown card 'c-nada'"),
    (
        "connection to another persona",
        put("k-1", "target", "c-luis"),
        "{k-1}.target",
        r"unknown card 'c-luis'",
    ),
    ("connection to a stage", put("k-1", "target", "s-comprar"), "{k-1}.target", r"unknown card"),
    ("connection from a card to itself", put("k-1", "target", "c-accion"), "{k-1}", r"itself"),
    # -- cards in lanes that do not accept them
    (
        "action in an emotions lane",
        put("c-accion", "lane", "l-emotions"),
        "{c-accion}.type",
        r"action card cannot be placed in an? emotions lane",
    ),
    (
        "emotion in an actions lane",
        put("c-emocion", "lane", "l-actions"),
        "{c-emocion}.type",
        r"emotion card cannot be placed in an? actions lane",
    ),
    (
        "note in an emotions lane",
        put("c-nota", "lane", "l-emotions"),
        "{c-nota}.type",
        r"note card cannot be placed",
    ),
    (
        "device in a touchpoints lane",
        put("c-dispositivo", "lane", "l-touchpoints"),
        "{c-dispositivo}.type",
        r"device card cannot be placed",
    ),
    (
        "emotion in a notes lane",
        put("c-emocion", "lane", "l-notes"),
        "{c-emocion}.type",
        r"emotion card cannot be placed in an? notes lane",
    ),
    # -- duplicate ids
    (
        "two cards with one id",
        put("c-contacto", "id", "c-accion"),
        "{c-contacto}.id",
        r"duplicate id 'c-accion'",
    ),
    (
        "a card and a stage with one id",
        put("c-accion", "id", "s-descubrir"),
        "{c-accion}.id",
        r"duplicate id 's-descubrir'",
    ),
    ("a card and a channel with one id", put("c-nota", "id", "web"), "{c-nota}.id", r"duplicate id 'web'"),
    ("two personas with one id", put("p-luis", "id", "p-ana"), "{p-luis}.id", r"duplicate id 'p-ana'"),
    ("lanes of two personas with one id", put("l-luis", "id", "l-actions"), "{l-luis}.id", r"duplicate id"),
    ("a connection and a card with one id", put("k-2", "id", "c-nota"), "{k-2}.id", r"duplicate id 'c-nota'"),
    ("two channels with one id", duplicate_channel, "$.channels[1].id", r"duplicate id 'web'"),
    # -- the emotion scale
    (
        "score above the scale",
        put("c-emocion", "score", 3),
        "{c-emocion}.score",
        r"score 3 is not on the emotion scale \(-2 to 2\)",
    ),
    (
        "score below the scale",
        put("c-alegria", "score", -3),
        "{c-alegria}.score",
        r"not on the emotion scale",
    ),
    (
        "score between levels",
        emotion_scale(-10, 0, 10),
        "{c-emocion}.score",
        r"score -1 is not on the emotion scale \(-10 to 10\)",
    ),
    ("scale not ascending", emotion_scale(0, 2, 1), "$.emotion_scale.levels", r"strictly ascending"),
    ("scale of one level", emotion_scale(0), "$.emotion_scale.levels", r"fewer than 2 items"),
    (
        "scale of too many levels",
        emotion_scale(*range(-6, 7)),
        "$.emotion_scale.levels",
        r"more than 11 items",
    ),
    # -- card types
    ("unknown card type", put("c-nota", "type", "sticker"), "{c-nota}", r"unknown or missing type 'sticker'"),
    ("card type as a number", put("c-nota", "type", 7), "{c-nota}", r"unknown or missing type"),
    ("missing card type", drop("c-nota", "type"), "{c-nota}", r"unknown or missing type"),
    ("v0 'kind' in a v1 file", v0_kind_on_v1_card, "{c-accion}", r"unknown or missing type"),
    # -- unknown fields, at every depth
    ("unknown field at the top", put(None, "colour", "azul"), "$.colour", r"unknown field"),
    ("unknown field in a scale level", add_level_field, "$.emotion_scale.levels[0].emoji", r"unknown field"),
    ("unknown field in a channel", put("web", "url", "https://example.com"), "{web}.url", r"unknown field"),
    ("unknown field in a persona", put("p-ana", "edad", 34), "{p-ana}.edad", r"unknown field"),
    (
        "unknown field in an avatar",
        lambda d: find(d, "p-ana")["avatar"].update(size=64),
        "{p-ana}.avatar.size",
        r"unknown field",
    ),
    (
        "unknown field in a timeline",
        timeline("p-ana", "zoom", 1.5),
        "{p-ana}.timeline.zoom",
        r"unknown field",
    ),
    ("unknown field in a stage", put("s-comprar", "icon", "cart"), "{s-comprar}.icon", r"unknown field"),
    ("unknown field in a lane", put("l-emotions", "height", 90), "{l-emotions}.height", r"unknown field"),
    ("unknown field in a card", put("c-emocion", "color", "#FF0000"), "{c-emocion}.color", r"unknown field"),
    ("unknown field in a connection", put("k-1", "style", "dashed"), "{k-1}.style", r"unknown field"),
    (
        "unknown field with a line break",
        put("c-nota", "nota\ninterna", 1),
        '{c-nota}["nota\\ninterna"]',
        r"unknown field",
    ),
    ("unknown field with a dot", put(None, "a.b", 1), '$["a.b"]', r"unknown field"),
    # -- text that the model cannot hold
    ("lone surrogate in the title", ascii_escaped(put(None, "title", "\ud800")), "$.title", r"unicode"),
    ("lone surrogate in a key", ascii_escaped(put("p-ana", "\udc00", 1)), "{p-ana}", r"unicode"),
    # -- sizes: strings and lists over the limits
    (
        "title over the limit",
        put(None, "title", "á" * (limits.MAX_NAME_CHARS + 1)),
        "$.title",
        r"longer than 300 characters",
    ),
    ("huge title", put(None, "title", "x" * 1_000_000), "$.title", r"longer than 300 characters"),
    (
        "description over the limit",
        put(None, "description", "y" * (limits.MAX_TEXT_CHARS + 1)),
        "$.description",
        r"longer than 20000",
    ),
    (
        "card text over the limit",
        put("c-nota", "description", "z" * (limits.MAX_TEXT_CHARS + 1)),
        "{c-nota}.description",
        r"longer than",
    ),
    (
        "too many authors",
        put(None, "authors", ["Marta"] * (limits.MAX_LIST_ITEMS_TEXT + 1)),
        "$.authors",
        r"more than 100 items",
    ),
    (
        "too many goals",
        put("p-ana", "goals", ["g"] * (limits.MAX_LIST_ITEMS_TEXT + 1)),
        "{p-ana}.goals",
        r"more than 100 items",
    ),
    ("too many lanes", many_lanes, "{p-ana}.timeline.lanes", r"more than 50 items"),
    (
        "too many cards",
        many_cards,
        "{p-ana}.timeline.cards",
        rf"more than {limits.MAX_CARDS_PER_TIMELINE} items",
    ),
    (
        "too many personas",
        lambda d: d.update(personas=d["personas"][-1:] * (limits.MAX_PERSONAS + 1)),
        "$.personas",
        r"more than 200 items",
    ),
    (
        "too many channels",
        lambda d: d.update(channels=d["channels"][:1] * (limits.MAX_CATALOGUE_ENTRIES + 1)),
        "$.channels",
        r"more than 500 items",
    ),
    # -- nesting
    ("100,000-deep lists", b"[" * HUGE + b"]" * HUGE, "$", r"nested too deeply"),
    ("100,000-deep objects", b'{"a":' * HUGE + b"1" + b"}" * HUGE, "$", r"nested too deeply"),
    ("100,000-deep lists, unclosed", b"[" * HUGE, "$", r"nested too deeply|not valid JSON"),
    (
        "100,000-deep title of a map",
        b'{"format": "journeydesigner", "schema_version": 1, "title": ' + b"[" * HUGE + b"]" * HUGE + b"}",
        "$",
        r"nested too deeply",
    ),
    (
        "nested lists past the depth limit",
        put(None, "description", nested(100)),
        "$.description" + "[0]" * (DEPTH - 1),
        r"nested too deeply",
    ),
    (
        "nested objects past the depth limit",
        put("p-ana", "extra", nested(100, key="a")),
        "{p-ana}.extra" + ".a" * (DEPTH - 3),
        r"nested too deeply",
    ),
    # -- numbers JSON does not have
    ("NaN", put("c-metrica", "value", math.nan), "$", r"NaN is not allowed"),
    ("Infinity", put("s-comprar", "width", math.inf), "$", r"Infinity is not allowed"),
    ("-Infinity", put("c-metrica", "target", -math.inf), "$", r"-Infinity is not allowed"),
    ("number too large for a float", raw_edit(b"68.5", b"1e999"), "$", r"number 1e999 is too large"),
    ("negative number too large", raw_edit(b"68.5", b"-1.5e400"), "$", r"too large"),
    ("integer with 5000 digits", raw_edit(b"68.5", b"9" * 5000), "$", r"not valid JSON"),
    # -- avatars
    (
        "avatar not base64",
        lambda d: find(d, "p-ana").update(avatar=avatar("image/png", data="¡no es base64!")),
        "{p-ana}.avatar.data",
        r"not valid base64",
    ),
    (
        "avatar with bad padding",
        lambda d: find(d, "p-ana").update(avatar=avatar("image/png", data="iVBORw0")),
        "{p-ana}.avatar.data",
        r"not valid base64",
    ),
    (
        "avatar not a PNG",
        lambda d: find(d, "p-ana").update(avatar=avatar("image/png", b"GIF89a\x01\x00")),
        "{p-ana}.avatar",
        r"not a image/png image",
    ),
    (
        "avatar PNG said to be JPEG",
        lambda d: find(d, "p-ana").update(avatar=avatar("image/jpeg", PNG_MAGIC + b"\x00")),
        "{p-ana}.avatar",
        r"image/jpeg",
    ),
    (
        "avatar of another media type",
        lambda d: find(d, "p-ana").update(avatar=avatar("image/gif", b"GIF89a")),
        "{p-ana}.avatar.media_type",
        r"image/png",
    ),
    (
        "avatar just over 2 MB",
        lambda d: find(d, "p-ana").update(
            avatar=avatar("image/png", PNG_MAGIC + bytes(limits.MAX_AVATAR_BYTES + 1 - len(PNG_MAGIC)))
        ),
        "{p-ana}.avatar",
        r"larger than 2 MB",
    ),
    (
        "avatar far over 2 MB",
        lambda d: find(d, "p-ana").update(avatar=avatar("image/jpeg", JPEG_MAGIC + bytes(3 * 2**20))),
        "{p-ana}.avatar.data",
        r"longer than",
    ),
    (
        "avatar of unknown kind",
        lambda d: find(d, "p-ana").update(avatar={"kind": "emoji"}),
        "{p-ana}.avatar",
        r"unknown or missing type 'emoji'",
    ),
]


@pytest.mark.parametrize(
    ("content", "json_path", "reason"),
    [pytest.param(content, json_path, reason, id=name) for name, content, json_path, reason in CASES],
)
def test_bad_file_is_refused_with_one_clean_line(
    make_file: Callable[..., Path],
    where: Callable[[str], str],
    content: Any,
    json_path: str,
    reason: str,
) -> None:
    path = make_file(content)
    with pytest.raises(JourneyFileError) as info:
        load_map(path)
    assert_clean_error(info.value, path, resolve(json_path, where), reason)
    # loads_map gives the same verdict on the same bytes.
    with pytest.raises(JourneyFileError) as again:
        loads_map(path.read_bytes(), path)
    assert str(again.value) == str(info.value)


def test_corpus_files_differ_from_the_valid_map_by_their_mistake_only(
    make_file: Callable[..., Path], small_map_bytes: bytes
) -> None:
    # The mutations start from a map that loads: the refusals above are not
    # caused by a broken starting point.
    path = make_file(lambda document: None, "good.journey")
    assert dumps_map(load_map(path)) == small_map_bytes


def test_names_at_the_limits_are_accepted(make_file: Callable[..., Path]) -> None:
    path = make_file(put(None, "title", "ñ" * limits.MAX_NAME_CHARS))
    assert load_map(path).title == "ñ" * limits.MAX_NAME_CHARS
    path = make_file(put(None, "authors", ["Marta"] * limits.MAX_LIST_ITEMS_TEXT))
    assert len(load_map(path).authors) == limits.MAX_LIST_ITEMS_TEXT


def test_nesting_at_the_depth_limit_is_judged_by_the_model_not_refused(
    make_file: Callable[..., Path],
) -> None:
    # $ is depth 1 and $.description depth 2: this is exactly as deep as allowed.
    path = make_file(put(None, "description", nested(DEPTH - 2)))
    with pytest.raises(JourneyFileError) as info:
        load_map(path)
    assert_clean_error(info.value, path, "$.description", r"valid string")


def test_a_utf8_byte_order_mark_is_accepted(make_file: Callable[..., Path], small_map_bytes: bytes) -> None:
    path = make_file(b"\xef\xbb\xbf" + small_map_bytes)
    assert dumps_map(load_map(path)) == small_map_bytes


def test_a_long_unknown_key_is_shortened_in_the_message(make_file: Callable[..., Path]) -> None:
    path = make_file(put(None, "k" * 5000, 1))
    with pytest.raises(JourneyFileError) as info:
        load_map(path)
    message = str(info.value)
    assert len(message.splitlines()) == 1
    assert len(message) < len(str(path)) + 200
    assert info.value.json_path.startswith('$["kkkk')


def test_reason_is_folded_into_one_line() -> None:
    err = JourneyFileError("mapa.journey", "primera\nsegunda\r\n\t tercera ", "$.title")
    assert str(err) == "mapa.journey: $.title: primera segunda tercera"
    assert err.reason == "primera segunda tercera"


def test_missing_file_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "no-existe.journey"
    with pytest.raises(JourneyFileError) as info:
        load_map(path)
    assert_clean_error(info.value, path, "$", r"cannot read the file: the file does not exist \(")


def test_folder_instead_of_a_file_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "carpeta.journey"
    path.mkdir()
    with pytest.raises(JourneyFileError) as info:
        load_map(path)
    assert_clean_error(info.value, path, "$", r"cannot read the file: it is a folder, not a file$")


# ---------------------------------------------------------------- file size


def _forbid_reading_and_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any attempt to open, read or parse the file fail the test."""

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a file over the size limit was opened or parsed")

    monkeypatch.setattr(json, "loads", forbidden)
    monkeypatch.setattr(storage_files, "loads_map", forbidden)
    # files.py opens with the builtin open(); a module global shadows it.
    monkeypatch.setattr(storage_files, "open", forbidden, raising=False)


def test_file_over_64_mb_is_refused_before_it_is_read(
    tmp_path: Path, small_map_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A valid map padded with whitespace: only its size is wrong.
    path = tmp_path / "enorme.journey"
    with path.open("wb") as stream:
        stream.write(small_map_bytes)
        stream.write(b" " * (limits.MAX_FILE_BYTES + 1 - len(small_map_bytes)))
    assert path.stat().st_size == 64 * 2**20 + 1
    _forbid_reading_and_parsing(monkeypatch)
    with pytest.raises(JourneyFileError) as info:
        load_map(path)
    assert_clean_error(info.value, path, "$", r"larger than 64 MB are refused")


@pytest.mark.parametrize("size", [64 * 2**20 + 1, 10 * 2**30], ids=["64 MB + 1 byte", "10 GB"])
def test_sparse_file_over_64_mb_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    path = tmp_path / "sparse.journey"
    with path.open("wb") as stream:
        stream.truncate(size)
    _forbid_reading_and_parsing(monkeypatch)
    with pytest.raises(JourneyFileError) as info:
        load_map(path)
    assert_clean_error(info.value, path, "$", rf"the file is {size // 2**20} MB; .*64 MB")


def test_size_limit_is_inclusive(
    tmp_path: Path, small_map_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "justo.journey"
    path.write_bytes(small_map_bytes)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", len(small_map_bytes))
    load_map(path)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", len(small_map_bytes) - 1)
    _forbid_reading_and_parsing(monkeypatch)
    with pytest.raises(JourneyFileError) as info:
        load_map(path)
    assert_clean_error(info.value, path, "$", r"64 MB")


def test_file_that_grows_past_the_limit_while_read_is_refused(
    tmp_path: Path, small_map_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "creciendo.journey"
    path.write_bytes(small_map_bytes)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    real_stat = os.stat

    def small_stat(target: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        result = real_stat(target, *args, **kwargs)
        if str(target) != str(path):
            return result
        fields = list(result)
        fields[6] = 10  # st_size when it was looked at
        return os.stat_result(fields)

    with monkeypatch.context() as patch:
        patch.setattr(json, "loads", lambda *a, **k: pytest.fail("parsed a file over the limit"))
        patch.setattr(os, "stat", small_stat)
        with pytest.raises(JourneyFileError) as info:
            load_map(path)
    assert_clean_error(info.value, path, "$", r"larger than 64 MB are refused")


# ---------------------------------------------------------------- fuzzing

_surrogates = st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3)
_strings = st.text(max_size=20) | _surrogates
_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and infinities included: json.dumps writes them as constants
    | _strings
)
json_values = st.recursive(
    _scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(_strings, children, max_size=5),
    max_leaves=25,
)


def _encode_any(value: Any, ensure_ascii: bool) -> bytes:
    # Lone surrogates are written escaped (\ud800) or as the bytes Python
    # would give them (invalid UTF-8): both must be refused cleanly.
    return json.dumps(value, ensure_ascii=ensure_ascii).encode("utf-8", "surrogatepass")


def _load_or_refuse(data: bytes) -> Any:
    """The map in *data*, or None when it is refused cleanly; anything else fails."""
    try:
        journey = loads_map(data, "fuzz.journey")
    except JourneyFileError as err:
        assert type(err) is JourneyFileError
        message = str(err)
        assert len(message.splitlines()) == 1 and message.isprintable(), repr(message)
        assert message.startswith("fuzz.journey: $")
        return None
    # A map that loads can be saved, and saving it again gives the same bytes.
    saved = dumps_map(journey)
    again = loads_map(saved, "fuzz.journey")
    assert again.model_dump() == journey.model_dump()
    assert dumps_map(again) == saved
    return journey


@settings(deadline=None, max_examples=300)
@given(st.binary(max_size=512))
def test_fuzz_random_bytes(data: bytes) -> None:
    _load_or_refuse(data)


@settings(deadline=None, max_examples=300)
@given(json_values, st.booleans())
def test_fuzz_random_json_values(value: Any, ensure_ascii: bool) -> None:
    _load_or_refuse(_encode_any(value, ensure_ascii))


_MAP_FIELDS = [
    "title",
    "description",
    "language",
    "authors",
    "created",
    "emotion_scale",
    "channels",
    "devices",
    "personas",
]


@settings(deadline=None, max_examples=300)
@given(
    st.dictionaries(st.sampled_from(_MAP_FIELDS) | _strings, json_values, max_size=6),
    st.sampled_from([0, 1]),
    st.booleans(),
)
def test_fuzz_random_json_under_a_valid_header(body: Document, version: int, ensure_ascii: bool) -> None:
    document = {"format": "journeydesigner", "schema_version": version, **body}
    _load_or_refuse(_encode_any(document, ensure_ascii))


def _slots(node: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) of a document, where a value can be swapped."""
    found: list[tuple[Any, Any]] = []
    stack = [node]
    while stack:
        current = stack.pop()
        items = (
            current.items()
            if isinstance(current, dict)
            else enumerate(current)
            if isinstance(current, list)
            else []
        )
        for key, value in items:
            found.append((current, key))
            stack.append(value)
    return found


@settings(deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_valid_map_with_one_value_replaced(small_map_bytes: bytes, data: st.DataObject) -> None:
    document = json.loads(small_map_bytes)
    for _ in range(data.draw(st.integers(1, 3), label="changes")):
        container, key = data.draw(st.sampled_from(_slots(document)), label="where")
        action = data.draw(st.sampled_from(["replace", "delete"]), label="action")
        if action == "delete":
            del container[key]
        else:
            container[key] = data.draw(json_values, label="value")
    _load_or_refuse(_encode_any(document, data.draw(st.booleans(), label="ensure_ascii")))
