"""Benchmark: the Monte Carlo simulation (``montecarlo.simulate_scenario``, end to end: draws,
swing, every seat counted exactly, every statistic and coalition count).

Run from the project root: ``.venv/bin/python -m bench --only "Monte Carlo"`` (or ``python -m
bench.bench_simulate``, which also prints runs per second).

Cases:

* a national list, Kazakhstan 2023 (7 parties, 69 seats), D'Hondt and Hare, 100,000 runs;
  peers (apportionment 1.0, votelib 0.4.0, as set up in ``bench.bench_alloc``) loop over the
  same perturbed votes: threshold in Python, one peer allocation per run, a seat tally;
* constituencies: a synthetic parliament of 52 D'Hondt constituencies (``bench.synthetic``:
  350 seats, ten parties), national error 2 points and constituency error 2 points; the peer
  loop allocates every constituency of every run with the peer;
* first past the post, UK 2024 (650 districts, 4,515 candidates; ``bench.uk_2024``), national
  error 2 points and district error 3 points: no peer simulates districts; and its peak
  memory at 1,000,000 runs, measured in a child process (its maximum resident set).

A peer is timed on a few thousand runs and extrapolated linearly (a loop: the cost per run
does not depend on the run count); the row's ``note`` says so. Before timing, the peer's seats
are compared with ours on those runs (``same_seats``). Times are medians of repeated runs,
ours and the peer's interleaved (``bench.common``): the machine is shared.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from functools import partial
from typing import Any

import numpy as np

from bench.bench_alloc import Peer, peers
from bench.common import median_seconds, paired_medians, row, timing
from bench.synthetic import synthetic_constituencies
from bench.uk_2024 import available, load_uk_2024
from core.io.scenario_file import load
from core.io.scenario_reader import read_scenario
from core.model.scenario import Scenario
from core.rules.allocate import allocate
from core.simulate.draws import Draws, Model
from core.simulate.engines import ENGINES
from core.simulate.engines.common import Context, Thresholds
from core.simulate.montecarlo import simulate_scenario

RUNS = 100_000
PEER_RUNS = 2_000
PEER_RUNS_QUICK = 200
METHODS = (("dhondt", "D'Hondt"), ("hare", "Hare"))
CONSTITUENCY_RUNS = 20_000
FPTP_RUNS = 100_000
MEMORY_RUNS = 1_000_000
UK_MODEL = Model(sd=2, district_sd=3)
CONSTITUENCY_MODEL = Model(sd=2, district_sd=2)


def _scenario(method_id: str) -> Scenario:
    kz = load("preset:kz-2023")
    return replace(kz, list_tier=replace(kz.list_tier, method=method_id))


def _outcomes(scenario: Scenario, model: Model, runs: int):
    """Our runs and their seats (engine outcomes), from one seed."""
    ctx = Context(scenario, allocate(scenario), Draws(scenario, model, 1))
    votes = ctx.draws.chunk(runs)
    return votes, ENGINES[scenario.mixed_type](ctx).outcomes(votes)


def _peer_loop(peer: Peer, scenario: Scenario, votes: np.ndarray) -> np.ndarray:
    """The peer's Monte Carlo: per run the threshold, one allocation, the seat tally."""
    need = int(Thresholds.of(scenario).national_min[0, 0])
    seats = scenario.list_tier.seats
    method_id = scenario.list_tier.method
    out = np.zeros(votes.shape, dtype=np.int64)
    for r, run in enumerate(votes.T.tolist()):
        qualified = [i for i, v in enumerate(run) if v >= need]
        call, to_seats = peer.prepare(method_id, [run[i] for i in qualified], seats)
        for i, s in zip(qualified, to_seats(call()), strict=True):
            out[i, r] = s
    return out


def _constituency_loop(peer: Peer, scenario: Scenario, votes: np.ndarray) -> np.ndarray:
    """The peer's loop over runs and constituencies (C, P, runs): the 3% test in each
    constituency, one allocation each; seats summed per party."""
    tier = scenario.list_tier
    percent = tier.threshold.percent
    out = np.zeros(votes.shape[1:], dtype=np.int64)
    for r in range(votes.shape[2]):
        for c, constituency in enumerate(tier.constituencies):
            run = votes[c, :, r].tolist()
            total = sum(run)
            qualified = [i for i, v in enumerate(run) if v > 0 and 100 * v >= percent * total]
            call, to_seats = peer.prepare("dhondt", [run[i] for i in qualified],
                                          constituency.seats)
            for i, s in zip(qualified, to_seats(call()), strict=True):
                out[i, r] += s
    return out


