"""The workshop handouts' look: colours (or greys), paragraph styles, fixed words, numbers. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from journeydesigner.export.fonts import BOLD, REGULAR
from journeydesigner.export.labels import pick
from journeydesigner.export.pdf_draw import Palette as PrintPalette
from journeydesigner.layout import colours
from journeydesigner.model.cards import LaneKind

# Fixed words in both languages, chosen as a consultant would say them in a
# workshop (neutral Spanish: understood in Spain and Latin America alike).
_WORDS: dict[str, tuple[str, str]] = {
    "goals": ("Objetivos", "Goals"),
    "motivations": ("Motivaciones", "Motivations"),
    "frustrations": ("Frustraciones", "Frustrations"),
    "curve": ("Curva emocional", "Emotion curve"),
    "lowest": ("Momento más bajo", "Lowest moment"),
    "no_markers": ("Todavía no hay emociones en el recorrido.", "No emotions on the journey yet."),
    "no_stages": ("Este recorrido todavía no tiene etapas.", "This journey has no stages yet."),
    "no_cards": ("Esta etapa todavía no tiene tarjetas.", "This stage has no cards yet."),
    "no_personas": ("Este mapa no tiene personas que imprimir.", "This map has no personas to print."),
    "stage_of": ("Etapa {n} de {total}", "Stage {n} of {total}"),
    "notes": ("Notas", "Notes"),
    "notes_hint": ("Ideas, preguntas y observaciones del grupo", "Ideas, questions and observations"),
    "channel": ("Canal", "Channel"),
    "devices": ("Dispositivos", "Devices"),
    "device": ("Dispositivo", "Device"),
    "owner": ("Responsable", "Owner"),
    "moment_of_truth": ("Momento de la verdad", "Moment of truth"),
    "severity": ("Gravedad", "Severity"),
    "priority": ("Prioridad", "Priority"),
    "value": ("Valor", "Value"),
    "target": ("Objetivo", "Target"),
    "source": ("Fuente", "Source"),
    "low": ("baja", "low"),
    "medium": ("media", "medium"),
    "high": ("alta", "high"),
    "subject": ("Material para el taller", "Workshop handouts"),
}

# Headings of the card groups of a stage, one per lane kind.
_LANE_WORDS: dict[LaneKind, tuple[str, str]] = {
    LaneKind.ACTIONS: ("Acciones", "Actions"),
    LaneKind.TOUCHPOINTS: ("Puntos de contacto", "Touchpoints"),
    LaneKind.CHANNELS: ("Canales y dispositivos", "Channels and devices"),
    LaneKind.THOUGHTS: ("Pensamientos", "Thoughts"),
    LaneKind.EMOTIONS: ("Emociones", "Emotions"),
    LaneKind.PAIN_POINTS: ("Puntos de dolor", "Pain points"),
    LaneKind.OPPORTUNITIES: ("Oportunidades", "Opportunities"),
    LaneKind.METRICS: ("Métricas", "Metrics"),
    LaneKind.BACKSTAGE: ("Trastienda", "Backstage"),
    # "Notas" alone is the participants' ruled space; the team's cards differ.
    LaneKind.NOTES: ("Notas del equipo", "Team notes"),
}

# The card type whose colours a lane kind's heading borrows.
LANE_CARD_TYPE: dict[LaneKind, str] = {
    LaneKind.ACTIONS: "action",
    LaneKind.TOUCHPOINTS: "touchpoint",
    LaneKind.CHANNELS: "device",
    LaneKind.THOUGHTS: "thought",
    LaneKind.EMOTIONS: "emotion",
    LaneKind.PAIN_POINTS: "pain_point",
    LaneKind.OPPORTUNITIES: "opportunity",
    LaneKind.METRICS: "metric",
    LaneKind.BACKSTAGE: "action",
    LaneKind.NOTES: "note",
}

MINUS = "−"  # a real minus sign: a hyphen looks like a dash on paper


def word(language: str, key: str) -> str:
    """A fixed word of the handouts in the map's *language*."""
    spanish, english = _WORDS[key]
    return pick(language, spanish, english)


def lane_word(language: str, kind: LaneKind) -> str:
    """The heading of a stage's cards of lane *kind*."""
    spanish, english = _LANE_WORDS[kind]
    return pick(language, spanish, english)


def signed(score: int) -> str:
    """An emotion score with its sign: "+2", "0", "−1"."""
    if score > 0:
        return f"+{score}"
    return f"{MINUS}{-score}" if score < 0 else "0"


