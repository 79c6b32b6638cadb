"""PDF document information: title, author, subject, creator, keywords. No Qt."""

from __future__ import annotations

from typing import Any

from journeydesigner import __version__
from journeydesigner.export.options import PdfOptions
from journeydesigner.export.text import clean
from journeydesigner.model.journey import JourneyMap

CREATOR = f"Journey Designer {__version__}"


def set_metadata(canvas: Any, journey: JourneyMap, options: PdfOptions, subject: str) -> None:
    """Fill the document information of a ReportLab *canvas*."""
    canvas.setTitle(clean(journey.title))
    canvas.setAuthor(clean(options.author or options.organisation or CREATOR))
    canvas.setSubject(clean(subject))
    canvas.setCreator(CREATOR)
    personas = [clean(p.name) for p in journey.personas]
    keywords = ["customer journey map", *personas, *options.extra_keywords]
    canvas.setKeywords(", ".join(k for k in keywords if k))
