"""File › Open Recent: entries in order, missing files, opening, removing and clearing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journeydesigner.ui.recent_menu import RecentFilesMenu
from journeydesigner.ui.settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), QLocale("es_ES")
    )


@pytest.fixture
def menu(qtbot: QtBot, settings: AppSettings) -> RecentFilesMenu:
    recent = RecentFilesMenu(settings)
    qtbot.addWidget(recent)
    return recent


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}", encoding="utf-8")
    return path


def entries(menu: RecentFilesMenu) -> list[QAction]:
    return [a for a in menu.actions() if a.objectName().startswith("actionRecentFile")]


def action(menu: RecentFilesMenu, name: str) -> QAction:
    found = [a for a in menu.actions() if a.objectName() == name]
    assert len(found) == 1, name
    return found[0]


def texts(menu: RecentFilesMenu) -> list[str]:
    return [a.text() for a in entries(menu)]


@pytest.fixture
def three(settings: AppSettings, tmp_path: Path) -> tuple[Path, Path, Path]:
    """Recent maps, newest first: existing, missing, existing."""
    older = touch(tmp_path / "Clientes" / "reclamaciones.journey")
    gone = tmp_path / "Archivo" / "antiguo.journey"
    newest = touch(tmp_path / "Clientes" / "onboarding.journey")
    for path in (older, gone, newest):
        settings.add_recent_file(path)
    return newest, gone, older


def test_title_and_name(menu: RecentFilesMenu) -> None:
    assert menu.objectName() == "menuRecent"
    assert menu.title() == "Open &Recent"


def test_empty_list(menu: RecentFilesMenu) -> None:
    actions = menu.actions()
    assert len(actions) == 1
    assert actions[0].text() == "No recent maps"
    assert not actions[0].isEnabled()


def test_entries_in_order(qtbot: QtBot, settings: AppSettings, three: tuple[Path, Path, Path]) -> None:
    newest, gone, older = three
    menu = RecentFilesMenu(settings)
    qtbot.addWidget(menu)
    assert [a.objectName() for a in entries(menu)] == [
        "actionRecentFile0",
        "actionRecentFile1",
        "actionRecentFile2",
    ]
    assert texts(menu) == [
        "&1 onboarding.journey",
        "&2 antiguo.journey (not found)",
        "&3 reclamaciones.journey",
    ]
    assert [a.data() for a in entries(menu)] == [str(newest), str(gone), str(older)]
    first = entries(menu)[0]
    assert str(newest.parent) in first.toolTip()
    assert str(newest.parent) in first.statusTip()
    assert menu.toolTipsVisible()
    # After the entries: a separator, then the two list commands.
    after = menu.actions()[3:]
    assert after[0].isSeparator()
    assert [a.objectName() for a in after[1:]] == ["actionRemoveMissingRecent", "actionClearRecent"]


def test_missing_file_is_marked(qtbot: QtBot, settings: AppSettings, three: tuple[Path, Path, Path]) -> None:
    menu = RecentFilesMenu(settings)
    qtbot.addWidget(menu)
    existing, missing = entries(menu)[0], entries(menu)[1]
    assert missing.text().endswith("(not found)")
    assert missing.font().italic()
    assert not existing.font().italic()
    assert "(not found)" not in existing.text()
    assert missing.isEnabled()  # choosing it offers to remove it
    assert action(menu, "actionRemoveMissingRecent").isEnabled()


def test_remove_missing_is_disabled_when_all_exist(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path
) -> None:
    settings.add_recent_file(touch(tmp_path / "a.journey"))
    menu = RecentFilesMenu(settings)
    qtbot.addWidget(menu)
    assert not action(menu, "actionRemoveMissingRecent").isEnabled()
    assert action(menu, "actionClearRecent").isEnabled()


def test_rebuilt_when_shown(menu: RecentFilesMenu, settings: AppSettings, tmp_path: Path) -> None:
    assert entries(menu) == []
    path = touch(tmp_path / "nuevo.journey")
    settings.add_recent_file(path)
    menu.aboutToShow.emit()
    assert texts(menu) == ["&1 nuevo.journey"]
    path.unlink()
    menu.aboutToShow.emit()
    assert texts(menu) == ["&1 nuevo.journey (not found)"]


def test_ten_entries_and_special_characters(qtbot: QtBot, settings: AppSettings, tmp_path: Path) -> None:
    paths = [touch(tmp_path / f"mapa {i:02}.journey") for i in range(9)]
    paths.append(touch(tmp_path / "I&D ideas.journey"))
    for path in paths:
        settings.add_recent_file(path)
    menu = RecentFilesMenu(settings)
    qtbot.addWidget(menu)
    assert len(entries(menu)) == 10
    assert texts(menu)[0] == "&1 I&&D ideas.journey"  # a lone "&" would be read as a shortcut
    assert texts(menu)[8] == "&9 mapa 01.journey"
    assert texts(menu)[9] == "1&0 mapa 00.journey"


def test_trigger_emits_open_requested(
    qtbot: QtBot, settings: AppSettings, three: tuple[Path, Path, Path]
) -> None:
    newest, _gone, older = three
    menu = RecentFilesMenu(settings)
    qtbot.addWidget(menu)
    with qtbot.waitSignal(menu.openRequested, timeout=1000) as blocker:
        action(menu, "actionRecentFile2").trigger()
    assert blocker.args == [older]
    with qtbot.waitSignal(menu.openRequested, timeout=1000) as blocker:
        action(menu, "actionRecentFile0").trigger()
    assert blocker.args == [newest]


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_trigger_missing_asks_to_remove_it(
    qtbot: QtBot,
    settings: AppSettings,
    three: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> None:
    newest, gone, older = three
    questions: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    menu = RecentFilesMenu(settings)
    qtbot.addWidget(menu)
    with qtbot.assertNotEmitted(menu.openRequested):
        action(menu, "actionRecentFile1").trigger()
    assert len(questions) == 1
    assert "antiguo.journey" in questions[0]
    if answer == QMessageBox.StandardButton.Yes:
        assert settings.recent_files() == [newest, older]
        qtbot.waitUntil(lambda: len(entries(menu)) == 2, timeout=1000)
        assert texts(menu) == ["&1 onboarding.journey", "&2 reclamaciones.journey"]
    else:
        assert settings.recent_files() == [newest, gone, older]
        assert len(entries(menu)) == 3


def test_remove_missing(qtbot: QtBot, settings: AppSettings, three: tuple[Path, Path, Path]) -> None:
    newest, _gone, older = three
    menu = RecentFilesMenu(settings)
    qtbot.addWidget(menu)
    action(menu, "actionRemoveMissingRecent").trigger()
    assert settings.recent_files() == [newest, older]
    qtbot.waitUntil(lambda: len(entries(menu)) == 2, timeout=1000)
    assert texts(menu) == ["&1 onboarding.journey", "&2 reclamaciones.journey"]
    assert not action(menu, "actionRemoveMissingRecent").isEnabled()


def test_clear(qtbot: QtBot, settings: AppSettings, three: tuple[Path, Path, Path]) -> None:
    menu = RecentFilesMenu(settings)
    qtbot.addWidget(menu)
    action(menu, "actionClearRecent").trigger()
    assert settings.recent_files() == []
    qtbot.waitUntil(lambda: not entries(menu), timeout=1000)
    assert [a.text() for a in menu.actions()] == ["No recent maps"]
    # The files themselves are untouched.
    assert three[0].exists() and three[2].exists()
