"""The inspector dock edits the selection, the persona and the map through undoable commands."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model import limits
from journeydesigner.model.cards import ActionCard, LaneKind
from journeydesigner.model.edits import AddCard, RemoveCards, UpdateItem
from journeydesigner.model.persona import IconAvatar, ImageAvatar
from journeydesigner.ui.inspector import InspectorDock, find_item
from journeydesigner.ui.inspector_fields import AvatarEditor
from tests.conftest import ROOT
from tests.gui.conftest import assert_undo_redo

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"
TOUCHPOINT = "primera-c-012"  # "Chat con una asesora de running", channel chat, devices [desktop]
TOUCHPOINTS = ("primera-c-002", "primera-c-003", "primera-c-011")
EMOTION = "primera-c-006"  # score 1
METRIC = "primera-c-008"  # value 3.1, target 4.0
STAGE = "primera-s-descubrimiento"
ACTIONS_LANE = "primera-l-acciones"
CONNECTION = "primera-x-01"


@dataclass
class Inspector:
    """An inspector over the sneakers sample."""

    document: JourneyDocument
    state: EditorState
    dock: InspectorDock

    def dump(self) -> dict[str, Any]:
        return self.document.journey.model_dump()

    def item(self, item_id: str) -> Any:
        return find_item(self.document.journey, item_id)

    def widget(self, kind: type[QWidget], name: str) -> Any:
        found = self.dock.findChild(kind, name)
        assert found is not None, name
        return found

    @property
    def stack_texts(self) -> list[str]:
        stack = self.document.undo_stack
        return [stack.text(i) for i in range(stack.count())]

    def round_trip(self, before: dict[str, Any]) -> None:
        """Undo restores *before* exactly; redo re-applies the edit."""
        assert_undo_redo(self.document, before)


@pytest.fixture
def inspector(qtbot: QtBot) -> Iterator[Inspector]:
    document = JourneyDocument.open(SNEAKERS)
    state = EditorState(document)
    dock = InspectorDock(state)
    qtbot.addWidget(dock)
    dock.resize(320, 700)
    dock.show()
    qtbot.waitExposed(dock)
    yield Inspector(document, state, dock)


def type_at_end(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QPlainTextEdit):
        qtbot.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_End)
    qtbot.keyClicks(widget, text)


def replace_text(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)


# ---------------------------------------------------------------- one card


def test_typing_a_word_is_one_undo_command(qtbot: QtBot, inspector: Inspector) -> None:
    inspector.state.set_selection([TOUCHPOINT])
    before = inspector.dump()
    title = inspector.item(TOUCHPOINT).title
    line = inspector.widget(QLineEdit, "field_title")
    assert line.text() == title
    type_at_end(qtbot, line, " por video")
    assert inspector.item(TOUCHPOINT).title == title + " por video"
    assert inspector.stack_texts == ["Change title"]
    inspector.document.undo_stack.undo()
    assert inspector.dump() == before
    assert line.text() == title  # the field follows the undo
    inspector.document.undo_stack.redo()
    assert inspector.item(TOUCHPOINT).title == title + " por video"
    assert line.text() == title + " por video"


def test_ctrl_z_in_a_field_undoes_the_document(qtbot: QtBot, inspector: Inspector) -> None:
    inspector.state.set_selection([TOUCHPOINT])
    before = inspector.dump()
    line = inspector.widget(QLineEdit, "field_owner")
    type_at_end(qtbot, line, " y ventas")
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert inspector.dump() == before  # the whole word, as one document step
    assert line.text() == "Atención al cliente"
    qtbot.keyClick(
        line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert inspector.item(TOUCHPOINT).owner == "Atención al cliente y ventas"
    assert inspector.document.undo_stack.count() == 1


def test_typing_keeps_the_cursor_where_it_is(qtbot: QtBot, inspector: Inspector) -> None:
    inspector.state.set_selection([TOUCHPOINT])
    line = inspector.widget(QLineEdit, "field_title")
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_Home)
    qtbot.keyClicks(line, "Nuevo: ")
    assert inspector.item(TOUCHPOINT).title.startswith("Nuevo: Chat")
    assert line.cursorPosition() == len("Nuevo: ")  # the refresh did not reset the text


def test_a_change_made_elsewhere_shows_in_the_fields(inspector: Inspector) -> None:
    inspector.state.set_selection([TOUCHPOINT])
    inspector.document.execute("Rename", UpdateItem(TOUCHPOINT, {"title": "Chat", "owner": "Ventas"}))
    assert inspector.widget(QLineEdit, "field_title").text() == "Chat"
    assert inspector.widget(QLineEdit, "field_owner").text() == "Ventas"


def test_touchpoint_channel_devices_and_moment_of_truth(qtbot: QtBot, inspector: Inspector) -> None:
    inspector.state.set_selection([TOUCHPOINT])
    before = inspector.dump()
    channel = inspector.widget(QComboBox, "field_channel")
    assert channel.currentText() == "Chat"
    channel.setFocus()
    qtbot.keyClick(channel, Qt.Key.Key_Home)  # the empty choice comes first
    assert inspector.item(TOUCHPOINT).channel is None

    devices = inspector.widget(QListWidget, "field_devices")
    tablet = next(devices.item(r) for r in range(devices.count()) if devices.item(r).text() == "Tableta")
    tablet.setCheckState(Qt.CheckState.Checked)
    assert inspector.item(TOUCHPOINT).devices == ["desktop", "tablet"]

    moment = inspector.widget(QCheckBox, "field_moment_of_truth")
    assert moment.isChecked()
    moment.setFocus()
    qtbot.keyClick(moment, Qt.Key.Key_Space)
    assert inspector.item(TOUCHPOINT).moment_of_truth is False
    assert inspector.stack_texts == ["Change channel", "Change devices", "Change moment of truth"]
    for _ in range(3):
        inspector.document.undo_stack.undo()
    assert inspector.dump() == before
    assert channel.currentText() == "Chat"
    assert moment.isChecked()


def test_emotion_score_label_and_note(qtbot: QtBot, inspector: Inspector) -> None:
    inspector.state.set_selection([EMOTION])
    before = inspector.dump()
    score = inspector.widget(QComboBox, "field_score")
    assert score.currentText() == "Positiva (+1)"
    score.setFocus()
    qtbot.keyClick(score, Qt.Key.Key_Down)
    qtbot.keyClick(score, Qt.Key.Key_Up)
    qtbot.keyClick(score, Qt.Key.Key_Up)
    assert inspector.item(EMOTION).score == 0
    assert inspector.stack_texts == ["Change emotion"]  # stepping through the scale is one step
    note = inspector.widget(QPlainTextEdit, "field_description")
    type_at_end(qtbot, note, " Mucho")
    assert inspector.item(EMOTION).description.endswith("qué mirar. Mucho")
    assert len(inspector.stack_texts) == 2
    inspector.document.undo_stack.undo()
    inspector.document.undo_stack.undo()
    assert inspector.dump() == before


def test_metric_numbers_may_be_empty(qtbot: QtBot, inspector: Inspector) -> None:
    inspector.state.set_selection([METRIC])
    before = inspector.dump()
    value = inspector.widget(QLineEdit, "field_value")
    target = inspector.widget(QLineEdit, "field_target")
    assert (value.text(), target.text()) == ("3.1", "4")
    replace_text(qtbot, value, "4,5")
    assert inspector.item(METRIC).value == 4.5
    replace_text(qtbot, target, "")
    assert inspector.item(METRIC).target is None
    count = inspector.document.undo_stack.count()
    replace_text(qtbot, target, "abc")
    assert inspector.item(METRIC).target is None  # not a number: nothing happens
    assert inspector.document.undo_stack.count() == count
    inspector.document.undo_stack.undo()
    inspector.document.undo_stack.undo()
    assert inspector.dump() == before


# ---------------------------------------------------------------- several cards


def test_editing_several_cards_is_one_command(qtbot: QtBot, inspector: Inspector) -> None:
    inspector.state.set_selection(list(TOUCHPOINTS))
    before = inspector.dump()
    owner = inspector.widget(QLineEdit, "field_owner")
    assert owner.text() == ""
    assert owner.placeholderText() == "Several values"
    qtbot.keyClicks(owner, "Omnicanal")
    assert {inspector.item(i).owner for i in TOUCHPOINTS} == {"Omnicanal"}
    assert inspector.stack_texts == ["Change owner"]
    inspector.round_trip(before)


def test_ticking_a_device_keeps_each_cards_other_devices(inspector: Inspector) -> None:
    inspector.state.set_selection(list(TOUCHPOINTS))
    before = inspector.dump()
    old = {i: list(inspector.item(i).devices) for i in TOUCHPOINTS}
    devices = inspector.widget(QListWidget, "field_devices")
    desktop = next(devices.item(r) for r in range(devices.count()) if devices.item(r).text() == "Ordenador")
    assert desktop.checkState() == Qt.CheckState.PartiallyChecked
    desktop.setCheckState(Qt.CheckState.Checked)
    for item_id, devices_before in old.items():
        expected = devices_before if "desktop" in devices_before else [*devices_before, "desktop"]
        assert inspector.item(item_id).devices == expected
    assert len(inspector.stack_texts) == 1
    inspector.round_trip(before)


def test_mixed_card_types_show_the_fields_they_share(inspector: Inspector) -> None:
    opportunity = "primera-c-007"
    inspector.state.set_selection([TOUCHPOINT, opportunity])
    names = {
        w.objectName() for w in inspector.dock.findChildren(QWidget) if w.objectName().startswith("field_")
    }
    assert names == {"field_title", "field_owner", "field_description"}


# ---------------------------------------------------------------- stages, lanes, connections


def test_stage_fields(qtbot: QtBot, inspector: Inspector, monkeypatch: pytest.MonkeyPatch) -> None:
    inspector.state.set_selection([STAGE])
    before = inspector.dump()
    type_at_end(qtbot, inspector.widget(QLineEdit, "field_timeframe"), " aprox.")
    assert inspector.item(STAGE).timeframe == "3 semanas antes de la carrera aprox."
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#112233"))
    qtbot.mouseClick(inspector.widget(QPushButton, "field_color"), Qt.MouseButton.LeftButton)
    assert inspector.item(STAGE).color == "#112233"
    width = inspector.widget(QDoubleSpinBox, "field_width")
    width.setFocus()
    qtbot.keyClick(width, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(width, "300")
    assert inspector.item(STAGE).width == 300.0
    assert inspector.stack_texts == ["Change timeframe", "Change colour", "Change width"]
    for _ in range(3):
        inspector.document.undo_stack.undo()
    assert inspector.dump() == before


def test_lane_kind_that_the_cards_do_not_fit_is_refused(qtbot: QtBot, inspector: Inspector) -> None:
    inspector.state.set_selection([ACTIONS_LANE])
    before = inspector.dump()
    kind = inspector.widget(QComboBox, "field_kind")
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_End)  # "Notes" accepts everything but emotions
    assert inspector.item(ACTIONS_LANE).kind == LaneKind.NOTES
    inspector.document.undo_stack.undo()
    assert inspector.dump() == before
    emotions = next(i for i in range(kind.count()) if kind.itemText(i) == "Emotions")
    kind.activated.emit(emotions)  # as the popup does
    assert inspector.item(ACTIONS_LANE).kind == LaneKind.ACTIONS
    expected = "The lane “Acciones” cannot be of kind “Emotions”: it holds Action cards."
    assert inspector.dock.message() == expected
    assert kind.currentText() == "Actions"
    assert inspector.document.undo_stack.index() == 0


def test_lane_hidden_and_connection_label(qtbot: QtBot, inspector: Inspector) -> None:
    inspector.state.set_selection([ACTIONS_LANE])
    hidden = inspector.widget(QCheckBox, "field_hidden")
    hidden.setFocus()
    qtbot.keyClick(hidden, Qt.Key.Key_Space)
    assert inspector.item(ACTIONS_LANE).hidden is True
    inspector.state.set_selection([CONNECTION])
    replace_text(qtbot, inspector.widget(QLineEdit, "field_label"), "clic")
    assert inspector.item(CONNECTION).label == "clic"
    assert inspector.stack_texts == ["Show or hide lane", "Change label"]


def test_the_form_follows_a_removed_selection(inspector: Inspector) -> None:
    card = ActionCard(id="nueva", stage=STAGE, lane=ACTIONS_LANE, title="Nueva")
    inspector.document.execute("Add", AddCard("p-primera", card))
    inspector.state.set_selection(["nueva"])
    assert inspector.widget(QLineEdit, "field_title").text() == "Nueva"
    inspector.document.execute("Remove", RemoveCards(("nueva",)))
    assert inspector.dock.findChild(QLineEdit, "field_title") is None
    assert inspector.widget(QLineEdit, "persona_name").text() == "Irene Soto"


# ---------------------------------------------------------------- persona and map


def test_persona_profile(qtbot: QtBot, inspector: Inspector) -> None:
    before = inspector.dump()
    persona = inspector.item("p-primera")
    type_at_end(qtbot, inspector.widget(QLineEdit, "persona_name"), " G.")
    assert persona.name == "Irene Soto G."
    goals = inspector.widget(QPlainTextEdit, "persona_goals")
    type_at_end(qtbot, goals, "")
    qtbot.keyClick(goals, Qt.Key.Key_Return)
    qtbot.keyClicks(goals, "Correr sin dolor")
    assert persona.goals[-1] == "Correr sin dolor"
    assert len(persona.goals) == 4
    assert inspector.stack_texts == ["Change persona", "Change persona"]
    inspector.document.undo_stack.undo()
    inspector.document.undo_stack.undo()
    assert inspector.dump() == before
    assert goals.toPlainText().count("\n") == 2


def test_another_persona_is_shown_in_the_same_form(qtbot: QtBot, inspector: Inspector) -> None:
    """Switching persona refills the form (making its rows again cost milliseconds) and edits follow."""
    first, second = inspector.document.journey.personas[:2]
    name = inspector.widget(QLineEdit, "persona_name")
    goals = inspector.widget(QPlainTextEdit, "persona_goals")
    inspector.state.set_persona(second.id)
    assert inspector.widget(QLineEdit, "persona_name") is name
    assert name.text() == second.name
    assert goals.toPlainText() == "\n".join(second.goals)
    type_at_end(qtbot, name, " B.")
    assert second.name.endswith(" B.") and not first.name.endswith(" B.")
    inspector.state.set_persona(first.id)
    assert name.text() == first.name
    # A selection gets its own form; the persona's comes back when it is cleared.
    inspector.state.set_selection([TOUCHPOINT])
    assert inspector.dock.findChild(QLineEdit, "persona_name") is None
    inspector.state.set_selection([])
    assert inspector.widget(QLineEdit, "persona_name").text() == first.name


def test_map_fields(qtbot: QtBot, inspector: Inspector) -> None:
    before = inspector.dump()
    replace_text(qtbot, inspector.widget(QLineEdit, "map_organisation"), "Zancada")
    assert inspector.document.journey.organisation == "Zancada"
    assert inspector.stack_texts == ["Change map details"]
    inspector.round_trip(before)


def test_avatar_picture_and_back_to_an_icon(qtbot: QtBot, inspector: Inspector, tmp_path: Path) -> None:
    before = inspector.dump()
    persona = inspector.item("p-primera")
    picture = tmp_path / "cara.png"
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("#E15759"))
    assert image.save(str(picture))
    avatar = inspector.dock.editor("avatar")
    assert isinstance(avatar, AvatarEditor)
    avatar.use_file(picture)
    assert isinstance(persona.avatar, ImageAvatar)
    icon = inspector.widget(QComboBox, "avatarIcon")
    assert icon.currentText() == "Picture"
    icon.setFocus()
    qtbot.keyClick(icon, Qt.Key.Key_Home)
    assert persona.avatar == IconAvatar(icon="person")
    assert icon.currentText() == "Person"
    assert inspector.stack_texts == ["Change persona", "Change persona"]
    inspector.document.undo_stack.undo()
    inspector.document.undo_stack.undo()
    assert inspector.dump() == before


def test_too_large_or_wrong_pictures_are_refused(inspector: Inspector, tmp_path: Path) -> None:
    big = tmp_path / "grande.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(limits.MAX_AVATAR_BYTES))
    text = tmp_path / "nota.png"
    text.write_text("no soy una imagen", encoding="utf-8")
    avatar = inspector.dock.editor("avatar")
    assert isinstance(avatar, AvatarEditor)
    messages: list[str] = []
    inspector.dock.statusMessage.connect(messages.append)
    avatar.use_file(big)
    assert "larger than 2 MB" in inspector.dock.message()
    avatar.use_file(text)
    assert "PNG and JPEG" in inspector.dock.message()
    assert len(messages) == 2
    assert inspector.document.undo_stack.count() == 0


def test_every_editor_has_an_accessible_name(inspector: Inspector) -> None:
    for selection in ([], [TOUCHPOINT], [METRIC], [STAGE], [ACTIONS_LANE], list(TOUCHPOINTS)):
        inspector.state.set_selection(selection)
        editors = [
            w
            for w in inspector.dock.findChildren(QWidget)
            if w.objectName().startswith(("field_", "persona_", "map_", "avatar"))
        ]
        assert editors
        for widget in editors:
            assert widget.accessibleName(), widget.objectName()
