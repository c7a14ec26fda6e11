"""What one seat costs in votes, place by place, worked out from the count rather than by
recounting (``core.analysis.closeness`` verifies what it reports).

Districts (plurality): a candidate of the party takes a district when its votes pass the
winner's (equal votes: the candidate listed first wins, a lot draws nothing here: under a lot
the figure is one vote more, so that the change does not hang on the draw); the party's winner
loses it when its votes fall below the best rival's. Moving votes to the national runner-up
closes a district's gap by two votes a vote, until a third candidate overtakes first.

Constituencies (a divisor method, the quotients compared exactly): the party gains a seat
when its next quotient ``v/d(k)`` passes the weakest quotient that won a seat (its own
aside), and loses one when its last winning quotient falls below the best that did not win;
the threshold and the other constituencies fixed. Additional member regions count the
district seats won there first (``k`` includes them).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from core.model.scenario import Candidate, Constituency, Scenario
from core.rules.count import list_rule
from core.rules.methods import DIVISOR, DivisorRule, divisor_rule, method
from core.rules.result import Result
from core.rules.thresholds import base_votes


@dataclass(frozen=True)
class SeatCost:
    """``votes`` gained (or lost) by the party in one place change its seats there by one."""

    votes: int
    place: str
    index: int  # the district's or constituency's index in the scenario


def _strict(result: Result) -> bool:
    """Whether ties in districts are drawn by lot (the figures then avoid ties)."""
    return result.scenario.list_tier.tie_break == "lot"


def _to_pass(mine: int, my_place: int, other: int, other_place: int, strict: bool) -> int:
    """Votes ``mine`` must gain to come before ``other`` (listing order breaks ties)."""
    return other - mine + (1 if strict or other_place < my_place else 0)


def _to_fall(mine: int, my_place: int, other: int, other_place: int, strict: bool) -> int:
    """Votes ``mine`` must lose to come after ``other``."""
    return mine - other + (1 if strict or my_place < other_place else 0)


def _best(cands: tuple[Candidate, ...], skip: set[int]) -> int | None:
    """The leading candidate outside ``skip`` (most votes, listed first)."""
    found = [i for i in range(len(cands)) if i not in skip]
    return min(found, key=lambda i: (-cands[i].votes, i), default=None)


def district_costs(result: Result, party_id: str,
                   rival: str | None = None) -> tuple[list[SeatCost], list[SeatCost],
                                                      list[SeatCost]]:
    """(gains, losses, losses to ``rival``) per district with candidate votes: the votes the
    party's best candidate needs to take a district it does not hold; the votes its winner can
    lose before the district falls; the votes moved from its winner to ``rival``'s candidate
    that make it fall. Districts where the party runs two candidates are left out."""
    districts = result.scenario.district_tier.districts
    strict = _strict(result)
    gains, losses, transfers = [], [], []
    for w in result.district_winners:
        if w.district_index is None or w.votes is None or w.candidate_index is None:
            continue
        d = districts[w.district_index]
        cands = d.candidates
        mine = [i for i, c in enumerate(cands) if c.party == party_id]
        if len(mine) != 1:
            continue
        me = mine[0]
        if w.candidate_index != me:
            cost = _to_pass(cands[me].votes, me, w.votes, w.candidate_index, strict)
            gains.append(SeatCost(max(cost, 1), d.name, w.district_index))
            continue
        second = _best(cands, {me})
        if second is None:
            continue  # unopposed: no loss of votes hands the seat to anyone
        cost = _to_fall(w.votes, me, cands[second].votes, second, strict)
        losses.append(SeatCost(cost, d.name, w.district_index))
        if rival is not None:
            transfers.append(SeatCost(_transfer(cands, me, rival, strict), d.name,
                                      w.district_index))
    return gains, losses, transfers


def _transfer(cands: tuple[Candidate, ...], me: int, rival: str, strict: bool) -> int:
    """Votes moved from candidate ``me`` (leading) to ``rival``'s best candidate (if it runs)
    before ``me`` is no longer first."""
    theirs = [i for i, c in enumerate(cands) if c.party == rival]
    other = _best(cands, {me, *theirs})
    mine = cands[me].votes
    best = _to_fall(mine, me, cands[other].votes, other, strict) if other is not None else None
    if theirs:
        r = min(theirs, key=lambda i: (-cands[i].votes, i))
        gap = _to_fall(mine, me, cands[r].votes, r, strict)  # votes to move if they vanished
        moved = -(-gap // 2)  # each vote moved counts twice
        best = moved if best is None else min(best, moved)
    return max(best if best is not None else mine + 1, 1)


def test_margins(percent: Fraction, inclusive: bool, votes: int,
                 base: int) -> tuple[int | None, int | None]:
    """(extra votes to pass, lost votes to fail) a threshold of ``percent`` on ``votes`` of
    ``base``, the party's own votes being part of the base (exact)."""
    slack = 100 * votes - percent * base  # < 0: short of the threshold
    passed = slack >= 0 if inclusive else slack > 0
    room = 100 - percent  # what each own vote adds to the left side, net of the base
    if room == 0:  # 100%: only a party alone in the base passes, whatever its votes
        return (0 if passed else None), None
    if not passed:
        return (math.ceil(-slack / room) if inclusive else math.floor(-slack / room) + 1,
                None)
    # Fails once (v−m)·100 < p·(B−m), i.e. m·room > slack (≥ when exactly-at fails).
    m = math.floor(slack / room) + 1 if inclusive else max(math.ceil(slack / room), 1)
    return 0, (m if m <= votes else None)


