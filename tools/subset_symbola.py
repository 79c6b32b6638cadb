"""Cut Symbola down to the symbols and emoji the PDFs need from it (run once; the result is committed).

    python -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
    /tmp/ft/bin/python tools/subset_symbola.py Symbola_hint.ttf resources/fonts/Symbola.ttf

The PDFs draw in DejaVu Sans and fall back to Symbola only for what DejaVu
lacks: emoji, pictographs, arrows, dingbats and other symbols. The full font
(Debian's fonts-symbola 2.60, "free for any use; may be modified") also holds
ancient scripts and musical notation, several megabytes the designer never
uses, so only the symbol and emoji blocks are kept.
"""

from __future__ import annotations

import sys

from fontTools import subset

# Unicode blocks of symbols, pictographs and emoji (with their modifiers and joiners).
KEPT = [
    (0x2000, 0x2BFF),  # punctuation, arrows, maths, technical, shapes, dingbats, misc. symbols
    (0x3000, 0x303F),  # CJK symbols used as signs (〽 〰)
    (0xFE00, 0xFE0F),  # variation selectors
    (0x1F000, 0x1FAFF),  # mahjong, cards, enclosed, pictographs, emoticons, transport, emoji
    (0xE0020, 0xE007F),  # tags (flag sequences)
]


def main(source: str, target: str) -> int:
    """Write the subset of *source* to *target*."""
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[code for low, high in KEPT for code in range(low, high + 1)])
    subsetter.subset(font)
    subset.save_font(font, target, options)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
