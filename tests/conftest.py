"""Shared test set-up: Qt runs offscreen, hypothesis has a CI profile."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The user's own settings, recent files and recovery copies stay untouched:
# QSettings and QStandardPaths follow the XDG folders, which point into one
# throw-away folder per test run (subprocesses inherit it).
_USER_FOLDERS = Path(tempfile.mkdtemp(prefix="journeydesigner-tests-"))
for _variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = str(_USER_FOLDERS / _variable.lower())

settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True)
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.journey"))


@pytest.fixture
def root() -> Path:
    """The repository's top folder."""
    return ROOT


@pytest.fixture
def dead_pid() -> int:
    """The id of a process that has just ended (and been reaped): nothing runs with it."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.fixture
def live_pid() -> Iterator[int]:
    """A process of this host that keeps running during the test."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        yield process.pid
    finally:
        process.kill()
        process.wait()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Release the clipboard like the app does on quit (see app.release_clipboard)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        from journeydesigner.app import release_clipboard

        release_clipboard()
