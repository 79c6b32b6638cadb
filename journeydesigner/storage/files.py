"""Reading and writing .journey files (UTF-8 JSON with a versioned header)."""

from __future__ import annotations

import codecs
import json
import math
import os
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

import orjson
from pydantic import ValidationError

from journeydesigner.model import limits
from journeydesigner.model.journey import FORMAT_NAME, SCHEMA_VERSION, JourneyMap
from journeydesigner.storage.atomic import atomic_write_bytes
from journeydesigner.storage.errors import JourneyFileError, JourneySaveError, os_error_reason
from journeydesigner.storage.heap import collector_paused
from journeydesigner.storage.messages import describe_validation_error, key_step
from journeydesigner.storage.migrations import migrate

FILE_SUFFIX = ".journey"


class MapFile(NamedTuple):
    """The bytes of a map file, and what ``os.stat`` said of it just before they were read."""

    data: bytes
    stat: os.stat_result


def load_map(path: str | Path) -> JourneyMap:
    """Read, check, migrate and validate the map at *path*.

    Raises :class:`JourneyFileError` (one line: file, JSON path, reason) for
    anything wrong with the file; never anything else for bad content.
    """
    return loads_map(read_map_file(path).data, path)


def read_map_file(path: str | Path) -> MapFile:
    """The bytes of the map file at *path*, within the size limit (raises JourneyFileError)."""
    try:
        stat = os.stat(path)
        size = stat.st_size
        if size > limits.MAX_FILE_BYTES:
            raise JourneyFileError(
                path, f"the file is {size / 2**20:.0f} MB; maps larger than 64 MB are refused"
            )
        with open(path, "rb") as stream:
            # The size stat gave plus a byte to see whether the file grew since:
            # asking for 64 MB at once makes Python set aside 64 MB (4 times
            # slower to read the stress map).
            data = stream.read(size + 1)
            if len(data) > size:  # it grew, or stat did not know its size: read on up to the limit
                data += stream.read(limits.MAX_FILE_BYTES + 1 - len(data))
    except OSError as exc:
        raise JourneyFileError(path, f"cannot read the file: {os_error_reason(exc, saving=False)}") from exc
    if len(data) > limits.MAX_FILE_BYTES:  # grew while we were reading
        raise JourneyFileError(path, "maps larger than 64 MB are refused")
    return MapFile(data, stat)


def loads_map(data: bytes, path: str | Path = "<map>") -> JourneyMap:
    """Validate the bytes of a .journey file; *path* names it in errors."""
    with collector_paused():
        # The parsed document is freed when these return, before the
        # collector resumes, which then has only the map to look at.
        journey = _validate_sound(data)
        return journey if journey is not None else _validate(data, path)


def _validate_sound(data: bytes) -> JourneyMap | None:
    """The map, when *data* is a sound file of the current format; None for anything else.

    The fast way in, for the files the designer writes: orjson parses twice
    as fast as the json module, and a document the model accepts is nested
    no deeper than the model's own fields (``MODEL_DEPTH``), so the depth
    check has nothing to find. Anything this way refuses (bad JSON, numbers
    JSON cannot hold, lone surrogates, a big integer orjson reads as a float,
    an older format, any invalid field) goes the careful way, ``_validate``,
    which accepts or refuses exactly as before and names the problem.
    """
    body = memoryview(data)[3:] if data.startswith(codecs.BOM_UTF8) else data
    try:
        document = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if (
        type(document) is not dict
        or document.get("format") != FORMAT_NAME
        or document.get("schema_version") != SCHEMA_VERSION
        or type(document.get("schema_version")) is not int
    ):
        return None
    fields = {k: v for k, v in document.items() if k not in ("format", "schema_version")}
    try:
        return JourneyMap.model_validate(fields)
    except (ValidationError, RecursionError):
        return None


def _validate(data: bytes, path: str | Path) -> JourneyMap:
    document = _parse(data, path)
    document = _upgrade(document, path)
    try:
        return JourneyMap.model_validate(document)
    except ValidationError as exc:
        json_path, reason = describe_validation_error(exc, document)
        raise JourneyFileError(path, reason, json_path) from None
    except RecursionError:
        raise JourneyFileError(path, "the document is nested too deeply") from None


def dumps_map(journey: JourneyMap) -> bytes:
    """The canonical bytes of *journey*: header first, fields in model order,
    2-space indentation, UTF-8 without escapes, a final newline. Stable, so
    that maps diff well and load → save gives the same bytes.

    Raises ValueError for a number that JSON cannot hold (NaN, infinity)
    rather than write a file that could not be opened again.
    """
    return encode_document(map_document(journey))


def map_document(journey: JourneyMap) -> dict[str, Any]:
    """*journey* as plain JSON data with the file header: a snapshot that
    later edits of the map do not reach, ready for :func:`encode_document`."""
    document: dict[str, Any] = {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION}
    document.update(journey.model_dump(mode="json"))
    return document


