"""Turn pydantic validation errors into one readable line with a JSON path."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,59}")


def key_step(key: str) -> str:
    """The JSON path step of an object key: ``.name``, or ``["odd key"]``.

    Keys come from the file, so anything that is not a plain name is quoted
    (and shortened): a key with a line break or a lone surrogate must not
    break the one-line error message.
    """
    if _PLAIN_KEY.fullmatch(key):
        return f".{key}"
    shown = key if len(key) <= 60 else key[:60] + "…"
    return f"[{json.dumps(shown)}]"


def json_path(loc: tuple[int | str, ...], document: Any) -> str:
    """The JSON path of a pydantic error location, e.g. ``$.personas[0].name``.

    Locations of tagged unions contain the tag ("emotion", "icon") as an extra
    step that is not in the document; walking the document alongside the
    location tells the two apart.
    """
    parts = ["$"]
    node = document
    for step in loc:
        if isinstance(node, list) and isinstance(step, int):
            parts.append(f"[{step}]")
            node = node[step] if 0 <= step < len(node) else None
        elif isinstance(node, dict) and step in node:
            parts.append(key_step(str(step)))
            node = node[step]
        elif isinstance(node, dict) and isinstance(step, str) and step != "":
            if _is_tag(node, step):
                continue  # the union tag, not a key of the document
            parts.append(key_step(step))
            node = None
        else:
            parts.append(f"[{step}]" if isinstance(step, int) else key_step(str(step)))
            node = None
    return "".join(parts)


def _is_tag(node: dict[str, Any], step: str) -> bool:
    return node.get("type") == step or node.get("kind") == step


def _reason(error: ErrorDetails) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "missing":
        return "required field is missing"
    if kind == "string_too_long":
        return f"text is longer than {ctx.get('max_length')} characters"
    if kind == "too_long":
        return f"more than {ctx.get('max_length')} items"
    if kind == "too_short":
        return f"fewer than {ctx.get('min_length')} items"
    if kind == "string_pattern_mismatch":
        shown = str(value)[:40]
        return f"{shown!r} is not a valid value here"
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return f"unknown or missing type {ctx.get('tag', '')!r}".replace(" ''", "")
    if kind == "invalid_reference":
        return str(ctx.get("message", error["msg"]))
    if kind in ("value_error", "assertion_error"):
        return error["msg"].removeprefix("Value error, ")
    return error["msg"][0].lower() + error["msg"][1:]


def describe_validation_error(exc: ValidationError, document: Any) -> tuple[str, str]:
    """(JSON path, reason) of the first problem pydantic found in *document*."""
    error = exc.errors(include_url=False)[0]
    ctx = error.get("ctx") or {}
    if error["type"] == "invalid_reference" and "path" in ctx:
        where = str(ctx["path"])
    else:
        where = json_path(tuple(error["loc"]), document)
    return where, _reason(error)
