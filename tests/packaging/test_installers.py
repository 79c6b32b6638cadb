"""The macOS Info.plist fragment, the Windows installer script and the pyside6-deploy configuration."""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import re
import shlex
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from journeydesigner import __version__
from journeydesigner.desktop_install import APP_ID, MIME_TYPE
from tests.conftest import ROOT
from tests.packaging.helpers import PACKAGING, require_tool, run

INFO_PLIST = PACKAGING / "macos" / "Info.plist"
ISS = PACKAGING / "windows" / "journeydesigner.iss"
SPEC = PACKAGING / "pysidedeploy.spec"
UTI = "io.github.journeydesigner.journey"


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- macOS


def test_info_plist_is_well_formed_xml() -> None:
    tool = require_tool("xmllint")
    # Apple's DTD is on the web only: well-formedness here, the keys below.
    result = run(tool, "--noout", "--nonet", str(INFO_PLIST))
    assert result.returncode == 0, result.stderr


def test_info_plist_declares_the_document_type_and_its_uti() -> None:
    with INFO_PLIST.open("rb") as stream:
        info = plistlib.load(stream)
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleShortVersionString"] == __version__
    assert info["CFBundleVersion"] == __version__
    assert set(info["CFBundleLocalizations"]) == {"en", "es"}
    (document,) = info["CFBundleDocumentTypes"]
    assert document["CFBundleTypeRole"] == "Editor"
    assert document["LSHandlerRank"] == "Owner"
    assert document["LSItemContentTypes"] == [UTI]
    assert (PACKAGING / "macos" / document["CFBundleTypeIconFile"]).is_file()
    (exported,) = info["UTExportedTypeDeclarations"]
    assert exported["UTTypeIdentifier"] == UTI
    assert "public.json" in exported["UTTypeConformsTo"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["journey"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    strings = (PACKAGING / "macos" / "es.lproj" / "InfoPlist.strings").read_text(encoding="utf-8")
    assert f'"{document["CFBundleTypeName"]}" = "' in strings


def test_merge_info_plist_into_a_bundle(tmp_path: Path) -> None:
    merge = _load(PACKAGING / "macos" / "merge_info_plist.py", "merge_info_plist")
    bundle = tmp_path / "Journey Designer.app"
    (bundle / "Contents" / "Resources").mkdir(parents=True)
    nuitka_info = {
        "CFBundleExecutable": "journeydesigner",
        "CFBundleIconFile": "Icons.icns",
        "CFBundleIdentifier": "journeydesigner",
        "CFBundleShortVersionString": "1.0",
    }
    with (bundle / "Contents" / "Info.plist").open("wb") as stream:
        plistlib.dump(nuitka_info, stream)

    merge.merge_into_bundle(bundle)

    with (bundle / "Contents" / "Info.plist").open("rb") as stream:
        info = plistlib.load(stream)
    assert info["CFBundleExecutable"] == "journeydesigner"  # Nuitka's keys stay
    assert info["CFBundleIconFile"] == "Icons.icns"
    assert info["CFBundleIdentifier"] == APP_ID  # the fragment's win
    assert info["CFBundleShortVersionString"] == __version__
    assert info["UTExportedTypeDeclarations"][0]["UTTypeIdentifier"] == UTI
    resources = bundle / "Contents" / "Resources"
    assert (resources / "journey-document.icns").is_file()
    assert (resources / "es.lproj" / "InfoPlist.strings").is_file()


def _icns_entries(path: Path) -> dict[bytes, bytes]:
    data = path.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    entries, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        entries[kind] = data[offset + 8 : offset + length]
        offset += length
    return entries


@pytest.mark.parametrize("name", ["JourneyDesigner.icns", "journey-document.icns"])
def test_icns_holds_png_icons_up_to_1024(name: str) -> None:
    entries = _icns_entries(PACKAGING / "macos" / name)
    assert {b"icp4", b"icp5", b"ic07", b"ic08", b"ic09", b"ic10"} <= set(entries)
    for kind, size in ((b"icp4", 16), (b"ic08", 256), (b"ic10", 1024)):
        png = entries[kind]
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)


# ---------------------------------------------------------------- Windows


def _iss_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _iss_entry(line: str) -> dict[str, str]:
    """'Root: HKA; Subkey: "x"; ...' as a dict (values unquoted, "" → ")."""
    entry = {}
    for part in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
        key, value = part
        value = value.strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1].replace('""', '"')
        entry[key] = value
    return entry


def _iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', text))


def test_iss_version_is_the_package_version() -> None:
    assert _iss_defines(ISS.read_text(encoding="utf-8"))["AppVersion"] == __version__


