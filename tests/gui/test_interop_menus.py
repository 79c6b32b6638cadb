"""File › Import… and File › Export ▸ in the designer: new windows, merges as one undo step, files written."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from journeydesigner.interop import Format, SkippedRow, export_bytes
from journeydesigner.interop.mermaid_syntax import parse_journey
from journeydesigner.model.cards import ActionCard
from journeydesigner.storage import load_map
from journeydesigner.storage.schema import SCHEMA_PATH
from journeydesigner.ui import interop_actions
from journeydesigner.ui.interop_actions import ImportTarget
from journeydesigner.ui.main_window import MainWindow
from journeydesigner.ui.workspace import Workspace
from tests.gui.conftest import assert_undo_redo
from tests.gui.file_helpers import SNEAKERS, TELECOM, copy_sample

DIAGRAM = (
    "journey\n  title Mi día de compras\n  section Tienda\n"
    "    Busca la talla: 2: Ana, Luis\n    Paga: 4: Ana\n"
)


class Answers:
    """Stands in for the import dialogs: records what they were told, answers as set."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, target: ImportTarget = ImportTarget.NEW_MAP) -> None:
        self.target = target
        self.asked: list[tuple[str, str]] = []
        self.skipped: list[tuple[str, list[SkippedRow], int]] = []
        self.errors: list[tuple[str, str]] = []
        monkeypatch.setattr(interop_actions, "ask_import_target", self._ask)
        monkeypatch.setattr(interop_actions, "show_skipped_rows", self._skipped)
        monkeypatch.setattr(interop_actions, "show_import_error", self._error)

    def _ask(self, _parent: object, file_name: str, title: str) -> ImportTarget:
        self.asked.append((file_name, title))
        return self.target

    def _skipped(self, _parent: object, file_name: str, rows: list[SkippedRow], cards: int) -> None:
        self.skipped.append((file_name, rows, cards))

    def _error(self, _parent: object, file_name: str, reason: str) -> None:
        self.errors.append((file_name, reason))


def open_window(workspace: Workspace, tmp_path: Path, sample: Path = SNEAKERS) -> MainWindow:
    window = workspace.open_path(copy_sample(tmp_path / "maps", sample=sample))
    assert window is not None
    return window


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> dict[str, Any]:
    asked: dict[str, Any] = {}

    def get_open_file_name(*args: Any) -> tuple[str, str]:
        asked["args"] = args
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    return asked


