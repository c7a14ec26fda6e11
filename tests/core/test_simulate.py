"""Batch allocation (exactly equal to ``methods.apportion``) and the Monte Carlo simulation."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import numpy as np
import pytest

from core.io.scenario_file import load
from core.io.scenario_reader import read_scenario
from core.io.simulation_output import simulation_dict
from core.model.scenario import Scenario
from core.rules.allocate import allocate
from core.rules.methods import METHODS, AllocationError, apportion
from core.simulate.batch import allocate_batch
from core.simulate.draws import Draws, Model
from core.simulate.engines import ENGINES
from core.simulate.engines.common import Context
from core.simulate.engines.exact import ExactEngine
from core.simulate.montecarlo import SimulationCancelled, simulate_scenario

RUNS_PER_SAMPLE = 500


def _samples(method_id: str, seed: int):
    """(votes, seats, first_divisor, min_seats) samples: tiny vote counts (many exact ties at
    the cut-off), everyday sizes and huge ones, with the method's options varied."""
    rng = np.random.default_rng(seed)
    divisor = METHODS[method_id].kind == "divisor"
    for n, high in enumerate((3, 6, 40, 1_000, 10**6, 10**9, 10**13, 25)):
        units = int(rng.integers(1, 9))
        seats = int(rng.integers(0, 60 if high > 40 else 12))
        first = None
        if divisor and method_id != "huntington-hill" and n % 3 == 2:
            first = Fraction(7, 5) if method_id == "sainte-lague" else Fraction(1, 2)
        minimum = 1 if divisor and n % 4 == 3 and seats >= units else 0
        yield rng.integers(0, high, (RUNS_PER_SAMPLE, units)), seats, first, minimum


@pytest.mark.parametrize("method_id", list(METHODS))
def test_batch_equals_single_allocation_on_every_run(method_id):
    """4,000 random runs per method; rows apportion refuses (no votes, tiny Droop totals)
    are left out, every other row must agree exactly, ties at the cut-off included."""
    compared = with_ties = 0
    for votes, seats, first, minimum in _samples(method_id, seed=len(method_id)):
        expected, kept = [], []
        for r, row in enumerate(votes.tolist()):
            try:
                a = apportion(method_id, row, seats, first_divisor=first, min_seats=minimum)
            except AllocationError:
                continue
            expected.append(a.seats)
            kept.append(r)
            with_ties += bool(a.ties)
        got = allocate_batch(method_id, votes[kept], seats, first_divisor=first,
                             min_seats=minimum)
        assert [tuple(row) for row in got.tolist()] == expected
        compared += len(kept)
    assert compared >= 3_000
    assert with_ties >= 50  # the exact tie resolution is exercised, not avoided


@pytest.mark.parametrize("method_id", ["dhondt", "huntington-hill", "hare", "droop"])
def test_huge_votes_switch_to_exact_python_integers(method_id):
    votes = np.random.default_rng(3).integers(1, 10**12, (200, 5)).astype(object) * 10**7
    got = allocate_batch(method_id, votes, 37)
    assert got.tolist() == [list(apportion(method_id, row, 37).seats) for row in votes.tolist()]


def test_inactive_units_are_left_out_entirely():
    """``active`` = the threshold: an inactive unit gets no seat and no minimum seat."""
    rng = np.random.default_rng(4)
    votes = rng.integers(1, 1000, (300, 5))
    active = rng.random((300, 5)) < 0.7
    active[:, 0] = True
    got = allocate_batch("adams", votes, 20, min_seats=1, active=active)
    for row, mask, seats in zip(votes.tolist(), active, got.tolist(), strict=True):
        kept = [v for v, a in zip(row, mask, strict=True) if a]
        expected = iter(apportion("adams", kept, 20, min_seats=1).seats)
        assert seats == [next(expected) if a else 0 for a in mask]


def test_batch_refuses_what_apportion_refuses():
    with pytest.raises(AllocationError, match="no votes"):
        allocate_batch("dhondt", np.array([[1, 2], [0, 0]]), 3)
    with pytest.raises(AllocationError, match="zero or more"):
        allocate_batch("hare", np.array([[1, -2]]), 3)
    with pytest.raises(AllocationError, match="2-D"):
        allocate_batch("hare", np.array([1, 2]), 3)
    with pytest.raises(AllocationError, match="minimum"):
        allocate_batch("hare", np.array([[1, 2]]), 3, min_seats=1)


# ------------------------------------------------------------------------------ Monte Carlo


@pytest.fixture(scope="module")
def kz2023() -> Scenario:
    return load("preset:kz-2023")


def _small_scenario(method: str, tie_break: str) -> Scenario:
    """Few votes, so that perturbed runs meet exact ties and the threshold edge often."""
    return read_scenario({
        "format": "seatcalc-scenario", "version": 1, "title": "small",
        "parties": [{"id": f"p{i}", "votes": v, "threshold_exempt": i == 4}
                    for i, v in enumerate((40, 30, 20, 8, 2))],
        "other_votes": {"against_all": 5},
        "list_tier": {"seats": 9, "method": method, "tie_break": tie_break, "seed": 3,
                      "threshold": {"percent": 10, "base": "valid"}},
    })


@pytest.mark.parametrize(("method", "tie_break"), [
    ("hare", "registration_order"), ("dhondt", "lot"), ("sainte-lague", "lot"),
    ("droop", "registration_order"), ("huntington-hill", "registration_order"),
])
def test_vectorised_runs_equal_allocate_run_by_run(method, tie_break):
    """The same perturbed votes through the batch engine and through core.rules.allocate, run by
    run: identical seats, qualification and house (threshold, exemption, tie order)."""
    fast, slow = _both_engines(_small_scenario(method, tie_break), 1_500, sd=8.0)
    assert np.array_equal(fast.seats, slow.seats)
    assert np.array_equal(fast.qualified, slow.qualified)
    assert np.array_equal(fast.house, slow.house)
    assert 0 < fast.qualified[3].mean() < 1  # the threshold edge is crossed both ways


