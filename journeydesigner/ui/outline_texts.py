"""What the outline's rows say: their texts and, for tooltips and screen readers, their details.

The strings keep the dock's translation context, "OutlineDock", written out so that lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journeydesigner.canvas.texts import level_label
from journeydesigner.model.cards import (
    AnyCard,
    DeviceCard,
    EmotionCard,
    MetricCard,
    OpportunityCard,
    PainPointCard,
    TouchpointCard,
)
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.model.timeline import Lane, Stage
from journeydesigner.ui.inspector_fields import card_type_label, format_number, format_score, lane_kind_label

_DETAIL_CHARS = 240  # how much of a description a tooltip quotes


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _DETAIL_CHARS else text[: _DETAIL_CHARS - 1] + "…"


def persona_texts(persona: Persona) -> tuple[str, str]:
    """A persona row's text and details."""
    name = persona.name or QCoreApplication.translate("OutlineDock", "(unnamed persona)")
    timeline = persona.timeline
    details = QCoreApplication.translate(
        "OutlineDock", "Persona {name}. {stages} stages, {cards} cards."
    ).format(name=name, stages=len(timeline.stages), cards=len(timeline.cards))
    return name, f"{details} {persona.role}" if persona.role else details


def stage_texts(stage: Stage, number: int, count: int, cards: int) -> tuple[str, str]:
    """A stage row's text and details: stage *number* of *count*, holding *cards* cards."""
    name = stage.name or QCoreApplication.translate("OutlineDock", "(unnamed stage)")
    details = QCoreApplication.translate("OutlineDock", "Stage {number} of {count}, {cards} cards.").format(
        number=number, count=count, cards=cards
    )
    return name, f"{details} {stage.timeframe}" if stage.timeframe else details


def cell_text(lane: Lane) -> str:
    """The text of a lane's row under a stage: its name, and whether it is hidden."""
    text = lane.name or lane_kind_label(lane.kind)
    if lane.hidden:
        text += " " + QCoreApplication.translate("OutlineDock", "(hidden)")
    return text


def cell_details(stage: Stage, lane: Lane, cards: int) -> str:
    """The details of a lane's row under a stage, holding *cards* cards."""
    name = lane.name or lane_kind_label(lane.kind)
    details = QCoreApplication.translate(
        "OutlineDock", "Lane {lane} ({kind}) in stage {stage}, {cards} cards."
    ).format(lane=name, kind=lane_kind_label(lane.kind), stage=stage.name, cards=cards)
    if lane.hidden:
        details += " " + QCoreApplication.translate("OutlineDock", "The lane is hidden.")
    return details


def card_text(card: AnyCard) -> str:
    """A card row's text: its type and title ("Touchpoint: Chat", "Emotion +1: Curiosa")."""
    title = card.title or QCoreApplication.translate("OutlineDock", "(untitled)")
    kind = card_type_label(card.type)
    if isinstance(card, EmotionCard):
        return f"{kind} {format_score(card.score)}: {title}"
    return f"{kind}: {title}"


def card_details(journey: JourneyMap, card: AnyCard) -> str:
    """The facts of a card in words, for tooltips and screen readers."""
    parts = [card_type_label(card.type)]
    if isinstance(card, TouchpointCard):
        if card.channel:
            name = next((c.name for c in journey.channels if c.id == card.channel), card.channel)
            parts.append(QCoreApplication.translate("OutlineDock", "channel {name}").format(name=name))
        if card.devices:
            devices = {d.id: d.name for d in journey.devices}
            names = ", ".join(devices.get(d, d) for d in card.devices)
            parts.append(QCoreApplication.translate("OutlineDock", "devices {names}").format(names=names))
        if card.owner:
            parts.append(QCoreApplication.translate("OutlineDock", "owner {name}").format(name=card.owner))
        if card.moment_of_truth:
            parts.append(QCoreApplication.translate("OutlineDock", "moment of truth"))
    elif isinstance(card, DeviceCard):
        name = next((d.name for d in journey.devices if d.id == card.device), card.device)
        parts.append(QCoreApplication.translate("OutlineDock", "device {name}").format(name=name))
    elif isinstance(card, EmotionCard):
        label = journey.emotion_scale.label_for(card.score)
        score = format_score(card.score)
        parts.append(
            QCoreApplication.translate("OutlineDock", "emotion {score} ({label})").format(
                score=score, label=label
            )
        )
    elif isinstance(card, PainPointCard):
        parts.append(
            QCoreApplication.translate("OutlineDock", "severity {level}").format(
                level=level_label(card.severity)
            )
        )
    elif isinstance(card, OpportunityCard):
        parts.append(
            QCoreApplication.translate("OutlineDock", "priority {level}").format(
                level=level_label(card.priority)
            )
        )
        if card.owner:
            parts.append(QCoreApplication.translate("OutlineDock", "owner {name}").format(name=card.owner))
    elif isinstance(card, MetricCard):
        figure = " ".join(x for x in (format_number(card.value), card.unit) if x)
        if figure:
            parts.append(QCoreApplication.translate("OutlineDock", "value {figure}").format(figure=figure))
        if card.target is not None:
            parts.append(
                QCoreApplication.translate("OutlineDock", "target {figure}").format(
                    figure=format_number(card.target)
                )
            )
        if card.source:
            parts.append(QCoreApplication.translate("OutlineDock", "source {name}").format(name=card.source))
    details = ", ".join(parts) + "."
    if card.title:
        details = f"{card.title}. {details}"
    if card.description:
        details += " " + _quote(card.description)
    return details
