"""Placing inventory rows in a map: as a new map, or merged into an open one.

Both go through one planner, which reads the target map and returns the edit
operations that add the rows' cards (with the personas, stages, lanes,
channels, devices and emotion levels they need) and the rows it could not
place, with their lines and reasons. Applied in order (for the app: as one
undo command), the edits change nothing else in the map.

How rows are placed:

- Persona, stage and lane are matched by name, first ignoring case, then also
  accents. A row without a persona goes to "Cliente"/"Customer".
- A new persona starts with copies of the first persona's stages and lanes,
  so the personas line up; a new map's first persona starts empty.
- A new stage goes right after the stage of the persona's previous row (the
  file lists stages in order), else at the end. A new lane goes after the
  lane of the previous row of the same persona and stage and the lanes right
  after it whose kind comes first in the standard order, else after the last
  lane whose kind comes first.
- A new lane's kind follows its name when that is a standard lane name
  ("Trastienda", "Pain points" …), else the card's type.
- A row without a type is a touchpoint; without a lane, the card goes to the
  first lane made for its type (created when missing).
- Channels and devices are matched by name (or id) and added to the map's
  catalogue when missing. An emotion score that is not on the map's scale
  adds a level named after the number (the scale holds at most 11 levels).

Rows are skipped, with a reason, for an unknown type, a missing stage, a
missing or non-whole emotion score, a number that is not a number, a lane
that does not take the card, text over the map's limits, or a full map.
Blank rows are ignored.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from journeydesigner.interop.errors import SkippedRow
from journeydesigner.interop.inventory import (
    TYPE_WORDS,
    Column,
    InventoryRow,
    card_type_for,
    parse_number,
)
from journeydesigner.interop.inventory_order import (
    KIND_ORDER,
    PersonaOrder,
    default_kind,
    insert_position,
    kind_for_new_lane,
    survey,
)
from journeydesigner.interop.mermaid import PERSONA_COLOURS
from journeydesigner.interop.text import default_persona_name, fold, pick
from journeydesigner.model import edits as ed
from journeydesigner.model import limits
from journeydesigner.model.cards import (
    CARD_CLASSES,
    LANE_ACCEPTS,
    AnyCard,
    CardType,
    LaneKind,
)
from journeydesigner.model.catalogue import Channel, Device
from journeydesigner.model.copying import name_key
from journeydesigner.model.ids import new_id
from journeydesigner.model.journey import EmotionLevel, EmotionScale, JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.model.texts import text as default_text
from journeydesigner.model.timeline import Lane, Stage, Timeline
from journeydesigner.templates.data import STAGE_COLOURS


class _Skip(Exception):
    """A row that cannot be placed (caught per row, never leaves the planner)."""


@dataclass
class ImportPlan:
    """What importing rows does to a map."""

    edits: list[ed.Edit]
    skipped: list[SkippedRow]
    cards: int

    @property
    def changes_map(self) -> bool:
        """True when at least one card is placed."""
        return self.cards > 0


def _find_all(items: Iterable[Any], name: str) -> list[Any]:
    """The items called *name*: by the same name ignoring case or, when none is, also ignoring accents."""
    candidates = list(items)
    key = name_key(name)
    same = [item for item in candidates if name_key(item.name) == key]
    if same:
        return same
    folded = fold(name)
    return [item for item in candidates if fold(item.name) == folded]


def _find(items: Iterable[Any], name: str) -> Any | None:
    """The first item called *name* (see :func:`_find_all`)."""
    found = _find_all(items, name)
    return found[0] if found else None


@dataclass
class _Target:
    """A persona the rows go into: one of the map's, or one this import creates."""

    id: str
    name: str
    stages: list[Stage]
    lanes: list[Lane]
    cards: int
    created: Persona | None = None  # set for personas this import creates


