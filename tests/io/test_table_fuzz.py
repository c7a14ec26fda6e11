"""Fuzzing the table import (issue 11): valid CSV and XLSX tables, mutated by hostile edits.

The invariant, for every input: a result, or exit 2 with one ``error: <file>: <what>`` line,
within seconds and bounded memory; never a traceback (exit 1), never a silent change. A
bounded number of examples runs with the normal tests; ``pytest -m fuzz`` runs the same
properties on many more (see README, Development).
"""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import main
from bench.bench_import import sheet_xml, text_cell, write_workbook
from core.io.tables import ColumnMapping, TableImportError, import_table, limits

QUICK = settings(max_examples=40, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])
LONG = settings(max_examples=1500, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
SECONDS = 5.0
PEAK_BYTES = 200 << 20

PARTIES = ["Аманат", "Ak Zhol", "Ауыл", "Республика", "Байтақ"]
HOSTILE_CELLS = ["12,5", "1e5", "-3", "+5", "=SUM(A1:A3)", "x", "3 43 1", "٣", "1_000",
                 "9" * 19, "1e400", "", " ", "Итого", "\u00a0", "NaN", "TRUE", "0x10",
                 '"', "\r", "'1", "1.0"]
HOSTILE_BYTES = [b"\r", b"\n", b'"', b";", b",", b"\t", b"\x00", b"\xff", b"\xd0", b"\xef\xbb\xbf",
                 b"=SUM(A1)", b"-", b"+", b"1e400", b"9" * 25, b"\r\n\r\n", b'""', b"\xa0"]
HOSTILE_XML = ['<c r="XFD1"><v>1</v></c>', "<f>1+1</f>", "<v/>", "&amp;", "<", "&lt;",
               ' t="s"', '<c r="B2" t="s"><v>99</v></c>', '<dimension ref="A1:XFD1048576"/>',
               '<row r="0">', "</row>", '<c r="A99999999"><v>1</v></c>', "<is><t>x</t></is>",
               '<c t="e"><v>#DIV/0!</v></c>', '<c t="b"><v>1</v></c>', "\x01", ' s="q"',
               ' r="B"', ' r="-4"']


@st.composite
def wide_tables(draw):
    """A valid wide table: rows of (district, votes per party)."""
    k = draw(st.integers(1, 4))
    rows = draw(st.lists(st.tuples(st.sampled_from(["Север", "Юг", "Oral"]),
                                   st.lists(st.integers(0, 10**6), min_size=k, max_size=k)),
                         min_size=1, max_size=12))
    return PARTIES[:k], rows


def csv_bytes(parties, rows, delimiter=";", encoding="utf-8") -> bytes:
    lines = [delimiter.join(["Округ", *parties])]
    lines += [delimiter.join([d, *map(str, votes)]) for d, votes in rows]
    return ("\n".join(lines) + "\n").encode(encoding)


def write_table_xlsx(path, parties, rows, odd=None) -> Path:
    """The wide table as a workbook; ``odd`` = (row, column, text) puts a text cell there."""
    letters = "ABCDEFG"
    xml = ['<row r="1">' + "".join(text_cell(f"{letters[c]}1", h) for c, h in
                                   enumerate(["Округ", *parties])) + "</row>"]
    for r, (d, votes) in enumerate(rows, start=2):
        cells = [text_cell(f"A{r}", d)]
        for c, v in enumerate(votes):
            ref = f"{letters[c + 1]}{r}"
            if odd is not None and (r - 2, c) == odd[:2]:
                cells.append(text_cell(ref, odd[2].replace("&", "&amp;").replace("<", "&lt;")))
            else:
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
        xml.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    return write_workbook(path, sheet_xml(xml))


def _edit(data, kind, where, what):
    """One edit of bytes or text: insert, delete or truncate at ``where``; None otherwise."""
    pos = where % (len(data) + 1)
    if kind == "insert":
        return data[:pos] + what + data[pos:]
    if kind == "delete":
        return data[:pos] + data[pos + len(what):]
    if kind == "truncate":
        return data[:pos]
    return None


def mutate_bytes(data: bytes, edits) -> bytes:
    for kind, where, what in edits:
        edited = _edit(data, kind, where, what)
        if edited is not None:
            data = edited
        else:  # duplicate the line around where
            pos = where % (len(data) + 1)
            start = data.rfind(b"\n", 0, pos) + 1
            end = data.find(b"\n", pos)
            end = len(data) if end < 0 else end + 1
            data = data[:end] + data[start:end] + data[end:]
    return data


byte_edits = st.lists(st.tuples(st.sampled_from(["insert", "delete", "truncate", "duplicate"]),
                                st.integers(0, 10**6), st.sampled_from(HOSTILE_BYTES)),
                      min_size=1, max_size=4)


def mutate_workbook(data: bytes, edits) -> bytes:
    """The sheet's XML edited as text, the archive rebuilt (or, once, cut short)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    cut = None
    for kind, where, what in edits:
        edited = _edit(sheet, kind, where, what)
        if edited is not None:
            sheet = edited
        else:
            cut = where
    parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8", "surrogatepass")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, part in parts.items():
            z.writestr(name, part)
    packed = out.getvalue()
    return packed[: cut % len(packed)] if cut is not None else packed


xml_edits = st.lists(st.tuples(st.sampled_from(["insert", "delete", "truncate", "cut"]),
                               st.integers(0, 10**6), st.sampled_from(HOSTILE_XML)),
                     min_size=1, max_size=4)


def holds_the_invariant(path, capsys) -> None:
    """Imported in-process, as the command line does: a result or one clear refusal, in
    bounded time and memory; and the library call agrees."""
    out = path.with_name("out.seats.json")
    tracemalloc.start()
    start = time.perf_counter()
    try:
        status = main.main(["import", str(path), "--to", str(out)])
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    elapsed = time.perf_counter() - start
    _, err = capsys.readouterr()
    assert elapsed < SECONDS, f"{elapsed:.1f} s"
    assert peak < PEAK_BYTES, f"{peak / 2**20:.0f} MiB"
    assert status in (0, 2), err  # 1 is a bug: a traceback the user should never see
    assert "Traceback" not in err
    if status == 2:
        assert err.startswith("error: "), err
        assert len(err.splitlines()) == 1, err
        assert not out.exists()
        return
    try:
        result = import_table(path)
    except TableImportError as exc:  # the CLI imported it: the library must too
        raise AssertionError(f"the command line read it, the library refused: {exc}") from exc
    assert 0 <= result.rows_counted <= result.rows_read
    for party in result.parties:
        assert 0 <= party["votes"] <= limits.MAX_TOTAL
    grouped = [d for d in result.districts if "votes" in d]
    if grouped:
        for party in result.parties:
            assert sum(d["votes"].get(party["id"], 0) for d in grouped) == party["votes"]
    out.unlink(missing_ok=True)


def _csv_case(tmp_path, capsys, table, delimiter, encoding, edits):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(mutate_bytes(csv_bytes(*table, delimiter, encoding), edits))
    holds_the_invariant(path, capsys)


def _xlsx_case(tmp_path, capsys, table, edits):
    path = tmp_path / "fuzz.xlsx"
    base = write_table_xlsx(tmp_path / "base.xlsx", *table).read_bytes()
    path.write_bytes(mutate_workbook(base, edits))
    holds_the_invariant(path, capsys)


def _silent_change_case(tmp_path, table, row, column, cell, as_xlsx):
    """One vote cell replaced by something that is not a count: that row, and only it,
    is left out, and listed with its line and column."""
    parties, rows = table
    i, j = row % len(rows), column % len(parties)
    if as_xlsx:
        path = write_table_xlsx(tmp_path / "one.xlsx", parties, rows, (i, j, cell))
    else:
        path = tmp_path / "one.csv"
        lines = [";".join(["Округ", *parties])]
        for r, (d, votes) in enumerate(rows):
            cells = [cell if (r, c) == (i, j) else str(v) for c, v in enumerate(votes)]
            lines.append(";".join([d, *cells]))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # The columns are given: this is about counting, not guessing (a table whose only
    # vote cell is text has no party column to guess).
    result = import_table(path, ColumnMapping("wide", district="Округ", party_columns=parties))
    text = cell.strip()
    if text in ("", "\u00a0"):  # an empty cell in a wide table is 0 votes, as documented
        kept = [votes if r != i else [0 if c == j else v for c, v in enumerate(votes)]
                for r, (_, votes) in enumerate(rows)]
        assert result.problems == []
    else:
        kept = [votes for r, (_, votes) in enumerate(rows) if r != i]
        listed = [(p.line, p.column) for p in result.problems]
        assert listed in ([(i + 2, parties[j])], [(i + 2, "Округ")]), result.problems
    expected = {p: sum(v[c] for v in kept) for c, p in enumerate(parties)}
    assert {p["name"]: p["votes"] for p in result.parties} == expected


hostile_cell = st.sampled_from([c for c in HOSTILE_CELLS if c not in ('"', "\r")])
encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1251"])
delimiters = st.sampled_from([";", ",", "\t"])


@QUICK
@given(wide_tables(), delimiters, encodings, byte_edits)
def test_hostile_csv(tmp_path, capsys, table, delimiter, encoding, edits):
    _csv_case(tmp_path, capsys, table, delimiter, encoding, edits)


@QUICK
@given(wide_tables(), xml_edits)
def test_hostile_xlsx(tmp_path, capsys, table, edits):
    _xlsx_case(tmp_path, capsys, table, edits)


@QUICK
@given(wide_tables(), st.integers(0, 100), st.integers(0, 10), hostile_cell, st.booleans())
def test_a_bad_cell_is_never_a_silent_change(tmp_path, table, row, column, cell, as_xlsx):
    _silent_change_case(tmp_path, table, row, column, cell, as_xlsx)


@pytest.mark.fuzz
@LONG
@given(wide_tables(), delimiters, encodings, byte_edits)
def test_hostile_csv_long(tmp_path, capsys, table, delimiter, encoding, edits):
    _csv_case(tmp_path, capsys, table, delimiter, encoding, edits)


@pytest.mark.fuzz
@LONG
@given(wide_tables(), xml_edits)
def test_hostile_xlsx_long(tmp_path, capsys, table, edits):
    _xlsx_case(tmp_path, capsys, table, edits)


@pytest.mark.fuzz
@LONG
@given(wide_tables(), st.integers(0, 100), st.integers(0, 10), hostile_cell, st.booleans())
def test_a_bad_cell_is_never_a_silent_change_long(tmp_path, table, row, column, cell, as_xlsx):
    _silent_change_case(tmp_path, table, row, column, cell, as_xlsx)