def test_the_file_menu_has_import_and_an_export_submenu(workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(workspace, tmp_path)
    names = [a.objectName() for a in window.menuBar().actions()[0].menu().actions()]
    assert names.index("actionImport") < names.index("actionExportPdf")
    export = window.findChild(QMenu, "exportMenu")
    assert export is not None
    assert [a.objectName() for a in export.actions()] == [
        "actionExportMermaid",
        "actionExportCsv",
        "actionExportXlsx",
        "actionExportSchema",
    ]
    assert all(a.text() and a.statusTip() for a in export.actions())
    file_menu = window.menuBar().actions()[0].menu()
    entries = [a.menu().objectName() if a.menu() else a.objectName() for a in file_menu.actions()]
    assert entries.index("exportImageMenu") < entries.index("exportMenu") < entries.index("actionPrint")


def test_importing_a_mermaid_diagram_opens_a_new_unsaved_window(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(workspace, tmp_path)
    before = window.document.journey.model_dump()
    source = tmp_path / "compras.mmd"
    source.write_text(DIAGRAM, encoding="utf-8")
    asked = choose_file(monkeypatch, source)
    answers = Answers(monkeypatch)
    window.actions_by_name["Import"].trigger()
    assert "*.mmd" in asked["args"][3] and "*.csv" in asked["args"][3]
    assert answers.asked == []  # a diagram is always a new map
    assert len(workspace.windows) == 2
    opened = next(w for w in workspace.windows if w is not window)
    journey = opened.document.journey
    assert journey.title == "Mi día de compras"
    assert [p.name for p in journey.personas] == ["Ana", "Luis"]
    assert opened.document.path is None
    assert opened.document.is_modified  # closing asks before the import is lost
    assert opened.isWindowModified()
    assert window.document.journey.model_dump() == before  # the open map is untouched
    assert [s.name for s in opened.state.persona.timeline.stages] == ["Tienda"]  # type: ignore[union-attr]


def test_importing_an_inventory_as_a_new_map(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(workspace, tmp_path)
    source = tmp_path / "inventario.xlsx"
    source.write_bytes(export_bytes(load_map(TELECOM), Format.XLSX))
    choose_file(monkeypatch, source)
    answers = Answers(monkeypatch, ImportTarget.NEW_MAP)
    window.actions_by_name["Import"].trigger()
    assert answers.asked == [("inventario.xlsx", window.document.journey.title)]
    opened = next(w for w in workspace.windows if w is not window)
    cards = sum(len(p.timeline.cards) for p in load_map(TELECOM).personas)
    assert sum(len(p.timeline.cards) for p in opened.document.journey.personas) == cards
    assert opened.document.journey.title == "inventario"
    assert answers.skipped == [] and answers.errors == []


def test_merging_an_inventory_is_one_undo_step(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(workspace, tmp_path)
    document = window.document
    before = document.journey.model_dump()
    count = document.undo_stack.count()
    source = tmp_path / "talleres.csv"
    source.write_text(
        "Persona;Etapa;Carril;Tipo;Título;Canal\n"
        "irene soto;Compra;Puntos de contacto;Punto de contacto;Pago con un clic;Web\n"
        "Irene Soto;Posventa;;Acción;Escribe una reseña;\n"
        "Jorge;Compra;;Nota;Cliente nuevo;\n"
        "Irene Soto;;;Acción;Sin etapa;\n",
        encoding="utf-8",
    )
    choose_file(monkeypatch, source)
    answers = Answers(monkeypatch, ImportTarget.MERGE)
    window.actions_by_name["Import"].trigger()
    assert len(workspace.windows) == 1
    assert document.undo_stack.count() == count + 1
    assert document.undo_stack.undoText() == "Import talleres.csv"
    journey = document.journey
    assert [p.name for p in journey.personas] == ["Irene Soto", "Marta Roig", "Jorge"]
    irene = journey.personas[0]
    assert any(c.title == "Pago con un clic" for c in irene.timeline.cards)
    stages = [s.name for s in irene.timeline.stages]
    assert stages[stages.index("Compra") + 1] == "Posventa"  # where the file puts it
    assert answers.skipped == [
        ("talleres.csv", [SkippedRow(5, "no stage: every card belongs to a stage")], 3)
    ]
    assert window.isWindowModified()
    assert "3" in window.statusBar().currentMessage()
    # Undo restores the map exactly; redo brings the whole import back.
    assert_undo_redo(document, before)
    document.undo_stack.undo()
    assert document.journey.model_dump() == before
    assert not document.is_modified


def test_cancelling_or_a_bad_file_changes_nothing(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(workspace, tmp_path)
    before = window.document.journey.model_dump()
    source = tmp_path / "inventario.csv"
    source.write_text("Etapa;Tipo;Título\nCompra;Acción;Paga\n", encoding="utf-8")
    choose_file(monkeypatch, source)
    answers = Answers(monkeypatch, ImportTarget.CANCEL)
    window.actions_by_name["Import"].trigger()
    bad = tmp_path / "roto.mmd"
    bad.write_text("journey\nsection A\n  Paga: 9: Ana\n", encoding="utf-8")
    choose_file(monkeypatch, bad)
    window.actions_by_name["Import"].trigger()
    choose_file(monkeypatch, tmp_path / "no-existe.csv")
    window.actions_by_name["Import"].trigger()
    nothing = tmp_path / "nada.csv"
    nothing.write_text("Etapa;Tipo\nCompra;Cohete\n", encoding="utf-8")
    answers.target = ImportTarget.MERGE
    choose_file(monkeypatch, nothing)
    window.actions_by_name["Import"].trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    window.actions_by_name["Import"].trigger()
    assert len(workspace.windows) == 1
    assert window.document.journey.model_dump() == before
    assert not window.document.is_modified
    assert [name for name, _ in answers.errors] == ["roto.mmd", "no-existe.csv", "nada.csv"]
    assert answers.errors[0][1].startswith("line 3: the score '9'")
    assert "does not exist" in answers.errors[1][1]
    assert "could not be placed" in answers.errors[2][1]


def test_skipped_rows_are_listed_in_one_dialog(qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    rows = [SkippedRow(line, f"reason {line}") for line in range(2, 40)]
    interop_actions.show_skipped_rows(None, "inventario.csv", rows, 7)
    assert len(shown) == 1
    box = shown[0]
    assert box.objectName() == "skippedRowsPrompt"
    assert "7" in box.text() and "inventario.csv" in box.text() and "38" in box.text()
    listed = box.informativeText().splitlines()
    assert listed[0] == "Line 2: reason 2"
    assert len(listed) == interop_actions.MAX_LISTED_ROWS + 1 and "26 more" in listed[-1]
    assert box.detailedText().splitlines()[-1] == "Line 39: reason 39"


def test_the_import_target_question_has_three_answers(qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    for index, expected in enumerate([ImportTarget.NEW_MAP, ImportTarget.MERGE, ImportTarget.CANCEL]):

        def press(box: QMessageBox, index: int = index) -> int:
            assert box.objectName() == "importTargetPrompt"
            assert "Mapa" in box.informativeText()
            buttons = {box.buttonRole(b): b for b in box.buttons()}
            role = [
                QMessageBox.ButtonRole.AcceptRole,
                QMessageBox.ButtonRole.ActionRole,
                QMessageBox.ButtonRole.RejectRole,
            ][index]
            buttons[role].click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", press)
        assert interop_actions.ask_import_target(None, "a.csv", "Mapa") == expected


@pytest.mark.parametrize(
    ("action", "typed", "written"),
    [
        ("ExportMermaid", "diagrama", "diagrama.mmd"),
        ("ExportCsv", "inventario.csv", "inventario.csv"),
        ("ExportXlsx", "inventario", "inventario.xlsx"),
        ("ExportSchema", "esquema", "esquema.schema.json"),
    ],
)
def test_export_entries_write_their_files(
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
    typed: str,
    written: str,
) -> None:
    window = open_window(workspace, tmp_path)
    asked: dict[str, Any] = {}

    def save_name(*args: Any) -> tuple[str, str]:
        asked["args"] = args
        return str(tmp_path / typed), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.actions_by_name[action].trigger()
    target = tmp_path / written
    assert target.exists()
    journey = window.document.journey
    suffix = written.split(".", 1)[1]
    assert str(asked["args"][2]).endswith(suffix) and f"*.{suffix}" in asked["args"][3]
    data = target.read_bytes()
    if action == "ExportMermaid":
        assert parse_journey(data.decode("utf-8")).title == journey.title
    elif action == "ExportCsv":
        assert data == export_bytes(journey, Format.CSV)
    elif action == "ExportXlsx":
        sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
        assert sheet.max_row == 1 + sum(len(p.timeline.cards) for p in journey.personas)
    else:
        assert data == SCHEMA_PATH.read_bytes()
    assert written in window.statusBar().currentMessage()
    assert not window.document.is_modified  # exporting changes nothing


def test_an_export_that_cannot_be_written_names_the_file(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(workspace, tmp_path)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: errors.append(text))
    bad = tmp_path / "no-such-folder" / "inventario.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(bad), ""))
    window.actions_by_name["ExportCsv"].trigger()
    assert len(errors) == 1 and str(bad) in errors[0] and "folder" in errors[0]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    window.actions_by_name["ExportMermaid"].trigger()  # cancelled: nothing, no message
    assert len(errors) == 1


def test_an_exported_inventory_merged_back_doubles_the_cards_in_one_step(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(workspace, tmp_path, TELECOM)
    document = window.document
    cards = sum(len(p.timeline.cards) for p in document.journey.personas)
    target = tmp_path / "ida.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    window.actions_by_name["ExportXlsx"].trigger()
    before = document.journey.model_dump()
    choose_file(monkeypatch, target)
    Answers(monkeypatch, ImportTarget.MERGE)
    window.actions_by_name["Import"].trigger()
    assert sum(len(p.timeline.cards) for p in document.journey.personas) == 2 * cards
    actions = [c for c in document.journey.personas[0].timeline.cards if isinstance(c, ActionCard)]
    assert len({c.id for c in actions}) == len(actions)
    assert_undo_redo(document, before)
