"""A persona's timeline: stages (columns), lanes (rows), cards and connections."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from journeydesigner.model import limits
from journeydesigner.model.base import Color, Id, Model, Name, Text
from journeydesigner.model.cards import Card, LaneKind


class Stage(Model):
    """A column of the timeline: a phase the customer goes through."""

    id: Id
    name: Name
    description: Text = ""
    timeframe: Name = ""
    color: Color = "#5B8DEF"
    width: Annotated[float, Field(ge=limits.MIN_STAGE_WIDTH, le=limits.MAX_STAGE_WIDTH)] = (
        limits.DEFAULT_STAGE_WIDTH
    )


class Lane(Model):
    """A row of the timeline, holding one kind of card."""

    id: Id
    kind: LaneKind
    name: Name
    hidden: bool = False


class Connection(Model):
    """An arrow between two cards of the same timeline; loops back are allowed."""

    id: Id
    source: Id
    target: Id
    label: Name = ""


class Timeline(Model):
    """The ordered stages and lanes of one persona, with its cards and arrows."""

    stages: Annotated[list[Stage], Field(max_length=limits.MAX_STAGES)] = []
    lanes: Annotated[list[Lane], Field(max_length=limits.MAX_LANES)] = []
    cards: Annotated[list[Card], Field(max_length=limits.MAX_CARDS_PER_TIMELINE)] = []
    connections: Annotated[list[Connection], Field(max_length=limits.MAX_CONNECTIONS_PER_TIMELINE)] = []
