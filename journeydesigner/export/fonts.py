"""The PDF's fonts, bundled and embedded: DejaVu Sans for text, Symbola for what DejaVu lacks (emoji)."""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import groupby

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journeydesigner.paths import FONT_DIR

REGULAR = "JD-Sans"
BOLD = "JD-Sans-Bold"
SYMBOLS = "JD-Symbols"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", SYMBOLS: "Symbola.ttf"}
_registered = False  # set once the fonts are known to ReportLab: text_width runs for every word


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab (once per process).

    The family lets Paragraph markup such as <b> pick the bold face.
    """
    global _registered
    if _registered:
        return
    registered = set(pdfmetrics.getRegisteredFontNames())
    if all(name in registered for name in _FILES):
        _registered = True
        return
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    # Symbola has one face: <b> around an emoji in a Paragraph keeps it.
    pdfmetrics.registerFontFamily(SYMBOLS, normal=SYMBOLS, bold=SYMBOLS, italic=SYMBOLS, boldItalic=SYMBOLS)
    _registered = True


@cache
def _coverage(font_name: str) -> frozenset[str]:
    # Characters, not code points: a set of them checks a whole line at C speed.
    register_fonts()
    return frozenset(map(chr, pdfmetrics.getFont(font_name).face.charToGlyph))


def font_runs(line: str, bold: bool = False) -> list[tuple[str, str]]:
    """*line* as (font name, text) runs: the main face, and Symbola where the main face has no glyph.

    Characters neither font has stay in the main face (they print as a box,
    as in any PDF). Most lines are one run of the main face.
    """
    main = BOLD if bold else REGULAR
    if not line:
        return []
    if line.isascii():
        return [(main, line)]
    covered = _coverage(main)
    if covered.issuperset(line):
        return [(main, line)]
    symbols = _coverage(SYMBOLS)

    def font_of(ch: str) -> str:
        return SYMBOLS if ch not in covered and ch in symbols else main

    return [(font, "".join(chars)) for font, chars in groupby(line, key=font_of)]


def runs_width(runs: list[tuple[str, str]], size: float) -> float:
    """Width in points of *runs* set at *size*."""
    return float(sum(pdfmetrics.stringWidth(text, font, size) for font, text in runs))


# Remembered: the handouts measure every word of ten thousand cards, and words
# recur (ReportLab's pure-Python stringWidth costs microseconds a call).
@lru_cache(maxsize=1 << 15)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of *text* in points as the PDF draws it (Symbola where DejaVu Sans has no glyph)."""
    register_fonts()
    if text.isascii():
        return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))
    return runs_width(font_runs(text, bold), size)
