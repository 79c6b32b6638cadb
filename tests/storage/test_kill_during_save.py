"""kill -9 in the middle of saving a large map: the file is always the old map or the new one.

The work is done by kill_saver.py (a standalone script, see its docstring);
these tests run it and check that its kills really hit saves in progress.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCRIPT = Path(__file__).with_name("kill_saver.py")
SUMMARY = re.compile(
    r"kill_saver: (\d+) rounds \(seed \d+\): (\d+) ended on A, (\d+) on B, "
    r"(\d+) kills landed while a temporary file existed; no temporary file left"
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs os.fork"),
]


def run_kill_saver(folder: Path, *options: str, timeout: float) -> tuple[int, int, int, int]:
    """Run the script; (rounds, ended on A, ended on B, kills while a temporary file existed)."""
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--folder", str(folder), *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    match = SUMMARY.search(result.stdout)
    assert match is not None, output
    rounds, on_a, on_b, mid_write = (int(group) for group in match.groups())
    assert on_a + on_b == rounds, output
    return rounds, on_a, on_b, mid_write


def test_300_kills_while_writing(tmp_path: Path) -> None:
    # Each save reuses the maps' bytes, so the random kills land while the file is written.
    rounds, on_a, on_b, mid_write = run_kill_saver(tmp_path, "--rounds", "300", timeout=120)
    assert rounds == 300
    assert mid_write > rounds // 10, f"only {mid_write} of {rounds} kills hit a save in progress"
    assert on_a > 0 and on_b > 0  # both versions really replaced the file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grande.journey"]


def test_kills_during_full_saves_with_serialisation(tmp_path: Path) -> None:
    # The whole of save_map, serialisation included: most kills land before the file is touched.
    rounds, _, _, _ = run_kill_saver(tmp_path, "--rounds", "60", "--serialize", timeout=120)
    assert rounds == 60
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grande.journey"]


def test_the_script_reports_a_partial_file(tmp_path: Path) -> None:
    # The check itself works: a save that writes in place (not atomic) is caught.
    code = (
        "import runpy, sys\n"
        "from journeydesigner.storage import files\n"
        "def in_place(path, data):\n"
        "    with open(path, 'wb') as stream:\n"
        "        for start in range(0, len(data), 65536):\n"
        "            stream.write(data[start:start + 65536])\n"
        "            stream.flush()\n"
        "files.atomic_write_bytes = in_place\n"
        f"sys.argv = [{str(SCRIPT)!r}, '--folder', {str(tmp_path)!r}, '--rounds', '100', '--seed', '7']\n"
        f"runpy.run_path({str(SCRIPT)!r}, run_name='__main__')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "kill_saver: FAILED: round" in result.stderr
    assert "the file is neither A nor B" in result.stderr
