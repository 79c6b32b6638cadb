"""The touchpoint inventory as CSV: written for Excel, read from Excel and everything else.

Written: UTF-8 with a byte-order mark (so Excel shows accents), CRLF line
ends, and the conventions of Excel in the map's language: ``;`` between
fields and a decimal comma in Spanish, ``,`` and a decimal point in English.
A text that starts with ``=``, ``+``, ``-`` or ``@`` gets a leading ``'`` so a
spreadsheet does not run it as a formula (CSV injection); reading removes it.

Read: UTF-8 with or without the mark, UTF-16 with a mark (Excel's "Unicode
text"), else Windows-1252 (Excel's "CSV" in Western Europe). The delimiter
(``;``, ``,`` or tab) is the one the header line uses most, outside quotes.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator, Sequence

from journeydesigner.interop.errors import InteropError
from journeydesigner.interop.inventory import (
    COLUMNS,
    Cell,
    Column,
    InventoryTable,
    headers,
    inventory_rows,
    read_table,
    text_cells,
)
from journeydesigner.interop.text import pick
from journeydesigner.model.journey import JourneyMap

_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_NOT_TEXT = frozenset({Column.EMOTION_SCORE, Column.VALUE, Column.TARGET})
_DELIMITERS = (";", ",", "\t")


def guard_formula(text: str) -> str:
    """*text* made safe to open in a spreadsheet (see the module's notes)."""
    return "'" + text if _FORMULA_START.match(text) else text


def unguard_formula(text: str) -> str:
    """The inverse of :func:`guard_formula`."""
    return text[1:] if text.startswith("'") and _FORMULA_START.match(text[1:]) else text


def csv_delimiter(language: str) -> str:
    """The delimiter Excel expects in *language*'s locale."""
    return pick(language, ";", ",")


def write_csv(journey: JourneyMap) -> bytes:
    """The map's inventory as the bytes of a CSV file."""
    language = journey.language
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=csv_delimiter(language), lineterminator="\r\n")
    writer.writerow(headers(language))
    for row in inventory_rows(journey):
        cells = text_cells(row, language)
        writer.writerow(
            [
                value if column in _NOT_TEXT else guard_formula(value)
                for column, value in zip(COLUMNS, cells, strict=True)
            ]
        )
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def decode_text(data: bytes) -> str:
    """The text of a CSV file in whichever encoding spreadsheets write."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InteropError(f"the file says it is UTF-8 but is not (byte {exc.start + 3})") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InteropError("the file says it is UTF-16 but is not") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def detect_delimiter(text: str) -> str:
    """``;``, ``,`` or tab: the one the first non-blank line has most of outside quotes (``,`` if none)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _cells(text: str, delimiter: str) -> Iterator[tuple[int, Sequence[Cell]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            yield start, [unguard_formula(cell) for cell in cells]
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InteropError(f"not valid CSV: {exc}", reader.line_num or 1) from None


def read_csv(data: bytes) -> InventoryTable:
    """The rows of a CSV inventory, with the line each starts on."""
    text = decode_text(data)
    if not text.strip():
        raise InteropError("the file is empty", 1)
    return read_table(_cells(text, detect_delimiter(text)))
