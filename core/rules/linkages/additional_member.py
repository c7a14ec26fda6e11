"""Additional member (Scotland, Wales): each region's list seats by the divisor sequence, the
district seats won in the region counted first (Scotland Act 1998, s. 7-8: the regional figure
is votes / (seats already held + 1)). Without list constituencies the country is one region.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.model.scenario import Constituency, Scenario
from core.rules.adjustments import refuse_adjustments
from core.rules.count import Count, list_rule, refuse_list_lengths
from core.rules.linkage import Linkage, register
from core.rules.linkages.parallel import named
from core.rules.methods import (
    DIVISOR,
    AllocationError,
    Apportionment,
    DivisorRule,
    divisor_rule,
    method,
    method_term,
)
from core.rules.result import ConstituencyResult, DistrictWinner
from core.rules.share import ListRule, SeatAward, TieReport
from core.rules.thresholds import qualified_in, summarise_tests


def allocate_additional_member(count: Count) -> None:
    """Scotland, Wales: each region's list seats by the divisor sequence, the district seats
    won in the region counted first. Without constituencies the country is one region."""
    s = count.scenario
    refuse_list_lengths(s)
    refuse_adjustments(s, "mixed.type additional_member")
    rule = list_rule(s)
    regions = s.list_tier.constituencies
    if regions is None:
        regions = (Constituency("", "national", s.list_tier.seats, dict(count.votes)),)
    by_region = _winners_by_region(count, regions)
    qualified_somewhere: Counter[str] = Counter()
    totals = dict.fromkeys(count.votes, 0)
    for c in regions:
        qualified = qualified_in(s, c, count.qualified, count.won)
        qualified_somewhere.update(qualified)
        held = Counter(w.party for w in by_region[c.id] if w.party is not None)
        with named(c):
            region = additional_member(rule, {p: c.votes.get(p, 0) for p in qualified}, held,
                                       c.seats, msg("tier.region", name=c.name))
        count.ties.extend(region.ties)
        seats = dict.fromkeys(count.votes, 0) | region.seats
        for p, n in seats.items():
            totals[p] += n
        if s.list_tier.constituencies is not None:
            count.constituencies.append(ConstituencyResult(
                c.id, c.name, c.seats, seats, tuple(qualified), None,
                {p: held[p] for p in count.votes if held[p]}, region.awards,
                region.next_in_line))
    count.list_seats = totals
    count.apportionment = Apportionment(
        tuple(totals[p] for p in count.votes if qualified_somewhere[p]))
    if s.list_tier.threshold.scope == "constituency" and s.list_tier.constituencies:
        count.tests = summarise_tests(count.tests, qualified_somewhere, len(regions))


def _winners_by_region(count: Count, regions: tuple[Constituency, ...]
                       ) -> dict[str, list[DistrictWinner]]:
    """District winners grouped by their region (a constituency id of the list tier)."""
    out: dict[str, list[DistrictWinner]] = {c.id: [] for c in regions}
    national = count.scenario.list_tier.constituencies is None
    for w in count.winners:
        key = "" if national else w.region
        if key not in out:
            raise AllocationError(QT_TRANSLATE_NOOP(
                "refusal", "region {region} is not a constituency of the list tier (known: "
                "{known}); the additional member system counts each district seat in its "
                "region"), where=f"district {w.district!r}", region=repr(w.region),
                known=", ".join(out))
        out[key].append(w)
    return out


@dataclass(frozen=True)
class RegionShare:
    """The list seats of one region, seat by seat, and the first quotient left without one."""

    seats: dict[str, int]
    awards: tuple[SeatAward, ...]
    next_in_line: SeatAward | None
    ties: tuple[TieReport, ...]


def additional_member(rule: ListRule, votes: Mapping[str, int], held: Mapping[str, int],
                      seats: int, tier: Message) -> RegionShare:
    """Share a region's ``seats`` list seats by the divisor sequence, counting ``held``.

    Each seat goes to the largest votes/d(k), k = district seats won in the region + list
    seats won so far (D'Hondt: d(k) = k + 1). A one-person list drops out once it holds a seat.
    Quotients are compared exactly; equal quotients for more seats than remain are a tie.
    """
    if method(rule.method).kind != DIVISOR:
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "the additional member system needs a divisor method, not {method}"),
            method=method_term(rule.method))
    divisors = divisor_rule(rule.method, rule.first_divisor)
    won = dict.fromkeys(votes, 0)

    def count(p: str) -> int:
        return held.get(p, 0) + won[p]

    def running() -> dict[str, Fraction | float]:
        return {p: divisors.exact_key(v, count(p)) for p, v in votes.items()
                if v and not (p in rule.independents and count(p) >= 1)}

    awards: list[SeatAward] = []
    ties: list[TieReport] = []
    while len(awards) < seats:
        keys = running()
        if not keys:
            raise AllocationError(QT_TRANSLATE_NOOP(
                "refusal", "a region has no list votes to share its {seats} seats by"),
                seats=seats)
        best = max(keys.values())
        level = sorted((p for p, k in keys.items() if k == best), key=rule.priority)
        left = seats - len(awards)
        if len(level) > left:
            ties.append(TieReport(tier, left, tuple(sorted(level, key=list(votes).index)),
                                  tuple(level[:left]), rule.tie_break))
        for p in level[:left]:
            awards.append(SeatAward(len(awards) + 1, p, count(p), _shown(divisors, votes[p],
                                                                         count(p))))
            won[p] += 1
    keys = running()
    nxt = max(keys, key=lambda p: (keys[p], -rule.priority(p)), default=None)
    next_in_line = (None if nxt is None else
                    SeatAward(seats + 1, nxt, count(nxt), _shown(divisors, votes[nxt], count(nxt))))
    return RegionShare(won, tuple(awards), next_in_line, tuple(ties))


def _shown(divisors: DivisorRule, votes: int, k: int) -> Fraction | float:
    """votes/d(k) for reports: exact for linear divisors, a float for Huntington-Hill."""
    return divisors.quotient(votes, k) if divisors.geometric else divisors.exact_key(votes, k)


def describe(scenario: Scenario) -> Term:
    """How this scenario's tiers are linked, in a sentence."""
    return Term("linkage", QT_TRANSLATE_NOOP(
        "linkage", "Additional member: each region's list seats by the divisor sequence, the "
                   "district seats won in the region counted first."))


register(Linkage("additional_member", allocate_additional_member,
                 QT_TRANSLATE_NOOP("linkage", "Additional member (Scotland, Wales)"), describe,
                 batch_simulation=True))
