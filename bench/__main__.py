"""``python -m bench``: run every benchmark, print a table, write ``bench/results.json``.

Options: ``--quick`` (a run under a minute on a 2-core machine), ``--out PATH`` (write the
results elsewhere), ``--only SUBSTRING`` (keep the cases whose name contains it).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.common import check_row, fastest_per_case, format_table, row, write_results

DEFAULT_OUT = Path(__file__).resolve().parent / "results.json"
# Benchmark modules in the order they run; a module not written yet is skipped with a note.
MODULES = ("bench_alloc", "bench_simulate", "bench_hemicycle", "bench_recompute",
           "bench_analysis", "bench_import", "bench_ui", "bench_startup")


def run_modules(modules: Sequence[str] = MODULES, *, quick: bool = False,
                only: str | None = None) -> list[dict[str, Any]]:
    """The rows of every module in ``modules``, in order; a failing module gives one row
    with an ``error`` instead of stopping the run."""
    rows = []
    for name in modules:
        start = time.perf_counter()
        found = run_module(name, quick=quick, only=only)
        print(f"{name}: {len(found)} row(s) in {time.perf_counter() - start:.1f} s", flush=True)
        rows.extend(found)
    return rows


def run_module(name: str, *, quick: bool = False,
               only: str | None = None) -> list[dict[str, Any]]:
    """The rows of ``bench.<name>.cases()``, filtered by ``only``; [] if there is no such
    module; one failed row if it cannot be imported, raises or returns malformed rows."""
    qualified = f"bench.{name}"
    try:
        module = importlib.import_module(qualified)
    except ModuleNotFoundError as e:
        if e.name == qualified:
            print(f"note: {qualified} does not exist (yet); skipped", flush=True)
            return []
        return [_failed(name, e)]
    except Exception as e:  # a broken module is a failed case, not a crashed run
        return [_failed(name, e)]
    try:
        rows = [check_row(r) for r in _call_cases(module.cases, quick, only)]
    except Exception as e:
        return [_failed(name, e)]
    return [r for r in rows if not only or only in r["case"]]


def _call_cases(cases: Callable[..., list[dict[str, Any]]], quick: bool,
                only: str | None) -> list[dict[str, Any]]:
    """Call ``cases`` with the ``quick`` and ``only`` keywords it accepts (older modules
    take none; those without ``only`` are filtered afterwards)."""
    accepted = inspect.signature(cases).parameters
    kwargs: dict[str, Any] = {}
    if "quick" in accepted:
        kwargs["quick"] = quick
    if "only" in accepted and only:
        kwargs["only"] = only
    return cases(**kwargs)


def _failed(name: str, error: Exception) -> dict[str, Any]:
    traceback.print_exception(error, file=sys.stderr)
    message = f"{type(error).__name__}: {error}"
    print(f"error: bench.{name} failed: {message}", file=sys.stderr, flush=True)
    return row(f"{name} (failed)", None, error=message)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line of ``python -m bench``."""
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Time SeatCalc against the peer libraries in the same run.",
    )
    parser.add_argument("--quick", action="store_true",
                        help="fewer and shorter repeats, slow peers left out (under a minute)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"where to write the JSON results (default: {DEFAULT_OUT})")
    parser.add_argument("--only", metavar="SUBSTRING",
                        help="keep only the cases whose name contains SUBSTRING")
    parser.add_argument("--module", action="append", metavar="NAME",
                        help="run only the modules whose name contains NAME (repeatable; "
                             f"modules: {', '.join(MODULES)})")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; exit status 0, or 1 if a benchmark failed."""
    args = parse_args(argv)
    print(f"machine: {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} cores"
          f"{' (quick run)' if args.quick else ''}", flush=True)
    start = time.perf_counter()
    modules = [m for m in MODULES if not args.module or any(n in m for n in args.module)]
    rows = run_modules(modules, quick=args.quick, only=args.only)
    print()
    print(format_table(rows))
    fastest = [r for r in fastest_per_case(rows) if r["ratio"] is not None]
    if fastest:
        print("\nagainst the fastest peer of each case:")
        print(format_table(fastest))
    write_results(rows, args.out)
    print(f"\n{len(rows)} rows written to {args.out} in {time.perf_counter() - start:.1f} s")
    return 1 if any("error" in r for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
