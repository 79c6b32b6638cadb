"""A light flowable for card text: paragraphs of plain, bold and small runs, wrapped and drawn directly.

A handout pack of ten personas holds ten thousand cards. ReportLab's
Paragraph parses markup and builds fragment objects for every card, which
costs several times the drawing itself; card text needs none of that. This
flowable wraps words with the bundled fonts' metrics, splits between lines
across pages, and draws each line through :func:`draw_string`, so emoji and
right-to-left text print as everywhere else (a right-to-left line reads in
its own order, line after line).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from journeydesigner.export.fonts import text_width
from journeydesigner.export.pdf_draw import draw_string
from journeydesigner.export.text import clean, fit_line

LEADING = 4 / 3  # line height per point of type, as the handouts' paragraph styles


@dataclass(frozen=True)
class Span:
    """A run of text in one look."""

    text: str
    size: float = 9.0
    bold: bool = False
    colour: Color | None = None  # None: the flowable's text colour


@dataclass(frozen=True)
class _Piece:
    """Text at *x* of its line, in the look of *span* (whose own text is not used)."""

    x: float
    text: str
    span: Span


@dataclass(frozen=True)
class _Line:
    height: float
    baseline: float  # from the line's top
    pieces: tuple[_Piece, ...]


Word = tuple[str, Span]  # a word (or a space) and the span whose look it has


def _words(paragraph: list[Span]) -> list[Word]:
    """The paragraph as words in their spans' looks; one space between words, none at the ends."""
    words: list[Word] = []
    for span in paragraph:
        text = clean(span.text)
        if text[:1].isspace() and words and words[-1][0] != " ":
            words.append((" ", span))
        for word in text.split():
            if words and words[-1][0] != " ":
                words.append((" ", span))
            words.append((word, span))
        if text[-1:].isspace() and words and words[-1][0] != " ":
            words.append((" ", span))
    while words and words[-1][0] == " ":
        words.pop()
    return words


def _cut(word: str, span: Span, width: float) -> list[str]:
    """A word wider than the line, cut into line-wide pieces."""
    pieces = []
    while word and text_width(word, span.size, span.bold) > width:
        head = fit_line(word, width, span.size, span.bold).removesuffix("…") or word[:1]
        pieces.append(head)
        word = word[len(head) :]
    if word:
        pieces.append(word)
    return pieces


def layout_lines(paragraphs: list[list[Span]], width: float) -> list[_Line]:
    """Break *paragraphs* into lines no wider than *width* (greedy, between words)."""
    lines: list[_Line] = []
    for paragraph in paragraphs:
        current: list[_Piece] = []
        x = 0.0

        def finish() -> None:
            nonlocal current, x
            while current and current[-1].text == " ":
                current.pop()
            if current:
                size = max(piece.span.size for piece in current)
                lines.append(_Line(size * LEADING, size * 1.02, _runs(current)))
            current, x = [], 0.0

        for word, span in _words(paragraph):
            advance = text_width(word, span.size, span.bold)
            if word == " ":
                if current:
                    current.append(_Piece(x, word, span))
                    x += advance
                continue
            if x + advance > width and current:
                finish()
            if advance > width:
                *whole, word = _cut(word, span, width)
                for piece in whole:
                    current.append(_Piece(0.0, piece, span))
                    finish()
                advance = text_width(word, span.size, span.bold)
            current.append(_Piece(x, word, span))
            x += advance
        finish()
    return lines


def _same_look(a: Span, b: Span) -> bool:
    return a is b or (a.size, a.bold, a.colour) == (b.size, b.bold, b.colour)


def _runs(pieces: list[_Piece]) -> tuple[_Piece, ...]:
    """Neighbouring pieces of one look joined into one run: one string drawn per look and line."""
    runs: list[_Piece] = []
    texts: list[list[str]] = []
    for piece in pieces:
        if runs and _same_look(runs[-1].span, piece.span):
            texts[-1].append(piece.text)
        else:
            runs.append(piece)
            texts.append([piece.text])
    return tuple(_Piece(run.x, "".join(text), run.span) for run, text in zip(runs, texts, strict=True))


class RichText(Flowable):  # type: ignore[misc]
    """Paragraphs of spans, wrapped to the frame and split between lines across pages."""

    def __init__(self, paragraphs: list[list[Span]], colour: Color, lines: list[_Line] | None = None) -> None:
        super().__init__()
        self.paragraphs = paragraphs
        self.colour = colour
        self._lines = lines
        self._fixed = lines is not None  # a part of a split keeps the lines it was given
        self._laid_out_width = -1.0
        self.width = 0.0
        self.height = 0.0

    def _lines_for(self, width: float) -> list[_Line]:
        if self._lines is None or (not self._fixed and width != self._laid_out_width):
            self._lines = layout_lines(self.paragraphs, width)
            self._laid_out_width = width
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Width available, and the height of every line."""
        lines = self._lines_for(available_width)
        self.width = available_width
        self.height = sum(line.height for line in lines)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The lines that fit in *available_height* and the rest; [] when not even one fits."""
        lines = self._lines_for(available_width)
        used, count = 0.0, 0
        for line in lines:
            if used + line.height > available_height:
                break
            used += line.height
            count += 1
        if count == 0:
            return []
        if count == len(lines):
            return [self]
        return [
            RichText(self.paragraphs, self.colour, lines[:count]),
            RichText(self.paragraphs, self.colour, lines[count:]),
        ]

    def draw(self) -> None:
        """Each line from the top, one string per run (a right-to-left run in its visual order)."""
        canvas: Any = self.canv
        top = self.height
        current: Color | None = None
        for line in self._lines or []:
            baseline = top - line.baseline
            for run in line.pieces:
                colour = run.span.colour or self.colour
                if colour is not current:
                    canvas.setFillColor(colour)
                    current = colour
                draw_string(canvas, run.x, baseline, run.text, run.span.size, bold=run.span.bold)
            top -= line.height
