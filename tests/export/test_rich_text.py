"""Card text in the handouts: wrapping, looks, splitting across pages, right-to-left lines (no Qt)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.colors import black, grey

from journeydesigner.export.fonts import text_width
from journeydesigner.export.rich_text import LEADING, RichText, Span, layout_lines, merged


def line_texts(paragraphs: list[list[Span]], width: float) -> list[str]:
    return ["".join(piece.text for piece in line.pieces) for line in layout_lines(paragraphs, width)]


def test_words_wrap_within_the_width_and_keep_their_order() -> None:
    words = "Compara tres modelos en pestañas abiertas y lee reseñas de corredoras"
    lines = line_texts([[Span(words)]], 120)
    assert len(lines) > 1
    assert " ".join(lines) == words
    assert all(text_width(line, 9) <= 120 for line in lines)


def test_a_word_wider_than_the_line_is_cut() -> None:
    lines = line_texts([[Span("x" * 300)]], 100)
    assert "".join(lines) == "x" * 300 and all(text_width(line, 9) <= 100 for line in lines)


def test_one_run_per_look_and_line() -> None:
    muted = grey
    (line,) = layout_lines(
        [[Span("Valor: "), Span("3,1 %", bold=True), Span(" · Objetivo 4 %", colour=muted)]], 400
    )
    assert [(p.text, p.span.bold, p.span.colour) for p in line.pieces] == [
        ("Valor: ", False, None),
        ("3,1 %", True, None),
        (" · Objetivo 4 %", False, muted),
    ]
    assert line.pieces[1].x == text_width("Valor: ", 9)


def test_paragraphs_start_new_lines_and_small_type_has_small_lines() -> None:
    lines = layout_lines([[Span("Título", bold=True)], [Span("detalle", size=8)]], 400)
    assert [line.pieces[0].text for line in lines] == ["Título", "detalle"]
    assert lines[1].height == 8 * LEADING < lines[0].height


def test_split_keeps_every_line_once() -> None:
    text = RichText([[Span("palabra " * 400)]], black)
    _, height = text.wrap(200, 10_000)
    first, rest = text.split(200, height / 3)
    assert first.wrap(200, 10_000)[1] <= height / 3
    lines = [*first._lines, *rest._lines]
    assert "".join(p.text for line in lines for p in line.pieces).count("palabra") == 400
    assert text.split(200, 5) == []  # not even one line fits


def test_right_to_left_lines_come_in_reading_order() -> None:
    words = ["שלום", "עולם", "לקוח", "מרוצה"] * 10
    lines = line_texts([[Span(" ".join(words))]], 120)
    assert len(lines) > 1
    assert lines[0].split()[0] == words[0]  # the first line holds the first words: drawn right to left


@given(
    st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=8), st.floats(min_value=20, max_value=400)
)
def test_no_line_is_wider_than_the_width(texts: list[str], width: float) -> None:
    for line in layout_lines([[Span(t)] for t in texts], width):
        end = max(piece.x + text_width(piece.text, piece.span.size, piece.span.bold) for piece in line.pieces)
        assert end <= width + 0.01


@given(
    st.one_of(
        st.text(max_size=80),
        st.lists(st.text(alphabet="abcdeñá 👟ש\t", max_size=12), max_size=14).map(" ".join),
    ),
    st.floats(min_value=5, max_value=300),
    st.booleans(),
)
def test_one_span_is_laid_out_as_the_general_breaking_does(text: str, width: float, bold: bool) -> None:
    span = Span(text, bold=bold)
    # A second, empty span adds nothing but takes the general path.
    assert layout_lines([[span]], width) == layout_lines([[span, Span("")]], width)


@given(
    st.lists(
        st.builds(
            Span,
            st.text(alphabet="ab ñ·👟\t", max_size=10),
            st.sampled_from([8.0, 9.0]),
            st.booleans(),
            st.sampled_from([None, grey]),
        ),
        max_size=6,
    ),
    st.floats(min_value=5, max_value=200),
)
def test_spans_of_one_look_joined_lay_out_alike(spans: list[Span], width: float) -> None:
    def drawn(paragraph: list[Span]) -> list[tuple[float, list[tuple[float, str, tuple[object, ...]]]]]:
        """Each line's height and its runs: place, text and look (a span's own text aside)."""
        lines = layout_lines([paragraph], width)
        return [(line.height, [(p.x, p.text, tuple(p.span[1:])) for p in line.pieces]) for line in lines]

    assert drawn(merged(spans)) == drawn(spans)
