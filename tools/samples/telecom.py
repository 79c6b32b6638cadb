"""Sample map “Broadband outage support” (English): two personas, seven stages."""

from __future__ import annotations

from datetime import UTC, datetime

from journeydesigner.model.catalogue import Channel
from journeydesigner.model.journey import JourneyMap
from tools.samples.builder import assemble
from tools.samples.telecom_homeworker import homeworker
from tools.samples.telecom_retiree import retiree

FILE_NAME = "telecom-support.journey"

HOME_VISIT = Channel(id="home-visit", name="Engineer visit", online=False)


def build() -> JourneyMap:
    """Getting help with a fibre outage at Brightwave, a fictitious broadband provider."""
    journey = JourneyMap.new(
        "Broadband outage: getting help from Brightwave",
        language="en",
        description=(
            "Current-state map of what residential customers go through when their fibre connection "
            "fails, from the first frozen video call to the follow-up survey. Built from 240 call "
            "recordings, 12 customer interviews and the incident report of the October outage in "
            "north Leeds."
        ),
        organisation="Brightwave Broadband",
        authors=["Hannah Clarke", "Daniel Osei", "Sophie Turner"],
        created=datetime(2025, 2, 17, 10, 0, tzinfo=UTC),
        modified=datetime(2025, 2, 28, 16, 20, tzinfo=UTC),
    )
    return assemble(journey, [homeworker(), retiree()], channels=[HOME_VISIT])
