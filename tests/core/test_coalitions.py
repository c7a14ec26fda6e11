"""Coalitions (``core.analysis.coalitions``): minimal winning coalitions and the Banzhaf and
Shapley-Shubik indices, exact, checked against counting every coalition and every order of
arrival by brute force, against textbook games, and fast for 30 parties."""

import itertools
import random
import time
from dataclasses import replace
from fractions import Fraction
from math import factorial
from pathlib import Path

import pytest

from core.analysis.coalitions import (
    count_minimal_winning,
    minimal_winning,
    players,
    power,
    power_indices,
)
from core.io.scenario_file import load
from core.rules.allocate import allocate

THIRTY = Path(__file__).resolve().parents[1] / "data" / "thirty-parties.seats.json"


def brute_force(weights: list[int], quota: int) -> tuple[list[int], list[Fraction]]:
    """Swings by listing every coalition; Shapley-Shubik by every order of arrival."""
    n = len(weights)
    swings = [0] * n
    for mask in range(1 << n):
        seats = sum(w for i, w in enumerate(weights) if mask >> i & 1)
        for i, w in enumerate(weights):
            if not mask >> i & 1 and seats < quota <= seats + w:
                swings[i] += 1
    pivots = [0] * n
    for order in itertools.permutations(range(n)):
        seats = 0
        for i in order:
            seats += weights[i]
            if seats >= quota:
                pivots[i] += 1
                break
    return swings, [Fraction(p, factorial(n)) for p in pivots]


@pytest.mark.parametrize("seed", range(12))
def test_power_is_what_counting_every_coalition_and_order_gives(seed):
    rng = random.Random(seed)
    weights = [rng.randint(1, 30) for _ in range(rng.randint(1, 7))]
    quota = rng.randint(1, sum(weights))
    assert power_indices(weights, quota) == brute_force(weights, quota)


def test_textbook_games():
    # [51; 49, 48, 3]: any two of the three win; all three are equally powerful.
    swings, shapley = power_indices([49, 48, 3], 51)
    assert swings == [2, 2, 2]
    assert shapley == [Fraction(1, 3)] * 3
    # [6; 4, 3, 2, 1] (Felsenthal and Machover's example): Shapley-Shubik 5/12, 1/4, 1/4, 1/12.
    assert power_indices([4, 3, 2, 1], 6)[1] == [Fraction(5, 12), Fraction(1, 4),
                                                  Fraction(1, 4), Fraction(1, 12)]
    # A party with a majority alone is a dictator; the others have no power.
    assert power_indices([60, 30, 10], 51) == ([4, 0, 0], [Fraction(1), Fraction(0),
                                                           Fraction(0)])


def test_kz_2023_amanat_holds_every_swing():
    # Amanat (63 of 98 with its affiliated winner) has the majority of 50 alone.
    result = allocate(load("preset:kz-2023"))
    by_id = {p.player.id: p for p in power(result)}
    assert by_id["amanat"].player.seats == 63
    assert by_id["amanat"].banzhaf == 1 == by_id["amanat"].shapley_shubik
    assert all(p.banzhaf == 0 for i, p in by_id.items() if i != "amanat")
    assert sum(1 for p in players(result) if p.kind == "independent") == 6
    listed = minimal_winning(result)
    assert listed.total == 1
    assert [(tuple(m.id for m in c.members), c.independents) for c in listed.coalitions] == [
        (("amanat",), 0)]


def test_without_a_majority_the_coalitions_are_listed_and_counted():
    # kz-2023 with Amanat at 40 list seats only (no district seats): 40 + 29 others... here
    # the parties of a hung house of 98: 40, 8, 6, 6, 5, 4 and 6 independents + 1 affiliated.
    result = allocate(load("preset:kz-2023"))
    hung = replace(result, parties=tuple(
        replace(p, district_seats=0, affiliated_seats=0) if p.id == "amanat" else p
        for p in result.parties), independent_seats=29)
    assert hung.majority.simple == 50
    listed = minimal_winning(hung)
    seats = {p.id: p.seats_with_affiliated for p in hung.parties}
    for c in listed.coalitions:
        total = sum(seats[m.id] for m in c.members) + c.independents
        assert total >= 50
        assert c.seats == total
        for m in c.members:  # every member needed
            assert total - seats[m.id] < 50
        if c.independents:
            assert total - 1 < 50
    assert listed.total == len(listed.coalitions) == _brute_force_mwc(hung)
    assert listed.coalitions[0].members[0].id == "amanat"


def _brute_force_mwc(result) -> int:
    named = [p for p in players(result) if p.kind != "independent"]
    pool = sum(1 for p in players(result) if p.kind == "independent")
    quota = result.majority.simple
    count = 0
    for r in range(len(named) + 1):
        for members in itertools.combinations(named, r):
            seats = sum(m.seats for m in members)
            for k in range(pool + 1):
                if seats + k < quota:
                    continue
                if all(seats + k - m.seats < quota for m in members) and (
                        k == 0 or seats + k - 1 < quota) and (members or k):
                    count += 1
    return count


@pytest.mark.parametrize("seed", range(8))
def test_the_count_of_minimal_winning_coalitions_is_exact(seed):
    rng = random.Random(seed)
    named = sorted((rng.randint(1, 20) for _ in range(rng.randint(1, 8))), reverse=True)
    pool = rng.randint(0, 6)
    quota = rng.randint(1, sum(named) + pool)
    count = 0
    for r in range(len(named) + 1):
        for members in itertools.combinations(named, r):
            seats = sum(members)
            for k in range(pool + 1):
                total = seats + k
                if total >= quota and (members or k) and all(
                        total - m < quota for m in members) and (k == 0 or total - 1 < quota):
                    count += 1
    assert count_minimal_winning(named, pool, quota) == count


def test_thirty_parties_in_milliseconds():
    result = allocate(load(str(THIRTY)))
    start = time.perf_counter()
    indices = power(result)
    listed = minimal_winning(result)
    elapsed = time.perf_counter() - start
    assert len(indices) == 30
    assert sum(p.banzhaf for p in indices) == 1
    assert sum(p.shapley_shubik for p in indices) == 1
    largest = indices[0]
    assert largest.shapley_shubik > indices[-1].shapley_shubik > 0
    assert listed.total > len(listed.coalitions) == 500  # more than listed, counted exactly
    assert elapsed < 2.0  # brute force would list 2^30 coalitions
