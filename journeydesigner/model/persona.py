"""Personas: who the customers are. Each persona owns its timeline."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, field_validator, model_validator

from journeydesigner.model import limits
from journeydesigner.model.base import Color, IconKey, Id, Model, Name, Text, TextList
from journeydesigner.model.timeline import Timeline

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
_MAX_AVATAR_BASE64 = (limits.MAX_AVATAR_BYTES + 2) // 3 * 4


class IconAvatar(Model):
    """An avatar drawn from the app's icon set."""

    kind: Literal["icon"] = "icon"
    icon: IconKey = "person"


class ImageAvatar(Model):
    """An embedded PNG or JPEG picture (base64), at most 2 MB."""

    kind: Literal["image"] = "image"
    media_type: Literal["image/png", "image/jpeg"]
    data: Annotated[str, StringConstraints(max_length=_MAX_AVATAR_BASE64)]

    @field_validator("data")
    @classmethod
    def _decodable(cls, value: str) -> str:
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("avatar image is not valid base64") from exc
        return value

    @model_validator(mode="after")
    def _header_matches(self) -> ImageAvatar:
        raw = self.image_bytes()
        if len(raw) > limits.MAX_AVATAR_BYTES:
            raise ValueError("avatar image is larger than 2 MB")
        magic = _PNG_MAGIC if self.media_type == "image/png" else _JPEG_MAGIC
        if not raw.startswith(magic):
            raise ValueError(f"avatar data is not a {self.media_type} image")
        return self

    def image_bytes(self) -> bytes:
        """The decoded picture."""
        return base64.b64decode(self.data)

    @classmethod
    def from_bytes(cls, raw: bytes) -> ImageAvatar:
        """Build an avatar from PNG or JPEG bytes, recognised by their header."""
        media_type = "image/png" if raw.startswith(_PNG_MAGIC) else "image/jpeg"
        return cls(media_type=media_type, data=base64.b64encode(raw).decode("ascii"))


Avatar = Annotated[IconAvatar | ImageAvatar, Field(discriminator="kind")]


class Persona(Model):
    """A customer archetype and the journey it lives."""

    id: Id
    name: Name
    role: Name = ""
    quote: Text = ""
    description: Text = ""
    goals: TextList = []
    motivations: TextList = []
    frustrations: TextList = []
    color: Color = "#3E7CB1"
    avatar: Avatar = Field(default_factory=IconAvatar)
    timeline: Timeline = Field(default_factory=Timeline)
