"""The start-up check of Qt's system libraries (issue 17): which platform Qt will try, which
libraries are missing, one message naming the Debian packages, exit status 2 before any Qt
library is loaded; and the tables cover what PySide6's own libraries need."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import main
from ui import platform_check
from ui.platform_check import QT_LIBRARIES, XCB_LIBRARIES, problem, qt_platforms

ROOT = Path(__file__).resolve().parents[2]
X11 = {"DISPLAY": ":0"}


def loader(*missing: str):
    """A stand-in for ctypes.CDLL that fails on the ``missing`` sonames."""
    def load(soname: str) -> None:
        if soname in missing:
            raise OSError(f"{soname}: cannot open shared object file: No such file or directory")
    return load


@pytest.mark.parametrize(("environ", "default", "expected"), [
    ({}, None, ["xcb"]),
    (X11, None, ["xcb"]),
    ({**X11, "XDG_SESSION_TYPE": "x11"}, None, ["xcb"]),
    ({**X11, "XDG_SESSION_TYPE": "wayland"}, None, ["wayland", "xcb"]),
    ({"WAYLAND_DISPLAY": "wayland-0"}, None, ["wayland", "xcb"]),
    ({**X11, "QT_QPA_PLATFORM": "xcb"}, None, ["xcb"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, None, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "xcb:nograb; offscreen"}, None, ["xcb", "offscreen"]),
    (X11, "offscreen", ["offscreen"]),
    ({**X11, "QT_QPA_PLATFORM": "xcb"}, "offscreen", ["xcb"]),
])
def test_the_platforms_qt_tries(environ, default, expected) -> None:
    assert qt_platforms(environ, default) == expected


def test_nothing_missing_no_problem() -> None:
    assert problem(X11, load=loader(), platform="linux") is None


def test_missing_xcb_libraries_are_named_with_their_packages() -> None:
    message = problem({**X11, "QT_QPA_PLATFORM": "xcb"}, platform="linux",
                      load=loader("libxcb-cursor.so.0", "libxcb-icccm.so.4",
                                  "libxcb-keysyms.so.1"))
    first, install, *note = message.splitlines()
    assert first == ("error: SeatCalc's window needs system libraries that are missing: "
                     "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1")
    assert install.endswith("sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")
    assert "QT_QPA_PLATFORM=offscreen" in "\n".join(note)


def test_one_package_is_named_once() -> None:
    message = problem(X11, platform="linux",
                      load=loader("libglib-2.0.so.0", "libgthread-2.0.so.0"))
    assert message.splitlines()[1].endswith("apt-get install libglib2.0-0")
    assert "offscreen" not in message  # offscreen needs these libraries too


def test_offscreen_and_wayland_need_only_qts_own_libraries() -> None:
    no_x11 = loader(*XCB_LIBRARIES)
    for environ in ({**X11, "QT_QPA_PLATFORM": "offscreen"}, {"WAYLAND_DISPLAY": "w-0"}):
        assert problem(environ, load=no_x11, platform="linux") is None
    assert problem(X11, default_platform="offscreen", load=no_x11, platform="linux") is None
    assert "libegl1" in problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux",
                                load=loader("libEGL.so.1"))


def test_no_display_is_said_plainly() -> None:
    message = problem({}, load=loader(), platform="linux")
    assert message.startswith("error: no display to open SeatCalc's window on (DISPLAY is not")


def test_other_systems_are_not_checked() -> None:
    everything = loader(*QT_LIBRARIES, *XCB_LIBRARIES)
    for system in ("win32", "darwin"):
        assert problem({}, load=everything, platform=system) is None


@pytest.mark.parametrize(("argv", "default"), [
    ([], None), (["open", "x.seats.json"], None), (["open"], None),
    (["screenshot", "preset:kz-2023", "--to", "x.png"], "offscreen"),
])
def test_main_stops_with_exit_2_before_qt(monkeypatch, capsys, argv, default) -> None:
    asked = []
    monkeypatch.setattr(platform_check, "problem",
                        lambda **kw: asked.append(kw) or "error: missing libxcb-icccm4")
    assert main.main(argv) == 2
    assert asked == [{"default_platform": default}]
    assert capsys.readouterr().err == "error: missing libxcb-icccm4\n"


def test_the_command_line_is_never_checked(monkeypatch, capsys) -> None:
    monkeypatch.setattr(platform_check, "problem", lambda **kw: pytest.fail("checked"))
    assert main.main(["presets"]) == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")
def test_a_real_process_says_so_and_never_loads_qt() -> None:
    # A library that exists nowhere, added to the table: the real loader must miss it,
    # and the process must end with the message before Qt is imported.
    code = (
        "import sys\n"
        "import ui.platform_check as pc\n"
        "pc.XCB_LIBRARIES['libseatcalc-absent.so.9'] = 'libseatcalc-absent9'\n"
        "import main\n"
        "status = main.main(['open', 'preset:kz-2023'])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'\n"
        "sys.exit(status)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith("error: SeatCalc's window needs system libraries")
    assert "libseatcalc-absent9" in run.stderr


# What PySide6's libraries need from the system, read from their ELF headers (objdump -p).
# Their own libraries (Qt, ICU, shiboken) come with the wheel; glibc, the C++ runtime, zlib
# and zstd are in every Debian.
PROVIDED = ("libQt6", "libicu", "libpyside6", "libshiboken6", "libc.so", "libm.so",
            "libdl.so", "libpthread.so", "librt.so", "ld-linux", "libstdc++.so",
            "libgcc_s.so", "libz.so", "libzstd.so")


def _needed(library: Path) -> set[str]:
    dump = subprocess.run(["objdump", "-p", str(library)], capture_output=True, text=True,
                          check=True).stdout
    return {line.split()[1] for line in dump.splitlines() if line.strip().startswith("NEEDED")
            and not line.split()[1].startswith(PROVIDED)}


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("objdump") is None,
                    reason="reads Linux ELF headers with objdump (binutils)")
def test_the_tables_cover_what_pyside6_needs() -> None:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    core = [qt / "lib" / f"libQt6{m}.so.6"
            for m in ("Core", "Gui", "Widgets", "Svg", "OpenGL", "OpenGLWidgets", "DBus")]
    core.append(qt / "plugins" / "platforms" / "libqoffscreen.so")
    xcb = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6",
           *(qt / "plugins" / "xcbglintegrations").glob("*.so")]
    assert set().union(*map(_needed, core)) <= set(QT_LIBRARIES)
    assert set().union(*map(_needed, xcb)) <= set(QT_LIBRARIES) | set(XCB_LIBRARIES)
    assert set().union(*map(_needed, core + xcb)) == set(QT_LIBRARIES) | set(XCB_LIBRARIES)


def test_the_readme_lists_every_package_the_check_names() -> None:
    # One list: the README's set-up lines, the start-up check and the .deb's Depends.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = {package for line in readme.splitlines()
              if line.startswith("sudo apt-get install ") for package in line.split()[3:]}
    assert listed == set(QT_LIBRARIES.values()) | set(XCB_LIBRARIES.values())
