"""AppSettings: defaults by locale, garbage in the INI file, clamping, recent files, window layout."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QSettings

from journeydesigner.templates import DEFAULT_TEMPLATE, template_names
from journeydesigner.ui.settings import MAX_RECENT, AppSettings
from tests.conftest import ROOT


def make_settings(tmp_path: Path, locale: str = "es_ES", ini: str | None = None) -> AppSettings:
    """Settings in their own INI file (written first when *ini* is given), for a given system locale."""
    path = tmp_path / "settings.ini"
    if ini is not None:
        path.write_text(textwrap.dedent(ini), encoding="utf-8")
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat), QLocale(locale))


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}", encoding="utf-8")
    return path


# ---------------------------------------------------------------- defaults


def test_defaults(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, "es_ES")
    assert settings.language == "system"
    assert settings.autosave_seconds == 30
    assert settings.default_template == DEFAULT_TEMPLATE
    assert settings.new_map_language == "es"
    assert settings.paper_size == "A4"
    assert settings.units == "mm"
    assert settings.show_welcome is True
    assert settings.recent_files() == []
    assert settings.window_geometry() == b""
    assert settings.window_state() == b""


def test_default_is_the_applications_settings(qapp: object) -> None:
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    QCoreApplication.setOrganizationName("Journey Designer Tests")
    QCoreApplication.setApplicationName("Settings Check")
    try:
        file_name = AppSettings().qsettings.fileName()
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert "Journey Designer Tests" in file_name
    assert "Settings Check" in file_name


@pytest.mark.parametrize(
    ("locale", "map_language", "paper", "units"),
    [
        ("en_US", "en", "letter", "in"),
        ("es_US", "es", "letter", "in"),
        ("es_MX", "es", "letter", "mm"),
        ("es_CO", "es", "letter", "mm"),
        ("es_CL", "es", "letter", "mm"),
        ("en_CA", "en", "letter", "mm"),
        ("es_ES", "es", "A4", "mm"),
        ("es_AR", "es", "A4", "mm"),
        ("en_GB", "en", "A4", "mm"),
        ("pt_BR", "es", "A4", "mm"),
        ("de_DE", "es", "A4", "mm"),
    ],
)
def test_defaults_follow_the_system_locale(
    tmp_path: Path, locale: str, map_language: str, paper: str, units: str
) -> None:
    settings = make_settings(tmp_path, locale)
    assert settings.new_map_language == map_language
    assert settings.paper_size == paper
    assert settings.units == units


def test_new_map_language_defaults_to_the_chosen_interface_language(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, "es_MX")
    settings.language = "en"
    assert settings.new_map_language == "en"
    assert settings.interface_language() == "en"
    settings.language = "es"
    assert settings.new_map_language == "es"
    # Once chosen, the map language no longer follows the interface.
    settings.new_map_language = "en"
    settings.language = "system"
    assert settings.new_map_language == "en"


def test_interface_language_of_the_system(tmp_path: Path) -> None:
    assert make_settings(tmp_path / "a", "es_AR").interface_language() == "es"
    assert make_settings(tmp_path / "b", "en_AU").interface_language() == "en"
    # There is no translation for other languages: the interface shows English.
    assert make_settings(tmp_path / "c", "fr_FR").interface_language() == "en"


# ---------------------------------------------------------------- values in the file


def test_garbage_in_the_file_falls_back_to_the_defaults(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path,
        "es_ES",
        """
        [preferences]
        language=klingon
        autosaveSeconds=soon
        showWelcome=maybe

        [newMap]
        template=no-such-template
        language=fr

        [printing]
        paperSize=B5
        units=furlongs

        [recent]
        files=relative/map.journey, "", 42

        [window]
        geometry=not bytes
        state=@Invalid()
        """,
    )
    assert settings.language == "system"
    assert settings.autosave_seconds == 30
    assert settings.show_welcome is True
    assert settings.default_template == DEFAULT_TEMPLATE
    assert settings.new_map_language == "es"
    assert settings.paper_size == "A4"
    assert settings.units == "mm"
    assert settings.recent_files() == []
    assert settings.window_geometry() == b""
    assert settings.window_state() == b""


def test_values_written_by_hand_are_read(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path,
        "es_ES",
        """
        [preferences]
        language= EN
        autosaveSeconds=45
        showWelcome=false

        [newMap]
        template=blank
        language=en

        [printing]
        paperSize=a3
        units=IN

        [recent]
        files=/maps/solo, con coma.journey
        """,
    )
    assert settings.language == "en"
    assert settings.autosave_seconds == 45
    assert settings.show_welcome is False
    assert settings.default_template == "blank"
    assert settings.new_map_language == "en"
    assert settings.paper_size == "A3"
    assert settings.units == "in"
    # Unquoted, the comma splits the value into a list: neither part is absolute but the first.
    assert settings.recent_files() == [Path("/maps/solo")]


def test_a_single_recent_file_is_read_back_from_the_file(tmp_path: Path) -> None:
    # INI files give a one-element list back as a plain string.
    settings = make_settings(tmp_path, ini='[recent]\nfiles="/maps/uno, dos.journey"\n')
    assert settings.recent_files() == [Path("/maps/uno, dos.journey")]


@pytest.mark.parametrize(
    ("stored", "expected"), [("5", 10), ("0", 10), ("-30", 10), ("9999", 600), ("600", 600)]
)
def test_autosave_interval_in_the_file_is_clamped(tmp_path: Path, stored: str, expected: int) -> None:
    settings = make_settings(tmp_path, ini=f"[preferences]\nautosaveSeconds={stored}\n")
    assert settings.autosave_seconds == expected


def test_autosave_interval_set_is_clamped(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    settings.autosave_seconds = 3
    assert settings.autosave_seconds == 10
    settings.autosave_seconds = 1000
    assert settings.autosave_seconds == 600
    settings.autosave_seconds = 120
    assert settings.autosave_seconds == 120


def test_setters_reject_unknown_values(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    with pytest.raises(ValueError):
        settings.language = "fr"
    with pytest.raises(ValueError):
        settings.default_template = "no-such-template"
    with pytest.raises(ValueError):
        settings.new_map_language = "system"
    with pytest.raises(ValueError):
        settings.paper_size = "B5"
    with pytest.raises(ValueError):
        settings.units = "cm"
    assert settings.qsettings.allKeys() == []


def test_every_value_survives_the_file_in_a_new_process(tmp_path: Path) -> None:
    """What one run writes, the next run reads back (INI keeps only text)."""
    settings = make_settings(tmp_path, "es_ES")
    map_path = touch(tmp_path / "Clientes" / "mapa, con coma.journey")
    settings.add_recent_file(map_path)
    settings.language = "en"
    settings.autosave_seconds = 90
    settings.show_welcome = False
    settings.default_template = template_names()[-1]
    settings.new_map_language = "en"
    settings.paper_size = "tabloid"
    settings.units = "in"
    settings.set_window_geometry(b"\x00\x01geometry\xff")
    settings.set_window_state(QByteArray(b"\x00state"))
    settings.sync()
    code = textwrap.dedent(
        f"""
        from PySide6.QtCore import QLocale, QSettings
        from journeydesigner.ui.settings import AppSettings
        ini = QSettings({str(tmp_path / "settings.ini")!r}, QSettings.Format.IniFormat)
        s = AppSettings(ini, QLocale("es_ES"))
        print(repr(([str(p) for p in s.recent_files()], s.language, s.autosave_seconds, s.show_welcome,
                    s.default_template, s.new_map_language, s.paper_size, s.units, s.window_geometry(),
                    s.window_state())))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    expected = (
        [str(map_path)],
        "en",
        90,
        False,
        template_names()[-1],
        "en",
        "tabloid",
        "in",
        b"\x00\x01geometry\xff",
        b"\x00state",
    )
    assert result.stdout.strip() == repr(expected)


