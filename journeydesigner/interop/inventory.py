"""The touchpoint inventory: one row per card, the table behind the CSV and Excel files.

Columns, in this order: persona, stage, lane, type, title, description,
channel, devices, emotion score, owner, metric name, value, unit, target.
Headers are written in the map's language (Spanish or English) and read in
either, ignoring case, accents and spacing. Names stand for catalogue entries
(a touchpoint's channel and devices, a device card's device); the card type is
written as a word in the map's language and read in either language or as the
file format's key (``pain_point``).

Rows follow the map: persona, then stage, then lane, then the order of the
cards in their cell. Fields that no column holds (connections, severity,
priority, a metric's source, the moment of truth, stage and persona details)
stay in the .journey file only.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from journeydesigner.interop.errors import InteropError
from journeydesigner.interop.text import fold, pick
from journeydesigner.model.cards import (
    AnyCard,
    CardType,
    DeviceCard,
    EmotionCard,
    MetricCard,
    OpportunityCard,
    TouchpointCard,
)
from journeydesigner.model.edits import position_of
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.model.texts import text as default_text

Cell = str | int | float | None


class Column(StrEnum):
    """The inventory's columns, in file order."""

    PERSONA = "persona"
    STAGE = "stage"
    LANE = "lane"
    TYPE = "type"
    TITLE = "title"
    DESCRIPTION = "description"
    CHANNEL = "channel"
    DEVICES = "devices"
    EMOTION_SCORE = "emotion_score"
    OWNER = "owner"
    METRIC_NAME = "metric_name"
    VALUE = "value"
    UNIT = "unit"
    TARGET = "target"


COLUMNS = tuple(Column)
NUMBER_COLUMNS = frozenset({Column.VALUE, Column.TARGET})

HEADERS: dict[str, dict[Column, str]] = {
    "es": {
        Column.PERSONA: "Persona",
        Column.STAGE: "Etapa",
        Column.LANE: "Carril",
        Column.TYPE: "Tipo",
        Column.TITLE: "Título",
        Column.DESCRIPTION: "Descripción",
        Column.CHANNEL: "Canal",
        Column.DEVICES: "Dispositivos",
        Column.EMOTION_SCORE: "Puntuación emocional",
        Column.OWNER: "Responsable",
        Column.METRIC_NAME: "Métrica",
        Column.VALUE: "Valor",
        Column.UNIT: "Unidad",
        Column.TARGET: "Objetivo",
    },
    "en": {
        Column.PERSONA: "Persona",
        Column.STAGE: "Stage",
        Column.LANE: "Lane",
        Column.TYPE: "Type",
        Column.TITLE: "Title",
        Column.DESCRIPTION: "Description",
        Column.CHANNEL: "Channel",
        Column.DEVICES: "Devices",
        Column.EMOTION_SCORE: "Emotion score",
        Column.OWNER: "Owner",
        Column.METRIC_NAME: "Metric name",
        Column.VALUE: "Value",
        Column.UNIT: "Unit",
        Column.TARGET: "Target",
    },
}

# Other names people give these columns (compared folded).
_ALIASES: dict[Column, tuple[str, ...]] = {
    Column.PERSONA: ("perfil", "cliente", "customer"),
    Column.STAGE: ("fase", "phase", "etapa del viaje", "journey stage"),
    Column.LANE: ("fila", "row", "swimlane", "linea"),
    Column.TYPE: ("tipo de tarjeta", "card type", "kind"),
    Column.TITLE: ("titulo", "nombre", "name"),
    Column.DEVICES: ("dispositivo", "device"),
    Column.EMOTION_SCORE: ("emocion", "emotion", "puntuacion", "score", "emotion_score"),
    Column.OWNER: ("propietario", "dueno"),
    Column.METRIC_NAME: ("nombre de la metrica", "metric", "metrica"),
    Column.TARGET: ("meta", "goal"),
}

TYPE_WORDS: dict[str, dict[CardType, str]] = {
    "es": {
        CardType.TOUCHPOINT: "Punto de contacto",
        CardType.DEVICE: "Dispositivo",
        CardType.EMOTION: "Emoción",
        CardType.PAIN_POINT: "Punto de dolor",
        CardType.OPPORTUNITY: "Oportunidad",
        CardType.METRIC: "Métrica",
        CardType.ACTION: "Acción",
        CardType.THOUGHT: "Pensamiento",
        CardType.NOTE: "Nota",
    },
    "en": {
        CardType.TOUCHPOINT: "Touchpoint",
        CardType.DEVICE: "Device",
        CardType.EMOTION: "Emotion",
        CardType.PAIN_POINT: "Pain point",
        CardType.OPPORTUNITY: "Opportunity",
        CardType.METRIC: "Metric",
        CardType.ACTION: "Action",
        CardType.THOUGHT: "Thought",
        CardType.NOTE: "Note",
    },
}


