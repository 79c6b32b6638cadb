"""``journeydesigner install-desktop``: register the designer with a Linux desktop. No Qt.

The freedesktop.org files ship inside the package, in ``journeydesigner/share/``
laid out as an XDG data folder, so every installation has them (a checkout, a
wheel; a bundle built by pyside6-deploy has them in ``share/`` beside its
executable)::

    applications/io.github.journeydesigner.JourneyDesigner.desktop    the launcher
    metainfo/io.github.journeydesigner.JourneyDesigner.metainfo.xml    AppStream
    mime/packages/io.github.journeydesigner.JourneyDesigner.xml        *.journey as a MIME type
    icons/hicolor/*/apps/io.github.journeydesigner.JourneyDesigner.*   the application's icon
    icons/hicolor/*/mimetypes/application-x-journeydesigner+json.*     the icon of a map file

Installing copies them into a data folder, the user's (``$XDG_DATA_HOME``,
``~/.local/share`` by default) or the system's (``/usr/local/share``), with the
launcher's ``Exec`` pointing at the command that runs this installation, then
refreshes the desktop's caches with whichever freedesktop tools are present
(``update-mime-database``, ``update-desktop-database``,
``gtk-update-icon-cache`` or ``xdg-icon-resource``). A missing tool is
reported and skipped: the files are in place and desktops pick them up when
their caches are next rebuilt.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

APP_ID = "io.github.journeydesigner.JourneyDesigner"
MIME_TYPE = "application/x-journeydesigner+json"
MIME_ICON = "application-x-journeydesigner+json"

DESKTOP_FILE = Path("applications") / f"{APP_ID}.desktop"
METAINFO_FILE = Path("metainfo") / f"{APP_ID}.metainfo.xml"
MIME_FILE = Path("mime") / "packages" / f"{APP_ID}.xml"
SYSTEM_DATA_DIR = Path("/usr/local/share")


def _share_dir(package: Path) -> Path:
    """Where the desktop files are: in the package, or beside it in a bundle built by pyside6-deploy.

    The bundle's executable is called journeydesigner, so it cannot hold a
    journeydesigner folder: there the files are in ``share`` beside it.
    """
    for candidate in (package / "share", package.parent / "share"):
        if (candidate / DESKTOP_FILE).is_file():
            return candidate
    return package / "share"


SHARE_DIR = _share_dir(Path(__file__).resolve().parent)

# What the Exec key's specification makes us quote in an argument.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_TOOL_TIMEOUT = 120


class DesktopInstallError(Exception):
    """A failure to report as one line, with exit status 1."""


def is_freedesktop_platform(platform: str | None = None) -> bool:
    """True where desktops follow freedesktop.org (Linux, the BSDs); False on Windows and macOS."""
    platform = sys.platform if platform is None else platform
    return not platform.startswith(("win", "cygwin", "msys", "darwin"))


def user_data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME`` if it is an absolute path (as XDG requires), else ``~/.local/share``."""
    environ = os.environ if environ is None else environ
    configured = environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    home = environ.get("HOME") or str(Path.home())
    return Path(home) / ".local" / "share"


def _running_as_root() -> bool:
    geteuid = getattr(os, "geteuid", None)
    return geteuid is not None and geteuid() == 0


def target_data_dir(scope: str | None, environ: Mapping[str, str] | None = None) -> tuple[str, Path]:
    """The scope ("user" or "system") and the data folder to install into.

    With no scope asked for, root installs for the whole system and anybody
    else for themselves, as ``xdg-desktop-menu`` does.
    """
    if scope is None:
        scope = "system" if _running_as_root() else "user"
    return scope, (SYSTEM_DATA_DIR if scope == "system" else user_data_dir(environ))


def _is_compiled() -> bool:
    # Nuitka (pyside6-deploy) marks every compiled module; PyInstaller sets sys.frozen.
    return "__compiled__" in globals() or bool(getattr(sys, "frozen", False))


def launcher_command() -> list[str]:
    """The command that starts this installation of the designer, as absolute paths.

    A deployed bundle runs its own executable; otherwise the ``journeydesigner``
    script installed beside this Python (a virtual environment's ``bin``), then
    one on ``PATH``, and as a last resort ``python -m journeydesigner``.
    """
    if _is_compiled():
        program = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path(sys.executable)
        if not program.is_file():
            program = Path(sys.executable)
        return [str(program.resolve())]
    # The interpreter's folder unresolved: a venv's python is a symlink out of the venv.
    beside = Path(sys.executable).absolute().parent / "journeydesigner"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("journeydesigner")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "journeydesigner"]


