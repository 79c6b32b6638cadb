"""Interoperability: Mermaid journey diagrams, touchpoint inventories (CSV, Excel), the JSON Schema. No Qt.

:mod:`~journeydesigner.interop.formats` is the door: it recognises a file's
format, imports bytes as a new map and exports a map as bytes. The app's
merge of an inventory into an open map plans its edits with
:func:`~journeydesigner.interop.inventory_import.plan_rows`.
"""

from journeydesigner.interop.errors import InteropError, SkippedRow
from journeydesigner.interop.formats import (
    FORMAT_NAMES,
    INVENTORY_FORMATS,
    SUFFIXES,
    Format,
    Imported,
    export_bytes,
    format_for_name,
    import_bytes,
    read_inventory,
    sniff_format,
)

__all__ = [
    "FORMAT_NAMES",
    "INVENTORY_FORMATS",
    "SUFFIXES",
    "Format",
    "Imported",
    "InteropError",
    "SkippedRow",
    "export_bytes",
    "format_for_name",
    "import_bytes",
    "read_inventory",
    "sniff_format",
]
