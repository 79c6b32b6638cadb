"""Render the application and document icons from their SVG sources (QtSvg, offscreen).

    python tools/render_icons.py

The SVGs in ``journeydesigner/share/icons/hicolor/scalable`` are the sources.
This writes, and the repository keeps, what the installers need:

- PNGs at 16 … 256 px beside them in the hicolor theme layout, installed on
  Linux by ``journeydesigner install-desktop`` (which must not need Qt);
- ``packaging/windows/journeydesigner.ico`` and ``journey-document.ico``
  (32-bit bitmaps up to 64 px, PNG at 128 and 256 px) for the executable, the
  installer and the ``.journey`` file association;
- ``packaging/macos/JourneyDesigner.icns`` and ``journey-document.icns``
  (PNG entries 16 … 1024 px) for the app bundle and its document type.

Run it again after changing an SVG and commit the results.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from journeydesigner.desktop_install import APP_ID, MIME_ICON, SHARE_DIR  # noqa: E402

HICOLOR = SHARE_DIR / "icons" / "hicolor"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICO_PNG_FROM = 128  # larger entries are stored as PNG, smaller ones as bitmaps
# ICNS entry types with the pixel size each holds (PNG data in all of them).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)

ICONS = {
    # source SVG, its hicolor context, the .ico and .icns file names
    "app": (HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg", "apps", "journeydesigner", "JourneyDesigner"),
    "document": (
        HICOLOR / "scalable" / "mimetypes" / f"{MIME_ICON}.svg",
        "mimetypes",
        "journey-document",
        "journey-document",
    ),
}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG at *size* × *size* pixels, straight (not premultiplied) alpha."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """An ICO bitmap entry: BITMAPINFOHEADER, BGRA rows bottom-up, an empty AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    bits = bytes(image.constBits())[: image.sizeInBytes()]
    stride = image.bytesPerLine()
    rows = [bits[row * stride : row * stride + size * 4] for row in range(size)]  # ARGB32 is BGRA in memory
    mask_stride = ((size + 31) // 32) * 4
    return header + b"".join(reversed(rows)) + bytes(mask_stride * size)


def ico_bytes(renderer: QSvgRenderer) -> bytes:
    entries = []
    for size in ICO_SIZES:
        image = render(renderer, size)
        entries.append((size, png_bytes(image) if size >= ICO_PNG_FROM else dib_bytes(image)))
    offset = 6 + 16 * len(entries)
    directory = b""
    for size, data in entries:
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(entries)) + directory + b"".join(data for _, data in entries)


def icns_bytes(renderer: QSvgRenderer) -> bytes:
    rendered: dict[int, bytes] = {}
    body = b""
    for kind, size in ICNS_TYPES:
        data = rendered.setdefault(size, png_bytes(render(renderer, size)))
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_bytes() != data:
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    for source, context, ico_name, icns_name in ICONS.values():
        renderer = QSvgRenderer(str(source))
        if not renderer.isValid():
            print(f"{source}: not a valid SVG", file=sys.stderr)
            return 1
        for size in PNG_SIZES:
            write(
                HICOLOR / f"{size}x{size}" / context / f"{source.stem}.png", png_bytes(render(renderer, size))
            )
        write(ROOT / "packaging" / "windows" / f"{ico_name}.ico", ico_bytes(renderer))
        write(ROOT / "packaging" / "macos" / f"{icns_name}.icns", icns_bytes(renderer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
