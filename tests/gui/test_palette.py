"""The icon set and the palette dock: entries, drag payloads, keyboard, rebuilds."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QDrag, QImage, QMouseEvent, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from journeydesigner.canvas.mime import PaletteEntry
from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model import Device, EmotionLevel, EmotionScale
from journeydesigner.model.catalogue import DEFAULT_CHANNELS, DEFAULT_DEVICES
from journeydesigner.model.edits import AddCatalogueEntry, UpdateMap
from journeydesigner.ui import icons
from journeydesigner.ui.icons import EMOTION_FACES, emotion_icon_key, has_icon, icon, icon_path
from journeydesigner.ui.palette import PaletteDock, PaletteList
from tests.conftest import ROOT

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"

REQUIRED_ICONS = [
    *["touchpoint", "device", "emotion", "pain_point", "opportunity", "metric", "action", "thought", "note"],
    *["stage", "lane", "connection", "persona"],
    *EMOTION_FACES,
    *["web", "app", "email", "sms", "phone", "chat", "social", "store", "post", "events", "channel"],
    *["desktop", "mobile", "tablet", "kiosk", "in-person", "device"],
]


def shots_dir(tmp_path: Path) -> Path:
    """Where grabs go: $JD_SCREENSHOTS when set (to look at them), else the test's tmp dir."""
    folder = Path(os.environ.get("JD_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


LEFT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton


def send_mouse(
    widget: QWidget, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton, buttons: Qt.MouseButton
) -> None:
    """Deliver one mouse event to *widget*, as the window system would."""
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def double_click(widget: QWidget, pos: QPoint) -> None:
    """Press, release, double-click, release at *pos*.

    Sent directly: QTest's double-click goes through the window system's
    timing, which an offscreen run does not always turn into a double-click.
    """
    send_mouse(widget, QEvent.Type.MouseButtonPress, pos, LEFT, LEFT)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, pos, LEFT, NONE)
    send_mouse(widget, QEvent.Type.MouseButtonDblClick, pos, LEFT, LEFT)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, pos, LEFT, NONE)


# ---------------------------------------------------------------- icons


@pytest.mark.parametrize("key", REQUIRED_ICONS)
def test_icon_files_follow_the_house_style(key: str, qapp: QApplication) -> None:
    path = icon_path(key)
    assert path.name == f"{key}.svg"
    svg = path.read_text(encoding="utf-8")
    assert 'viewBox="0 0 24 24"' in svg
    assert 'stroke="#37474F"' in svg and 'stroke-width="2"' in svg
    assert 'stroke-linecap="round"' in svg and 'stroke-linejoin="round"' in svg
    assert "currentColor" not in svg and "<text" not in svg
    assert not re.search(r'stroke="#(?!37474F)', svg)  # one ink colour
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QImage(24, 24, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    inked = sum(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))
    assert 30 < inked < 400  # drawn, and a line icon rather than a filled blob


def test_catalogue_icons_exist_and_unknown_keys_fall_back(qapp: QApplication) -> None:
    for key, _online in (*DEFAULT_CHANNELS, *DEFAULT_DEVICES):
        assert has_icon(key), key
    assert has_icon("person")  # the persona avatar's default key
    assert not has_icon("whatsapp-business") and not has_icon("../etc/passwd")
    assert icon_path("whatsapp-business") == icons.ICON_DIR / "generic.svg"
    assert icon_path("smartwatch", fallback="device") == icons.ICON_DIR / "device.svg"
    assert not icon("whatsapp-business").isNull()
    assert icon("web") is icon("web")  # cached


def test_emotion_faces_for_any_scale() -> None:
    default = EmotionScale(levels=[EmotionLevel(score=s, label=str(s)) for s in range(-2, 3)])
    assert [emotion_icon_key(s, default) for s in range(-2, 3)] == list(EMOTION_FACES)
    # Averages: halves round away from zero on both sides.
    assert emotion_icon_key(0.4, default) == "emotion-0"
    assert emotion_icon_key(0.5, default) == "emotion-p1"
    assert emotion_icon_key(-0.5, default) == "emotion-m1"
    assert emotion_icon_key(1.5, default) == "emotion-p2"
    assert emotion_icon_key(-1.5, default) == "emotion-m2"
    assert emotion_icon_key(9, default) == "emotion-p2"  # clamped
    seven = EmotionScale(levels=[EmotionLevel(score=s, label=str(s)) for s in range(-3, 4)])
    assert [emotion_icon_key(s, seven)[8:] for s in range(-3, 4)] == ["m2", "m1", "m1", "0", "p1", "p1", "p2"]
    likert = EmotionScale(levels=[EmotionLevel(score=s, label=str(s)) for s in range(1, 6)])
    assert [emotion_icon_key(s, likert) for s in range(1, 6)] == list(EMOTION_FACES)
    lopsided = EmotionScale(levels=[EmotionLevel(score=s, label=str(s)) for s in (-1, 0, 1, 3)])
    assert [emotion_icon_key(s, lopsided) for s in (-1, 0, 1, 3)] == [
        "emotion-m2",
        "emotion-0",
        "emotion-p1",
        "emotion-p2",
    ]


