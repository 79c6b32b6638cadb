"""User text made safe for the PDF: NFC, markup escaped, wrapped or cut to fit its box."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from journeydesigner.export.fonts import SYMBOLS, font_runs, text_width
from journeydesigner.export.scripts import visual_order

ELLIPSIS = "…"
# Unicode's control characters (category Cc) are exactly these two ranges; one
# regular expression replaces them far faster than asking for each character's
# category, and the handouts clean every card's text several times.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """NFC-normalised text without control characters (tabs and newlines become spaces)."""
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", text))


def markup(text: str) -> str:
    """User text for a ReportLab Paragraph, so it prints as typed.

    NFC; <, >, & and quotes escaped; right-to-left runs in visual order; emoji
    and other characters DejaVu Sans lacks set in the symbol font. ReportLab
    wraps a paragraph left to right, so a right-to-left paragraph longer than
    one line shows its lines in reverse order (card text, drawn by
    :class:`~journeydesigner.export.rich_text.RichText`, does not).
    """
    parts = []
    for font, run in font_runs(visual_order(clean(text))):
        escaped = escape(run, {'"': "&quot;", "'": "&#39;"})
        parts.append(f'<font name="{SYMBOLS}">{escaped}</font>' if font == SYMBOLS else escaped)
    return "".join(parts)


def fit_line(text: str, width: float, size: float, bold: bool = False) -> str:
    """*text* on one line of *width* points, ending in an ellipsis when it does not fit."""
    text = clean(text)
    if text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + ELLIPSIS, size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ""


def wrap_lines(text: str, width: float, size: float, max_lines: int, bold: bool = False) -> list[str]:
    """*text* broken into at most *max_lines* lines of *width* points.

    Words longer than a line are broken; when the text needs more lines the
    last one ends in an ellipsis. Never returns a line wider than *width*.
    """
    if max_lines <= 0:
        return []
    lines: list[str] = []
    current = ""
    for word in clean(text).split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while text_width(word, size, bold) > width:  # a word wider than the line
            head = fit_line(word, width, size, bold).removesuffix(ELLIPSIS) or word[:1]
            lines.append(head)
            word = word[len(head) :]
        current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], fit_line(rest, width, size, bold)]
    return lines