def analytic(scenario: Scenario) -> bool:
    """Whether constituency costs can be worked out: list constituencies counted with a
    linear divisor method and no minimum per party."""
    tier = scenario.list_tier
    return (tier.constituencies is not None and method(tier.method).kind == DIVISOR
            and not method(tier.method).geometric and not tier.min_seats)


def stands_in(scenario: Scenario, party_id: str) -> tuple[int, ...]:
    """The list constituencies (indices) where the party stands, i.e. has list votes (the CSU
    has no list in Bremen, so gains no seat there); every one if it has votes in none."""
    constituencies = scenario.list_tier.constituencies or ()
    return (tuple(i for i, c in enumerate(constituencies) if c.votes.get(party_id, 0) > 0)
            or tuple(range(len(constituencies))))


def constituency_costs(result: Result, party_id: str, rival: str | None = None
                       ) -> tuple[list[SeatCost], list[SeatCost], list[SeatCost]] | None:
    """(gains, losses, losses to ``rival``) per list constituency (or additional member
    region) where the party takes part; None when they cannot be worked out (``analytic``:
    the caller searches)."""
    s = result.scenario
    tier = s.list_tier
    if not analytic(s):
        return None
    rule = divisor_rule(tier.method, tier.first_divisor)
    rank = list_rule(s).priority
    single = {p.id for p in s.parties if p.one_person_list}  # one seat at most
    local = _local_tests(s, party_id)
    gains, losses, transfers = [], [], []
    standing = set(stands_in(s, party_id))
    for index, (c, counted) in enumerate(zip(tier.constituencies or (), result.constituencies,
                                             strict=True)):
        if (not c.seats or index not in standing
                or (party_id not in counted.qualified and local is None)):
            continue
        taking = (*counted.qualified, *(() if party_id in counted.qualified else (party_id,)))
        held = {p: counted.total(p) for p in taking}  # district seats first (AMS)
        won = {p: counted.seats.get(p, 0) for p in taking}
        votes = {p: c.votes.get(p, 0) for p in taking}
        gain = (None if party_id in single and held[party_id]
                else _divisor_gain(rule, rank, party_id, votes, held, won))
        to_pass, to_fail = local(c) if local is not None else (0, None)
        if gain is not None and to_pass is not None:
            gains.append(SeatCost(max(gain, to_pass), c.name, index))
        if won[party_id]:
            lose = _divisor_loss(rule, rank, party_id, votes, held, single)
            lose = min(x for x in (lose, to_fail) if x is not None) if (
                lose is not None or to_fail is not None) else None
            if lose is not None:
                losses.append(SeatCost(lose, c.name, index))
            moved = (None if rival is None or rival not in votes
                     else _divisor_transfer(rule, rank, party_id, rival, votes, held, single))
            if moved is not None:
                transfers.append(SeatCost(min(x for x in (moved, lose) if x is not None),
                                          c.name, index))
    return gains, losses, transfers


