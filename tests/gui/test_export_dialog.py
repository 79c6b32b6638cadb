"""The Export PDF dialog, its live preview, exporting, printing and the window's Print command."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas as rl_canvas

from journeydesigner.document.document import JourneyDocument
from journeydesigner.export.options import Orientation, PdfLayout, PdfOptions
from journeydesigner.model.journey import JourneyMap
from journeydesigner.ui import printing
from journeydesigner.ui.export_dialog import ExportDialog
from journeydesigner.ui.settings import AppSettings
from journeydesigner.ui.workspace import Workspace
from tests.conftest import ROOT
from tests.gui.file_helpers import copy_sample

TELECOM = ROOT / "samples" / "telecom-support.journey"


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialog(qtbot: QtBot, settings: AppSettings) -> ExportDialog:
    document = JourneyDocument.open(TELECOM)
    dlg = ExportDialog(document, document.journey.personas[0].id, settings)
    document.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def pdf_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def preview_ready(dialog: ExportDialog) -> bool:
    """The options have settled and the background thread has answered."""
    return not dialog._timer.isActive() and not dialog.maker.busy


def wait_for_preview(qtbot: QtBot, dialog: ExportDialog) -> int:
    qtbot.waitUntil(lambda: preview_ready(dialog) and dialog.preview_document.pageCount() > 0)
    return dialog.preview_document.pageCount()


def test_starts_with_a_poster_of_the_current_persona_on_a3(dialog: ExportDialog) -> None:
    options = dialog.options()
    assert options.layout == PdfLayout.POSTER
    assert options.paper == "A3" and options.orientation == Orientation.LANDSCAPE
    assert options.personas == (dialog.document.journey.personas[0].id,)
    assert not dialog.allPersonasCheck.isChecked()
    assert not dialog.scaleSpin.isVisible()


def test_letter_users_get_tabloid_posters_and_letter_tiles(qtbot: QtBot, settings: AppSettings) -> None:
    settings.paper_size = "letter"
    document = JourneyDocument.open(TELECOM)
    dlg = ExportDialog(document, None, settings)
    qtbot.addWidget(dlg)
    assert dlg.options().paper == "tabloid"
    dlg.layoutCombo.setCurrentIndex(dlg.layoutCombo.findData("tiles"))
    assert dlg.options().paper == "letter"
    dlg.layoutCombo.setCurrentIndex(dlg.layoutCombo.findData("handouts"))
    assert dlg.options().paper == "letter"


def test_changing_the_controls_changes_the_options(dialog: ExportDialog) -> None:
    journey = dialog.document.journey
    dialog.layoutCombo.setCurrentIndex(dialog.layoutCombo.findData("tiles"))
    papers = [dialog.paperCombo.itemData(i) for i in range(dialog.paperCombo.count())]
    assert papers == ["A4", "letter"]
    assert dialog.scaleSpin.isVisible()
    dialog.scaleSpin.setValue(150)
    dialog.orientationCombo.setCurrentIndex(dialog.orientationCombo.findData("portrait"))
    dialog.greyscaleCheck.setChecked(True)
    dialog.connectionsCheck.setChecked(False)
    dialog.analysisCheck.setChecked(True)
    dialog.personaList.item(0).setCheckState(dialog.personaList.item(0).checkState().Unchecked)
    dialog.personaList.item(1).setCheckState(dialog.personaList.item(1).checkState().Checked)
    options = dialog.options()
    assert options.layout == PdfLayout.TILES and options.paper == "A4" and options.scale == 1.5
    assert options.orientation == Orientation.PORTRAIT
    assert options.greyscale and not options.connections and options.analysis_page
    assert options.personas == (journey.personas[1].id,)
    assert options.organisation == journey.organisation
    dialog.allPersonasCheck.setChecked(True)
    assert dialog.options().personas == ()
    assert not dialog.personaList.isEnabled()
    assert all(dialog.personaList.item(i).checkState().name == "Checked" for i in range(2))
    dialog.allPersonasCheck.setChecked(False)
    assert dialog.options().personas == (journey.personas[1].id,)  # the user's own choice is back
    dialog.allPersonasCheck.setChecked(True)
    dialog.layoutCombo.setCurrentIndex(dialog.layoutCombo.findData("poster"))
    assert dialog.options().paper == "A3" and dialog.options().scale == 1.0
    dialog.paperCombo.setCurrentIndex(dialog.paperCombo.findData("A1"))
    dialog.paperCombo.activated.emit(dialog.paperCombo.currentIndex())  # as a user's pick
    dialog.layoutCombo.setCurrentIndex(dialog.layoutCombo.findData("handouts"))
    assert dialog.options().paper == "A1"  # the user's paper stays when the layout allows it


def test_preview_shows_the_pdf_and_follows_the_options(qtbot: QtBot, dialog: ExportDialog) -> None:
    one = wait_for_preview(qtbot, dialog)
    assert dialog.pageCountLabel.text() == ("1 page" if one == 1 else f"{one} pages")
    assert dialog.pdfPreview.document() is dialog.preview_document
    width = dialog.preview_document.pagePointSize(0).width()
    assert width == pytest.approx(dialog.options().page_size()[0], abs=1)
    dialog.allPersonasCheck.setChecked(True)
    assert dialog._timer.isActive()  # debounced, not generated on every click
    qtbot.waitUntil(lambda: not dialog._timer.isActive())
    assert dialog.maker.busy and dialog.pageCountLabel.text() == "Making the PDF…"
    qtbot.waitUntil(lambda: preview_ready(dialog))
    both = dialog.preview_document.pageCount()
    assert both > one
    assert dialog.pageCountLabel.text() == f"{both} pages" and dialog.page_count == both


def test_preview_is_made_off_the_window_thread_and_stale_answers_are_dropped(
    qtbot: QtBot, dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    wait_for_preview(qtbot, dialog)
    threads: list[str] = []
    made = printing.pdf_bytes

    def recording(journey: JourneyMap, options: PdfOptions) -> tuple[bytes, int]:
        threads.append(threading.current_thread().name)
        return made(journey, options)

    monkeypatch.setattr(printing, "pdf_bytes", recording)
    journey = dialog.document.journey
    dialog.allPersonasCheck.setChecked(True)
    dialog._timer.timeout.emit()  # the pause is over: the first request
    dialog.allPersonasCheck.setChecked(False)  # and the user changes their mind at once
    dialog._timer.timeout.emit()
    answers: list[int] = []
    dialog.maker.made.connect(lambda _data, pages, _problem: answers.append(pages))
    qtbot.waitUntil(lambda: preview_ready(dialog) and len(threads) == 2)
    qtbot.wait(50)  # time for a stale answer to arrive, were it not dropped
    assert all(name.startswith("journey-preview") for name in threads)
    assert len(answers) == 1  # only the latest request is answered
    one_persona = dialog.preview_document.pageCount()
    assert dialog.options().personas == (journey.personas[0].id,)
    assert one_persona == dialog.page_count == answers[0]


def test_problems_show_in_the_page_count_label(
    qtbot: QtBot, dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    wait_for_preview(qtbot, dialog)
    dialog.personaList.item(0).setCheckState(dialog.personaList.item(0).checkState().Unchecked)
    dialog.refresh_preview()
    assert dialog.pageCountLabel.text() == "Choose at least one persona."
    assert not dialog.exportButton.isEnabled() and dialog.preview_document.pageCount() == 0

    def broken(*_args: Any) -> int:
        raise ValueError("the paper is too small\nfor this map")

    monkeypatch.setattr(printing, "export_pdf", broken)
    dialog.allPersonasCheck.setChecked(True)
    dialog.refresh_preview()  # raises nothing
    assert dialog.pageCountLabel.text() == "Cannot make the PDF: the paper is too small for this map"
    assert not dialog.printButton.isEnabled()


def test_export_writes_the_pdf_the_preview_shows(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.allPersonasCheck.setChecked(True)
    pages = wait_for_preview(qtbot, dialog)
    asked: list[Any] = []

    def save_name(*args: Any) -> tuple[str, str]:
        asked.extend(args)
        return str(tmp_path / "póster"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    written = dialog.export()
    assert written == tmp_path / "póster.pdf"
    assert pdf_pages(written) == pages == dialog.page_count
    assert asked[3] == "PDF (*.pdf)"
    # The map's title with the colon file systems refuse left out.
    assert Path(asked[2]).name == "Broadband outage getting help from Brightwave - Poster.pdf"
    assert "póster.pdf" in dialog.statusLabel.text()


def test_export_failure_names_the_file(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wait_for_preview(qtbot, dialog)
    bad = tmp_path / "gone" / "a.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(bad), ""))
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: errors.append(text))
    assert dialog.export() is None
    assert len(errors) == 1 and str(bad) in errors[0]


# ---------------------------------------------------------------- printing


def accept_print_dialog(
    monkeypatch: pytest.MonkeyPatch, output: Path, pages: tuple[int, int] | None = None
) -> None:
    """The print dialog answers OK, choosing a PDF file as printer (and maybe a page range)."""

    def exec_(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        if pages is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)


def three_page_pdf() -> bytes:
    import io

    stream = io.BytesIO()
    pdf = rl_canvas.Canvas(stream, pagesize=(1190, 842))
    for number in range(3):
        pdf.rect(20, 20, 1150, 800, fill=1)
        pdf.drawString(72, 72, f"page {number + 1}")
        pdf.showPage()
    pdf.save()
    return stream.getvalue()


def test_print_pdf_prints_every_page(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "printed.pdf"
    accept_print_dialog(monkeypatch, output)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    assert printing.print_pdf(three_page_pdf(), None, printer)
    reader = PdfReader(str(output))
    assert len(reader.pages) == 3
    # A3 landscape pages printed on A3 landscape paper.
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert abs(float(box.width) - 1190) < 3


def test_print_pdf_honours_the_page_range(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "printed.pdf"
    accept_print_dialog(monkeypatch, output, (2, 3))
    assert printing.print_pdf(three_page_pdf(), None, QPrinter(QPrinter.PrinterMode.ScreenResolution))
    assert pdf_pages(output) == 2


def test_print_pdf_cancelled_prints_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "never.pdf"))
    assert not printing.print_pdf(three_page_pdf(), None, printer)
    assert not (tmp_path / "never.pdf").exists()


def test_unreadable_pdf_is_an_oserror() -> None:
    with pytest.raises(OSError, match="could not be read"):
        printing.print_pdf(b"not a pdf", None)


def test_dialog_print_button_prints_the_previewed_pdf(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.allPersonasCheck.setChecked(True)
    pages = wait_for_preview(qtbot, dialog)
    output = tmp_path / "printed.pdf"
    accept_print_dialog(monkeypatch, output)
    assert dialog.print_()
    assert pdf_pages(output) == pages


# ---------------------------------------------------------------- the window


def test_window_export_pdf_opens_the_dialog_on_the_current_persona(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    window = workspace.open_path(copy_sample(tmp_path, sample=TELECOM))
    assert window is not None
    second = window.document.journey.personas[1]
    window.state.set_persona(second.id)
    window.actions_by_name["ExportPdf"].trigger()
    found = window.findChild(ExportDialog, "exportDialog")
    assert isinstance(found, ExportDialog) and found.isVisible()
    assert found.options().personas == (second.id,)
    wait_for_preview(qtbot, found)
    found.layoutCombo.setCurrentIndex(found.layoutCombo.findData("handouts"))
    found.reject()
    assert window.last_pdf_options is not None
    assert window.last_pdf_options.layout == PdfLayout.HANDOUTS


def test_window_print_prints_a_poster_of_the_current_persona(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = workspace.open_path(copy_sample(tmp_path, sample=TELECOM))
    assert window is not None
    second = window.document.journey.personas[1]
    window.state.set_persona(second.id)
    asked: list[PdfOptions] = []
    real = printing.export_pdf

    def recording(journey: JourneyMap, target: Any, options: PdfOptions) -> int:
        asked.append(options)
        return real(journey, target, options)

    monkeypatch.setattr(printing, "export_pdf", recording)
    output = tmp_path / "printed.pdf"
    accept_print_dialog(monkeypatch, output)
    assert window.actions_by_name["Print"].isEnabled()
    window.print_map()
    assert asked[0].layout == PdfLayout.POSTER and asked[0].personas == (second.id,)
    assert pdf_pages(output) >= 1

    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: errors.append(text))
    monkeypatch.setattr(printing, "export_pdf", lambda *args: (_ for _ in ()).throw(OSError("disk full")))
    assert not window.print_map()
    assert errors and "disk full" in errors[0]
