"""The workshop handouts PDF: per persona a profile page, then the journey stage by stage with room for notes.

No Qt. Everything the user typed goes through ``markup()`` before it meets
Paragraph markup, and only the bundled fonts are used, so every font is
embedded and every accent prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer

from journeydesigner.export.fonts import REGULAR, register_fonts, text_width
from journeydesigner.export.handout_blocks import Box, KeepWithNext, NotesArea, accent_bar
from journeydesigner.export.handout_cards import StageCards
from journeydesigner.export.handout_profile import profile_story
from journeydesigner.export.handout_style import Palette, Styles, make_styles, word
from journeydesigner.export.labels import page_label
from journeydesigner.export.metadata import set_metadata
from journeydesigner.export.options import PdfOptions
from journeydesigner.export.pdf_draw import draw_string, fill_with, stroke_with
from journeydesigner.export.text import clean, fit_line, markup
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.model.timeline import Stage

MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
_FURNITURE_SIZE = 8.0


class _Running:
    """What the page furniture needs to know while the story is laid out."""

    def __init__(self) -> None:
        self.persona = ""
        self.pages = 0


class _PersonaMark(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """An invisible marker: from the page it lands on, the header names *persona*."""

    def __init__(self, running: _Running, persona: str) -> None:
        super().__init__()
        self.running = running
        self.persona = persona

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.running.persona = self.persona


def _numbered_canvas(journey: JourneyMap, options: PdfOptions, palette: Palette, running: _Running) -> type:
    """A canvas class that holds its pages back until the end, to print "Página n de N" on each."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            running.pages = total
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                label = page_label(journey.language, number, total)
                self.setFont(REGULAR, _FURNITURE_SIZE)
                fill_with(self, palette.muted)
                self.drawRightString(self._pagesize[0] - MARGIN_X, MARGIN_BOTTOM - 9 * mm, label)
                super().showPage()
            set_metadata(self, journey, options, word(journey.language, "subject"))
            super().save()

    return NumberedCanvas


def _furniture(journey: JourneyMap, options: PdfOptions, palette: Palette, running: _Running) -> Any:
    """Draws the header (map title, persona) and the footer's organisation at the end of each page."""
    organisation = clean(options.organisation or journey.organisation)
    # The header and footer lines of each persona, cut to fit once: hundreds of pages repeat them.
    fitted: dict[tuple[str, float], tuple[str, str, str]] = {}

    def lines(persona_name: str, right: float) -> tuple[str, str, str]:
        persona = fit_line(persona_name, (right - MARGIN_X) * 0.4, _FURNITURE_SIZE, bold=True)
        room = right - MARGIN_X - text_width(persona, _FURNITURE_SIZE, bold=True) - 12
        title = fit_line(journey.title, room, _FURNITURE_SIZE)
        footer = fit_line(organisation, (right - MARGIN_X) * 0.6, _FURNITURE_SIZE)
        return persona, title, footer

    def draw(canvas: Any, doc: Any) -> None:
        width, height = doc.pagesize
        right = width - MARGIN_X
        top = height - MARGIN_TOP + 7 * mm
        key = (running.persona, right)
        if key not in fitted:
            fitted[key] = lines(running.persona, right)
        persona, title, footer = fitted[key]
        canvas.saveState()
        stroke_with(canvas, palette.grid)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 3, right, top - 3)
        canvas.line(MARGIN_X, MARGIN_BOTTOM - 5 * mm, right, MARGIN_BOTTOM - 5 * mm)
        fill_with(canvas, palette.text)
        draw_string(canvas, right, top, persona, _FURNITURE_SIZE, bold=True, align="right")
        fill_with(canvas, palette.muted)
        draw_string(canvas, MARGIN_X, top, title, _FURNITURE_SIZE)
        # The page number goes on the right later, once the total is known.
        draw_string(canvas, MARGIN_X, MARGIN_BOTTOM - 9 * mm, footer, _FURNITURE_SIZE)
        canvas.restoreState()

    return draw


