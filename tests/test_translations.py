"""The interface's translations: complete Spanish and English, placeholders kept, catalogues that compile."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from journeydesigner.ui.i18n import compile_catalogue, lrelease_program, source_file
from tests.conftest import ROOT
from tools import update_translations

Message = tuple[str, str]  # (context, source)


def messages(ts_file: Path) -> dict[Message, ET.Element]:
    """Every message of a Linguist file by context and source."""
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translation(message: ET.Element) -> str:
    """The finished translation ("" when there is none); a plural message's plural form."""
    element = message.find("translation")
    if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
        return ""
    forms = [form.text or "" for form in element.findall("numerusform")]
    if forms:
        return forms[-1] if all(form.strip() for form in forms) else ""
    return element.text or ""


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory: pytest.TempPathFactory) -> set[Message]:
    """What lupdate finds in the code today (into a fresh file, so the committed ones stay untouched)."""
    fresh = tmp_path_factory.mktemp("ts") / "fresh_es.ts"
    update_translations.run_lupdate(fresh, "es_ES")
    return set(messages(fresh))


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_string_of_the_code_is_translated(code_strings: set[Message], language: str) -> None:
    committed = messages(source_file(language))
    missing = sorted(f"{context}: {source!r}" for context, source in code_strings - set(committed))
    assert not missing, f"run tools/update_translations.py; not in journeydesigner_{language}.ts: {missing}"
    untranslated = sorted(f"{c}: {s!r}" for (c, s), m in committed.items() if not translation(m).strip())
    assert not untranslated, f"without a {language} translation: {untranslated}"


def test_no_stale_strings_are_kept(code_strings: set[Message]) -> None:
    for language in ("es", "en"):
        assert set(messages(source_file(language))) == code_strings


# Placeholders and the rich-text tags the interface uses ("<opened>" is words, not a tag).
_PLACEHOLDER = re.compile(r"%\d+|%n|%s|\{[a-z_]*\}|</?(?:b|i|p|br|h\d|a|font)\b[^>]*>")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.mark.parametrize(
    "message", list(messages(source_file("es")).items()), ids=lambda item: item[0][1][:40]
)
def test_spanish_keeps_placeholders_accelerators_and_edges(message: tuple[Message, ET.Element]) -> None:
    (_context, source), element = message
    text = translation(element)
    assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(source))
    assert _accelerators(text) == _accelerators(source)
    # A leading or trailing space joins the string to its neighbour (" seconds" after a number).
    assert (text[:1].isspace(), text[-1:].isspace()) == (source[:1].isspace(), source[-1:].isspace())
    for ending in ("…", ":"):
        if source.rstrip().endswith(ending):
            assert text.rstrip().endswith(ending), (source, text)


def test_english_translates_each_string_to_itself() -> None:
    for (_context, source), element in messages(source_file("en")).items():
        assert translation(element) == source


@pytest.mark.skipif(lrelease_program() is None, reason="Qt's lrelease is part of PySide6")
def test_catalogue_compiles_and_qt_reads_it(tmp_path: Path) -> None:
    target = tmp_path / "journeydesigner_es.qm"
    assert compile_catalogue(source_file("es"), target)
    translator = QTranslator()
    assert translator.load(str(target))
    assert translator.translate("MainWindow", "&File") == "&Archivo"
    assert translator.translate("Canvas", "Move touchpoint")


def test_broken_source_is_reported_not_raised(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    assert not compile_catalogue(broken, tmp_path / "broken.qm")


def test_tool_and_tests_read_the_same_files() -> None:
    assert source_file("es") == ROOT / "resources" / "translations" / "journeydesigner_es.ts"
    assert shutil.which("pyside6-lupdate") or (Path(update_translations.lupdate_program()).exists())
