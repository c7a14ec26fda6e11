"""Differential tests of the issue-14 rules against votelib 0.4.0 (test-only), on random inputs
from seeded generators: list lengths (votelib's ``max_seats`` of a highest-averages count)
and coalition thresholds by number of members (votelib's ``CoalitionMemberBracketer``).

votelib has no majority bonus, opposition minimum or surplus agreement; those are checked
against official results and hand examples in tests/core/test_laws.py.
"""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from votelib.candidate import Coalition, PoliticalParty
from votelib.evaluate.core import Tie
from votelib.evaluate.proportional import HighestAverages
from votelib.evaluate.threshold import CoalitionMemberBracketer, RelativeThreshold

from core.message import msg
from core.model.scenario import Party, Threshold
from core.rules.share import ListRule
from core.rules.thresholds import threshold_test

CASES = 1000


@pytest.mark.parametrize(("method", "divisor"), [("dhondt", "d_hondt"),
                                                 ("sainte-lague", "sainte_lague")])
def test_list_lengths_agree_with_votelib_max_seats(method: str, divisor: str) -> None:
    rng = random.Random(f"seatcalc-list-lengths-{method}")
    peer = HighestAverages(divisor)
    agreed = ties = 0
    while agreed < CASES:
        n = rng.randint(2, 8)
        votes = {f"p{i}": rng.randint(1, 10**5) for i in range(n)}
        seats = rng.randint(1, 40)
        lengths = {p: rng.randint(0, 8) for p in votes if rng.random() < 0.5}
        ours = ListRule(method, lengths=lengths).share(votes, seats, msg("tier.list"))
        if all(lengths.get(p) == 0 for p in votes):  # votelib 0.4.0 fails on no quotient
            assert (set(ours.seats.values()), ours.unfilled) == ({0}, seats)
            continue
        theirs = peer.evaluate(dict(votes), seats, prev_gains={}, max_seats=dict(lengths))
        if ours.ties or any(isinstance(k, Tie) for k in theirs):
            ties += 1
            assert ties < CASES // 20
            continue
        assert {p: theirs.get(p, 0) for p in votes} == ours.seats, (votes, seats, lengths)
        assert ours.unfilled == seats - sum(theirs.values())
        agreed += 1


def test_coalition_thresholds_agree_with_votelib() -> None:
    rng = random.Random("seatcalc-coalition-thresholds")
    peer = CoalitionMemberBracketer(
        {1: RelativeThreshold(Fraction(5, 100)), 2: RelativeThreshold(Fraction(8, 100))},
        default=RelativeThreshold(Fraction(11, 100)))
    rule = Threshold(Fraction(5), "parties", alliances=((2, Fraction(8)), (3, Fraction(11))))
    checked = 0
    while checked < CASES:
        n = rng.randint(2, 9)
        members = [rng.choice((1, 1, 1, 2, 3, 4)) for _ in range(n)]
        votes = [rng.randint(0, 10**5) for _ in range(n)]
        base = sum(votes)
        if not base or any(100 * v * 100 in (5 * base * 100, 8 * base * 100, 11 * base * 100)
                           for v in votes):
            continue  # exactly at a threshold: votelib 0.4.0 compares votes, not shares
        units = [Coalition([PoliticalParty(f"p{i}-{j}") for j in range(m)], name=f"u{i}")
                 if m > 1 else PoliticalParty(f"u{i}") for i, m in enumerate(members)]
        theirs = {u.name for u in peer.evaluate(dict(zip(units, votes, strict=True)))}
        ours = {f"u{i}" for i, (v, m) in enumerate(zip(votes, members, strict=True))
                if threshold_test(rule, Party(f"u{i}", f"u{i}", v, "#000000", i, members=m),
                                  v, base, 0).passed}
        assert ours == theirs, (votes, members)
        checked += 1
