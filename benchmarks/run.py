"""The benchmark suite of issue 8: every figure, against its goal, in one run.

    python benchmarks/run.py [--quick] [--json OUT]

Prints a table and, with --json, writes
``{"machine": {...}, "quick": bool, "figures": {NAME: {"value", "unit", "goal", ...}}}``.
The figure names, units and goals are a contract read by tests outside the
repository. Each figure is the median of several runs; each ratio divides
by a reference measured in the same run on the same data, so ratios move
less than times when the machine is busy.

Maps come from ``benchmarks/make_map.py``: the stress map has 10 personas ×
12 stages × 8 lanes, 10,000 cards and 2,000 connections; the 1k map has the
same shape with 1,000 cards; the cold-start sample is one persona with 500
cards. What each figure measures is written in ``bench_gui.py``, ``bench_bare_moves.py``,
``bench_files.py`` and ``bench_process.py``.

``--quick`` is a smoke run (the test suite runs it): the same figures from
smaller maps (a 2,000-card "stress" map, 100 cards per persona in the
handouts pack, 200 undo/redo moves scaled to 1,000) and fewer runs. Its
numbers are not comparable with a full run.

Qt runs offscreen (``QT_QPA_PLATFORM=offscreen`` unless set otherwise), and
the designer's settings, recovery copies and caches go to a throw-away
folder, so a run never touches the user's own.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SCRATCH = Path(tempfile.mkdtemp(prefix="jd-bench-"))
atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)
for _variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = str(_SCRATCH / _variable.lower())

from benchmarks.bench_common import GOALS, Figure, machine, table  # noqa: E402
from benchmarks.make_map import make_map  # noqa: E402
from journeydesigner.storage import load_map, save_map  # noqa: E402


@dataclass(frozen=True)
class Plan:
    """Map sizes and repetitions of one run."""

    stress_cards: int
    small_cards: int
    sample_cards: int
    handout_cards: int  # per persona
    undo_moves: int
    open_runs: int
    view_runs: int
    moves: int  # cards moved right and back left, in each round (bench_gui.MOVE_ROUNDS)
    undo_runs: int
    file_runs: int
    process_runs: int


FULL = Plan(10_000, 1_000, 500, 1_000, 1_000, 5, 15, 15, 3, 5, 5)
QUICK = Plan(2_000, 1_000, 500, 100, 200, 1, 3, 3, 1, 1, 1)
PERSONAS = 10


def make_maps(plan: Plan, folder: Path) -> dict[str, Path]:
    """Write the benchmark maps into *folder*."""
    shapes = {
        "stress": (PERSONAS, plan.stress_cards),
        "small": (PERSONAS, plan.small_cards),
        # One persona as large as a stress persona, in a map ten times smaller.
        "persona": (1, plan.stress_cards // PERSONAS),
        "sample": (1, plan.sample_cards),
    }
    paths = {}
    for name, (personas, cards) in shapes.items():
        path = folder / f"{name}-{cards}.journey"
        save_map(make_map(personas=personas, cards=cards, seed=1), path)
        paths[name] = path
    return paths


def run(plan: Plan, log: bool = True) -> dict[str, Figure]:
    """Measure every figure with *plan*."""
    from PySide6.QtWidgets import QApplication

    from benchmarks import bench_bare_moves, bench_files, bench_gui, bench_process
    from journeydesigner.app import _application
    from journeydesigner.ui.workspace import Workspace, set_current_workspace

    def step(text: str) -> None:
        if log:
            print(f"… {text}", file=sys.stderr, flush=True)

    figures: dict[str, Figure] = {}
    maps = make_maps(plan, _SCRATCH)
    step("starting the designer in new processes")
    figures.update(bench_process.measure(maps["sample"], maps["stress"], plan.process_runs))

    app = _application([])
    workspace = Workspace()
    set_current_workspace(workspace)
    windows = bench_gui.Windows()
    step("opening maps")
    figures.update(bench_gui.measure_open(windows, maps["stress"], plan.open_runs))
    step("switching personas and repainting")
    figures.update(bench_gui.measure_views(windows, maps["stress"], plan.view_runs))
    step("moving cards")
    figures.update(
        bench_gui.measure_moves(windows, maps["small"], maps["stress"], plan.moves, maps["persona"])
    )
    step("moving cards in a bare scene")
    figures.update(bench_bare_moves.measure_bare_moves(maps["small"], maps["stress"], plan.moves))
    step("undoing and redoing")
    figures.update(bench_gui.measure_undo_redo(windows, maps["stress"], plan.undo_moves, plan.undo_runs))
    step("saving")
    figures.update(bench_files.measure_save(load_map(maps["stress"]), plan.file_runs))
    step("exporting PDF")
    figures.update(bench_files.measure_pdf(1_000, PERSONAS, plan.handout_cards, plan.file_runs))
    workspace.deleteLater()
    app.processEvents()
    del app  # the QApplication lives on until the interpreter exits
    QApplication.processEvents()
    return figures


def main(argv: list[str] | None = None) -> int:
    """Command line: run, print the table, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller maps, fewer runs (a smoke test)")
    parser.add_argument("--json", metavar="OUT", type=Path, help="write the figures as JSON to OUT")
    args = parser.parse_args(argv)
    about = machine()
    figures = run(QUICK if args.quick else FULL)
    missing = [name for name in GOALS if name not in figures]
    if missing:
        raise SystemExit(f"figures not measured: {', '.join(missing)}")
    print(table(figures, about, args.quick))
    if args.json is not None:
        document = {
            "machine": about,
            "quick": args.quick,
            "figures": {name: figures[name].as_json() for name in GOALS},
            # Measured alongside, without a goal of the issue.
            "extra_figures": {name: fig.as_json() for name, fig in figures.items() if name not in GOALS},
        }
        args.json.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
