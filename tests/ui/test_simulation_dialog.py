"""The Monte Carlo dialog: a run shows what the simulation computed, Cancel stops a long run
and leaves the dialog usable, and closing never leaves a run behind."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import pytest

from core.io import scenario_file
from core.simulate.montecarlo import simulate_scenario
from ui.dialogs.simulation_dialog import percent


@pytest.fixture
def dialog(window):
    window.open_simulation()
    return window.simulation_dialog


def finished(dialog) -> bool:
    return dialog.run_button.isEnabled()


def run(qtbot, dialog, runs: int, timeout: int = 60_000) -> None:
    dialog.runs.setValue(runs)
    dialog.run_button.click()
    assert dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: finished(dialog), timeout=timeout)


def test_20000_runs_show_histograms_and_probabilities(qtbot, dialog, kz2023):
    dialog.sd.setValue(2.0)
    dialog.seed.setValue(7)
    run(qtbot, dialog, 20_000)
    expected = simulate_scenario(kz2023, 20_000, 2.0, 7)
    assert dialog.status.text().startswith("Done: 20,000 runs, error sd 2 points, seed 7.")
    assert dialog.progress.value() == 20_000
    model = dialog.party_model
    for row, p in enumerate(expected.parties):
        shown = [model.cell(row, c).text for c in range(model.columnCount())]
        assert shown == [p.name, f"{p.seats_mean:.2f}", f"{p.seats_p05}–{p.seats_p95}",
                         percent(p.p_qualify), percent(p.p_majority), percent(p.p_two_thirds)]
    amanat = dialog.bars["amanat"].opts
    heights = dict(zip(amanat["x"], amanat["height"], strict=True))
    assert sum(heights.values()) == pytest.approx(100)
    for seats, runs in enumerate(expected.parties[0].histogram):
        assert heights.get(seats, 0) == pytest.approx(runs / 20_000 * 100)
    assert amanat["brush"] == "#1f5aa6"
    assert set(dialog.bars) == {p.id for p in expected.parties if len(p.histogram) > 1}
    coalitions = dialog.coalition_model
    assert coalitions.cell(0, 0).text == "Amanat (alone)"
    assert coalitions.cell(0, 1).text == percent(expected.parties[0].p_majority)
    assert "a majority in <b>" in dialog.summary.text()


def test_cancel_stops_a_long_run_and_the_dialog_stays_usable(qtbot, dialog):
    run(qtbot, dialog, 20_000)
    first = dialog.result
    dialog.chunk = 2_000
    dialog.runs.setValue(2_000_000)
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=30_000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: finished(dialog), timeout=30_000)
    text = dialog.status.text()
    assert "Cancelled: cancelled after " in text
    assert "of 2,000,000 runs" in text
    assert "previous run of 20,000" in text
    assert dialog.progress.value() < 2_000_000
    assert dialog.result is first  # the complete earlier run is still the one shown
    assert not dialog.cancel_button.isEnabled()
    assert dialog.runs.isEnabled()
    run(qtbot, dialog, 5_000)  # usable again
    assert dialog.result.runs == 5_000
    assert dialog.status.text().startswith("Done: 5,000 runs")


def test_closing_during_a_run_cancels_it(qtbot, dialog):
    dialog.chunk = 1_000
    dialog.runs.setValue(5_000_000)
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=30_000)
    dialog.close()  # waits for the worker, which stops at the next chunk
    assert dialog._worker._pool.activeThreadCount() == 0
    assert dialog.result is None


def test_a_scenario_that_cannot_be_simulated_says_why(qtbot, window):
    window.document.replace(scenario_file.load("template:nz"), None)
    window.open_simulation()
    dialog = window.simulation_dialog
    run(qtbot, dialog, 50_000)
    assert "Cannot simulate" in dialog.status.text()
    assert "at most 20,000 runs" in dialog.status.text()
    assert dialog.result is None


def test_simulation_models_pass_qtmodeltester(qtmodeltester, qtbot, dialog):
    qtmodeltester.check(dialog.party_model)
    qtmodeltester.check(dialog.coalition_model)
    run(qtbot, dialog, 2_000)
    qtmodeltester.check(dialog.party_model)
    qtmodeltester.check(dialog.coalition_model)