def _header_lookup() -> dict[str, tuple[Column, str | None]]:
    found: dict[str, tuple[Column, str | None]] = {}
    for column in COLUMNS:
        found[fold(column.value)] = (column, None)
        for alias in _ALIASES.get(column, ()):
            found[fold(alias)] = (column, None)
    for language, headers in HEADERS.items():
        for column, header in headers.items():
            key = fold(header)
            earlier = found.get(key)
            # "Persona" is a header in both languages: it tells no language.
            both = earlier is not None and earlier[1] not in (None, language)
            found[key] = (column, None if both else language)
    return found


_HEADER_LOOKUP = _header_lookup()
_TYPE_LOOKUP = {
    **{fold(t.value): t for t in CardType},
    **{fold(word): t for words in TYPE_WORDS.values() for t, word in words.items()},
}


def column_for_header(header: str) -> tuple[Column, str | None] | None:
    """The column a header names, and the language it is written in (None when it could be either)."""
    return _HEADER_LOOKUP.get(fold(header))


def card_type_for(word: str) -> CardType | None:
    """The card type a cell names, in Spanish, English or as a key."""
    return _TYPE_LOOKUP.get(fold(word))


def headers(language: str) -> list[str]:
    """The header row in *language*."""
    return list(HEADERS[pick(language, "es", "en")].values())


# ---------------------------------------------------------------- numbers as text


def format_number(value: float, language: str) -> str:
    """A number as text, shortest form that reads back exactly; decimal comma in Spanish."""
    text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return text.replace(".", ",") if pick(language, "es", "en") == "es" else text


def parse_number(text: str) -> float:
    """A number written with a decimal point or comma (``1.234,5``, ``1,234.5``, ``3,1``, ``−2``).

    Raises ValueError for anything else, and for infinities.
    """
    cleaned = text.strip().replace("\u2212", "-")
    for blank in (" ", "\u00a0", "\u202f", "'"):
        cleaned = cleaned.replace(blank, "")
    if "," in cleaned and "." in cleaned:
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if decimal == "," else ",", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", ".")
    if not cleaned or cleaned.lower() in ("nan", "inf", "-inf", "+inf", "infinity", "-infinity"):
        raise ValueError(text)
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


# ---------------------------------------------------------------- map → rows


@dataclass(frozen=True)
class InventoryRow:
    """One row read from a file: its line (or spreadsheet row) and its cells by column."""

    line: int
    cells: dict[Column, Cell]

    def text(self, column: Column, strip: bool = True) -> str:
        """The cell as text ("" when empty), trimmed unless *strip* is false (free texts keep
        their spaces; names, types and numbers do not)."""
        value = self.cells.get(column)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return str(value).strip() if strip else str(value)


def _cards_in_order(persona: Persona) -> list[AnyCard]:
    """Cards by stage, then lane, then their order in the cell."""
    timeline = persona.timeline
    stage_rank = {s.id: i for i, s in enumerate(timeline.stages)}
    lane_rank = {lane.id: i for i, lane in enumerate(timeline.lanes)}
    return sorted(timeline.cards, key=lambda c: (stage_rank[c.stage], lane_rank[c.lane]))


_INVISIBLE = re.compile(r"[\x00-\x1f\x7f\s]+")


def _label(name: str, identifier: str) -> str:
    """A catalogue entry as a cell: its name, or its id when the name shows nothing."""
    return name.strip() if _INVISIBLE.sub("", name) else identifier


class _Names:
    """Names of a map's channels and devices by id (ids for entries without a visible name)."""

    def __init__(self, journey: JourneyMap) -> None:
        self.channels = {c.id: _label(c.name, c.id) for c in journey.channels}
        self.devices = {d.id: _label(d.name, d.id) for d in journey.devices}


