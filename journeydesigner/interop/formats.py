"""The formats a map converts to and from, recognised by file name or content.

=============  =======================  =====================================
format         extensions               in / out
=============  =======================  =====================================
``journey``    ``.journey``             both (the map itself)
``mermaid``    ``.mmd``, ``.mermaid``   both: a Mermaid journey diagram
``csv``        ``.csv``                 both: the touchpoint inventory
``xlsx``       ``.xlsx``                both: the inventory as a workbook
``schema``     ``.schema.json``         out: the JSON Schema of .journey
=============  =======================  =====================================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from journeydesigner.interop.errors import InteropError, SkippedRow
from journeydesigner.interop.inventory import InventoryTable
from journeydesigner.model import limits
from journeydesigner.model.journey import JourneyMap


class Format(StrEnum):
    """A format a map can be converted to or from."""

    JOURNEY = "journey"
    MERMAID = "mermaid"
    CSV = "csv"
    XLSX = "xlsx"
    SCHEMA = "schema"


# Names --format accepts.
FORMAT_NAMES: dict[str, Format] = {
    "journey": Format.JOURNEY,
    "mermaid": Format.MERMAID,
    "mmd": Format.MERMAID,
    "csv": Format.CSV,
    "xlsx": Format.XLSX,
    "excel": Format.XLSX,
    "schema": Format.SCHEMA,
    "json-schema": Format.SCHEMA,
}
SUFFIXES: dict[Format, str] = {
    Format.JOURNEY: ".journey",
    Format.MERMAID: ".mmd",
    Format.CSV: ".csv",
    Format.XLSX: ".xlsx",
    Format.SCHEMA: ".schema.json",
}
INVENTORY_FORMATS = frozenset({Format.CSV, Format.XLSX})
_BY_SUFFIX = {".journey": Format.JOURNEY, ".mmd": Format.MERMAID, ".mermaid": Format.MERMAID}
_BY_SUFFIX |= {".csv": Format.CSV, ".xlsx": Format.XLSX}
# First words of Mermaid diagrams: a file that starts with one is Mermaid, journey or not.
_MERMAID_STARTS = frozenset(
    {
        "journey", "graph", "flowchart", "sequencediagram", "classdiagram", "statediagram",
        "statediagram-v2", "erdiagram", "gantt", "pie", "quadrantchart", "requirementdiagram",
        "gitgraph", "mindmap", "timeline", "sankey-beta", "xychart-beta", "block-beta",
        "c4context", "zenuml", "packet-beta", "kanban", "architecture-beta",
    }
)  # fmt: skip


def format_for_name(name: str | Path) -> Format | None:
    """The format a file name's extension says, or None."""
    lowered = Path(name).name.lower()
    if lowered.endswith(".schema.json"):
        return Format.SCHEMA
    return _BY_SUFFIX.get(Path(lowered).suffix)


def sniff_format(data: bytes) -> Format:
    """The format of a file's content (for names that do not tell): workbook, map, Mermaid or CSV."""
    if data.startswith(b"PK\x03\x04"):
        return Format.XLSX
    head = data[:8192].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        return Format.JOURNEY
    for line in head.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("%%"):
            continue
        words = stripped.split()
        if stripped == "---" or words[0].lower() in _MERMAID_STARTS:
            return Format.MERMAID
        break
    return Format.CSV


@dataclass
class Imported:
    """A map read from a file, and the inventory rows that could not be placed in it."""

    journey: JourneyMap
    skipped: list[SkippedRow] = field(default_factory=list)


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InteropError(f"the file is not UTF-8 text (byte {exc.start})") from None


def read_inventory(data: bytes, fmt: Format) -> InventoryTable:
    """The rows of a CSV or Excel inventory."""
    if len(data) > limits.MAX_FILE_BYTES:
        raise InteropError("files larger than 64 MB are refused")
    if fmt == Format.XLSX:
        from journeydesigner.interop.xlsx_format import read_xlsx

        return read_xlsx(data)
    from journeydesigner.interop.csv_format import read_csv

    return read_csv(data)


def import_bytes(
    data: bytes, fmt: Format, *, name: str | Path = "", fallback_language: str = "es"
) -> Imported:
    """A new map from the bytes of a file in *fmt*; *name* gives errors and the title a name.

    Raises :class:`InteropError` (or, for .journey, ``JourneyFileError``).
    An inventory none of whose rows can be placed is an error, not an empty map.
    """
    title = Path(name).stem if name and str(name) != "-" else ""
    if len(data) > limits.MAX_FILE_BYTES:
        raise InteropError("files larger than 64 MB are refused")
    if fmt == Format.JOURNEY:
        from journeydesigner.storage import loads_map

        return Imported(loads_map(data, name or "<map>"))
    if fmt == Format.MERMAID:
        from journeydesigner.interop.mermaid import import_mermaid

        return Imported(import_mermaid(_text(data), fallback_language=fallback_language, default_title=title))
    if fmt in INVENTORY_FORMATS:
        from journeydesigner.interop.inventory_import import map_from_rows

        table = read_inventory(data, fmt)
        journey, plan = map_from_rows(table.rows, title, table.language or fallback_language)
        check_placed(table, plan.cards, plan.skipped)
        return Imported(journey, plan.skipped)
    raise InteropError("a JSON Schema describes the .journey format: it cannot be imported as a map")


def check_placed(table: InventoryTable, cards: int, skipped: list[SkippedRow]) -> None:
    """Refuse an import that places nothing, saying why."""
    if cards:
        return
    if not skipped:
        raise InteropError("the file has a header but no rows")
    first = skipped[0]
    what = f"none of its {len(skipped)} rows could" if len(skipped) > 1 else "its only row could not"
    raise InteropError(f"{what} be placed; {first}")


def export_bytes(journey: JourneyMap, fmt: Format) -> bytes:
    """The bytes of *journey* in *fmt* (the JSON Schema does not depend on the map)."""
    if fmt == Format.JOURNEY:
        from journeydesigner.storage import dumps_map

        return dumps_map(journey)
    if fmt == Format.MERMAID:
        from journeydesigner.interop.mermaid import export_mermaid

        return export_mermaid(journey).encode("utf-8")
    if fmt == Format.CSV:
        from journeydesigner.interop.csv_format import write_csv

        return write_csv(journey)
    if fmt == Format.XLSX:
        from journeydesigner.interop.xlsx_format import write_xlsx

        return write_xlsx(journey)
    from journeydesigner.storage.schema import schema_text

    return schema_text().encode("utf-8")
