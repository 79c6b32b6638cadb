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

from typing import Any, NamedTuple

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from journeydesigner.export.fonts import text_width
from journeydesigner.export.pdf_draw import draw_string, fill_with
from journeydesigner.export.text import clean, fit_line

LEADING = 4 / 3  # line height per point of type, as the handouts' paragraph styles


# Named tuples rather than dataclasses: a pack makes hundreds of thousands of
# these, and a tuple is made in a fraction of a frozen dataclass's time.
class Span(NamedTuple):
    """A run of text in one look."""

    text: str
    size: float = 9.0
    bold: bool = False
    colour: Color | None = None  # None: the flowable's text colour


class _Piece(NamedTuple):
    """Text at *x* of its line, in the look of *span* (whose own text is not used)."""

    x: float
    text: str
    span: Span


class _Line(NamedTuple):
    height: float
    baseline: float  # from the line's top
    pieces: tuple[_Piece, ...]


Word = tuple[str, Span]  # a word (or a space) and the span whose look it has


def _words(paragraph: list[Span]) -> list[Word]:
    """The paragraph as words in their spans' looks; one space between words, none at the ends."""
    words: list[Word] = []
    spaced = True  # whether the last entry is a space (or there is none yet)
    for span in paragraph:
        text = clean(span.text)
        if not text:
            continue
        if not spaced and text[0].isspace():
            words.append((" ", span))
            spaced = True
        for word in text.split():
            if not spaced:
                words.append((" ", span))
            words.append((word, span))
            spaced = False
        if not spaced and text[-1].isspace():
            words.append((" ", span))
            spaced = True
    if words and words[-1][0] == " ":
        words.pop()
    return words


def merged(spans: list[Span]) -> list[Span]:
    """*spans* with neighbours of one look joined into one span: they lay out alike, and faster.

    Words are what count: spans are split into words with one space between
    them (between spans too), and words of one look are drawn as one run.
    """
    joined: list[Span] = []
    for span in spans:
        if joined and _same_look(joined[-1], span):
            last = joined[-1]
            # An empty span adds no word, and so no space either.
            text = " ".join(part for part in (last.text, span.text) if part)
            joined[-1] = Span(text, last.size, last.bold, last.colour)
        else:
            joined.append(span)
    return joined


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


def _same_look(a: Span, b: Span) -> bool:
    return a is b or (a.size == b.size and a.bold == b.bold and a.colour == b.colour)


class _LineBuilder:
    """The runs of the line being filled: neighbouring words of one look join into one run.

    One string is drawn per look and line; a run is [x, span, texts].
    """

    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        self.runs: list[list[Any]] = []
        self.x = 0.0

    def add(self, text: str, span: Span, advance: float) -> None:
        runs = self.runs
        if runs and _same_look(runs[-1][1], span):
            runs[-1][2].append(text)
        else:
            runs.append([self.x, span, [text]])
        self.x += advance

    def finish(self) -> None:
        runs = self.runs
        while runs:  # no space at the line's end
            texts = runs[-1][2]
            while texts and texts[-1] == " ":
                texts.pop()
            if texts:
                break
            runs.pop()
        if runs:
            size = max(run[1].size for run in runs)
            pieces = tuple(_Piece(x, "".join(texts), span) for x, span, texts in runs)
            self.lines.append(_Line(size * LEADING, size * 1.02, pieces))
        self.runs = []
        self.x = 0.0


def _one_line(span: Span, width: float) -> _Line | None:
    """A paragraph of one span as a single line when it fits *width* (most card titles); else None.

    The same sums in the same order as the general breaking, so it decides alike.
    """
    words = clean(span.text).split()
    if not words:
        return None
    size, bold = span.size, span.bold
    space = text_width(" ", size, bold)
    x = 0.0
    for index, word in enumerate(words):
        advance = text_width(word, size, bold)
        if advance > width or (index and x + advance > width):
            return None
        x += advance
        x += space
    return _Line(size * LEADING, size * 1.02, (_Piece(0.0, " ".join(words), span),))


def layout_lines(paragraphs: list[list[Span]], width: float) -> list[_Line]:
    """Break *paragraphs* into lines no wider than *width* (greedy, between words)."""
    lines: list[_Line] = []
    line = _LineBuilder(lines)
    for paragraph in paragraphs:
        if len(paragraph) == 1:
            single = _one_line(paragraph[0], width)
            if single is not None:
                lines.append(single)
                continue
        for word, span in _words(paragraph):
            advance = text_width(word, span.size, span.bold)
            if word == " ":
                if line.runs:
                    line.add(word, span, advance)
                continue
            if line.x + advance > width and line.runs:
                line.finish()
            if advance > width:
                *whole, word = _cut(word, span, width)
                for piece in whole:
                    line.add(piece, span, 0.0)
                    line.finish()
                advance = text_width(word, span.size, span.bold)
            line.add(word, span, advance)
        line.finish()
    return lines


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
        self.draw_at(self.canv, 0.0, 0.0)

    def draw_at(self, canvas: Any, x: float, y: float) -> None:
        """Draw the lines (as last wrapped) with the text's bottom-left corner at (*x*, *y*)."""
        top = y + self.height
        current: Color | None = None
        for line in self._lines or []:
            baseline = top - line.baseline
            for run in line.pieces:
                span = run.span
                colour = span.colour or self.colour
                if colour is not current:
                    fill_with(canvas, colour)
                    current = colour
                draw_string(canvas, x + run.x, baseline, run.text, span.size, bold=span.bold)
            top -= line.height
