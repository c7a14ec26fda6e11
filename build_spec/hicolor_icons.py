"""Write the hicolor theme's app icons, DIR/NxN/apps/seatcalc.png for N = 16 to 512, taken
from the committed seatcalc.ico (16 to 256 px) and seatcalc.icns (512 px).

Both containers hold plain PNG images, each size drawn on its own by make_icon.py, so the
theme gets the same pixels as Windows and macOS, without Qt or an image library:

    python3 build_spec/hicolor_icons.py DIR      (e.g. .../usr/share/icons/hicolor)
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual app icon sizes
PNG = b"\x89PNG\r\n\x1a\n"


def ico_pngs(data: bytes) -> dict[int, bytes]:
    """The PNG images of an ICO file, by width (an ICONDIRENTRY's 0 means 256)."""
    _, kind, count = struct.unpack_from("<HHH", data)
    if kind != 1:
        raise ValueError("not an ICO file")
    images = {}
    for i in range(count):
        width, _, _, _, _, _, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        images[width or 256] = data[offset:offset + size]
    return images


def png_size(png: bytes) -> int:
    """The width of a PNG image (IHDR), checked to be square."""
    if not png.startswith(PNG):
        raise ValueError("not a PNG image")
    width, height = struct.unpack_from(">II", png, 16)
    if width != height:
        raise ValueError(f"a {width}x{height} icon is not square")
    return width


def icns_pngs(data: bytes) -> dict[int, bytes]:
    """The PNG elements of an ICNS file, by pixel size."""
    if data[:4] != b"icns":
        raise ValueError("not an ICNS file")
    images, offset = {}, 8
    while offset < len(data):
        length = struct.unpack_from(">I", data, offset + 4)[0]
        element = data[offset + 8:offset + length]
        if element.startswith(PNG):
            images[png_size(element)] = element
        offset += length
    return images


def write_icons(out: Path) -> list[Path]:
    """Write DIR/NxN/apps/seatcalc.png for every size; returns the files."""
    images = {**icns_pngs((ICONS / "seatcalc.icns").read_bytes()),
              **ico_pngs((ICONS / "seatcalc.ico").read_bytes())}
    written = []
    for size in SIZES:
        if png_size(images[size]) != size:
            raise ValueError(f"the {size} px icon is {png_size(images[size])} px")
        path = out / f"{size}x{size}" / "apps" / "seatcalc.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(images[size])
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} DIR")
    for path in write_icons(Path(sys.argv[1])):
        print(path)
