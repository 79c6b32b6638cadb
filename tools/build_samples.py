"""Build the sample maps in samples/ from the content in tools/samples/.

    .venv/bin/python tools/build_samples.py            # write samples/*.journey
    .venv/bin/python tools/build_samples.py --check    # fail if a committed sample is stale

The maps have fixed ids and dates, so running this again gives byte-identical
files. Each saved file is loaded back and saved again to prove that the round
trip through the storage layer changes nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make journeydesigner and tools importable
    sys.path.insert(0, str(ROOT))

from journeydesigner.model.analysis import card_counts, stage_emotion_averages  # noqa: E402
from journeydesigner.model.journey import JourneyMap  # noqa: E402
from journeydesigner.storage import dumps_map, load_map, save_map  # noqa: E402
from tools.samples import SAMPLES  # noqa: E402

SAMPLES_DIR = ROOT / "samples"


def missing_emotions(journey: JourneyMap) -> list[str]:
    """Every "persona / stage" without an emotion marker (a sample shows a whole curve)."""
    missing = []
    for persona in journey.personas:
        averages = stage_emotion_averages(persona)
        missing += [f"{persona.name} / {s.name}" for s in persona.timeline.stages if averages[s.id] is None]
    return missing


def check_round_trip(path: Path) -> None:
    """Load *path* and save it again elsewhere; raise if the bytes differ."""
    loaded = load_map(path)
    with tempfile.TemporaryDirectory() as folder:
        again = Path(folder) / path.name
        save_map(loaded, again)
        if again.read_bytes() != path.read_bytes():
            raise RuntimeError(f"{path}: load → save does not give the same bytes")


def summary(journey: JourneyMap) -> str:
    """One line: card counts in total and per type."""
    counts = card_counts(journey)
    per_type = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
    return f"{sum(counts.values())} cards ({per_type})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--output", type=Path, default=SAMPLES_DIR, help="folder to write (default: samples/)"
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; fail if the files in the folder are stale"
    )
    args = parser.parse_args(argv)

    stale = []
    for file_name, build in SAMPLES.items():
        journey = build()
        if missing := missing_emotions(journey):
            raise RuntimeError(f"{file_name}: no emotion marker in {', '.join(missing)}")
        path = args.output / file_name
        if args.check:
            if not path.is_file() or path.read_bytes() != dumps_map(journey):
                stale.append(file_name)
                continue
        else:
            args.output.mkdir(parents=True, exist_ok=True)
            save_map(journey, path)
        check_round_trip(path)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {summary(journey)}")

    if stale:
        print(f"stale or missing: {', '.join(stale)}; run tools/build_samples.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
