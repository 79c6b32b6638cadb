"""Shared pieces of the benchmark suite: figures, timing, the machine, the table."""

from __future__ import annotations

import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Figure:
    """One measured figure: its value, unit and goal, and how it was measured."""

    value: float
    unit: str
    goal: float
    note: str = ""
    samples: list[float] = field(default_factory=list)

    @property
    def met(self) -> bool:
        """True when the value is within its goal (every goal is an upper bound)."""
        return self.value <= self.goal

    def as_json(self) -> dict[str, Any]:
        """The contract's shape: value, unit, goal (plus what helps reading it)."""
        return {
            "value": round(self.value, 6),
            "unit": self.unit,
            "goal": self.goal if math.isfinite(self.goal) else None,
            "met": self.met,
            "runs": len(self.samples),
            "note": self.note,
        }


# The figures of issue 8, in the order of the table, with their units and goals.
# The names, units and goals are a contract read by tests outside the repository.
GOALS: dict[str, tuple[str, float]] = {
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


def figure(name: str, samples: list[float], note: str = "") -> Figure:
    """The median of *samples* as the figure *name* (unit and goal from :data:`GOALS`)."""
    unit, goal = GOALS[name]
    return Figure(statistics.median(samples), unit, goal, note, list(samples))


def ratio(name: str, numerator: Figure | float, denominator: Figure | float, note: str = "") -> Figure:
    """A ratio figure: two medians measured in the same run, divided."""
    top = numerator.value if isinstance(numerator, Figure) else numerator
    bottom = denominator.value if isinstance(denominator, Figure) else denominator
    unit, goal = GOALS[name]
    return Figure(top / bottom if bottom > 0 else float("inf"), unit, goal, note, [])


def timed(action: Callable[[], object]) -> float:
    """Seconds one call of *action* takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def repeat(action: Callable[[], object], runs: int) -> list[float]:
    """Seconds of each of *runs* calls of *action*."""
    return [timed(action) for _ in range(runs)]


# ---------------------------------------------------------------- the machine


def cpu_model() -> str:
    """The processor's name, as the operating system reports it."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count() or 0,
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyside6": _version("PySide6"),
        "reportlab": _version("reportlab"),
        "pydantic": _version("pydantic"),
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
        "load_average_at_start": [round(x, 2) for x in load],
        "executable": sys.executable,
    }


# ---------------------------------------------------------------- the table


def format_value(value: float) -> str:
    """A figure's value with as many digits as it deserves."""
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3f}" if value < 1 else f"{value:.2f}"


def table(figures: dict[str, Figure], about: dict[str, Any], quick: bool) -> str:
    """The figures as a Markdown table under a line naming the machine."""
    lines = [
        f"Machine: {about['cpu']}, {about['cores']} cores, {about['system']}; Python {about['python']}, "
        f"PySide6 {about['pyside6']}, ReportLab {about['reportlab']}"
        + (" — QUICK MODE (smaller maps, fewer runs: not comparable)" if quick else ""),
        "",
        "| figure | value | unit | goal | met |",
        "| --- | ---: | --- | ---: | :---: |",
    ]
    for name in GOALS:
        fig = figures.get(name)
        if fig is None:
            lines.append(f"| {name} | — | {GOALS[name][0]} | {GOALS[name][1]:g} | — |")
            continue
        mark = "yes" if fig.met else "**no**"
        lines.append(f"| {name} | {format_value(fig.value)} | {fig.unit} | {fig.goal:g} | {mark} |")
    for name, fig in figures.items():
        if name not in GOALS:
            lines.append(f"| {name} (no goal) | {format_value(fig.value)} | {fig.unit} | — | — |")
    return "\n".join(lines)
