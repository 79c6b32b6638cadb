"""Right-to-left scripts on paper: the visual order of a line, Arabic letters joined.

PDF places glyphs left to right and ReportLab (without its optional rlbidi)
neither reorders nor shapes text. A line with Hebrew or Arabic is therefore
turned into its visual order here (the Unicode bidi algorithm, python-bidi)
after Arabic letters take their joined forms (arabic-reshaper). Lines are
measured and wrapped in logical order and converted only when drawn, as the
bidi algorithm asks.
"""

from __future__ import annotations

import re

import arabic_reshaper
from bidi import get_display

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def has_rtl(text: str) -> bool:
    """Whether *text* holds Hebrew, Arabic or another right-to-left letter."""
    return _RTL.search(text) is not None


def visual_order(line: str) -> str:
    """*line* in the order its characters appear on paper; lines without right-to-left letters as they are."""
    if not has_rtl(line):
        return line
    return str(get_display(arabic_reshaper.reshape(line)))
