"""Every output shows the same result (issue 12): the command line's table, the CSV, the XLSX,
the JSON, the PDF report and the window's results panel agree seat for seat and share for
share, on Kazakhstan 2021 (appointed members: seat shares over elected seats) and on a
scenario with independents, an overhang seat and a tie."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from fractions import Fraction

import openpyxl
import pytest

from core.io import results, scenario_file
from core.io.export import to_xlsx_bytes
from core.io.progress import Steps
from core.io.scenario_reader import read_scenario
from core.rules.allocate import allocate
from tests.ui.test_export_ui import needs
from ui.export.report import pdf_bytes


def _mixed_with_tie_and_overhang():
    """Compensatory, overhang kept; an independent wins a district; C and D tie for the last
    entitlement seat (equal votes), decided by registration order."""
    parties = [("a", 5000), ("b", 3000), ("c", 1000), ("d", 1000)]
    return read_scenario({
        "format": "seatcalc-scenario", "version": 1, "title": "Mixed",
        "parties": [{"id": p, "name": p.upper(), "votes": v} for p, v in parties],
        "list_tier": {"seats": 6, "method": "dhondt"},
        "district_tier": {"seats": 4, "districts": [
            {"id": str(i), "name": f"D{i}", "candidates": [
                {"name": f"w{i}", "party": party, "votes": 60}, {"name": f"l{i}", "party": "b",
                                                                   "votes": 40}]}
            for i, party in enumerate(("c", "c", "c", None))]},
        "mixed": {"type": "compensatory", "overhang": "keep"},
    })


@pytest.fixture(params=["kz-2021", "mixed"])
def result(request):
    if request.param == "mixed":
        return allocate(_mixed_with_tie_and_overhang())
    return allocate(scenario_file.load(f"preset:{request.param}"))


def _expected(result):
    """Per party name: seats and the exact seat share over the elected seats."""
    elected = result.seats_total - result.appointed_seats
    return {p.name: (p.seats, Fraction(p.seats, elected)) for p in result.parties}


def _close(shown: float, exact: Fraction, places: int) -> bool:
    """``shown`` is ``exact`` written to ``places`` decimals."""
    return abs(Fraction(shown) - exact) <= Fraction(1, 2 * 10**places)


def test_the_mixed_scenario_has_what_it_claims(result) -> None:
    if result.scenario.title == "Mixed":
        assert result.independent_seats == 1
        assert result.overhang_seats == 2
        assert result.ties
    else:
        assert result.appointed_seats == 9


def test_json_csv_xlsx_and_table_agree(result) -> None:
    expected = _expected(result)
    data = json.loads(results.to_json(result))
    for p in data["parties"]:
        seats, share = expected[p["name"]]
        assert p["seats"] == seats
        assert _close(p["seat_share"], share, 6)
    rows = list(csv.DictReader(io.StringIO(results.to_csv(result))))
    for r in (r for r in rows if r["kind"] == "party"):
        seats, share = expected[r["name"]]
        assert int(r["seats"]) == seats
        assert _close(float(r["seat_share"]), share, 6)
    total = next(r for r in rows if r["kind"] == "total")
    assert int(total["seats"]) == result.seats_total
    assert sum(int(r["seats"] or 0) for r in rows if r["kind"] != "total") == result.seats_total
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(result, Steps())))["Results"]
    header = [c.value for c in sheet[1]]
    seen = 0
    for row in sheet.iter_rows(min_row=2, values_only=True):
        if row[0] in expected:
            seats, share = expected[row[0]]
            assert row[header.index("Seats")] == seats
            assert _close(row[header.index("Seat share")], share, 12)
            seen += 1
    assert seen == len(expected)
    table = results.to_table(result)
    for name, (seats, _) in expected.items():
        line = next(line for line in table.splitlines() if line.startswith(name + " "))
        assert line.split()[-2] == str(seats)


def test_the_pdf_report_agrees(result, tmp_path, qapp) -> None:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(pdf_bytes(result, Steps()))
    text = subprocess.run([needs("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    for name, (seats, share) in _expected(result).items():
        # A long name wraps inside its cell: the row's first line holds the numbers.
        line = next(line for line in text.splitlines()
                    if line.strip().lstrip("● ").startswith(name[:20]) and "%" in line)
        assert f" {seats} " in f" {line} ", line
        assert f"{float(share):.1%}" in line, line


def test_the_results_panel_agrees(result, make_window) -> None:
    window = make_window(result.scenario)
    for name, (seats, share) in _expected(result).items():
        row = window.results_panel.row(name)
        assert row["Seats"].split()[0] == str(seats)
        assert _close(float(row["Seats %"]) / 100, share, 4)
