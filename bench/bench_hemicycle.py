"""Benchmark: hemicycle seat positions, ours (core.chart.hemicycle) against parliamentarch 1.1.2.

Run from the project root: ``.venv/bin/python -m bench.bench_hemicycle``.

The compared step is "seat centres for n seats, in left-to-right order", no SVG writing:

- ours: ``hemicycle_layout(n)`` (returns x, y arrays already sorted by angle);
- parliamentarch: ``get_seats_centers(n)`` (a dict position -> angle) followed by the sort by
  angle that ``get_svg_from_attribution`` performs before handing seats to parties.

Both libraries cache their row plans (parliamentarch: rows per seat count and row capacities;
ours: row geometry, rows per seat count and seats per row). ``cases()`` times the usual warm
state, the one a redrawn chart sees; ``cold_cases()`` clears both libraries' caches before
every call, the cost of a seat count seen for the first time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import parliamentarch.geometry as pa_geometry

from bench.common import Timing, format_table, paired_medians, row, timing
from core.chart import hemicycle
from core.chart.hemicycle import hemicycle_layout

SIZES = (98, 650, 3000)


def _peer_layout(seats: int) -> list[tuple[float, float]]:
    """parliamentarch's seat centres, sorted left to right as its own SVG writer sorts them."""
    centres = pa_geometry.get_seats_centers(seats)
    return sorted(centres, key=centres.__getitem__, reverse=True)


def _clear_caches() -> None:
    """Empty both libraries' row-plan caches."""
    hemicycle._row_plan.cache_clear()
    hemicycle._auto_rows.cache_clear()
    hemicycle._row_fill.cache_clear()
    pa_geometry._cached_get_rows_from_nrows.cache_clear()
    pa_geometry._cached_get_nrows_from_nseats.cache_clear()


def _case(name: str, ours: Callable[[], object], peer: Callable[[], object],
          settings: Timing) -> dict[str, Any]:
    """One row: ours and parliamentarch timed in interleaved runs (``paired_medians``)."""
    ours_s, peer_s = paired_medians([ours, peer], settings)
    return row(name, ours_s, "parliamentarch", peer_s)


def cases(quick: bool = False) -> list[dict[str, Any]]:
    """Warm timings for 98, 650 and 3000 seats: ours against parliamentarch."""
    settings = timing(quick)
    return [
        _case(
            f"hemicycle layout {n} seats",
            lambda n=n: hemicycle_layout(n),
            lambda n=n: _peer_layout(n),
            settings,
        )
        for n in SIZES
    ]


def cold_cases(quick: bool = False) -> list[dict[str, Any]]:
    """Timings with both libraries' caches cleared before every call."""
    settings = timing(quick)

    def cold(func: Callable[[int], object], n: int) -> Callable[[], object]:
        def run() -> object:
            _clear_caches()
            return func(n)

        return run

    return [
        _case(
            f"hemicycle layout {n} seats, cold caches",
            cold(hemicycle_layout, n),
            cold(_peer_layout, n),
            settings,
        )
        for n in SIZES
    ]


if __name__ == "__main__":
    print(format_table(cases() + cold_cases()))
