"""``allocate(scenario, previous)`` keeps the winners of districts an edit left alone and
counts the rest (numpy for many at once): always the result of a full count."""

from __future__ import annotations

import random

import pytest

from core.io.scenario_reader import read_scenario
from core.model.edits import add_district, remove_districts, set_candidate
from core.rules.allocate import allocate


def _scenario(seed: int, districts: int = 120, lot: bool = False):
    rnd = random.Random(seed)
    rows = [{"id": f"d{d}", "name": f"D{d}", "candidates": [
        {"name": f"c{d}-{j}", "party": rnd.choice(["a", "b", "c", None]),
         "votes": rnd.choice([rnd.randint(0, 50), 25])} for j in range(rnd.randint(1, 5))]}
        for d in range(districts)]
    return read_scenario({"format": "seatcalc-scenario", "version": 1,
                          "parties": [{"id": p, "votes": 10} for p in "abc"],
                          "list_tier": {"seats": 5, "method": "dhondt", "seed": 3,
                                        "tie_break": "lot" if lot else "registration_order"},
                          "district_tier": {"seats": districts + 1, "districts": rows}})


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("lot", [False, True])
def test_incremental_counts_equal_full_counts(seed, lot):
    rnd = random.Random(seed)
    s = _scenario(seed, lot=lot)
    result = allocate(s)
    assert result == allocate(s, result)
    for _ in range(25):
        d = rnd.randrange(len(s.district_tier.districts))
        j = rnd.randrange(len(s.district_tier.districts[d].candidates))
        kind = rnd.random()
        if kind < 0.7:
            s2 = set_candidate(s, d, j, votes=rnd.choice([0, 25, rnd.randint(0, 60)]))
        elif kind < 0.85:
            s2 = remove_districts(s, [d])  # every later district moves up one place
        else:
            s2 = add_district(s)
        again = allocate(s2, result)
        full = allocate(s2)
        assert again.district_winners == full.district_winners
        assert again.ties == full.ties
        assert again.parties == full.parties
        s, result = s2, again


def test_many_districts_are_counted_together_with_ties_reported():
    s = _scenario(9, districts=300)
    full = allocate(s)
    assert any(t.candidates for t in full.ties)  # tied districts go the one-by-one way
    assert [w.district_index for w in full.district_winners] == list(range(300))
