"""A stage's cards in the handouts, grouped by lane kind, each with its details in words. No Qt."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from journeydesigner.export.emotion_chart import face_fill, scale_fraction
from journeydesigner.export.fonts import BOLD
from journeydesigner.export.handout_blocks import Box, BoxStack, GutterPainter, LineHeading, accent_bar
from journeydesigner.export.handout_style import (
    LANE_CARD_TYPE,
    Palette,
    Styles,
    lane_word,
    quantity,
    signed,
    word,
)
from journeydesigner.export.pdf_draw import fill_with, paint_face
from journeydesigner.export.rich_text import RichText, Span, merged
from journeydesigner.export.text import clean
from journeydesigner.layout.colours import CARD_COLOURS, TEXT
from journeydesigner.model.cards import (
    AnyCard,
    DeviceCard,
    EmotionCard,
    LaneKind,
    MetricCard,
    OpportunityCard,
    PainPointCard,
    TouchpointCard,
)
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.model.timeline import Stage

_BAR_GUTTER = 10.0
_FACE_RADIUS = 8.0
_FACE_GUTTER = 2 * _FACE_RADIUS + 12
_DETAIL_SIZE = 8.0


def _has_text(text: str) -> bool:
    return bool(clean(text).strip())


class StageCards:
    """Lays out the cards of one persona's stages: built once per persona, asked stage by stage."""

    def __init__(self, journey: JourneyMap, persona: Persona, palette: Palette, styles: Styles) -> None:
        self.journey = journey
        self.language = journey.language
        self.palette = palette
        self.styles = styles
        self.channels = {c.id: c.name for c in journey.channels}
        self.devices = {d.id: d.name for d in journey.devices}
        # Hidden lanes stay off the handouts, as they stay off the canvas.
        lanes = [lane for lane in persona.timeline.lanes if not lane.hidden]
        self.kinds: list[LaneKind] = []
        self.kind_of: dict[str, LaneKind] = {}
        for lane in lanes:
            self.kind_of[lane.id] = lane.kind
            if lane.kind not in self.kinds:
                self.kinds.append(lane.kind)
        # One pass over the timeline: a stress map has thousands of cards.
        self.cells: dict[tuple[str, LaneKind], list[AnyCard]] = {}
        for card in persona.timeline.cards:
            kind = self.kind_of.get(card.lane)
            if kind is not None:
                self.cells.setdefault((card.stage, kind), []).append(card)
        # Made once and shared by the cards: a pack has thousands of them.
        self.muted = palette.colour("#52606D")
        self.text = palette.text
        self._bars: dict[str, GutterPainter] = {}
        self._faces: dict[int, GutterPainter] = {}
        self._words: dict[str, str] = {}

    def groups(self, stage: Stage) -> list[Flowable]:
        """The stage's cards, one headed group per lane kind, in the timeline's lane order."""
        story: list[Flowable] = []
        for kind in self.kinds:
            cards = self.cells.get((stage.id, kind), [])
            if not cards:
                continue
            heading = self._heading(kind)
            heading.keepWithNext = True
            # The first card stays a flowable of its own, kept with the heading; the rest
            # go to the frame as one stack (one flowable per page, not per card), their
            # boxes made as the frame reaches them.
            story.extend([heading, self._card(cards[0])])
            if len(cards) > 1:
                story.append(BoxStack(cards[1:], self._card))
        return story

    def _heading(self, kind: LaneKind) -> Flowable:
        # A coloured square beside the heading: decoration only, the words say the kind. The
        # square's colour goes through hex as Paragraph markup took it (8 bits a channel).
        square = HexColor(self.palette.hex(CARD_COLOURS[LANE_CARD_TYPE[kind]][1]))
        runs = [("■", square), (f" {lane_word(self.language, kind)}", self.styles.small_heading.textColor)]
        return LineHeading(runs, self.styles.small_heading)

    def _card(self, card: AnyCard) -> Box:
        muted = self.muted
        paragraphs: list[list[Span]] = []
        if isinstance(card, EmotionCard):
            level = self.journey.emotion_scale.label_for(card.score)
            level_text = f"{level} ({signed(card.score)})" if level else signed(card.score)
            line = [Span(card.title, bold=True), Span(" · ", colour=muted)] if _has_text(card.title) else []
            paragraphs.append([*line, Span(level_text, colour=muted)])
        elif _has_text(card.title):
            paragraphs.append([Span(card.title, bold=True)])
        if _has_text(card.description):
            paragraphs.append([Span(card.description)])
        details = self._details(card)
        if details:
            separated: list[Span] = []
            for detail in details:
                if separated:
                    separated.append(Span(" · ", _DETAIL_SIZE, colour=muted))
                separated.extend(Span(span.text, _DETAIL_SIZE, span.bold, muted) for span in detail)
            # Mostly one look: as one span the line is measured whole when it fits.
            paragraphs.append(merged(separated))
        text = RichText(paragraphs or [[Span("—")]], self.text)
        fill = self.palette.fill(card.type)
        if isinstance(card, EmotionCard):
            painter = self._face_painter(card.score)
            return _spaced(Box([text], _FACE_GUTTER, painter, fill, min_height=2 * _FACE_RADIUS + 20))
        return _spaced(Box([text], _BAR_GUTTER, self._bar(card.type), fill))

    def _bar(self, card_type: str) -> GutterPainter:
        painter = self._bars.get(card_type)
        if painter is None:
            painter = self._bars[card_type] = accent_bar(self.palette.accent(card_type))
        return painter

    def _face_painter(self, score: int) -> GutterPainter:
        painter = self._faces.get(score)
        if painter is None:
            painter = self._faces[score] = self._make_face_painter(score)
        return painter

    def _make_face_painter(self, score: int) -> GutterPainter:
        fraction = scale_fraction(self.journey.emotion_scale, score)
        fill = face_fill(self.palette, fraction)
        ink = self.palette.colour(TEXT)
        accent = self.palette.accent("emotion")
        label = signed(score)

        def paint(canvas: Any, left: float, bottom: float, gutter: float, height: float, first: bool) -> None:
            fill_with(canvas, accent)
            canvas.rect(left, bottom, 3, height, stroke=0, fill=1)
            if not first:
                return
            x, y = left + gutter / 2 + 1, bottom + height - 4 - _FACE_RADIUS
            paint_face(canvas, x, y, _FACE_RADIUS, fraction, fill, ink)
            canvas.setFont(BOLD, 8)
            fill_with(canvas, ink)
            canvas.drawCentredString(x, y - _FACE_RADIUS - 9, label)

        return paint

    def _details(self, card: AnyCard) -> list[list[Span]]:
        """The card's typed fields in words ("Canal: Web", "Dispositivos: Móvil"), one list of spans each."""
        say = self._say
        details: list[list[Span]] = []
        if isinstance(card, TouchpointCard):
            if card.channel is not None:
                details.append(say("channel", self.channels.get(card.channel, card.channel)))
            names = [self.devices.get(d, d) for d in card.devices]
            if names:
                details.append(say("devices", ", ".join(clean(n) for n in names)))
            if _has_text(card.owner):
                details.append(say("owner", card.owner))
            if card.moment_of_truth:
                details.append([Span(f"★ {self._word('moment_of_truth')}")])
        elif isinstance(card, DeviceCard):
            details.append(say("device", self.devices.get(card.device, card.device)))
        elif isinstance(card, PainPointCard):
            details.append(say("severity", self._word(card.severity)))
        elif isinstance(card, OpportunityCard):
            details.append(say("priority", self._word(card.priority)))
            if _has_text(card.owner):
                details.append(say("owner", card.owner))
        elif isinstance(card, MetricCard):
            details.extend(self._metric(card))
        return details

    def _metric(self, card: MetricCard) -> list[list[Span]]:
        details: list[list[Span]] = []
        value = "—" if card.value is None else quantity(card.value, clean(card.unit), self.language)
        name = clean(card.name).strip()
        label = name if name and name != clean(card.title).strip() else self._word("value")
        details.append([Span(f"{label}: "), Span(value, bold=True)])
        if card.target is not None:
            details.append(self._say("target", quantity(card.target, clean(card.unit), self.language)))
        if _has_text(card.source):
            details.append(self._say("source", card.source))
        return details

    def _say(self, key: str, value: str) -> list[Span]:
        return [Span(f"{self._word(key)}: {value}")]

    def _word(self, key: str) -> str:
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = word(self.language, key)
        return found


def _spaced(box: Box) -> Box:
    box.spaceAfter = 4
    return box
