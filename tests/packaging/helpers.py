"""Shared by the packaging tests: where the files are, and the tools that check them."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from journeydesigner.desktop_install import APP_ID, DESKTOP_FILE, METAINFO_FILE, MIME_FILE, SHARE_DIR
from tests.conftest import ROOT

PACKAGING = ROOT / "packaging"
DESKTOP = SHARE_DIR / DESKTOP_FILE
METAINFO = SHARE_DIR / METAINFO_FILE
MIME_XML = SHARE_DIR / MIME_FILE
APP_SVG = SHARE_DIR / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def require_tool(name: str) -> str:
    """The path of the command *name*; skip the test only when it is not installed.

    ``make test`` installs them on Debian: desktop-file-utils, appstream,
    libxml2-utils and shared-mime-info are in tools/system-deps.sh.
    """
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def run(*command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, check=False, timeout=120, env=env)


def desktop_entry_keys(text: str) -> dict[str, str]:
    """The keys of the [Desktop Entry] group of a desktop file."""
    keys: dict[str, str] = {}
    group = None
    for line in text.splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif group == "Desktop Entry" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys[key.strip()] = value.strip()
    return keys
