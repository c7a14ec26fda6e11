"""The projection view: a run shows what the core computed, a poll of the poll table projects
the house, polls are edited as one undo step each, Cancel stops a long run and leaves the
view usable, closing never leaves a run behind, and the report is written."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import re
import subprocess

import pytest

from core.io import scenario_file
from core.model.poll_edits import add_poll
from core.simulate.draws import Model
from core.simulate.montecarlo import simulate_scenario
from core.version import version
from tests.ui.test_export_ui import needs
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


def column(model, title: str) -> int:
    from PySide6.QtCore import Qt

    return next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Horizontal) == title)


def test_20000_runs_show_the_house_histograms_and_probabilities(qtbot, dialog, kz2023):
    dialog.sd.setValue(2.0)
    dialog.seed.setValue(7)
    run(qtbot, dialog, 20_000)
    expected = simulate_scenario(kz2023, 20_000, 2.0, 7)
    assert dialog.status.text().startswith("Done: 20,000 runs, error sd 2 points, seed 7.")
    assert dialog.progress.value() == 20_000
    model = dialog.house_model
    rows = {model.cell(r, 0).text: r for r in range(model.rowCount())}
    for p in expected.parties:
        r = rows[p.name]
        assert model.cell(r, column(model, "Mean")).text == f"{p.seats_mean:.1f}"
        assert model.cell(r, column(model, "90% range")).text == f"{p.seats_p05}–{p.seats_p95}"
        assert model.cell(r, column(model, "Majority")).text == percent(p.p_majority)
        assert model.cell(r, column(model, "Qualify")).text == percent(p.p_qualify)
    amanat = dialog.bars["amanat"].opts
    assert sum(amanat["height"]) == pytest.approx(100)
    assert amanat["brush"] == "#1f5aa6"
    coalitions = dialog.coalition_model
    assert coalitions.cell(0, 0).text == "Amanat (alone)"
    assert coalitions.cell(0, 1).text == percent(expected.parties[0].p_majority)
    assert "Amanat would have a majority" in dialog.headline.text()
    assert dialog.battle_model.cell(0, 0).text.startswith("The 29 district seats are known")


def test_a_poll_projects_the_house(qtbot, dialog, window):
    scenario = add_poll(window.document.scenario, {"amanat": 45, "auyl": 15, "respublica": 12})
    window.document.apply(scenario, "Add poll")
    dialog.centre.setCurrentIndex(dialog.centre.findData("poll-1"))
    dialog.sd.setValue(0.0)
    run(qtbot, dialog, 1_000)
    projection = dialog.run_result.projection
    assert projection.model.target == {"amanat": 45.0, "auyl": 15.0, "respublica": 12.0}
    model = dialog.house_model
    amanat = next(r for r in range(model.rowCount()) if model.cell(r, 0).text == "Amanat")
    seats = projection.result.party("amanat").seats
    assert model.cell(amanat, column(model, "Projected")).text == str(seats)
    assert seats < 62  # 45% of the party vote, down from 56%
    assert dialog.headline.text().startswith("<b>Projection: ")


def test_poll_cells_are_edited_as_one_undo_step(qtbot, dialog, window):
    dialog._add_poll()
    model = dialog.poll_model
    assert model.rowCount() == 1
    assert model.set_cells({(0, 1): "2025-06-01", (0, 2): "1 500"}, "Edit poll")
    poll = window.document.scenario.polls[0]
    assert (poll.date, poll.sample_size) == ("2025-06-01", 1500)
    refused = []
    model.input_refused.connect(lambda r, c, why: refused.append(why))
    assert not model.set_cells({(0, 1): "June 1"}, "Edit poll")
    assert "expected a date written YYYY-MM-DD" in refused[0]
    window.document.undo_stack.undo()
    assert window.document.scenario.polls[0].date is None
    assert dialog.centre.findData("average") >= 0


def test_uk_battleground_and_seats_votes(qtbot, window):
    from bench.uk_2024 import available, load_uk_2024

    if not available():
        pytest.skip("UK 2024 is neither a preset nor in ../shared")
    window.document.replace(load_uk_2024(), None)
    window.open_simulation()
    dialog = window.simulation_dialog
    dialog.district_sd.setValue(3.0)
    run(qtbot, dialog, 2_000)
    battle = dialog.battle_model
    assert battle.rowCount() == 650
    assert battle.cell(0, 0).text == dialog.run_result.contests[0].district
    margins = [float(battle.cell(r, 3).text.rstrip("%")) for r in range(battle.rowCount())]
    assert margins == sorted(margins)
    assert "411 seats" in dialog.curve_label.text()
    assert "in its favour" in dialog.curve_label.text()  # pro-Labour bias at equal shares


def test_cancel_stops_a_long_run_and_the_dialog_stays_usable(qtbot, dialog):
    run(qtbot, dialog, 20_000)
    first = dialog.run_result
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
    assert dialog.run_result is first  # the complete earlier run is still the one shown
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


def test_compensatory_systems_run_vectorised_with_no_cap(qtbot, window):
    window.document.replace(scenario_file.load("template:nz"), None)
    window.open_simulation()
    dialog = window.simulation_dialog
    run(qtbot, dialog, 50_000)
    assert dialog.status.text().startswith("Done: 50,000 runs")
    assert "Not vectorised" not in dialog.status.text()


def test_a_setting_that_cannot_be_used_says_why(qtbot, dialog):
    dialog.error.setCurrentIndex(dialog.error.findData("poll"))
    dialog.run_button.click()
    assert "needs the poll&#x27;s sample size" in dialog.status.text()
    assert finished(dialog)


def test_the_report_is_a_pdf(qtbot, dialog, tmp_path, monkeypatch):
    run(qtbot, dialog, 2_000)
    target = tmp_path / "projection.pdf"
    monkeypatch.setattr("ui.dialogs.simulation_dialog.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    dialog.save_report()
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 20_000  # the plots are in it
    text = subprocess.run([needs("pdftotext"), "-layout", str(target), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) >= 2  # the plots on pages of their own, never cut at a page's foot
    for n, page in enumerate(pages, start=1):  # each page with its footer
        assert f"made with SeatCalc {version()}" in page
        assert re.search(rf"{n} ?/ ?{len(pages)}\s*$", page)
    headings = ["The projected house", "Seat distributions", "Seats and votes", "Coalitions"]
    assert all(h in text for h in headings)
    assert "Amanat (alone)" in text


def test_simulation_models_pass_qtmodeltester(qtmodeltester, qtbot, dialog):
    qtmodeltester.check(dialog.house_model)
    qtmodeltester.check(dialog.coalition_model)
    qtmodeltester.check(dialog.poll_model)
    run(qtbot, dialog, 2_000)
    qtmodeltester.check(dialog.house_model)
    qtmodeltester.check(dialog.battle_model)
    dialog._add_poll()
    qtmodeltester.check(dialog.poll_model)


def test_zero_error_projection_equals_the_core(qtbot, dialog, kz2023):
    dialog.sd.setValue(0.0)
    run(qtbot, dialog, 500)
    core = simulate_scenario(kz2023, 500, model=Model(sd=0))
    assert [p.seats_mean for p in dialog.result.parties] == [p.seats_mean for p in core.parties]