def _stage_header(
    stage: Stage, number: int, total: int, language: str, palette: Palette, styles: Styles
) -> Box:
    kicker = word(language, "stage_of").format(n=number, total=total).upper()
    if clean(stage.timeframe).strip():
        kicker = f"{markup(kicker)}  ·  {markup(stage.timeframe)}"
    else:
        kicker = markup(kicker)
    content: list[Flowable] = [
        Paragraph(kicker, styles.stage_kicker),
        Paragraph(markup(stage.name), styles.stage_name),
    ]
    if palette.greyscale:
        # No colour band in greyscale: a dark bar keeps the section's start visible.
        return Box(content, 14, accent_bar(palette.colour("#52606D"), 5), padding=7, gap=0)
    return Box(
        content,
        14,
        accent_bar(palette.colour(stage.color), 6),
        palette.tint(stage.color, 0.14),
        padding=7,
        gap=0,
    )


def _stage_story(
    journey: JourneyMap, persona: Persona, stage: Stage, number: int, cards: StageCards
) -> list[Flowable]:
    palette, styles = cards.palette, cards.styles
    language = journey.language
    total = len(persona.timeline.stages)
    header = _stage_header(stage, number, total, language, palette, styles)
    header.keepWithNext = True
    story: list[Flowable] = [header, Spacer(1, 8)]
    if clean(stage.description).strip():
        story.append(Paragraph(markup(stage.description), styles.body))
    groups = cards.groups(stage)
    if not groups:
        story.append(Paragraph(markup(word(language, "no_cards")), styles.caption))
    story.extend(groups)
    story.append(Spacer(1, 10))
    # The stage's name beside the label: the notes may land on a page of their own.
    hint = f"{clean(stage.name).strip()} · {word(language, 'notes_hint')}"
    story.append(NotesArea(word(language, "notes"), hint, palette))
    return story


def _persona_story(
    journey: JourneyMap, persona: Persona, running: _Running, palette: Palette, styles: Styles, width: float
) -> list[Flowable]:
    story: list[Flowable] = [_PersonaMark(running, clean(persona.name))]
    story.extend(profile_story(journey, persona, palette, styles, width))
    stages = persona.timeline.stages
    if not stages:
        story.append(Paragraph(markup(word(journey.language, "no_stages")), styles.caption))
    cards = StageCards(journey, persona, palette, styles)
    for number, stage in enumerate(stages, start=1):
        # Each stage starts a page, so the facilitator can hand out one stage at a time.
        story.append(PageBreak())
        story.extend(_stage_story(journey, persona, stage, number, cards))
    return story


def chosen_personas(journey: JourneyMap, options: PdfOptions) -> list[Persona]:
    """The personas to print, in map order (all when the options name none)."""
    if not options.personas:
        return list(journey.personas)
    wanted = set(options.personas)
    return [p for p in journey.personas if p.id in wanted]


def write_handouts(journey: JourneyMap, options: PdfOptions, target: str | Path | BinaryIO) -> int:
    """Write the workshop handouts of *journey* to *target* (a path or a binary stream).

    Returns the number of pages.
    """
    register_fonts()
    palette = Palette(options.greyscale)
    styles = make_styles(palette)
    running = _Running()
    page_size = options.page_size()
    doc = BaseDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=page_size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        # Without this the canvas starts every page in Helvetica, an unembedded base-14 font.
        initialFontName=REGULAR,
        initialFontSize=10,
    )
    doc.keepTogetherClass = KeepWithNext  # keeps headings with what follows, measured cheaply
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPageEnd=_furniture(journey, options, palette, running))]
    )
    story: list[Flowable] = []
    for persona in chosen_personas(journey, options):
        if story:
            story.append(PageBreak())
        story.extend(_persona_story(journey, persona, running, palette, styles, doc.width))
    if not story:
        story = [
            Paragraph(markup(journey.title), styles.title),
            Paragraph(markup(word(journey.language, "no_personas")), styles.body),
        ]
    doc.build(story, canvasmaker=_numbered_canvas(journey, options, palette, running))
    return running.pages
