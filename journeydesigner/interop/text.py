"""Text helpers shared by the formats: matching names loosely, guessing a language."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from journeydesigner.model.texts import text as default_text


def fold(value: str) -> str:
    """*value* for loose matching: no case, no accents, runs of blanks and ``_`` as one space."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.replace("_", " ").split())


def pick(language: str, spanish: str, english: str) -> str:
    """The Spanish or the English wording, following *language*."""
    return spanish if language.split("-")[0].lower() == "es" else english


def default_persona_name(language: str) -> str:
    """The name of the persona that gets whatever names no persona ("Cliente")."""
    return default_text("persona.default", language)


# Frequent short words: enough to tell a Spanish diagram from an English one.
_SPANISH_WORDS = frozenset(
    {
        "de", "la", "el", "en", "y", "que", "los", "las", "del", "con", "por", "para", "una", "un",
        "se", "al", "su", "sus", "es", "mi", "sin", "lo", "como", "más", "pide", "busca", "compra",
        "recibe", "llega", "va", "ve", "hace",
    }
)  # fmt: skip
_ENGLISH_WORDS = frozenset(
    {
        "the", "and", "to", "of", "in", "for", "with", "my", "your", "is", "on", "at", "go", "get",
        "it", "from", "by", "an", "or", "their", "up", "down", "home", "work",
    }
)  # fmt: skip
_SPANISH_LETTERS = frozenset("ñáéíóúü¿¡")
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(texts: Iterable[str], fallback: str) -> str:
    """``"es"`` or ``"en"`` by the words and letters of *texts*; *fallback* when they do not tell."""
    spanish = english = 0
    for value in texts:
        lowered = value.casefold()
        spanish += 2 * sum(ch in _SPANISH_LETTERS for ch in lowered)
        for word in _WORD.findall(lowered):
            spanish += word in _SPANISH_WORDS
            english += word in _ENGLISH_WORDS
    if spanish > english:
        return "es"
    if english > spanish:
        return "en"
    return fallback
