"""Draw the SeatCalc app icon (a small hemicycle) and write it as PNG, ICO and ICNS.

Run from the repository root, ``python build_spec/make_icon.py``; it rewrites
``resources/icons/seatcalc.png`` (256 px, for Linux and the window icon), ``seatcalc.ico``
(Windows: 16 to 256 px) and ``seatcalc.icns`` (macOS: 16 to 1024 px). The outputs are
committed, so a build needs neither this script nor any image library: ICO and ICNS are
written here as plain containers of PNG images (Windows Vista and macOS 10.7 read those).
Each size is drawn on its own with fewer, larger seats at small sizes, so that 16 px stays
legible. The seat geometry comes from ``core.chart.hemicycle``, as in the app's chart.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402

from core.chart.hemicycle import assign_parties, hemicycle_layout  # noqa: E402

OUT_DIR = ROOT / "resources" / "icons"
# Colours of the kz-2023 scenario's first parties (Amanat, Auyl, Respublica, Ak Zhol, QHP).
PARTY_COLORS = ("#1f5aa6", "#00897b", "#ef6c00", "#f2b705", "#c62828")
BACKGROUND = "#f4f6fa"
BORDER = "#c5ccd8"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, and the pixel size each holds (Apple's icns format).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("ic11", 32), ("icp6", 64), ("ic12", 64),
              ("ic07", 128), ("ic08", 256), ("ic13", 256), ("ic09", 512), ("ic14", 512),
              ("ic10", 1024))


def seats_for(size: int) -> tuple[int, ...]:
    """Seats per party drawn at ``size`` px: fewer seats when small, so each dot stays visible."""
    if size < 32:
        return (2, 1, 1, 1)
    if size < 64:
        return (4, 2, 2, 1, 1)
    return (12, 4, 3, 2, 2)


def render(size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels: a rounded tile with a hemicycle of seats."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = max(0.5, size / 64)
    tile = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    painter.setPen(QColor(BORDER) if size >= 32 else Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BACKGROUND))
    painter.drawRoundedRect(tile, size * 0.18, size * 0.18)
    _draw_seats(painter, size, seats_for(size))
    painter.end()
    return image


def _draw_seats(painter: QPainter, size: int, counts: tuple[int, ...]) -> None:
    layout = hemicycle_layout(sum(counts))
    parties = assign_parties(counts)
    scale = size * 0.45  # outer radius of the hemicycle, in pixels
    cx, base = size / 2, size * 0.72
    r = layout.radius * scale * 0.86
    painter.setPen(Qt.PenStyle.NoPen)
    for x, y, party in zip(layout.x, layout.y, parties, strict=True):
        painter.setBrush(QColor(PARTY_COLORS[party]))
        painter.drawEllipse(QRectF(cx + x * scale - r, base - y * scale - r, 2 * r, 2 * r))


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("could not encode the icon as PNG")
    return bytes(buffer.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows ICO holding one PNG per size (ICONDIR, ICONDIRENTRYs, then the images)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS ICNS: the 'icns' header, then one (type, length, PNG) element per entry."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write the PNG, ICO and ICNS icons into ``resources/icons``."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, pixmaps)
    sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: png_bytes(render(size)) for size in sizes}
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "seatcalc.png").write_bytes(pngs[256])
    (OUT_DIR / "seatcalc.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (OUT_DIR / "seatcalc.icns").write_bytes(icns_bytes(pngs))
    for name in ("seatcalc.png", "seatcalc.ico", "seatcalc.icns"):
        print(f"wrote {OUT_DIR / name} ({(OUT_DIR / name).stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
