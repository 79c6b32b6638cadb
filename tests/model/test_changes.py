"""What an edit reaches: a moved card is told apart from a changed one."""

from __future__ import annotations

from journeydesigner.document.changes import Change, describe
from journeydesigner.model import edits as ed
from journeydesigner.storage import load_map
from tests.conftest import ROOT

ORIGINAL = load_map(ROOT / "samples" / "zapatillas-omnicanal.journey")


def _first_card() -> tuple[str, str, str]:
    card = ORIGINAL.personas[0].timeline.cards[0]
    return card.id, card.stage, card.lane


def test_a_move_changes_only_the_place_of_the_card() -> None:
    card_id, stage, lane = _first_card()
    change = describe(ORIGINAL, ed.MoveCard(card_id, stage, lane, 0))
    assert change.items == {card_id}
    assert change.moved == {card_id}


def test_a_card_moved_and_renamed_in_one_step_must_be_drawn_again() -> None:
    card_id, stage, lane = _first_card()
    for order in ((0, 1), (1, 0)):
        parts = [
            describe(ORIGINAL, ed.MoveCard(card_id, stage, lane, 0)),
            describe(ORIGINAL, ed.UpdateItem(card_id, {"title": "Otro título"})),
        ]
        change = Change()
        for index in order:
            change.merge(parts[index])
        assert change.items == {card_id}
        assert change.moved == set()


def test_moves_merged_stay_moves() -> None:
    timeline = ORIGINAL.personas[0].timeline
    change = Change()
    for card in timeline.cards[:3]:
        change.merge(describe(ORIGINAL, ed.MoveCard(card.id, card.stage, card.lane, None)))
    assert change.moved == {card.id for card in timeline.cards[:3]} == change.items
