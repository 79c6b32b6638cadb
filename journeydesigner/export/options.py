"""What the user asks of a PDF: layout, paper, orientation, personas, colour. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from reportlab.lib import pagesizes


class PdfLayout(StrEnum):
    """The kinds of PDF (names are a CLI contract)."""

    POSTER = "poster"
    TILES = "tiles"
    HANDOUTS = "handouts"
    WORKSHEET = "worksheet"


# Paper names as the CLI spells them (a contract) → size in points, portrait.
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": pagesizes.A4,
    "A3": pagesizes.A3,
    "A2": pagesizes.A2,
    "A1": pagesizes.A1,
    "A0": pagesizes.A0,
    "letter": pagesizes.LETTER,
    "legal": pagesizes.LEGAL,
    "tabloid": pagesizes.TABLOID,
}
TILE_PAPERS = ("A4", "letter")


class Orientation(StrEnum):
    """Page orientation (landscape by default for posters)."""

    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


@dataclass(frozen=True)
class PdfOptions:
    """Everything that shapes a PDF export.

    ``personas`` holds persona ids; empty means every persona. ``scale`` is
    the tiled poster's print scale (1.0: one layout point per printed point)
    and ``overlap_mm`` the strip each tile repeats of its neighbour.
    """

    layout: PdfLayout = PdfLayout.POSTER
    paper: str = "A3"
    orientation: Orientation = Orientation.LANDSCAPE
    personas: tuple[str, ...] = ()
    greyscale: bool = False
    connections: bool = True
    analysis_page: bool = False
    scale: float = 1.0
    overlap_mm: float = 10.0
    organisation: str = ""
    author: str = ""
    extra_keywords: tuple[str, ...] = field(default_factory=tuple)

    def page_size(self, paper: str | None = None) -> tuple[float, float]:
        """The page size in points for *paper* (default: the chosen paper) in the chosen orientation."""
        width, height = PAPER_SIZES[paper or self.paper]
        if self.orientation == Orientation.LANDSCAPE:
            return (max(width, height), min(width, height))
        return (min(width, height), max(width, height))