def test_iss_associates_journey_files() -> None:
    text = ISS.read_text(encoding="utf-8")
    defines = _iss_defines(text)
    sections = _iss_sections(text)

    def expand(value: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], value)

    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["ChangesAssociations"] == "yes"
    assert setup["AppId"].startswith("{{")
    registry = [{k: expand(v) for k, v in _iss_entry(line).items()} for line in sections["Registry"]]
    prog_id = defines["ProgId"]
    values = {(r["Subkey"], r["ValueName"]): r["ValueData"] for r in registry}
    assert values[(r"Software\Classes\.journey", "")] == prog_id
    assert values[(r"Software\Classes\.journey", "Content Type")] == MIME_TYPE
    assert (r"Software\Classes\.journey\OpenWithProgids", prog_id) in values
    command = values[(rf"Software\Classes\{prog_id}\shell\open\command", "")]
    assert command == r'"{app}\journeydesigner.exe" "%1"'
    assert values[(rf"Software\Classes\{prog_id}\DefaultIcon", "")].startswith(r"{app}\journey-document.ico")
    assert all(r["Root"] == "HKA" for r in registry)
    # The association goes away with the program.
    flags = {(r["Subkey"], r.get("Flags", "")) for r in registry}
    assert (rf"Software\Classes\{prog_id}", "uninsdeletekey") in flags
    assert (r"Software\Classes\.journey", "uninsdeletevalue") in flags


def test_iss_installs_the_app_in_spanish_and_english() -> None:
    text = ISS.read_text(encoding="utf-8")
    sections = _iss_sections(text)
    languages = {_iss_entry(line)["Name"]: _iss_entry(line)["MessagesFile"] for line in sections["Languages"]}
    assert languages == {"es": r"compiler:Languages\Spanish.isl", "en": "compiler:Default.isl"}
    for message in ("MapFileType",):
        assert f"es.{message}=" in text and f"en.{message}=" in text
    icons = [_iss_entry(line) for line in sections["Icons"]]
    assert any(icon["Name"].startswith("{autoprograms}") for icon in icons)
    files = [_iss_entry(line) for line in sections["Files"]]
    assert any("recursesubdirs" in f.get("Flags", "") and f["Source"] == r"{#DistDir}\*" for f in files)
    for name in ("journeydesigner.ico", "journey-document.ico"):
        assert (PACKAGING / "windows" / name).is_file()


@pytest.mark.parametrize("name", ["journeydesigner.ico", "journey-document.ico"])
def test_ico_holds_16_to_256_pixels(name: str) -> None:
    data = (PACKAGING / "windows" / name).read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, _height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert offset + length <= len(data) and bits == 32 and planes == 1
        sizes.add(width or 256)
    assert {16, 24, 32, 48, 256} <= sizes


# ---------------------------------------------------------------- pyside6-deploy


def _spec() -> configparser.ConfigParser:
    config = configparser.ConfigParser(comment_prefixes="/", strict=False, allow_no_value=True)
    config.read(SPEC, encoding="utf-8")
    return config


def test_deploy_spec_builds_a_standalone_app_with_the_resources() -> None:
    config = _spec()
    assert config.get("nuitka", "mode") == "standalone"
    assert (ROOT / config.get("app", "input_file")).is_file()
    assert (ROOT / config.get("app", "icon")).is_file()
    args = shlex.split(config.get("nuitka", "extra_args"))
    assert "--include-data-dir=resources=resources" in args  # fonts, icons, translations
    assert "--include-data-dir=samples=samples" in args
    assert "--include-data-dir=journeydesigner/share=share" in args  # the desktop files, for install-desktop
    assert "--noinclude-qt-translations" not in args  # Qt's dialogs are translated
    for option in ("--file-version", "--product-version", "--macos-app-version"):
        assert f"{option}={__version__}" in args
    assert f"--macos-signed-app-name={APP_ID}" in args
    modules = set(config.get("qt", "modules").split(","))
    assert {"Core", "Gui", "Widgets", "Svg", "PrintSupport", "Pdf", "PdfWidgets"} <= modules


def test_pyside6_deploy_accepts_the_spec(tmp_path: Path) -> None:
    """A dry run of pyside6-deploy on the spec build.py writes prints the Nuitka command it would run."""
    deploy = Path(sys.executable).with_name("pyside6-deploy")
    if not deploy.is_file():
        pytest.skip("pyside6-deploy is not installed")
    build = _load(PACKAGING / "build.py", "journeydesigner_build")
    # A copy of the entry point, so pyside6-deploy's work folder is in tmp_path.
    main = tmp_path / "main.py"
    shutil.copyfile(PACKAGING / "main.py", main)
    spec = build.write_spec(tmp_path / "pysidedeploy.spec", jobs=None)
    config = build._parser()
    config.read(spec, encoding="utf-8")
    config.set("app", "input_file", str(main))
    config.set("app", "project_dir", str(tmp_path))
    with spec.open("w", encoding="utf-8") as stream:
        config.write(stream)

    result = subprocess.run(
        [str(deploy), "-c", str(spec), "-f", "--dry-run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    nuitka = next(line for line in result.stdout.splitlines() if " -m nuitka " in line)
    assert "--standalone" in nuitka
    assert "--include-data-dir=resources=resources" in nuitka
    assert "--enable-plugin=pyside6" in nuitka
    # Qt's own Spanish catalogue, where the bundled Qt looks for it.
    assert re.search(
        r"--include-data-files=\S*qtbase_es\.qm=PySide6/(Qt/)?translations/qtbase_es\.qm", nuitka
    )
