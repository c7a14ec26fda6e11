"""The import dialog on commission protocols (issue 18) and candidate tables (issue 15):
protocol lines mapped, failing checks listed, parties merged, list rules taken from a
template, and the observer statistics with their report."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from ui.dialogs.import_dialog import ImportDialog

SLICE = Path(__file__).resolve().parents[1] / "data" / "duma-2021-stations-slice.csv"


@pytest.fixture
def dialog(qtbot):
    d = ImportDialog(None, "/tmp")
    qtbot.addWidget(d)
    return d


def idle(qtbot, widget):
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=30000)


def open_and_read(qtbot, dialog, path):
    dialog.open_file(path)
    idle(qtbot, dialog)
    dialog.read_votes()
    idle(qtbot, dialog)


def forged_slice(tmp_path: Path) -> Path:
    """The slice with line 6's valid ballots raised by 7: two relations fail there."""
    with SLICE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows[5][14] = str(int(rows[5][14]) + 7)
    path = tmp_path / "forged.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_protocol_lines_are_mapped_and_checked(qtbot, dialog, tmp_path):
    open_and_read(qtbot, dialog, forged_slice(tmp_path))
    roles = dialog.roles()
    assert roles["Число недействительных избирательных бюллетеней"] == "invalid"
    assert roles["region"] == "region"
    assert roles["uik"] == "station"
    assert roles["url"] == ""
    note = dialog.columns.item(list(roles).index("url"), 2).text()
    assert note == "skipped: text, not counts"
    assert len(dialog.imported.parties) == 14
    assert dialog.lower.currentWidget() is dialog.checks  # failures are shown at once
    model = dialog.checks.model
    assert model.rowCount() == 2
    assert model.column_texts(0) == ["6", "6"]
    assert model.column_texts(5) == ["-7", "+7"]  # boxes < invalid + valid; valid > parties
    assert "193 rows checked; <b>1</b> fail" in dialog.checks.totals.text()
    assert dialog.observer_button.isEnabled()


def test_list_rules_come_from_a_template(qtbot, dialog):
    open_and_read(qtbot, dialog, SLICE)
    dialog.rules.setCurrentIndex(dialog.rules.findData("template:ru-duma"))
    assert dialog.seats.value() == 225
    dialog.create_button.click()
    tier = dialog.scenario.list_tier
    assert (tier.seats, tier.method, tier.threshold.base) == (225, "hare", "cast")
    assert [p.registration_order for p in dialog.scenario.parties] == list(range(1, 15))
    assert dialog.scenario.registered_voters > 0


def test_a_candidate_table_merges_parties_and_has_no_list_seats(qtbot, dialog, tmp_path):
    path = tmp_path / "uk.csv"
    path.write_text("constituency,electorate,candidate,party,votes\n"
                    "Ayr,70000,Ann,Labour,20000\nAyr,70000,Cal,Conservative,15000\n"
                    "Bath,72000,Dee,Labour and Co-operative,22000\n"
                    "Bath,72000,Eve,Conservative,9000\n", encoding="utf-8")
    open_and_read(qtbot, dialog, path)
    assert dialog.seats.value() == 0  # first past the post
    assert not dialog.observer_button.isEnabled()  # no stations in a candidate table
    dialog.merges.merge("Labour and Co-operative", "Labour")
    dialog.create_button.click()
    s = dialog.scenario
    assert [(p.name, p.votes) for p in s.parties] == [("Labour", 42000), ("Conservative", 24000)]
    assert s.list_tier.seats == 0
    assert s.registered_voters == 142000
    assert {c.party for d in s.district_tier.districts for c in d.candidates} == {
        "labour", "conservative"}
    assert s.parties[0].color != s.parties[1].color


def test_observer_statistics_and_their_report(qtbot, dialog, tmp_path):
    open_and_read(qtbot, dialog, SLICE)
    dialog.open_observer()
    observer = dialog.observer
    qtbot.addWidget(observer)
    idle(qtbot, observer)
    assert observer.party.currentText() == "ЕДИНАЯ РОССИЯ"  # the leader first
    assert observer.whole_model.column_texts(0) == ["Turnout",
                                                    "Leader's share (ЕДИНАЯ РОССИЯ)"]
    assert observer.region_model.rowCount() == 76
    assert "not proof" in observer.caution.text()
    for key in ("turnout", "share", "comet"):
        assert "Kobak" in observer.methods[key].text() or key == "comet"
    observer.party.setCurrentText("КОММУНИСТИЧЕСКАЯ ПАРТИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ")
    assert "КОММУНИСТИЧЕСКАЯ" in observer.methods["share"].text()
    pdf = observer.save_pdf(tmp_path / "observer.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.tmp"))
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "An anomaly is not proof of fraud" in text
        assert "Integer percentages as electoral" in text
        assert "Whole percentages" in text
