"""Render the app icon from its SVG source into every size and container the platforms need.

    .venv/bin/python packaging/make_icons.py

Reads resources/icons/bruecke.svg and writes, next to it:
- bruecke-<N>.png for N in 16, 24, 32, 48, 64, 128, 256, 512 (Linux hicolor theme, window icon, AppStream)
- bruecke.ico  (Windows: 16–256 as PNG-compressed entries, readable since Windows Vista)
- bruecke.icns (macOS: icp4–ic10 incl. the @2x variants, PNG-compressed)

Rendering uses PySide6.QtSvg, so no extra dependency is needed; both containers are small enough to write
by hand. Run it again after changing the SVG and commit the results (the bundle build only copies them).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "bruecke.svg"
PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# ICNS element type -> pixel size (PNG payloads; the @2x types reuse larger renderings).
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]


def render(size: int) -> bytes:
    """The SVG rendered into a size×size RGBA PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRY×n + PNG payloads (a width/height byte of 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: render(size) for size in sorted(set(PNG_SIZES) | {s for _, s in ICNS_TYPES})}
    for size in PNG_SIZES:
        (ICONS / f"bruecke-{size}.png").write_bytes(images[size])
    (ICONS / "bruecke.ico").write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    (ICONS / "bruecke.icns").write_bytes(icns(images))
    print(f"wrote {len(PNG_SIZES)} PNGs, bruecke.ico and bruecke.icns to {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
