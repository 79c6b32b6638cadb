"""Built-in templates: new maps with sensible stages and lanes, in Spanish or English."""

from __future__ import annotations

from journeydesigner.model.ids import new_id
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.model.texts import base_language, text
from journeydesigner.model.timeline import Lane, Stage, Timeline
from journeydesigner.templates.data import STAGE_COLOURS, TEMPLATES, TemplateSpec

DEFAULT_TEMPLATE = "purchase-journey"


class UnknownTemplateError(KeyError):
    """No template has that name."""


def template_names() -> list[str]:
    """The names of the built-in templates, in menu order."""
    return [spec.name for spec in TEMPLATES]


def template_spec(name: str) -> TemplateSpec:
    """The template called *name*."""
    for spec in TEMPLATES:
        if spec.name == name:
            return spec
    raise UnknownTemplateError(name)


def template_summary(name: str, language: str) -> tuple[str, str]:
    """(title, one-line summary) of a template in *language*."""
    spec = template_spec(name)
    if base_language(language) == "es":
        return spec.title_es, spec.summary_es
    return spec.title_en, spec.summary_en


def build_template(name: str, language: str = "es") -> JourneyMap:
    """A new map from the template *name*, in *language* ("es" or "en").

    The map has one persona whose timeline holds the template's stages and
    lanes; every id is new.
    """
    spec = template_spec(name)
    spanish = base_language(language) == "es"
    stages = [
        Stage(
            id=new_id("stage"),
            name=entry[0] if spanish else entry[1],
            description=entry[2] if spanish else entry[3],
            timeframe=entry[4] if spanish else entry[5],
            color=STAGE_COLOURS[i % len(STAGE_COLOURS)],
        )
        for i, entry in enumerate(spec.stages)
    ]
    lanes = [
        Lane(id=new_id("lane"), kind=kind, name=text(f"lane.{kind.value}", language)) for kind in spec.lanes
    ]
    persona = Persona(
        id=new_id("persona"),
        name=text("persona.default", language),
        timeline=Timeline(stages=stages, lanes=lanes),
    )
    title = spec.title_es if spanish else spec.title_en
    return JourneyMap.new(title=title, language="es" if spanish else "en", personas=[persona])
