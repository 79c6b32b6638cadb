"""File › Import… and File › Export ▸ (Mermaid, CSV, Excel, JSON Schema) of the main window.

:mod:`journeydesigner.ui.interop_menu` wires the menu and loads this module
when one of its commands is first chosen.

Import opens a Mermaid journey diagram or a touchpoint inventory. A diagram
always becomes a new map in a new window; an inventory can instead be added
to the open map, as one undoable command (persona, stage and lane matched by
name, whatever is missing created). Rows that cannot be placed are listed in
one dialog; the rest is imported. An imported map opens unsaved and modified,
so closing its window asks before the work is lost.

The message boxes are module functions so that tests can answer them.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journeydesigner.interop import (
    INVENTORY_FORMATS,
    SUFFIXES,
    Format,
    InteropError,
    SkippedRow,
    export_bytes,
    format_for_name,
    import_bytes,
    read_inventory,
    sniff_format,
)
from journeydesigner.interop.formats import check_placed
from journeydesigner.interop.inventory_import import map_from_rows, plan_rows
from journeydesigner.model import limits
from journeydesigner.model.journey import JourneyMap
from journeydesigner.storage.atomic import atomic_write_bytes
from journeydesigner.storage.errors import os_error_reason
from journeydesigner.ui.prompts import APP_NAME
from journeydesigner.ui.window_files import _safe_name

if TYPE_CHECKING:
    from journeydesigner.ui.main_window import MainWindow

EXPORTS = {
    "ExportMermaid": Format.MERMAID,
    "ExportCsv": Format.CSV,
    "ExportXlsx": Format.XLSX,
    "ExportSchema": Format.SCHEMA,
}
MAX_LISTED_ROWS = 12  # in the dialog's text; the details hold every row


class ImportTarget(enum.Enum):
    """Where an inventory goes."""

    NEW_MAP = "new"
    MERGE = "merge"
    CANCEL = "cancel"


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def _import_filter() -> str:
    return QCoreApplication.translate(
        "Interop",
        "Diagrams and inventories (*.mmd *.mermaid *.csv *.xlsx);;"
        "Mermaid journey diagrams (*.mmd *.mermaid);;Inventories (*.csv *.xlsx);;All files (*)",
    )


def _export_filter(fmt: Format) -> str:
    filters = {
        Format.MERMAID: QCoreApplication.translate("Interop", "Mermaid journey diagram (*.mmd)"),
        Format.CSV: QCoreApplication.translate("Interop", "CSV inventory (*.csv)"),
        Format.XLSX: QCoreApplication.translate("Interop", "Excel inventory (*.xlsx)"),
        Format.SCHEMA: QCoreApplication.translate("Interop", "JSON Schema (*.schema.json)"),
    }
    return filters[fmt]


# ---------------------------------------------------------------- questions and messages


def ask_import_target(parent: QWidget | None, file_name: str, map_title: str) -> ImportTarget:
    """An inventory: open it as a new map, or add its cards to the open one?"""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        APP_NAME,
        _fill(QCoreApplication.translate("Interop", "Import the inventory “%1”"), file_name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("importTargetPrompt")
    box.setInformativeText(
        _fill(
            QCoreApplication.translate(
                "Interop",
                "Open it as a new map, or add its cards to “%1”? Added cards go to the personas, "
                "stages and lanes of the same name; missing ones are created. Undo removes them all.",
            ),
            map_title,
        )
    )
    new = box.addButton(
        QCoreApplication.translate("Interop", "Open as &New Map"), QMessageBox.ButtonRole.AcceptRole
    )
    merge = box.addButton(
        _fill(QCoreApplication.translate("Interop", "&Add to “%1”"), map_title),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(new)
    box.exec()
    clicked = box.clickedButton()
    if clicked is new:
        return ImportTarget.NEW_MAP
    if clicked is merge:
        return ImportTarget.MERGE
    return ImportTarget.CANCEL


def show_skipped_rows(parent: QWidget | None, file_name: str, skipped: list[SkippedRow], cards: int) -> None:
    """One dialog for every row that could not be placed (the others were imported)."""
    lines = [
        _fill(QCoreApplication.translate("Interop", "Line %1: %2"), row.line, row.reason) for row in skipped
    ]
    shown = lines[:MAX_LISTED_ROWS]
    if len(lines) > MAX_LISTED_ROWS:
        shown.append(
            _fill(
                QCoreApplication.translate("Interop", "… and %1 more (see the details)"),
                len(lines) - MAX_LISTED_ROWS,
            )
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        _fill(
            QCoreApplication.translate(
                "Interop", "%1 cards imported from “%2”; %3 rows could not be placed:"
            ),
            cards,
            file_name,
            len(skipped),
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("skippedRowsPrompt")
    box.setInformativeText("\n".join(shown))
    box.setDetailedText("\n".join(lines))
    box.exec()


def show_import_error(parent: QWidget | None, file_name: str, reason: str) -> None:
    """A file that cannot be imported, and why (with its line when it has one)."""
    QMessageBox.critical(
        parent,
        APP_NAME,
        _fill(QCoreApplication.translate("Interop", "Could not import “%1”.\n\n%2"), file_name, reason),
    )


def show_export_error(parent: QWidget | None, path: Path, reason: str) -> None:
    """An export that failed; the map is unchanged."""
    QMessageBox.critical(
        parent,
        APP_NAME,
        _fill(QCoreApplication.translate("Interop", "Could not export “%1”: %2"), path, reason),
    )


def _status(window: MainWindow, text: str) -> None:
    window.statusBar().showMessage(text, 6000)


# ---------------------------------------------------------------- import


def _read(path: Path) -> bytes:
    with open(path, "rb") as stream:
        data = stream.read(limits.MAX_FILE_BYTES + 1)
    if len(data) > limits.MAX_FILE_BYTES:
        raise InteropError("files larger than 64 MB are refused")
    return data


def import_file(window: MainWindow, path: str | Path | None = None) -> MainWindow | None:
    """Import a diagram or an inventory (asking for the file when *path* is None).

    Returns the window that shows the result: a new one, or *window* after a
    merge; None when nothing was imported.
    """
    if path is None:
        start = str(window.document.path.parent) if window.document.path else ""
        name, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("Interop", "Import"), start, _import_filter()
        )
        if not name:
            return None
        path = name
    source = Path(path)
    try:
        data = _read(source)
    except OSError as exc:
        show_import_error(window, source.name, os_error_reason(exc, saving=False))
        return None
    except InteropError as exc:
        show_import_error(window, source.name, str(exc))
        return None
    fmt = format_for_name(source) or sniff_format(data)
    if fmt == Format.JOURNEY:  # a map picked through "All files": just open it
        return window.workspace.open_path(source, window)
    language = window.workspace.settings.new_map_language
    try:
        if fmt in INVENTORY_FORMATS:
            return _import_inventory(window, source, data, fmt, language)
        imported = import_bytes(data, fmt, name=source, fallback_language=language)
    except InteropError as exc:
        show_import_error(window, source.name, str(exc))
        return None
    return _open_new(window, imported.journey, source, imported.skipped)


def _open_new(window: MainWindow, journey: JourneyMap, source: Path, skipped: list[SkippedRow]) -> MainWindow:
    opened = window.workspace.new_map(journey)
    opened.document.mark_modified()  # not saved anywhere yet: closing asks
    _status(opened, _fill(QCoreApplication.translate("Interop", "Imported %1"), source.name))
    if skipped:
        cards = sum(len(p.timeline.cards) for p in journey.personas)
        show_skipped_rows(opened, source.name, skipped, cards)
    return opened


def _import_inventory(
    window: MainWindow, source: Path, data: bytes, fmt: Format, language: str
) -> MainWindow | None:
    table = read_inventory(data, fmt)
    target = ask_import_target(window, source.name, window.document.journey.title)
    if target == ImportTarget.CANCEL:
        return None
    if target == ImportTarget.NEW_MAP:
        journey, plan = map_from_rows(table.rows, source.stem, table.language or language)
        check_placed(table, plan.cards, plan.skipped)
        return _open_new(window, journey, source, plan.skipped)
    plan = plan_rows(window.document.journey, table.rows)
    check_placed(table, plan.cards, plan.skipped)
    text = _fill(QCoreApplication.translate("Interop", "Import %1"), source.name)
    if not window.document.execute(text, plan.edits):
        raise InteropError(QCoreApplication.translate("Interop", "the cards could not be added to this map"))
    _status(
        window,
        _fill(QCoreApplication.translate("Interop", "Added %1 cards from %2"), plan.cards, source.name),
    )
    if plan.skipped:
        show_skipped_rows(window, source.name, plan.skipped, plan.cards)
    return window


# ---------------------------------------------------------------- export


def export_file(window: MainWindow, fmt: Format) -> Path | None:
    """Ask for a file name and write the map in *fmt* (the JSON Schema does not depend on the map)."""
    suffix = SUFFIXES[fmt]
    journey = window.document.journey
    folder = window.document.path.parent if window.document.path else Path.home()
    stem = "journey" if fmt == Format.SCHEMA else (_safe_name(journey.title) or "journey")
    titles = {
        Format.MERMAID: QCoreApplication.translate("Interop", "Export Mermaid journey diagram"),
        Format.CSV: QCoreApplication.translate("Interop", "Export CSV inventory"),
        Format.XLSX: QCoreApplication.translate("Interop", "Export Excel inventory"),
        Format.SCHEMA: QCoreApplication.translate("Interop", "Export the JSON Schema of .journey files"),
    }
    name, _ = QFileDialog.getSaveFileName(
        window, titles[fmt], str(folder / f"{stem}{suffix}"), _export_filter(fmt)
    )
    if not name:
        return None
    target = Path(name)
    if not target.name.lower().endswith(suffix):
        target = target.with_name(target.name + suffix)
    try:
        atomic_write_bytes(target, export_bytes(journey, fmt))
    except OSError as exc:
        show_export_error(window, target, os_error_reason(exc, saving=True))
        return None
    except (InteropError, ValueError) as exc:
        show_export_error(window, target, " ".join(str(exc).split()))
        return None
    _status(window, _fill(QCoreApplication.translate("Interop", "Exported %1"), target))
    return target
