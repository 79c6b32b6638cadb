"""Model → geometry of one persona's timeline, in points.

The canvas and the PDF export both draw from :func:`layout_timeline`, so the
printed map looks like the screen. Stages are columns left to right under a
header band; visible lanes are rows under it, with their headers on the left.
Cards stack inside their cell; emotion markers sit at the height of their
score, spread across their cell in order, and the curve runs through them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from journeydesigner.layout.geometry import Rect
from journeydesigner.model.cards import AnyCard, EmotionCard, LaneKind
from journeydesigner.model.journey import EmotionScale, JourneyMap
from journeydesigner.model.persona import Persona


@dataclass(frozen=True)
class Metrics:
    """Sizes of the layout, in points."""

    lane_header_width: float = 168.0
    stage_header_height: float = 64.0
    cell_padding: float = 8.0
    card_height: float = 56.0
    card_gap: float = 6.0
    emotion_lane_height: float = 168.0
    marker_size: float = 30.0

    @property
    def min_lane_height(self) -> float:
        """A row with room for one card."""
        return self.card_height + 2 * self.cell_padding


DEFAULT_METRICS = Metrics()


@dataclass(frozen=True)
class StageBox:
    """A stage column: its header and the whole column below it."""

    stage_id: str
    index: int
    header: Rect
    column: Rect


@dataclass(frozen=True)
class LaneBox:
    """A lane row: its header on the left and the row across the stages."""

    lane_id: str
    index: int
    kind: LaneKind
    header: Rect
    row: Rect


@dataclass(frozen=True)
class CardBox:
    """Where a card is drawn, and in which cell at which position."""

    card_id: str
    rect: Rect
    stage_id: str
    lane_id: str
    position: int


@dataclass
class TimelineLayout:
    """The geometry of one timeline. Coordinates start at the top-left corner."""

    metrics: Metrics
    scale: EmotionScale
    stages: list[StageBox] = field(default_factory=list)
    lanes: list[LaneBox] = field(default_factory=list)
    cards: dict[str, CardBox] = field(default_factory=dict)
    curves: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    width: float = 0.0
    height: float = 0.0
    # The ids of the cards of each laid-out cell that holds any, in cell order:
    # bookkeeping for :func:`journeydesigner.layout.incremental.relayout_cells`,
    # not part of the geometry (it takes no part in comparisons).
    cells: dict[tuple[str, str], list[str]] = field(default_factory=dict, compare=False, repr=False)

    # ------------------------------------------------------------ look-ups

    def stage_box(self, stage_id: str) -> StageBox | None:
        """The column of *stage_id*."""
        return next((s for s in self.stages if s.stage_id == stage_id), None)

    def lane_box(self, lane_id: str) -> LaneBox | None:
        """The row of *lane_id* (None for a hidden lane)."""
        return next((lane for lane in self.lanes if lane.lane_id == lane_id), None)

    def stage_at(self, x: float) -> StageBox | None:
        """The stage column under *x*."""
        return next((s for s in self.stages if s.column.x <= x < s.column.right), None)

    def lane_at(self, y: float) -> LaneBox | None:
        """The lane row under *y*."""
        return next((lane for lane in self.lanes if lane.row.y <= y < lane.row.bottom), None)

    def stage_insert_index(self, x: float) -> int:
        """Where a stage dropped at *x* goes: before the first column whose middle is right of x."""
        for stage in self.stages:
            if x < stage.column.x + stage.column.width / 2:
                return stage.index
        return len(self.stages)

    def lane_insert_index(self, y: float) -> int:
        """Where a lane dragged to *y* goes, among the visible lanes."""
        for lane in self.lanes:
            if y < lane.row.y + lane.row.height / 2:
                return lane.index
        return len(self.lanes)

    def cell_rect(self, stage_id: str, lane_id: str) -> Rect | None:
        """The rectangle of a cell."""
        stage, lane = self.stage_box(stage_id), self.lane_box(lane_id)
        if stage is None or lane is None:
            return None
        return Rect(stage.column.x, lane.row.y, stage.column.width, lane.row.height)

    def cell_count(self, stage_id: str, lane_id: str) -> int:
        """How many cards the cell (*stage_id*, *lane_id*) holds (0 for a hidden lane)."""
        return len(self.cells.get((stage_id, lane_id), ()))

    def cell_insert_position(
        self, stage_id: str, lane_id: str, x: float, y: float, exclude: frozenset[str] = frozenset()
    ) -> int:
        """The position in a cell at which something dropped at (x, y) lands.

        Cards in *exclude* (the ones being moved) do not count.
        """
        lane = self.lane_box(lane_id)
        emotions = lane is not None and lane.kind == LaneKind.EMOTIONS
        position = 0
        for box in self.cards.values():
            if box.stage_id == stage_id and box.lane_id == lane_id and box.card_id not in exclude:
                cx, cy = box.rect.center
                if (cx < x) if emotions else (cy < y):
                    position += 1
        return position

    def score_at(self, lane_id: str, y: float) -> int:
        """The emotion score that height *y* in an emotions lane stands for."""
        lane = self.lane_box(lane_id)
        if lane is None:
            return self.scale.map_fraction(0.5)
        top, bottom = _marker_band(lane.row, self.metrics)
        fraction = 0.5 if bottom <= top else (bottom - y) / (bottom - top)
        return self.scale.map_fraction(fraction)

    def score_y(self, lane_id: str, score: int) -> float:
        """The height of *score* in an emotions lane (the centre of its marker)."""
        lane = self.lane_box(lane_id)
        if lane is None:
            return 0.0
        return _score_y(lane.row, score, self.scale, self.metrics)


def _marker_band(row: Rect, metrics: Metrics) -> tuple[float, float]:
    inset = metrics.cell_padding + metrics.marker_size / 2
    return row.y + inset, row.bottom - inset


def _score_y(row: Rect, score: int, scale: EmotionScale, metrics: Metrics) -> float:
    top, bottom = _marker_band(row, metrics)
    span = scale.maximum - scale.minimum
    fraction = (score - scale.minimum) / span if span else 0.5
    return bottom - fraction * (bottom - top)


def lane_height(metrics: Metrics, kind: LaneKind, most: int) -> float:
    """The height of a lane of *kind* whose fullest cell holds *most* cards."""
    if kind == LaneKind.EMOTIONS:
        return metrics.emotion_lane_height
    return max(
        metrics.min_lane_height,
        2 * metrics.cell_padding + most * metrics.card_height + max(most - 1, 0) * metrics.card_gap,
    )


def layout_timeline(
    journey: JourneyMap, persona: Persona, metrics: Metrics = DEFAULT_METRICS
) -> TimelineLayout:
    """Compute where every stage, lane, card and curve point of *persona* goes."""
    timeline = persona.timeline
    result = TimelineLayout(metrics=metrics, scale=journey.emotion_scale)
    cells: dict[tuple[str, str], list[AnyCard]] = defaultdict(list)
    for card in timeline.cards:
        cells[(card.stage, card.lane)].append(card)

    # Lane heights: room for the fullest cell of the row.
    y = metrics.stage_header_height
    for lane in (lane for lane in timeline.lanes if not lane.hidden):
        most = max((len(cells.get((s.id, lane.id), ())) for s in timeline.stages), default=0)
        height = lane_height(metrics, lane.kind, most)
        result.lanes.append(
            LaneBox(
                lane_id=lane.id,
                index=len(result.lanes),
                kind=lane.kind,
                header=Rect(0.0, y, metrics.lane_header_width, height),
                row=Rect(metrics.lane_header_width, y, 0.0, height),  # width set below
            )
        )
        y += height
    result.height = y

    x = metrics.lane_header_width
    for index, stage in enumerate(timeline.stages):
        result.stages.append(
            StageBox(
                stage_id=stage.id,
                index=index,
                header=Rect(x, 0.0, stage.width, metrics.stage_header_height),
                column=Rect(x, metrics.stage_header_height, stage.width, y - metrics.stage_header_height),
            )
        )
        x += stage.width
    result.width = x
    row_width = x - metrics.lane_header_width
    result.lanes = [
        LaneBox(
            box.lane_id,
            box.index,
            box.kind,
            box.header,
            Rect(box.row.x, box.row.y, row_width, box.row.height),
        )
        for box in result.lanes
    ]

    for stage_box in result.stages:
        for lane_box in result.lanes:
            cell = cells.get((stage_box.stage_id, lane_box.lane_id), [])
            if cell:
                result.cells[(stage_box.stage_id, lane_box.lane_id)] = [card.id for card in cell]
            if lane_box.kind == LaneKind.EMOTIONS:
                _place_markers(result, cell, stage_box, lane_box)
            else:
                _stack_cards(result, cell, stage_box, lane_box)

    for lane_box in result.lanes:
        if lane_box.kind == LaneKind.EMOTIONS:
            result.curves[lane_box.lane_id] = [
                result.cards[card.id].rect.center
                for stage_box in result.stages
                for card in cells.get((stage_box.stage_id, lane_box.lane_id), [])
            ]
    return result


def _stack_cards(
    result: TimelineLayout,
    cell: list[AnyCard],
    stage: StageBox,
    lane: LaneBox,
    kept: Mapping[str, CardBox] | None = None,
) -> None:
    """Stack *cell*'s cards down their cell, reusing a box of *kept* (the layout before) that is unchanged.

    After an edit most cards of a crowded cell keep their place: comparing
    a few numbers costs less than making their boxes again and comparing those.
    """
    m = result.metrics
    x = stage.column.x + m.cell_padding
    width = stage.column.width - 2 * m.cell_padding
    stage_id, lane_id = stage.stage_id, lane.lane_id
    for position, card in enumerate(cell):
        top = lane.row.y + m.cell_padding + position * (m.card_height + m.card_gap)
        old = kept.get(card.id) if kept is not None else None
        if (
            old is not None
            and old.position == position
            and old.stage_id == stage_id
            and old.lane_id == lane_id
        ):
            rect = old.rect
            if rect.y == top and rect.x == x and rect.width == width and rect.height == m.card_height:
                result.cards[card.id] = old
                continue
        result.cards[card.id] = CardBox(
            card.id, Rect(x, top, width, m.card_height), stage_id, lane_id, position
        )


def _place_markers(result: TimelineLayout, cell: list[AnyCard], stage: StageBox, lane: LaneBox) -> None:
    m = result.metrics
    count = len(cell)
    for position, card in enumerate(cell):
        score = card.score if isinstance(card, EmotionCard) else 0
        cx = stage.column.x + (position + 1) * stage.column.width / (count + 1)
        cy = _score_y(lane.row, score, result.scale, m)
        rect = Rect(cx - m.marker_size / 2, cy - m.marker_size / 2, m.marker_size, m.marker_size)
        result.cards[card.id] = CardBox(card.id, rect, stage.stage_id, lane.lane_id, position)
