"""Building blocks of the handouts: boxes with a marked gutter that split across pages, ruled notes.

No Qt. Tables would be simpler, but a table row cannot break across pages and
a card's description may be 20,000 characters long; these boxes split their
paragraphs instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether

from journeydesigner.export.fonts import BOLD, REGULAR, text_width
from journeydesigner.export.handout_style import Palette
from journeydesigner.export.pdf_draw import fill_with, stroke_with
from journeydesigner.export.rich_text import RichText
from journeydesigner.export.text import fit_line

# Draws a box's gutter: (canvas, x, y, gutter width, box height, first part of the box?),
# where (x, y) is the box's bottom-left corner. A painter may leave the fill colour and
# the font changed (the box's content sets its own); anything else it restores.
GutterPainter = Callable[[Any, float, float, float, float, bool], None]

_FUZZ = 1e-6  # ReportLab's tolerance (rl_config._FUZZ) when a frame decides whether a flowable fits


def accent_bar(colour: Color, width: float = 3.0) -> GutterPainter:
    """A gutter painter: a solid bar down the box's left edge."""

    def paint(canvas: Any, x: float, y: float, gutter: float, height: float, first: bool) -> None:
        fill_with(canvas, colour)
        canvas.rect(x, y, width, height, stroke=0, fill=1)

    return paint


