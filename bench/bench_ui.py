"""Edit to repainted chart: the time an analyst waits after typing a number.

A vote edit goes through the model, the undo stack, the allocation on the worker thread, the
tables and the chart, which is then painted synchronously. Offscreen Qt; no peer does this.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
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


def _median_to_paint(window, edit: Callable[[int], None], edits: int) -> float:
    """Median seconds from ``edit(n)`` (n = 0, 1, ...) to the chart painted with the new
    result; closes the window."""
    from PySide6.QtWidgets import QApplication

    from ui.window.main_window import flush_events_until_result

    times = []
    for n in range(edits):
        start = time.perf_counter()
        edit(n)
        flush_events_until_result(window)
        window.chart.repaint()
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    window.document.undo_stack.setClean()
    window.close()
    return statistics.median(times)


def edit_to_paint_seconds(scenario: Scenario, edits: int) -> float:
    """Median seconds from a vote edit to the chart painted with the new result."""
    from ui.models.party_model import VOTES

    window = _window(scenario)
    model, first = window.party_model, scenario.parties[0].votes
    return _median_to_paint(
        window, lambda n: model.setData(model.index(0, VOTES), str(first + 1 + n % 2)), edits)


def candidate_edit_seconds(scenario: Scenario, edits: int) -> float:
    """Median seconds from an edit of a district candidate's votes to the chart painted with
    the new result."""
    from core.model.edits import set_candidate

    window = _window(scenario)

    def edit(n: int) -> None:
        s = window.document.scenario
        votes = s.district_tier.districts[0].candidates[0].votes
        window.document.apply(set_candidate(s, 0, 0, votes=votes + 1 - 2 * (n % 2)), "edit")

    return _median_to_paint(window, edit, edits)


def slider_to_paint_seconds(scenario: Scenario, moves: int) -> float:
    """Median seconds from a move of the what-if slider (held: a live preview, districts
    swung with it) to the chart painted with the preview."""
    from PySide6.QtWidgets import QApplication

    window = _window(scenario)
    panel = window.whatif_panel
    window.tabs.setCurrentWidget(panel)
    panel.districts.setChecked(True)
    QApplication.processEvents()
    slider = panel.shift.slider
    slider.setSliderDown(True)
    shown: list[object] = []
    panel.preview.connect(shown.append)
    times = []
    for _ in range(moves):
        shown.clear()
        start = time.perf_counter()
        slider.setValue(25 if slider.value() != 25 else 30)
        while not shown:
            panel._preview.wait()
            QApplication.processEvents()
        window.chart.repaint()
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    slider.setSliderDown(False)
    window.document.undo_stack.setClean()
    window.close()
    return statistics.median(times)


def cases(quick: bool = False) -> list[dict[str, Any]]:
    """Edit-to-paint for Kazakhstan 2023 and a synthetic 650-district parallel scenario;
    a candidate edit and a what-if slider move with UK 2024 (650 districts, 96 parties)."""
    from bench.uk_2024 import available, load_uk_2024
    from core.io.scenario_file import load

    edits = 5 if quick else 21
    synthetic = read_scenario(synthetic_parallel())
    rows = [
        row("edit to repainted chart, kz-2023 (98 seats)",
            edit_to_paint_seconds(load("preset:kz-2023"), edits)),
        row("edit to repainted chart, 650-district parallel scenario",
            edit_to_paint_seconds(synthetic, edits)),
    ]
    if available():
        uk = load_uk_2024()
        rows += [row("candidate edit to repainted chart, UK 2024",
                     candidate_edit_seconds(uk, edits)),
                 row("what-if slider move to repainted preview, UK 2024",
                     slider_to_paint_seconds(uk, edits))]
    return rows


if __name__ == "__main__":
    for r in cases():
        print(f"{r['case']}: {r['ours_s'] * 1e3:.1f} ms")
