"""Benchmark: hemicycle seat positions, ours (core.hemicycle) against parliamentarch 1.1.2.

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

import statistics
import timeit
from collections.abc import Callable

import parliamentarch.geometry as pa_geometry

from core import hemicycle
from core.hemicycle import hemicycle_layout

SIZES = (98, 650, 3000)
REPEATS = 7


def _median_seconds(func: Callable[[], object]) -> float:
    """Median time of one call over REPEATS runs, after a warm-up, each run ~0.2 s or more."""
    for _ in range(3):
        func()
    timer = timeit.Timer(func)
    number, _ = timer.autorange()
    return statistics.median(t / number for t in timer.repeat(REPEATS, number))


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


def _case(name: str, ours: Callable[[], object], peer: Callable[[], object]) -> dict:
    ours_s, peer_s = _median_seconds(ours), _median_seconds(peer)
    return {
        "case": name,
        "ours_s": ours_s,
        "peer": "parliamentarch",
        "peer_s": peer_s,
        "ratio": peer_s / ours_s,
    }


def cases() -> list[dict]:
    """Warm timings for 98, 650 and 3000 seats: ours against parliamentarch."""
    return [
        _case(
            f"hemicycle layout {n} seats",
            lambda n=n: hemicycle_layout(n),
            lambda n=n: _peer_layout(n),
        )
        for n in SIZES
    ]


def cold_cases() -> list[dict]:
    """Timings with both libraries' caches cleared before every call."""

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
        )
        for n in SIZES
    ]


def _print_table(rows: list[dict]) -> None:
    print(f"{'case':<42} {'ours':>10} {'peer':>16} {'peer time':>10} {'ratio':>7}")
    for row in rows:
        print(
            f"{row['case']:<42} {row['ours_s'] * 1e6:>8.1f}us {row['peer']:>16} "
            f"{row['peer_s'] * 1e6:>8.1f}us {row['ratio']:>6.1f}x"
        )


if __name__ == "__main__":
    _print_table(cases() + cold_cases())
