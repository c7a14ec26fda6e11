"""The command line (docs/cli.md): compute in each format, presets, and bad usage
(exit 2, one ``error:`` line, no traceback). A few runs go through a real subprocess; the
rest call ``main.main(argv)`` in-process."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parents[2]
KZ2023_ORDER = ["amanat", "auyl", "respublica", "akzhol", "qhp", "osdp", "baytaq"]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def _run(capsys, *args: str) -> tuple[int, str, str]:
    status = main.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def kz2023_json() -> dict:
    run = _cli("compute", "preset:kz-2023", "--format", "json")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    return json.loads(run.stdout)


def test_compute_kz2023_json_list_seats(kz2023_json: dict) -> None:
    parties = kz2023_json["parties"]
    assert [p["id"] for p in parties] == KZ2023_ORDER  # every party, in scenario order
    assert {p["id"]: p["list_seats"] for p in parties} == {
        "amanat": 40, "auyl": 8, "respublica": 6, "akzhol": 6, "qhp": 5, "osdp": 4, "baytaq": 0}


def test_compute_kz2023_json_totals(kz2023_json: dict) -> None:
    amanat = kz2023_json["parties"][0]
    assert (amanat["district_seats"], amanat["seats"], amanat["seats_with_affiliated"]) == (
        22, 62, 63)
    assert kz2023_json["independent_seats"] == 7
    assert kz2023_json["seats_total"] == 98
    assert kz2023_json["ties"] == []
    baytaq = kz2023_json["parties"][-1]
    assert baytaq["qualified"] is False
    # vote_share is over the threshold base: 146,431 of 6,366,441 valid votes.
    assert baytaq["vote_share"] == pytest.approx(146_431 / 6_366_441, abs=1e-6)


def test_compute_kz2021_json(capsys) -> None:
    status, out, err = _run(capsys, "compute", "preset:kz-2021", "--format", "json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    seats = {p["id"]: p["seats"] for p in data["parties"]}
    assert {k: v for k, v in seats.items() if v} == {"nurotan": 76, "akzhol": 12, "qhp": 10}
    assert data["appointed_seats"] == 9
    assert data["seats_total"] == 107


def test_presets_lists_both(capsys) -> None:
    status, out, _ = _run(capsys, "presets")
    assert status == 0
    names = [line.split("\t")[0] for line in out.splitlines()]
    assert {"kz-2021", "kz-2023"} <= set(names)
    assert "Kazakhstan, Majilis, 19 March 2023" in out


def test_compute_csv(capsys) -> None:
    status, out, _ = _run(capsys, "compute", "preset:kz-2023", "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    parties = [r for r in rows if r["kind"] == "party"]
    assert [r["id"] for r in parties] == KZ2023_ORDER
    assert parties[0]["seats"] == "62"
    assert parties[0]["seats_with_affiliated"] == "63"
    assert parties[-1]["qualified"] == "false"
    # The independents, the ballots against all and the total are rows too (seats sum to 98).
    assert [r["kind"] for r in rows[len(parties):]] == ["independents", "against_all",
                                                       "invalid", "total"]
    assert sum(int(r["seats"] or 0) for r in rows if r["kind"] != "total") == 98
    assert rows[-1]["seats"] == "98"


def test_compute_table_is_the_default(capsys) -> None:
    status, out, _ = _run(capsys, "compute", "preset:kz-2023")
    assert status == 0
    assert out.startswith("Kazakhstan, Majilis, 19 March 2023\n")
    total = next(line for line in out.splitlines() if line.startswith("Total"))
    assert total.split()[-1] == "98"
    amanat = next(line for line in out.splitlines() if line.startswith("Amanat"))
    assert amanat.split()[-4:] == ["40", "22", "62", "63"]


@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["compute"],
    ["compute", "preset:kz-2023", "--format", "xml"],
    ["compute", "preset:atlantis"],
    ["compute", "no/such/file.seats.json"],
    ["compute", "preset:kz-2023", "--bogus"],
])
def test_bad_usage_is_one_error_line_and_exit_2(capsys, args) -> None:
    status, out, err = _run(capsys, *args)
    assert status == 2
    assert out == ""
    assert err.startswith("error: ")
    assert err.count("\n") == 1


def test_bad_usage_through_a_real_process() -> None:
    run = _cli("compute", "preset:kz-2023", "--format", "xml")
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.startswith("error: ")
    assert len(run.stderr.splitlines()) == 1
    assert "Traceback" not in run.stderr
    unknown = _cli("compute", "preset:atlantis")
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("error: preset:atlantis: no such built-in scenario")


def test_an_impossible_allocation_is_bad_input(capsys, tmp_path: Path) -> None:
    path = tmp_path / "min.seats.json"
    path.write_text(json.dumps({
        "format": "seatcalc-scenario", "version": 1,
        "parties": [{"id": p, "votes": 10} for p in "abc"],
        "list_tier": {"seats": 2, "method": "huntington-hill", "min_seats": 1}}))
    status, out, err = _run(capsys, "compute", str(path))
    assert status == 2
    assert err.startswith("error: ")
    assert err.count("\n") == 1


def test_a_bug_exits_1_says_so_and_logs_the_traceback(capsys, monkeypatch, tmp_path) -> None:
    # Issue 11 item 13: exit 2 is for input refused on purpose; our own bugs are exit 1, one
    # line saying so, the traceback in the log file.
    from core.cli import commands

    monkeypatch.setenv("SEATCALC_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(commands, "allocate", lambda scenario: {}["no such key"])
    status, out, err = _run(capsys, "compute", "preset:kz-2023")
    assert status == 1
    assert err.count("\n") == 1
    assert err.startswith("error: internal error (KeyError")
    assert "this is a bug in SeatCalc" in err
    assert str(tmp_path / "seatcalc.log") in err
    assert "Traceback" in (tmp_path / "seatcalc.log").read_text(encoding="utf-8")


def test_an_unreadable_file_names_itself_on_one_line(capsys, tmp_path) -> None:
    status, _, err = _run(capsys, "compute", str(tmp_path))  # a folder, not a file
    assert status == 2
    assert err.count("\n") == 1
    assert err.startswith(f"error: {tmp_path}")


def test_the_screenshot_prints_nothing_on_success(tmp_path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "screenshot", "preset:kz-2023",
                           "--to", str(tmp_path / "w.png"), "--size", "800x500"],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout == ""
