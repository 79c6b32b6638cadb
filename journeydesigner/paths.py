"""Where the designer's bundled resources live (icons, fonts, translations). No Qt."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
ICON_DIR = RESOURCES / "icons"
FONT_DIR = RESOURCES / "fonts"
TRANSLATIONS_DIR = RESOURCES / "translations"
SAMPLES_DIR = RESOURCES.parent / "samples"
