"""The Linux desktop files validate with the freedesktop tools and say what the app is."""

from __future__ import annotations

import os
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeydesigner import __version__
from journeydesigner.desktop_install import APP_ID, MIME_ICON, MIME_TYPE, SHARE_DIR
from tests.packaging.helpers import (
    APP_SVG,
    DESKTOP,
    METAINFO,
    MIME_XML,
    desktop_entry_keys,
    require_tool,
    run,
)

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Where a distribution might keep a schema of the shared-mime-info format (none is packaged in
# Debian 12; xmllint then checks that the file is well-formed, update-mime-database the rest).
MIME_SCHEMAS = (
    Path("/usr/share/xml/shared-mime-info/shared-mime-info.rng"),
    Path("/usr/share/shared-mime-info/shared-mime-info.rng"),
    Path("/usr/share/xml/shared-mime-info/shared-mime-info.xsd"),
)


def test_desktop_entry_validates() -> None:
    tool = require_tool("desktop-file-validate")
    result = run(tool, str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_desktop_entry_describes_the_app_in_both_languages() -> None:
    from journeydesigner.ui.prompts import APP_NAME

    keys = desktop_entry_keys(DESKTOP.read_text(encoding="utf-8"))
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert keys.get(key), key
        assert keys.get(f"{key}[es]"), f"{key}[es]"
    assert keys["Type"] == "Application"
    assert keys["Exec"].split()[-1] == "%F"
    assert keys["Icon"] == APP_ID
    assert keys["MimeType"] == f"{MIME_TYPE};"
    assert keys["Categories"].split(";")[0] == "Office"
    # Qt on X11 sets the window's WM_CLASS class to the application name.
    assert keys["StartupWMClass"] == APP_NAME
    assert DESKTOP.name == f"{APP_ID}.desktop"


@pytest.mark.parametrize("pedantic", [False, True], ids=["default", "pedantic"])
def test_metainfo_validates(pedantic: bool) -> None:
    tool = require_tool("appstreamcli")
    command = [tool, "validate", "--no-net", *(["--pedantic"] if pedantic else []), str(METAINFO)]
    result = run(*command)
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors and warnings fail the validation above; show that none of them was printed either.
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


def test_metainfo_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "LicenseRef-proprietary"
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("launchable").get("type") == "desktop-id"  # type: ignore[union-attr]
    assert [m.text for m in root.iter("mediatype")] == [MIME_TYPE]
    assert root.find("content_rating") is not None
    languages = {s.get(XML_LANG) for s in root.findall("summary")}
    assert languages == {None, "es"}
    paragraphs = root.find("description").findall("p")  # type: ignore[union-attr]
    assert {p.get(XML_LANG) for p in paragraphs} == {None, "es"}
    assert root.find("screenshots/screenshot/image") is not None


def test_metainfo_release_is_the_package_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no release"
    assert releases[0].get("version") == __version__


def test_mime_xml_is_well_formed_and_valid_where_a_schema_exists() -> None:
    tool = require_tool("xmllint")
    result = run(tool, "--noout", str(MIME_XML))
    assert result.returncode == 0, result.stderr
    for schema in MIME_SCHEMAS:
        if schema.is_file():
            option = "--relaxng" if schema.suffix == ".rng" else "--schema"
            result = run(tool, "--noout", option, str(schema), str(MIME_XML))
            assert result.returncode == 0, result.stderr


def test_mime_xml_declares_the_journey_type() -> None:
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == ["*.journey"]
    assert [s.get("type") for s in mime_type.findall(f"{MIME_NS}sub-class-of")] == ["application/json"]
    assert {c.get(XML_LANG) for c in mime_type.findall(f"{MIME_NS}comment")} == {None, "es"}
    assert mime_type.find(f"{MIME_NS}icon").get("name") == MIME_ICON  # type: ignore[union-attr]
    assert mime_type.find(f"{MIME_NS}generic-icon") is not None
    # The magic is what the designer writes at the top of every map.
    from journeydesigner.model.journey import FORMAT_NAME

    values = [m.get("value") for m in mime_type.iter(f"{MIME_NS}match")]
    assert f'"format": "{FORMAT_NAME}"' in values


def test_update_mime_database_accepts_the_package(tmp_path: Path) -> None:
    tool = require_tool("update-mime-database")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / MIME_XML.name).write_bytes(MIME_XML.read_bytes())
    # In the search path, or update-mime-database warns that desktops will not see it.
    result = run(tool, str(tmp_path / "mime"), env={**os.environ, "XDG_DATA_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"50:{MIME_TYPE}:*.journey" in globs
    assert b"journeydesigner" in (tmp_path / "mime" / "magic").read_bytes()
    subclasses = (tmp_path / "mime" / "subclasses").read_text(encoding="utf-8")
    assert f"{MIME_TYPE} application/json" in subclasses


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("context, name", [("apps", APP_ID), ("mimetypes", MIME_ICON)])
def test_icons_in_every_size(context: str, name: str) -> None:
    hicolor = SHARE_DIR / "icons" / "hicolor"
    svg = hicolor / "scalable" / context / f"{name}.svg"
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == "0 0 256 256"
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert _png_size(hicolor / f"{size}x{size}" / context / f"{name}.png") == (size, size)
    # Nothing else in the theme folders: every file there is installed.
    stems = {p.stem for p in hicolor.rglob("*") if p.is_file()}
    assert stems == {APP_ID, MIME_ICON}


def test_app_icon_is_the_one_the_desktop_entry_names() -> None:
    assert APP_SVG.is_file()
    assert desktop_entry_keys(DESKTOP.read_text(encoding="utf-8"))["Icon"] == APP_SVG.stem
