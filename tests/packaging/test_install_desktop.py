"""``journeydesigner install-desktop``: the files land in the XDG data folder and desktops see the type."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journeydesigner import desktop_install
from journeydesigner.cli import main
from journeydesigner.desktop_install import (
    APP_ID,
    MIME_ICON,
    MIME_TYPE,
    SYSTEM_DATA_DIR,
    exec_argument,
    launcher_command,
    target_data_dir,
    user_data_dir,
)
from tests.conftest import SAMPLES
from tests.packaging.helpers import desktop_entry_keys, require_tool, run

INSTALLED = (
    f"applications/{APP_ID}.desktop",
    f"metainfo/{APP_ID}.metainfo.xml",
    f"mime/packages/{APP_ID}.xml",
    f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    f"icons/hicolor/48x48/apps/{APP_ID}.png",
    f"icons/hicolor/256x256/apps/{APP_ID}.png",
    f"icons/hicolor/scalable/mimetypes/{MIME_ICON}.svg",
    f"icons/hicolor/16x16/mimetypes/{MIME_ICON}.png",
)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def test_install_user_puts_every_file_in_xdg_data_home(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["install-desktop", "--user"]) == 0
    for relative in INSTALLED:
        assert (data_home / relative).is_file(), relative
    out = capsys.readouterr().out
    assert f"Installed Journey Designer for this user in {data_home}" in out
    assert f"applications/{APP_ID}.desktop" in out


def test_installed_desktop_entry_runs_this_installation(data_home: Path) -> None:
    assert main(["install-desktop", "--user"]) == 0
    installed = data_home / "applications" / f"{APP_ID}.desktop"
    keys = desktop_entry_keys(installed.read_text(encoding="utf-8"))
    command = launcher_command()
    assert keys["Exec"] == " ".join(exec_argument(part) for part in command) + " %F"
    assert Path(command[0]).is_absolute() and Path(command[0]).is_file()
    assert keys["MimeType"] == f"{MIME_TYPE};"
    tool = require_tool("desktop-file-validate")
    result = run(tool, str(installed))
    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_launcher_starts_the_command_line(data_home: Path) -> None:
    """The Exec command is a working journeydesigner (asked for its version, it answers)."""
    assert main(["install-desktop", "--user"]) == 0
    command = launcher_command()
    result = subprocess.run([*command, "--version"], capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Journey Designer" in result.stdout


def test_mime_database_recognises_a_map_after_install(data_home: Path, tmp_path: Path) -> None:
    require_tool("update-mime-database")
    assert main(["install-desktop", "--user"]) == 0
    mime = data_home / "mime"
    assert (mime / "mime.cache").is_file()
    assert f"{MIME_TYPE}:*.journey" in (mime / "globs2").read_text(encoding="utf-8")
    # By content too: a map saved without its extension.
    nameless = tmp_path / "mapa-sin-extension"
    nameless.write_bytes(SAMPLES[0].read_bytes())
    # Qt reads the same XDG database (mime.cache in each data folder) the desktops do.
    code = textwrap.dedent(
        f"""
        from PySide6.QtCore import QMimeDatabase
        database = QMimeDatabase()
        print(database.mimeTypeForFile({str(SAMPLES[0])!r}).name())
        print(database.mimeTypeForFile({str(nameless)!r}, QMimeDatabase.MatchMode.MatchContent).name())
        print(database.mimeTypeForName({MIME_TYPE!r}).inherits("application/json"))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120, env=os.environ
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [MIME_TYPE, MIME_TYPE, "True"]


