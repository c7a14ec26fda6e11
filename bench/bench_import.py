"""Benchmarks of the table import: speed on real and generated tables, and the bombs.

* a generated 100,000-row polling-station table (wide, Cyrillic, cp1251);
* the real table of Russia's 2021 State Duma election (96,325 stations, the CEC's own
  columns) when ``/work/shared`` holds it, and a 10x copy of it (963,250 rows), each timed
  and its peak memory measured in a fresh process;
* the table bombs of issue 11 (item 9): each imported in a fresh process under a 4 GB
  address-space cap and a time limit, reporting time, peak memory and the one-line refusal.

Run from the project root: ``python -m bench.bench_import`` (or ``python -m bench --only
import``). ``make_polling_table`` and the workbook builders are also used by the tests.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
RUSSIA_2021 = Path("/work/shared/data/russia/duma-2021-polling-stations.csv.zip")
MEMORY_CAP = 4_000_000_000  # bytes of address space a measured import may take
TIME_CAP = 120  # seconds

PARTY_NAMES = [
    "Аманат",
    "Ак жол",
    "Ауыл",
    "Народная партия Казахстана",
    "Республика",
    "ОСДП",
    "Байтак",
    "Зеленые",
    "Партия пенсионеров",
    "Родина",
]
DISTRICTS = 29


def _with_spaces(value: int, sep: str) -> str:
    return f"{value:,}".replace(",", sep)


def make_polling_table(
    path: str | Path, rows: int = 100_000, parties: int = 7, seed: int = 0
) -> dict[str, Any]:
    """Write a wide polling-station table (Windows-1251, ``;``, Cyrillic headers) to ``path``.

    Columns: ``Округ``, ``Участок``, ``Число избирателей в списке``, one column per party,
    ``Против всех``, ``Недействительные``. About a third of the cells of 1,000 or more are
    written with a space (or a no-break space, U+00A0, which Windows-1251 has) as thousands
    separator, and some zero cells are left empty.

    Returns the truth: ``{"parties": {name: votes}, "against_all", "invalid", "registered",
    "districts": {district name: {party name: votes}}, "rows"}``.
    """
    if not 1 <= parties <= len(PARTY_NAMES):
        raise ValueError(f"parties must be between 1 and {len(PARTY_NAMES)}")
    rng = np.random.default_rng(seed)
    names = PARTY_NAMES[:parties]
    district = rng.integers(0, DISTRICTS, size=rows)
    registered = rng.integers(200, 3500, size=rows)
    share = rng.dirichlet(np.ones(parties) * 2.0, size=rows)
    turnout = (registered * rng.uniform(0.3, 0.8, size=rows)).astype(np.int64)
    votes = np.floor(share * turnout[:, None] * 0.95).astype(np.int64)
    against = rng.integers(0, 60, size=rows)
    invalid = rng.integers(0, 30, size=rows)
    counts = np.column_stack([registered, votes, against, invalid])
    style = rng.integers(0, 6, size=counts.shape)  # 0: space, 1: no-break space, 5: empty if 0

    district_names = [f"Округ №{k + 1}" for k in range(DISTRICTS)]
    header = ["Округ", "Участок", "Число избирателей в списке", *names, "Против всех",
              "Недействительные"]  # fmt: skip
    out = [";".join(header)]
    table = counts.tolist()
    styles = style.tolist()
    for i in range(rows):
        cells = [district_names[district[i]], f"УИК №{i + 1}"]
        for v, st in zip(table[i], styles[i], strict=True):
            if v >= 1000 and st == 0:
                cells.append(_with_spaces(v, " "))
            elif v >= 1000 and st == 1:
                cells.append(_with_spaces(v, "\u00a0"))
            elif v == 0 and st == 5:
                cells.append("")
            else:
                cells.append(str(v))
        out.append(";".join(cells))
    Path(path).write_bytes(("\r\n".join(out) + "\r\n").encode("cp1251"))

    per_district: dict[str, dict[str, int]] = {}
    for k, dname in enumerate(district_names):
        sel = district == k
        if sel.any():
            per_district[dname] = {n: int(votes[sel, j].sum()) for j, n in enumerate(names)}
    first_seen = [district_names[k] for k in dict.fromkeys(district.tolist())]
    return {
        "rows": rows,
        "parties": {n: int(votes[:, j].sum()) for j, n in enumerate(names)},
        "against_all": int(against.sum()),
        "invalid": int(invalid.sum()),
        "registered": int(registered.sum()),
        "districts": {d: per_district[d] for d in first_seen},
    }


# --------------------------------------------------------------------------- workbooks

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_MAIN}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_MAIN}.worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_MAIN}.sharedStrings+xml"/>'
    "</Types>")


def write_workbook(path: str | Path, sheet: Iterable[str], shared: Iterable[str] | None = None,
                   *, sheets_xml: str | None = None) -> Path:
    """Write a minimal .xlsx by hand: ``sheet`` is the worksheet XML (in pieces, streamed
    into the archive), ``shared`` the shared-strings XML (pieces; default: none shared).
    ``sheets_xml`` replaces the workbook's ``<sheets>`` element (e.g. ``<sheets/>``)."""
    path = Path(path)
    sheets = sheets_xml if sheets_xml is not None else \
        f'<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1" xmlns:r="{_REL}"/></sheets>'
    rels = (f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
                   f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f"<workbook {_NS}>{sheets}</workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{_PKG}">{rels}'
                   "</Relationships>")
        if shared is None:
            shared = [f'<sst {_NS} count="0" uniqueCount="0"/>']
        for part, pieces in (("xl/worksheets/sheet1.xml", sheet),
                             ("xl/sharedStrings.xml", shared)):
            pieces = iter(pieces)
            first = next(pieces, None)
            if first is None:
                continue
            with z.open(part, "w", force_zip64=True) as f:
                f.write(first.encode())
                for piece in pieces:
                    f.write(piece.encode())
    return path


