"""The shared layout: columns, rows, card stacking, emotion heights, hit tests."""

from __future__ import annotations

from journeydesigner.layout.timeline import DEFAULT_METRICS, layout_timeline
from journeydesigner.model import EmotionCard, LaneKind
from journeydesigner.storage import load_map
from tests.conftest import ROOT

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"


def test_columns_follow_stage_widths_and_rows_stack() -> None:
    journey = load_map(SNEAKERS)
    persona = journey.personas[0]
    layout = layout_timeline(journey, persona)
    xs = [box.column.x for box in layout.stages]
    assert xs[0] == DEFAULT_METRICS.lane_header_width
    for box, stage, nxt in zip(layout.stages, persona.timeline.stages, xs[1:], strict=False):
        assert box.column.x + stage.width == nxt
    for upper, lower in zip(layout.lanes, layout.lanes[1:], strict=False):
        assert upper.row.bottom == lower.row.y
    assert layout.height == layout.lanes[-1].row.bottom
    assert layout.width == layout.stages[-1].column.right


def test_every_visible_card_is_inside_its_cell_without_overlap() -> None:
    journey = load_map(SNEAKERS)
    for persona in journey.personas:
        layout = layout_timeline(journey, persona)
        assert set(layout.cards) == {c.id for c in persona.timeline.cards}
        by_cell: dict[tuple[str, str], list[float]] = {}
        for card in persona.timeline.cards:
            box = layout.cards[card.id]
            cell = layout.cell_rect(card.stage, card.lane)
            assert cell is not None
            assert cell.contains(box.rect.x, box.rect.y) and cell.contains(box.rect.right, box.rect.bottom)
            by_cell.setdefault((card.stage, card.lane), []).append(box.rect.y)
        lanes = {lane.id: lane.kind for lane in persona.timeline.lanes}
        for (_, lane_id), tops in by_cell.items():
            if lanes[lane_id] != LaneKind.EMOTIONS:
                assert tops == sorted(tops) and len(set(tops)) == len(tops)


def test_emotion_height_matches_score_and_back() -> None:
    journey = load_map(SNEAKERS)
    persona = journey.personas[0]
    layout = layout_timeline(journey, persona)
    markers = [c for c in persona.timeline.cards if isinstance(c, EmotionCard)]
    for marker in markers:
        _, cy = layout.cards[marker.id].rect.center
        assert layout.score_at(marker.lane, cy) == marker.score
        assert abs(layout.score_y(marker.lane, marker.score) - cy) < 1e-9
    happy = [m for m in markers if m.score == 2]
    sad = [m for m in markers if m.score < 0]
    assert happy and sad
    assert layout.cards[happy[0].id].rect.y < layout.cards[sad[0].id].rect.y  # higher is happier
    lane_id = markers[0].lane
    assert len(layout.curves[lane_id]) == len(markers)


def test_hidden_lanes_take_no_space_and_hit_tests() -> None:
    journey = load_map(SNEAKERS)
    persona = journey.personas[0]
    full = layout_timeline(journey, persona)
    persona.timeline.lanes[0].hidden = True
    hidden = layout_timeline(journey, persona)
    assert len(hidden.lanes) == len(full.lanes) - 1
    assert hidden.height < full.height
    first, second = hidden.stages[0], hidden.stages[1]
    assert hidden.stage_at(first.column.x + 1) is first
    assert hidden.stage_insert_index(first.column.x + 1) == 0
    assert hidden.stage_insert_index(second.column.x + second.column.width * 0.75) == 2
    lane = hidden.lanes[1]
    assert hidden.lane_at(lane.row.y + 1) is lane
    cards_in_cell = [
        c for c in persona.timeline.cards if c.stage == first.stage_id and c.lane == lane.lane_id
    ]
    assert hidden.cell_insert_position(first.stage_id, lane.lane_id, 0, lane.row.bottom - 1) == len(
        cards_in_cell
    )
    assert hidden.cell_insert_position(first.stage_id, lane.lane_id, 0, lane.row.y) == 0
