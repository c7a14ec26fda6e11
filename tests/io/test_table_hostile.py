"""Hostile and broken tables (issue 11): every row read or listed, counts exact or refused,
every bomb refused before the work by a limit that names itself, one line, never a traceback.

Each test failed on the single-module reader (openpyxl read-only, int64 sums, the csv
module on raw text) that this package replaced.
"""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

import main
from bench.bench_import import (
    bomb_far_cell,
    bomb_huge_string,
    sheet_xml,
    text_cell,
    write_workbook,
)
from core.io.tables import TableImportError, import_table, limits, open_table, read_table
from core.text.render import render
from tests.io.test_tables import votes_of


def cli(capsys, *args):
    status = main.main(["import", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


# --------------------------------------------------------------------------- item 2, 3, 15


def _with_stale_dimension(path):
    """Rewrite a workbook's sheet so that its <dimension> claims only the first two rows."""
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet].decode()
    start = xml.index("<dimension")
    end = xml.index("/>", start) + 2
    parts[sheet] = (xml[:start] + '<dimension ref="A1:B2"/>' + xml[end:]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_stale_dimension_loses_no_row(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["party", "votes"])
    for k in range(1, 11):
        ws.append([f"P{k}", k * 100])
    path = tmp_path / "stale.xlsx"
    wb.save(path)
    _with_stale_dimension(path)
    result = import_table(path)
    assert result.rows_read == 10 == result.rows_counted
    assert sum(votes_of(result).values()) == 5500
    assert result.problems == []


def test_formula_without_saved_value_is_listed_not_counted_as_zero(tmp_path):
    wb = openpyxl.Workbook()  # openpyxl saves formulas without values, as scripts do
    ws = wb.active
    ws.append(["station", "A", "B"])
    ws.append(["1", 10, 20])
    ws.append(["2", "=B2+1", 30])
    ws.append(["3", 5, "=SUM(B2:B3)"])
    path = tmp_path / "formulas.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path) as z:  # as scripts write them: a formula, an empty value
        assert "<f>B2+1</f><v />" in z.read("xl/worksheets/sheet1.xml").decode()
    result = import_table(path)
    assert votes_of(result) == {"A": 10, "B": 20}
    assert [(p.line, p.column) for p in result.problems] == [(3, "A"), (4, "B")]
    assert "a formula with no saved value (=B2+1)" in render(result.problems[0].reason)
    assert render(result.problems[0].reason).endswith("; row not counted")
    assert "every row was read" not in render(result.describe())


def test_a_formula_with_its_saved_value_counts(tmp_path):
    rows = ['<row r="1">' + text_cell("A1", "party") + text_cell("B1", "votes") + "</row>",
            '<row r="2">' + text_cell("A2", "X") + '<c r="B2"><f>1+2</f><v>3</v></c></row>']
    path = write_workbook(tmp_path / "cached.xlsx", sheet_xml(rows))
    assert votes_of(import_table(path)) == {"X": 3}


def test_an_xlsx_named_csv_reads_as_the_workbook_it_is(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["party", "votes"])
    wb.active.append(["Amanat", 3431510])
    path = tmp_path / "really-a-workbook.csv"
    wb.save(path)
    assert votes_of(import_table(path)) == {"Amanat": 3431510}


def test_a_zipped_csv_reads_as_its_table(tmp_path):
    path = tmp_path / "t.csv.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("t.csv", "party;votes\nA;1\nB;2\n".encode("cp1251"))
    assert votes_of(import_table(path)) == {"A": 1, "B": 2}
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.csv", "x")
        z.writestr("b.csv", "y")
    with pytest.raises(TableImportError, match="neither a workbook nor one CSV table"):
        open_table(path)


# --------------------------------------------------------------------------- item 4


def test_sums_are_exact_near_the_limit_and_refused_above_it(tmp_path):
    nines = 10**18 - 1  # the largest count a cell may hold (18 digits)
    exact = tmp_path / "nine.csv"
    exact.write_text("station,A\n" + "".join(f"{k},{nines}\n" for k in range(9)))
    assert votes_of(import_table(exact)) == {"A": 9 * nines}  # 8,999,999,999,999,999,991
    over = tmp_path / "ten.csv"
    over.write_text("station,A\n" + "".join(f"{k},{nines}\n" for k in range(10)))
    with pytest.raises(TableImportError, match=r"^ten.csv: the votes of 'A' add up to "
                       r"9,999,999,999,999,999,990, more than a count can hold"):
        import_table(over)
    long = tmp_path / "long.csv"
    long.write_text("party,votes\n" + "".join(f"P,{nines}\n" for _ in range(10)))
    with pytest.raises(TableImportError, match="add up to 9,999,999,999,999,999,990"):
        import_table(long)


def test_a_count_of_19_digits_is_listed_not_wrapped(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("party,votes\nA,1000000000000000000\nB,5\n")
    result = import_table(path)
    assert votes_of(result) == {"B": 5}
    assert "too large" in render(result.problems[0].reason)


# --------------------------------------------------------------------------- item 11


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("cr.csv", b"party,votes\rA,1\rB,2\r", {"A": 1, "B": 2}),
    ("crlf.csv", b"party,votes\r\nA,1\r\nB,2\r\n", {"A": 1, "B": 2}),
    ("stray.csv", b"party,votes\nA,1\r\nB,2\rC,3\n", {"A": 1, "B": 2, "C": 3}),
    ("quoted.csv", b'party,votes\n"A\rB",1\nC,2\n', {"A B": 1, "C": 2}),
])
def test_carriage_returns_never_crash(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    assert votes_of(import_table(path)) == expected


def test_a_stray_carriage_return_mid_line_is_a_listed_row(tmp_path):
    path = tmp_path / "stray.csv"
    path.write_bytes(b"party,votes\nA\r,1\nB,2\n")
    result = import_table(path)
    assert votes_of(result) == {"B": 2}
    assert [p.line for p in result.problems] == [2, 3]


@pytest.mark.parametrize("quote", ["", '"'])
def test_a_cell_over_the_limit_is_refused_in_one_line(tmp_path, capsys, quote):
    path = tmp_path / "huge.csv"
    path.write_text(f"party,votes\n{quote}{'x' * 200_000}{quote},1\nB,2\n")
    status, out, err = cli(capsys, path, "--to", tmp_path / "o.seats.json")
    assert status == 2
    assert err.startswith("error: huge.csv: a cell of 200,0")
    assert "over the limit of 32,767 characters" in err
    assert len(err.splitlines()) == 1
    assert not (tmp_path / "o.seats.json").exists()


BROKEN_WORKBOOKS = {
    "malformed sheet XML": (
        lambda p: write_workbook(p, ["<worksheet><sheetData><row><c><v>1</v></row>"]),
        "is not well-formed XML"),
    "no sheets": (lambda p: write_workbook(p, sheet_xml([]), sheets_xml="<sheets/>"),
                  "the workbook has no sheets"),
    "a sheet part missing": (lambda p: write_workbook(p, []), "part xl/worksheets/sheet1.xml"),
    "a shared string missing": (
        lambda p: write_workbook(p, sheet_xml(['<row r="1"><c r="A1" t="s"><v>7</v></c>'
                                               '</row>'])), "shared string 7 is missing"),
    "a forged cell reference": (
        lambda p: write_workbook(p, sheet_xml(['<row r="1"><c r="A1!"><v>1</v></c></row>'])),
        "a cell reference 'A1!'"),
    "an empty sheet": (lambda p: write_workbook(p, sheet_xml([])), "the sheet is empty"),
}


@pytest.mark.parametrize("name", list(BROKEN_WORKBOOKS))
def test_a_broken_workbook_is_one_error_line(tmp_path, capsys, name):
    build, words = BROKEN_WORKBOOKS[name]
    path = build(tmp_path / "broken.xlsx")
    status, out, err = cli(capsys, path, "--to", tmp_path / "o.seats.json")
    assert status == 2, err
    assert err.startswith("error: broken.xlsx: ")
    assert words in err
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err


# --------------------------------------------------------------------------- item 9: limits


def test_a_cell_at_xfd1048576_is_refused_by_the_column_limit(tmp_path):
    path = bomb_far_cell(tmp_path / "far.xlsx")
    assert path.stat().st_size < 3000
    with pytest.raises(TableImportError,
                       match=r"^far.xlsx: a cell in column XFD, over the limit of 2,000 columns"):
        read_table(path)


def test_a_huge_shared_string_is_refused_before_it_is_inflated(tmp_path):
    path = bomb_huge_string(tmp_path / "string.xlsx", 8)
    with pytest.raises(TableImportError, match=r"sharedStrings.xml unpacks [0-9,]+-fold, over "
                                               r"the limit of 100-fold"):
        open_table(path)


def test_an_incompressible_long_cell_is_refused_by_the_cell_limit(tmp_path):
    import random

    text = "".join(random.Random(1).choice("abcdefghij") for _ in range(40_000))
    rows = [f'<row r="1">{text_cell("A1", "party")}{text_cell("B1", "votes")}</row>',
            f'<row r="2">{text_cell("A2", text)}<c r="B2"><v>1</v></c></row>']
    path = write_workbook(tmp_path / "long.xlsx", sheet_xml(rows))
    with pytest.raises(TableImportError, match="a cell of 40,000 characters .cell A2., over "
                                               "the limit of 32,767"):
        read_table(path)


def test_too_many_rows_or_cells_are_refused_before_pandas_reads(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 50)
    path = tmp_path / "rows.csv"
    path.write_text("party,votes\n" + "P,1\n" * 51)
    with pytest.raises(TableImportError, match=r"^rows.csv: more than 50 rows, over the limit"):
        open_table(path)
    monkeypatch.setattr(limits, "MAX_CELLS", 60)
    path.write_text("party,votes\n" + "P,1\n" * 31)
    with pytest.raises(TableImportError, match=r"more than 60 cells, over the limit"):
        open_table(path)


def test_the_limits_are_stated():
    assert limits.LIMITS == {
        "file size (CSV)": "1 GiB", "unpacked workbook or zipped table": "1 GiB",
        "inflation of a zip part over 1 MiB": "100-fold", "rows": "2,000,000",
        "columns": "2,000", "cells": "100,000,000", "characters in a cell": "32,767",
        "a vote total": "9,223,372,036,854,775,807"}
