"""A persona's profile page of the handouts: avatar, who they are, lists and emotion curve. No Qt."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image
from reportlab.lib.colors import Color, white
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from journeydesigner.export.emotion_chart import EmotionChart
from journeydesigner.export.fonts import REGULAR
from journeydesigner.export.handout_blocks import Box, GutterPainter
from journeydesigner.export.handout_style import Palette, Styles, signed, word
from journeydesigner.export.pdf_draw import draw_string, fill_with
from journeydesigner.export.text import clean, markup
from journeydesigner.model.analysis import lowest_moment
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import ImageAvatar, Persona

AVATAR_SIZE = 76.0
_GUTTER = AVATAR_SIZE + 18
# Lists side by side only while they stay short; longer ones flow one after another.
_COLUMNS_MAX_HEIGHT = 260.0


def initials(name: str) -> str:
    """Up to two initials of *name* ("Irene Soto" → "IS"); "" when it has no letters."""
    letters = [word[0] for word in clean(name).split() if word[:1].isalpha()]
    if len(letters) > 2:
        letters = [letters[0], letters[-1]]
    return "".join(letters).upper()


def _readable_on(colour: Color) -> Color:
    # Dark ink on light persona colours, white on dark ones.
    luma = 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue
    return white if luma < 0.6 else Color(0.12, 0.16, 0.2)


def _picture(avatar: ImageAvatar, greyscale: bool) -> ImageReader | None:
    image: Image.Image
    try:
        image = Image.open(io.BytesIO(avatar.image_bytes()))
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError):
        return None  # a damaged picture falls back to the drawn avatar
    if greyscale:
        image = image.convert("LA" if "A" in image.getbands() else "L")
    elif image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA")
    return ImageReader(image)


def avatar_painter(persona: Persona, palette: Palette) -> GutterPainter:
    """Paints the persona's avatar at the top of the profile box's gutter."""
    picture = _picture(persona.avatar, palette.greyscale) if isinstance(persona.avatar, ImageAvatar) else None
    colour = palette.colour(persona.color)

    def paint(canvas: Any, left: float, bottom: float, gutter: float, height: float, first: bool) -> None:
        if not first:
            return
        radius = AVATAR_SIZE / 2
        cx, cy = left + radius, bottom + height - radius
        fill_with(canvas, colour)
        canvas.circle(cx, cy, radius, stroke=0, fill=1)
        if picture is not None:
            _draw_picture(canvas, picture, cx, cy, radius)
            return
        ink = _readable_on(colour)
        letters = initials(persona.name)
        if letters:
            size = 28.0 if len(letters) == 1 else 26.0
            fill_with(canvas, ink)
            draw_string(canvas, cx, cy - size * 0.36, letters, size, bold=True, align="centre")
            return
        # No letters to show (a name made of emoji or digits): a head and shoulders.
        fill_with(canvas, ink)
        canvas.circle(cx, cy + radius * 0.22, radius * 0.28, stroke=0, fill=1)
        path = canvas.beginPath()
        path.arc(cx - radius * 0.5, cy - radius * 0.75, cx + radius * 0.5, cy + radius * 0.05, 0, 180)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)

    return paint


def _draw_picture(canvas: Any, picture: ImageReader, cx: float, cy: float, radius: float) -> None:
    width, height = picture.getSize()
    # Cover the circle and crop the rest, as the canvas shows the avatar.
    scale = 2 * radius / max(1, min(width, height))
    canvas.saveState()
    clip = canvas.beginPath()
    clip.circle(cx, cy, radius)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.drawImage(
        picture,
        cx - width * scale / 2,
        cy - height * scale / 2,
        width * scale,
        height * scale,
        mask="auto",
    )
    canvas.restoreState()


def _quoted(text: str, language: str) -> str:
    opening, closing = ("«", "»") if language.split("-")[0].lower() == "es" else ("“", "”")
    return f"{opening}{markup(text.strip())}{closing}"


def _bullets(items: list[str], styles: Styles) -> list[Flowable]:
    return [Paragraph(markup(item), styles.bullet, bulletText="•") for item in items if clean(item).strip()]


def _lists(persona: Persona, styles: Styles, language: str, width: float) -> list[Flowable]:
    sections = [
        (word(language, key), items)
        for key, items in (
            ("goals", persona.goals),
            ("motivations", persona.motivations),
            ("frustrations", persona.frustrations),
        )
        if any(clean(item).strip() for item in items)
    ]
    if not sections:
        return []
    column_width = width / len(sections)
    if len(sections) > 1:
        cells = [
            [Paragraph(markup(title), styles.small_heading), *_bullets(items, styles)]
            for title, items in sections
        ]
        table = Table([cells], colWidths=[column_width] * len(sections))
        table.setStyle(
            TableStyle(
                [
                    # A table cell's own font defaults to Helvetica, which would not be embedded.
                    ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 14),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        if table.wrap(width, 10_000)[1] <= _COLUMNS_MAX_HEIGHT:
            return [table]
    story: list[Flowable] = []
    for title, items in sections:
        story.append(Paragraph(markup(title), styles.small_heading))
        story.extend(_bullets(items, styles))
    return story


def profile_story(
    journey: JourneyMap, persona: Persona, palette: Palette, styles: Styles, width: float
) -> list[Flowable]:
    """The flowables of *persona*'s profile page (it may run over when its texts are long)."""
    language = journey.language
    who: list[Flowable] = [Paragraph(markup(persona.name), styles.name)]
    if clean(persona.role).strip():
        who.append(Paragraph(markup(persona.role), styles.role))
    if clean(persona.quote).strip():
        who.append(Paragraph(_quoted(persona.quote, language), styles.quote))
    story: list[Flowable] = [
        Box(who, _GUTTER, avatar_painter(persona, palette), padding=0, gap=0, min_height=AVATAR_SIZE),
        Spacer(1, 10),
    ]
    if clean(persona.description).strip():
        story.append(Paragraph(markup(persona.description), styles.body))
    story.extend(_lists(persona, styles, language, width))
    heading = Paragraph(markup(word(language, "curve")), styles.heading)
    heading.keepWithNext = True  # never a heading at a page's foot with its chart overleaf
    story.append(heading)
    story.append(EmotionChart(persona, journey.emotion_scale, language, palette))
    lowest = lowest_moment(persona)
    if lowest is not None:
        stage = persona.timeline.stages[lowest.stage_index]
        level = journey.emotion_scale.label_for(lowest.score)
        parts = [markup(stage.name), markup(lowest.label), f"{markup(level)} ({signed(lowest.score)})"]
        detail = " · ".join(p for p in parts if p.strip())
        story.append(Paragraph(f"▼ <b>{markup(word(language, 'lowest'))}:</b> {detail}", styles.caption))
    return story