def _divisor_transfer(rule: DivisorRule, rank: Callable[[str], int], me: str, rival: str,
                      votes: dict[str, int], held: dict[str, int], single: set[str]
                      ) -> int | None:
    """Votes moved from ``me`` to ``rival`` before ``rival``'s next quotient passes ``me``'s
    last winning one: (L − t)/dL against (R + t)/dR, t = (L·dR − R·dL)/(dL + dR) at the
    level (ties by ``rank``). The rival's gain could come from a third party instead: the
    caller verifies."""
    if rival in single and held[rival]:
        return None
    d_me, d_rival = _divisor(rule, held[me] - 1), _divisor(rule, held[rival])
    level = (votes[me] * d_rival - votes[rival] * d_me) / (d_me + d_rival)
    on_level = level.denominator == 1 and rank(rival) < rank(me)  # the tie goes to rival
    t = int(level) if on_level else math.floor(level) + 1
    return t if 0 < t <= votes[me] else None


def _divisor(rule: DivisorRule, k: int) -> Fraction:
    return rule.first if k == 0 else Fraction(rule.step * k + rule.offset)


def _local_tests(s: Scenario, party_id: str
                 ) -> Callable[[Constituency], tuple[int | None, int | None]] | None:
    """Under a threshold tested in each constituency, the function giving a constituency's
    (votes to pass, votes to fail) for the party; None where the test does not bind it."""
    rule = s.list_tier.threshold
    p = s.party(party_id)
    percent = rule.percent_for(p.members)
    if rule.scope != "constituency" or not percent or p.threshold_exempt \
            or rule.or_district_seats or rule.min_lists:
        return None
    return lambda c: test_margins(percent, rule.inclusive, c.votes.get(party_id, 0),
                                  base_votes(rule, sum(c.votes.values()), c.against_all,
                                             c.invalid))


def _divisor_gain(rule: DivisorRule, rank: Callable[[str], int], me: str,
                  votes: dict[str, int], held: dict[str, int], won: dict[str, int]
                  ) -> int | None:
    """Votes ``me`` needs for its next quotient to pass the weakest winning one of another
    party (ties by ``rank``, lower first)."""
    weakest = None
    for p, n in won.items():
        if p == me or not n or not votes[p]:
            continue
        q = rule.exact_key(votes[p], held[p] - 1)
        if weakest is None or (q, -rank(p)) < (weakest[0], -rank(weakest[1])):
            weakest = (q, p)
    if weakest is None:
        return None
    q, p = weakest
    d = rule.first if held[me] == 0 else Fraction(rule.step * held[me] + rule.offset)
    need = q * d  # me's votes at which its next quotient equals q
    if not isinstance(need, Fraction):
        return None  # a first divisor of 0: an infinite quotient, not passed by votes
    v = need.numerator // need.denominator
    if v < need or rank(me) > rank(p):  # below, or level and behind in the tie order
        v += 1
    return max(v - votes[me], 1)


def _divisor_loss(rule: DivisorRule, rank: Callable[[str], int], me: str,
                  votes: dict[str, int], held: dict[str, int], single: set[str]) -> int | None:
    """Votes ``me`` can lose before its last winning quotient falls behind the best quotient
    that won nothing (a one-person list holding its seat has none left)."""
    best = None
    for p in votes:
        if p == me or not votes[p] or (p in single and held[p]):
            continue
        q = rule.exact_key(votes[p], held[p])
        if best is None or (q, -rank(p)) > (best[0], -rank(best[1])):
            best = (q, p)
    if best is None:
        return None
    q, p = best
    k = held[me] - 1
    d = rule.first if k == 0 else Fraction(rule.step * k + rule.offset)
    edge = q * d  # me's votes at which its last quotient equals q
    if not isinstance(edge, Fraction):
        return None  # a first divisor of 0: an infinite quotient, not passed by votes
    keep = edge.numerator // edge.denominator  # the most votes that do not pass the edge
    if keep == edge and rank(me) < rank(p):  # level: me keeps the seat on the tie order
        keep -= 1
    return max(votes[me] - keep, 1)