@dataclass
class _Planner:
    journey: JourneyMap
    edits: list[ed.Edit] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    targets: list[_Target] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    devices: list[Device] = field(default_factory=list)
    catalogue_edits: list[ed.Edit] = field(default_factory=list)
    scale: list[EmotionLevel] = field(default_factory=list)
    cards: int = 0
    orders: dict[str, PersonaOrder] = field(default_factory=dict)

    def __post_init__(self) -> None:
        journey = self.journey
        self.language = journey.language
        for persona in journey.personas:
            timeline = persona.timeline
            self.targets.append(
                _Target(
                    persona.id, persona.name, list(timeline.stages), list(timeline.lanes), len(timeline.cards)
                )
            )
        self.channels = list(journey.channels)
        self.devices = list(journey.devices)
        self.scale = list(journey.emotion_scale.levels)

    # ------------------------------------------------------------ rows

    def persona_name(self, row: InventoryRow) -> str:
        return row.text(Column.PERSONA) or default_persona_name(self.language)

    def add(self, row: InventoryRow) -> None:
        if not any(row.text(column) for column in Column):
            return
        try:
            self._place(row)
        except _Skip as skip:
            self.skipped.append(SkippedRow(row.line, str(skip)))

    def _type_word(self, card_type: CardType) -> str:
        return TYPE_WORDS[pick(self.language, "es", "en")][card_type]

    def _place(self, row: InventoryRow) -> None:
        type_text = row.text(Column.TYPE)
        card_type = card_type_for(type_text) if type_text else CardType.TOUCHPOINT
        if card_type is None:
            raise _Skip(f"unknown card type {type_text[:40]!r}")
        stage_name = row.text(Column.STAGE)
        if not stage_name:
            raise _Skip("no stage: every card belongs to a stage")
        persona_name = self.persona_name(row)
        order = self.orders.get(fold(persona_name)) or PersonaOrder()
        lane_name = row.text(Column.LANE)
        for what, value in (("persona", persona_name), ("stage", stage_name), ("lane", lane_name)):
            if len(value) > limits.MAX_NAME_CHARS:
                raise _Skip(f"the {what} name is longer than {limits.MAX_NAME_CHARS} characters")
        fields = self._card_fields(row, card_type)
        try:  # check texts and numbers before anything is created for the row
            placeholder = {"device": "device"} if card_type == CardType.DEVICE else {}
            card = CARD_CLASSES[card_type](id="card", stage="stage", lane="lane", **placeholder, **fields)
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(part) for part in error["loc"])
            raise _Skip(f"{where}: {error['msg']}") from None
        catalogue = self._catalogue_needs(row, card_type)
        score = fields.get("score")
        on_scale = {level.score for level in self.scale}
        new_level = score if isinstance(score, int) and score not in on_scale else None
        if new_level is not None and len(self.scale) >= limits.MAX_SCALE_LEVELS:
            raise _Skip(
                f"the emotion score {score} is not on the map's scale, which is full "
                f"({limits.MAX_SCALE_LEVELS} levels)"
            )
        target = _find(self.targets, persona_name)
        if target is None and len(self.targets) >= limits.MAX_PERSONAS:
            raise _Skip(f"the map already has {limits.MAX_PERSONAS} personas")
        template = target or self._template()
        stage = _find(template.stages, stage_name) if template else None
        lane, lane_kind = self._lane_for(template, lane_name, card_type, order)
        if lane_kind is not None and CardType(card_type) not in _accepted(lane_kind):
            shown = lane_name or default_text(f"lane.{lane_kind.value}", self.language)
            raise _Skip(f"the lane {shown!r} does not take {self._type_word(card_type)!r} cards")
        if template is not None:
            self._check_room(template, stage is None, lane is None)
        # Everything checked: create what the row needs, then the card.
        if new_level is not None:
            self._add_level(new_level)
        fields.update(self._create_catalogue(catalogue))
        if target is None:
            target = self._new_target(persona_name)
        stage = _find(target.stages, stage_name) or self._new_stage(target, stage_name, order)
        lane_id = self._lane_id(target, lane_name, card_type, order)
        placed = card.model_copy(update={"id": new_id("card"), "stage": stage.id, "lane": lane_id, **fields})
        self._add_card(target, placed)

    # ------------------------------------------------------------ card fields

    def _card_fields(self, row: InventoryRow, card_type: CardType) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "title": row.text(Column.TITLE, strip=False),
            "description": row.text(Column.DESCRIPTION, strip=False),
        }
        if card_type in (CardType.TOUCHPOINT, CardType.OPPORTUNITY):
            fields["owner"] = row.text(Column.OWNER, strip=False)
        if card_type == CardType.EMOTION:
            fields["score"] = _score(row)
        if card_type == CardType.METRIC:
            fields["name"] = row.text(Column.METRIC_NAME, strip=False)
            fields["unit"] = row.text(Column.UNIT, strip=False)
            for column, name in ((Column.VALUE, "value"), (Column.TARGET, "target")):
                fields[name] = _number(row, column)
        return fields

    def _catalogue_needs(self, row: InventoryRow, card_type: CardType) -> dict[str, Any]:
        """Channel and device names the card needs: (field, names), checked but not created yet."""
        needs: dict[str, Any] = {}
        devices = row.text(Column.DEVICES)
        if card_type == CardType.TOUCHPOINT:
            channel = row.text(Column.CHANNEL)
            needs["channel"] = channel or None
            needs["devices"] = self._device_names(devices)
        elif card_type == CardType.DEVICE:
            if not devices:
                raise _Skip("a device card needs its device in the devices column")
            needs["device"] = devices
        names = [n for n in (needs.get("channel"), needs.get("device"), *needs.get("devices", [])) if n]
        for name in names:
            if len(name) > limits.MAX_NAME_CHARS:
                raise _Skip(f"the channel or device name is longer than {limits.MAX_NAME_CHARS} characters")
        new_channels = 1 if needs.get("channel") and self._channel(needs["channel"]) is None else 0
        device_names = [needs["device"]] if "device" in needs else needs.get("devices", [])
        new_devices = len({fold(n) for n in device_names if self._device(n) is None})
        if len(self.channels) + new_channels > limits.MAX_CATALOGUE_ENTRIES:
            raise _Skip(f"the map already has {limits.MAX_CATALOGUE_ENTRIES} channels")
        if len(self.devices) + new_devices > limits.MAX_CATALOGUE_ENTRIES:
            raise _Skip(f"the map already has {limits.MAX_CATALOGUE_ENTRIES} devices")
        return needs

    def _device_names(self, text: str) -> list[str]:
        """Device names of a cell: the whole cell when it names one device, else its comma-separated parts."""
        if not text:
            return []
        if self._device(text) is not None:
            return [text]
        names: list[str] = []
        for part in text.split(","):
            name = part.strip()
            if name and all(fold(name) != fold(n) for n in names):
                names.append(name)
        return names

    def _channel(self, name: str) -> Channel | None:
        return next((c for c in self.channels if c.id == name), None) or _find(self.channels, name)

    def _device(self, name: str) -> Device | None:
        return next((d for d in self.devices if d.id == name), None) or _find(self.devices, name)

    def _create_catalogue(self, needs: dict[str, Any]) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        if "channel" in needs:
            name = needs["channel"]
            channel = None if name is None else (self._channel(name) or self._add_entry(Channel, name))
            fields["channel"] = channel.id if channel else None
            fields["devices"] = [(self._device(n) or self._add_entry(Device, n)).id for n in needs["devices"]]
        if "device" in needs:
            fields["device"] = (self._device(needs["device"]) or self._add_entry(Device, needs["device"])).id
        return fields

    def _add_entry(self, kind: type[Channel] | type[Device], name: str) -> Channel | Device:
        entry: Channel | Device
        if kind is Channel:
            channel = Channel(id=new_id("channel"), name=name)
            self.channels.append(channel)
            entry = channel
        else:
            device = Device(id=new_id("device"), name=name)
            self.devices.append(device)
            entry = device
        self.catalogue_edits.append(ed.AddCatalogueEntry(entry))
        return entry

    def _add_level(self, score: int) -> None:
        self.scale = sorted(
            [*self.scale, EmotionLevel(score=score, label=str(score))], key=lambda lv: lv.score
        )

    # ------------------------------------------------------------ personas, stages, lanes

    def _template(self) -> _Target | None:
        """The persona whose stages and lanes a new persona copies: the map's first."""
        return self.targets[0] if self.targets else None

    def _check_room(self, target: _Target, new_stage: bool, new_lane: bool) -> None:
        if new_stage and len(target.stages) >= limits.MAX_STAGES:
            raise _Skip(f"the timeline already has {limits.MAX_STAGES} stages")
        if new_lane and len(target.lanes) >= limits.MAX_LANES:
            raise _Skip(f"the timeline already has {limits.MAX_LANES} lanes")
        if target.cards >= limits.MAX_CARDS_PER_TIMELINE:
            raise _Skip(f"the timeline already has {limits.MAX_CARDS_PER_TIMELINE} cards")

    def _new_target(self, name: str) -> _Target:
        template = self._template()
        stages = [s.model_copy(update={"id": new_id("stage")}) for s in (template.stages if template else [])]
        lanes = [
            lane.model_copy(update={"id": new_id("lane")}) for lane in (template.lanes if template else [])
        ]
        persona = Persona(
            id=new_id("persona"),
            name=name,
            color=PERSONA_COLOURS[len(self.targets) % len(PERSONA_COLOURS)],
            timeline=Timeline(stages=stages, lanes=lanes),
        )
        # The persona's own lists: what the planner adds to them is in the persona.
        target = _Target(persona.id, name, persona.timeline.stages, persona.timeline.lanes, 0, persona)
        self.targets.append(target)
        return target

    def _new_stage(self, target: _Target, name: str, order: PersonaOrder) -> Stage:
        stage = Stage(
            id=new_id("stage"), name=name, color=STAGE_COLOURS[len(target.stages) % len(STAGE_COLOURS)]
        )
        index = insert_position([fold(s.name) for s in target.stages], order.stage_rank, fold(name))
        if index is None:
            index = len(target.stages)
        target.stages.insert(index, stage)
        if target.created is None:
            self.edits.append(ed.AddStage(target.id, stage, index))
        return stage

    def _lane_for(
        self, target: _Target | None, name: str, card_type: CardType, order: PersonaOrder
    ) -> tuple[Lane | None, LaneKind | None]:
        """The lane a card would go in (None: one would be made) and that lane's kind."""
        lanes = target.lanes if target else []
        if name:
            named = _find_all(lanes, name)
            # Of two lanes with one name, the card goes to the first that takes it.
            lane = next((lane for lane in named if card_type in _accepted(lane.kind)), None)
            lane = lane or (named[0] if named else None)
            if lane is not None:
                return lane, lane.kind
            return None, kind_for_new_lane(name, order.lane_types.get(fold(name), [card_type]))
        kind = default_kind(card_type)
        lane = next((lane for lane in lanes if lane.kind == kind), None) or next(
            (lane for lane in lanes if card_type in _accepted(lane.kind)), None
        )
        return lane, lane.kind if lane else kind

    def _lane_id(self, target: _Target, name: str, card_type: CardType, order: PersonaOrder) -> str:
        lane, kind = self._lane_for(target, name, card_type, order)
        if lane is not None:
            return lane.id
        assert kind is not None
        lane = Lane(
            id=new_id("lane"), kind=kind, name=name or default_text(f"lane.{kind.value}", self.language)
        )
        index = insert_position([fold(lane_.name) for lane_ in target.lanes], order.lane_rank, fold(name))
        if index is None:  # after the last lane of a kind that comes first
            earlier = [
                i for i, lane_ in enumerate(target.lanes) if KIND_ORDER[lane_.kind] <= KIND_ORDER[kind]
            ]
            index = earlier[-1] + 1 if earlier else 0
        target.lanes.insert(index, lane)
        if target.created is None:
            self.edits.append(ed.AddLane(target.id, lane, index))
        return lane.id

    def _add_card(self, target: _Target, card: AnyCard) -> None:
        target.cards += 1
        self.cards += 1
        if target.created is not None:
            target.created.timeline.cards.append(card)
        else:
            self.edits.append(ed.AddCard(target.id, card))

    # ------------------------------------------------------------ result

    def plan(self) -> ImportPlan:
        edits: list[ed.Edit] = []
        if len(self.scale) != len(self.journey.emotion_scale.levels):
            edits.append(ed.UpdateMap({"emotion_scale": EmotionScale(levels=self.scale)}))
        edits += self.catalogue_edits
        edits += self.edits
        edits += [ed.AddPersona(t.created) for t in self.targets if t.created is not None]
        return ImportPlan(edits, self.skipped, self.cards)


