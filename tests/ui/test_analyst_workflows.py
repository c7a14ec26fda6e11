"""An analyst's first session on Kazakhstan 2023: what the app and the command line show
must match the official arithmetic (Hare quota 5,971,719 / 69 ≈ 86,546.65).

Each test pins a problem found while working through the README as a new user would. The
command-line tests live here too (one file: pytest cannot collect two modules of one name).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from core.simulate.montecarlo import simulate_scenario

ROOT = Path(__file__).resolve().parents[2]


def majority_lines(dialog, party_id: str) -> dict[str, float]:
    """The dashed lines drawn over a party's histogram: ``{label: x position}``."""
    import pyqtgraph as pg

    items = dialog.bars[party_id].getViewBox().addedItems
    return {line.label.format: line.value() for line in items
            if isinstance(line, pg.InfiniteLine)}


def share_right_of(dialog, party_id: str, x: float) -> float:
    """Per cent of runs drawn to the right of ``x`` in a party's histogram."""
    opts = dialog.bars[party_id].opts
    return sum(h for s, h in zip(opts["x"], opts["height"], strict=True) if s > x)


def test_histogram_lines_agree_with_the_majority_chances(qtbot, window, kz2023):
    """Amanat's bars count its own nominees (62), its majorities the affiliated winner too
    (63): the two-thirds line must cut the bars where the 'Two thirds' column does."""
    window.open_simulation()
    dialog = window.simulation_dialog
    dialog.runs.setValue(20_000)
    dialog.seed.setValue(1)
    dialog.run_button.click()
    qtbot.waitUntil(dialog.run_button.isEnabled, timeout=60_000)
    amanat = simulate_scenario(kz2023, 20_000, 2.0, 1).parties[0]
    assert 0.1 < amanat.p_two_thirds < 0.9  # the line cuts through the bars
    lines = majority_lines(dialog, "amanat")
    two_thirds = next(x for label, x in lines.items() if label.startswith("⅔"))
    assert share_right_of(dialog, "amanat", two_thirds) == pytest.approx(
        amanat.p_two_thirds * 100)
    majority = next(x for label, x in lines.items() if label.startswith("majority"))
    assert share_right_of(dialog, "amanat", majority) == pytest.approx(amanat.p_majority * 100)


def type_into_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Type ``text`` into a cell's editor and press Return (the commit is queued)."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    QApplication.processEvents()


@pytest.mark.parametrize("typed", ["12,5x", "-3", "abc", ""])
def test_bad_declared_seats_are_refused_as_seats_not_votes(qtbot, window, typed):
    """Districts > declared totals: a seat count is refused in words about seats."""
    window.tabs.setCurrentIndex(1)
    before = window.document.scenario
    seats_column = window.declared_model.SEATS
    refused = []
    window.declared_model.input_refused.connect(lambda *args: refused.append(args))
    type_into_cell(qtbot, window.declared_view, 0, seats_column, typed)
    [(row, column, why)] = refused
    assert (row, column) == (0, seats_column)
    assert "whole number of seats" in why
    assert "votes" not in why
    assert window.document.scenario == before
    assert window.document.undo_stack.count() == 0


# ---------------------------------------------------------------------- command line


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_exported_quota_reads_as_qualifying_votes_over_seats(tmp_path):
    """The XLSX explanation gives the quota as the sources do, not only as 1990573/23."""
    out = tmp_path / "r.xlsx"
    done = run("export", "preset:kz-2023", "--to", str(out))
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(out)["Explanation"]
    quota_line = next(row[0] for row in sheet.iter_rows(values_only=True)
                      if row[0] and str(row[0]).startswith("Quota:"))
    assert "5,971,719 / 69" in quota_line
    assert "86,546.652" in quota_line


STATIONS = [  # a polling-station table as a regional commission sends it (cp1251, ';')
    "Округ;Участок;Аманат;Ауыл;Против всех;Недействительные бюллетени",
    "1;101;1 200;300;110;40",
    "1;102;1 315;280;90;35",
    "2;201;2 001;410;150;50",
    "2;202;12,5x;400;140;45",
    "3;301;900;-3;70;20",
    "Итого;;5 416;1 387;560;190",
]


def test_import_lists_every_left_out_row_and_says_what_the_file_holds(tmp_path):
    table, out = tmp_path / "stations.csv", tmp_path / "new.seats.json"
    table.write_bytes("\r\n".join(STATIONS).encode("cp1251"))
    done = run("import", str(table), "--to", str(out), "--seats", "69")
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert "what each column means" in lines[0]  # the mapping comes first (issue 18)
    warnings, summary = [x for x in lines if x.startswith("warning:")], lines[-1]
    assert warnings == [
        "warning: stations.csv: line 5, column 'Аманат': expected a whole number of votes, "
        "got '12,5x'; row not counted",
        "warning: stations.csv: line 6, column 'Ауыл': expected a whole number of votes, "
        "got '-3'; row not counted",
        "warning: stations.csv: line 7, column 'Округ': a total row ('Итого'); not counted",
    ]
    scenario = json.loads(out.read_text(encoding="utf-8"))
    assert [(p["name"], p["votes"]) for p in scenario["parties"]] == [
        ("Аманат", 1200 + 1315 + 2001), ("Ауыл", 300 + 280 + 410)]
    assert scenario["other_votes"] == {"against_all": 350, "invalid": 125}
    # The per-district votes are summed into the national ones, not kept as districts:
    # the summary must not announce districts that the file does not hold.
    assert scenario["district_tier"]["districts"] == []
    assert "2 districts with candidate votes" not in summary
    assert "2 parties, 2 districts or stations, summed into the national votes" in summary
    assert "3 of 6 rows counted" in summary
