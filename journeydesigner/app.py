"""QApplication bootstrap of the designer."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from journeydesigner import __version__
from journeydesigner.document.document import JourneyDocument
from journeydesigner.storage import JourneyFileError
from journeydesigner.ui.main_window import APP_NAME, MainWindow, new_document


def create_main_window(path: str | Path | None = None) -> MainWindow:
    """A ready main window for the map at *path* (or a new map); no event loop.

    Raises JourneyFileError when the file cannot be opened.
    """
    if path is None:
        return MainWindow(new_document())
    return MainWindow(JourneyDocument.open(Path(path)))


def _application(qt_args: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Journey Designer")
    app.setApplicationVersion(__version__)
    app.aboutToQuit.connect(release_clipboard)
    return app


def release_clipboard() -> None:
    """Drop cards the designer put on the clipboard before Qt shuts down.

    Qt deletes clipboard data it holds from this process while the
    application object is torn down; with data set from Python that crashes
    the interpreter on exit (seen with the offscreen platform). Copied cards
    do not outlive the app anyway.
    """
    from journeydesigner.canvas.mime import CARDS_MIME

    clipboard = QApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(CARDS_MIME):
        clipboard.clear()


def run(path: str | None = None, qt_args: Sequence[str] = ()) -> int:
    """Open the designer on *path* and run the event loop."""
    app = _application(qt_args)
    try:
        window = create_main_window(path)
    except JourneyFileError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        window = create_main_window()
    window.show()
    return app.exec()
