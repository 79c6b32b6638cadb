"""A consultant builds a map from a template with mouse and keyboard alone.

Starting from the purchase-journey template, the test rebuilds the core of
the Spanish sneaker sample: profile, an extra stage, touchpoints with a
device, an emotion marker in every stage, pain point, opportunity, metric,
action, thought, note and a loop back. Then the map saves and reloads
identically, and undoing every step gives back the template.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from journeydesigner.canvas.mime import PaletteEntry
from journeydesigner.document.document import JourneyDocument
from journeydesigner.model.cards import EmotionCard, LaneKind
from journeydesigner.storage import dumps_map, load_map
from journeydesigner.templates import build_template
from journeydesigner.ui.main_window import MainWindow
from tests.gui.canvas_helpers import drag
from tests.gui.test_canvas_drops import _drop


def _type_in_place(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.view.findChild(QLineEdit, "inPlaceEditor")
    assert editor is not None, "no in-place editor open"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _cell(window: MainWindow, stage_index: int, kind: LaneKind, dy: float = 8) -> QPointF:
    layout = window.scene.layout
    assert layout is not None
    stage = layout.stages[stage_index].column
    lane = next(lane for lane in layout.lanes if lane.kind == kind).row
    return QPointF(stage.x + stage.width / 2, lane.bottom - dy)


def test_rebuild_a_journey_from_a_template(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(JourneyDocument(build_template("purchase-journey", "es")))
    qtbot.addWidget(window)
    window.resize(1800, 1200)
    window.show()
    qtbot.waitExposed(window)
    window.view.resize(3000, 2000)  # the whole timeline in sight, like a projector
    journey = window.document.journey
    start = journey.model_dump()
    persona = journey.personas[0]

    # Persona profile in the inspector (nothing selected shows the persona), filled
    # just after the canvas's first paint.
    window.state.set_selection([])
    qtbot.waitUntil(lambda: window.inspector.findChild(QLineEdit, "persona_name") is not None)
    name = window.inspector.findChild(QLineEdit, "persona_name")
    assert name is not None
    name.selectAll()
    qtbot.keyClicks(name, "Irene Soto")
    assert persona.name == "Irene Soto"

    # A delivery stage between Compra and Fidelizacion, named in place.
    layout = window.scene.layout
    assert layout is not None
    boundary = layout.stages[3].column.x
    assert _drop(_Window(window), PaletteEntry("stage").to_mime(), QPointF(boundary + 4, 200)) == (
        True,
        True,
    )
    _type_in_place(qtbot, window, "Entrega")
    assert [s.name for s in persona.timeline.stages][3] == "Entrega"

    # Touchpoints, typed in place, and a mobile attached to the first.
    _drop(
        _Window(window),
        PaletteEntry("card", card_type="touchpoint").to_mime(),
        _cell(window, 0, LaneKind.TOUCHPOINTS),
    )
    _type_in_place(qtbot, window, "Anuncio de busqueda")
    search_ad = persona.timeline.cards[-1]
    assert search_ad.title == "Anuncio de busqueda"
    box = window.scene.layout.cards[search_ad.id].rect
    _drop(_Window(window), PaletteEntry("device", device="mobile").to_mime(), QPointF(*box.center))
    assert search_ad.devices == ["mobile"]

    # One card of every other kind in its lane.
    for stage_index, card_type, kind, title in (
        (0, "action", LaneKind.ACTIONS, "Busca zapatillas para empezar"),
        (1, "thought", LaneKind.THOUGHTS, "Si me equivoco de talla?"),
        (1, "pain_point", LaneKind.PAIN_POINTS, "Tabla de tallas confusa"),
        (1, "opportunity", LaneKind.OPPORTUNITIES, "Medidor de talla con una foto"),
        (2, "metric", LaneKind.METRICS, "Tasa de conversion"),
        (3, "note", LaneKind.ACTIONS, "Nota manuscrita en el paquete"),
        (5, "action", LaneKind.ACTIONS, "Recomienda la tienda"),
    ):
        _drop(
            _Window(window),
            PaletteEntry("card", card_type=card_type).to_mime(),
            _cell(window, stage_index, kind),
        )
        _type_in_place(qtbot, window, title)
        assert (persona.timeline.cards[-1].type, persona.timeline.cards[-1].title) == (card_type, title)

    # An emotion marker in every stage, its height giving the score.
    scores = [1, 0, 1, 2, 1, 2]
    for stage_index, score in enumerate(scores):
        layout = window.scene.layout
        lane = next(lane for lane in layout.lanes if lane.kind == LaneKind.EMOTIONS)
        stage = layout.stages[stage_index].column
        point = QPointF(stage.x + stage.width / 2, layout.score_y(lane.lane_id, score))
        _drop(_Window(window), PaletteEntry("emotion").to_mime(), point)
        window.view.finish_editing(commit=False)
    curve = [c.score for c in persona.timeline.cards if isinstance(c, EmotionCard)]
    assert curve == scores

    # Journeys are cycles: the recommendation leads back to a new search.
    recommend = persona.timeline.cards[
        [c.title for c in persona.timeline.cards].index("Recomienda la tienda")
    ]
    window.view.set_connection_tool(True)
    layout = window.scene.layout
    drag(
        window.view,
        QPointF(*layout.cards[recommend.id].rect.center),
        QPointF(*layout.cards[search_ad.id].rect.center),
    )
    window.view.set_connection_tool(False)
    assert (persona.timeline.connections[-1].source, persona.timeline.connections[-1].target) == (
        recommend.id,
        search_ad.id,
    )

    # Saves and reloads identically.
    path = tmp_path / "zapatillas.journey"
    assert window._save_to(path)
    assert dumps_map(load_map(path)) == path.read_bytes()
    assert load_map(path).model_dump() == journey.model_dump()

    # Any step can be undone: all of them give back the template.
    stack = window.document.undo_stack
    assert stack.count() >= 20
    while stack.canUndo():
        stack.undo()
    # Saving stamps the map's modification time, which is not an edit to undo.
    assert journey.model_dump(exclude={"modified"}) == {k: v for k, v in start.items() if k != "modified"}
    stack.setClean()  # closing the window must not stop to ask about saving


class _Window:
    """Adapter so the drop helper of the canvas tests can drive the window's view."""

    def __init__(self, window: MainWindow) -> None:
        self.view = window.view
