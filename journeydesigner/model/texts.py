"""Default names the model gives to new things, in the map's language.

The model layer has no Qt, so it cannot use Qt's translation files; these are
the few words a new map is born with (lane names, catalogue entries, the
emotion scale). The user can rename all of them.
"""

from __future__ import annotations

SUPPORTED_LANGUAGES = ("es", "en")

_TEXTS: dict[str, dict[str, str]] = {
    "es": {
        "lane.actions": "Acciones",
        "lane.touchpoints": "Puntos de contacto",
        "lane.channels": "Canales y dispositivos",
        "lane.thoughts": "Pensamientos",
        "lane.emotions": "Emociones",
        "lane.pain_points": "Puntos de dolor",
        "lane.opportunities": "Oportunidades",
        "lane.metrics": "Métricas",
        "lane.backstage": "Trastienda",
        "lane.notes": "Notas",
        "channel.web": "Web",
        "channel.app": "App",
        "channel.email": "Correo electrónico",
        "channel.sms": "SMS",
        "channel.phone": "Teléfono / centro de llamadas",
        "channel.chat": "Chat",
        "channel.social": "Redes sociales",
        "channel.store": "Tienda física",
        "channel.post": "Correo postal",
        "channel.events": "Eventos",
        "device.desktop": "Ordenador",
        "device.mobile": "Móvil",
        "device.tablet": "Tableta",
        "device.kiosk": "Quiosco",
        "device.in_person": "En persona",
        "emotion.-2": "Muy negativa",
        "emotion.-1": "Negativa",
        "emotion.0": "Neutra",
        "emotion.1": "Positiva",
        "emotion.2": "Muy positiva",
        "persona.default": "Cliente",
        "map.untitled": "Mapa sin título",
    },
    "en": {
        "lane.actions": "Actions",
        "lane.touchpoints": "Touchpoints",
        "lane.channels": "Channels and devices",
        "lane.thoughts": "Thoughts",
        "lane.emotions": "Emotions",
        "lane.pain_points": "Pain points",
        "lane.opportunities": "Opportunities",
        "lane.metrics": "Metrics",
        "lane.backstage": "Backstage",
        "lane.notes": "Notes",
        "channel.web": "Web",
        "channel.app": "App",
        "channel.email": "Email",
        "channel.sms": "SMS",
        "channel.phone": "Phone / call centre",
        "channel.chat": "Chat",
        "channel.social": "Social media",
        "channel.store": "Physical store",
        "channel.post": "Post",
        "channel.events": "Events",
        "device.desktop": "Desktop",
        "device.mobile": "Mobile",
        "device.tablet": "Tablet",
        "device.kiosk": "Kiosk",
        "device.in_person": "In person",
        "emotion.-2": "Very negative",
        "emotion.-1": "Negative",
        "emotion.0": "Neutral",
        "emotion.1": "Positive",
        "emotion.2": "Very positive",
        "persona.default": "Customer",
        "map.untitled": "Untitled map",
    },
}


def base_language(language: str) -> str:
    """Return the supported language for a tag such as ``es-MX`` (English otherwise)."""
    base = language.split("-")[0].lower()
    return base if base in _TEXTS else "en"


def text(key: str, language: str) -> str:
    """Return the default text *key* in *language*."""
    return _TEXTS[base_language(language)][key]
