"""The Export dialog's live preview: the PDF itself, made off the window's thread and shown with QtPdf.

A large map takes seconds to lay out on paper. The PDF is therefore written
by one background thread from a copy of the map taken when it was asked for,
so the dialog keeps answering while it works. Asking again before it is done
makes the older answer stale: it is dropped when it arrives.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journeydesigner.document.collector import collect_on_gui_thread
from journeydesigner.export.options import PdfOptions
from journeydesigner.model.journey import JourneyMap
from journeydesigner.ui import printing

CONTEXT = "ExportDialog"


def page_count_text(pages: int) -> str:
    """ "1 page" / "3 pages"."""
    return (
        QCoreApplication.translate("ExportDialog", "1 page")
        if pages == 1
        else QCoreApplication.translate("ExportDialog", "%1 pages").replace("%1", str(pages))
    )


def make_pdf(journey: JourneyMap, options: PdfOptions) -> tuple[bytes, int, str]:
    """The PDF's bytes and page count, or the problem in one line (never raises)."""
    try:
        data, pages = printing.pdf_bytes(journey, options)
    except Exception as exc:  # the preview reports every failure, it never raises
        return (
            b"",
            0,
            QCoreApplication.translate("ExportDialog", "Cannot make the PDF: %1").replace(
                "%1", printing.one_line(exc)
            ),
        )
    return data, pages, ""


class PdfMaker(QObject):
    """Writes PDFs on a background thread, one at a time; only the latest request is answered."""

    made = Signal(bytes, int, str)  # data, pages, problem ("" when the PDF was made)
    # Emitted on the worker thread; Qt queues it onto the maker's own thread.
    _answer = Signal(int, bytes, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        collect_on_gui_thread()  # before the worker runs any Python (see document.collector)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journey-preview")
        self._latest = 0
        self.busy = False  # a PDF is being made for the latest request
        self._answer.connect(self._deliver)

    def request(self, journey: JourneyMap, options: PdfOptions) -> None:
        """Make the PDF of a copy of *journey*; :attr:`made` follows unless a newer request comes first."""
        self._latest += 1
        self.busy = True
        ticket = self._latest
        snapshot = journey.model_copy(deep=True)  # the window's map may change while the thread works

        def work() -> None:
            self._answer.emit(ticket, *make_pdf(snapshot, options))

        self._executor.submit(work)

    def cancel(self) -> None:
        """Forget the request in progress: its answer will be dropped."""
        self._latest += 1
        self.busy = False

    def shutdown(self) -> None:
        """Drop pending answers and let the thread end after its current PDF."""
        self.cancel()
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _deliver(self, ticket: int, data: bytes, pages: int, problem: str) -> None:
        if ticket != self._latest:
            return  # an answer to an older question
        self.busy = False
        self.made.emit(data, pages, problem)


class PdfPreview(QWidget):
    """A "Preview" heading with the page count (or the problem), over the PDF's pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        title = QLabel(QCoreApplication.translate("ExportDialog", "Preview"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        header.addWidget(title)
        header.addStretch(1)
        self.pageCountLabel = QLabel("", self)
        self.pageCountLabel.setObjectName("pageCountLabel")
        self.pageCountLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.addWidget(self.pageCountLabel)
        column.addLayout(header)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreview")
        self.view.setAccessibleName(QCoreApplication.translate("ExportDialog", "Preview of the PDF"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.view.setMinimumSize(QSize(480, 360))
        self.view.setStyleSheet("QPdfView { background: palette(mid); }")
        column.addWidget(self.view, 1)
        self._buffer: QBuffer | None = None

    def show_working(self) -> None:
        """Say the PDF is being made; the pages of the last one stay until the new one arrives."""
        self._set_label(QCoreApplication.translate("ExportDialog", "Making the PDF…"), error=False)

    def show_result(self, data: bytes, pages: int, problem: str) -> None:
        """Show a PDF and its page count, or *problem* (and no pages)."""
        self._load(b"" if problem else data)
        self._set_label(problem or page_count_text(pages), error=bool(problem))

    def _set_label(self, text: str, *, error: bool) -> None:
        self.pageCountLabel.setProperty("error", error)
        self.pageCountLabel.setStyleSheet(
            "color: palette(bright-text); background: #B3261E;" if error else ""
        )
        self.pageCountLabel.setText(text)

    def _load(self, data: bytes) -> None:
        # The shown document reads from a buffer: the old one goes only once the new one is loaded.
        old = self._buffer
        if data:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        else:
            self._buffer = None
            self.document.close()
        if old is not None:
            old.close()
            old.deleteLater()