def _accepted(kind: LaneKind) -> frozenset[CardType]:
    return LANE_ACCEPTS[kind]


def _score(row: InventoryRow) -> int:
    value = row.cells.get(Column.EMOTION_SCORE)
    text = row.text(Column.EMOTION_SCORE)
    if not text:
        raise _Skip("an emotion card needs its emotion score")
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            number = float(value)
        else:
            number = parse_number(text)
    except ValueError:
        raise _Skip(f"the emotion score {text[:20]!r} is not a whole number") from None
    if not number.is_integer():
        raise _Skip(f"the emotion score {text[:20]!r} is not a whole number")
    score = int(number)
    if not -100 <= score <= 100:
        raise _Skip(f"the emotion score {score} is outside −100…100")
    return score


def _number(row: InventoryRow, column: Column) -> float | None:
    value = row.cells.get(column)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = row.text(column)
    if not text:
        return None
    try:
        return parse_number(text)
    except ValueError:
        raise _Skip(f"the {column.value} {text[:20]!r} is not a number") from None


def plan_rows(journey: JourneyMap, rows: Iterable[InventoryRow]) -> ImportPlan:
    """The edits that place *rows* in *journey* (which is not changed), and the rows skipped."""
    rows = list(rows)
    planner = _Planner(journey)
    planner.orders = survey(rows, lambda row: fold(planner.persona_name(row)))
    for row in rows:
        planner.add(row)
    return planner.plan()


