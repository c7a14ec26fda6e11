"""Round trips of the table import: tables written from known votes read back exactly
(hypothesis), and a line cut short never read as zeros."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.io.tables import TableImportError, import_table
from core.text.render import render
from tests.io.test_tables import votes_of, write

# --------------------------------------------------------------------------- round trip

_LETTERS = "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
_name = st.text(alphabet=_LETTERS + _LETTERS.upper() + " -", min_size=1, max_size=20).filter(
    lambda s: s.strip() and s.strip()[0].isalpha()
)
_RESERVED = ("итого", "всего", "total", "барлығы", "жиыны", "сумма", "против", "against",
             "invalid", "недейств", "жарамсыз", "барлығына", "в списк", "зарегистр", "тізім",
             "registered", "electorate", "участие", "проголосова", "ballots", "испорчен",
             "spoiled", "дауыс")  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.tuples(_name, st.integers(0, 10**12)), min_size=1, max_size=12),
    sep=st.sampled_from(["", " ", ",", ".", "\u00a0", "\u202f"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1251"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_round_trip_long_layout(tmp_path, rows, sep, encoding, delimiter):
    rows = [(" ".join(n.split()), v) for n, v in rows]
    rows = [(n, v) for n, v in rows if not any(r in n.casefold() for r in _RESERVED)]
    if encoding == "cp1251":
        rows = [(n, v) for n, v in rows if _encodable(n, "cp1251")]
        sep = sep.replace("\u202f", "\u00a0")  # Windows-1251 has no narrow no-break space
    expected: dict[str, int] = {}
    display: dict[str, str] = {}
    for n, v in rows:
        k = n.casefold()
        display.setdefault(k, n)
        expected[display[k]] = expected.get(display[k], 0) + v
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Партия", "Голоса"])
    for n, v in rows:
        writer.writerow([n, f"{v:,}".replace(",", sep) if sep else str(v)])
    path = tmp_path / "rt.csv"
    path.write_bytes(buf.getvalue().encode(encoding))
    if not rows:
        with pytest.raises(TableImportError, match="no data rows"):
            import_table(path)
        return
    result = import_table(path)
    assert result.problems == []
    assert votes_of(result) == expected
    assert len({p["id"] for p in result.parties}) == len(result.parties)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    table=st.lists(st.lists(st.integers(0, 10**7), min_size=3, max_size=3), min_size=1,
                   max_size=30),
    districts=st.lists(st.sampled_from(["Север", "Юг", "Орталық"]), min_size=30, max_size=30),
)  # fmt: skip
def test_round_trip_wide_layout(tmp_path, table, districts):
    parties = ["Партия зелёных", "Ақ жол", "Amanat"]
    lines = ["Округ;" + ";".join(parties)]
    expected = dict.fromkeys(parties, 0)
    per: dict[str, dict[str, int]] = {}
    for row, d in zip(table, districts, strict=False):
        lines.append(d + ";" + ";".join(f"{v:,}".replace(",", "\u00a0") for v in row))
        for p, v in zip(parties, row, strict=True):
            expected[p] += v
            per.setdefault(d, dict.fromkeys(parties, 0))[p] += v
    path = tmp_path / "w.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_table(path)
    assert votes_of(result) == expected
    ids = {p["id"]: p["name"] for p in result.parties}
    got = {d["name"]: {ids[k]: v for k, v in d["votes"].items()} for d in result.districts}
    assert got == per


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("quote", ["", '"'])  # without quotes pandas reads; with, csv does
def test_a_row_cut_short_is_listed_not_counted_as_zeros(tmp_path, quote):
    # A wide table: an empty cell is 0 votes, but a line that stops early has lost cells,
    # and reading them as 0 would silently change the sums.
    text = (f"station;{quote}Alpha{quote};Beta;Gamma\n"
            "1;10;20;30\n"
            "2;11;21\n"      # cut short: Gamma's cell is missing, not empty
            "3;12;;32\n")    # Beta's cell is empty: 0, as documented
    result = import_table(write(tmp_path, "w.csv", text))
    assert votes_of(result) == {"Alpha": 22, "Beta": 20, "Gamma": 62}
    assert [(p.line, "3 cells where the header has 4" in render(p.reason))
            for p in result.problems] == [(3, True)]