def number(value: float, language: str) -> str:
    """*value* as the map's readers write it: "3,1" and "12.500" in Spanish, "3.1" and "12,500" in English."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if pick(language, "es", "en") == "es":
        text = text.translate(str.maketrans(",.", ".,"))
    return text.replace("-", MINUS)


def quantity(value: float, unit: str, language: str) -> str:
    """A metric's value with its unit ("3,1 %" in Spanish, "3.1%" in English)."""
    text = number(value, language)
    if not unit:
        return text
    glue = "" if unit == "%" and pick(language, "es", "en") == "en" else "\u00a0"
    return f"{text}{glue}{unit}"


@dataclass(frozen=True)
class Palette:
    """The handouts' colours; in greyscale every colour becomes its grey of the same lightness."""

    greyscale: bool

    def colour(self, hex_colour: str) -> Color:
        """*hex_colour* as a ReportLab colour (a grey when printing in greyscale)."""
        return _colour(self.greyscale, hex_colour)

    def rgb(self, rgb: tuple[int, int, int]) -> Color:
        """An 8-bit RGB triple as a colour (grey in greyscale)."""
        return self.colour("#{:02X}{:02X}{:02X}".format(*rgb))

    def tint(self, hex_colour: str, amount: float) -> Color:
        """*hex_colour* mixed with white: *amount* 0 is white, 1 the colour itself."""
        colour = self.colour(hex_colour)
        return Color(*(1 - amount * (1 - c) for c in (colour.red, colour.green, colour.blue)))

    def hex(self, hex_colour: str) -> str:
        """*hex_colour* for Paragraph markup (a grey in greyscale)."""
        return "#" + str(self.colour(hex_colour).hexval())[2:]

    @property
    def text(self) -> Color:
        """Body text."""
        return self.colour(colours.TEXT)

    @property
    def muted(self) -> Color:
        """Secondary text: roles, timeframes, details."""
        return self.colour(colours.TEXT_MUTED)

    @property
    def grid(self) -> Color:
        """Rules and grid lines."""
        return self.colour(colours.GRID)

    def accent(self, card_type: str) -> Color:
        """The accent of a card type (bar, heading marker)."""
        return self.colour(colours.CARD_COLOURS[card_type][1])

    def fill(self, card_type: str) -> Color:
        """The light fill of a card type."""
        return self.colour(colours.CARD_COLOURS[card_type][0])


@cache
def _colour(greyscale: bool, hex_colour: str) -> Color:
    # The posters' rule, so a colour prints as the same grey in every PDF. Made
    # once per colour: the cards of a pack ask for the same few thousands of times
    # (ReportLab never changes a colour object once made).
    return Color(*PrintPalette(greyscale).rgb(hex_colour))


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the handouts, all in the bundled fonts."""

    name: ParagraphStyle
    role: ParagraphStyle
    quote: ParagraphStyle
    body: ParagraphStyle
    heading: ParagraphStyle
    small_heading: ParagraphStyle
    bullet: ParagraphStyle
    card: ParagraphStyle
    caption: ParagraphStyle
    stage_name: ParagraphStyle
    stage_kicker: ParagraphStyle
    title: ParagraphStyle


def make_styles(palette: Palette) -> Styles:
    """The paragraph styles for *palette*."""
    base = ParagraphStyle(
        "jd-body",
        fontName=REGULAR,
        fontSize=9.5,
        leading=13,
        textColor=palette.text,
        bulletFontName=REGULAR,
        alignment=TA_LEFT,
        # Long words (URLs, hostile input) break rather than spill out of the frame.
        splitLongWords=True,
    )

    def style(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        name=style("jd-name", fontName=BOLD, fontSize=24, leading=29, spaceAfter=3),
        role=style("jd-role", fontSize=11.5, leading=15, textColor=palette.muted, spaceAfter=8),
        quote=style("jd-quote", fontSize=12, leading=16.5, textColor=palette.muted),
        body=style("jd-text", spaceAfter=6),
        heading=style("jd-heading", fontName=BOLD, fontSize=13, leading=17, spaceBefore=10, spaceAfter=6),
        small_heading=style(
            "jd-small-heading", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4
        ),
        bullet=style("jd-bullet", leftIndent=11, bulletIndent=0, spaceAfter=3),
        card=style("jd-card", fontSize=9, leading=12),
        caption=style("jd-caption", fontSize=8.5, leading=11.5, textColor=palette.muted, spaceBefore=6),
        stage_name=style("jd-stage", fontName=BOLD, fontSize=17, leading=21),
        stage_kicker=style("jd-kicker", fontSize=8.5, leading=11.5, textColor=palette.muted, spaceAfter=2),
        title=style("jd-title", fontName=BOLD, fontSize=20, leading=25, spaceAfter=10),
    )
