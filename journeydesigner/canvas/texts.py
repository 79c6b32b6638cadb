"""User-visible names of card types and undo commands, through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def type_label(card_type: str) -> str:
    """The name of a card type ("Touchpoint")."""
    labels = {
        "touchpoint": QCoreApplication.translate("Canvas", "Touchpoint"),
        "device": QCoreApplication.translate("Canvas", "Device"),
        "emotion": QCoreApplication.translate("Canvas", "Emotion marker"),
        "pain_point": QCoreApplication.translate("Canvas", "Pain point"),
        "opportunity": QCoreApplication.translate("Canvas", "Opportunity"),
        "metric": QCoreApplication.translate("Canvas", "Metric"),
        "action": QCoreApplication.translate("Canvas", "Action"),
        "thought": QCoreApplication.translate("Canvas", "Thought"),
        "note": QCoreApplication.translate("Canvas", "Note"),
    }
    return labels.get(card_type, card_type)


def add_command(card_type: str) -> str:
    """Undo name for adding a card of *card_type*."""
    names = {
        "touchpoint": QCoreApplication.translate("Canvas", "Add touchpoint"),
        "device": QCoreApplication.translate("Canvas", "Add device"),
        "emotion": QCoreApplication.translate("Canvas", "Add emotion marker"),
        "pain_point": QCoreApplication.translate("Canvas", "Add pain point"),
        "opportunity": QCoreApplication.translate("Canvas", "Add opportunity"),
        "metric": QCoreApplication.translate("Canvas", "Add metric"),
        "action": QCoreApplication.translate("Canvas", "Add action"),
        "thought": QCoreApplication.translate("Canvas", "Add thought"),
        "note": QCoreApplication.translate("Canvas", "Add note"),
    }
    return names.get(card_type, QCoreApplication.translate("Canvas", "Add card"))


def move_command(card_type: str) -> str:
    """Undo name for moving a card of *card_type*."""
    names = {
        "touchpoint": QCoreApplication.translate("Canvas", "Move touchpoint"),
        "device": QCoreApplication.translate("Canvas", "Move device"),
        "emotion": QCoreApplication.translate("Canvas", "Move emotion marker"),
        "pain_point": QCoreApplication.translate("Canvas", "Move pain point"),
        "opportunity": QCoreApplication.translate("Canvas", "Move opportunity"),
        "metric": QCoreApplication.translate("Canvas", "Move metric"),
        "action": QCoreApplication.translate("Canvas", "Move action"),
        "thought": QCoreApplication.translate("Canvas", "Move thought"),
        "note": QCoreApplication.translate("Canvas", "Move note"),
    }
    return names.get(card_type, QCoreApplication.translate("Canvas", "Move cards"))


def level_label(level: str) -> str:
    """low / medium / high, for severities and priorities."""
    return {
        "low": QCoreApplication.translate("Canvas", "Low"),
        "medium": QCoreApplication.translate("Canvas", "Medium"),
        "high": QCoreApplication.translate("Canvas", "High"),
    }.get(level, level)
