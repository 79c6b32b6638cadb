"""Runs the real designer in a child process for crash tests.

``python -m tests.gui.app_driver edit MAP OUT`` starts the app on MAP, edits
it, waits for the recovery copy, writes the edited map to OUT and prints
READY; it then runs until it is killed. ``... recover OUT`` starts the app
as after a crash, restores every recovery copy through the recovery window
and writes what it restored (path, modified flag, map) to OUT as JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from journeydesigner.app import _application, start
from journeydesigner.model import edits as ed
from journeydesigner.storage import dumps_map


def edit(map_path: str, out: str) -> int:
    app = _application([])
    workspace = start(app, [map_path])
    window = workspace.windows[0]
    window.autosaver.set_interval(1)
    timeline = window.document.journey.personas[0].timeline
    window.document.execute("Rename", ed.UpdateItem(timeline.cards[0].id, {"title": "Antes del corte"}))
    window.document.execute("Delete", ed.RemoveCards((timeline.cards[1].id,)))

    def copy_written() -> None:
        window.autosaver.wait()
        Path(out).write_bytes(dumps_map(window.document.journey))
        print("READY", flush=True)

    window.autosaver.written.connect(copy_written)
    return app.exec()


def recover(out: str) -> int:
    app = _application([])

    def press_restore() -> None:
        from journeydesigner.ui.recovery_dialog import RecoveryDialog

        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecoveryDialog):
            dialog.list.selectAll()
            dialog.restore_button.click()
        else:
            QTimer.singleShot(50, press_restore)

    QTimer.singleShot(0, press_restore)
    workspace = start(app, [])
    restored = [
        {
            "path": str(window.document.path),
            "modified": window.document.is_modified,
            "map": dumps_map(window.document.journey).decode("utf-8"),
        }
        for window in workspace.windows
    ]
    Path(out).write_text(json.dumps(restored), encoding="utf-8")
    for window in list(workspace.windows):
        window.autosaver.wait()
        window.close_without_asking()
    del app
    return 0


if __name__ == "__main__":
    command = sys.argv[1]
    sys.exit(edit(sys.argv[2], sys.argv[3]) if command == "edit" else recover(sys.argv[2]))
