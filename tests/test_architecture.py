"""The layers stay as designed: no Qt below the document layer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_headless_commands_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from journeydesigner.cli import main\n"
        f"assert main(['new', '--lang', 'es', {str(tmp_path / 'm.journey')!r}]) == 0\n"
        f"assert main(['validate', {str(tmp_path / 'm.journey')!r}]) == 0\n"
        f"assert main(['info', '--json', {str(tmp_path / 'm.journey')!r}]) == 0\n"
        "assert main(['templates']) == 0\n"
        f"m, pdf = {str(tmp_path / 'm.journey')!r}, {str(tmp_path / 'm.pdf')!r}\n"
        "assert main(['export', m, '--pdf', pdf]) == 0\n"
        "assert main(['export', m, '--pdf', pdf, '--layout', 'tiles', '--greyscale']) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_window_starts_without_the_import_export_or_pdf_code() -> None:
    """What only a command of a menu needs is loaded when the command is chosen, not at start-up."""
    code = (
        "import sys\n"
        "from journeydesigner.app import create_main_window, _application\n"
        "app = _application([])\n"
        "window = create_main_window()\n"
        "heavy = ('journeydesigner.interop', 'journeydesigner.ui.interop_actions', 'reportlab', 'openpyxl')\n"
        "loaded = [m for m in sys.modules if m.startswith(heavy)]\n"
        "assert not loaded, loaded\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 0, result.stderr


def test_the_export_menu_names_every_export() -> None:
    from journeydesigner.ui.interop_actions import EXPORTS
    from journeydesigner.ui.interop_menu import EXPORT_ACTIONS

    assert list(EXPORT_ACTIONS) == list(EXPORTS)
