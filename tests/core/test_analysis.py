"""Explain, how close (every figure verified by recomputing), compare and what-if."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from fractions import Fraction

import pytest

from core.analysis import closeness, compare, explain, whatif
from core.io.scenario_file import load
from core.io.scenario_reader import read_scenario
from core.model.scenario import Scenario
from core.rules.allocate import allocate
from core.rules.methods import METHODS, apportion
from core.rules.thresholds import threshold_base
from core.text.render import render


@pytest.fixture(scope="module")
def kz2023() -> Scenario:
    return load("preset:kz-2023")


def _with_method(scenario: Scenario, method: str, **tier) -> Scenario:
    return replace(scenario, list_tier=replace(scenario.list_tier, method=method, **tier))


def _scenario(votes, seats, method, percent=0, against_all=0, districts=()) -> Scenario:
    return read_scenario({
        "format": "seatcalc-scenario", "version": 1, "title": "t",
        "parties": [{"id": f"p{i}", "votes": v} for i, v in enumerate(votes)],
        "other_votes": {"against_all": against_all},
        "list_tier": {"seats": seats, "method": method,
                      "threshold": {"percent": percent, "base": "valid"}},
        "district_tier": {"seats": len(districts), "districts": list(districts)},
    })


# ------------------------------------------------------------------------------- explain


def test_explain_kz2023_hare_quota_and_remainders(kz2023):
    e = explain.explain(allocate(kz2023))
    assert e.kind == "quota"
    assert e.qualifying_votes == 5_971_719  # the six parties at or above 5%
    assert e.quota == Fraction(5_971_719, 69)
    assert (e.whole_seats, e.remainder_seats) == (67, 2)
    extra = {line.party_id: line for line in e.quota_lines if line.remainder_seat}
    assert set(extra) == {"osdp", "amanat"}  # remainders .825 and .649 of a quota
    assert extra["osdp"].remainder / e.quota == Fraction(331_058 * 69 - 3 * 5_971_719,
                                                         5_971_719)
    assert round(float(extra["amanat"].remainder / e.quota), 3) == 0.649
    baytaq = e.thresholds[-1]
    assert (baytaq.base, baytaq.passed) == (6_366_441, False)  # party votes + against all
    assert baytaq.share == Fraction(146_431, 6_366_441)


def test_explain_dhondt_seat_by_seat(kz2023):
    result = allocate(_with_method(kz2023, "dhondt"))
    e = explain.explain(result)
    assert len(e.steps) == 69
    assert [s.seat for s in e.steps] == list(range(1, 70))
    assert all(a.key >= b.key for a, b in zip(e.steps, e.steps[1:], strict=False))
    assert max(r.key for r in e.runners_up) < e.steps[-1].key
    for p in result.parties:
        assert sum(s.party_id == p.id for s in e.steps) == p.list_seats
    first = e.steps[0]
    assert (first.party_id, first.divisor, first.quotient) == ("amanat", 1, 3_431_510)
    last = e.steps[-1]
    assert last.quotient == Fraction(last.votes, last.k + 1)
    assert last.quotient_float == pytest.approx(float(last.quotient))


def test_explain_huntington_hill_marks_irrational_and_infinite_quotients():
    e = explain.explain(allocate(_scenario([50, 30, 20], 6, "huntington-hill")))
    firsts = [s for s in e.steps if s.k == 0]
    assert len(firsts) == 3
    assert all(s.key == math.inf and s.quotient is None for s in firsts)
    later = [s for s in e.steps if s.k > 0]
    assert all(s.divisor is None and s.key == Fraction(s.votes**2, s.k * (s.k + 1))
               for s in later)


def test_explain_flags_an_exact_tie_at_the_cut_off():
    e = explain.explain(allocate(_scenario([10, 10], 1, "dhondt")))
    assert e.steps[0].tie
    assert e.runners_up[0].tie
    assert e.steps[0].party_id == "p0"  # registered earlier
    assert e.ties


# ----------------------------------------------------------------------------- how close


def _seats(scenario: Scenario, party_id: str, votes: int) -> int:
    return allocate(scenario.with_votes({party_id: votes})).party(party_id).seats


def _qualified(scenario: Scenario, party_id: str, votes: int) -> bool:
    return allocate(scenario.with_votes({party_id: votes})).party(party_id).qualified


def _check_closeness(scenario: Scenario) -> None:
    """Each figure changes the outcome; one vote fewer does not. (A gain can be more than
    one seat: passing the threshold, or pushing another party under it.)"""
    result = allocate(scenario)
    for c in closeness.how_close(result).parties:
        v, pid = c.votes, c.party_id
        if c.votes_to_gain_seat is not None:
            assert _seats(scenario, pid, v + c.votes_to_gain_seat) > c.seats
            assert _seats(scenario, pid, v + c.votes_to_gain_seat - 1) == c.seats
        if c.votes_to_lose_seat is not None:
            assert _seats(scenario, pid, v - c.votes_to_lose_seat) < c.seats
            assert _seats(scenario, pid, v - c.can_lose) == c.seats
        else:
            assert _seats(scenario, pid, 0) == c.seats
        if c.votes_to_pass_threshold:
            assert _qualified(scenario, pid, v + c.votes_to_pass_threshold)
            assert not _qualified(scenario, pid, v + c.votes_to_pass_threshold - 1)
        if c.votes_to_fail_threshold is not None:
            assert not _qualified(scenario, pid, v - c.votes_to_fail_threshold)
            assert _qualified(scenario, pid, v - c.votes_to_fail_threshold + 1)


@pytest.mark.parametrize("method", ["hare", "dhondt", "sainte-lague", "droop",
                                    "huntington-hill"])
def test_how_close_kz2023_figures_are_verified(kz2023, method):
    _check_closeness(_with_method(kz2023, method))


def test_how_close_kz2023_known_figures(kz2023):
    close = {c.party_id: c for c in closeness.how_close(allocate(kz2023)).parties}
    baytaq = close["baytaq"]
    # 5% of (6,366,441 + e) <= 146,431 + e  <=>  e >= (318,322.05 - 146,431) / 0.95
    assert baytaq.votes_to_pass_threshold == math.ceil(
        (Fraction(5, 100) * 6_366_441 - 146_431) / Fraction(95, 100))
    assert close["osdp"].votes_to_pass_threshold == 0
    assert close["osdp"].votes_to_fail_threshold is not None


def test_majority_margins_kz2023_are_verified(kz2023):
    result = allocate(kz2023)
    simple, two_thirds = closeness.how_close(result).majorities
    assert (simple.party_id, simple.seats, simple.needed, simple.holds) == ("amanat", 63, 50,
                                                                            True)
    v = kz2023.party("amanat").votes
    r_votes = kz2023.party(simple.runner_up).votes

    def seats(changes):
        r = allocate(kz2023.with_votes(changes))
        return r.party("amanat").seats_with_affiliated, r.majority

    def holds(changes, kind="simple"):
        got, m = seats(changes)
        return got >= (m.simple if kind == "simple" else m.two_thirds)

    n = simple.votes_to_lose
    assert not holds({"amanat": v - n})
    assert holds({"amanat": v - n + 1})
    n = simple.votes_to_lose_to_runner_up
    assert n < simple.votes_to_lose  # a transfer counts twice
    assert not holds({"amanat": v - n, simple.runner_up: r_votes + n})
    assert holds({"amanat": v - n + 1, simple.runner_up: r_votes + n - 1})
    assert not two_thirds.holds
    assert two_thirds.needed == 66
    n = two_thirds.votes_to_win
    assert holds({"amanat": v + n}, "two_thirds")
    assert not holds({"amanat": v + n - 1}, "two_thirds")


@pytest.mark.parametrize("method", list(METHODS))
def test_how_close_is_the_smallest_change_on_small_elections(method):
    """Brute force on small vote counts: no smaller change works (divisor methods are
    monotone; for largest remainder the local scan catches the paradoxes met here)."""
    rnd = random.Random(method)
    for _ in range(6):
        votes = [rnd.randint(1, 60) for _ in range(rnd.randint(2, 5))]
        scenario = _scenario(votes, rnd.randint(1, 10), method, percent=rnd.choice([0, 10]),
                             against_all=rnd.randint(0, 10))
        try:
            result = allocate(scenario)
        except ValueError:
            continue
        for c in closeness.how_close(result).parties:
            for n in range(1, c.votes_to_gain_seat or 0):
                assert _seats(scenario, c.party_id, c.votes + n) <= c.seats
            for n in range(1, c.votes_to_lose_seat or 0):
                assert _seats(scenario, c.party_id, c.votes - n) >= c.seats


def test_smallest_change_search():
    assert closeness.smallest_change(lambda n: n >= 1_234_567, 10**9) == 1_234_567
    assert closeness.smallest_change(lambda n: n >= 1, 5) == 1
    assert closeness.smallest_change(lambda n: False, 1000) is None
    assert closeness.smallest_change(lambda n: True, 0) is None
    # Not monotone: True at 7..9 and from 40 on; the local scan finds 7 below 40.
    assert closeness.smallest_change(lambda n: 7 <= n <= 9 or n >= 40, 100, window=40) == 7


# ------------------------------------------------------------------------------- compare


def _hare(votes: list[int], seats: int) -> list[int]:
    """An independent Hamilton count for the test (no ties in the data used)."""
    total = sum(votes)
    whole = [v * seats // total for v in votes]
    order = sorted(range(len(votes)), key=lambda i: -(votes[i] * seats - whole[i] * total))
    for i in order[: seats - sum(whole)]:
        whole[i] += 1
    return whole


def test_kz2023_votes_under_the_pre_2022_rules(kz2023):
    rules = load("preset:kz-2021")
    moved = compare.apply_rules(kz2023, rules)
    result = allocate(moved)
    assert result.seats_total == 107  # 98 by list + 9 appointed by the Assembly
    assert moved.against_all == kz2023.against_all  # the votes stay this election's
    qualified = [p for p in result.parties if p.qualified]
    # 7% of the party votes (6,118,150) is 428,270.5: QHP (432,920) passes, OSDP does not.
    assert [p.id for p in qualified] == ["amanat", "auyl", "respublica", "akzhol", "qhp"]
    assert [p.seats for p in qualified] == _hare([p.votes for p in qualified], 98)
    table = compare.compare_rules(kz2023, [("pre-2022", rules)])
    assert [render(o.label) for o in table.outcomes] == ["As held", "pre-2022"]
    assert table.outcomes[0].seats == tuple(p.seats for p in allocate(kz2023).parties)
    assert table.outcomes[1].house == 107


def test_apply_rules_refuses_district_results_it_cannot_carry(kz2023):
    rules = replace(kz2023, district_tier=replace(kz2023.district_tier, seats=40))
    with pytest.raises(ValueError, match="district results cannot be carried over"):
        compare.apply_rules(kz2023, rules)


def test_compare_methods_side_by_side(kz2023):
    table = compare.compare_methods(kz2023)
    assert [o.method_id for o in table.outcomes] == list(METHODS)
    qualified = [p.votes for p in kz2023.parties][:6]
    for o in table.outcomes:
        assert sum(o.seats) + 7 == 98  # list + district seats; 7 self-nominated winners
        list_seats = [s - (22 if i == 0 else 0) for i, s in enumerate(o.seats)]
        assert list_seats[:6] == list(apportion(o.method_id, qualified, 69).seats)
        assert o.indices.gallagher > 0
    dhondt = next(o for o in table.outcomes if o.method_id == "dhondt")
    assert dhondt.seats[0] == 63  # D'Hondt gives Amanat one list seat more than Hare


# ------------------------------------------------------------------------------- what-if


def test_shift_votes_moves_points_of_the_base_and_keeps_totals(kz2023):
    base = threshold_base(kz2023)
    moved = whatif.shift_votes(kz2023, "amanat", "baytaq", 3)
    assert moved.party("baytaq").votes - kz2023.party("baytaq").votes == round(base * 3 / 100)
    assert sum(p.votes for p in moved.parties) == sum(p.votes for p in kz2023.parties)
    back = whatif.shift_votes(moved, "amanat", "baytaq", -3)
    assert back.parties == kz2023.parties
    assert kz2023.party("baytaq").votes == 146_431  # the original is untouched
    capped = whatif.shift_votes(kz2023, "baytaq", "amanat", 50)
    assert capped.party("baytaq").votes == 0
    assert allocate(moved).party("baytaq").qualified  # 2.3% + 3 points passes 5%


def test_uniform_swing_moves_district_votes_too():
    districts = [{"id": "d1", "candidates": [{"name": "A", "party": "p0", "votes": 510},
                                             {"name": "B", "party": "p1", "votes": 490}]}]
    scenario = _scenario([600, 400], 10, "hare", districts=districts)
    assert allocate(scenario).party("p0").district_seats == 1
    swung = whatif.swing_move(scenario, "p0", "p1", 2)
    assert [c.votes for c in swung.district_tier.districts[0].candidates] == [490, 510]
    assert allocate(swung).party("p1").district_seats == 1
    assert swung.party("p1").votes == 420
    # Proportional: p0's share of the list vote, 60%, becomes 58%: its candidate keeps 58/60
    # of 510 (493); p1's 40% becomes 42%: 490 × 42/40 = 514.5, 514 (half to even).
    scaled = whatif.swing_move(scenario, "p0", "p1", 2, "proportional")
    assert [c.votes for c in scaled.district_tier.districts[0].candidates] == [493, 514]


def test_turnout_and_against_all(kz2023):
    doubled = whatif.change_turnout(kz2023, 2)
    assert doubled.party("amanat").votes == 2 * 3_431_510
    assert (doubled.against_all, doubled.invalid) == (2 * 248_291, 2 * 155_419)
    assert [p.seats for p in allocate(doubled).parties] == \
        [p.seats for p in allocate(kz2023).parties]
    only = whatif.change_turnout(kz2023, Fraction(1, 2), parties=["amanat"])
    assert only.party("amanat").votes == 1_715_755
    assert only.against_all == 248_291
    # OSDP has 331,058 of 6,366,441 (5.2%); a million more against-all ballots sink it.
    assert not allocate(whatif.set_against_all(kz2023, 1_000_000)).party("osdp").qualified
    with pytest.raises(ValueError, match="zero or more"):
        whatif.set_against_all(kz2023, -1)
