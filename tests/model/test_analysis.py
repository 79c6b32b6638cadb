"""Derived values of a map, on small hand-built maps with known answers."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from journeydesigner.model import (
    ActionCard,
    Channel,
    EmotionCard,
    JourneyMap,
    Lane,
    NoteCard,
    OpportunityCard,
    PainPointCard,
    Persona,
    Stage,
    ThoughtCard,
    Timeline,
    TouchpointCard,
)
from journeydesigner.model.analysis import (
    CurvePoint,
    StageCounts,
    card_counts,
    coverage_matrix,
    emotion_curve,
    lowest_moment,
    stage_counts,
    stage_emotion_averages,
)
from journeydesigner.model.edits import MoveCard, MoveLane, MoveStage


def emotion(card_id: str, stage: str, lane: str, score: int) -> EmotionCard:
    return EmotionCard(id=card_id, stage=stage, lane=lane, score=score, title=f"label {card_id}")


def curve_map() -> JourneyMap:
    """Three stages, two emotion lanes around an actions lane, cards listed out of order.

    Timeline order of the markers: s1/emo-a: e2; s1/emo-b: e1, e4;
    s2/emo-a: e3, e5; s2/emo-b: e6. Stage s3 has none.
    """
    timeline = Timeline(
        stages=[Stage(id=s, name=s.upper()) for s in ("s1", "s2", "s3")],
        lanes=[
            Lane(id="emo-a", kind="emotions", name="A"),
            Lane(id="act", kind="actions", name="Act"),
            Lane(id="emo-b", kind="emotions", name="B"),
        ],
        cards=[
            emotion("e3", "s2", "emo-a", 1),
            emotion("e1", "s1", "emo-b", -1),
            ActionCard(id="a1", stage="s1", lane="act"),
            emotion("e2", "s1", "emo-a", 0),
            emotion("e5", "s2", "emo-a", -2),
            emotion("e4", "s1", "emo-b", 2),
            ActionCard(id="a2", stage="s3", lane="act"),
            emotion("e6", "s2", "emo-b", -2),
        ],
    )
    persona = Persona(id="p", name="P", timeline=timeline)
    return JourneyMap.new("Curve", "en", personas=[persona])


def ids(curve: list[CurvePoint]) -> list[str]:
    return [point.card_id for point in curve]


# ---------------------------------------------------------------- emotion curve


def test_emotion_curve_order_and_points() -> None:
    journey = curve_map()
    curve = emotion_curve(journey.personas[0])
    assert ids(curve) == ["e2", "e1", "e4", "e3", "e5", "e6"]
    assert [p.score for p in curve] == [0, -1, 2, 1, -2, -2]
    assert [p.stage_id for p in curve] == ["s1", "s1", "s1", "s2", "s2", "s2"]
    assert [p.stage_index for p in curve] == [0, 0, 0, 1, 1, 1]
    assert curve[0] == CurvePoint("e2", "s1", 0, 0, "label e2")


def test_emotion_curve_follows_moved_stage() -> None:
    journey = curve_map()
    MoveStage("s2", 0).apply(journey)
    curve = emotion_curve(journey.personas[0])
    assert ids(curve) == ["e3", "e5", "e6", "e2", "e1", "e4"]
    assert [p.stage_index for p in curve] == [0, 0, 0, 1, 1, 1]
    MoveStage("s1", 2).apply(journey)  # stages: s2, s3, s1
    curve = emotion_curve(journey.personas[0])
    assert ids(curve) == ["e3", "e5", "e6", "e2", "e1", "e4"]
    assert [p.stage_index for p in curve] == [0, 0, 0, 2, 2, 2]


def test_emotion_curve_follows_moved_lane() -> None:
    journey = curve_map()
    MoveLane("emo-b", 0).apply(journey)
    assert ids(emotion_curve(journey.personas[0])) == ["e1", "e4", "e2", "e6", "e3", "e5"]


def test_emotion_curve_follows_order_in_cell() -> None:
    journey = curve_map()
    MoveCard("e5", "s2", "emo-a", 0).apply(journey)
    assert ids(emotion_curve(journey.personas[0])) == ["e2", "e1", "e4", "e5", "e3", "e6"]
    MoveCard("e2", "s2", "emo-b", None).apply(journey)
    assert ids(emotion_curve(journey.personas[0])) == ["e1", "e4", "e5", "e3", "e6", "e2"]


def test_emotion_curve_empty() -> None:
    persona = Persona(id="p", name="P")
    assert emotion_curve(persona) == []
    assert lowest_moment(persona) is None
    assert stage_emotion_averages(persona) == {}


# ---------------------------------------------------------------- lowest moment and averages


def test_lowest_moment_is_the_first_lowest() -> None:
    journey = curve_map()
    lowest = lowest_moment(journey.personas[0])
    assert lowest is not None
    assert (lowest.card_id, lowest.score, lowest.stage_id, lowest.label) == ("e5", -2, "s2", "label e5")
    MoveLane("emo-b", 0).apply(journey)
    assert lowest_moment(journey.personas[0]).card_id == "e6"  # type: ignore[union-attr]
    MoveStage("s2", 0).apply(journey)
    assert lowest_moment(journey.personas[0]).card_id == "e6"  # type: ignore[union-attr]


def test_lowest_moment_single_marker() -> None:
    timeline = Timeline(
        stages=[Stage(id="s", name="S")],
        lanes=[Lane(id="l", kind="emotions", name="E")],
        cards=[emotion("only", "s", "l", 2)],
    )
    persona = Persona(id="p", name="P", timeline=timeline)
    assert lowest_moment(persona) == CurvePoint("only", "s", 0, 2, "label only")


def test_stage_emotion_averages() -> None:
    journey = curve_map()
    averages = stage_emotion_averages(journey.personas[0])
    assert list(averages) == ["s1", "s2", "s3"]
    assert averages["s1"] == pytest.approx(1 / 3)
    assert averages["s2"] == pytest.approx(-1.0)
    assert averages["s3"] is None


def test_stage_emotion_averages_of_stages_without_markers() -> None:
    timeline = Timeline(
        stages=[Stage(id="s1", name="A"), Stage(id="s2", name="B")],
        lanes=[Lane(id="act", kind="actions", name="Act"), Lane(id="emo", kind="emotions", name="E")],
        cards=[
            ActionCard(id="a", stage="s1", lane="act"),
            emotion("e", "s2", "emo", -1),
            emotion("f", "s2", "emo", 2),
        ],
    )
    persona = Persona(id="p", name="P", timeline=timeline)
    assert stage_emotion_averages(persona) == {"s1": None, "s2": 0.5}


# ---------------------------------------------------------------- stage counts


def counts_map() -> JourneyMap:
    timeline = Timeline(
        stages=[Stage(id="s1", name="Discover"), Stage(id="s2", name="Buy"), Stage(id="s3", name="Use")],
        lanes=[
            Lane(id="tp", kind="touchpoints", name="T"),
            Lane(id="pain", kind="pain_points", name="P"),
            Lane(id="opp", kind="opportunities", name="O"),
            Lane(id="back", kind="backstage", name="B"),
            Lane(id="notes", kind="notes", name="N"),
        ],
        cards=[
            TouchpointCard(id="t1", stage="s1", lane="tp", channel="web"),
            TouchpointCard(id="t2", stage="s1", lane="tp", channel="web"),
            TouchpointCard(id="t3", stage="s1", lane="back", channel="phone"),
            TouchpointCard(id="t4", stage="s2", lane="tp"),  # no channel
            TouchpointCard(id="t5", stage="s2", lane="notes", channel="store"),
            PainPointCard(id="pp1", stage="s1", lane="pain"),
            PainPointCard(id="pp2", stage="s2", lane="pain", severity="high"),
            PainPointCard(id="pp3", stage="s2", lane="notes"),
            OpportunityCard(id="o1", stage="s2", lane="opp"),
            NoteCard(id="n1", stage="s1", lane="pain"),
            ThoughtCard(id="th", stage="s3", lane="notes"),
        ],
    )
    return JourneyMap.new("Counts", "en", personas=[Persona(id="p", name="P", timeline=timeline)])


def test_stage_counts() -> None:
    counts = stage_counts(counts_map().personas[0])
    assert list(counts) == ["s1", "s2", "s3"]
    assert counts["s1"] == StageCounts(
        pain_points=1, opportunities=0, touchpoints=3, touchpoints_by_channel=Counter(web=2, phone=1)
    )
    assert counts["s2"] == StageCounts(
        pain_points=2, opportunities=1, touchpoints=2, touchpoints_by_channel=Counter(store=1)
    )
    assert counts["s3"] == StageCounts()


def test_stage_counts_empty_persona() -> None:
    assert stage_counts(Persona(id="p", name="P")) == {}


# ---------------------------------------------------------------- coverage matrix


def touchpoint(card_id: str, stage: str, channel: str | None) -> TouchpointCard:
    return TouchpointCard(id=card_id, stage=stage, lane=f"tp-{stage}", channel=channel)


def coverage_map() -> JourneyMap:
    """Ana: Discover, Buy. Bo: discover (same column), Use, BUY (same column)."""

    def persona(pid: str, stages: list[tuple[str, str]], cards: list[Any]) -> Persona:
        return Persona(
            id=pid,
            name=pid,
            timeline=Timeline(
                stages=[Stage(id=s, name=n) for s, n in stages],
                # one lane per stage keeps the lane ids unique across personas
                lanes=[Lane(id=f"tp-{s}", kind="touchpoints", name="T") for s, _ in stages],
                cards=cards,
            ),
        )

    ana = persona(
        "ana",
        [("a1", "Discover"), ("a2", "Buy")],
        [touchpoint("x1", "a1", "web"), touchpoint("x2", "a1", "web"), touchpoint("x3", "a2", "store")],
    )
    bo = persona(
        "bo",
        [("b1", "discover"), ("b2", "Use"), ("b3", "BUY")],
        [
            touchpoint("y1", "b1", "web"),
            touchpoint("y2", "b2", "app"),
            touchpoint("y3", "b3", None),
            touchpoint("y4", "b2", "custom"),
        ],
    )
    journey = JourneyMap.new("Coverage", "en")
    journey = JourneyMap.model_validate(
        {
            **journey.model_dump(),
            "channels": [
                *journey.model_dump()["channels"],
                Channel(id="custom", name="Kiosk app").model_dump(),
            ],
            "personas": [ana.model_dump(), bo.model_dump()],
        }
    )
    return journey


def test_coverage_matrix_matches_stages_by_name() -> None:
    journey = coverage_map()
    matrix = coverage_matrix(journey)
    assert matrix.stages == ["Discover", "Buy", "Use"]
    assert matrix.channels == [c.id for c in journey.channels]
    assert matrix.channels[-1] == "custom"
    assert matrix.count("web", "Discover") == 3
    assert matrix.count("web", "DISCOVER") == 3
    assert matrix.count("store", "buy") == 1
    assert matrix.count("app", "Use") == 1
    assert matrix.count("custom", "Use") == 1
    assert matrix.count("web", "Buy") == 0
    assert matrix.count("web", "Nowhere") == 0
    assert sum(matrix.counts.values()) == 6  # the touchpoint without channel is not counted


def test_coverage_matrix_gaps() -> None:
    journey = coverage_map()
    matrix = coverage_matrix(journey)
    served = {("web", "Discover"), ("store", "Buy"), ("app", "Use"), ("custom", "Use")}
    expected = [(c, s) for c in matrix.channels for s in matrix.stages if (c, s) not in served]
    assert matrix.gaps() == expected
    assert len(matrix.gaps()) == len(matrix.channels) * 3 - 4


def test_coverage_matrix_of_chosen_personas() -> None:
    journey = coverage_map()
    bo = journey.personas[1]
    matrix = coverage_matrix(journey, [bo])
    assert matrix.stages == ["discover", "Use", "BUY"]
    assert matrix.count("web", "Discover") == 1
    assert matrix.count("store", "buy") == 0
    assert ("store", "BUY") in matrix.gaps()
    empty = coverage_matrix(journey, [])
    assert empty.stages == [] and empty.counts == {} and empty.gaps() == []


# ---------------------------------------------------------------- card counts


def test_card_counts() -> None:
    journey = counts_map()
    counts = card_counts(journey)
    assert counts == Counter(touchpoint=5, pain_point=3, opportunity=1, note=1, thought=1)
    assert card_counts(journey, journey.personas[0]) == counts


def test_card_counts_over_personas() -> None:
    journey = coverage_map()
    ana, bo = journey.personas
    assert card_counts(journey) == Counter(touchpoint=7)
    assert card_counts(journey, ana) == Counter(touchpoint=3)
    assert card_counts(journey, bo) == Counter(touchpoint=4)
    assert card_counts(curve_map()) == Counter(emotion=6, action=2)
    assert card_counts(JourneyMap.new("empty", "en")) == Counter()
