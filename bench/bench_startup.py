"""Start-up time to a painted window, from source and packaged, and the package sizes.

Each run launches a fresh process, offscreen, with ``SEATCALC_EXIT_AFTER_PAINT=1``: the app
(ui/app.py) quits right after the main window's first paint and prints ``painted <epoch
seconds>``. The time counted is from just before the launch to that paint, so it includes
the interpreter's start, the imports, the window's construction, and for the one-file
build the unpacking of the archive. A private HOME keeps user settings and autosaves out.
The first run of each case warms the disk cache and is not counted; the median of the
others is reported. The command line is timed too (``compute ... --format json``, launch to
exit).

The packaged cases need a build (``build_spec/build.sh``, ``build_spec/build.sh
--onefile``); a missing build gives a row with a ``note`` and no time. Their rows carry
``size_mb``: the size of the onedir folder or of the one file, in MB (10^6 bytes). No peer
does this job: ``peer`` is None.

An installed SeatCalc (the .deb, build_spec/build_deb.sh) is timed on its own, given the
command that launches it; a test root made by build_spec/test_deb.sh is reached by chroot:

    python -m bench.bench_startup --installed /usr/bin/seatcalc
    python -m bench.bench_startup --installed "chroot /path/to/root /usr/bin/seatcalc"
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import format_table, row

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = ".exe" if sys.platform == "win32" else ""
ONEDIR = ROOT / "dist" / "onedir" / "seatcalc"
ONEDIR_EXE = ONEDIR / f"seatcalc{SUFFIX}"
ONEFILE_EXE = ROOT / "dist" / "onefile" / f"seatcalc{SUFFIX}"
TIMEOUT_S = 120


def painted_seconds(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching ``command`` to the first paint of its main window."""
    start = time.time()
    done = subprocess.run(command, env={**env, "SEATCALC_EXIT_AFTER_PAINT": "1"},
                          capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{command[0]} exited {done.returncode} without painting: "
                       f"{done.stderr.strip()[-500:]}")


def exit_seconds(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching ``command`` to its exit (it must succeed)."""
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, timeout=TIMEOUT_S, check=True)
    return time.perf_counter() - start


def median_of_runs(measure: Any, runs: int) -> float:
    """The median of ``runs`` calls of ``measure()``, after one uncounted warm-up call."""
    measure()
    return statistics.median(measure() for _ in range(runs))


def size_mb(path: Path) -> float:
    """The size in MB (10^6 bytes) of a file, or of the files under a folder (the symbolic
    links PyInstaller makes on Linux and macOS, e.g. _internal/libQt6Core.so.6 to
    PySide6/Qt/lib/, are counted as links, not twice)."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*")
               if p.is_symlink() or p.is_file()) / 1e6


def _isolated_env(home: str) -> dict[str, str]:
    """The environment of a measured run: offscreen Qt, a private home."""
    env = {k: v for k, v in os.environ.items() if k != "SEATCALC_EXIT_AFTER_PAINT"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=f"{home}/.config",
               XDG_DATA_HOME=f"{home}/.local/share", USERPROFILE=home, APPDATA=home)
    return env


def _case_rows(name: str, launcher: list[str], env: dict[str, str], runs: int,
               **extra: Any) -> list[dict[str, Any]]:
    """The window and command-line rows of one way of launching SeatCalc."""
    window = median_of_runs(lambda: painted_seconds(launcher, env), runs)
    cli = median_of_runs(
        lambda: exit_seconds([*launcher, "compute", "preset:kz-2023", "--format", "json"], env),
        runs)
    return [row(f"startup: window painted, {name}", window, **extra),
            row(f"startup: compute kz-2023 json, {name}", cli, **extra)]


def cases(quick: bool = False) -> list[dict[str, Any]]:
    """Start-up rows from source and for each packaged build found under ``dist/``."""
    runs = 3 if quick else 7
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="seatcalc-bench-") as home:
        env = _isolated_env(home)
        rows += _case_rows("from source", [sys.executable, str(ROOT / "main.py")], env, runs)
        for name, exe, built in (("onedir", ONEDIR_EXE, ONEDIR),
                                 ("onefile", ONEFILE_EXE, ONEFILE_EXE)):
            if not exe.is_file():
                rows.append(row(f"startup: window painted, {name}", None,
                                note=f"{exe.relative_to(ROOT)} not built "
                                     f"(build_spec/build.sh{' --onefile' * (name == 'onefile')})"))
                continue
            rows += _case_rows(name, [str(exe)], env, runs, size_mb=round(size_mb(built), 1))
    return rows


def installed_rows(command: list[str], runs: int) -> list[dict[str, Any]]:
    """The window and command-line rows of an installed SeatCalc launched by ``command``."""
    with tempfile.TemporaryDirectory(prefix="seatcalc-bench-") as home:
        return _case_rows("installed", command, _isolated_env(home), runs)


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.bench_startup --installed COMMAND``: time an installed SeatCalc."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_startup",
                                     description="Time the start-up of an installed SeatCalc.")
    parser.add_argument("--installed", required=True, metavar="COMMAND",
                        help="how to launch it, e.g. /usr/bin/seatcalc")
    parser.add_argument("--quick", action="store_true", help="3 runs instead of 7")
    args = parser.parse_args(argv)
    print(format_table(installed_rows(shlex.split(args.installed), 3 if args.quick else 7)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
