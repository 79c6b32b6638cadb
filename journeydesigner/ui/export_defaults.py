"""What the Export PDF dialog starts with, and how it names layouts and files."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from journeydesigner.document.document import JourneyDocument
from journeydesigner.export.options import TILE_PAPERS, Orientation, PdfLayout, PdfOptions
from journeydesigner.ui.settings import AppSettings

CONTEXT = "ExportDialog"
# Posters want big paper: A3, or its US cousin tabloid, unless the preferences already ask for more.
LARGE_PAPERS = ("A2", "A1", "A0", "tabloid")
US_PAPERS = ("letter", "legal", "tabloid")


def layout_name(layout: PdfLayout) -> str:
    """A layout as shown to the user."""
    names = {
        PdfLayout.POSTER: QCoreApplication.translate("ExportDialog", "Poster"),
        PdfLayout.TILES: QCoreApplication.translate("ExportDialog", "Tiled wall poster"),
        PdfLayout.HANDOUTS: QCoreApplication.translate("ExportDialog", "Workshop handouts"),
        PdfLayout.WORKSHEET: QCoreApplication.translate("ExportDialog", "Blank worksheet"),
    }
    return names[layout]


def layout_tip(layout: PdfLayout) -> str:
    """One line on what a layout is for."""
    tips = {
        PdfLayout.POSTER: QCoreApplication.translate(
            "ExportDialog", "The whole timeline of each persona on one large page"
        ),
        PdfLayout.TILES: QCoreApplication.translate(
            "ExportDialog", "The timeline at full size on office paper, to tape together on a wall"
        ),
        PdfLayout.HANDOUTS: QCoreApplication.translate(
            "ExportDialog", "Persona sheets and stage pages to hand out in a workshop"
        ),
        PdfLayout.WORKSHEET: QCoreApplication.translate(
            "ExportDialog", "The stages and lanes with empty cells, to fill in by hand"
        ),
    }
    return tips[layout]


def default_paper(layout: PdfLayout, preferred: str) -> str:
    """The paper a layout starts with, given the paper of the preferences."""
    if layout == PdfLayout.POSTER:
        if preferred in LARGE_PAPERS:
            return preferred
        return "tabloid" if preferred in US_PAPERS else "A3"
    if layout == PdfLayout.TILES:
        return preferred if preferred in TILE_PAPERS else ("letter" if preferred in US_PAPERS else "A4")
    return preferred


def default_orientation(layout: PdfLayout) -> Orientation:
    """Handouts are read in the hand, portrait; the timeline is wide, landscape."""
    return Orientation.PORTRAIT if layout == PdfLayout.HANDOUTS else Orientation.LANDSCAPE


def default_options(
    document: JourneyDocument,
    persona_id: str | None,
    settings: AppSettings,
    layout: PdfLayout = PdfLayout.POSTER,
) -> PdfOptions:
    """What the dialog starts with: *layout* of the current persona on the layout's paper."""
    journey = document.journey
    personas = (persona_id,) if persona_id and persona_id in journey.index.personas else ()
    return PdfOptions(
        layout=layout,
        paper=default_paper(layout, settings.paper_size),
        orientation=default_orientation(layout),
        personas=personas,
        organisation=journey.organisation,
        author=", ".join(journey.authors),
    )


def default_file_name(title: str, layout: PdfLayout) -> str:
    """ "Map title - Poster.pdf", without characters file systems refuse."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", f"{title} - {layout_name(layout)}")
    return re.sub(r"\s+", " ", name).strip(" .") + ".pdf"
