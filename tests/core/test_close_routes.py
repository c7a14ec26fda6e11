"""The fast routes of "how close" give the figures the search by recounting gives: for list
constituencies (divisor methods, thresholds national or per constituency) and for first past
the post, on random elections."""

from __future__ import annotations

import random

import pytest

from core.analysis import close_routes, closeness
from core.io.scenario_reader import read_scenario
from core.rules.allocate import allocate


def _constituencies(seed: int, method: str, scope: str) -> dict:
    rnd = random.Random(seed)
    parties = [f"p{i}" for i in range(5)]
    regions = [{"id": f"c{k}", "name": f"C{k}", "seats": rnd.randint(1, 7),
                "votes": {p: rnd.randint(0, 3000) for p in parties}} for k in range(6)]
    return {"format": "seatcalc-scenario", "version": 1,
            "parties": [{"id": p, "votes": 0} for p in parties],
            "list_tier": {"seats": 0, "method": method, "constituencies": regions,
                          "threshold": {"percent": 5, "base": "parties", "scope": scope}}}


def _searched(result, monkeypatch):
    """How close by the search of before: no analytic route."""
    with monkeypatch.context() as m:
        m.setattr(closeness, "analytic_places", lambda r: False)
        m.setattr(close_routes, "_candidates", lambda r, p, g: [])
        m.setattr(close_routes, "district_costs", lambda *a: ([], [], []))
        m.setattr(close_routes, "constituency_costs", lambda *a: None)
        return closeness.how_close(result)


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("method", ["dhondt", "sainte-lague"])
@pytest.mark.parametrize("scope", ["national", "constituency"])
def test_constituency_costs_equal_the_search(seed, method, scope, monkeypatch):
    result = allocate(read_scenario(_constituencies(seed, method, scope)))
    fast = closeness.how_close(result)
    slow = _searched(result, monkeypatch)
    for f, s in zip(fast.parties, slow.parties, strict=True):
        assert (f.votes_to_gain_seat, f.votes_to_lose_seat) == (
            s.votes_to_gain_seat, s.votes_to_lose_seat), f.party_id
        assert (f.votes_to_pass_threshold, f.votes_to_fail_threshold) == (
            s.votes_to_pass_threshold, s.votes_to_fail_threshold), f.party_id


def _fptp(seed: int) -> dict:
    rnd = random.Random(seed)
    rows = [{"id": f"d{d}", "name": f"D{d}", "candidates": [
        {"name": f"c{d}{p}", "party": p, "votes": rnd.randint(0, 500)}
        for p in rnd.sample(["a", "b", "c", "d"], rnd.randint(2, 4))]} for d in range(9)]
    return {"format": "seatcalc-scenario", "version": 1,
            "parties": [{"id": p, "votes": 0} for p in "abcd"],
            "list_tier": {"seats": 0, "method": "dhondt"},
            "district_tier": {"seats": 9, "districts": rows}}


@pytest.mark.parametrize("seed", range(8))
def test_district_costs_are_the_fewest_votes_in_any_district(seed):
    """Brute force: in each district, add (or take) votes one at a time to the party's
    candidate until its seats change; the figure is the least over districts."""
    s = read_scenario(_fptp(seed))
    result = allocate(s)
    fast = closeness.how_close(result)
    for party in fast.parties:
        seats = result.party(party.party_id).seats
        gains, losses = [], []
        for i, d in enumerate(s.district_tier.districts):
            if not any(c.party == party.party_id for c in d.candidates):
                continue
            for sign, out in ((1, gains), (-1, losses)):
                own = next(c.votes for c in d.candidates if c.party == party.party_id)
                for n in range(1, 1100):
                    if sign < 0 and n > own:
                        break
                    moved = close_routes.district_moved(s, i, party.party_id, sign * n)
                    now = allocate(moved).party(party.party_id).seats
                    if (now > seats) if sign > 0 else (now < seats):
                        out.append(n)
                        break
        assert party.votes_to_gain_seat == min(gains, default=None), party.party_id
        assert party.votes_to_lose_seat == min(losses, default=None), party.party_id
