"""Shared pydantic configuration and constrained field types."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from journeydesigner.model import limits
from journeydesigner.model.ids import ID_PATTERN

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Name = Annotated[str, StringConstraints(max_length=limits.MAX_NAME_CHARS)]
Text = Annotated[str, StringConstraints(max_length=limits.MAX_TEXT_CHARS)]
Color = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
IconKey = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
TextList = Annotated[list[Name], Field(max_length=limits.MAX_LIST_ITEMS_TEXT)]


class Model(BaseModel):
    """Base of every document model: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid", validate_default=False, allow_inf_nan=False)
