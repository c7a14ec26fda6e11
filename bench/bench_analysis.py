"""Benchmark: the Analysis tab's work, "how close" (``core.analysis.closeness.how_close``) and
the seat-by-seat explanation, on large parliaments: UK 2024 (650 first-past-the-post
districts, 96 parties), Scotland (8 additional member regions) and 52 D'Hondt constituencies
(``bench.synthetic``). No peer does this (peer null). Medians of repeated runs."""

from __future__ import annotations

from functools import partial
from typing import Any

from bench.common import median_seconds, row, timing
from bench.synthetic import synthetic_constituencies
from bench.uk_2024 import available, load_uk_2024
from core.analysis.closeness import how_close
from core.analysis.explain import explain
from core.io.scenario_file import load
from core.io.scenario_reader import read_scenario
from core.rules.allocate import allocate
from core.rules.result import Result


def analysis(result: Result) -> None:
    """What the Analysis tab computes for a result."""
    explain(result)
    how_close(result)


def cases(quick: bool = False) -> list[dict[str, Any]]:
    scenarios = [("Scotland, 8 additional member regions", load("template:scotland")),
                 ("52 D'Hondt constituencies", read_scenario(synthetic_constituencies()))]
    if available():
        scenarios.insert(0, ("UK 2024, 650 districts", load_uk_2024()))
    return [row(f"how close and explain, {name}",
                median_seconds(partial(analysis, allocate(s)), timing(quick)))
            for name, s in scenarios]


if __name__ == "__main__":
    for r in cases():
        print(f"{r['case']}: {r['ours_s'] * 1e3:.0f} ms")
