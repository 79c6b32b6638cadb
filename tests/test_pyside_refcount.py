"""Guard against the PySide6 build that leaks references to None.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a
void method; after a few thousand calls the interpreter aborts with
"none_dealloc". pyproject.toml pins around it; this test fails if a version
bump brings the bug back. The calls run in a child process, because with the
broken build the interpreter itself aborts.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
import sys
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsRectItem

item = QGraphicsRectItem(0, 0, 10, 10)
brush = QBrush(QColor("#4E79A7"))
before = sys.getrefcount(None)
for i in range(20_000):
    item.setPos(i % 100, 0)
    item.setBrush(brush)
    item.setZValue(i % 7)
print(before - sys.getrefcount(None))
"""


def test_void_methods_keep_none_refcount() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, check=False, timeout=120
    )
    assert result.returncode == 0, (
        f"the interpreter died (status {result.returncode}) calling void Qt methods: "
        f"a PySide6 build that leaks None? {result.stderr[-500:]}"
    )
    lost = int(result.stdout.strip())
    # A leaking build loses 60,000 references here; allow for unrelated noise.
    assert lost < 100, f"None lost {lost} references in 60,000 void calls"
