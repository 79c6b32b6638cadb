"""The interface's language: the designer's translations and Qt's own, installed on the application.

Translations are written in Qt Linguist sources (``resources/translations/
journeydesigner_<lang>.ts``, kept up to date by ``tools/update_translations.py``)
and compiled to ``.qm`` catalogues by ``lrelease``: by the build (``make
translations``, run by ``make setup``) or, when a catalogue is missing or older
than its source, at start-up into the user's cache folder. Nobody edits a
``.qm`` file by hand.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from journeydesigner.paths import TRANSLATIONS_DIR

log = logging.getLogger(__name__)

CATALOGUE = "journeydesigner"
LANGUAGES = ("es", "en")
# Qt's own dialogs (file dialogs, message box buttons, the print dialog).
QT_CATALOGUES = ("qtbase",)
_LOCALES = {"es": "es_ES", "en": "en_US"}

_installed: list[QTranslator] = []


def source_file(language: str) -> Path:
    """The Linguist source of *language*'s translation."""
    return TRANSLATIONS_DIR / f"{CATALOGUE}_{language}.ts"


def lrelease_program() -> str | None:
    """Qt's lrelease as PySide6 ships it, or None when it cannot be found."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return str(folder / name)
    return None


def compile_catalogue(source: Path, target: Path) -> bool:
    """Compile the Linguist *source* into the catalogue *target*; False (logged) when that fails."""
    program = lrelease_program()
    if program is None:
        log.warning("lrelease not found: %s not compiled", source)
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [program, "-silent", str(source), "-qm", str(target)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not target.is_file():
        log.warning("lrelease failed on %s: %s", source, result.stderr.strip())
        return False
    return True


def _fresh(catalogue: Path, source: Path) -> bool:
    return catalogue.is_file() and catalogue.stat().st_mtime >= source.stat().st_mtime


def catalogue_file(language: str) -> Path | None:
    """The compiled catalogue of *language*: beside its source when built, else compiled into the cache."""
    source = source_file(language)
    if not source.is_file():
        return None
    built = source.with_suffix(".qm")
    if _fresh(built, source):
        return built
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    cached = Path(cache or Path.home() / ".cache") / "translations" / built.name
    if _fresh(cached, source) or compile_catalogue(source, cached):
        return cached
    return None


def install_translators(language: str) -> str:
    """Show the interface in *language* ("es" or "en"; others fall back to English); return it.

    Replaces the translators an earlier call installed. Windows opened
    afterwards speak the new language.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QCoreApplication")
    language = language if language in LANGUAGES else "en"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_CATALOGUES:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", qt_folder):
            _installed.append(translator)
    catalogue = catalogue_file(language)
    if catalogue is not None:
        translator = QTranslator(app)
        if translator.load(str(catalogue)):
            _installed.append(translator)
        else:
            log.warning("cannot load %s", catalogue)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    system = QLocale.system()
    # Numbers and dates follow the system when it speaks the chosen language (es_MX stays es_MX).
    locale = system if system.name().startswith(language) else QLocale(_LOCALES[language])
    QLocale.setDefault(locale)
    return language


def build_all() -> int:
    """Compile every catalogue beside its source (the build's step); the number of failures."""
    failures = 0
    for language in LANGUAGES:
        source = source_file(language)
        if not compile_catalogue(source, source.with_suffix(".qm")):
            failures += 1
    return failures


if __name__ == "__main__":
    sys.exit(build_all())