# ---------------------------------------------------------------- recent files


def test_recent_files_most_recent_first(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    paths = [touch(tmp_path / f"map{i}.journey") for i in range(3)]
    for path in paths:
        settings.add_recent_file(path)
    assert settings.recent_files() == list(reversed(paths))


def test_adding_a_recent_file_again_moves_it_to_the_top_once(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    a, b, c = (touch(tmp_path / f"{n}.journey") for n in "abc")
    for path in (a, b, c):
        settings.add_recent_file(path)
    settings.add_recent_file(a)
    assert settings.recent_files() == [a, c, b]
    # The same file by another spelling is still the same entry.
    settings.add_recent_file(tmp_path / "sub" / ".." / "b.journey")
    assert settings.recent_files() == [b, a, c]


def test_recent_files_are_stored_absolute_and_resolved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path)
    touch(tmp_path / "maps" / "here.journey")
    monkeypatch.chdir(tmp_path / "maps")
    settings.add_recent_file("here.journey")
    assert settings.recent_files() == [(tmp_path / "maps" / "here.journey").resolve()]
    assert settings.recent_files()[0].is_absolute()


def test_recent_files_keep_the_newest_ten(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    paths = [tmp_path / f"map{i:02}.journey" for i in range(MAX_RECENT + 3)]
    for path in paths:
        settings.add_recent_file(path)
    assert MAX_RECENT == 10
    assert settings.recent_files() == list(reversed(paths))[:MAX_RECENT]


def test_too_many_recent_files_in_the_file_are_cut_to_ten(tmp_path: Path) -> None:
    files = ", ".join(f"/maps/m{i}.journey" for i in range(15))
    settings = make_settings(tmp_path, ini=f"[recent]\nfiles={files}\n")
    assert settings.recent_files() == [Path(f"/maps/m{i}.journey") for i in range(10)]


def test_remove_and_clear_recent_files(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    a, b, c = (touch(tmp_path / f"{n}.journey") for n in "abc")
    for path in (a, b, c):
        settings.add_recent_file(path)
    settings.remove_recent_file(b)
    assert settings.recent_files() == [c, a]
    settings.remove_recent_file(tmp_path / "not-in-the-list.journey")
    assert settings.recent_files() == [c, a]
    settings.clear_recent_files()
    assert settings.recent_files() == []


def test_missing_recent_files(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    kept = touch(tmp_path / "kept.journey")
    gone = touch(tmp_path / "gone.journey")
    never = tmp_path / "never-existed.journey"
    for path in (never, gone, kept):
        settings.add_recent_file(path)
    gone.unlink()
    assert settings.missing_recent_files() == [gone, never]
    assert settings.remove_missing_recent_files() == 2
    assert settings.recent_files() == [kept]
    assert settings.remove_missing_recent_files() == 0


# ---------------------------------------------------------------- window layout


def test_window_geometry_and_state(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    settings.set_window_geometry(b"\x01\x00\xd9\xd0geometry")
    settings.set_window_state(QByteArray(b"\x00\x00\x00\xffstate"))
    assert settings.window_geometry() == b"\x01\x00\xd9\xd0geometry"
    assert settings.window_state() == b"\x00\x00\x00\xffstate"
