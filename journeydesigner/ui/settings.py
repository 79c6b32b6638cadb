"""The user's preferences and recent files, kept with QSettings.

Every getter survives a hand-edited or corrupted settings file: INI files
store everything as text, so values are converted explicitly and anything
unexpected falls back to the default. Setters reject values outside the
documented choices (a programming error), except the autosave interval,
which is clamped like the spin box that edits it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from journeydesigner.templates import DEFAULT_TEMPLATE, template_names

MAX_RECENT = 10
LANGUAGES = ("system", "es", "en")
COLOUR_SCHEMES = ("system", "light", "dark")
MAP_LANGUAGES = ("es", "en")
# Language names are written in their own language, never translated.
LANGUAGE_NAMES = {"es": "Español", "en": "English"}
PAPER_SIZES = ("A4", "A3", "A2", "A1", "A0", "letter", "legal", "tabloid")
UNITS = ("mm", "in")
AUTOSAVE_DEFAULT = 30
AUTOSAVE_MIN = 10
AUTOSAVE_MAX = 600

# Territories whose default paper is US Letter (CLDR supplemental data,
# measurementData/paperSize); everywhere else uses A4.
LETTER_PAPER_COUNTRIES = frozenset(
    {
        QLocale.Country.Belize,
        QLocale.Country.Canada,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.CostaRica,
        QLocale.Country.ElSalvador,
        QLocale.Country.Guatemala,
        QLocale.Country.Mexico,
        QLocale.Country.Nicaragua,
        QLocale.Country.Panama,
        QLocale.Country.Philippines,
        QLocale.Country.PuertoRico,
        QLocale.Country.UnitedStates,
        QLocale.Country.Venezuela,
    }
)

_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


def _text(value: object) -> str | None:
    """*value* as stripped text, or None when it is not a string."""
    return value.strip() if isinstance(value, str) else None


def _choice(value: object, choices: tuple[str, ...] | list[str], default: str) -> str:
    text = _text(value)
    if text is None:
        return default
    # Case-insensitive so "a4" or "EN" typed into the file still count.
    for choice in choices:
        if choice.lower() == text.lower():
            return choice
    return default


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = _text(value)
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return None


def _clamp_seconds(seconds: int) -> int:
    return min(max(seconds, AUTOSAVE_MIN), AUTOSAVE_MAX)


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value)
    if text is not None and text.lower() in _TRUE:
        return True
    if text is not None and text.lower() in _FALSE:
        return False
    return default


def _bytes(value: object) -> bytes:
    if isinstance(value, QByteArray):
        return bytes(value.data())
    if isinstance(value, bytes):
        return value
    return b""


def _string_list(value: object) -> list[str]:
    # An INI file gives a one-element list back as a plain string and an
    # empty list as None.
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list | tuple):
        return [item for item in value if isinstance(item, str) and item.strip()]
    return []


def _path_key(path: Path) -> str:
    """What makes two paths the same file (case-insensitive where the OS is)."""
    return os.path.normcase(str(path))


def file_exists(path: Path) -> bool:
    """Whether *path* is a file that can be reached (an unreachable drive counts as missing)."""
    try:
        return path.is_file()
    except OSError:
        return False


def _absolute(path: str | Path) -> Path:
    absolute = Path(path).expanduser().absolute()
    try:
        return absolute.resolve()
    except (OSError, RuntimeError):  # an unreachable drive or a symlink loop
        return absolute


def _check(value: str, choices: tuple[str, ...] | list[str], what: str) -> None:
    if value not in choices:
        raise ValueError(f"Unknown {what}: {value!r}")


class AppSettings:
    """Typed access to the application's settings."""

    def __init__(self, settings: QSettings | None = None, system_locale: QLocale | None = None) -> None:
        # QSettings() follows the organisation and application names the app sets.
        self.qsettings = settings if settings is not None else QSettings()
        self._locale = system_locale if system_locale is not None else QLocale.system()

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self.qsettings.sync()

    # ------------------------------------------------------------ recent files

    def recent_files(self) -> list[Path]:
        """The recently used maps, most recent first (absolute paths, no duplicates)."""
        result: list[Path] = []
        seen: set[str] = set()
        for text in _string_list(self.qsettings.value("recent/files")):
            path = Path(text)
            key = _path_key(path)
            if path.is_absolute() and key not in seen:
                seen.add(key)
                result.append(path)
        return result[:MAX_RECENT]

    def _set_recent_files(self, paths: list[Path]) -> None:
        self.qsettings.setValue("recent/files", [str(p) for p in paths[:MAX_RECENT]])

    def add_recent_file(self, path: str | Path) -> None:
        """Put *path* at the top of the recent files (once), keeping the newest MAX_RECENT."""
        new = _absolute(path)
        key = _path_key(new)
        self._set_recent_files([new, *(p for p in self.recent_files() if _path_key(p) != key)])

    def remove_recent_file(self, path: str | Path) -> None:
        """Drop *path* from the recent files."""
        keys = {_path_key(Path(path)), _path_key(_absolute(path))}
        self._set_recent_files([p for p in self.recent_files() if _path_key(p) not in keys])

    def missing_recent_files(self) -> list[Path]:
        """The recent files that no longer exist."""
        return [p for p in self.recent_files() if not file_exists(p)]

    def remove_missing_recent_files(self) -> int:
        """Drop the recent files that no longer exist; return how many were dropped."""
        recent = self.recent_files()
        kept = [p for p in recent if file_exists(p)]
        self._set_recent_files(kept)
        return len(recent) - len(kept)

    def clear_recent_files(self) -> None:
        """Forget every recent file."""
        self.qsettings.remove("recent/files")

    # ------------------------------------------------------------ preferences

    @property
    def language(self) -> str:
        """Interface language: "system", "es" or "en"."""
        return _choice(self.qsettings.value("preferences/language"), LANGUAGES, "system")

    @language.setter
    def language(self, value: str) -> None:
        _check(value, LANGUAGES, "language")
        self.qsettings.setValue("preferences/language", value)

    @property
    def colour_scheme(self) -> str:
        """Light or dark windows: "system" (follow the desktop), "light" or "dark"."""
        return _choice(self.qsettings.value("preferences/colourScheme"), COLOUR_SCHEMES, "system")

    @colour_scheme.setter
    def colour_scheme(self, value: str) -> None:
        _check(value, COLOUR_SCHEMES, "colour scheme")
        self.qsettings.setValue("preferences/colourScheme", value)

    def interface_language(self) -> str:
        """The language the interface is shown in: "es" or "en" (English for other system languages)."""
        if self.language != "system":
            return self.language
        return "es" if self._locale.language() == QLocale.Language.Spanish else "en"

    @property
    def autosave_seconds(self) -> int:
        """How often a recovery copy of unsaved changes is written, in seconds."""
        seconds = _int(self.qsettings.value("preferences/autosaveSeconds"))
        if seconds is None:
            return AUTOSAVE_DEFAULT
        return _clamp_seconds(seconds)

    @autosave_seconds.setter
    def autosave_seconds(self, value: int) -> None:
        self.qsettings.setValue("preferences/autosaveSeconds", _clamp_seconds(int(value)))

    @property
    def show_welcome(self) -> bool:
        """Whether the welcome window opens at start."""
        return _bool(self.qsettings.value("preferences/showWelcome"), True)

    @show_welcome.setter
    def show_welcome(self, value: bool) -> None:
        self.qsettings.setValue("preferences/showWelcome", bool(value))

    @property
    def default_template(self) -> str:
        """The template new maps start from."""
        return _choice(self.qsettings.value("newMap/template"), template_names(), DEFAULT_TEMPLATE)

    @default_template.setter
    def default_template(self, value: str) -> None:
        _check(value, template_names(), "template")
        self.qsettings.setValue("newMap/template", value)

    @property
    def new_map_language(self) -> str:
        """The language of new maps' stage and lane names: "es" or "en"."""
        return _choice(self.qsettings.value("newMap/language"), MAP_LANGUAGES, self._default_map_language())

    @new_map_language.setter
    def new_map_language(self, value: str) -> None:
        _check(value, MAP_LANGUAGES, "map language")
        self.qsettings.setValue("newMap/language", value)

    def _default_map_language(self) -> str:
        # Spanish unless the user clearly works in English: most users write
        # their maps in Spanish even on systems set to other languages.
        if self.language == "en":
            return "en"
        if self.language == "system" and self._locale.language() == QLocale.Language.English:
            return "en"
        return "es"

    @property
    def paper_size(self) -> str:
        """Paper for printing and PDF: one of PAPER_SIZES."""
        return _choice(self.qsettings.value("printing/paperSize"), PAPER_SIZES, self._default_paper())

    @paper_size.setter
    def paper_size(self, value: str) -> None:
        _check(value, PAPER_SIZES, "paper size")
        self.qsettings.setValue("printing/paperSize", value)

    def _default_paper(self) -> str:
        return "letter" if self._locale.territory() in LETTER_PAPER_COUNTRIES else "A4"

    @property
    def units(self) -> str:
        """Units for page sizes and margins: "mm" or "in"."""
        return _choice(self.qsettings.value("printing/units"), UNITS, self._default_units())

    @units.setter
    def units(self, value: str) -> None:
        _check(value, UNITS, "unit")
        self.qsettings.setValue("printing/units", value)

    def _default_units(self) -> str:
        # Only the US measures paper in inches; the UK's "imperial" locale
        # prints on A4 and gives margins in millimetres.
        us = self._locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        return "in" if us else "mm"

    # ------------------------------------------------------------ window layout

    def window_geometry(self) -> bytes:
        """The main window's saved geometry (QMainWindow.saveGeometry), or b""."""
        return _bytes(self.qsettings.value("window/geometry"))

    def set_window_geometry(self, geometry: bytes | QByteArray) -> None:
        """Remember the main window's geometry."""
        self.qsettings.setValue("window/geometry", QByteArray(_bytes(geometry)))

    def window_state(self) -> bytes:
        """The main window's saved toolbars and docks (QMainWindow.saveState), or b""."""
        return _bytes(self.qsettings.value("window/state"))

    def set_window_state(self, state: bytes | QByteArray) -> None:
        """Remember the main window's toolbars and docks."""
        self.qsettings.setValue("window/state", QByteArray(_bytes(state)))
