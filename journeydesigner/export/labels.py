"""Fixed words printed on PDFs, in the map's language ("Notas", "Página 2 de 9"). No Qt."""

from __future__ import annotations

from journeydesigner.model.texts import base_language


def pick(language: str, spanish: str, english: str) -> str:
    """The Spanish or the English wording, following the map's *language*."""
    return spanish if base_language(language) == "es" else english


def page_label(language: str, number: int, total: int) -> str:
    """ "Página 2 de 9" / "Page 2 of 9"."""
    return pick(language, f"Página {number} de {total}", f"Page {number} of {total}")