def _list_cases(quick: bool) -> list[dict[str, Any]]:
    settings = timing(quick)
    available_peers, _ = peers()
    peer_runs = PEER_RUNS_QUICK if quick else PEER_RUNS
    rows = []
    for method_id, label in METHODS:
        scenario = _scenario(method_id)
        name = f"Monte Carlo {RUNS:,} runs, 7 parties/69 seats, {label}"
        votes, ours = _outcomes(scenario, Model(sd=2.0), peer_runs)
        district = np.array([p.district_seats for p in allocate(scenario).parties])[:, None]
        for peer in available_peers:
            if peer.name.startswith("poli-sci-kit"):
                continue  # the brief's peers: apportionment and votelib
            loop = partial(_peer_loop, peer, scenario, votes.list_votes)
            same = bool(np.array_equal(loop() + district, ours.seats))
            ours_s, peer_s = paired_medians(
                [partial(simulate_scenario, scenario, RUNS, 2.0, 1), loop], settings)
            peer_s *= RUNS / peer_runs
            rows.append(row(name, ours_s, peer.name, peer_s, same_seats=same,
                            runs_per_s=RUNS / ours_s,
                            note=f"peer timed on {peer_runs:,} runs, extrapolated linearly"))
    return rows


def _constituency_cases(quick: bool) -> list[dict[str, Any]]:
    settings = timing(quick)
    scenario = read_scenario(synthetic_constituencies())
    runs = CONSTITUENCY_RUNS // (10 if quick else 1)
    peer_runs = 20 if quick else 200
    votes, ours = _outcomes(scenario, CONSTITUENCY_MODEL, peer_runs)
    name = f"Monte Carlo {runs:,} runs, 52 constituencies/350 seats, D'Hondt"
    run = partial(simulate_scenario, scenario, runs, model=CONSTITUENCY_MODEL, seed=1)
    rows = []
    for peer in peers()[0]:
        if not peer.name.startswith("apportionment"):
            continue
        loop = partial(_constituency_loop, peer, scenario, votes.constituency_votes)
        same = bool(np.array_equal(loop(), ours.seats))
        ours_s, peer_s = paired_medians([run, loop], settings)
        rows.append(row(name, ours_s, peer.name, peer_s * runs / peer_runs, same_seats=same,
                        runs_per_s=runs / ours_s,
                        note=f"peer timed on {peer_runs:,} runs, extrapolated linearly"))
    return rows or [row(name, (s := median_seconds(run, settings)), runs_per_s=runs / s)]


def _fptp_cases(quick: bool) -> list[dict[str, Any]]:
    if not available():
        return []
    scenario = load_uk_2024()
    runs = FPTP_RUNS // (10 if quick else 1)
    name = (f"Monte Carlo {runs:,} runs, first past the post, UK 2024 "
            "(650 districts, 4,515 candidates), district noise")
    seconds = median_seconds(partial(simulate_scenario, scenario, runs, model=UK_MODEL,
                                     seed=1), timing(quick))
    rows = [row(name, seconds, runs_per_s=runs / seconds,
                note="national sd 2 points, district sd 3 points; no peer simulates districts")]
    memory_runs = MEMORY_RUNS // (10 if quick else 1)
    peak = peak_memory(memory_runs)
    rows.append(row(f"peak memory, {memory_runs:,} runs, UK 2024 with district noise",
                    peak["seconds"], runs_per_s=memory_runs / peak["seconds"],
                    peak_mb=peak["peak_mb"], note="a child process: its maximum resident set"))
    return rows


def peak_memory(runs: int) -> dict[str, float]:
    """Seconds and peak resident memory (MB) of one UK 2024 simulation of ``runs`` runs, in a
    child process started for it (the interpreter and the scenario included)."""
    code = (
        "import json, resource, time\n"
        "from bench.uk_2024 import load_uk_2024\n"
        "from bench.bench_simulate import UK_MODEL\n"
        "from core.simulate.montecarlo import simulate_scenario\n"
        "s = load_uk_2024()\n"
        "t = time.perf_counter()\n"
        f"simulate_scenario(s, {runs}, model=UK_MODEL, seed=1)\n"
        "print(json.dumps({'seconds': time.perf_counter() - t, 'peak_mb': "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def cases(quick: bool = False) -> list[dict[str, Any]]:
    """The list, constituency and first-past-the-post cases (see the module)."""
    return _list_cases(quick) + _constituency_cases(quick) + _fptp_cases(quick)


def _print(rows: list[dict[str, Any]]) -> None:
    from bench.common import format_table

    print(format_table(rows))
    for r in rows:
        extra = f"; peak {r['peak_mb']:.0f} MB" if "peak_mb" in r else ""
        peer = "" if r["peer"] is None else f"; {r['peer']} {r['ratio']:.1f}x slower"
        print(f"{r['case']}: ours {r['runs_per_s']:,.0f} runs/s{peer}{extra}")


if __name__ == "__main__":
    _print(cases("--quick" in sys.argv))
