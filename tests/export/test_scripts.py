"""Right-to-left lines in visual order with Arabic joined, and emoji in the symbol font (no Qt)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from journeydesigner.export.fonts import BOLD, REGULAR, SYMBOLS, font_runs, text_width
from journeydesigner.export.scripts import has_rtl, visual_order
from journeydesigner.export.text import markup

ARABIC_LETTERS = range(0x0600, 0x0700)


def test_latin_lines_are_left_alone() -> None:
    line = "Compra en tienda: «rápida» & 24 h"
    assert visual_order(line) is line
    assert not has_rtl(line)


def test_hebrew_reads_right_to_left_on_paper() -> None:
    assert visual_order("שלום עולם") == "םלוע םולש"


def test_hebrew_inside_spanish_keeps_the_spanish_order_and_the_numbers() -> None:
    assert visual_order("Cliente שלום עולם 2024 feliz") == "Cliente 2024 םלוע םולש feliz"


def test_right_to_left_line_puts_its_latin_runs_on_the_left() -> None:
    assert visual_order("שלום abc") == "abc םולש"


def test_arabic_letters_are_joined_and_reversed() -> None:
    shaped = visual_order("مرحبا")
    # Presentation forms only: the letters print joined, as Arabic is written.
    assert not any(ord(ch) in ARABIC_LETTERS for ch in shaped)
    # The same letters, in the reverse (visual) order.
    assert unicodedata.normalize("NFKC", shaped)[::-1] == "مرحبا"


def test_lam_alef_becomes_one_ligature() -> None:
    assert len(visual_order("لا")) == 1


def test_emoji_are_set_in_the_symbol_font_and_words_in_the_text_face() -> None:
    runs = font_runs("Compra 👟 feliz", bold=True)
    assert runs == [(BOLD, "Compra "), (SYMBOLS, "👟"), (BOLD, " feliz")]
    assert font_runs("Descubrimiento · «árbol» €") == [(REGULAR, "Descubrimiento · «árbol» €")]
    assert font_runs("") == []


def test_emoji_have_their_own_width() -> None:
    # Symbola's glyph, not DejaVu's empty box.
    assert text_width("👟", 10) != text_width("\uffff", 10)
    assert text_width("a👟b", 10) > text_width("ab", 10)


def test_paragraph_markup_wraps_emoji_in_the_symbol_font_and_escapes_the_rest() -> None:
    assert markup("<b> & 🚀") == f'&lt;b&gt; &amp; <font name="{SYMBOLS}">🚀</font>'


def test_paragraph_markup_of_hebrew_is_in_visual_order() -> None:
    assert markup("שלום & עולם") == "םלוע &amp; םולש"


@given(st.text(max_size=60))
def test_visual_order_keeps_every_letter_of_non_arabic_text(text: str) -> None:
    text = "".join(ch for ch in text if not 0x0600 <= ord(ch) <= 0x08FF)
    assert sorted(visual_order(text)) == sorted(text) or has_rtl(text)


@given(st.text(max_size=60))
def test_font_runs_keep_the_text(text: str) -> None:
    assert "".join(run for _, run in font_runs(text)) == text
