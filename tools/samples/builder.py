"""A small writer for a persona's timeline: stages, then their cards, stage by stage.

The sample modules read like a workshop wall: open a stage, then list what the
customer does, thinks and feels there. Ids are readable and deterministic
(``<key>-s-<stage>``, ``<key>-l-<lane>``, ``<key>-c-001``, ``<key>-x-01``), so the
generated files are stable and diff well.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from journeydesigner.model.cards import (
    ActionCard,
    Card,
    DeviceCard,
    EmotionCard,
    LaneKind,
    Level,
    MetricCard,
    NoteCard,
    OpportunityCard,
    PainPointCard,
    ThoughtCard,
    TouchpointCard,
)
from journeydesigner.model.catalogue import Channel
from journeydesigner.model.journey import JourneyMap, check_integrity
from journeydesigner.model.persona import Persona
from journeydesigner.model.texts import text
from journeydesigner.model.timeline import Connection, Lane, Stage, Timeline
from journeydesigner.templates.data import STAGE_COLOURS

# A canvas card shows about this many characters of its title at ease.
MAX_TITLE_CHARS = 60


def slug(name: str) -> str:
    """*name* as an id fragment: ASCII, lower case, words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


class TimelineBuilder:
    """Builds one persona's timeline with every lane kind, in the model's lane order.

    Cards go to the stage opened last by :meth:`stage`, in the order they are
    written, which is also their order inside each cell.
    """

    def __init__(self, key: str, language: str) -> None:
        self._key = key
        self._lanes: dict[LaneKind, Lane] = {}
        for kind in LaneKind:
            name = text(f"lane.{kind.value}", language)
            self._lanes[kind] = Lane(id=f"{key}-l-{slug(name)}", kind=kind, name=name)
        self._stages: list[Stage] = []
        self._cards: list[Card] = []
        self._connections: list[Connection] = []

    # ------------------------------------------------------------ structure

    def stage(self, key: str, name: str, *, timeframe: str, description: str) -> str:
        """Open a new stage (column); the following cards go into it. Returns its id."""
        stage = Stage(
            id=f"{self._key}-s-{key}",
            name=name,
            timeframe=timeframe,
            description=description,
            color=STAGE_COLOURS[len(self._stages) % len(STAGE_COLOURS)],
        )
        self._stages.append(stage)
        return stage.id

    def connect(self, source: str, target: str, label: str) -> None:
        """Draw an arrow from card *source* to card *target*."""
        number = len(self._connections) + 1
        self._connections.append(
            Connection(id=f"{self._key}-x-{number:02d}", source=source, target=target, label=label)
        )

    def timeline(self) -> Timeline:
        """The finished timeline."""
        return Timeline(
            stages=list(self._stages),
            lanes=list(self._lanes.values()),
            cards=list(self._cards),
            connections=list(self._connections),
        )

    # ------------------------------------------------------------ cards

    def _place(self, lane: LaneKind, title: str) -> tuple[str, str, str]:
        """(id, stage, lane) of the next card, checking that the title fits on a card."""
        if not self._stages:
            raise ValueError("open a stage before adding cards")
        if len(title) > MAX_TITLE_CHARS:
            raise ValueError(f"card title longer than {MAX_TITLE_CHARS} characters: {title!r}")
        card_id = f"{self._key}-c-{len(self._cards) + 1:03d}"
        return card_id, self._stages[-1].id, self._lanes[lane].id

    def action(self, title: str, description: str = "") -> str:
        """What the customer does."""
        card_id, stage, lane = self._place(LaneKind.ACTIONS, title)
        self._cards.append(
            ActionCard(id=card_id, stage=stage, lane=lane, title=title, description=description)
        )
        return card_id

    def touchpoint(
        self,
        title: str,
        description: str = "",
        *,
        channel: str | None,
        devices: Sequence[str] = (),
        owner: str = "",
        moment_of_truth: bool = False,
    ) -> str:
        """A moment of contact between customer and company."""
        card_id, stage, lane = self._place(LaneKind.TOUCHPOINTS, title)
        self._cards.append(
            TouchpointCard(
                id=card_id,
                stage=stage,
                lane=lane,
                title=title,
                description=description,
                channel=channel,
                devices=list(devices),
                owner=owner,
                moment_of_truth=moment_of_truth,
            )
        )
        return card_id

    def device(self, device: str, title: str, description: str = "") -> str:
        """A device the customer uses, in the channels lane."""
        card_id, stage, lane = self._place(LaneKind.CHANNELS, title)
        self._cards.append(
            DeviceCard(
                id=card_id, stage=stage, lane=lane, title=title, description=description, device=device
            )
        )
        return card_id

    def thought(self, title: str, description: str = "") -> str:
        """What the customer thinks or says."""
        card_id, stage, lane = self._place(LaneKind.THOUGHTS, title)
        self._cards.append(
            ThoughtCard(id=card_id, stage=stage, lane=lane, title=title, description=description)
        )
        return card_id

    def emotion(self, score: int, title: str, description: str = "") -> str:
        """A point of the emotion curve (−2 … +2); the title is its label."""
        card_id, stage, lane = self._place(LaneKind.EMOTIONS, title)
        self._cards.append(
            EmotionCard(id=card_id, stage=stage, lane=lane, title=title, description=description, score=score)
        )
        return card_id

    def pain(self, title: str, description: str = "", *, severity: Level) -> str:
        """A pain point."""
        card_id, stage, lane = self._place(LaneKind.PAIN_POINTS, title)
        self._cards.append(
            PainPointCard(
                id=card_id, stage=stage, lane=lane, title=title, description=description, severity=severity
            )
        )
        return card_id

    def opportunity(self, title: str, description: str = "", *, priority: Level, owner: str) -> str:
        """An idea to improve the experience, with who would carry it."""
        card_id, stage, lane = self._place(LaneKind.OPPORTUNITIES, title)
        self._cards.append(
            OpportunityCard(
                id=card_id,
                stage=stage,
                lane=lane,
                title=title,
                description=description,
                priority=priority,
                owner=owner,
            )
        )
        return card_id

    def metric(
        self,
        name: str,
        value: float,
        unit: str,
        *,
        source: str,
        target: float | None = None,
        description: str = "",
        title: str = "",
        backstage: bool = False,
    ) -> str:
        """A figure; the card's title is the metric's name unless *title* is given.

        With *backstage* the card goes to the backstage lane (an internal figure
        the customer never sees) instead of the metrics lane.
        """
        title = title or name
        card_id, stage, lane = self._place(LaneKind.BACKSTAGE if backstage else LaneKind.METRICS, title)
        self._cards.append(
            MetricCard(
                id=card_id,
                stage=stage,
                lane=lane,
                title=title,
                description=description,
                name=name,
                value=value,
                unit=unit,
                target=target,
                source=source,
            )
        )
        return card_id

    def backstage(self, title: str, description: str = "") -> str:
        """What the company does out of the customer's sight (an action in the backstage lane)."""
        card_id, stage, lane = self._place(LaneKind.BACKSTAGE, title)
        self._cards.append(
            ActionCard(id=card_id, stage=stage, lane=lane, title=title, description=description)
        )
        return card_id

    def note(self, title: str, description: str = "", *, lane: LaneKind = LaneKind.NOTES) -> str:
        """A note of the team, in the notes lane unless another *lane* is given."""
        card_id, stage, lane_id = self._place(lane, title)
        self._cards.append(
            NoteCard(id=card_id, stage=stage, lane=lane_id, title=title, description=description)
        )
        return card_id


def assemble(
    journey: JourneyMap, personas: Sequence[Persona], channels: Sequence[Channel] = ()
) -> JourneyMap:
    """Add custom *channels* and the *personas* to a new map, then check every reference."""
    journey.channels.extend(channels)
    journey.personas.extend(personas)
    check_integrity(journey)
    return journey