def _both_engines(scenario: Scenario, runs: int, sd: float):
    ctx = Context(scenario, allocate(scenario), Draws(scenario, Model(sd=sd), 7))
    votes = ctx.draws.chunk(runs)
    return (ENGINES[scenario.mixed_type](ctx).outcomes(votes),
            ExactEngine(ctx).outcomes(votes))


def test_kz2023_batch_engine_equals_allocate(kz2023):
    fast, slow = _both_engines(kz2023, 1_000, sd=2.0)
    assert np.array_equal(fast.seats_with_affiliated, slow.seats_with_affiliated)


def test_perturbed_votes_keep_the_total_and_stay_whole(kz2023):
    votes = Draws(kz2023, Model(sd=3.0), 0).chunk(2_000).list_votes
    assert votes.shape == (7, 2_000)
    assert (votes.sum(axis=0) == sum(p.votes for p in kz2023.parties)).all()
    assert votes.min() >= 0


def test_zero_error_reproduces_the_allocation(kz2023):
    result = simulate_scenario(kz2023, 50, sd=0.0)
    for party, row in zip(allocate(kz2023).parties, result.parties, strict=True):
        assert (row.seats_mean, row.seats_p05, row.seats_p95) == (party.seats,) * 3
        assert row.histogram[party.seats] == 50
        assert row.p_qualify == (1.0 if party.qualified else 0.0)
    assert result.parties[0].p_majority == 1.0  # Amanat: 63 of 98 with the affiliated member
    assert result.parties[0].p_two_thirds == 0.0  # 66 needed


def test_same_seed_same_result_whatever_the_chunks(kz2023):
    a = simulate_scenario(kz2023, 3_000, seed=11)
    b = simulate_scenario(kz2023, 3_000, seed=11, chunk=700)
    c = simulate_scenario(kz2023, 3_000, seed=12)
    assert a == b
    assert a != c


def test_summary_is_consistent(kz2023):
    result = simulate_scenario(kz2023, 20_000, sd=2.0, seed=5)
    for p in result.parties:
        assert sum(p.histogram) == 20_000
        mean = sum(s * n for s, n in enumerate(p.histogram)) / 20_000
        assert p.seats_mean == pytest.approx(mean)
        assert p.seats_p05 <= p.seats_mean <= p.seats_p95
    baytaq = result.parties[-1]
    assert 0 < baytaq.p_qualify < 0.5  # 2.3% of the valid votes, 5% threshold
    assert result.p_any_majority == pytest.approx(max(p.p_majority for p in result.parties))
    alone = {c.parties: c for c in result.coalitions}
    assert alone[("amanat",)].p_majority == result.parties[0].p_majority
    # With Amanat holding a majority alone in every run, no coalition needs every member.
    assert all(len(c.parties) == 1 for c in result.coalitions if c.p_minimal)


def test_coalitions_count_runs_where_every_member_is_needed():
    scenario = read_scenario({
        "format": "seatcalc-scenario", "version": 1, "title": "three-way",
        "parties": [{"id": "a", "votes": 40}, {"id": "b", "votes": 35}, {"id": "c", "votes": 25}],
        "list_tier": {"seats": 100, "method": "hare"},
    })
    result = simulate_scenario(scenario, 4_000, sd=0.0)
    chances = {c.parties: (c.p_majority, c.p_minimal) for c in result.coalitions}
    # The three together also hold a majority, but never need every member: not listed.
    assert chances == {("a", "b"): (1.0, 1.0), ("a", "c"): (1.0, 1.0), ("b", "c"): (1.0, 1.0)}
    assert result.p_any_majority == 0.0


def test_progress_and_cancel(kz2023):
    seen = []
    simulate_scenario(kz2023, 2_500, progress=lambda done, total: seen.append((done, total)),
                      chunk=1_000)
    assert seen == [(1_000, 2_500), (2_000, 2_500), (2_500, 2_500)]
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(SimulationCancelled, match="after 2,000 of 5,000"):
        simulate_scenario(kz2023, 5_000, chunk=1_000, cancel=cancel)


@pytest.mark.parametrize(("runs", "sd", "message"), [
    (0, 2.0, "--runs must be a whole number from 1 to"),
    (10, -0.5, "--sd must be zero or more"),
    (10, float("nan"), "--sd must be zero or more"),
])
def test_bad_input_is_refused(kz2023, runs, sd, message):
    with pytest.raises(ValueError, match=message):
        simulate_scenario(kz2023, runs, sd)


def test_compensatory_systems_are_vectorised_with_no_cap(kz2023):
    compensatory = replace(kz2023, mixed_type="compensatory", overhang="keep")
    result = simulate_scenario(compensatory, 50_000, seed=2)
    assert not result.exact_path
    assert sum(result.parties[0].histogram) == 50_000


def test_json_has_the_contract_fields(kz2023):
    data = simulation_dict(simulate_scenario(kz2023, 100, seed=3))
    assert (data["runs"], data["seed"]) == (100, 3)
    assert [p["id"] for p in data["parties"]] == [p.id for p in kz2023.parties]
    for p in data["parties"]:
        assert {"id", "seats_mean", "seats_p05", "seats_p95", "p_qualify",
                "p_majority"} <= p.keys()
    assert 0.0 <= data["p_any_majority"] <= 1.0
