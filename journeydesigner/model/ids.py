"""Stable string identifiers for everything in a map."""

from __future__ import annotations

import re
import uuid

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"
_ID_RE = re.compile(ID_PATTERN)


def new_id(prefix: str) -> str:
    """Return a new unique id such as ``card-1f3a9c0b2d4e``.

    The prefix says what the id names, which makes files easier to read and
    diff; uniqueness comes from the random part.
    """
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def is_valid_id(value: str) -> bool:
    """True when *value* has the shape of an id.

    ``fullmatch``: with ``match`` the ``$`` of the pattern would also accept a
    trailing newline, which the model's (Rust) regex refuses.
    """
    return _ID_RE.fullmatch(value) is not None