def card_cells(
    journey: JourneyMap, persona: Persona, card: AnyCard, names: _Names | None = None
) -> dict[Column, Cell]:
    """The cells of one card's row (numbers as numbers, empty cells as None)."""
    index = journey.index
    language = journey.language
    names = names or _Names(journey)
    channels, devices = names.channels, names.devices
    stage = index.stages[card.stage][1]
    lane = index.lanes[card.lane][1]
    cells: dict[Column, Cell] = {
        Column.PERSONA: persona.name,
        # A card needs a stage to come back: an unnamed stage gets its number.
        Column.STAGE: stage.name.strip()
        or pick(language, "Etapa ", "Stage ") + str(position_of(persona.timeline.stages, stage) + 1),
        Column.LANE: lane.name.strip() or default_text(f"lane.{lane.kind.value}", language),
        Column.TYPE: TYPE_WORDS[pick(language, "es", "en")][CardType(card.type)],
        Column.TITLE: card.title,
        Column.DESCRIPTION: card.description,
    }
    if isinstance(card, TouchpointCard):
        cells[Column.CHANNEL] = channels[card.channel] if card.channel else None
        cells[Column.DEVICES] = ", ".join(devices[d] for d in card.devices)
        cells[Column.OWNER] = card.owner
    elif isinstance(card, DeviceCard):
        cells[Column.DEVICES] = devices[card.device]
    elif isinstance(card, EmotionCard):
        cells[Column.EMOTION_SCORE] = card.score
    elif isinstance(card, OpportunityCard):
        cells[Column.OWNER] = card.owner
    elif isinstance(card, MetricCard):
        cells[Column.METRIC_NAME] = card.name
        cells[Column.VALUE] = card.value
        cells[Column.UNIT] = card.unit
        cells[Column.TARGET] = card.target
    return {column: (cells.get(column) if cells.get(column) != "" else None) for column in COLUMNS}


def inventory_rows(journey: JourneyMap) -> Iterator[dict[Column, Cell]]:
    """One row per card of every persona, in the map's order."""
    names = _Names(journey)
    for persona in journey.personas:
        for card in _cards_in_order(persona):
            yield card_cells(journey, persona, card, names)


def text_cells(row: dict[Column, Cell], language: str) -> list[str]:
    """A row as text in column order, numbers in the style of *language*."""
    values: list[str] = []
    for column in COLUMNS:
        value = row.get(column)
        if value is None:
            values.append("")
        elif isinstance(value, float):
            values.append(format_number(value, language))
        else:
            values.append(str(value))
    return values


def header_language(header_cells: Sequence[str], fallback: str) -> str:
    """The language a header row is written in: the one most of its cells are in."""
    votes = {"es": 0, "en": 0}
    for cell in header_cells:
        found = column_for_header(cell)
        if found is not None and found[1] is not None:
            votes[found[1]] += 1
    if votes["es"] != votes["en"]:
        return max(votes, key=lambda language: votes[language])
    return fallback


# ---------------------------------------------------------------- rows of a file


@dataclass
class InventoryTable:
    """The rows read from a CSV or Excel file, and the language of its header (if it tells)."""

    rows: list[InventoryRow]
    language: str | None


def read_table(lines: Iterable[tuple[int, Sequence[Cell]]]) -> InventoryTable:
    """Rows by column from (line, cells) pairs: the first non-blank row is the header.

    Header cells that name no column are ignored (an "ID" column, say); the
    header needs a stage column. Raises :class:`InteropError` otherwise.
    """
    positions: dict[Column, int] | None = None
    header_cells: list[str] = []
    rows: list[InventoryRow] = []
    for line, cells in lines:
        if positions is None:
            header_cells = ["" if cell is None else str(cell).strip() for cell in cells]
            if not any(header_cells):
                continue
            positions = _header_positions(header_cells, line)
            continue
        values = {column: (cells[i] if i < len(cells) else None) for column, i in positions.items()}
        rows.append(InventoryRow(line, {c: (None if v == "" else v) for c, v in values.items()}))
    if positions is None:
        raise InteropError("the file is empty", 1)
    language = header_language(header_cells, "")
    return InventoryTable(rows, language or None)


def _header_positions(cells: list[str], line: int) -> dict[Column, int]:
    positions: dict[Column, int] = {}
    for i, cell in enumerate(cells):
        found = column_for_header(cell) if cell else None
        if found is None:
            continue
        if found[0] in positions:
            raise InteropError(f"two columns are called {cell!r}", line)
        positions[found[0]] = i
    if not positions:
        shown = ", ".join(HEADERS["es"].values())
        raise InteropError(f"no header row: the first row should name the columns ({shown})", line)
    if Column.STAGE not in positions:
        raise InteropError("the header has no stage column (Etapa or Stage)", line)
    return positions