def test_contact_sheet(qapp: QApplication, tmp_path: Path) -> None:
    """Every icon at 24 and 48 px with its key, on one sheet to look at."""
    files = sorted(icons.ICON_DIR.glob("*.svg"))
    columns, cell_w, cell_h = 6, 130, 90
    sheet = QImage(columns * cell_w, -(-len(files) // columns) * cell_h, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i, path in enumerate(files):
        row, column = divmod(i, columns)
        x, y = column * cell_w, row * cell_h
        renderer = QSvgRenderer(str(path))
        renderer.render(painter, QRectF(x + 14, y + 22, 24, 24))
        renderer.render(painter, QRectF(x + 56, y + 10, 48, 48))
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(x, y + 64, cell_w, 20), Qt.AlignmentFlag.AlignCenter, path.stem)
    painter.end()
    assert sheet.save(str(shots_dir(tmp_path) / "icons-sheet.png"))


# ---------------------------------------------------------------- palette


@pytest.fixture
def palette(qtbot: QtBot) -> Iterator[tuple[PaletteDock, EditorState, QMainWindow]]:
    document = JourneyDocument.open(SNEAKERS)
    state = EditorState(document)
    window = QMainWindow()
    window.setCentralWidget(QLabel("canvas"))
    dock = PaletteDock(state)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    qtbot.addWidget(window)
    window.resize(700, 900)
    window.resizeDocks([dock], [220], Qt.Orientation.Horizontal)
    window.show()
    qtbot.waitExposed(window)
    yield dock, state, window


def test_entries_and_their_payloads(palette: tuple[PaletteDock, EditorState, QMainWindow]) -> None:
    dock, _state, _window = palette
    assert dock.objectName() == "palette"
    assert dock.entry_names() == [
        "stage",
        "action",
        "touchpoint",
        "thought",
        "pain_point",
        "opportunity",
        "metric",
        "note",
        "emotion:-2",
        "emotion:-1",
        "emotion:0",
        "emotion:1",
        "emotion:2",
        "device:desktop",
        "device:mobile",
        "device:tablet",
        "device:kiosk",
        "device:in-person",
    ]
    assert dock.entry("stage") == PaletteEntry(kind="stage")
    assert dock.entry("pain_point") == PaletteEntry(kind="card", card_type="pain_point")
    assert dock.entry("emotion:-1") == PaletteEntry(kind="emotion", score=-1)
    assert dock.entry("device:in-person") == PaletteEntry(kind="device", device="in-person")
    for name in dock.entry_names():
        assert PaletteEntry.from_mime(dock.mime_for(name)) == dock.entry(name)
        item = dock.item_for(name)
        assert not item.icon().isNull()
        assert "Drag" in item.toolTip()
        assert "<" not in item.data(Qt.ItemDataRole.AccessibleDescriptionRole)
        assert item.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert dock.item_for("emotion:2").text() == "Muy positiva"
    assert dock.item_for("device:mobile").text() == "Móvil"
    assert "connection" not in dock.entry_names()


def test_every_entry_is_visible_and_fully_labelled_at_220_px(
    palette: tuple[PaletteDock, EditorState, QMainWindow], tmp_path: Path
) -> None:
    dock, _state, _window = palette
    assert dock.width() <= 230
    for name in dock.entry_names():
        lst = dock.list_for(name)
        rect = lst.visualItemRect(dock.item_for(name))
        assert lst.viewport().rect().contains(rect), name  # no entry hidden below a section
    # The card grid has two columns in a 220 px dock.
    cards = dock.list_for("action")
    assert (
        cards.visualItemRect(dock.item_for("action")).top()
        == cards.visualItemRect(dock.item_for("touchpoint")).top()
    )
    assert dock.grab().save(str(shots_dir(tmp_path) / "palette-220.png"))


def test_enter_and_double_click_ask_to_insert(
    palette: tuple[PaletteDock, EditorState, QMainWindow], qtbot: QtBot
) -> None:
    dock, _state, _window = palette
    cards = dock.list_for("opportunity")
    cards.setFocus()
    cards.setCurrentItem(dock.item_for("opportunity"))
    with qtbot.waitSignal(dock.insertRequested) as blocker:
        qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert blocker.args == [PaletteEntry(kind="card", card_type="opportunity")]

    # Arrow keys move between entries; Enter (keypad) inserts the new one.
    qtbot.keyClick(cards, Qt.Key.Key_Right)
    with qtbot.waitSignal(dock.insertRequested) as blocker:
        qtbot.keyClick(cards, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert blocker.args == [PaletteEntry(kind="card", card_type="metric")]

    emotions = dock.list_for("emotion:1")
    centre = emotions.visualItemRect(dock.item_for("emotion:1")).center()
    with qtbot.waitSignal(dock.insertRequested) as blocker:
        double_click(emotions.viewport(), centre)
    assert blocker.args == [PaletteEntry(kind="emotion", score=1)]


def test_only_one_section_shows_a_selection(
    palette: tuple[PaletteDock, EditorState, QMainWindow], qtbot: QtBot
) -> None:
    dock, _state, _window = palette
    for name in ("note", "device:kiosk"):
        lst = dock.list_for(name)
        qtbot.mouseClick(
            lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(dock.item_for(name)).center()
        )
    assert dock.item_for("device:kiosk").isSelected()
    assert not dock.item_for("note").isSelected()


def test_dragging_an_entry_starts_a_copy_drag_with_its_payload(
    palette: tuple[PaletteDock, EditorState, QMainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dock, _state, _window = palette
    started: list[tuple[PaletteEntry | None, Any]] = []

    def fake_exec(drag: QDrag, *args: Any) -> Qt.DropAction:
        # QDrag.exec would block the test in a drag loop.
        started.append((PaletteEntry.from_mime(drag.mimeData()), args))
        return Qt.DropAction.CopyAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    lst: PaletteList = dock.list_for("device:tablet")
    viewport = lst.viewport()
    start = lst.visualItemRect(dock.item_for("device:tablet")).center()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for step in range(1, 6):
        send_mouse(viewport, QEvent.Type.MouseMove, start + QPoint(10 * step, 4 * step), NONE, LEFT)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, start + QPoint(50, 20), LEFT, NONE)
    assert started == [(PaletteEntry(kind="device", device="tablet"), (Qt.DropAction.CopyAction,))]
    assert lst.count() == 5  # a copy drag never takes the entry away


def test_connection_tool_is_a_toggle_not_a_drag(
    palette: tuple[PaletteDock, EditorState, QMainWindow], qtbot: QtBot
) -> None:
    dock, _state, _window = palette
    button = dock.findChild(QToolButton, "paletteConnectionTool")
    assert button is not None
    with qtbot.waitSignal(dock.connectionToolToggled) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True] and dock.connection_tool_checked
    with qtbot.waitSignal(dock.connectionToolToggled) as blocker:
        dock.set_connection_tool_checked(False)
    assert blocker.args == [False]
    assert "card" in button.toolTip()


def test_sections_follow_the_scale_and_the_device_catalogue(
    palette: tuple[PaletteDock, EditorState, QMainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    dock, state, _window = palette
    document = state.document
    watch = Device(id="smartwatch", name="Reloj inteligente", icon="smartwatch")
    assert document.execute("Add device", AddCatalogueEntry(watch))
    assert dock.entry("device:smartwatch") == PaletteEntry(kind="device", device="smartwatch")
    assert dock.item_for("device:smartwatch").text() == "Reloj inteligente"
    assert not dock.item_for("device:smartwatch").icon().isNull()  # the generic device icon
    assert (
        dock.list_for("device:smartwatch")
        .viewport()
        .rect()
        .contains(dock.list_for("device:smartwatch").visualItemRect(dock.item_for("device:smartwatch")))
    )

    levels = [EmotionLevel(score=s, label=f"Nivel {s}") for s in (-2, -1, 0, 1, 2, 3)]
    assert document.execute("Scale", UpdateMap({"emotion_scale": EmotionScale(levels=levels)}))
    assert [n for n in dock.entry_names() if n.startswith("emotion:")] == [
        f"emotion:{s}" for s in range(-2, 4)
    ]
    assert dock.item_for("emotion:3").text() == "Nivel 3"
    qtbot.wait(10)  # let the dock lay out the resized sections
    assert dock.grab().save(str(shots_dir(tmp_path) / "palette-rebuilt.png"))

    document.undo_stack.undo()
    document.undo_stack.undo()
    assert "device:smartwatch" not in dock.entry_names()
    assert dock.item_for("emotion:2").text() == "Muy positiva"
    with pytest.raises(KeyError):
        dock.item_for("emotion:3")


def test_wider_dock_uses_more_columns(
    palette: tuple[PaletteDock, EditorState, QMainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    dock, _state, window = palette
    window.resizeDocks([dock], [340], Qt.Orientation.Horizontal)
    qtbot.wait(10)
    cards = dock.list_for("action")
    tops = {cards.visualItemRect(dock.item_for(n)).top() for n in ("action", "touchpoint", "thought")}
    assert len(tops) == 1
    assert dock.grab().save(str(shots_dir(tmp_path) / "palette-340.png"))
