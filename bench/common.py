"""Timing helpers and the result rows shared by every benchmark module.

A benchmark module exposes ``cases(quick: bool = False) -> list[dict]``; each dict is a row
``{"case", "ours_s", "peer", "peer_s", "ratio"}`` with ratio = peer_s / ours_s (higher is
better) and ``peer`` None where no peer does the job. Extra keys may be added (``note``,
``same_seats``, ``error``); these five are never renamed.
"""

from __future__ import annotations

import json
import math
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROW_KEYS = ("case", "ours_s", "peer", "peer_s", "ratio")


@dataclass(frozen=True)
class Timing:
    """How hard to time: a run lasts at least ``min_run_s`` (fast calls are looped, as
    ``timeit`` autorange does), ``repeats`` runs are taken unless that would exceed
    ``budget_s``, and at least ``min_repeats`` are always taken."""

    min_run_s: float
    repeats: int
    budget_s: float
    min_repeats: int = 1


FULL = Timing(min_run_s=0.2, repeats=7, budget_s=5.0)
QUICK = Timing(min_run_s=0.02, repeats=5, budget_s=0.3)


def timing(quick: bool) -> Timing:
    """The timing settings of a quick or a full run."""
    return QUICK if quick else FULL


def median_seconds(func: Callable[[], object], settings: Timing = FULL) -> float:
    """Median seconds of one call of ``func``, after one warm-up call.

    Fast calls are looped ``number`` times per run, ``number`` growing 1, 2, 5, 10, 20, ...
    until a run lasts ``settings.min_run_s`` (``timeit`` autorange); slow calls run once per
    run, and fewer runs are taken when the repeats would exceed ``settings.budget_s``.
    """
    return paired_medians([func], settings)[0]


def paired_medians(funcs: Sequence[Callable[[], object]],
                   settings: Timing = FULL) -> list[float]:
    """Median seconds of one call of each of ``funcs``, as ``median_seconds`` times them,
    but with their runs interleaved (a, b, a, b, ...) so that all of them see the same load
    on a shared machine: ours and a peer are compared within the same moments."""
    plans = [_plan(func, settings.min_run_s) for func in funcs]
    slowest = max(per_run for _, per_run in plans)
    affordable = int(settings.budget_s // slowest) if slowest > 0 else settings.repeats
    repeats = max(settings.min_repeats, min(settings.repeats, affordable))
    samples: list[list[float]] = [[] for _ in funcs]
    for _ in range(repeats):
        for func, (number, _), out in zip(funcs, plans, samples, strict=True):
            out.append(_run(func, number) / number)
    return [statistics.median(s) for s in samples]


def _plan(func: Callable[[], object], min_run_s: float) -> tuple[int, float]:
    """After one warm-up call: calls per run, and the seconds of one such run."""
    warm = _run(func, 1)
    return (1, warm) if warm >= min_run_s else _autorange(func, min_run_s)


def _run(func: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        func()
    return time.perf_counter() - start


def _autorange(func: Callable[[], object], min_run_s: float) -> tuple[int, float]:
    """The first loop count in 1, 2, 5, 10, 20, 50, ... whose run lasts ``min_run_s``, and
    that run's seconds."""
    scale = 1
    while True:
        for factor in (1, 2, 5):
            number = scale * factor
            seconds = _run(func, number)
            if seconds >= min_run_s:
                return number, seconds
        scale *= 10


def row(case: str, ours_s: float | None, peer: str | None = None,
        peer_s: float | None = None, **extra: Any) -> dict[str, Any]:
    """One result row; ``ratio`` is peer_s / ours_s when both were measured, else None."""
    ratio = peer_s / ours_s if peer_s is not None and ours_s else None
    return {"case": case, "ours_s": ours_s, "peer": peer, "peer_s": peer_s, "ratio": ratio,
            **extra}


def check_row(item: Any) -> dict[str, Any]:
    """``item`` if it is a well-formed row, else ``ValueError`` saying what is wrong."""
    if not isinstance(item, dict):
        raise ValueError(f"a row must be a dict, got {type(item).__name__}")
    missing = [k for k in ROW_KEYS if k not in item]
    if missing:
        raise ValueError(f"row {item.get('case')!r} lacks {', '.join(missing)}")
    if not isinstance(item["case"], str):
        raise ValueError(f"row case must be text, got {item['case']!r}")
    for key in ("ours_s", "peer_s", "ratio"):
        value = item[key]
        if value is not None and not (isinstance(value, int | float) and math.isfinite(value)):
            raise ValueError(f"row {item['case']!r}: {key} must be a finite number or null")
    return item


def fastest_per_case(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each case (first-seen order), the row of its fastest peer, or its only row when
    no peer was measured. Fastest means the lowest ratio: each ratio comes from ours and the
    peer timed in the same interleaved runs, so it holds when the machine's load drifts
    between rows and raw peer times do not."""
    best: dict[str, dict[str, Any]] = {}
    for r in rows:
        held = best.get(r["case"])
        if held is None or (r["ratio"] is not None
                            and (held["ratio"] is None or r["ratio"] < held["ratio"])):
            best[r["case"]] = r
    return list(best.values())


def format_seconds(seconds: float | None) -> str:
    """``seconds`` in a readable unit (ns, µs, ms, s); a dash for None."""
    if seconds is None:
        return "-"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def format_table(rows: Iterable[dict[str, Any]]) -> str:
    """The rows as a plain-text table: case, ours, peer, peer time, ratio."""
    header = ("case", "ours", "peer", "peer time", "ratio")
    lines = [(r["case"], format_seconds(r["ours_s"]), r["peer"] or "-",
              format_seconds(r["peer_s"]), "-" if r["ratio"] is None else f"{r['ratio']:.1f}x")
             for r in rows]
    widths = [max(len(str(c)) for c in column) for column in zip(header, *lines, strict=True)]
    out = []
    for n, line in enumerate([header, *lines]):
        out.append("  ".join(str(c).ljust(w) if i in (0, 2) else str(c).rjust(w)
                             for i, (c, w) in enumerate(zip(line, widths, strict=True))))
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def write_results(rows: list[dict[str, Any]], path: str | Path) -> None:
    """Write ``rows`` as the JSON list of ``bench/results.json``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
