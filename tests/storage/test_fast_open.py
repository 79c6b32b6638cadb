"""The fast way into a map (orjson, no depth check) accepts and refuses exactly as the careful way.

``loads_map`` first tries orjson and the model alone, and falls back to the
careful reading (the json module, the depth check, named errors) for
anything that way does not accept. These tests hold it to that: the same map,
or the same one-line error, for every bad file of the corpus and for files
whose numbers, strings and header are drawn at random.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner.model import limits
from journeydesigner.model.journey import JourneyMap
from journeydesigner.storage import JourneyFileError, loads_map
from journeydesigner.storage.files import _validate
from tests.storage.conftest import encode
from tests.storage.test_bad_files import CASES


def _outcome(read: Callable[[], JourneyMap]) -> tuple[str, Any]:
    try:
        return "map", read().model_dump(mode="json")
    except JourneyFileError as exc:
        return "error", str(exc)


def _agree(data: bytes) -> None:
    assert _outcome(lambda: loads_map(data, "m.journey")) == _outcome(lambda: _validate(data, "m.journey"))


def _schema_depth(schema: dict[str, Any], node: Any, seen: tuple[str, ...] = ()) -> int:
    """How deep a JSON value valid against *node* can be (the value itself at depth 1)."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        assert name not in seen, f"{name} can hold itself: documents of any depth would be valid"
        return _schema_depth(schema, schema["$defs"][name], (*seen, name))
    for key in ("anyOf", "oneOf", "allOf"):
        if key in node:
            return max(_schema_depth(schema, choice, seen) for choice in node[key])
    kind = node.get("type")
    if kind == "object":
        assert node.get("additionalProperties") is not True, "an object open to anything"
        extra = node.get("additionalProperties")
        children = [*node.get("properties", {}).values(), *([extra] if isinstance(extra, dict) else [])]
        return 1 + max((_schema_depth(schema, child, seen) for child in children), default=0)
    if kind == "array":
        assert "items" in node, "a list of anything"
        return 1 + _schema_depth(schema, node["items"], seen)
    assert kind in ("string", "integer", "number", "boolean", "null") or "enum" in node or "const" in node, (
        node
    )
    return 1


def test_a_map_the_model_accepts_is_never_too_deep() -> None:
    # Why the fast way may skip the depth check: the model's own fields nest
    # far less deeply than the limit, and hold nothing open-ended.
    schema = JourneyMap.model_json_schema()
    assert _schema_depth(schema, schema) < limits.MAX_JSON_DEPTH


@pytest.mark.parametrize(("content", "_json_path", "_reason"), [case[1:] for case in CASES])
def test_every_bad_file_gets_the_careful_verdict(
    make_file: Callable[..., Path], content: Any, _json_path: str, _reason: str
) -> None:
    _agree(make_file(content).read_bytes())


VARIANTS = {
    "byte order mark": lambda data: codecs.BOM_UTF8 + data,
    "integer beyond 64 bits": lambda data: data.replace(b'"score": -1', b'"score": 18446744073709551617', 1),
    "integer beyond 64 bits in a float field": lambda data: re.sub(
        rb'"value": [^,\n]+', b'"value": 36893488147419103232', data, count=1
    ),
    "float written as an exponent": lambda data: re.sub(
        rb'"value": [^,\n]+', b'"value": 1.25e3', data, count=1
    ),
    "lone surrogate in a title": lambda data: data.replace(b'"title": "', b'"title": "\\ud800', 1),
    "schema version as a float": lambda data: data.replace(
        b'"schema_version": 1', b'"schema_version": 1.0', 1
    ),
    "schema version as true": lambda data: data.replace(b'"schema_version": 1', b'"schema_version": true', 1),
    "older schema version": lambda data: data.replace(b'"schema_version": 1', b'"schema_version": 0', 1),
    "duplicate key": lambda data: data.replace(b'"title": "', b'"title": "primero", "title": "', 1),
}


@pytest.mark.parametrize("name", VARIANTS)
def test_files_read_differently_by_the_two_parsers_get_the_careful_verdict(
    small_map_bytes: bytes, name: str
) -> None:
    changed = VARIANTS[name](small_map_bytes)
    assert changed != small_map_bytes
    _agree(changed)


_NUMBER = re.compile(rb"(?<=: )-?\d+(\.\d+)?([eE][-+]?\d+)?(?=[,\n])")


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_numbers_and_strings_drawn_at_random_get_the_same_verdict(
    small_map_bytes: bytes, data: st.DataObject
) -> None:
    numbers = list(_NUMBER.finditer(small_map_bytes))
    chosen = data.draw(st.sampled_from(numbers))
    literal = data.draw(
        st.one_of(
            st.integers(min_value=-(10**30), max_value=10**30).map(str),
            st.floats(allow_nan=False, allow_infinity=False).map(repr),
            st.sampled_from(["1e999", "-1e400", "1E2", "0.0", "-0", "2.5e-400", "1" * 40]),
        )
    )
    changed = small_map_bytes[: chosen.start()] + literal.encode() + small_map_bytes[chosen.end() :]
    _agree(changed)
    title = data.draw(st.text(max_size=12))
    document = json.loads(small_map_bytes)
    document["title"] = title
    _agree(encode(document))


def test_a_sound_file_takes_the_fast_way(small_map_bytes: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    def careful(*_args: Any) -> JourneyMap:
        raise AssertionError("the careful way was taken")

    expected = _validate(small_map_bytes, "m.journey").model_dump(mode="json")
    monkeypatch.setattr("journeydesigner.storage.files._validate", careful)
    assert loads_map(small_map_bytes).model_dump(mode="json") == expected
    assert loads_map(codecs.BOM_UTF8 + small_map_bytes).model_dump(mode="json") == expected
