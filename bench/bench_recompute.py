"""Benchmark: full recompute of a scenario, the work behind every edit in the app.

Run from the project root: ``.venv/bin/python -m bench --only recompute`` (or
``python -m bench.bench_recompute``).

One recompute = load the scenario file (read, parse, validate), ``allocate`` it, take its
indices and majority, and write the seat-by-seat explanation (``core.analysis.explain.explain``).
No peer library does this job (peer null).

Scenarios: the built-in Kazakhstan 2023 (``preset:kz-2023``) and a synthetic parallel system
made here: 650 single-mandate districts with 3 to 6 candidates each (8 parties and
independents) beside a 350-seat nationwide list tier (Hare, 5% of valid votes), written to a
temporary file so that loading it is timed too.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import format_table, median_seconds, row, timing
from core.analysis.explain import explain
from core.io.scenario_file import load
from core.rules.allocate import allocate
from core.rules.result import Result

DISTRICTS = 650
LIST_SEATS = 350
PARTIES = 8
SEED = 650


def recompute(spec: str) -> Result:
    """Load ``spec``, allocate it, take its indices and majority, and explain it."""
    result = allocate(load(spec))
    _ = result.indices, result.majority
    explain(result)
    return result


def synthetic_parallel(districts: int = DISTRICTS, seed: int = SEED) -> dict[str, Any]:
    """A parallel-system scenario (docs/format.md) with ``districts`` plurality districts.

    Party strength falls with rank; each district has 3 to 6 candidates from distinct parties,
    one in five districts also an independent (some of whom sit with a party).
    """
    rng = np.random.default_rng(seed)
    ids = [f"p{k + 1}" for k in range(PARTIES)]
    strength = rng.lognormal(0.0, 0.3, PARTIES) / np.arange(1, PARTIES + 1) ** 0.9
    strength /= strength.sum()
    list_votes = np.floor(strength * 40_000_000).astype(int)
    return {
        "format": "seatcalc-scenario",
        "version": 1,
        "title": f"Synthetic parallel system, {districts} districts",
        "parties": [{"id": pid, "name": f"Party {k + 1}", "votes": int(list_votes[k]),
                     "registration_order": k + 1, "threshold_exempt": False}
                    for k, pid in enumerate(ids)],
        "other_votes": {"against_all": 600_000, "invalid": 400_000},
        "list_tier": {"seats": LIST_SEATS, "method": "hare", "first_divisor": None,
                      "min_seats": 0,
                      "threshold": {"percent": 5, "base": "valid", "inclusive": True,
                                    "or_district_seats": 0},
                      "tie_break": "registration_order", "constituencies": None},
        "district_tier": {"seats": districts, "rule": "plurality",
                          "districts": [_district(rng, d, ids, strength)
                                        for d in range(districts)],
                          "declared": []},
        "mixed": {"type": "parallel", "overhang": None},
    }


def _district(rng: np.random.Generator, number: int, ids: list[str],
              strength: np.ndarray) -> dict[str, Any]:
    size = int(rng.integers(3, 7))
    parties = rng.choice(len(ids), size=size, replace=False, p=strength)
    candidates = [{"name": f"Candidate {number + 1}.{j + 1}", "party": ids[k],
                   "affiliation": None,
                   "votes": int(rng.lognormal(np.log(60_000 * strength[k] + 2_000), 0.6))}
                  for j, k in enumerate(parties)]
    if rng.random() < 0.2:
        sits_with = ids[int(rng.integers(len(ids)))] if rng.random() < 0.5 else None
        candidates.append({"name": f"Independent {number + 1}", "party": None,
                           "affiliation": sits_with,
                           "votes": int(rng.lognormal(np.log(8_000), 0.8))})
    return {"id": str(number + 1), "name": f"District {number + 1}", "region": None,
            "candidates": candidates}


def cases(quick: bool = False, only: str | None = None) -> list[dict[str, Any]]:
    """Seconds of one full recompute of Kazakhstan 2023 and of the synthetic scenario."""
    settings = timing(quick)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        synthetic = Path(tmp) / "synthetic-650.seats.json"
        synthetic.write_text(json.dumps(synthetic_parallel()), encoding="utf-8")
        for label, spec in (("kz-2023", "preset:kz-2023"),
                            (f"synthetic {DISTRICTS}-district parallel", str(synthetic))):
            name = f"recompute {label} (load+allocate+indices+explanation)"
            if only and only not in name:
                continue
            seconds = median_seconds(lambda spec=spec: recompute(spec), settings)
            rows.append(row(name, seconds))
    return rows


if __name__ == "__main__":
    print(format_table(cases(quick="--quick" in sys.argv)))
