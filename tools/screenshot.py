"""Grab the designer's window with a sample map to a PNG (for the README and for review).

    QT_QPA_PLATFORM=offscreen python tools/screenshot.py samples/MAP.journey docs/screenshot.png
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> int:
    """Open the map, lay the window out, grab it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("map")
    parser.add_argument("out")
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--persona", type=int, default=0, help="index of the persona to show")
    parser.add_argument("--select", default="", help="id of an item to select")
    parser.add_argument("--lang", choices=("es", "en"), default="en", help="interface language")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light", help="colour scheme")
    parser.add_argument("--analysis", action="store_true", help="show the analysis panel")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from journeydesigner.app import create_main_window
    from journeydesigner.ui.appearance import apply_colour_scheme
    from journeydesigner.ui.i18n import install_translators

    install_translators(args.lang)
    apply_colour_scheme(args.scheme)

    window = create_main_window(args.map)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    persona = window.document.journey.personas[args.persona]
    window.state.set_persona(persona.id)
    if args.select:
        window.state.set_selection([args.select])
    if args.analysis:
        window.analysis.show()
        window.analysis.raise_()
    for _ in range(5):
        app.processEvents()
    window.grab().save(args.out)
    window.document.undo_stack.setClean()
    window.close()
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