def test_xdg_mime_reports_the_type_where_it_is_installed(data_home: Path) -> None:
    xdg_mime = require_tool("xdg-mime")
    require_tool("update-mime-database")
    # With no desktop session xdg-mime asks File::MimeInfo's mimetype, which reads the XDG database.
    require_tool("mimetype")
    assert main(["install-desktop", "--user"]) == 0
    environment = {**os.environ, "XDG_CURRENT_DESKTOP": "", "DE": ""}
    result = subprocess.run(
        [xdg_mime, "query", "filetype", str(SAMPLES[0])],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == MIME_TYPE


def test_desktop_database_lists_the_app_for_maps(data_home: Path) -> None:
    require_tool("update-desktop-database")
    assert main(["install-desktop", "--user"]) == 0
    cache = (data_home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}={APP_ID}.desktop;" in cache


def test_uninstall_removes_what_install_put(data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["install-desktop", "--user"]) == 0
    assert main(["install-desktop", "--user", "--uninstall"]) == 0
    for relative in INSTALLED:
        assert not (data_home / relative).exists(), relative
    assert "Removed Journey Designer for this user" in capsys.readouterr().out
    assert main(["install-desktop", "--user", "--uninstall"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_missing_cache_tools_are_skipped_not_fatal(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert main(["install-desktop", "--user"]) == 0
    assert (data_home / "applications" / f"{APP_ID}.desktop").is_file()
    err = capsys.readouterr().err
    assert "update-mime-database: not installed, skipped" in err
    assert "update-desktop-database: not installed, skipped" in err


def test_failing_cache_tool_is_reported_not_fatal(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    broken = tools / "update-mime-database"
    broken.write_text("#!/bin/sh\necho 'database locked' >&2\nexit 3\n", encoding="utf-8")
    broken.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    assert main(["install-desktop", "--user"]) == 0
    assert "update-mime-database: database locked" in capsys.readouterr().err


def test_other_systems_get_one_line_and_status_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for platform in ("win32", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        assert main(["install-desktop"]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert len(captured.err.strip().splitlines()) == 1
        assert "Linux desktops only" in captured.err


def test_system_install_without_permission_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(data_dir: Path, command: list[str]) -> list[Path]:
        raise PermissionError(13, "Permission denied", str(data_dir / "applications"))

    monkeypatch.setattr(desktop_install, "install_files", refuse)
    assert main(["install-desktop", "--system"]) == 1
    err = capsys.readouterr().err
    assert (
        err.strip()
        == f"{SYSTEM_DATA_DIR / 'applications'}: permission denied (run it as root, or use --user)"
    )


def test_scope_defaults_to_system_for_root_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    environ = {"XDG_DATA_HOME": str(tmp_path), "HOME": "/home/ana"}
    monkeypatch.setattr(os, "geteuid", lambda: 0, raising=False)
    assert target_data_dir(None, environ) == ("system", SYSTEM_DATA_DIR)
    assert target_data_dir("user", environ) == ("user", tmp_path)
    monkeypatch.setattr(os, "geteuid", lambda: 1000, raising=False)
    assert target_data_dir(None, environ) == ("user", tmp_path)
    assert target_data_dir("system", environ) == ("system", SYSTEM_DATA_DIR)


def test_user_data_dir_follows_xdg_rules() -> None:
    assert user_data_dir({"XDG_DATA_HOME": "/srv/datos", "HOME": "/home/ana"}) == Path("/srv/datos")
    # Relative or empty values are invalid and ignored, as the XDG specification says.
    assert user_data_dir({"XDG_DATA_HOME": "datos", "HOME": "/home/ana"}) == Path("/home/ana/.local/share")
    assert user_data_dir({"XDG_DATA_HOME": "", "HOME": "/home/ana"}) == Path("/home/ana/.local/share")


@pytest.mark.parametrize(
    "argument, written",
    [
        ("/usr/bin/journeydesigner", "/usr/bin/journeydesigner"),
        ("/home/ana/Mis programas/bin/journeydesigner", '"/home/ana/Mis programas/bin/journeydesigner"'),
        ("/opt/$jd/journeydesigner", r'"/opt/\\$jd/journeydesigner"'),
        ("/opt/100%/journeydesigner", "/opt/100%%/journeydesigner"),
        ('/opt/a"b', r'"/opt/a\\"b"'),
        ("/opt/a\\b", r'"/opt/a\\\\b"'),
        ("/opt/ñandú/journeydesigner", "/opt/ñandú/journeydesigner"),
    ],
)
def test_exec_argument_quoting(argument: str, written: str) -> None:
    assert exec_argument(argument) == written


def test_exec_with_awkward_paths_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tool = require_tool("desktop-file-validate")
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(
        desktop_install.desktop_entry(
            ["/home/ana/Mis programas/$HOME/100% (v2)/python", "-m", "journeydesigner"]
        ),
        encoding="utf-8",
    )
    result = run(tool, str(entry))
    assert result.returncode == 0, result.stdout + result.stderr


def test_launcher_prefers_the_script_beside_this_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.write_text("", encoding="utf-8")
    script = bin_dir / "journeydesigner"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(python))
    assert launcher_command() == [str(script)]

    script.unlink()
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert launcher_command() == [str(python), "-m", "journeydesigner"]


def test_install_desktop_does_not_import_qt(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import sys
        from journeydesigner.cli import main
        assert main(["install-desktop", "--user"]) == 0
        loaded = [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
        assert not loaded, loaded
        """
    )
    environment = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_desktop_files_found_in_the_package_or_beside_it(tmp_path: Path) -> None:
    """A checkout or wheel has them in journeydesigner/share, a pyside6-deploy bundle in share/."""
    bundle = tmp_path / "Journey Designer.dist"
    package = bundle / "journeydesigner"  # the bundle's executable: a file, not a folder
    bundle.mkdir()
    package.write_bytes(b"")
    assert desktop_install._share_dir(package) == package / "share"
    beside = bundle / "share" / desktop_install.DESKTOP_FILE
    beside.parent.mkdir(parents=True)
    beside.write_text("[Desktop Entry]\n", encoding="utf-8")
    assert desktop_install._share_dir(package) == bundle / "share"
    assert desktop_install._share_dir(desktop_install.SHARE_DIR.parent) == desktop_install.SHARE_DIR
