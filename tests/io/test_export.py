"""Exports without Qt: XLSX holds numbers, SVG one shape per seat, CSV/XLSX round-trip.

Kazakhstan 2023 (CEC, 27.03.2023): Hare quota 5,971,719 / 69 = 86,546.65 qualifying votes
a seat; 67 whole seats, the two remainder seats to OSDP (.825) and Amanat (.649).
"""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

from core.chart.svg import result_svg
from core.io import scenario_file
from core.io.export import explanation_table
from core.io.formats import export_result, output_formats
from core.io.progress import ExportCancelled
from core.io.tables import import_table, read_table
from core.model.scenario import Candidate, District, DistrictTier, ListTier, Party, Scenario
from core.rules.allocate import allocate

SVG = "{http://www.w3.org/2000/svg}"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kz():
    return allocate(scenario_file.load("preset:kz-2023"))


@pytest.fixture(scope="module")
def workbook(kz, tmp_path_factory):
    path = export_result(kz, tmp_path_factory.mktemp("x") / "kz.xlsx")
    return openpyxl.load_workbook(path)


def rows_by_first_cell(sheet) -> dict:
    return {row[0].value: row for row in sheet.iter_rows() if row[0].value is not None}


def test_workbook_has_the_five_sheets(workbook):
    assert workbook.sheetnames == ["Results", "Party votes", "Districts", "Rules",
                                   "Explanation"]


def test_results_sheet_holds_numbers_with_formats(workbook):
    rows = rows_by_first_cell(workbook["Results"])
    amanat = rows["Amanat"]
    assert amanat[2].value == 3431510
    assert amanat[2].data_type == "n"
    assert amanat[3].value == pytest.approx(3431510 / 6366441)
    assert amanat[3].number_format.endswith("%")
    assert [c.value for c in amanat[5:9]] == [40, 22, 62, 63]
    assert rows["Total"][7].value == 98
    assert rows["Simple majority (seats)"][2].value == 50
    assert rows["Gallagher index"][2].value == pytest.approx(6.8976, abs=1e-4)


def test_rules_sheet_states_the_threshold_denominator(workbook):
    rows = rows_by_first_cell(workbook["Rules"])
    assert rows["Threshold base (votes)"][1].value == 6366441
    assert rows["Threshold percent"][1].value == pytest.approx(0.05)
    assert rows["Threshold percent"][1].number_format.endswith("%")
    baytaq = rows["Baytaq (Greens)"]
    assert (baytaq[1].value, baytaq[2].value, baytaq[4].value) == (146431, 6366441, "no")


def test_explanation_sheet_shows_quota_and_remainders(workbook):
    rows = rows_by_first_cell(workbook["Explanation"])
    header = [c.value for c in rows["Party"]]
    col = {name: header.index(name) for name in header if name}
    osdp = rows["Nationwide Social Democratic Party (OSDP)"]
    assert osdp[col["Whole seats"]].value == 3
    assert osdp[col["Rank"]].value == 1
    assert osdp[col["Extra seat"]].value == 1
    assert osdp[col["Votes / quota"]].value == pytest.approx(3.825, abs=1e-3)
    assert rows["Amanat"][col["List seats"]].value == 40


def test_xlsx_party_votes_round_trip(kz, tmp_path):
    path = export_result(kz, tmp_path / "kz.xlsx")
    imported = import_table(read_table(path, sheet="Party votes"))
    assert [(p["name"], p["votes"]) for p in imported.parties] == [
        (p.name, p.votes) for p in kz.scenario.parties]
    assert imported.other_votes == {"against_all": 248291, "invalid": 155419}
    assert imported.problems == []


def test_xlsx_results_sheet_round_trip(kz, tmp_path):
    path = export_result(kz, tmp_path / "kz.xlsx")
    imported = import_table(read_table(path, sheet="Results"))
    assert {p["name"]: p["votes"] for p in imported.parties} == {
        p.name: p.votes for p in kz.scenario.parties}


def test_csv_round_trip(kz, tmp_path):
    path = export_result(kz, tmp_path / "kz.csv")
    imported = import_table(path)
    assert [(p["name"], p["votes"]) for p in imported.parties] == [
        (p.name, p.votes) for p in kz.scenario.parties]


def test_json_export_is_the_compute_output(kz, tmp_path):
    import json

    data = json.loads(export_result(kz, tmp_path / "kz.json").read_text(encoding="utf-8"))
    assert data["seats_total"] == 98
    assert data["threshold"]["base_votes"] == 6366441


def test_svg_has_one_seat_shape_per_seat(kz, tmp_path):
    root = ET.parse(export_result(kz, tmp_path / "kz.svg")).getroot()
    seats = [c for c in root.iter() if c.get("class") == "seat"]
    assert len(seats) == kz.seats_total == 98
    amanat = [c for c in seats if "#1f5aa6" in (c.get("fill"), c.get("stroke"))]
    assert len(amanat) == 63  # 40 list + 22 district + 1 self-nominated sitting with it
    district = [c for c in seats if c.get("data-style") == "district"]
    assert len(district) == sum(p.district_seats for p in kz.parties)
    assert "98 seats" in "".join(root.itertext())


