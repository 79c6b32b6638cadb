"""Crash recovery end to end: a real designer process is killed and the next one restores its work."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from journeydesigner.storage.locks import read_lock
from tests.conftest import ROOT
from tests.gui.file_helpers import copy_sample


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(home / variable.lower())
    return env


def test_killed_app_is_recovered_at_the_next_start(tmp_path: Path) -> None:
    path = copy_sample(tmp_path / "maps")
    original = path.read_bytes()
    env = _environment(tmp_path / "home")
    edited = tmp_path / "edited.journey"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.app_driver", "edit", str(path), str(edited)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
        lock = read_lock(path)
        assert lock is not None and lock.pid == child.pid
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert path.read_bytes() == original  # the crash cost nothing on disk

    restored_file = tmp_path / "restored.json"
    again = subprocess.run(
        [sys.executable, "-m", "tests.gui.app_driver", "recover", str(restored_file)],
        cwd=ROOT,
        env=env,
        timeout=120,
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0, again.stderr
    restored = json.loads(restored_file.read_text(encoding="utf-8"))
    assert len(restored) == 1
    assert restored[0]["path"] == str(path)
    assert restored[0]["modified"] is True
    assert restored[0]["map"] == edited.read_text(encoding="utf-8")
    # The restored map was closed normally: no copy is left, and no lock.
    recovery = tmp_path / "home" / "xdg_data_home"
    assert not [p for p in recovery.rglob("*") if p.is_file()]
    assert read_lock(path) is None
