"""The Export PDF dialog: layout, paper and personas on the left, a live preview of the PDF on the right.

The preview is the PDF itself, generated in memory by the same writer as
the exported file (each time an option changes, after a short pause, on a
background thread), so what the consultant sees is what the file and the
printer get: Export writes exactly the previewed bytes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.document.document import JourneyDocument
from journeydesigner.export.options import PAPER_SIZES, TILE_PAPERS, Orientation, PdfLayout, PdfOptions
from journeydesigner.storage.atomic import atomic_write_bytes
from journeydesigner.ui import printing
from journeydesigner.ui.export_defaults import (
    default_file_name,
    default_options,
    default_orientation,
    default_paper,
    layout_name,
    layout_tip,
)
from journeydesigner.ui.pdf_preview import PdfMaker, PdfPreview, make_pdf, page_count_text
from journeydesigner.ui.preferences import note_label, paper_name
from journeydesigner.ui.settings import AppSettings

CONTEXT = "ExportDialog"
PREVIEW_DELAY_MS = 300
_OWN_CHOICE = Qt.ItemDataRole.UserRole + 1  # a persona's tick from before "All personas"


class ExportDialog(QDialog):
    """Chooses the PDF options, previews the result, exports or prints it."""

    statusMessage = Signal(str)
    exported = Signal(object)  # Path of the written PDF

    def __init__(
        self,
        document: JourneyDocument,
        persona_id: str | None,
        settings: AppSettings,
        parent: QWidget | None = None,
        options: PdfOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export PDF"))
        self.document = document
        self.settings = settings
        self.pdf_data = b""
        self.page_count = 0
        self._paper_chosen = False  # the user picked a paper: layouts no longer change it
        self._loading = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._start_preview)
        self.maker = PdfMaker(self)
        self.maker.made.connect(self._show_result)
        self.finished.connect(lambda _result: self.maker.shutdown())
        self._build()
        self._load(options or default_options(document, persona_id, settings))
        self._loading = False
        self.resize(1100, 720)
        self.schedule_preview()

    # ------------------------------------------------------------ construction

    def _build(self) -> None:
        root = QVBoxLayout(self)
        columns = QHBoxLayout()
        root.addLayout(columns, 1)
        side_panel = QWidget(self)
        side_panel.setObjectName("optionsPanel")
        side_panel.setFixedWidth(340)
        side = QVBoxLayout(side_panel)
        side.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(side_panel, 0)
        side.addWidget(self._make_page_group())
        side.addWidget(self._make_persona_group())
        side.addWidget(self._make_content_group())
        side.addStretch(1)
        self.statusLabel = note_label("", side_panel)
        self.statusLabel.setObjectName("statusLabel")
        side.addWidget(self.statusLabel)
        self.preview = PdfPreview(self)
        self.pageCountLabel = self.preview.pageCountLabel
        self.pdfPreview = self.preview.view
        self.preview_document = self.preview.document
        columns.addWidget(self.preview, 1)
        self.buttonBox = QDialogButtonBox(self)
        self.buttonBox.setObjectName("buttonBox")
        self.exportButton = QPushButton(QCoreApplication.translate("ExportDialog", "&Export…"), self)
        self.exportButton.setObjectName("exportButton")
        self.exportButton.setDefault(True)
        self.printButton = QPushButton(QCoreApplication.translate("ExportDialog", "&Print…"), self)
        self.printButton.setObjectName("printButton")
        self.buttonBox.addButton(self.exportButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttonBox.addButton(self.printButton, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttonBox.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        self.buttonBox.rejected.connect(self.reject)
        self.exportButton.clicked.connect(self.export)
        self.printButton.clicked.connect(self.print_)
        root.addWidget(self.buttonBox)

    def _form_group(self, title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return box, form

    def _make_page_group(self) -> QGroupBox:
        box, form = self._form_group(QCoreApplication.translate("ExportDialog", "Page"), "pageGroup")
        self.layoutCombo = QComboBox(box)
        self.layoutCombo.setObjectName("layoutCombo")
        for layout in PdfLayout:
            self.layoutCombo.addItem(layout_name(layout), layout.value)
            self.layoutCombo.setItemData(
                self.layoutCombo.count() - 1, layout_tip(layout), Qt.ItemDataRole.ToolTipRole
            )
        form.addRow(QCoreApplication.translate("ExportDialog", "&Layout:"), self.layoutCombo)
        self.layoutNote = note_label("", box)
        self.layoutNote.setObjectName("layoutNote")
        form.addRow(self.layoutNote)
        self.paperCombo = QComboBox(box)
        self.paperCombo.setObjectName("paperCombo")
        form.addRow(QCoreApplication.translate("ExportDialog", "&Paper:"), self.paperCombo)
        self.orientationCombo = QComboBox(box)
        self.orientationCombo.setObjectName("orientationCombo")
        self.orientationCombo.addItem(
            QCoreApplication.translate("ExportDialog", "Landscape"), Orientation.LANDSCAPE.value
        )
        self.orientationCombo.addItem(
            QCoreApplication.translate("ExportDialog", "Portrait"), Orientation.PORTRAIT.value
        )
        form.addRow(QCoreApplication.translate("ExportDialog", "&Orientation:"), self.orientationCombo)
        self.scaleSpin = QSpinBox(box)
        self.scaleSpin.setObjectName("scaleSpin")
        self.scaleSpin.setRange(25, 400)
        self.scaleSpin.setSingleStep(5)
        self.scaleSpin.setSuffix(" %")
        self.scaleSpin.setValue(100)
        self.scaleSpin.setToolTip(
            QCoreApplication.translate(
                "ExportDialog", "Print size of the tiled poster: 100 % is the size on screen at 100 %"
            )
        )
        self.scaleLabel = QLabel(QCoreApplication.translate("ExportDialog", "&Scale:"), box)
        self.scaleLabel.setBuddy(self.scaleSpin)
        form.addRow(self.scaleLabel, self.scaleSpin)
        self.layoutCombo.currentIndexChanged.connect(self._layout_changed)
        self.paperCombo.activated.connect(self._paper_activated)
        self.paperCombo.currentIndexChanged.connect(self.schedule_preview)
        self.orientationCombo.currentIndexChanged.connect(self.schedule_preview)
        self.scaleSpin.valueChanged.connect(self.schedule_preview)
        return box

    def _make_persona_group(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("ExportDialog", "Personas"), self)
        box.setObjectName("personaGroup")
        layout = QVBoxLayout(box)
        self.allPersonasCheck = QCheckBox(QCoreApplication.translate("ExportDialog", "&All personas"), box)
        self.allPersonasCheck.setObjectName("allPersonasCheck")
        layout.addWidget(self.allPersonasCheck)
        self.personaList = QListWidget(box)
        self.personaList.setObjectName("personaList")
        self.personaList.setAccessibleName(QCoreApplication.translate("ExportDialog", "Personas to export"))
        self.personaList.setMinimumHeight(90)
        self.personaList.setMaximumHeight(180)
        for persona in self.document.journey.personas:
            item = QListWidgetItem(
                persona.name or QCoreApplication.translate("ExportDialog", "(unnamed persona)"),
                self.personaList,
            )
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if persona.role:
                item.setToolTip(persona.role)
        layout.addWidget(self.personaList)
        self.allPersonasCheck.toggled.connect(self._all_personas_toggled)
        self.personaList.itemChanged.connect(lambda _item: self.schedule_preview())
        return box

    def _make_content_group(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("ExportDialog", "Content"), self)
        box.setObjectName("contentGroup")
        layout = QVBoxLayout(box)
        self.greyscaleCheck = QCheckBox(
            QCoreApplication.translate("ExportDialog", "&Greyscale (for black-and-white printers)"), box
        )
        self.greyscaleCheck.setObjectName("greyscaleCheck")
        self.connectionsCheck = QCheckBox(
            QCoreApplication.translate("ExportDialog", "Show &connections between cards"), box
        )
        self.connectionsCheck.setObjectName("connectionsCheck")
        self.analysisCheck = QCheckBox(
            QCoreApplication.translate("ExportDialog", "Add an &analysis page"), box
        )
        self.analysisCheck.setObjectName("analysisCheck")
        self.analysisCheck.setToolTip(
            QCoreApplication.translate(
                "ExportDialog", "Emotion summary, pain points and opportunities on a last page"
            )
        )
        for check in (self.greyscaleCheck, self.connectionsCheck, self.analysisCheck):
            layout.addWidget(check)
            check.toggled.connect(self.schedule_preview)
        return box

    # ------------------------------------------------------------ options

    def _load(self, options: PdfOptions) -> None:
        self.layoutCombo.setCurrentIndex(max(0, self.layoutCombo.findData(options.layout.value)))
        self._fill_papers(options.layout, options.paper)
        self.orientationCombo.setCurrentIndex(self.orientationCombo.findData(options.orientation.value))
        self.scaleSpin.setValue(round(options.scale * 100))
        self.greyscaleCheck.setChecked(options.greyscale)
        self.connectionsCheck.setChecked(options.connections)
        self.analysisCheck.setChecked(options.analysis_page)
        wanted = set(options.personas)
        for row in range(self.personaList.count()):
            item = self.personaList.item(row)
            checked = not wanted or item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.allPersonasCheck.setChecked(not wanted)
        self._all_personas_toggled(not wanted)
        self._update_layout_widgets()
        self._base = options

    def _fill_papers(self, layout: PdfLayout, paper: str) -> None:
        papers = TILE_PAPERS if layout == PdfLayout.TILES else tuple(PAPER_SIZES)
        self.paperCombo.blockSignals(True)
        self.paperCombo.clear()
        for size in papers:
            self.paperCombo.addItem(paper_name(size), size)
        self.paperCombo.setCurrentIndex(max(0, self.paperCombo.findData(paper)))
        self.paperCombo.blockSignals(False)

    def _layout_changed(self) -> None:
        if self._loading:
            return
        layout = self.pdf_layout()
        current = str(self.paperCombo.currentData())
        allowed = TILE_PAPERS if layout == PdfLayout.TILES else tuple(PAPER_SIZES)
        keep = self._paper_chosen and current in allowed
        self._fill_papers(layout, current if keep else default_paper(layout, self.settings.paper_size))
        self.orientationCombo.setCurrentIndex(
            self.orientationCombo.findData(default_orientation(layout).value)
        )
        self._update_layout_widgets()
        self.schedule_preview()

    def _update_layout_widgets(self) -> None:
        layout = self.pdf_layout()
        tiles = layout == PdfLayout.TILES
        self.scaleSpin.setVisible(tiles)
        self.scaleLabel.setVisible(tiles)
        self.layoutNote.setText(layout_tip(layout))

    def _paper_activated(self, _index: int) -> None:
        self._paper_chosen = True

    def _all_personas_toggled(self, checked: bool) -> None:
        # "All" shows every persona ticked; unticking it brings the user's own choice back.
        self.personaList.blockSignals(True)
        for row in range(self.personaList.count()):
            item = self.personaList.item(row)
            if checked:
                item.setData(_OWN_CHOICE, item.checkState())
                item.setCheckState(Qt.CheckState.Checked)
            elif item.data(_OWN_CHOICE) is not None:
                item.setCheckState(Qt.CheckState(item.data(_OWN_CHOICE)))
        self.personaList.blockSignals(False)
        self.personaList.setEnabled(not checked)
        self.schedule_preview()

    def pdf_layout(self) -> PdfLayout:
        """The chosen layout."""
        return PdfLayout(str(self.layoutCombo.currentData()))

    def selected_personas(self) -> tuple[str, ...]:
        """The ids of the personas to export; empty means all of them."""
        if self.allPersonasCheck.isChecked():
            return ()
        ids: list[str] = []
        for row in range(self.personaList.count()):
            item = self.personaList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def options(self) -> PdfOptions:
        """The options as the dialog shows them now."""
        layout = self.pdf_layout()
        return PdfOptions(
            layout=layout,
            paper=str(self.paperCombo.currentData()),
            orientation=Orientation(str(self.orientationCombo.currentData())),
            personas=self.selected_personas(),
            greyscale=self.greyscaleCheck.isChecked(),
            connections=self.connectionsCheck.isChecked(),
            analysis_page=self.analysisCheck.isChecked(),
            scale=self.scaleSpin.value() / 100 if layout == PdfLayout.TILES else 1.0,
            overlap_mm=self._base.overlap_mm,
            organisation=self._base.organisation,
            author=self._base.author,
            extra_keywords=self._base.extra_keywords,
        )

    def _problem(self) -> str:
        """Why no PDF can be made with the current options ("" when one can)."""
        if not self.document.journey.personas:
            return QCoreApplication.translate("ExportDialog", "The map has no personas.")
        if not self.allPersonasCheck.isChecked() and not self.selected_personas():
            return QCoreApplication.translate("ExportDialog", "Choose at least one persona.")
        return ""

    # ------------------------------------------------------------ preview

    def schedule_preview(self, *_: object) -> None:
        """Regenerate the preview once the options stop changing for a moment."""
        if not self._loading:
            self._timer.start()

    def _start_preview(self) -> None:
        """Ask the background thread for the PDF of the current options."""
        self._timer.stop()
        problem = self._problem()
        if problem:
            self.maker.cancel()
            self._show_result(b"", 0, problem)
            return
        self.maker.request(self.document.journey, self.options())
        self.preview.show_working()

    def refresh_preview(self) -> None:
        """Generate the PDF now, on this thread, and show it; problems go to the page count label."""
        self._timer.stop()
        self.maker.cancel()
        problem = self._problem()
        self._show_result(
            *(make_pdf(self.document.journey, self.options()) if not problem else (b"", 0, problem))
        )

    def _show_result(self, data: bytes, pages: int, problem: str) -> None:
        self.pdf_data, self.page_count = (b"", 0) if problem else (data, pages)
        self.preview.show_result(data, pages, problem)
        self.exportButton.setEnabled(not problem)
        self.printButton.setEnabled(not problem)

    def _ensure_current(self) -> bool:
        """Whether the previewed PDF matches the options, making it now if it is stale or on its way."""
        if self._timer.isActive() or self.maker.busy or not self.pdf_data:
            self.refresh_preview()
        return bool(self.pdf_data)

    # ------------------------------------------------------------ export and print

    def suggested_path(self) -> Path:
        """Where the file dialog starts: beside the map, named after it and the layout."""
        folder = self.document.path.parent if self.document.path else Path.home()
        return folder / default_file_name(self.document.journey.title, self.pdf_layout())

    def export(self) -> Path | None:
        """Ask for a file name and write the PDF there; the path written, or None."""
        if not self._ensure_current():
            return None
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ExportDialog", "Export PDF"),
            str(self.suggested_path()),
            QCoreApplication.translate("ExportDialog", "PDF (*.pdf)"),
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        pages = self.page_count
        try:
            atomic_write_bytes(target, self.pdf_data)
        except OSError as exc:
            QMessageBox.critical(
                self,
                QCoreApplication.translate("ExportDialog", "Export PDF"),
                QCoreApplication.translate("ExportDialog", "Could not export “%1”: %2")
                .replace("%1", str(target))
                .replace("%2", printing.one_line(exc)),
            )
            return None
        message = (
            QCoreApplication.translate("ExportDialog", "Exported %1 (%2)")
            .replace("%1", str(target))
            .replace("%2", page_count_text(pages))
        )
        self.statusLabel.setText(message)
        self.statusMessage.emit(message)
        self.exported.emit(target)
        return target

    def print_(self) -> bool:
        """Print the PDF as previewed (the print dialog chooses printer and pages)."""
        if not self._ensure_current():
            return False
        try:
            done = printing.print_pdf(self.pdf_data, self)
        except OSError as exc:
            QMessageBox.critical(
                self,
                QCoreApplication.translate("ExportDialog", "Print"),
                QCoreApplication.translate("ExportDialog", "Could not print: %1").replace(
                    "%1", printing.one_line(exc)
                ),
            )
            return False
        if done:
            message = QCoreApplication.translate("ExportDialog", "Sent %1 to the printer").replace(
                "%1", page_count_text(self.page_count)
            )
            self.statusLabel.setText(message)
            self.statusMessage.emit(message)
        return done
