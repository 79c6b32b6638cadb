"""User-visible names of card types and undo commands, through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def type_label(card_type: str) -> str:
    """The name of a card type ("Touchpoint")."""
    labels = {
        "touchpoint": _t("Touchpoint"),
        "device": _t("Device"),
        "emotion": _t("Emotion marker"),
        "pain_point": _t("Pain point"),
        "opportunity": _t("Opportunity"),
        "metric": _t("Metric"),
        "action": _t("Action"),
        "thought": _t("Thought"),
        "note": _t("Note"),
    }
    return labels.get(card_type, card_type)


def add_command(card_type: str) -> str:
    """Undo name for adding a card of *card_type*."""
    names = {
        "touchpoint": _t("Add touchpoint"),
        "device": _t("Add device"),
        "emotion": _t("Add emotion marker"),
        "pain_point": _t("Add pain point"),
        "opportunity": _t("Add opportunity"),
        "metric": _t("Add metric"),
        "action": _t("Add action"),
        "thought": _t("Add thought"),
        "note": _t("Add note"),
    }
    return names.get(card_type, _t("Add card"))


def move_command(card_type: str) -> str:
    """Undo name for moving a card of *card_type*."""
    names = {
        "touchpoint": _t("Move touchpoint"),
        "device": _t("Move device"),
        "emotion": _t("Move emotion marker"),
        "pain_point": _t("Move pain point"),
        "opportunity": _t("Move opportunity"),
        "metric": _t("Move metric"),
        "action": _t("Move action"),
        "thought": _t("Move thought"),
        "note": _t("Move note"),
    }
    return names.get(card_type, _t("Move cards"))


def level_label(level: str) -> str:
    """low / medium / high, for severities and priorities."""
    return {"low": _t("Low"), "medium": _t("Medium"), "high": _t("High")}.get(level, level)


def t(text: str) -> str:
    """Translate a canvas string."""
    return _t(text)
