"""PDFs in the interface: generating them in memory, loading them for QtPdf, printing them.

Printing goes through the PDF, so paper prints exactly what the PDF export
writes: each page of the PDF is rendered at the printer's resolution and
drawn fitted to the printable area.
"""

from __future__ import annotations

import io

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from journeydesigner.export.options import PdfOptions
from journeydesigner.export.pdf import ExportError, export_pdf
from journeydesigner.model.journey import JourneyMap

CONTEXT = "Printing"
# A page is rendered to an image before it goes to the printer: no more than
# this resolution, nor this many pixels (an A0 poster at 1200 dpi would need gigabytes).
MAX_PRINT_DPI = 600
MAX_PRINT_PIXELS = 64_000_000


def one_line(error: BaseException) -> str:
    """An error as one line of text (its class name when it has no message)."""
    return " ".join(str(error).split()) or type(error).__name__


def export_errors() -> tuple[type[Exception], ...]:
    """The exceptions an export reports to the user (the rest are bugs)."""
    return (ExportError, OSError, ValueError)


def pdf_bytes(journey: JourneyMap, options: PdfOptions) -> tuple[bytes, int]:
    """The PDF of *journey* in memory, and its page count."""
    stream = io.BytesIO()
    pages = export_pdf(journey, stream, options)
    return stream.getvalue(), pages


def load_pdf(data: bytes, parent: QObject) -> QPdfDocument:
    """A QPdfDocument reading *data* (the buffer it reads from is its child)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def _page_size(size: QSizeF) -> tuple[QPageSize, QPageLayout.Orientation]:
    """The printer paper for a PDF page of *size* points (A3 landscape, not a custom size)."""
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    page = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    landscape = size.width() > size.height()
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return page, orientation


def _fitted(page: QSizeF, area: QRect) -> QRect:
    """The largest rectangle of *page*'s proportions centred in *area*."""
    if page.isEmpty() or area.isEmpty():
        return area
    factor = min(area.width() / page.width(), area.height() / page.height())
    width, height = round(page.width() * factor), round(page.height() * factor)
    return QRect(
        area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2, width, height
    )


def _render_size(page: QSizeF, target: QRect, resolution: int) -> QSize:
    """Pixels to render a page with: the target's, within MAX_PRINT_DPI and MAX_PRINT_PIXELS."""
    width, height = float(target.width()), float(target.height())
    dpi_cap = page.width() * min(resolution, MAX_PRINT_DPI) / 72.0
    factor = min(1.0, dpi_cap / width) if width > 0 else 1.0
    if width * height * factor * factor > MAX_PRINT_PIXELS:
        factor = (MAX_PRINT_PIXELS / (width * height)) ** 0.5
    return QSize(max(1, round(width * factor)), max(1, round(height * factor)))


def print_document(document: QPdfDocument, printer: QPrinter, pages: list[int] | None = None) -> int:
    """Print *pages* (0-based; default all) of *document* on *printer*; return how many were printed."""
    count = document.pageCount()
    wanted = [p for p in (pages if pages is not None else range(count)) if 0 <= p < count]
    if not wanted:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("Printing", "The printer could not be started."))
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = QRect(0, 0, printer.width(), printer.height())
        for number, page in enumerate(wanted):
            if number and not printer.newPage():
                raise OSError(QCoreApplication.translate("Printing", "The printer refused a new page."))
            size = document.pagePointSize(page)
            target = _fitted(size, area)
            image = document.render(page, _render_size(size, target, printer.resolution()))
            if image.isNull():
                raise OSError(
                    QCoreApplication.translate("Printing", "Page %1 could not be rendered.").replace(
                        "%1", str(page + 1)
                    )
                )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(wanted)


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages the print dialog asked for (every page when it asked for all)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        return list(range(first - 1, last))
    return list(range(count))


def print_pdf(data: bytes, parent: QWidget | None = None, printer: QPrinter | None = None) -> bool:
    """Ask for a printer and pages, then print the PDF *data*; False when cancelled.

    Raises OSError when the PDF cannot be read or the printer fails.
    """
    holder = QObject()
    try:
        document = load_pdf(data, holder)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise OSError(QCoreApplication.translate("Printing", "The PDF to print could not be read."))
        count = document.pageCount()
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        page_size, orientation = _page_size(document.pagePointSize(0))
        printer.setPageSize(page_size)
        printer.setPageOrientation(orientation)
        printer.setFromTo(1, count)
        title = document.metaData(QPdfDocument.MetaDataField.Title)
        printer.setDocName(str(title) if title else "Journey Designer")
        dialog = QPrintDialog(printer, parent)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
        dialog.setMinMax(1, count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return False
        print_document(document, printer, chosen_pages(printer, count))
        return True
    finally:
        shiboken6.delete(holder)  # the document and its buffer with it
