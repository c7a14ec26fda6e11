"""What SeatCalc writes cannot be turned against the analyst who opens it (issue 11): names
that look like formulas stay text in CSV and XLSX; a save through a symbolic link updates the
link's target; large houses export in seconds."""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from core.io import results
from core.io.export import to_xlsx_bytes
from core.io.formats import export_result
from core.io.progress import Steps
from core.io.scenario_file import write_atomic
from core.io.scenario_reader import read_scenario
from core.io.scenario_writer import scenario_json
from core.model import limits
from core.rules.allocate import allocate

ROOT = Path(__file__).resolve().parents[2]
_KZ = json.loads((ROOT / "resources/scenarios/kz-2023.seats.json").read_text(encoding="utf-8"))
HOSTILE = ["=HYPERLINK(\"http://example.com\",\"x\")", "@SUM(1+1)", "+cmd|' /C calc'!A0",
           "-2+3"]


def _hostile_result():
    return allocate(read_scenario({
        "format": "seatcalc-scenario", "version": 1, "title": "=1+1",
        "parties": [{"id": f"p{i}", "name": name, "votes": 1000 - i}
                    for i, name in enumerate(HOSTILE)],
        "list_tier": {"seats": 10, "method": "dhondt"},
    }))


def test_csv_neutralises_formula_like_names() -> None:
    rows = list(csv.DictReader(io.StringIO(results.to_csv(_hostile_result()))))
    names = [r["name"] for r in rows if r["kind"] == "party"]
    assert names == ["'" + n for n in HOSTILE]


def test_xlsx_stores_names_and_title_as_text_never_as_formulas() -> None:
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(_hostile_result(), Steps())))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    names = [row[0].value for row in book["Results"].iter_rows(min_row=2, max_row=1 + len(HOSTILE))]
    assert names == HOSTILE
    assert "=1+1" in [row[1].value for row in book["Rules"].iter_rows()]


def test_a_save_through_a_symbolic_link_updates_its_target(tmp_path) -> None:
    real = tmp_path / "real.seats.json"
    real.write_text("old")
    link = tmp_path / "link.seats.json"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert real.read_text() == "new"


def test_the_largest_house_allowed_exports_in_seconds(tmp_path) -> None:
    # Parties at the limit: every core format in a few seconds (issue 11 item 10).
    n = limits.MAX_PARTIES
    result = allocate(read_scenario({
        "format": "seatcalc-scenario", "version": 1, "title": "Many",
        "parties": [{"id": f"p{i}", "votes": 10_000 + i} for i in range(n)],
        "list_tier": {"seats": 5000, "method": "sainte-lague"},
    }))
    for suffix in (".xlsx", ".csv", ".json", ".svg"):
        start = time.perf_counter()
        export_result(result, tmp_path / f"many{suffix}")
        assert time.perf_counter() - start < 120, suffix  # a hang guard only (bench/ times it)


@pytest.mark.parametrize("suffix", [".csv", ".json", ".xlsx", ".svg", ".png", ".pdf",
                                    ".seats.json", "screenshot.png"])
def test_a_full_disk_fails_the_command_and_keeps_the_old_file(tmp_path, suffix) -> None:
    # RLIMIT_FSIZE stands in for a full disk: a write past it fails with EFBIG (Python ignores
    # SIGXFSZ), as ENOSPC would on a full disk.
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"out{suffix}"
    old = b"a good file from before" * 10
    target.write_bytes(old)
    command = ["export", "preset:kz-2023", "--to", str(target)]
    if suffix == "screenshot.png":
        command = ["screenshot", "preset:kz-2023", "--to", str(target), "--size", "800x500"]
    if suffix == ".seats.json":  # the scenario writer, through an import
        table = tmp_path / "votes.csv"
        table.write_text("party,votes\n" + "".join(f"Party {i},{1000 + i}\n" for i in range(300)))
        command = ["import", str(table), "--to", str(target)]
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *command], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "SEATCALC_LOG_DIR": str(tmp_path / "log")},
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE,
                                                                (512, 512)))
    assert done.returncode == 2, done.stderr
    # One error line, naming the file (an import prints its column mapping first).
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [done.stderr.splitlines()[-1]], done.stderr
    assert str(target) in errors[0]
    assert target.read_bytes() == old
    assert [p.name for p in out.iterdir()] == [target.name]  # no temporary file left


@pytest.mark.parametrize("command", ["export", "import"])
def test_writing_onto_the_input_file_is_refused(tmp_path, command) -> None:
    source = tmp_path / "a.seats.json"
    source.write_text(scenario_json(allocate(read_scenario(_KZ)).scenario), encoding="utf-8")
    before = source.read_bytes()
    link = tmp_path / "link.seats.json"
    link.symlink_to(source)
    for target in (source, link):
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), command, str(source),
                               "--to", str(target)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 2, done.stderr
        assert "is the input file" in done.stderr
        assert source.read_bytes() == before


def test_a_huge_screenshot_is_refused_at_once(tmp_path) -> None:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "screenshot", "preset:kz-2023",
                           "--to", str(tmp_path / "w.png"), "--size", "100000x100000"],
                          capture_output=True, text=True, timeout=120)
    assert time.perf_counter() - start < 60  # a hang guard: refused before Qt paints
    assert done.returncode == 2
    assert "--size" in done.stderr
    assert not (tmp_path / "w.png").exists()
