"""Channels and devices a touchpoint can use, with built-in defaults."""

from __future__ import annotations

from journeydesigner.model.base import IconKey, Id, Model, Name
from journeydesigner.model.texts import text


class Channel(Model):
    """A channel of contact between customer and company (web, phone, store …)."""

    id: Id
    name: Name
    icon: IconKey = "channel"
    online: bool = True


class Device(Model):
    """A device the customer uses (mobile, desktop, kiosk, in person …)."""

    id: Id
    name: Name
    icon: IconKey = "device"
    online: bool = True


# (id, online) of the built-in entries; the id doubles as the icon key.
DEFAULT_CHANNELS: tuple[tuple[str, bool], ...] = (
    ("web", True),
    ("app", True),
    ("email", True),
    ("sms", True),
    ("phone", False),
    ("chat", True),
    ("social", True),
    ("store", False),
    ("post", False),
    ("events", False),
)
DEFAULT_DEVICES: tuple[tuple[str, bool], ...] = (
    ("desktop", True),
    ("mobile", True),
    ("tablet", True),
    ("kiosk", True),
    ("in-person", False),
)


def default_channels(language: str) -> list[Channel]:
    """The built-in channel catalogue, named in *language*."""
    return [
        Channel(id=key, name=text(f"channel.{key}", language), icon=key, online=online)
        for key, online in DEFAULT_CHANNELS
    ]


def default_devices(language: str) -> list[Device]:
    """The built-in device catalogue, named in *language*."""
    return [
        Device(
            id=key,
            name=text(f"device.{key.replace('-', '_')}", language),
            icon=key,
            online=online,
        )
        for key, online in DEFAULT_DEVICES
    ]
