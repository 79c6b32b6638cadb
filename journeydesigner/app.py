"""QApplication bootstrap of the designer."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from journeydesigner import __version__
from journeydesigner.desktop_install import APP_ID, SHARE_DIR
from journeydesigner.document.document import JourneyDocument
from journeydesigner.storage import load_map
from journeydesigner.ui.after_frame import built_with_collector_paused
from journeydesigner.ui.appearance import apply_colour_scheme
from journeydesigner.ui.i18n import install_translators
from journeydesigner.ui.main_window import APP_NAME, MainWindow
from journeydesigner.ui.settings import AppSettings
from journeydesigner.ui.workspace import Workspace, current_workspace, set_current_workspace

ORGANISATION = "Journey Designer"
DESKTOP_ID = APP_ID  # the installed .desktop file's name
APP_ICON = SHARE_DIR / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"

# Set (to anything but "" or "0"), the designer prints "first-paint" on stdout
# once the canvas of its first window has been painted, then quits. The
# benchmarks (benchmarks/run.py) time a cold start with it.
EXIT_AFTER_FIRST_PAINT = "JOURNEYDESIGNER_EXIT_AFTER_FIRST_PAINT"


def create_main_window(path: str | Path | None = None) -> MainWindow:
    """A ready main window for the map at *path* (or a new map); no event loop.

    Tools and tests use it; it takes no lock. Raises JourneyFileError when
    the file cannot be opened.
    """
    workspace = current_workspace()
    if path is None:
        from journeydesigner.templates import build_template

        journey = build_template(workspace.settings.default_template, workspace.settings.new_map_language)
        return MainWindow(JourneyDocument(journey), workspace)
    window = built_with_collector_paused(lambda: MainWindow(JourneyDocument.open(Path(path)), workspace))
    assert window is not None  # a map that cannot be opened raises
    return window


def _application(qt_args: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationVersion(__version__)
    # Wayland desktops match windows to their launcher (and its icon) by this name.
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    app = QApplication([sys.argv[0], *qt_args])
    app.setWindowIcon(QIcon(str(APP_ICON)))
    app.aboutToQuit.connect(release_clipboard)
    # Before any window exists: every string is translated when a widget is built.
    settings = AppSettings()
    install_translators(settings.interface_language())
    apply_colour_scheme(settings.colour_scheme)
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


def start(app: QApplication, paths: Sequence[str] = ()) -> Workspace:
    """Set up the workspace as at start-up: recovery, the maps asked for, else a new map.

    After a crash the recovery window comes first. Then the maps named on
    the command line open; with none, the welcome window (if the user keeps
    it) offers templates and recent maps.
    """
    workspace = Workspace()
    set_current_workspace(workspace)
    app.installEventFilter(workspace)  # macOS hands files over as events
    workspace.offer_recovery()
    workspace.open_paths(list(paths))
    if not workspace.windows and workspace.settings.show_welcome:
        _welcome(workspace)
    if not workspace.windows:
        workspace.new_map()
    return workspace


def _welcome(workspace: Workspace) -> None:
    from journeydesigner.ui.new_map_dialog import NewMapDialog

    dialog = NewMapDialog(workspace.settings, None, welcome=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    path = dialog.chosen_path()
    if dialog.result_kind() == "open" and path is not None:
        workspace.open_path(path)
    elif dialog.result_kind() == "sample" and path is not None:
        # A copy: the consultant explores and saves it elsewhere; the bundled sample stays as shipped.
        workspace.new_map(load_map(path))
    elif dialog.result_kind() == "new":
        workspace.new_map(dialog.build_map())


class _FirstPaintExit(QObject):
    """Quits the application right after the first paint of a canvas."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self._workspace = workspace
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # The filter runs before the paint: report once it has been done.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print("first-paint", flush=True)
        self._workspace.quit()


def _exit_after_first_paint(workspace: Workspace) -> None:
    if not workspace.windows:
        return
    watcher = _FirstPaintExit(workspace)
    workspace.windows[0].view.viewport().installEventFilter(watcher)


def run(paths: Sequence[str] = (), qt_args: Sequence[str] = ()) -> int:
    """Open the designer on *paths* and run the event loop."""
    app = _application(qt_args)
    workspace = start(app, paths)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT, "") not in ("", "0"):
        _exit_after_first_paint(workspace)
    return app.exec()
