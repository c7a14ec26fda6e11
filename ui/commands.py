"""The command-line commands that need Qt, plugged into ``core.cli`` from the UI: ``open``
(also what runs with no command: the app on the default scenario) and ``screenshot``.

Imports no Qt: each command loads the UI when it runs, so ``main.py`` can register these and
still run the core's commands without Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.cli.registry import Command, register_command
from core.io import scenario_file
from core.message import QT_TRANSLATE_NOOP
from core.model import limits
from core.refusal import Refusal

DEFAULT_SCENARIO = "preset:kz-2023"


def _display_problem(default_platform: str | None = None) -> str | None:
    """Why Qt cannot start here (missing system libraries, no display), checked before the
    first Qt library loads: Qt itself would abort with exit 134 (ui/platform_check.py)."""
    from ui.platform_check import problem

    return problem(default_platform=default_platform)


def open_app(args: argparse.Namespace) -> int:
    """Open the desktop app on ``args.scenario`` and run it until the window closes."""
    if message := _display_problem():
        print(message, file=sys.stderr)  # several lines: the packages to install, and how
        return 2
    from ui.app import run_app

    return run_app(args.scenario or DEFAULT_SCENARIO, getattr(args, "given_lang", None))


def _open_arguments(p: argparse.ArgumentParser) -> None:
    # Optional: the launcher's `seatcalc open %f` runs it without a file from the menu.
    p.add_argument("scenario", nargs="?", help=f"a .seats.json file (default: {DEFAULT_SCENARIO})")


def screenshot(args: argparse.Namespace) -> int:
    """Render the main window on ``args.scenario`` at ``args.size`` (WIDTHxHEIGHT) into the
    PNG ``args.to``, without a screen."""
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "expected WIDTHxHEIGHT such as 1400x900, got "
                                                   "{got}"), where="--size", got=repr(args.size)
                      ) from None
    if not args.to.lower().endswith(".png"):
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "the screenshot is a PNG; give a .png file "
                                                   "name"), where=args.to)
    if not (0 < width <= limits.MAX_IMAGE_SIDE and 0 < height <= limits.MAX_IMAGE_SIDE):
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "{size} is outside 1 to {limit} pixels a "
                                                   "side"), where="--size",
                      size=f"{width}x{height}", limit=limits.MAX_IMAGE_SIDE)
    scenario_file.refuse_overwriting(args.scenario, args.to)
    if message := _display_problem(default_platform="offscreen"):
        print(message, file=sys.stderr)
        return 2
    scenario = scenario_file.load(args.scenario)  # a bad scenario is reported before Qt loads
    from PySide6.QtCore import QBuffer, QIODevice

    from ui.application import ensure_application
    from ui.translations import set_language
    from ui.window.main_window import MainWindow, flush_events_until_result

    app = ensure_application()
    set_language(args.lang)
    window = MainWindow(scenario, None, settings=None)
    window.resize(width, height)
    window.show()
    flush_events_until_result(window)
    for _ in range(3):  # layouts and scroll bars settle over a few passes
        app.processEvents()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grab().save(buffer, "PNG"):
        raise OSError(f"{args.to}: could not encode the window as a PNG")
    window.close()
    scenario_file.write_atomic(Path(args.to), bytes(buffer.data()))
    return 0


def _screenshot_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("scenario")
    p.add_argument("--to", required=True, metavar="OUT.png")
    p.add_argument("--size", default="1400x900", help="window size WIDTHxHEIGHT")


register_command(Command("open", "open the desktop app on a scenario file", open_app,
                         _open_arguments), default_args={"scenario": DEFAULT_SCENARIO})
register_command(Command("screenshot", "render the main window to a PNG, without a screen",
                         screenshot, _screenshot_arguments))
