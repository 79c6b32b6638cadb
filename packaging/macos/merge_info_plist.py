"""Merge Journey Designer's Info.plist fragment into an app bundle built by pyside6-deploy.

    python packaging/macos/merge_info_plist.py "build/deploy/Journey Designer.app"

The fragment (``Info.plist`` beside this script) adds the bundle's identity,
its languages, the ``.journey`` document type (role Editor, rank Owner) and
the exported UTI ``io.github.journeydesigner.journey`` conforming to
``public.json``; its keys replace those Nuitka wrote, the others stay. The
document icon and the localised names (``*.lproj/InfoPlist.strings``) are
copied into ``Contents/Resources``. Plain Python (plistlib), so it runs and
is tested on any system; sign the bundle afterwards.
"""

from __future__ import annotations

import plistlib
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRAGMENT = HERE / "Info.plist"
DOCUMENT_ICON = HERE / "journey-document.icns"


def merged(bundle_info: dict[str, object], fragment: dict[str, object]) -> dict[str, object]:
    """*bundle_info* with every key of *fragment* set to the fragment's value."""
    result = dict(bundle_info)
    result.update(fragment)
    return result


def merge_into_bundle(bundle: Path) -> None:
    """Update *bundle*'s Contents/Info.plist and add the document icon and localised names."""
    contents = bundle / "Contents"
    info_path = contents / "Info.plist"
    if not info_path.is_file():
        raise FileNotFoundError(f"{info_path}: not an app bundle's Info.plist")
    with info_path.open("rb") as stream:
        info = plistlib.load(stream)
    with FRAGMENT.open("rb") as stream:
        fragment = plistlib.load(stream)
    with info_path.open("wb") as stream:
        plistlib.dump(merged(info, fragment), stream)
    resources = contents / "Resources"
    resources.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DOCUMENT_ICON, resources / DOCUMENT_ICON.name)
    for strings in sorted(HERE.glob("*.lproj/InfoPlist.strings")):
        target = resources / strings.parent.name / strings.name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(strings, target)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: merge_info_plist.py BUNDLE.app", file=sys.stderr)
        return 2
    merge_into_bundle(Path(argv[0]))
    print(f"{argv[0]}: Info.plist merged")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
