"""The benchmark suite runs and reports every figure of its contract (no timing asserted)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

# The figures tests outside the repository read: names, units and goals.
CONTRACT = {
    "open_s": ("s", 1.0),
    "open_ratio": ("x", 3.0),
    "switch_persona_s": ("s", 0.15),
    "repaint_ms": ("ms", 16.0),
    "repaint_fit_ms": ("ms", 33.0),
    "repaint_ratio": ("x", 2.0),
    "move_card_ms_1k": ("ms", 5.0),
    "move_card_ms_10k": ("ms", 5.0),
    "move_scaling_ratio": ("x", 1.5),
    "undo_redo_1000_s": ("s", 1.0),
    "save_s": ("s", 0.3),
    "save_ratio": ("x", 3.0),
    "pdf_poster_s": ("s", 1.0),
    "pdf_handouts_s": ("s", 5.0),
    "pdf_ratio": ("x", 2.0),
    "cold_start_s": ("s", 0.8),
    "peak_rss_mb": ("MB", 300.0),
}


@pytest.mark.slow
def test_quick_run_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json", str(out)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    document = json.loads(out.read_text(encoding="utf-8"))
    figures = document["figures"]
    assert set(figures) == set(CONTRACT)
    for name, (unit, goal) in CONTRACT.items():
        entry = figures[name]
        assert isinstance(entry["value"], int | float) and math.isfinite(entry["value"]), name
        assert entry["value"] > 0, name
        assert entry["unit"] == unit, name
        assert entry["goal"] == goal, name
    machine = document["machine"]
    for key in ("cpu", "cores", "python", "pyside6", "reportlab"):
        assert machine[key], key
    # The table names every figure too.
    for name in CONTRACT:
        assert f"| {name} |" in result.stdout
