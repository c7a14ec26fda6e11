# Replaces PyInstaller's own hook for PySide6.QtGui (a hook in `hookspath` takes precedence):
# the same Qt dependencies, less the plugins SeatCalc never loads. Filtering here, before the
# binary dependency analysis, also drops the libraries only those plugins need: libQt6Network
# (the VNC platform, TUIO touch), libQt6EglFS* (embedded EGLFS), and cairo, pango, atk and
# friends (the GTK3 platform theme, which needs the system's own GTK anyway).
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGIN_TYPES = {"egldeviceintegrations"}
# folder/name, without the platform's "lib" prefix and suffix (libqvnc.so, qvnc.dll)
UNUSED_PLUGINS = {
    "platforms/qeglfs", "platforms/qlinuxfb", "platforms/qminimalegl",
    "platforms/qvkkhrdisplay", "platforms/qvnc", "generic/qtuiotouchplugin",
    "platformthemes/qgtk3",
    # image formats never read or written (PNG is built into QtGui; SVG and ICO stay)
    "imageformats/qjpeg", "imageformats/qwebp", "imageformats/qtiff", "imageformats/qgif",
    "imageformats/qtga", "imageformats/qwbmp", "imageformats/qicns",
}


def is_unused_plugin(src):
    """Whether the collected file ``src`` is a Qt plugin SeatCalc never loads."""
    path = Path(src)
    if path.parent.parent.name != "plugins":
        return False
    name = path.name.split(".")[0].removeprefix("lib")
    return (path.parent.name in UNUSED_PLUGIN_TYPES
            or f"{path.parent.name}/{name}" in UNUSED_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if not is_unused_plugin(src)]
