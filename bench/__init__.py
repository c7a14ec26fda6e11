"""Benchmarks of SeatCalc against the peer libraries, run with ``python -m bench``.

Each ``bench_*.py`` module exposes ``cases(quick: bool = False) -> list[dict]``; the rows and
timing helpers are in ``bench.common``. Timings never go into the tests.
"""
