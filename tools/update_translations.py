"""Bring the translation sources up to date with the code: run Qt's lupdate, then fill English.

    python tools/update_translations.py

lupdate scans every module for ``self.tr(...)`` and
``QCoreApplication.translate("Context", "text")`` and merges the strings into
``resources/translations/journeydesigner_<lang>.ts``: new strings arrive
unfinished, strings gone from the code are dropped, translations are kept.
The source strings are English, so the English file takes each source as its
translation. Spanish is translated by people (Qt Linguist, or any editor);
the test suite fails while a string lacks its Spanish translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"es": "es_ES", "en": "en_US"}
# The singular of the code's plural messages (the code writes the plural as the source).
ENGLISH_SINGULARS = {"%n cards": "%n card", "%n items": "%n item"}


def lupdate_program() -> str:
    """Qt's lupdate as PySide6 ships it."""
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(found).exists():
        raise SystemExit("pyside6-lupdate not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    """Every module of the package, relative to the repository, in a stable order."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "journeydesigner").rglob("*.py"))


def run_lupdate(ts_file: Path, language: str) -> None:
    """Merge the code's strings into *ts_file*."""
    command = [lupdate_program(), *sources(), "-locations", "relative", "-no-obsolete"]
    command += ["-target-language", language, "-ts", str(ts_file)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def fill_with_sources(ts_file: Path) -> int:
    """Make every unfinished message's translation its source (the English file); the number filled."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("unfinished", "vanished", "obsolete"):
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if len(forms) == 2:  # English has a singular and a plural
                forms[0].text, forms[1].text = ENGLISH_SINGULARS.get(source, source), source
        else:
            translation.text = source
        del translation.attrib["type"]
        filled += 1
    write_ts(tree, ts_file)
    return filled


def write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    """Write a Linguist file as lupdate does (XML declaration and doctype)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def unfinished(ts_file: Path) -> list[str]:
    """The sources of messages still without a finished translation."""

    def finished(message: ET.Element) -> bool:
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            return False
        forms = translation.findall("numerusform")
        texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
        return all(text.strip() for text in texts)

    tree = ET.parse(ts_file)
    return [
        message.findtext("source") or ""
        for message in tree.getroot().iter("message")
        if not finished(message)
    ]


def main() -> int:
    """Update both files and say what Spanish still lacks."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for code, language in LANGUAGES.items():
        ts_file = TRANSLATIONS / f"journeydesigner_{code}.ts"
        run_lupdate(ts_file, language)
        if code == "en":
            fill_with_sources(ts_file)
    missing = unfinished(TRANSLATIONS / "journeydesigner_es.ts")
    for source in missing:
        print(f"untranslated: {source}")
    print(f"{len(missing)} strings lack a Spanish translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
