"""Benchmark: import a generated 100,000-row polling-station table (wide, Cyrillic, cp1251).

Run from the project root: ``python -m bench.bench_import`` (or ``python bench/bench_import.py``).
``make_polling_table`` is also used by ``tests/io/test_tables.py`` to check the aggregation
against the totals it knows.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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


def cases(runs: int = 3) -> list[dict[str, Any]]:
    """Median time (``runs`` runs after a warm-up) of importing a 100,000-row table."""
    import tempfile

    from core.io.tables import import_table

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "polling_stations.csv"
        truth = make_polling_table(path, rows=100_000)
        result = import_table(path)  # warm-up, and a check that the numbers are right
        got = {p["name"]: p["votes"] for p in result.parties}
        if got != truth["parties"] or result.problems:
            raise AssertionError("the benchmark import does not match the generated totals")
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            import_table(path)
            times.append(time.perf_counter() - start)
    return [
        {
            "case": "import 100,000-row polling-station table",
            "ours_s": statistics.median(times),
            "peer": None,
            "peer_s": None,
            "ratio": None,
        }
    ]


if __name__ == "__main__":
    for row in cases():
        print(f"{row['case']}: {row['ours_s']:.3f} s (no peer)")
