"""Before Qt starts: are the system libraries its platform plugin needs there?

Without them Qt aborts (exit 134) with a message that names at most one of them
("xcb-cursor0 or libxcb-cursor0 is needed ... no Qt platform plugin could be initialized").
This check runs first and names every missing Debian/Ubuntu package in one message on
stderr (a dialog is impossible: drawing one needs the very plugin that cannot load).

Pure Python, no Qt import: it must run before the first Qt library is loaded. Each library
is loaded with ``ctypes.CDLL`` by its soname, the way the dynamic loader will load it for
Qt: through LD_LIBRARY_PATH (which the PyInstaller bundle points at its own folder) and the
system's library path. The same tables give the Debian package's ``Depends`` and the
system libraries the PyInstaller spec leaves out of the bundle (build_spec/), so that the
libraries checked, depended on and not bundled are always one list.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable, Mapping

# soname -> Debian/Ubuntu package, from `objdump -p` (NEEDED) on PySide6-Essentials 6.10.3.
# Qt itself, whatever the platform (offscreen too): libQt6Core/Gui/Widgets/OpenGL/Svg/DBus
# and the offscreen plugin. Left out: glibc, libstdc++, zlib and zstd (in every Debian).
QT_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libX11.so.6": "libx11-6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
}
# The X11 platform plugin (plugins/platforms/libqxcb.so, lib/libQt6XcbQpa.so.6, and its
# OpenGL integrations in plugins/xcbglintegrations). Qt 6.10 needs no libxcb-xinerama.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

Loader = Callable[[str], object]
# What still works without a window (screenshot and the PNG/PDF exports draw offscreen).
_NO_WINDOW_NOTE = ("  the command line needs none of this (seatcalc --help: compute, export, "
                   "screenshot ...);\n  QT_QPA_PLATFORM=offscreen makes Qt draw without a display")


def qt_platforms(environ: Mapping[str, str], default: str | None = None) -> list[str]:
    """The platform plugins Qt 6.5+ tries, in order: QT_QPA_PLATFORM if set (``a;b``, each
    ``name:options``); else ``default`` if given (a command that picks offscreen itself);
    else wayland first in a Wayland session, then xcb (X11), Qt's own fallback too."""
    chosen = environ.get("QT_QPA_PLATFORM") or default
    if chosen:
        return [p.split(":")[0].strip() for p in chosen.split(";") if p.strip()]
    wayland = environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland"
    return ["wayland", "xcb"] if wayland else ["xcb"]


def missing_libraries(sonames: Iterable[str], load: Loader = ctypes.CDLL) -> list[str]:
    """The sonames that cannot be loaded (a library whose own dependency is missing counts
    as missing: installing its package brings the dependency)."""
    missing = []
    for soname in sonames:
        try:
            load(soname)
        except OSError:
            missing.append(soname)
    return missing


def problem(environ: Mapping[str, str] | None = None, *, default_platform: str | None = None,
            load: Loader = ctypes.CDLL, platform: str = sys.platform) -> str | None:
    """Why Qt cannot start its window here, as a message for stderr; None if it can, or
    if this is not Linux. The X11 libraries are checked only when xcb is the first
    platform Qt tries: a Wayland session has its own, and Qt falls back to xcb only when
    those fail. ``default_platform``: the platform the command picks itself when
    QT_QPA_PLATFORM is unset (``screenshot``: offscreen)."""
    if not platform.startswith("linux"):
        return None
    environ = os.environ if environ is None else environ
    uses_xcb = qt_platforms(environ, default_platform)[0] == "xcb"
    needed = {**QT_LIBRARIES, **XCB_LIBRARIES} if uses_xcb else QT_LIBRARIES
    missing = missing_libraries(needed, load)
    if missing:
        packages = " ".join(dict.fromkeys(needed[soname] for soname in missing))
        message = (f"error: SeatCalc's window needs system libraries that are missing: "
                   f"{', '.join(missing)}\n"
                   f"  install them (Debian, Ubuntu): sudo apt-get install {packages}")
        if uses_xcb and not set(missing) & set(QT_LIBRARIES):
            message += f"\n{_NO_WINDOW_NOTE}"
        return message
    if uses_xcb and not environ.get("DISPLAY"):
        return ("error: no display to open SeatCalc's window on (DISPLAY is not set): "
                f"start it from a desktop session\n{_NO_WINDOW_NOTE}")
    return None
