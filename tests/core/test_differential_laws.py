"""Differential tests of the issue-14 rules against votelib 0.4.0 (test-only), on random inputs
from seeded generators: list lengths (votelib's ``max_seats`` of a highest-averages count)
coalition thresholds by number of members (votelib's ``CoalitionMemberBracketer``),
biproportional apportionment (votelib's ``BiproportionalEvaluator``, tie-and-transfer: an
algorithm other than ours, alternating scaling), and Czechia's regions with a second scrutiny
(votelib's chain of its Czech 2021 example, with the law's rounded quotas).

votelib has no majority bonus, opposition minimum, surplus agreement, second-vote coverage or
constituency alternative to a threshold; those are checked against official results and hand
examples in tests/core/test_laws.py and tests/core/test_regional_laws.py.
"""

from __future__ import annotations

import decimal
import random
from fractions import Fraction

import pytest
import votelib.evaluate.core as vcore
from votelib.candidate import Coalition, PoliticalParty
from votelib.convert import MergedDistributions
from votelib.evaluate.core import Tie
from votelib.evaluate.proportional import (
    BiproportionalEvaluator,
    HighestAverages,
    LargestRemainder,
    QuotaDistributor,
)
from votelib.evaluate.threshold import CoalitionMemberBracketer, RelativeThreshold

from core.io import scenario_file
from core.io.scenario_reader import read_scenario
from core.message import msg
from core.model.scenario import Party, Threshold
from core.rules.allocate import allocate
from core.rules.methods import AllocationError
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


def test_biproportional_agrees_with_votelib() -> None:
    rng = random.Random("seatcalc-biproportional")
    peer = BiproportionalEvaluator("sainte_lague")
    agreed = refused = 0
    while agreed < 200:
        lists = [f"p{j}" for j in range(rng.randint(2, 5))]
        districts = [f"d{i}" for i in range(rng.randint(2, 5))]
        votes = {d: {p: rng.randint(1, 10**4) for p in lists} for d in districts}
        seats = {d: rng.randint(1, 12) for d in districts}
        data = {"format": "seatcalc-scenario", "version": 1,
                "parties": [{"id": p, "votes": 0} for p in lists],
                "list_tier": {"seats": 0, "method": "sainte-lague", "tie_break": "lot",
                              "constituencies": [{"id": d, "seats": seats[d], "votes": votes[d]}
                                                 for d in districts]},
                "mixed": {"type": "biproportional"}}
        try:
            ours = allocate(read_scenario(data))
        except AllocationError:  # an exact tie at a half seat: a lot in law
            refused += 1
            assert refused < 20
            continue
        if ours.ties:
            continue
        theirs = peer.evaluate(votes, seats)
        assert {c.id: {p: n for p, n in c.seats.items() if n} for c in ours.constituencies} \
            == {d: {p: n for p, n in theirs[d].items() if n} for d in districts}, (votes, seats)
        agreed += 1


def _rounded(votes: int, seats: int) -> int:
    """votes ÷ seats rounded to a whole vote, halves up (Act 247/1995 §§ 48, 50, 51)."""
    return (2 * votes + seats) // (2 * seats)


def _czech_2021(seats: int) -> vcore.PostConverted:
    """votelib's evaluator of its Czech 2021 example (docs/examples/cz_psp_2021.ipynb), with
    the quotas the law rounds: the republic mandate number, the regional Imperiali number
    and, in the second scrutiny, the remainders ÷ (seats left + 1)."""
    regional = QuotaDistributor(lambda v, s: _rounded(v, s + 2), on_overaward="subtract")
    second = vcore.RemovedApportionment(vcore.ByParty(
        LargestRemainder(lambda v, s: _rounded(v, s + 1))))
    two_stages = vcore.UnusedVotesDistributor([vcore.ByConstituency(regional), second],
                                              quota_functions=[regional.quota_function],
                                              depth=2)
    return vcore.PostConverted(vcore.FixedSeatCount(vcore.PreApportioned(
        evaluator=vcore.Conditioned(evaluator=two_stages, eliminator=RelativeThreshold(
            decimal.Decimal(".05"), accept_equal=True), depth=2),
        apportioner=LargestRemainder(_rounded)), seats), MergedDistributions())


def test_the_second_scrutiny_agrees_with_votelib() -> None:
    rng = random.Random("seatcalc-second-scrutiny")
    agreed = skipped = 0
    while agreed < 300:
        lists = [f"p{j}" for j in range(rng.randint(2, 6))]
        votes = {f"r{i}": {p: rng.randint(0, 20_000) for p in lists}
                 for i in range(rng.randint(2, 6))}
        seats = rng.randint(10, 60)
        data = {"format": "seatcalc-scenario", "version": 1,
                "parties": [{"id": p, "votes": sum(v[p] for v in votes.values())}
                            for p in lists],
                "list_tier": {"seats": seats, "method": "imperiali-quota",
                              "threshold": {"percent": 5, "base": "parties"},
                              "constituencies": [
                                  {"id": r, "seats": seats if r == "r0" else 0, "votes": v}
                                  for r, v in votes.items()]},
                "mixed": {"type": "second_scrutiny"}}
        ours = allocate(read_scenario(data))
        # votelib 0.4.0's QuotaDistributor gives a list nothing when its whole quotas alone
        # exceed the region's seats (it subtracts all of them, not the excess): left out.
        alone_over = any(c.quota and any(v // c.quota > c.seats_total
                                         for v in votes[c.id].values())
                         for c in ours.constituencies)
        if alone_over or ours.ties:
            skipped += 1
            assert skipped < 200
            continue
        theirs = _czech_2021(seats).evaluate({r: dict(v) for r, v in votes.items()})
        if any(isinstance(k, Tie) for k in theirs):
            continue
        assert {p.id: p.seats for p in ours.parties if p.seats} == {
            p: n for p, n in theirs.items() if n}, (seats, votes)
        agreed += 1


def test_votelib_reproduces_czechia_2021_from_the_template() -> None:
    s = scenario_file.load("template:cz-2021")
    votes = {c.name: dict(c.votes) for c in s.list_tier.constituencies}
    # votelib's flat 5% admits the same four lists: SPOLU and Piráti+STAN pass their
    # coalition thresholds (11%, 8%) too.
    assert {p.id for p in allocate(s).parties if p.qualified} == {
        "ano", "spolu", "pirati-stan", "spd"}
    theirs = _czech_2021(200).evaluate(votes)
    assert {p: n for p, n in theirs.items() if n} == {
        "ano": 72, "spolu": 71, "pirati-stan": 37, "spd": 20}