def sheet_xml(rows: Iterable[str], dimension: str | None = None) -> Iterable[str]:
    """A worksheet's XML around ``rows`` (``<row>`` elements), with a ``<dimension>``."""
    yield f"<worksheet {_NS}>"
    if dimension:
        yield f'<dimension ref="{dimension}"/>'
    yield "<sheetData>"
    yield from rows
    yield "</sheetData></worksheet>"


def text_cell(ref: str, text: str) -> str:
    """An inline-string cell."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


_HEADER = f'<row r="1">{text_cell("A1", "party")}{text_cell("B1", "votes")}</row>'


def bomb_far_cell(path: str | Path) -> Path:
    """2 KB: a declared range A1:XFD1048576 and one cell at XFD1048576."""
    return write_workbook(path, sheet_xml(
        [_HEADER, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'],
        dimension="A1:XFD1048576"))


def bomb_huge_string(path: str | Path, megabytes: int) -> Path:
    """One shared string of ``megabytes`` MiB, used by one cell (128 MiB: 132 KB on disk)."""
    block = "A" * (1 << 20)
    shared = [f'<sst {_NS} count="1" uniqueCount="1"><si><t>', *([block] * megabytes),
              "</t></si></sst>"]
    return write_workbook(path, sheet_xml(
        [_HEADER, '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>1</v></c></row>']),
        shared)


def bomb_many_cells(path: str | Path, rows: int = 2_000_000, columns: int = 20) -> Path:
    """``rows`` x ``columns`` cells holding 1, in 2.5 MB (40 million cells by default)."""
    row = "<row>" + "<c><v>1</v></c>" * columns + "</row>"
    header = "<row>" + "".join(f'<c t="inlineStr"><is><t>P{j}</t></is></c>'
                               for j in range(columns)) + "</row>"
    return write_workbook(path, sheet_xml([header, *(row * 1000 for _ in range(rows // 1000))]))


def bomb_csv_cells(path: str | Path, rows: int = 600_000, columns: int = 200) -> Path:
    """A CSV of ``rows`` x ``columns`` one-digit cells (120 million cells, 240 MB)."""
    line = ",".join(["1"] * columns) + "\n"
    with open(path, "w", encoding="ascii") as f:
        f.write(",".join(f"P{j}" for j in range(columns)) + "\n")
        for _ in range(rows // 1000):
            f.write(line * 1000)
    return Path(path)


BOMBS = {
    "one cell at XFD1048576 (2 KB xlsx)": bomb_far_cell,
    "a 128 MiB shared string (132 KB xlsx)": lambda p: bomb_huge_string(p, 128),
    "a 300 MiB shared string (308 KB xlsx)": lambda p: bomb_huge_string(p, 300),
    "40 million cells (2.5 MB xlsx)": bomb_many_cells,
    "120 million cells (240 MB csv)": bomb_csv_cells,
}


# --------------------------------------------------------------------------- measuring


_LAUNCHER = """
import json, subprocess, sys, time
limit, argv = float(sys.argv[1]), sys.argv[2:]
start = time.perf_counter()
proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
try:
    _, err = proc.communicate(timeout=limit)
    status = proc.returncode
except subprocess.TimeoutExpired:
    proc.kill()
    _, err = proc.communicate()
    status = None
seconds = time.perf_counter() - start
import resource
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
lines = err.strip().splitlines()
print(json.dumps({"seconds": seconds, "cpu_s": usage.ru_utime + usage.ru_stime,
                  "peak_mb": usage.ru_maxrss / 1024, "status": status,
                  "said": lines[-1] if lines else ""}))
