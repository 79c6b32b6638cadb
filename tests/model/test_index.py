"""Finding an object in a list by identity, from a hint of where it was."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journeydesigner.model.index import locate


class Thing:
    """Equal to every other thing: only identity tells them apart (as two equal cards)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Thing)

    __hash__ = object.__hash__


@given(size=st.integers(0, 60), data=st.data())
def test_locate_finds_the_object_itself_whatever_the_hint(size: int, data: st.DataObject) -> None:
    items = [Thing() for _ in range(size)]
    near = data.draw(st.none() | st.integers(-5, size + 5))
    for position, item in enumerate(items):
        assert locate(items, item, near) == position
    assert locate(items, Thing(), near) == -1