class Box(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Flowables stacked in a box with a painted gutter on the left and an optional fill.

    The box splits between its flowables and inside a splittable one (a
    Paragraph), so it can run over several pages; the gutter is painted on
    every part, *first* telling the painter whether it is the box's start.
    """

    def __init__(
        self,
        content: list[Flowable],
        gutter: float,
        painter: GutterPainter | None = None,
        fill: Color | None = None,
        padding: float = 4.0,
        gap: float = 2.0,
        min_height: float = 0.0,
        first: bool = True,
    ) -> None:
        super().__init__()
        self.content = content
        self.gutter = gutter
        self.painter = painter
        self.fill = fill
        self.padding = padding
        self.gap = gap
        self.min_height = min_height
        self.first = first
        self._heights: list[float] = []
        self.width = 0.0
        self.height = 0.0

    def _inner_width(self, available_width: float) -> float:
        return max(1.0, available_width - self.gutter - self.padding)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The box's size: its flowables stacked, plus padding and gaps."""
        inner = self._inner_width(available_width)
        self._heights = [f.wrap(inner, available_height)[1] for f in self.content]
        body = sum(self._heights) + self.gap * max(0, len(self.content) - 1)
        self.width = available_width
        self.height = max(body + 2 * self.padding, self.min_height if self.first else 0.0)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The part that fits in *available_height* and the rest, or [] when nothing useful fits."""
        inner = self._inner_width(available_width)
        room = available_height - 2 * self.padding
        if self.first and self.min_height > available_height:
            return []
        head: list[Flowable] = []
        for index, flowable in enumerate(self.content):
            height = flowable.wrap(inner, room)[1]
            if height <= room:
                head.append(flowable)
                room -= height + self.gap
                continue
            parts = flowable.split(inner, room) if room > 0 else []
            tail = list(self.content[index + 1 :])
            if len(parts) >= 2:
                head.append(parts[0])
                tail = [*parts[1:], *tail]
            else:
                tail = [flowable, *tail]
            if not head:
                return []
            return [self._copy(head, self.first), self._copy(tail, False)]
        return [self]

    def _copy(self, content: list[Flowable], first: bool) -> Box:
        return Box(
            content, self.gutter, self.painter, self.fill, self.padding, self.gap, self.min_height, first
        )

    def draw(self) -> None:
        """Fill, gutter, then the flowables top-down."""
        self.draw_at(self.canv, 0.0, 0.0)

    def draw_at(self, canvas: Any, x: float, y: float) -> None:
        """Draw the box (as last wrapped) with its bottom-left corner at (*x*, *y*)."""
        if self.fill is not None:
            fill_with(canvas, self.fill)
            canvas.rect(x, y, self.width, self.height, stroke=0, fill=1)
        if self.painter is not None:
            self.painter(canvas, x, y, self.gutter, self.height, self.first)
        left = x + self.gutter
        top = y + self.height - self.padding
        for flowable, height in zip(self.content, self._heights, strict=True):
            top -= height
            if isinstance(flowable, RichText):
                # Card text draws at its place directly: no graphics state saved and moved per card.
                flowable.draw_at(canvas, left, top)
            else:
                flowable.drawOn(canvas, left, top)
            top -= self.gap


class BoxStack(Flowable):  # type: ignore[misc]
    """Boxes one under another, each followed by its own space after, laid out as one flowable.

    It places and splits the boxes exactly as a frame would place them one by
    one (a box that reaches the page's foot splits between its lines, the rest
    goes overleaf), but the document handles one flowable per page instead of
    one per card: ReportLab's bookkeeping for each flowable cost a pack of ten
    thousand cards more than drawing them. The boxes must have no space before.

    An item may also be anything *make* turns into a box: it is made when the
    frame reaches it, so a pack never holds ten thousand boxes at once (the
    garbage collector went through them all, over and over).
    """

    def __init__(self, items: list[Any], make: Callable[[Any], Box] | None = None) -> None:
        super().__init__()
        self.items = items
        self.make = make
        self.spaceAfter = self._box(len(items) - 1).getSpaceAfter() if items else 0
        self._heights: list[float] = []
        self.width = 0.0
        self.height = 0.0

    def _box(self, index: int) -> Box:
        item = self.items[index]
        if isinstance(item, Box):
            return item
        if self.make is None:
            raise TypeError(f"not a box and nothing to make one: {item!r}")
        box = self.items[index] = self.make(item)
        return box

    def _place(self, available_width: float, available_height: float) -> tuple[int, float]:
        """Wrap the boxes as a frame would: how many fit whole, and the room left below them."""
        self._heights = []
        room = available_height
        for index in range(len(self.items)):
            if room <= 0:  # the frame's test: no room left, the box is not even wrapped
                return index, room
            box = self._box(index)
            height = box.wrap(available_width, room)[1]
            if room - height < -_FUZZ:
                return index, room
            self._heights.append(height)
            room -= height + box.getSpaceAfter()
        return len(self.items), room

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The boxes and the spaces between them: their height, or more than available when they overflow."""
        fitting, _room = self._place(available_width, available_height)
        if fitting < len(self.items):
            self.height = available_height + 1.0  # the frame then asks for a split
        else:
            spaces = sum(self._box(i).getSpaceAfter() for i in range(fitting - 1))
            self.height = sum(self._heights) + spaces
        self.width = available_width
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The boxes that fit (the last one perhaps split between its lines) and a stack of the rest."""
        fitting, room = self._place(available_width, available_height)
        if fitting == len(self.items):
            # They fit after all: let the frame take them one by one.
            return [self._box(i) for i in range(fitting)]
        head: list[Any] = self.items[:fitting]
        rest: list[Any] = self.items[fitting:]
        parts = self._box(fitting).split(available_width, room) if room > 0 else []
        if len(parts) >= 2:
            head, rest = [*head, parts[0]], [*parts[1:], *rest[1:]]
        if not head:
            return []
        return [head[0] if len(head) == 1 else BoxStack(head), BoxStack(rest, self.make)]

    def draw(self) -> None:
        """Each box below the previous one, with the space after it."""
        canvas = self.canv
        top = self.height
        for index, height in enumerate(self._heights):
            box = self._box(index)
            top -= height
            box.draw_at(canvas, 0.0, top)
            top -= box.getSpaceAfter()


class KeepWithNext(KeepTogether):  # type: ignore[misc]
    """ReportLab's KeepTogether (which keeps a heading with what follows it), measured more cheaply.

    ReportLab's own measuring copies the whole frame each time, for flowables
    that add content as they wrap; the handouts have none, and a pack keeps
    about a thousand headings with their first card. The sum is ReportLab's
    (``_listWrapOn``): heights, spaces between (a space before reduced by the
    space after above it), the first height apart for the split.
    """

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Measure the content; the height returned forces the split that decides the page break."""
        if any(hasattr(f, "frameAction") or hasattr(f, "_SPACETRANSFER") for f in self._content):
            return super().wrap(available_width, available_height)  # type: ignore[no-any-return]
        widest = total = space_after = first = 0.0
        at_top = True
        for index, flowable in enumerate(self._content):
            width, height = flowable.wrapOn(self.canv, available_width, 0xFFFFFFF)
            if index == 0:
                first = height
            if height <= _FUZZ:
                continue
            widest = max(widest, min(width, available_width))
            total += height
            if at_top:
                at_top = False
            else:
                total += max(flowable.getSpaceBefore() - space_after, 0)
            space_after = flowable.getSpaceAfter()
            total += space_after
        self._H = total - space_after
        self._H0 = first
        self._wrapInfo = available_width, available_height
        return widest, 0xFFFFFF


class LineHeading(Flowable):  # type: ignore[misc]
    """A one-line heading of fixed words in coloured runs, set as a Paragraph in *style* would set it.

    A stage has a heading per lane kind, a pack about a thousand: a Paragraph
    parses its markup and breaks its lines each time, for words that never
    wrap. Only for the handouts' own words, which fit any page's width.
    """

    def __init__(self, runs: list[tuple[str, Color]], style: ParagraphStyle) -> None:
        super().__init__()
        self.runs = runs
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.width = 0.0
        self.height = float(style.leading)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The whole width, one line high."""
        self.width = available_width
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Never split: one line."""
        return []

    def draw(self) -> None:
        """The runs one after another on the baseline a Paragraph would use (its height less the size)."""
        style = self.style
        text = self.canv.beginText(0, self.height - style.fontSize)
        text.setFont(style.fontName, style.fontSize, style.leading)
        for words, colour in self.runs:
            fill_with(text, colour)
            text.textOut(words)
        self.canv.drawText(text)


class NotesArea(Flowable):  # type: ignore[misc]
    """Ruled space for the participants' notes: a label and lines down to the foot of the page.

    It takes what is left of the frame (at least *min_lines* lines); when
    fewer fit it moves whole to the next page and rules all of it.
    """

    LABEL_HEIGHT = 22.0

    def __init__(
        self, label: str, hint: str, palette: Palette, spacing: float = 20.0, min_lines: int = 3
    ) -> None:
        super().__init__()
        self.label = label
        self.hint = hint
        self.palette = palette
        self.spacing = spacing
        self.min_lines = min_lines
        self.lines = min_lines
        self.width = 0.0
        self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Fill the frame's remaining height with lines, at least the minimum."""
        fitting = int((available_height - self.LABEL_HEIGHT - 4) // self.spacing)
        self.lines = max(self.min_lines, fitting)
        self.width = available_width
        self.height = self.LABEL_HEIGHT + self.lines * self.spacing + 4
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Never split: half a notes box reads as two."""
        return []

    def draw(self) -> None:
        """The label, a muted hint, and the ruled lines."""
        canvas = self.canv
        top = self.height
        fill_with(canvas, self.palette.text)
        canvas.setFont(BOLD, 11)
        canvas.drawString(0, top - 13, self.label)
        label_width = text_width(self.label, 11, bold=True)
        canvas.setFont(REGULAR, 8.5)
        fill_with(canvas, self.palette.muted)
        hint = fit_line(self.hint, self.width - label_width - 10, 8.5)
        canvas.drawString(label_width + 10, top - 13, hint)
        stroke_with(canvas, self.palette.colour("#9AA5B1"))
        canvas.setLineWidth(0.6)
        for i in range(1, self.lines + 1):
            y = top - self.LABEL_HEIGHT - i * self.spacing + 4
            canvas.line(0, y, self.width, y)