def _scale_for(rows: list[InventoryRow], language: str) -> EmotionScale:
    """The scale of a new map: the default one, with a level for each other score the rows use
    (only the rows' own scores when that would pass the limit of levels)."""
    default = EmotionScale.default(language)
    scores: set[int] = set()
    for row in rows:
        if card_type_for(row.text(Column.TYPE)) == CardType.EMOTION:
            with contextlib.suppress(_Skip):
                scores.add(_score(row))
    wanted = scores | set(default.scores())
    if len(wanted) > limits.MAX_SCALE_LEVELS:
        wanted = scores
    if len(wanted) > limits.MAX_SCALE_LEVELS or wanted == set(default.scores()):
        return default
    labels = {level.score: level.label for level in default.levels}
    return EmotionScale(levels=[EmotionLevel(score=s, label=labels.get(s, str(s))) for s in sorted(wanted)])


def map_from_rows(rows: Iterable[InventoryRow], title: str, language: str) -> tuple[JourneyMap, ImportPlan]:
    """A new map (title, language, default catalogues) holding the rows' cards."""
    rows = list(rows)
    journey = JourneyMap.new(title=title[: limits.MAX_NAME_CHARS], language=language)
    journey.emotion_scale = _scale_for(rows, language)
    plan = plan_rows(journey, rows)
    ed.apply_all(journey, plan.edits)
    return journey, plan
