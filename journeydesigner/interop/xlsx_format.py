"""The touchpoint inventory as an Excel workbook (.xlsx, through openpyxl).

Written: one sheet ("Inventario"/"Inventory") with a bold header row, frozen
under the header, an autofilter over the table and columns as wide as their
contents (within reason). Numbers are numbers; texts stay texts even when
they start with ``=`` (no formula runs). Control characters, which a
workbook cannot hold, are left out.

Read: the first sheet, computed values rather than formulas; the line of a
row is its row number in the sheet.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from journeydesigner.interop.errors import InteropError
from journeydesigner.interop.inventory import (
    COLUMNS,
    Cell,
    InventoryTable,
    headers,
    inventory_rows,
    read_table,
)
from journeydesigner.interop.text import pick
from journeydesigner.model.journey import JourneyMap

MAX_ROWS = 1_048_576  # Excel's limit, header included
_MIN_WIDTH = 8
_MAX_WIDTH = 60


def _clean(value: Cell) -> Cell:
    if isinstance(value, str):
        return str(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def write_xlsx(journey: JourneyMap) -> bytes:
    """The map's inventory as the bytes of an .xlsx workbook."""
    language = journey.language
    workbook = Workbook()
    sheet: Any = workbook.active
    sheet.title = pick(language, "Inventario", "Inventory")
    header = headers(language)
    sheet.append(header)
    widths = [len(h) for h in header]
    count = 1
    for row in inventory_rows(journey):
        count += 1
        if count > MAX_ROWS:
            raise InteropError(f"the map has more cards than a sheet has rows ({MAX_ROWS - 1})")
        values = [_clean(row.get(column)) for column in COLUMNS]
        sheet.append(values)
        for i, value in enumerate(values):
            if isinstance(value, str):
                longest = max((len(part) for part in value.splitlines()), default=0)
                widths[i] = max(widths[i], longest)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    # openpyxl takes a text starting with "=" for a formula: make every text a text.
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if cell.data_type == "f":
                cell.data_type = "s"
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(max(width + 2, _MIN_WIDTH), _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{count}"
    workbook.properties.creator = "Journey Designer"
    workbook.properties.title = _clean(journey.title)
    moment = journey.modified.replace(tzinfo=None)
    workbook.properties.created = workbook.properties.modified = moment
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _value(value: Any) -> Cell:
    if isinstance(value, bool):
        return str(value).upper()
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value)


def _rows(sheet: Any) -> Iterator[tuple[int, Sequence[Cell]]]:
    for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        yield line, [_value(v) for v in values]


def read_xlsx(data: bytes) -> InventoryTable:
    """The rows of the first sheet of an .xlsx workbook."""
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML and openpyxl's own errors: all mean "not a workbook"
        raise InteropError(f"not an Excel workbook (.xlsx): {exc}") from None
    try:
        if not workbook.worksheets:
            raise InteropError("the workbook has no sheet")
        return read_table(_rows(workbook.worksheets[0]))
    except InteropError:
        raise
    except Exception as exc:
        raise InteropError(f"the workbook cannot be read: {exc}") from None
    finally:
        workbook.close()
