"""The designer opens a map and shows its title."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journeydesigner.app import create_main_window
from journeydesigner.cli import main
from journeydesigner.storage import JourneyFileError


def test_window_shows_the_map_title(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "mapa.journey"
    assert (
        main(
            ["new", "--template", "customer-lifecycle", "--lang", "es", "--title", "Clínica Árbol", str(path)]
        )
        == 0
    )
    window = create_main_window(path)
    qtbot.addWidget(window)
    window.show()
    assert "Clínica Árbol" in window.windowTitle()
    assert window.findChild(object, "actionOpen") is not None


def test_new_window_without_a_file(qtbot: QtBot) -> None:
    window = create_main_window()
    qtbot.addWidget(window)
    assert window.journey.personas


def test_bad_file_raises_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "malo.journey"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(JourneyFileError) as info:
        create_main_window(bad)
    assert "\n" not in str(info.value)
