"""The batch engines agree with ``core.rules.allocate`` run by run, on every linkage.

Each case draws runs with large national, regional and district errors (so that thresholds,
district winners, overhang and levelling all change from run to run), counts them with the
linkage's batch engine, and counts the same votes run by run through ``allocate``.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from core.io.scenario_file import load, presets, templates
from core.io.scenario_reader import read_scenario
from core.rules.allocate import allocate
from core.rules.linkages import LINKAGES
from core.simulate.draws import Draws, Model
from core.simulate.engines import ENGINES
from core.simulate.engines.common import Context
from core.simulate.engines.exact import ExactEngine
from core.simulate.montecarlo import simulate_scenario, why_not_vectorised

EVERYONE = math.inf  # every candidate a contender: no noise drawn lazily, runs comparable


def synthetic(seed: int, *, linkage: str = "parallel", overhang: str | None = None,
              method: str = "dhondt", regions: int = 0, threshold: float = 5,
              by_seats: int = 0, one_person: bool = False, lot: bool = False,
              list_seats: int = 20, districts: int = 12) -> dict:
    """A small random scenario: 5 parties (a strong regional one), districts with 2-5
    candidates (some self-nominated, one sitting with a party), list votes."""
    rnd = random.Random(seed)
    parties = [{"id": f"p{i}", "name": f"Party {i}", "votes": rnd.randint(2_000, 60_000)}
               for i in range(5)]
    if one_person:
        parties.append({"id": "solo", "name": "Solo", "votes": 9_000, "independent": True})
    ids = [p["id"] for p in parties]
    region_ids = [f"r{k}" for k in range(max(regions, 1))]
    rows = []
    for d in range(districts):
        cands = [{"name": f"c{d}-{j}", "party": pid, "votes": rnd.randint(100, 9_000)}
                 for j, pid in enumerate(rnd.sample(ids[:5], rnd.randint(2, 4)))]
        if d % 5 == 0:
            cands.append({"name": f"ind{d}", "party": None, "votes": rnd.randint(100, 8_000),
                          "affiliation": "p1" if d % 10 == 0 else None})
        rows.append({"id": f"d{d}", "name": f"D{d}", "candidates": cands,
                     "region": region_ids[d % len(region_ids)] if regions else None})
    tier = {"seats": list_seats, "method": method, "tie_break": "lot" if lot else
            "registration_order", "threshold": {"percent": threshold,
                                                "or_district_seats": by_seats}}
    if regions:
        split = [rnd.random() + 0.2 for _ in region_ids]
        tier["constituencies"] = [
            {"id": r, "name": r.upper(), "seats": list_seats // regions + (k < list_seats %
                                                                           regions),
             "votes": {p["id"]: int(p["votes"] * w / sum(split)) for p in parties}}
            for k, (r, w) in enumerate(zip(region_ids, split, strict=True))]
    return {"format": "seatcalc-scenario", "version": 1, "title": f"synthetic {seed}",
            "parties": parties, "list_tier": tier,
            "district_tier": {"seats": districts, "districts": rows},
            "mixed": {"type": linkage, "overhang": overhang}}


def assert_engine_matches_allocate(scenario, model: Model, runs: int = 200, seed: int = 3):
    reference = allocate(scenario)
    ctx = Context(scenario, reference, Draws(scenario, model, seed))
    votes = ctx.draws.chunk(runs)
    fast = ENGINES[scenario.mixed_type](ctx).outcomes(votes)
    slow = ExactEngine(ctx).outcomes(votes)
    for name in ("seats", "seats_with_affiliated", "qualified", "house"):
        assert np.array_equal(getattr(fast, name), getattr(slow, name)), name
    if slow.district_winner is not None:
        assert np.array_equal(fast.district_winner, slow.district_winner)
    if slow.constituency_seats is not None:
        assert np.array_equal(fast.constituency_seats, slow.constituency_seats)
    return fast


NOISY = Model(sd=6, regional_sd=3, district_sd=5, contender_sds=EVERYONE)


@pytest.mark.parametrize("case", [
    {"linkage": "parallel"},
    {"linkage": "parallel", "method": "hare", "by_seats": 2},
    {"linkage": "parallel", "regions": 3, "method": "sainte-lague"},
    {"linkage": "parallel", "one_person": True, "method": "hare"},
    {"linkage": "parallel", "lot": True, "list_seats": 0},
    {"linkage": "compensatory", "overhang": "keep", "method": "sainte-lague"},
    {"linkage": "compensatory", "overhang": "level", "method": "sainte-lague"},
    {"linkage": "compensatory", "overhang": "level", "method": "hare"},
    {"linkage": "compensatory", "overhang": "drop_uncovered", "by_seats": 3},
    {"linkage": "compensatory", "overhang": "keep", "one_person": True},
    {"linkage": "additional_member", "regions": 3},
    {"linkage": "additional_member", "regions": 2, "one_person": True, "threshold": 0},
    {"linkage": "additional_member"},
])
@pytest.mark.parametrize("seed", [1, 2])
def test_batch_engines_equal_allocate_run_by_run(case, seed):
    scenario = read_scenario(synthetic(seed, **case))
    fast = assert_engine_matches_allocate(scenario, NOISY, seed=seed)
    assert len(set(fast.seats[0].tolist())) > 1  # the runs do differ


@pytest.mark.parametrize("swing", ["uniform", "proportional", "regional"])
@pytest.mark.parametrize("error", ["points", "logit"])
def test_every_swing_and_error_model_counts_exactly(swing, error):
    scenario = read_scenario(synthetic(5, linkage="parallel", regions=2))
    assert_engine_matches_allocate(scenario, Model(swing=swing, error=error, sd=5,
                                                   regional_sd=2, district_sd=4,
                                                   contender_sds=EVERYONE))


def test_poll_error_counts_exactly():
    scenario = read_scenario(synthetic(6, linkage="compensatory", overhang="keep"))
    target = {"p0": 30, "p1": 25, "p2": 20}
    assert_engine_matches_allocate(scenario, Model(error="poll", sample_size=800,
                                                   target=target, district_sd=3,
                                                   contender_sds=EVERYONE))


def test_every_linkage_with_a_batch_flag_has_an_engine():
    for linkage in LINKAGES.values():
        assert linkage.batch_simulation == (linkage.id in ENGINES), linkage.id


TEMPLATES = [name for name, _ in templates()]
PRESETS = [name for name, _ in presets()]
VECTORISED = [t for t in TEMPLATES if why_not_vectorised(load(f"template:{t}")) is None]


@pytest.mark.parametrize("name", [f"template:{t}" for t in TEMPLATES]
                         + [f"preset:{p}" for p in PRESETS])
def test_zero_error_reproduces_every_template_and_preset(name):
    scenario = load(name)
    result = simulate_scenario(scenario, 60 if why_not_vectorised(scenario) is None else 3,
                               model=Model(sd=0))
    reference = allocate(scenario)
    for row, party in zip(result.parties, reference.parties, strict=True):
        assert (row.seats_mean, row.seats_p05, row.seats_p95) == (party.seats,) * 3
        assert row.p_qualify == (1.0 if party.qualified else 0.0)


@pytest.mark.parametrize("name", [f"template:{t}" for t in VECTORISED])
def test_templates_with_errors_equal_allocate(name):
    assert_engine_matches_allocate(load(name), Model(sd=3, district_sd=2), runs=60)
