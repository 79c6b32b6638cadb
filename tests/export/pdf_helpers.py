"""Helpers for reading exported PDFs back in tests: text, fonts, colours, sizes (pypdf, no Qt)."""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from journeydesigner.export.options import PdfOptions
from journeydesigner.export.pdf import export_pdf
from journeydesigner.model.journey import JourneyMap

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.journey"))
ELLIPSIS = "…"

BASE_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


def export_bytes(journey: JourneyMap, options: PdfOptions) -> tuple[bytes, int]:
    """The PDF of *journey* in memory, and the page count export_pdf reported."""
    buffer = io.BytesIO()
    pages = export_pdf(journey, buffer, options)
    return buffer.getvalue(), pages


def reader(data: bytes) -> PdfReader:
    """A pypdf reader over *data*."""
    return PdfReader(io.BytesIO(data))


def normalise(text: str) -> str:
    """NFC with every run of whitespace turned into one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_text(pdf: PdfReader, pages: list[int] | None = None) -> str:
    """The normalised text of the chosen pages (default: all)."""
    chosen = range(len(pdf.pages)) if pages is None else pages
    return normalise(" ".join(pdf.pages[i].extract_text() or "" for i in chosen))


def compatible(text: str) -> str:
    """*text* by NFKC: Arabic presentation forms (how joined letters print) become the plain letters."""
    return unicodedata.normalize("NFKC", text)


def symbol_font_embedded(pdf: PdfReader) -> bool:
    """Whether the symbol font (emoji and symbols DejaVu Sans lacks) is embedded in *pdf*."""
    return any(str(font.get("/BaseFont", "")).endswith("+Symbola") for font in all_fonts(pdf).values())


def shown(text: str, wanted: str) -> bool:
    """True when *wanted* is in *text*, whole or cut short with an ellipsis (it did not fit its box)."""
    wanted = normalise(wanted)
    if not wanted or wanted in text:
        return True
    return any(
        (wanted[:k].rstrip() + ELLIPSIS) in text for k in range(len(wanted) - 1, min(3, len(wanted)) - 1, -1)
    )


def _xobjects(resources: Any) -> Iterator[Any]:
    """Form XObjects reachable from *resources*, depth first."""
    xobjects = resources.get("/XObject") if resources else None
    if not xobjects:
        return
    for ref in xobjects.values():
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Form":
            yield obj
            yield from _xobjects(obj.get("/Resources"))


def all_fonts(pdf: PdfReader) -> dict[str, Any]:
    """Every font of every page and form, by object id."""
    fonts: dict[str, Any] = {}
    for page in pdf.pages:
        resources = page.get("/Resources")
        sources = [resources, *(form.get("/Resources") for form in _xobjects(resources))]
        for source in sources:
            font_dict = source.get("/Font") if source else None
            for ref in (font_dict or {}).values():
                fonts[repr(ref)] = ref.get_object()
    return fonts


def font_problems(pdf: PdfReader) -> list[str]:
    """Fonts that are not embedded TrueType or are one of the 14 standard fonts."""
    problems = []
    for font in all_fonts(pdf).values():
        name = str(font.get("/BaseFont", "")).lstrip("/")
        if name.split("+")[-1] in BASE_14:
            problems.append(f"{name}: standard font")
            continue
        target = font
        if font.get("/Subtype") == "/Type0":
            target = font["/DescendantFonts"][0].get_object()
        descriptor = target.get("/FontDescriptor")
        if descriptor is None or "/FontFile2" not in descriptor.get_object():
            problems.append(f"{name}: not embedded")
    return problems


def content_streams(pdf: PdfReader) -> Iterator[bytes]:
    """The decoded content of every page and every form it shows."""
    for page in pdf.pages:
        contents = page.get_contents()
        if contents is not None:
            yield contents.get_data()
        for form in _xobjects(page.get("/Resources")):
            yield form.get_data()


_COLOUR = re.compile(rb"(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(rg|RG)\b")


def colours_used(pdf: PdfReader) -> set[tuple[float, float, float]]:
    """Every RGB colour set with rg or RG."""
    found = set()
    for data in content_streams(pdf):
        for match in _COLOUR.finditer(data):
            found.add((float(match.group(1)), float(match.group(2)), float(match.group(3))))
    return found


def page_sizes(pdf: PdfReader) -> list[tuple[float, float]]:
    """(width, height) of every page, rounded to 0.1 pt."""
    return [(round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1)) for p in pdf.pages]