"""
_CAPPED = ("import resource, runpy, sys; "
           "resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap})); "
           "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')")


def measure_import(table: Path, *args: str) -> dict[str, Any]:
    """``main.py import TABLE`` in a fresh process under :data:`MEMORY_CAP` and
    :data:`TIME_CAP`: seconds, CPU seconds, peak resident memory (MB) of that process alone,
    exit status (None when stopped at the time cap), last stderr line.

    A small launcher process starts it: a child forked from this (large) process would
    count this process's pages in its own peak."""
    import json

    out = table.with_name(table.name + ".seats.json")
    child = [sys.executable, "-c", _CAPPED.format(cap=MEMORY_CAP), str(ROOT / "main.py"),
             "import", str(table), "--to", str(out), *args]
    done = subprocess.run([sys.executable, "-c", _LAUNCHER, str(TIME_CAP), *child], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    out.unlink(missing_ok=True)
    return json.loads(done.stdout)


def ten_fold(source: Path, target: Path) -> Path:
    """The CSV of ``source`` (a zip of one CSV) with its rows written ten times."""
    with zipfile.ZipFile(source) as z, z.open(z.infolist()[0]) as f:
        header, body = f.readline(), f.read()
    with open(target, "wb") as out:
        out.write(header)
        for _ in range(10):
            out.write(body)
    return target


def cases(runs: int = 3, quick: bool = False) -> list[dict[str, Any]]:
    """The import benchmarks (see the module docstring); ``quick`` skips the 10x table and
    the bombs."""
    rows = [_generated_case(runs)]
    if RUSSIA_2021.exists():
        rows += _russia_cases(runs, quick)
    if not quick:
        rows += bomb_cases()
    return rows


def _generated_case(runs: int) -> dict[str, Any]:
    from core.io.tables import import_table

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "polling_stations.csv"
        truth = make_polling_table(path, rows=100_000)
        result = import_table(path)  # warm-up, and a check that the numbers are right
        got = {p["name"]: p["votes"] for p in result.parties}
        if got != truth["parties"] or result.problems:
            raise AssertionError("the benchmark import does not match the generated totals")
        times, cpu = [], []
        for _ in range(runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            import_table(path)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    return {"case": "import 100,000-row polling-station table", "ours_s": statistics.median(times),
            "cpu_s": statistics.median(cpu), "peer": None, "peer_s": None, "ratio": None}


def _russia_cases(runs: int, quick: bool) -> list[dict[str, Any]]:
    from core.io.tables import import_table

    times, cpu = [], []
    for _ in range(runs + 1):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = import_table(RUSSIA_2021)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    if len(result.parties) != 14 or result.rows_counted != 96_325:
        raise AssertionError("the Russian table did not import as 14 parties, 96,325 rows")
    rows = [{"case": "import Russia 2021, 96,325 real station rows (in-process)",
             "ours_s": statistics.median(times[1:]), "cpu_s": statistics.median(cpu[1:]),
             "peer": None, "peer_s": None, "ratio": None}]
    with tempfile.TemporaryDirectory() as tmp:
        tables = [("96,325", Path(tmp) / "ru.csv.zip")]
        os.symlink(RUSSIA_2021, tables[0][1])
        if not quick:
            tables.append(("963,250", ten_fold(RUSSIA_2021, Path(tmp) / "ru10.csv")))
        for size, path in tables:
            m = measure_import(path)
            rows.append({"case": f"main.py import Russia 2021, {size} rows (fresh process)",
                         "ours_s": m["seconds"], "cpu_s": round(m["cpu_s"], 3), "peer": None,
                         "peer_s": None, "ratio": None,
                         "peak_mb": round(m["peak_mb"]), "note": m["said"][:200]})
    return rows


def bomb_cases() -> list[dict[str, Any]]:
    """Each bomb of :data:`BOMBS` imported in a fresh process (time, peak memory, refusal)."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, (what, build) in enumerate(BOMBS.items()):
            path = build(Path(tmp) / f"bomb{i}{'.csv' if 'csv' in what else '.xlsx'}")
            m = measure_import(path)
            rows.append({"case": f"import bomb: {what}", "ours_s": m["seconds"], "peer": None,
                         "peer_s": None, "ratio": None, "peak_mb": round(m["peak_mb"]),
                         "status": m["status"], "note": m["said"][:200]})
            path.unlink()
    return rows


if __name__ == "__main__":
    for row in cases():
        extra = f" ({row['cpu_s']:.3f} s CPU)" if "cpu_s" in row else ""
        extra += f", peak {row['peak_mb']} MB" if "peak_mb" in row else ""
        note = f" ({row['note']})" if row.get("note") else ""
        print(f"{row['case']}: {row['ours_s']:.3f} s{extra}{note}")
