"""The real file prompts: their words, their buttons and what each button answers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journeydesigner.storage import JourneySaveError
from journeydesigner.storage.locks import LockInfo
from journeydesigner.ui import prompts

MAP = Path("/srv/compartida/Clientes/mapa.journey")
HOLDER = LockInfo(
    user="luis", host="sala-taller", pid=4242, session="s", time=datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
)


def answer_with(button_text: str, seen: list[str]) -> None:
    """When the prompt shows, note its text and press the button whose label contains *button_text*."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        for button in box.findChildren(QAbstractButton):
            if button_text in button.text().replace("&", ""):
                button.click()
                return
        raise AssertionError(f"no {button_text!r} button")

    QTimer.singleShot(0, press)


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        ("Read-Only", prompts.LockChoice.READ_ONLY),
        ("Anyway", prompts.LockChoice.OPEN_ANYWAY),
        ("Cancel", prompts.LockChoice.CANCEL),
    ],
)
def test_locked_map_prompt(qtbot: QtBot, button: str, choice: prompts.LockChoice) -> None:
    seen: list[str] = []
    answer_with(button, seen)
    assert prompts.ask_locked(None, MAP, HOLDER) == choice
    assert "mapa.journey" in seen[0] and "luis" in seen[0] and "sala-taller" in seen[0]


@pytest.mark.parametrize(
    ("ask", "button", "expected"),
    [
        (lambda: prompts.ask_overwrite_changed(None, MAP), "Save Anyway", True),
        (lambda: prompts.ask_overwrite_changed(None, MAP), "Cancel", False),
        (lambda: prompts.ask_overwrite_locked(None, MAP, HOLDER), "Save Anyway", True),
        (lambda: prompts.ask_reload(None, MAP, True), "Reload", True),
        (lambda: prompts.ask_reload(None, MAP, False), "Keep My Version", False),
    ],
)
def test_questions_answer_by_button(
    qtbot: QtBot, ask: Callable[[], bool], button: str, expected: bool
) -> None:
    seen: list[str] = []
    answer_with(button, seen)
    assert ask() is expected
    assert "mapa.journey" in seen[0]


def test_a_failed_save_names_the_file_the_folder_and_the_cause(qtbot: QtBot) -> None:
    seen: list[str] = []
    answer_with("OK", seen)
    error = JourneySaveError(MAP, "cannot save: the disk is full")
    prompts.show_save_error(None, error)
    assert "“mapa.journey”" in seen[0] and "/srv/compartida/Clientes" in seen[0]
    assert "the disk is full" in seen[0] and "cannot save" not in seen[0]
