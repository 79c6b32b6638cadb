"""The analysis dock and the emotion overview, checked against figures counted by hand in the sample."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableWidget, QToolTip
from pytestqt.qtbot import QtBot

from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model import TouchpointCard
from journeydesigner.model.edits import AddCard, RemoveCards, RemovePersona, UpdateItem
from journeydesigner.ui.analysis import (
    COL_CHANNELS,
    COL_EMOTION,
    COL_OPPORTUNITY,
    COL_PAIN,
    COL_STAGE,
    COL_TOUCHPOINTS,
    VALUE_ROLE,
    AnalysisDock,
    format_score,
)
from journeydesigner.ui.overview import (
    MARKER_SHAPES,
    EmotionOverviewDock,
    EmotionOverviewWidget,
    line_style,
    marker_path,
)
from tests.conftest import ROOT

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"
STAGES = [
    "Descubrimiento",
    "Evaluación",
    "Compra",
    "Entrega",
    "Uso",
    "Devolución",
    "Fidelización",
    "Recomendación",
]


def shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("JD_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class Rig:
    document: JourneyDocument
    state: EditorState
    analysis: AnalysisDock
    overview: EmotionOverviewDock
    window: QMainWindow


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    document = JourneyDocument.open(SNEAKERS)
    state = EditorState(document)
    window = QMainWindow()
    window.setCentralWidget(QLabel("canvas"))
    analysis = AnalysisDock(state)
    overview = EmotionOverviewDock(state)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, analysis)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, overview)
    qtbot.addWidget(window)
    window.resize(1500, 900)
    window.show()
    qtbot.waitExposed(window)
    window.resizeDocks([analysis], [420], Qt.Orientation.Vertical)
    window.resizeDocks([overview], [760], Qt.Orientation.Horizontal)
    qtbot.wait(10)
    yield Rig(document, state, analysis, overview, window)


def column(table: QTableWidget, col: int, role: int = VALUE_ROLE) -> list[object]:
    return [table.item(row, col).data(role) for row in range(table.rowCount())]


def texts(table: QTableWidget, col: int) -> list[str]:
    return [table.item(row, col).text() for row in range(table.rowCount())]


# ---------------------------------------------------------------- by stage


def test_stage_figures_of_irene_match_the_sample(rig: Rig, tmp_path: Path) -> None:
    table = rig.analysis.stage_table
    assert rig.analysis.objectName() == "analysis"
    assert texts(table, COL_STAGE) == [*STAGES, "Whole journey"]
    # Emotion markers per stage: 1 | 0 | 1 | 0 and 2 | −1 | −1 and 1 | 1 | 2.
    assert column(table, COL_EMOTION) == [1.0, 0.0, 1.0, 1.0, -1.0, 0.0, 1.0, 2.0, 0.6]
    assert texts(table, COL_EMOTION) == ["+1.0", "0.0", "+1.0", "+1.0", "−1.0", "0.0", "+1.0", "+2.0", "+0.6"]
    assert column(table, COL_PAIN) == [0, 2, 1, 1, 1, 2, 1, 1, 9]
    assert column(table, COL_OPPORTUNITY) == [1, 2, 1, 1, 1, 2, 1, 1, 10]
    assert column(table, COL_TOUCHPOINTS) == [2, 2, 2, 2, 1, 2, 1, 2, 14]
    assert texts(table, COL_CHANNELS)[:2] == ["Web 1, Redes sociales 1", "Web 1, Chat 1"]
    assert column(table, COL_CHANNELS)[-1] == {
        "web": 4,
        "social": 2,
        "chat": 1,
        "email": 2,
        "whatsapp": 1,
        "post": 1,
        "store": 1,
        "app": 2,
    }
    assert texts(table, COL_CHANNELS)[-1].startswith("Web 4, App 2, Correo electrónico 2, Redes sociales 2")
    assert not table.item(0, COL_EMOTION).icon().isNull()
    assert "2 markers: 0, +2" in table.item(3, COL_EMOTION).toolTip()
    assert rig.analysis.summary.text() == "Irene Soto — lowest moment: Preocupada (−1) in Uso"
    assert rig.analysis.grab().save(str(shots_dir(tmp_path) / "analysis-by-stage.png"))


def test_switching_persona_shows_marta(rig: Rig) -> None:
    rig.state.set_persona("p-fiel")
    table = rig.analysis.stage_table
    assert column(table, COL_EMOTION) == [2.0, 1.0, 1.0, 0.0, 2.0, -1.0, 2.0, 2.0, 1.0]
    assert column(table, COL_PAIN) == [0, 1, 1, 1, 1, 1, 1, 0, 6]
    assert column(table, COL_OPPORTUNITY) == [0, 1, 1, 1, 1, 1, 1, 1, 7]
    assert column(table, COL_TOUCHPOINTS) == [1, 1, 1, 1, 1, 2, 1, 1, 9]
    assert texts(table, COL_CHANNELS)[5] == "Tienda física 1, WhatsApp 1"
    assert "Impaciente" in rig.analysis.summary.text()


def test_stage_without_markers_shows_a_dash(rig: Rig) -> None:
    document = rig.document
    assert document.execute("Remove", RemovePersona("p-fiel"))
    irene = document.journey.personas[0]
    emotion_ids = tuple(
        c.id for c in irene.timeline.cards if c.type == "emotion" and c.stage == "primera-s-uso"
    )
    assert document.execute("Remove markers", RemoveCards(emotion_ids))
    table = rig.analysis.stage_table
    assert table.item(4, COL_EMOTION).text() == "—"
    assert table.item(4, COL_EMOTION).data(VALUE_ROLE) is None
    assert table.item(4, COL_EMOTION).icon().isNull()


# ---------------------------------------------------------------- coverage


def test_coverage_matrix_over_all_personas(rig: Rig, tmp_path: Path) -> None:
    rig.analysis.tabs.setCurrentIndex(1)
    table = rig.analysis.coverage_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Channel", *STAGES, "Total"]
    rows = {table.item(r, 0).data(VALUE_ROLE): r for r in range(table.rowCount())}
    assert list(rows) == [
        "web",
        "app",
        "email",
        "sms",
        "phone",
        "chat",
        "social",
        "store",
        "post",
        "events",
        "whatsapp",
    ]

    def counts(channel: str) -> list[object]:
        return [table.item(rows[channel], c).data(VALUE_ROLE) for c in range(1, table.columnCount())]

    # Irene and Marta together, stages matched by name; the last figure is the total.
    assert counts("web") == [1, 1, 1, 0, 0, 1, 0, 1, 5]
    assert counts("app") == [1, 0, 1, 0, 1, 0, 1, 1, 5]
    assert counts("store") == [0, 1, 0, 0, 0, 2, 0, 0, 3]
    assert counts("whatsapp") == [0, 0, 0, 1, 0, 1, 0, 0, 2]
    assert counts("phone") == [0] * 9

    gap = table.item(rows["web"], 4)  # Web × Entrega
    assert gap.text() == "–"
    assert gap.background().style() == Qt.BrushStyle.BDiagPattern  # a pattern, not a colour
    assert "Gap" in gap.toolTip() and "Web" in gap.toolTip() and "Entrega" in gap.toolTip()
    served = table.item(rows["store"], 6)
    assert served.text() == "2" and served.background().style() == Qt.BrushStyle.NoBrush
    assert not table.item(rows["web"], 0).icon().isNull()
    assert rig.analysis.grab().save(str(shots_dir(tmp_path) / "analysis-coverage.png"))


def test_figures_follow_edits_and_undo(rig: Rig) -> None:
    document = rig.document
    card = TouchpointCard(
        id="card-test-phone",
        stage="primera-s-compra",
        lane="primera-l-puntos-de-contacto",
        title="Llama para preguntar por el envío",
        channel="phone",
    )
    assert document.execute("Add card", AddCard("p-primera", card))
    stage_table, coverage = rig.analysis.stage_table, rig.analysis.coverage_table
    assert stage_table.item(2, COL_TOUCHPOINTS).data(VALUE_ROLE) == 3
    assert "Teléfono / centro de llamadas 1" in stage_table.item(2, COL_CHANNELS).text()
    phone_row = next(r for r in range(coverage.rowCount()) if coverage.item(r, 0).data(VALUE_ROLE) == "phone")
    assert coverage.item(phone_row, 3).data(VALUE_ROLE) == 1

    document.undo_stack.undo()
    assert stage_table.item(2, COL_TOUCHPOINTS).data(VALUE_ROLE) == 2
    assert coverage.item(phone_row, 3).data(VALUE_ROLE) == 0

    # A renamed stage becomes its own column: stages match by name.
    assert document.execute("Rename", UpdateItem("fiel-s-uso", {"name": "Uso diario"}))
    headers = [coverage.horizontalHeaderItem(c).text() for c in range(coverage.columnCount())]
    assert headers[-2] == "Uso diario"


def test_a_hidden_dock_catches_up_when_shown(rig: Rig, qtbot: QtBot) -> None:
    rig.analysis.hide()
    rig.state.set_persona("p-fiel")
    assert rig.analysis.stage_table.item(1, COL_PAIN).data(VALUE_ROLE) == 2  # still Irene's: not recomputed
    rig.analysis.show()
    qtbot.waitUntil(lambda: rig.analysis.stage_table.item(1, COL_PAIN).data(VALUE_ROLE) == 1)


def test_format_score() -> None:
    assert [format_score(v) for v in (1.5, 0.04, -0.04, -1.0, 0.0)] == ["+1.5", "0.0", "0.0", "−1.0", "0.0"]


# ---------------------------------------------------------------- emotion overview


def test_overview_draws_every_marker_of_every_persona(rig: Rig, tmp_path: Path) -> None:
    chart = rig.overview.chart
    assert isinstance(chart, EmotionOverviewWidget)
    assert (rig.overview.objectName(), chart.objectName()) == ("overview", "emotionOverview")
    image = chart.grab()
    assert image.save(str(shots_dir(tmp_path) / "overview.png"))
    markers = chart.marker_positions()
    assert len(markers) == 10 + 9
    assert sum(text.startswith("Irene Soto — ") for _, text in markers) == 10
    assert "Marta Roig — Entrega: Impaciente (−1)" in [text for _, text in markers]

    # Higher scores are drawn higher; the two markers of one stage sit side by side.
    irene = [point for point, text in markers if text.startswith("Irene")]
    assert irene[4].y() < irene[3].y()  # Encantada (+2) above Expectante (0), both in Entrega
    assert irene[3].x() < irene[4].x()

    # The image really shows the personas' colours.
    rendered = image.toImage()
    colours = {rendered.pixelColor(int(p.x()), int(p.y())).name() for p, _ in markers}
    assert QColor("#E15759").name() in colours and QColor("#4E79A7").name() in colours


def test_overview_tooltip_names_who_where_and_how(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    chart = rig.overview.chart
    chart.grab()
    point, text = chart.marker_positions()[0]
    where = QPoint(int(point.x()), int(point.y()))
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, t, *_args: shown.append(t))
    QApplication.sendEvent(chart, QHelpEvent(QHelpEvent.Type.ToolTip, where, chart.mapToGlobal(where)))
    assert shown and text in shown[0]


def test_overview_follows_renames_and_the_current_persona(rig: Rig, tmp_path: Path) -> None:
    chart = rig.overview.chart
    assert rig.document.execute("Rename", UpdateItem("p-fiel", {"name": "Marta R."}))
    assert [c.name for c in chart.data.curves] == ["Irene Soto", "Marta R."]
    rig.state.set_persona("p-fiel")
    image = chart.grab()
    assert image.save(str(shots_dir(tmp_path) / "overview-marta-current.png"))
    assert any(text.startswith("Marta R. — ") for _, text in chart.marker_positions())


def test_overview_reads_in_greyscale(rig: Rig, tmp_path: Path) -> None:
    """Personas differ by marker shape and line style, not by colour alone."""
    bitmaps = set()
    for i in range(len(MARKER_SHAPES)):
        image = QImage(24, 24, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(marker_path(i, QPointF(12, 12), 14), QColor("black"))
        painter.end()
        bitmaps.add(bytes(image.constBits()))
    assert len(bitmaps) == len(MARKER_SHAPES)
    assert line_style(0) != line_style(1)
    grey = rig.overview.chart.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    assert grey.save(str(shots_dir(tmp_path) / "overview-greyscale.png"))


def test_overview_small_and_empty(rig: Rig, qtbot: QtBot, tmp_path: Path) -> None:
    chart = EmotionOverviewWidget(rig.state)
    qtbot.addWidget(chart)
    chart.resize(chart.minimumSizeHint())
    assert chart.grab().save(str(shots_dir(tmp_path) / "overview-small.png"))
    assert len(chart.marker_positions()) == 19  # still every marker at the smallest size

    document = rig.document
    for persona in list(document.journey.personas):
        ids = tuple(c.id for c in persona.timeline.cards if c.type == "emotion")
        assert document.execute("Remove markers", RemoveCards(ids))
    chart.resize(600, 300)
    assert chart.grab().save(str(shots_dir(tmp_path) / "overview-empty.png"))
    assert chart.marker_positions() == []
