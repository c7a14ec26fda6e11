"""`screenshot SCENARIO --to OUT.png`: render the main window without a screen."""

from __future__ import annotations

import os
from pathlib import Path


def screenshot(spec: str, out: str, size: str = "1400x900") -> int:
    """Render the main window on ``spec`` at ``size`` (WIDTHxHEIGHT) into the PNG ``out``."""
    try:
        width, height = (int(v) for v in size.lower().split("x"))
    except ValueError:
        raise ValueError(f"--size: expected WIDTHxHEIGHT such as 1400x900, got {size!r}") from None
    if not out.lower().endswith(".png"):
        raise ValueError(f"{out}: the screenshot is a PNG; give a .png file name")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from core.io import scenario_file
    from ui.app import application
    from ui.window.main_window import MainWindow, flush_events_until_result

    scenario = scenario_file.load(spec)
    app = application()
    window = MainWindow(scenario, None, settings=None)
    window.resize(width, height)
    window.show()
    flush_events_until_result(window)
    for _ in range(3):  # layouts and scroll bars settle over a few passes
        app.processEvents()
    if not window.grab().save(str(Path(out))):
        raise OSError(f"{out}: could not write the PNG")
    window.close()
    return 0
