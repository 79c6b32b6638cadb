"""PNG and SVG images of a timeline: sizes, pixels, text, errors, headless use and the window's commands."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from journeydesigner.canvas.image_export import MAX_SIDE, export_image
from journeydesigner.layout.timeline import layout_timeline
from journeydesigner.model.journey import JourneyMap
from journeydesigner.storage import load_map
from journeydesigner.ui.workspace import Workspace
from tests.conftest import ROOT
from tests.gui.file_helpers import copy_sample

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"
TELECOM = ROOT / "samples" / "telecom-support.journey"


def _size_points(journey: JourneyMap, persona_index: int = 0) -> tuple[float, float]:
    layout = layout_timeline(journey, journey.personas[persona_index])
    return layout.width, layout.height


def test_png_has_the_timeline_size_at_the_resolution_with_white_cells_and_coloured_cards(
    tmp_path: Path,
) -> None:
    journey = load_map(SNEAKERS)
    persona = journey.personas[0]
    target = tmp_path / "mapa.png"
    export_image(journey, persona.id, target, dpi=144)
    image = QImage(str(target))
    assert not image.isNull()
    width, height = _size_points(journey)
    assert abs(image.width() - width * 2) <= 1
    assert abs(image.height() - height * 2) <= 1
    assert round(image.dotsPerMeterX() * 0.0254) == 144
    layout = layout_timeline(journey, persona)
    # The first lane is not banded: the lower corner of its first cell is empty white paper.
    stage = layout.stages[0].column
    lane = layout.lanes[0].row
    corner = image.pixelColor(round((stage.x + 4) * 2), round((lane.bottom - 4) * 2))
    assert corner == QColor("#FFFFFF")
    # A card is drawn where the layout put it.
    card = next(box for box in layout.cards.values() if box.lane_id == layout.lanes[0].lane_id)
    centre = image.pixelColor(round((card.rect.x + 6) * 2), round((card.rect.y + card.rect.height - 6) * 2))
    assert centre != QColor("#FFFFFF")
    # Nothing is left selected or transparent.
    assert image.pixelColor(image.width() // 2, image.height() - 2).alpha() == 255


def test_png_follows_the_persona_asked_for(tmp_path: Path) -> None:
    journey = load_map(TELECOM)
    second = journey.personas[1]
    export_image(journey, second.id, tmp_path / "b.png", dpi=72)
    image = QImage(str(tmp_path / "b.png"))
    width, height = _size_points(journey, 1)
    assert abs(image.width() - width) <= 1 and abs(image.height() - height) <= 1
    first_width, _ = _size_points(journey, 0)
    export_image(journey, None, tmp_path / "a.png", dpi=72)
    assert abs(QImage(str(tmp_path / "a.png")).width() - first_width) <= 1


def test_svg_is_xml_with_the_stage_names_a_title_and_a_viewbox_in_points(tmp_path: Path) -> None:
    journey = load_map(SNEAKERS)
    target = tmp_path / "mapa.svg"
    export_image(journey, None, target)
    root = ET.parse(target).getroot()
    assert root.tag.endswith("svg")
    width, height = _size_points(journey)
    view_box = [float(v) for v in root.attrib["viewBox"].split()]
    assert view_box[:2] == [0, 0]
    assert abs(view_box[2] - width) <= 1 and abs(view_box[3] - height) <= 1
    texts = " ".join(t for element in root.iter() for t in [element.text or ""])
    for stage in journey.personas[0].timeline.stages:
        assert stage.name in texts
    assert journey.title in texts  # <title>


@pytest.mark.parametrize("name", ["mapa.jpg", "mapa", "mapa.pdf"])
def test_other_suffixes_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        export_image(load_map(SNEAKERS), None, tmp_path / name)
    assert not (tmp_path / name).exists()


def test_unknown_persona_and_oversized_images_are_refused_with_one_line(tmp_path: Path) -> None:
    journey = load_map(SNEAKERS)
    with pytest.raises(ValueError, match="no persona"):
        export_image(journey, "p-nobody", tmp_path / "a.png")
    width, _ = _size_points(journey)
    dpi = int(MAX_SIDE / width * 72) + 20
    with pytest.raises(ValueError, match="lower resolution") as info:
        export_image(journey, None, tmp_path / "a.png", dpi=dpi)
    assert "\n" not in str(info.value)
    assert not (tmp_path / "a.png").exists()


def test_unwritable_target_raises_oserror_naming_the_file(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "a.png"
    with pytest.raises(OSError, match="missing"):
        export_image(load_map(SNEAKERS), None, target)


def test_works_headless_in_a_fresh_process_without_a_platform(tmp_path: Path) -> None:
    target = tmp_path / "cli.png"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    code = (
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from journeydesigner.storage import load_map\n"
        "from journeydesigner.canvas.image_export import export_image\n"
        "assert QApplication.instance() is None\n"
        f"export_image(load_map({str(SNEAKERS)!r}), None, Path({str(target)!r}), 72)\n"
        f"export_image(load_map({str(SNEAKERS)!r}), None, Path({str(target.with_suffix('.svg'))!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in target.with_suffix(".svg").read_bytes()


# ---------------------------------------------------------------- the window's commands


def test_export_actions_have_their_names_and_shortcuts(workspace: Workspace, tmp_path: Path) -> None:
    window = workspace.open_path(copy_sample(tmp_path))
    assert window is not None
    actions = window.actions_by_name
    assert actions["ExportPdf"].objectName() == "actionExportPdf"
    assert actions["ExportPdf"].shortcut() == QKeySequence("Ctrl+E")
    assert actions["Print"].objectName() == "actionPrint"
    assert actions["Print"].shortcut() == QKeySequence("Ctrl+P")
    assert actions["ExportPng"].objectName() == "actionExportPng"
    assert actions["ExportSvg"].objectName() == "actionExportSvg"
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    in_menu = [a.objectName() for a in file_menu.actions()]
    assert "actionExportPdf" in in_menu and "actionPrint" in in_menu
    image_menu = window.findChild(QMenu, "exportImageMenu")
    assert image_menu is not None and image_menu.menuAction() in file_menu.actions()
    assert [a.objectName() for a in image_menu.actions()] == ["actionExportPng", "actionExportSvg"]


def test_export_png_action_writes_the_current_persona_at_the_chosen_resolution(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = workspace.open_path(copy_sample(tmp_path, sample=TELECOM))
    assert window is not None
    second = window.document.journey.personas[1]
    window.state.set_persona(second.id)
    window.state.set_selection([second.timeline.cards[0].id])
    target = tmp_path / "out" / "imagen"  # no suffix typed: .png is added
    target.parent.mkdir()
    asked: dict[str, object] = {}

    def save_name(*args: object) -> tuple[str, str]:
        asked["start"] = args[2]
        asked["filter"] = args[3]
        return str(target), "PNG image (*.png)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (96, True))
    window.actions_by_name["ExportPng"].trigger()
    written = target.with_name("imagen.png")
    image = QImage(str(written))
    assert not image.isNull()
    width, height = _size_points(window.document.journey, 1)
    assert abs(image.width() - width * 96 / 72) <= 1 and abs(image.height() - height * 96 / 72) <= 1
    assert "*.png" in str(asked["filter"]) and second.name in str(asked["start"])
    assert window.state.selection == [second.timeline.cards[0].id]  # exporting changes nothing


def test_export_svg_action_and_errors_name_the_file(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = workspace.open_path(copy_sample(tmp_path))
    assert window is not None
    target = tmp_path / "mapa.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    asked_dpi: list[object] = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: asked_dpi.append(args) or (150, True))
    window.actions_by_name["ExportSvg"].trigger()
    assert asked_dpi == []  # no resolution for vectors
    assert "Descubrimiento" in target.read_text(encoding="utf-8")

    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: errors.append(text))
    bad = tmp_path / "no-such-folder" / "mapa.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(bad), ""))
    window.actions_by_name["ExportSvg"].trigger()
    assert len(errors) == 1 and str(bad) in errors[0] and "\n" not in errors[0]


def test_cancelling_the_resolution_writes_nothing(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = workspace.open_path(copy_sample(tmp_path))
    assert window is not None
    target = tmp_path / "mapa.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (150, False))
    window.actions_by_name["ExportPng"].trigger()
    assert not target.exists()
    assert not window.document.is_modified
