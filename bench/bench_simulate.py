"""Benchmark: Monte Carlo, 100,000 runs of Kazakhstan 2023 (7 parties, 69 list seats).

Run from the project root: ``.venv/bin/python -m bench --only "Monte Carlo"`` (or
``python -m bench.bench_simulate``, which also prints runs per second).

Ours: ``montecarlo.simulate_scenario`` end to end (perturb the shares, threshold, batch
allocation, district seats, every statistic and coalition count), with D'Hondt and with Hare.
Peers (apportionment 1.0, votelib 0.4.0, as set up in ``bench.bench_alloc``) loop over the
same perturbed votes: threshold in Python, then one peer allocation per run, then a seat tally.
A peer is timed on ``PEER_RUNS`` runs and extrapolated linearly to 100,000 (a loop: the cost
per run does not depend on the run count); the row's ``note`` says so. Before timing, the
peer's seats are compared with ours on those runs (``same_seats``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

import numpy as np

from bench.bench_alloc import Peer, peers
from bench.common import median_seconds, row, timing
from core.io.scenario_file import load
from core.model.scenario import Scenario
from core.rules.allocate import allocate
from core.simulate.montecarlo import (
    _BatchEngine,
    _threshold_votes,
    perturbed_votes,
    simulate_scenario,
)

RUNS = 100_000
PEER_RUNS = 2_000
PEER_RUNS_QUICK = 200
METHODS = (("dhondt", "D'Hondt"), ("hare", "Hare"))


def _scenario(method_id: str) -> Scenario:
    kz = load("preset:kz-2023")
    return replace(kz, list_tier=replace(kz.list_tier, method=method_id))


def _peer_loop(peer: Peer, scenario: Scenario, votes: np.ndarray) -> np.ndarray:
    """The peer's Monte Carlo: per run the threshold, one allocation, the seat tally."""
    need = _threshold_votes(scenario)
    seats = scenario.list_tier.seats
    method_id = scenario.list_tier.method
    out = np.zeros(votes.shape, dtype=np.int64)
    for r, run in enumerate(votes.T.tolist()):
        qualified = [i for i, v in enumerate(run) if v >= need]
        call, to_seats = peer.prepare(method_id, [run[i] for i in qualified], seats)
        for i, s in zip(qualified, to_seats(call()), strict=True):
            out[i, r] = s
    return out


def cases(quick: bool = False) -> list[dict[str, Any]]:
    """One row per (method, peer): seconds for 100,000 runs, ours and the peer's."""
    settings = timing(quick)
    available, _ = peers()
    peer_runs = PEER_RUNS_QUICK if quick else PEER_RUNS
    rows = []
    for method_id, label in METHODS:
        scenario = _scenario(method_id)
        name = f"Monte Carlo {RUNS:,} runs, 7 parties/69 seats, {label}"
        ours_s = median_seconds(partial(simulate_scenario, scenario, RUNS, 2.0, 1), settings)
        votes = perturbed_votes(scenario, np.random.default_rng(1), peer_runs, 2.0)
        reference = allocate(scenario)
        ours_seats = _BatchEngine(scenario, reference).outcomes(votes).seats
        district = np.array([p.district_seats for p in reference.parties])[:, None]
        for peer in available:
            if peer.name.startswith("poli-sci-kit"):
                continue  # the brief's peers: apportionment and votelib
            loop = partial(_peer_loop, peer, scenario, votes)
            same = bool(np.array_equal(loop() + district, ours_seats))
            peer_s = median_seconds(loop, settings) * RUNS / peer_runs
            rows.append(row(name, ours_s, peer.name, peer_s, same_seats=same,
                            runs_per_s=RUNS / ours_s,
                            note=f"peer timed on {peer_runs:,} runs, extrapolated linearly"))
    return rows


def _print(rows: list[dict[str, Any]]) -> None:
    from bench.common import format_table

    print(format_table(rows))
    for r in rows:
        print(f"{r['case']}: ours {r['runs_per_s']:,.0f} runs/s; {r['peer']} "
              f"{RUNS / r['peer_s']:,.0f} runs/s ({r['note']}; same seats: {r['same_seats']})")


if __name__ == "__main__":
    _print(cases())
