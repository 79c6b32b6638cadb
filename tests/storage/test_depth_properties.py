"""The quick depth measure and the walk that names the path always agree.

Opening a map first measures how deep its JSON goes, level by level without
paths, and walks it again to name the value past the limit only when there is
one. Here random JSON values as deep as the limit give or take a few levels,
objects and lists mixed, with siblings of every kind beside the deep branch,
are judged by both.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from journeydesigner.model import limits
from journeydesigner.storage.errors import JourneyFileError
from journeydesigner.storage.files import _check_depth, _refuse_too_deep, _within_depth_limit

SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=3)
KEYS = st.sampled_from(["a", "b", "id", "odd key", "", "ñ\n"])
SHALLOW = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
    max_leaves=6,
)


@st.composite
def deep_values(draw: st.DrawFn) -> Any:
    """A JSON value with one branch about as deep as the limit, and shallow siblings."""
    value = draw(SCALARS | st.just([]) | st.just({}) | SHALLOW)
    limit = limits.MAX_JSON_DEPTH
    for _ in range(draw(st.integers(0, 3) | st.integers(limit - 6, limit + 2))):
        siblings = draw(st.lists(SHALLOW, max_size=2))
        at = draw(st.integers(0, len(siblings)))
        if draw(st.booleans()):
            value = [*siblings[:at], value, *siblings[at:]]
        else:
            keys = draw(st.lists(KEYS, min_size=len(siblings) + 1, max_size=len(siblings) + 1, unique=True))
            items = [*siblings[:at], value, *siblings[at:]]
            value = dict(zip(keys, items, strict=False))
    return value


def named_path(document: Any) -> str | None:
    try:
        _refuse_too_deep(document, "x.journey")
    except JourneyFileError as exc:
        return exc.json_path
    return None


@settings(max_examples=500)
@given(deep_values())
def test_the_depth_measure_and_the_naming_walk_agree(value: Any) -> None:
    document = json.loads(json.dumps(value))  # what the check sees: what json.loads makes
    path = named_path(document)
    event("too deep" if path else "within the limit")
    assert _within_depth_limit(document) is (path is None)
    if path is None:
        _check_depth(document, "x.journey")
    else:
        with pytest.raises(JourneyFileError) as info:
            _check_depth(document, "x.journey")
        assert info.value.json_path == path
        assert info.value.reason == "the document is nested too deeply"


def nested(depth: int, leaf: Any) -> Any:
    for _ in range(depth - 1):
        leaf = [leaf]
    return leaf


@pytest.mark.parametrize(
    "document, sound",
    [
        (nested(limits.MAX_JSON_DEPTH, 1), True),  # the scalar is exactly at the limit
        (nested(limits.MAX_JSON_DEPTH, []), True),  # an empty list at the limit holds nothing deeper
        (nested(limits.MAX_JSON_DEPTH, {}), True),
        (nested(limits.MAX_JSON_DEPTH, [1]), False),
        (nested(limits.MAX_JSON_DEPTH, {"a": None}), False),
        (nested(limits.MAX_JSON_DEPTH + 1, 1), False),
        (1, True),
        ({}, True),
    ],
)
def test_the_limit_itself(document: Any, sound: bool) -> None:
    assert _within_depth_limit(document) is sound
    assert (named_path(document) is None) is sound
