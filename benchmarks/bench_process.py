"""Figures measured in new processes: cold start and peak memory.

Both start the designer the way a user does (``python -m journeydesigner
MAP``) with ``JOURNEYDESIGNER_EXIT_AFTER_FIRST_PAINT`` set: the app prints
``first-paint`` once its canvas has been painted, then quits.

- cold_start_s: from just before the process is spawned to the moment its
  ``first-paint`` line arrives (process teardown does not count).
- peak_rss_mb: the peak resident memory of that process with the stress map
  open and painted, from the kernel's accounting of the child (``wait4``),
  so nothing the benchmark itself allocated counts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_common import ROOT, Figure, figure

FIRST_PAINT_VARIABLE = "JOURNEYDESIGNER_EXIT_AFTER_FIRST_PAINT"
TIMEOUT_S = 120.0


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env[FIRST_PAINT_VARIABLE] = "1"
    # Started as an installed copy starts: from its modules' bytecode, which the
    # warm-up start writes (into a folder of this run's) and the others read.
    # PYTHONDONTWRITEBYTECODE, set on some machines, would have every start
    # compile each module of the designer from its source again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cache = Path(env.get("XDG_CACHE_HOME") or tempfile.gettempdir())
    env["PYTHONPYCACHEPREFIX"] = str(cache / "journeydesigner-bench-bytecode")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def start_until_first_paint(path: Path) -> tuple[float, float]:
    """Start the designer on *path*; return (seconds to first paint, peak RSS in MB)."""
    command = [sys.executable, "-m", "journeydesigner", str(path)]
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    elapsed = float("nan")
    deadline = start + TIMEOUT_S
    for line in process.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - start
            break
        if time.perf_counter() > deadline:
            break
    process.stdout.close()
    if elapsed != elapsed:  # never painted: do not wait for ever
        process.kill()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if elapsed != elapsed:
        raise RuntimeError(f"the designer never painted {path} (exit status {process.returncode})")
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return elapsed, usage.ru_maxrss / scale


def measure(sample: Path, stress: Path, runs: int) -> dict[str, Figure]:
    """cold_start_s (on *sample*) and peak_rss_mb (on *stress*)."""
    start_until_first_paint(sample)  # warm-up: disk cache, compiled translations, bytecode
    starts = [start_until_first_paint(sample)[0] for _ in range(runs)]
    peaks = [start_until_first_paint(stress)[1] for _ in range(max(1, runs // 2))]
    return {
        "cold_start_s": figure(
            "cold_start_s",
            starts,
            f"python -m journeydesigner {sample.name}: spawn to first paint of the canvas "
            "(JOURNEYDESIGNER_EXIT_AFTER_FIRST_PAINT), warm disk cache",
        ),
        "peak_rss_mb": figure(
            "peak_rss_mb",
            peaks,
            f"peak RSS of python -m journeydesigner {stress.name} up to its first paint (wait4)",
        ),
    }