def exec_argument(argument: str) -> str:
    """*argument* as it must be written in a desktop entry's Exec value.

    Arguments with reserved characters are double-quoted with ``"``, `````,
    ``$`` and ``\\`` escaped; ``%`` is doubled; then the value's own string
    escaping doubles every backslash again.
    """
    if argument and not _RESERVED.intersection(argument):
        quoted = argument
    else:
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'
    return quoted.replace("%", "%%").replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    """The shipped desktop entry with its Exec running *command* on the files it is given."""
    text = (SHARE_DIR / DESKTOP_FILE).read_text(encoding="utf-8")
    exec_line = "Exec=" + " ".join(exec_argument(part) for part in command) + " %F"
    return re.sub(r"(?m)^Exec=.*$", lambda _match: exec_line, text)


def shipped_files() -> list[Path]:
    """Every file to install, relative to a data folder."""
    if not SHARE_DIR.is_dir():
        raise DesktopInstallError(f"{SHARE_DIR}: the desktop files are missing from this installation")
    return sorted(path.relative_to(SHARE_DIR) for path in SHARE_DIR.rglob("*") if path.is_file())


def install_files(data_dir: Path, command: Sequence[str]) -> list[Path]:
    """Copy the desktop files into *data_dir*; return the paths written."""
    written = []
    for relative in shipped_files():
        target = data_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if relative == DESKTOP_FILE:
            target.write_text(desktop_entry(command), encoding="utf-8")
            target.chmod(0o644)
        else:
            shutil.copyfile(SHARE_DIR / relative, target)
        written.append(target)
    return written


def uninstall_files(data_dir: Path) -> list[Path]:
    """Remove from *data_dir* the files an install put there; return the paths removed."""
    removed = []
    for relative in shipped_files():
        target = data_dir / relative
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    return removed


def _run_tool(command: list[str], out: TextIO, err: TextIO) -> bool:
    """Run a cache tool; False (and a line on *err*) when it is missing or fails."""
    if shutil.which(command[0]) is None:
        print(
            f"{command[0]}: not installed, skipped (desktops see the change on their next refresh)", file=err
        )
        return False
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=_TOOL_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"{command[0]}: {exc}", file=err)
        return False
    if result.returncode != 0:
        detail = " ".join((result.stderr or result.stdout).split()) or f"exit status {result.returncode}"
        print(f"{command[0]}: {detail}", file=err)
        return False
    print(f"ran {' '.join(command)}", file=out)
    return True


def refresh_caches(data_dir: Path, scope: str, out: TextIO, err: TextIO) -> None:
    """Rebuild the MIME, desktop-entry and icon caches of *data_dir* with the tools at hand."""
    _run_tool(["update-mime-database", str(data_dir / "mime")], out, err)
    _run_tool(["update-desktop-database", "-q", str(data_dir / "applications")], out, err)
    hicolor = data_dir / "icons" / "hicolor"
    if shutil.which("gtk-update-icon-cache"):
        _run_tool(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)], out, err)
    elif shutil.which("xdg-icon-resource"):
        _run_tool(["xdg-icon-resource", "forceupdate", "--mode", scope], out, err)
    else:
        print("gtk-update-icon-cache: not installed, skipped (icons show when the desktop rescans)", file=err)


def install_desktop(scope: str | None, uninstall: bool, out: TextIO, err: TextIO) -> int:
    """Install (or remove) the desktop files for *scope*; the exit status."""
    if not is_freedesktop_platform():
        where = "the Windows installer" if sys.platform.startswith("win") else "the app bundle"
        print(
            f"install-desktop registers the designer with Linux desktops only; here {where} does it.",
            file=err,
        )
        return 1
    scope, data_dir = target_data_dir(scope)
    try:
        if uninstall:
            paths = uninstall_files(data_dir)
        else:
            command = launcher_command()
            paths = install_files(data_dir, command)
    except PermissionError as exc:
        hint = " (run it as root, or use --user)" if scope == "system" else ""
        print(f"{exc.filename or data_dir}: permission denied{hint}", file=err)
        return 1
    except DesktopInstallError as exc:
        print(exc, file=err)
        return 1
    who = "for this user" if scope == "user" else "for all users"
    if uninstall:
        if not paths:
            print(f"Journey Designer was not installed {who} in {data_dir}: nothing to remove", file=out)
            return 0
        print(f"Removed Journey Designer {who} from {data_dir}: {len(paths)} files", file=out)
    else:
        print(f"Installed Journey Designer {who} in {data_dir}, starting {' '.join(command)}:", file=out)
        icons = [path for path in paths if path.is_relative_to(data_dir / "icons")]
        for path in paths:
            if path not in icons:
                print(f"  {path.relative_to(data_dir)}", file=out)
        print(f"  icons/hicolor: {len(icons)} icons (the application's and a map file's)", file=out)
    refresh_caches(data_dir, scope, out, err)
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``install-desktop``."""
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument(
        "--user",
        dest="scope",
        action="store_const",
        const="user",
        help="for you only, in $XDG_DATA_HOME (~/.local/share); the default unless run as root",
    )
    scope.add_argument(
        "--system",
        dest="scope",
        action="store_const",
        const="system",
        help=f"for all users, in {SYSTEM_DATA_DIR} (needs root); the default when run as root",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove what an earlier install put there")
