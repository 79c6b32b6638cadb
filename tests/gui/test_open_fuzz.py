"""Damaged files through the Open path never crash the app nor touch the open map."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner.storage import dumps_map
from journeydesigner.ui.workspace import Workspace
from tests.gui.file_helpers import SNEAKERS, copy_sample, patch_prompts, rename_first_card

SAMPLE = SNEAKERS.read_bytes()


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    """The sample cut short, with bytes flipped, inserted or removed."""
    data = bytearray(SAMPLE[: draw(st.integers(0, len(SAMPLE)))])
    for _ in range(draw(st.integers(0, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "insert", "delete"]))
        if action == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        else:
            del data[at : at + draw(st.integers(1, 16))]
    return bytes(data)


def _replace_somewhere(document: Any, value: Any, choice: int) -> Any:
    """Put *value* in place of the choice-th node of *document* (depth first)."""
    counter = [choice]

    def walk(node: Any) -> Any:
        if counter[0] == 0:
            counter[0] = -1
            return value
        counter[0] -= 1
        if isinstance(node, dict):
            return {key: walk(item) for key, item in node.items()}
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    return walk(document)


@st.composite
def damaged_json(draw: st.DrawFn) -> bytes:
    """Valid JSON with one node of the sample replaced by something unexpected."""
    document = json.loads(SAMPLE)
    strange = draw(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(-(2**70), 2**70),
            st.floats(allow_nan=False, allow_infinity=False),
            st.text(max_size=30),
            st.lists(st.integers(), max_size=3),
            st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
        )
    )
    damaged = _replace_somewhere(document, strange, draw(st.integers(0, 4000)))
    return json.dumps(damaged, ensure_ascii=False).encode("utf-8")


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(damaged_bytes(), damaged_json()))
def test_damaged_files_never_change_the_open_map(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes
) -> None:
    if not workspace.windows:
        window = workspace.open_path(copy_sample(tmp_path, "abierto.journey"))
        assert window is not None
        rename_first_card(window)
    window = workspace.windows[0]
    before = dumps_map(window.document.journey)
    undo_steps = window.document.undo_stack.count()
    damaged = tmp_path / "dañado.journey"
    damaged.write_bytes(data)
    log = patch_prompts(monkeypatch)
    opened = workspace.open_path(damaged, window)
    if opened is None:
        assert log.names() == ["show_open_error"]
        message = str(log.args("show_open_error")[1])
        assert str(damaged) in message and "\n" not in message
    else:  # the damage happened to leave a valid map
        opened.close_without_asking()
    assert damaged.read_bytes() == data
    assert workspace.windows == [window]
    assert dumps_map(window.document.journey) == before
    assert window.document.undo_stack.count() == undo_steps
