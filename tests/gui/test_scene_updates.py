"""A scene updated edit by edit shows exactly what a scene built afresh shows.

The scene updates only the cells, cards and connections an edit reaches; a
fresh scene lays everything out. Both must agree on every item.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from journeydesigner.canvas.image_export import render_scene_svg, timeline_rect
from journeydesigner.canvas.items.card_item import CardItem, EmotionMarkerItem
from journeydesigner.canvas.scene import TimelineScene
from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model import edits as ed
from tests.gui.conftest import Canvas, open_canvas
from tests.gui.test_undo_properties import ORIGINAL, _draw_edit


def _rounded(rect: QRectF) -> tuple[float, ...]:
    # An arrow moved with its cards is translated, not routed again: equal to within rounding.
    return tuple(round(value, 6) for value in rect.getRect())


def _picture(scene: TimelineScene) -> dict[str, object]:
    """Everything the scene shows, in plain values."""
    cards = {
        card_id: (type(item).__name__, item.pos().x(), item.pos().y(), item.boundingRect().getRect())
        for card_id, item in scene.card_items.items()
    }
    items = scene.card_items.items()
    lowest = sorted(i for i, item in items if isinstance(item, EmotionMarkerItem) and item.lowest)
    # An arrow's ink (its bounds keep some slack, which depends on its past).
    links = {
        link_id: (ends, tuple(round(value, 6) for value in item.extent))
        for link_id, (item, ends) in scene.connection_items.items()
    }
    curves = {lane_id: _rounded(curve.path().boundingRect()) for lane_id, curve in scene.curve_items.items()}
    headers = {
        header_id: (item.pos().x(), item.pos().y(), item.boundingRect().getRect())
        for header_id, item in [*scene.stage_items.items(), *scene.lane_items.items()]
    }
    return {
        "headers": headers,
        "cards": cards,
        "lowest": lowest,
        "links": links,
        "curves": curves,
        "layout": (scene.layout.cards, scene.layout.curves) if scene.layout else None,
        "rect": scene.sceneRect().getRect(),
    }


def _fresh(document: JourneyDocument, persona_id: str) -> dict[str, object]:
    state = EditorState(document)
    state.set_persona(persona_id)
    scene = TimelineScene(state)
    try:
        return _picture(scene)
    finally:
        document.changed.disconnect(scene._on_changed)
        document.changed.disconnect(state._on_changed)
        scene.deleteLater()
        state.deleteLater()


@settings(max_examples=30)
@given(data=st.data())
def test_edit_by_edit_equals_built_afresh(qapp, data: st.DataObject) -> None:  # type: ignore[no-untyped-def]
    document = JourneyDocument(ORIGINAL.model_copy(deep=True))
    state = EditorState(document)
    persona_id = document.journey.personas[data.draw(st.integers(0, len(ORIGINAL.personas) - 1))].id
    state.set_persona(persona_id)
    scene = TimelineScene(state)
    for _ in range(data.draw(st.integers(1, 15))):
        batch = _draw_edit(data, document, persona_id)
        if batch:
            document.execute("edit", batch)
        assert _picture(scene) == _fresh(document, persona_id)
    for _ in range(document.undo_stack.count()):
        document.undo_stack.undo()
    assert _picture(scene) == _fresh(document, persona_id)


def test_a_dragged_card_that_keeps_its_cell_snaps_back(qapp) -> None:  # type: ignore[no-untyped-def]
    document = JourneyDocument(ORIGINAL.model_copy(deep=True))
    state = EditorState(document)
    scene = TimelineScene(state)
    persona = document.journey.personas[0]
    moved, stays = persona.timeline.cards[0], persona.timeline.cards[1]
    stays_item = scene.card_items[stays.id]
    home = stays_item.pos()
    stays_item.setSelected(True)
    stays_item.setPos(home.x() + 3, home.y() + 2)  # dragged a little, dropped in its own place
    target = next(s.id for s in persona.timeline.stages if s.id != moved.stage)
    assert document.execute("move", ed.MoveCard(moved.id, target, moved.lane))
    assert stays_item.pos() == home
    assert stays_item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable


def test_a_painted_canvas_exports_text_not_cached_pictures(canvas: Canvas) -> None:
    canvas.view.viewport().repaint()  # the cards' pixmap caches are filled
    rect = timeline_rect(canvas.scene)
    svg = render_scene_svg(canvas.scene, rect).decode("utf-8")
    root = ET.fromstring(svg)
    texts = " ".join(element.text or "" for element in root.iter())
    first = canvas.document.journey.personas[0].timeline.cards[0]
    assert first.title.split()[0] in texts
    assert not [element for element in root.iter() if element.tag.endswith("image")]
    modes = {item.cacheMode() for item in canvas.scene.card_items.values()}
    assert modes == {QGraphicsItem.CacheMode.DeviceCoordinateCache}  # the screen keeps its caches


def test_a_jump_in_the_history_announces_one_change_and_the_scene_follows(qapp) -> None:  # type: ignore[no-untyped-def]
    document = JourneyDocument(ORIGINAL.model_copy(deep=True))
    state = EditorState(document)
    scene = TimelineScene(state)
    persona = document.journey.personas[0]
    stages = [s.id for s in persona.timeline.stages]
    for card in list(persona.timeline.cards)[:8]:
        target = stages[(stages.index(card.stage) + 1) % len(stages)]
        assert document.execute("move", ed.MoveCard(card.id, target, card.lane))
    after = _picture(scene)
    heard: list[object] = []
    document.changed.connect(heard.append)
    document.undo_stack.setIndex(0)  # what clicking "<opened>" in the History does
    assert len(heard) == 1
    assert document.journey.model_dump() == ORIGINAL.model_dump()
    assert _picture(scene) == _fresh(document, persona.id)
    document.undo_stack.setIndex(document.undo_stack.count())
    assert len(heard) == 2
    assert _picture(scene) == after
    document.undo_stack.undo()  # one step is still announced before undo() returns
    assert len(heard) == 3


def test_a_moved_card_keeps_its_picture_until_its_look_changes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawing a card (text, icons, rounded box) costs far more than moving its pixels."""
    painted: list[str] = []
    paint = CardItem.paint

    def counted(self: CardItem, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:  # type: ignore[no-untyped-def]
        painted.append(self.item_id)
        paint(self, painter, option, widget)

    # Before the items are made: PySide looks a Python override up when it wraps an item.
    monkeypatch.setattr(CardItem, "paint", counted)
    canvas = open_canvas(qtbot)
    card = next(
        c for c in canvas.document.journey.personas[0].timeline.cards if c.id in canvas.scene.card_items
    )
    stages = [s.id for s in canvas.document.journey.personas[0].timeline.stages]
    item = canvas.scene.card_items[card.id]

    def settled() -> None:
        canvas.view.viewport().repaint()
        QApplication.processEvents()

    settled()
    painted.clear()
    neighbour = stages[stages.index(card.stage) + 1]
    assert canvas.document.execute("move", ed.MoveCard(card.id, neighbour, card.lane))
    settled()
    assert canvas.scene.card_items[card.id] is item
    assert item.pos().x() == canvas.scene.layout.cards[card.id].rect.x  # type: ignore[union-attr]
    assert card.id not in painted, "moved, not drawn again"
    canvas.document.undo_stack.undo()
    settled()
    assert card.id not in painted
    # A change of its look, or of its size, draws it again.
    assert canvas.document.execute("rename", ed.UpdateItem(card.id, {"title": "Otra búsqueda"}))
    settled()
    assert card.id in painted
    painted.clear()
    assert canvas.document.execute("widen", ed.UpdateItem(neighbour, {"width": 330.0}))
    assert canvas.document.execute("move", ed.MoveCard(card.id, neighbour, card.lane))
    settled()
    assert item.boundingRect().width() > 300
    assert card.id in painted
