"""kill -9 a process in the middle of saving a large map, hundreds of times at random moments.

    python tests/storage/kill_saver.py [--rounds 300] [--seed N] [--cards 10000] [--folder DIR]

Every round forks a saver that saves two large maps, A and B, over the same
file in turn, kills it with SIGKILL after a random time, and checks that the
file is exactly A or exactly B (never partial, and it loads) and that at most
one temporary file, the killed saver's, is beside it. Exits 0 when every round
passes; on a failure it says what was wrong and leaves the folder for
inspection. The seed is printed, so a failing run can be repeated. POSIX only
(os.fork); no Qt, no pytest: point --folder at a network drive to try one.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parents[2]
for _path in (ROOT, ROOT / "benchmarks"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from make_map import make_map  # noqa: E402

from journeydesigner.model import JourneyMap  # noqa: E402
from journeydesigner.storage import files as storage_files  # noqa: E402
from journeydesigner.storage import load_map, save_map  # noqa: E402
from journeydesigner.storage.atomic import temp_files  # noqa: E402


class Failure(Exception):
    """A round found the file or its folder in a state a save must never leave."""


@contextlib.contextmanager
def serialized_once(cache: dict[int, bytes]) -> Iterator[None]:
    """Let save_map reuse the bytes of maps in *cache* instead of serialising them again.

    Serialising a 10,000-card map takes 20 times longer than writing it, and a
    kill during serialisation cannot touch the file: with the bytes ready, the
    random kills land while the file is being written, which is what is tested.
    """
    real = storage_files.dumps_map

    def dumps(journey: JourneyMap) -> bytes:
        data = cache.get(id(journey))
        return real(journey) if data is None else data

    storage_files.dumps_map = dumps
    try:
        yield
    finally:
        storage_files.dumps_map = real


def saver(first: JourneyMap, second: JourneyMap, target: Path, cache: dict[int, bytes] | None) -> NoReturn:
    """The forked child: save the two maps in turn until killed."""
    try:
        with serialized_once(cache) if cache is not None else contextlib.nullcontext():
            while True:
                save_map(first, target)
                save_map(second, target)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
    os._exit(3)  # never reached when killed, as it should be


def time_one_save(journeys: list[JourneyMap], target: Path, cache: dict[int, bytes] | None) -> float:
    """The median duration of one save_map of the maps, in seconds."""
    durations = []
    with serialized_once(cache) if cache is not None else contextlib.nullcontext():
        for number in range(6):
            start = time.perf_counter()
            save_map(journeys[number % 2], target)
            durations.append(time.perf_counter() - start)
    return statistics.median(durations)


def run(args: argparse.Namespace, seed: int, folder: Path, say: Callable[[str], None]) -> str:
    """All the rounds; the summary line, or Failure."""
    rng = random.Random(seed)
    version_a = make_map(10, args.cards, seed=1)
    version_b = make_map(10, args.cards, seed=2)
    bytes_a, bytes_b = storage_files.dumps_map(version_a), storage_files.dumps_map(version_b)
    if bytes_a == bytes_b:
        raise Failure("the two versions are the same map")
    cache = None if args.serialize else {id(version_a): bytes_a, id(version_b): bytes_b}
    target = folder / "grande.journey"

    save_map(version_b, target)
    if load_map(target).model_dump() != version_b.model_dump():
        raise Failure("version B does not load back as it was saved")
    save_map(version_a, target)
    if load_map(target).model_dump() != version_a.model_dump():
        raise Failure("version A does not load back as it was saved")
    loaded = {bytes_a, bytes_b}  # both load: checked just above
    one_save = time_one_save([version_a, version_b], target, cache)
    say(
        f"kill_saver: seed {seed}; A {len(bytes_a) / 2**20:.1f} MB, B {len(bytes_b) / 2**20:.1f} MB; "
        f"one save takes {one_save * 1000:.1f} ms; {args.rounds} rounds in {folder}"
    )

    ended = {"A": 0, "B": 0}
    mid_write = 0
    for number in range(1, args.rounds + 1):
        delay = rng.uniform(0.0, 1.5 * one_save)
        first, second = (version_a, version_b) if rng.random() < 0.5 else (version_b, version_a)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            saver(first, second, target, cache)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        where = f"round {number} (seed {seed}, kill after {delay * 1000:.2f} ms)"
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            raise Failure(f"{where}: the saver stopped by itself (wait status {status}); see its error above")

        temps = temp_files(target)
        if len(temps) > 1:
            raise Failure(f"{where}: {len(temps)} temporary files pile up: {[t.name for t in temps]}")
        if any(f"-{pid}." in t.name for t in temps):
            mid_write += 1
        content = target.read_bytes()
        if content == bytes_a:
            ended["A"] += 1
        elif content == bytes_b:
            ended["B"] += 1
        else:
            raise Failure(
                f"{where}: the file is neither A nor B ({len(content)} bytes; A has {len(bytes_a)}, "
                f"B has {len(bytes_b)})"
            )
        if args.load_every_round or content not in loaded:  # the same bytes load the same way
            load_map(target)
            loaded.add(content)

    save_map(version_b, target)  # one clean save removes what the last killed saver left
    leftovers = temp_files(target)
    if leftovers:
        raise Failure(f"after a clean save, temporary files remain: {[t.name for t in leftovers]}")
    if target.read_bytes() != bytes_b:
        raise Failure("the clean save did not write version B")
    return (
        f"kill_saver: {args.rounds} rounds (seed {seed}): {ended['A']} ended on A, {ended['B']} on B, "
        f"{mid_write} kills landed while a temporary file existed; no temporary file left"
    )


def main(argv: list[str] | None = None) -> int:
    """Command line: run the rounds, print one summary line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--seed", type=int, default=None, help="default: a new random seed (printed)")
    parser.add_argument("--cards", type=int, default=10_000, help="cards in each map (default 10000)")
    parser.add_argument(
        "--folder", type=Path, default=None, help="where to save (default: a new temp folder)"
    )
    parser.add_argument(
        "--serialize",
        action="store_true",
        help="serialise the map on every save (most kills land before writing)",
    )
    parser.add_argument("--load-every-round", action="store_true", help="load_map the file after every kill")
    args = parser.parse_args(argv)
    if not hasattr(os, "fork"):
        parser.error("needs os.fork (POSIX)")
    if args.rounds < 1 or args.cards < 10:
        parser.error("--rounds must be at least 1 and --cards at least 10")
    seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(4), "big")
    folder = args.folder or Path(tempfile.mkdtemp(prefix="kill-saver-"))
    folder.mkdir(parents=True, exist_ok=True)

    def say(line: str) -> None:
        print(line, flush=True)

    try:
        summary = run(args, seed, folder, say)
    except Failure as failure:
        print(f"kill_saver: FAILED: {failure}; the folder is kept: {folder}", file=sys.stderr, flush=True)
        return 1
    say(summary)
    if args.folder is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