@pytest.mark.parametrize(("preset", "seats", "appointed", "legend"), [
    ("kz-2023", 98, 0, ["Amanat 62 (+1)", "Respublica 6",
                         "Independents (self-nominated) 7 (1 sits with a party)", "district"]),
    ("kz-2021", 107, 9, ["Nur Otan 76", "Appointed (not elected) 9"]),
])
def test_cli_svg_is_the_app_chart_with_its_legend(tmp_path, preset, seats, appointed, legend):
    # `main.py export` in its own process, as the analyst runs it: no Qt, the app's drawing.
    out = tmp_path / "x.svg"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", f"preset:{preset}",
                           "--to", str(out)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    seat_circles = [c for c in root.iter() if c.get("class") == "seat"]
    assert len(seat_circles) == seats
    assert [c.get("data-style") for c in seat_circles].count("appointed") == appointed
    (legend_group,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == "legend"]
    assert set(legend) <= {"".join(t.itertext()) for t in legend_group.iter(f"{SVG}text")}
    assert f"majority: {seats // 2 + 1} of {seats}" in "".join(root.itertext())
    assert text == result_svg(allocate(scenario_file.load(f"preset:{preset}")))


def test_divisor_explanation_hand_checked():
    # D'Hondt, 8 seats: quotients A 100 50 33.3 25 | B 80 40 26.7 | C 30; next: A 20 = B 20.
    s = Scenario("t", (Party("a", "A", 100, "#111111", 1), Party("b", "B", 80, "#222222", 2),
                       Party("c", "C", 30, "#333333", 3)),
                 ListTier(seats=8, method="dhondt"))
    ex = explanation_table(allocate(s))
    assert ex.kind == "divisor"
    assert [(r[0], r[1]) for r in ex.rows] == [
        (1, "A"), (2, "B"), (3, "A"), (4, "B"), (5, "A"), (6, "C"), (7, "B"), (8, "A"),
        ("next", "A")]
    assert ex.rows[4][5] == Fraction(100, 3)  # exact (the XLSX writes "100/3")
    assert ex.rows[4][4] == pytest.approx(100 / 3)
    assert ex.rows[-1][4] == 20  # the highest quotient without a seat (tied with B's)


def test_divisor_explanation_marks_ties_and_numbers_seats_after_the_minimum():
    # D'Hondt, 3 seats, one each first; seat 3: A 100/2 = B 100/2, a tie at the cut-off.
    s = Scenario("t", (Party("a", "A", 100, "#111111", 1), Party("b", "B", 100, "#222222", 2)),
                 ListTier(seats=3, method="dhondt", min_seats=1))
    result = allocate(s)
    ex = explanation_table(result)
    assert [(r[0], r[2], r[4], r[5], r[6]) for r in ex.rows] == [(3, 2, 50, 50, "yes"),
                                                             ("next", 2, 50, 50, "yes")]
    assert {ex.rows[0][1], ex.rows[1][1]} == {"A", "B"}
    assert any("1 seat without a quotient" in line for line in ex.summary)
    assert any(line.startswith("Tie: ") for line in ex.summary)


def test_quota_explanation_sums_to_the_seats(kz):
    ex = explanation_table(kz)
    assert ex.kind == "quota"
    assert sum(r[-1] for r in ex.rows) == 69
    assert sum(r[3] for r in ex.rows) == 67
    # 5,971,719 / 69 = 1990573/23 = 86,546.652173913043478260869565...: a decimal, exact
    # to six places and cut (its repeating part is 22 digits long).
    assert any("= 86,546.652173… ≈ 86,546.652 votes a seat" in line for line in ex.summary)
    assert Fraction(1990573, 23) == Fraction(5971719, 69)


def test_districts_sheet_marks_winners(tmp_path):
    s = Scenario("d", (Party("a", "A", 10, "#111111", 1),), ListTier(seats=1),
                 DistrictTier(seats=1, districts=(District("1", "North", None, (
                     Candidate("Ann", "a", None, 500), Candidate("Bob", None, None, 700))),)))
    book = openpyxl.load_workbook(export_result(allocate(s), tmp_path / "d.xlsx"))
    rows = [[c.value for c in r] for r in book["Districts"].iter_rows(min_row=2)]
    assert rows == [["North", None, "Bob", "self-nominated", None, 700, "yes", 200],
                    ["North", None, "Ann", "A", None, 500, None, None]]


def test_unknown_suffix_is_refused_naming_the_known_ones(kz, tmp_path):
    with pytest.raises(ValueError, match=r"unknown export format \.docx.*\.xlsx"):
        export_result(kz, tmp_path / "kz.docx")
    core = {f.suffix for f in output_formats() if not f.needs_qt}
    assert core == {".csv", ".json", ".xlsx", ".svg"}


def test_cancel_writes_nothing_and_keeps_the_old_file(kz, tmp_path):
    path = tmp_path / "kz.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        export_result(kz, path, cancel=lambda: True)
    assert path.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [path]


def test_progress_reaches_one(kz, tmp_path):
    seen = []
    export_result(kz, tmp_path / "kz.xlsx", progress=seen.append)
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    assert seen == sorted(seen)