def encode_document(document: dict[str, Any], compact: bool = False) -> bytes:
    """The bytes of a :func:`map_document` snapshot.

    Compact output skips indentation, which makes it several times faster
    to write (recovery copies, which nobody reads or diffs); it loads the same.
    """
    indent = None if compact else 2
    separators = (",", ":") if compact else None
    text = json.dumps(document, indent=indent, separators=separators, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def save_map(journey: JourneyMap, path: str | Path) -> None:
    """Save *journey* to *path* atomically (the app and the CLI both use this).

    Raises :class:`JourneySaveError` naming the file and the cause; the file
    already on disk is then untouched and no temporary file is left.
    """
    try:
        data = dumps_map(journey)
    except ValueError as exc:
        raise JourneySaveError(path, f"cannot save: {exc}") from exc
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise JourneySaveError(path, f"cannot save: {os_error_reason(exc, saving=True)}") from exc


# ---------------------------------------------------------------- parsing


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a map")


def _finite_float(literal: str) -> float:
    # 1e999 parses as infinity, which could be loaded but never saved again.
    value = float(literal)
    if not math.isfinite(value):
        raise ValueError(f"the number {literal[:40]} is too large")
    return value


def _parse(data: bytes, path: str | Path) -> dict[str, Any]:
    if not data or data.isspace():  # as ``not data.strip()``, without copying the file
        raise JourneyFileError(path, "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise JourneyFileError(path, "the file is UTF-16 text; maps are UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JourneyFileError(
            path, f"the file is not valid UTF-8 text (byte {exc.start}: 0x{data[exc.start]:02x})"
        ) from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise JourneyFileError(
            path, f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise JourneyFileError(path, "the document is nested too deeply") from None
    except ValueError as exc:
        raise JourneyFileError(path, f"not valid JSON: {exc}") from None
    _check_depth(document, path)
    if not isinstance(document, dict):
        raise JourneyFileError(
            path, f"not a Journey Designer map: the top level is {_json_type(document)}, not an object"
        )
    return document


def _check_depth(document: Any, path: str | Path) -> None:
    """Refuse documents nested deeper than any real map (iteratively: no recursion)."""
    # Naming the path of every value costs ten times more than measuring the
    # depth, and only a refused document needs one.
    if not _within_depth_limit(document):
        _refuse_too_deep(document, path)


def _within_depth_limit(document: Any) -> bool:
    """True when no value of *document* (what ``json.loads`` made: plain dicts
    and lists) lies deeper than the limit, ``$`` being at depth 1."""
    # Level by level over the containers only, each level in one comprehension.
    level = [document] if type(document) is dict or type(document) is list else []
    depth = 1
    while level:
        if depth >= limits.MAX_JSON_DEPTH:
            return not any(level)  # anything inside these would be one level too deep
        values = chain.from_iterable([node.values() if type(node) is dict else node for node in level])
        level = [value for value in values if type(value) is dict or type(value) is list]
        depth += 1
    return True


def _refuse_too_deep(document: Any, path: str | Path) -> None:
    """Raise the error naming the first value found past the depth limit."""
    stack: list[tuple[Any, int, str]] = [(document, 1, "$")]
    while stack:
        node, depth, where = stack.pop()
        if depth > limits.MAX_JSON_DEPTH:
            raise JourneyFileError(path, "the document is nested too deeply", where)
        if isinstance(node, dict):
            stack.extend((value, depth + 1, where + key_step(key)) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, depth + 1, f"{where}[{i}]") for i, value in enumerate(node))


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _upgrade(document: dict[str, Any], path: str | Path) -> dict[str, Any]:
    """Check the header and migrate older versions; return the model's fields."""
    file_format = document.get("format")
    if file_format != FORMAT_NAME:
        if file_format is None:
            reason = 'not a Journey Designer map (no "format": "journeydesigner" at the top)'
        else:
            reason = f"not a Journey Designer map (its format is {str(file_format)[:60]!r})"
        raise JourneyFileError(path, reason, "$.format")
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise JourneyFileError(path, "schema_version must be a whole number", "$.schema_version")
    if version > SCHEMA_VERSION:
        raise JourneyFileError(
            path,
            f"made by a newer version of Journey Designer (file format {version}; this version "
            f"reads up to {SCHEMA_VERSION}): update Journey Designer to open it",
            "$.schema_version",
        )
    if version < 0:
        raise JourneyFileError(path, f"unknown schema_version {version}", "$.schema_version")
    body = {k: v for k, v in document.items() if k not in ("format", "schema_version")}
    try:
        return migrate(body, version, SCHEMA_VERSION)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise JourneyFileError(path, f"cannot upgrade from format {version}: {exc}") from None
