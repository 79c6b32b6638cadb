"""The PDF's fonts: DejaVu Sans, bundled and embedded, so every accent and symbol prints."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journeydesigner.paths import FONT_DIR

REGULAR = "JD-Sans"
BOLD = "JD-Sans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab (once per process).

    The family lets Paragraph markup such as <b> pick the bold face.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    if all(name in registered for name in _FILES):
        return
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of *text* in points in the bundled font."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))
