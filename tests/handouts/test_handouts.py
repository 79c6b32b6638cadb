"""The workshop handouts PDF: complete, in the map's language, embedded fonts, safe with hostile text."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream

from journeydesigner.export.handout_style import number, quantity
from journeydesigner.export.handouts import write_handouts
from journeydesigner.export.options import Orientation, PdfLayout, PdfOptions
from journeydesigner.model import EmotionCard, EmotionLevel, EmotionScale, ImageAvatar, JourneyMap
from journeydesigner.storage import load_map
from tests.conftest import SAMPLES

A4 = PdfOptions(layout=PdfLayout.HANDOUTS, paper="A4", orientation=Orientation.PORTRAIT)
BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")
HOSTILE = "<b>&amp;</b> \"x\" 'y' <script>"


@dataclass
class Rendered:
    """An exported PDF: its pages as returned, the reader and its whole text, normalised."""

    pages: int
    reader: PdfReader
    text: str


def normalised(text: str) -> str:
    """NFC with every run of whitespace made one space (lines wrap anywhere)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def render(journey: JourneyMap, options: PdfOptions = A4) -> Rendered:
    """Export *journey*'s handouts to memory and read them back."""
    buffer = io.BytesIO()
    pages = write_handouts(journey, options, buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    text = normalised(" ".join(page.extract_text() for page in reader.pages))
    return Rendered(pages, reader, text)


def sample(name: str) -> JourneyMap:
    """A fresh copy of the sample called *name* (tests may change it)."""
    return load_map(next(p for p in SAMPLES if p.name == name))


@cache
def rendered_sample(name: str) -> Rendered:
    """The sample's handouts, A4 portrait, made once per test run."""
    return render(sample(name))


def visible_card_titles(journey: JourneyMap, persona_ids: set[str] | None = None) -> list[str]:
    titles = []
    for persona in journey.personas:
        if persona_ids is not None and persona.id not in persona_ids:
            continue
        visible = {lane.id for lane in persona.timeline.lanes if not lane.hidden}
        titles += [c.title for c in persona.timeline.cards if c.lane in visible and c.title.strip()]
    return titles


def fonts_of(reader: PdfReader) -> list[tuple[str, Any]]:
    fonts = []
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for name, ref in resources.get("/Font", {}).items():
            fonts.append((name, ref.get_object()))
    return fonts


def colour_operations(reader: PdfReader) -> list[tuple[str, list[float]]]:
    found = []
    for page in reader.pages:
        stream = ContentStream(page.get_contents(), reader)
        for operands, operator in stream.operations:
            if operator in (b"rg", b"RG", b"k", b"K", b"sc", b"SC", b"scn", b"SCN"):
                found.append((operator.decode(), [float(v) for v in operands]))
    return found


SAMPLE_NAMES = [p.name for p in SAMPLES]


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_has_a_profile_and_stage_pages_on_the_requested_paper(name: str) -> None:
    journey = sample(name)
    result = rendered_sample(name)
    assert result.pages == len(result.reader.pages)
    assert result.pages > len(journey.personas)
    width, height = A4.page_size()
    for page in result.reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx((width, height))


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_font_is_embedded(name: str) -> None:
    fonts = fonts_of(rendered_sample(name).reader)
    assert fonts
    for key, font in fonts:
        base = str(font.get("/BaseFont", ""))
        assert not any(family in base for family in BASE14), f"{key}: {base} is a base-14 font"
        if font["/Subtype"] == "/Type0":
            font = font["/DescendantFonts"][0].get_object()
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{key}: {base} is not embedded"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_name_and_card_title_is_printed_with_its_accents(name: str) -> None:
    journey = sample(name)
    text = rendered_sample(name).text
    expected = [p.name for p in journey.personas]
    expected += [s.name for p in journey.personas for s in p.timeline.stages]
    expected += visible_card_titles(journey)
    missing = [t for t in expected if normalised(t) not in text]
    assert not missing


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_fixed_words_are_in_the_map_language(name: str) -> None:
    journey = sample(name)
    result = rendered_sample(name)
    total = result.pages
    if journey.language.startswith("es"):
        words = [
            "Notas",
            f"Página 1 de {total}",
            f"Página {total} de {total}",
            "Objetivos",
            "Puntos de dolor",
        ]
        absent = ["Notes", "Page 1 of"]
    else:
        words = ["Notes", f"Page 1 of {total}", f"Page {total} of {total}", "Goals", "Pain points"]
        absent = ["Notas", "Página"]
    assert all(w in result.text for w in words), [w for w in words if w not in result.text]
    assert not any(w in result.text for w in absent)


def test_one_persona_prints_only_that_persona() -> None:
    journey = sample("zapatillas-omnicanal.journey")
    chosen, other = journey.personas[0], journey.personas[1]
    result = render(journey, PdfOptions(layout=PdfLayout.HANDOUTS, paper="A4", personas=(chosen.id,)))
    assert chosen.name in result.text
    assert other.name not in result.text
    assert all(normalised(t) in result.text for t in visible_card_titles(journey, {chosen.id}))
    only_other = set(visible_card_titles(journey, {other.id})) - set(
        visible_card_titles(journey, {chosen.id})
    )
    assert not any(normalised(t) in result.text for t in only_other if len(t) > 12)
    assert result.pages < rendered_sample("zapatillas-omnicanal.journey").pages


def hostile_map() -> JourneyMap:
    journey = sample("zapatillas-omnicanal.journey")
    persona = journey.personas[0]
    persona.name = f"Irene {HOSTILE}"
    persona.role = HOSTILE
    persona.quote = HOSTILE
    persona.goals = [HOSTILE, "🏃‍♀️ correr 🎽", "x" * 300]
    stage = persona.timeline.stages[0]
    stage.name = f"Etapa {HOSTILE}"
    stage.description = ("Descripción muy larga y detallada del momento. " * 110)[:5000]
    cards = persona.timeline.cards
    cards[0].title = f"Tarjeta {HOSTILE}"
    cards[1].title = "مرحبا بالعالم — שלום עולם"
    cards[1].description = "🙂🚀 texto con emoji 👍🏽 y árabe: عميل سعيد"
    cards[2].description = "palabra " * 2500  # 20,000 characters: runs over several pages
    cards[3].title = "y" * 300  # one word wider than the page
    return journey


def test_hostile_text_prints_literally_and_nothing_breaks() -> None:
    result = render(hostile_map())
    assert result.pages > 2
    assert HOSTILE in result.text
    assert f"Tarjeta {HOSTILE}" in result.text
    assert f"Etapa {HOSTILE}" in result.text
    assert "<script>" in result.text and "&amp;amp;" not in result.text


def test_greyscale_uses_only_greys() -> None:
    journey = sample("zapatillas-omnicanal.journey")
    options = PdfOptions(
        layout=PdfLayout.HANDOUTS, paper="A4", orientation=Orientation.PORTRAIT, greyscale=True
    )
    operations = colour_operations(render(journey, options).reader)
    assert operations
    for operator, values in operations:
        assert operator in ("rg", "RG"), operator
        assert max(values) - min(values) < 1e-6, (operator, values)


def test_colour_is_used_when_not_greyscale() -> None:
    operations = colour_operations(rendered_sample("zapatillas-omnicanal.journey").reader)
    assert any(max(values) - min(values) > 0.05 for _, values in operations)


def _png(colour: tuple[int, int, int], size: tuple[int, int] = (40, 24)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("greyscale", [False, True])
def test_image_avatar_is_embedded(greyscale: bool, tmp_path: Path) -> None:
    journey = sample("ciclo-de-vida-ampliado.journey")
    journey.personas[0].avatar = ImageAvatar.from_bytes(_png((200, 40, 40)))
    target = tmp_path / "handouts.pdf"
    options = PdfOptions(
        layout=PdfLayout.HANDOUTS, paper="A4", orientation=Orientation.PORTRAIT, greyscale=greyscale
    )
    pages = write_handouts(journey, options, target)
    reader = PdfReader(target)
    assert pages == len(reader.pages)
    images = [img for page in reader.pages[:1] for img in page.images]
    assert images
    assert (images[0].image.mode in ("L", "LA")) == greyscale


def test_empty_persona_tall_scale_and_no_personas() -> None:
    journey = JourneyMap.new("Mapa vacío", "es")
    journey.emotion_scale = EmotionScale(
        levels=[EmotionLevel(score=s, label=f"Nivel con un nombre largo {s}") for s in range(-5, 6)]
    )
    assert render(journey).pages == 1
    full = sample("ciclo-de-vida-ampliado.journey")
    persona = full.personas[0]
    persona.timeline.cards = [c for c in persona.timeline.cards if not isinstance(c, EmotionCard)]
    full.emotion_scale = journey.emotion_scale
    assert render(full).pages > 1
    persona.timeline.stages = []
    persona.timeline.cards = []
    result = render(full)
    assert result.pages >= 1
    assert "todavía no tiene etapas" in result.text


def test_hidden_lanes_stay_off_the_handouts() -> None:
    journey = sample("ciclo-de-vida-ampliado.journey")
    persona = journey.personas[0]
    hidden = next(lane for lane in persona.timeline.lanes if lane.kind == "backstage")
    hidden.hidden = True
    titles = {c.title for c in persona.timeline.cards if c.lane == hidden.id}
    others = {c.title for c in persona.timeline.cards if c.lane != hidden.id}
    text = render(journey).text
    assert titles
    assert not any(normalised(t) in text for t in titles - others)


def test_numbers_read_as_the_map_language_writes_them() -> None:
    assert number(3.1, "es") == "3,1"
    assert number(12500, "es") == "12.500"
    assert number(12500, "en") == "12,500"
    assert number(-0.5, "en") == "−0.5"
    assert quantity(3.1, "%", "en") == "3.1%"
    assert quantity(3.1, "%", "es") == "3,1\u00a0%"
    assert number(4.0, "es") == "4"
