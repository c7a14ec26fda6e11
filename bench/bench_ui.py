"""Edit to repainted chart: the time an analyst waits after typing a number.

A vote edit goes through the model, the undo stack, the allocation on the worker thread, the
tables and the chart, which is then painted synchronously. Offscreen Qt; no peer does this.
"""

from __future__ import annotations

import os
import statistics
import time
from typing import Any

from bench.bench_recompute import synthetic_parallel
from bench.common import row
from core.io.scenario_reader import read_scenario
from core.model.scenario import Scenario


def _window(scenario: Scenario):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.application import application
    from ui.window.main_window import MainWindow, flush_events_until_result

    application()
    window = MainWindow(scenario, None, settings=None)
    window.resize(1400, 900)
    window.show()
    flush_events_until_result(window)
    return window


def edit_to_paint_seconds(scenario: Scenario, edits: int) -> float:
    """Median seconds from a vote edit to the chart painted with the new result."""
    from PySide6.QtWidgets import QApplication

    from ui.models.party_model import VOTES
    from ui.window.main_window import flush_events_until_result

    window = _window(scenario)
    model, first = window.party_model, scenario.parties[0].votes
    times = []
    for n in range(edits):
        start = time.perf_counter()
        model.setData(model.index(0, VOTES), str(first + 1 + n % 2))
        flush_events_until_result(window)
        window.chart.repaint()
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    window.document.undo_stack.setClean()
    window.close()
    return statistics.median(times)


def cases(quick: bool = False) -> list[dict[str, Any]]:
    """Edit-to-paint for Kazakhstan 2023 and a synthetic 650-district parallel scenario."""
    from core.io.scenario_file import load

    edits = 5 if quick else 21
    synthetic = read_scenario(synthetic_parallel())
    return [
        row("edit to repainted chart, kz-2023 (98 seats)",
            edit_to_paint_seconds(load("preset:kz-2023"), edits)),
        row("edit to repainted chart, 650-district parallel scenario",
            edit_to_paint_seconds(synthetic, edits)),
    ]


if __name__ == "__main__":
    for r in cases():
        print(f"{r['case']}: {r['ours_s'] * 1e3:.1f} ms")
