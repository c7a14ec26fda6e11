"""allocate(scenario) -> Result: districts, thresholds, the list tier, linkage, indices.

The order follows the laws: district winners first (a party may qualify through them), then
the threshold on its stated base, then the list seats among qualifying parties only (quotas on
qualifying votes only), then the linkage of the tiers (``core.rules.system``): parallel (tiers
independent, the list tier nationwide or by constituency), compensatory (MMP: list seats top
up the district seats to a proportional house) or additional member (per region).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction

from core.model.scenario import (
    THRESHOLD_BASES,
    THRESHOLD_SCOPES,
    Constituency,
    Party,
    Scenario,
    Threshold,
)
from core.rules import metrics
from core.rules.methods import METHODS, AllocationError, Apportionment
from core.rules.system import ListRule, SeatAward, TieReport, additional_member, compensate

__all__ = [
    "ConstituencyResult", "DistrictWinner", "Majority", "PartyResult", "Result", "SeatAward",
    "ThresholdTest", "TieReport", "allocate", "describe_linkage", "describe_method",
    "describe_threshold", "list_rule", "national_votes", "threshold_base", "tie_priority",
]


@dataclass(frozen=True)
class ThresholdTest:
    """One party's threshold decision, with the exact numerator and denominator."""

    party_id: str
    votes: int
    base: int
    share: Fraction
    passed: bool
    reason: str


@dataclass(frozen=True)
class DistrictWinner:
    """A district seat: who won it, for whom; ``margin`` is None for declared totals.

    ``share`` is the winner's share of the district's candidate votes (None for declared
    totals): the order in which uncovered winners lose their seats (Germany since 2025).
    """

    district: str
    candidate: str
    party: str | None
    affiliation: str | None
    votes: int | None
    margin: int | None
    region: str | None = None
    share: Fraction | None = None
    # Where the winner comes from: the index of the district in ``district_tier.districts``
    # and of the candidate in it (None for declared totals). Tables mark winners by these.
    district_index: int | None = None
    candidate_index: int | None = None


@dataclass(frozen=True)
class PartyResult:
    """One party's seats. ``district_seats`` counts the district winners who take their seats;
    compensatory systems add the ``entitlement`` (proportional total), the ``overhang_seats``
    (district seats beyond the entitlement at the house's legal size), the ``levelling_seats``
    (seats added by levelling the house) and the ``unseated`` winners (``drop_uncovered``)."""

    id: str
    name: str
    color: str
    votes: int
    vote_share: Fraction
    qualified: bool
    list_seats: int
    district_seats: int
    affiliated_seats: int
    entitlement: int | None = None
    overhang_seats: int = 0
    levelling_seats: int = 0
    unseated: int = 0

    @property
    def seats(self) -> int:
        """Seats won by the party's own nominees (list + district)."""
        return self.list_seats + self.district_seats

    @property
    def seats_with_affiliated(self) -> int:
        """Seats including self-nominated district winners who sit with the party."""
        return self.seats + self.affiliated_seats

    @property
    def districts_won(self) -> int:
        """District contests won by the party's nominees, seated or not."""
        return self.district_seats + self.unseated


@dataclass(frozen=True)
class ConstituencyResult:
    """The list seats of one constituency (a region, under the additional member system).

    ``seats`` has every party of the scenario, in scenario order, 0 included;
    ``district_seats`` the district seats won inside a region (additional member system only,
    else empty). ``awards`` records the region's divisor sequence seat by seat and
    ``next_in_line`` the first quotient left without a seat (the margin of the last seat).
    """

    id: str
    name: str
    seats_total: int
    seats: dict[str, int]
    qualified: tuple[str, ...]
    quota: Fraction | None = None
    district_seats: dict[str, int] = field(default_factory=dict)
    awards: tuple[SeatAward, ...] = ()
    next_in_line: SeatAward | None = None

    def total(self, party_id: str) -> int:
        """List plus district seats of a party in this constituency."""
        return self.seats.get(party_id, 0) + self.district_seats.get(party_id, 0)


@dataclass(frozen=True)
class Majority:
    """Majority thresholds of the house and who, if anyone, reaches them alone."""

    house: int
    simple: int
    two_thirds: int
    largest: str | None
    largest_seats: int

    @property
    def has_simple(self) -> bool:
        return self.largest_seats >= self.simple

    @property
    def has_two_thirds(self) -> bool:
        return self.largest_seats >= self.two_thirds


@dataclass(frozen=True)
class Result:
    """Everything a report or the window shows about one allocation.

    ``list_apportionment`` is the proportional count among qualifying parties (in scenario
    order): the list tier's (summed over constituencies) or, in a compensatory system, the
    entitlement over the whole house at its final size (``proportional_seats`` seats).
    ``unseated`` lists the district winners not seated (``drop_uncovered``).
    """

    scenario: Scenario
    parties: tuple[PartyResult, ...]
    thresholds: tuple[ThresholdTest, ...]
    threshold_base: int
    list_apportionment: Apportionment
    district_winners: tuple[DistrictWinner, ...]
    independent_seats: int
    appointed_seats: int
    ties: tuple[TieReport, ...]
    warnings: tuple[str, ...]
    constituencies: tuple[ConstituencyResult, ...] = ()
    unseated: tuple[DistrictWinner, ...] = ()
    proportional_seats: int | None = None

    @property
    def seats_total(self) -> int:
        """The house as elected and appointed (after any overhang)."""
        return (sum(p.seats for p in self.parties) + self.independent_seats
                + self.appointed_seats)

    @property
    def house_base(self) -> int:
        """The house's legal size: list + district + appointed seats, before any overhang."""
        return self.scenario.house_size

    @property
    def overhang_seats(self) -> int:
        """District seats beyond the parties' entitlements (kept, levelled or counted)."""
        return sum(p.overhang_seats for p in self.parties)

    @property
    def levelling_seats(self) -> int:
        """Seats added so that the overhang parties' rivals stay proportional."""
        return sum(p.levelling_seats for p in self.parties)

    @property
    def majority(self) -> Majority:
        largest = max(self.parties, key=lambda p: p.seats_with_affiliated, default=None)
        seats = largest.seats_with_affiliated if largest else 0
        house = self.seats_total
        return Majority(house, metrics.simple_majority(house), metrics.two_thirds_majority(house),
                        largest.id if largest and seats else None, seats)

    @property
    def indices(self) -> metrics.Indices:
        return metrics.indices([p.votes for p in self.parties], [p.seats for p in self.parties],
                               self.independent_seats)

    def party(self, party_id: str) -> PartyResult:
        return next(p for p in self.parties if p.id == party_id)


def national_votes(scenario: Scenario) -> dict[str, int]:
    """Each party's national list votes: ``parties[].votes``, or with constituencies the sum
    of its constituency votes (which then decides; see ``allocate``'s warning)."""
    tier = scenario.list_tier
    if tier.constituencies is None:
        return {p.id: p.votes for p in scenario.parties}
    return {p.id: sum(c.votes.get(p.id, 0) for c in tier.constituencies)
            for p in scenario.parties}


def threshold_base(scenario: Scenario) -> int:
    """The denominator of the national threshold test under the scenario's ``base`` rule."""
    party_votes = sum(national_votes(scenario).values())
    return _base(scenario.list_tier.threshold, party_votes, scenario.against_all,
                 scenario.invalid)


def _base(rule: Threshold, party_votes: int, against_all: int, invalid: int) -> int:
    return {
        "parties": party_votes,
        "valid": party_votes + against_all,
        "cast": party_votes + against_all + invalid,
    }[rule.base]


def tie_priority(scenario: Scenario) -> list[int]:
    """Rank of each party for ties under the scenario's rule (lower wins)."""
    parties = scenario.parties
    rule = scenario.list_tier.tie_break
    if rule == "more_votes":
        order = sorted(range(len(parties)),
                       key=lambda i: (-parties[i].votes, parties[i].registration_order))
    elif rule == "registration_order":
        order = sorted(range(len(parties)), key=lambda i: parties[i].registration_order)
    else:
        order = random.Random(scenario.list_tier.seed).sample(range(len(parties)), len(parties))
    rank = [0] * len(parties)
    for position, i in enumerate(order):
        rank[i] = position
    return rank


def list_rule(scenario: Scenario) -> ListRule:
    """The list tier's sharing rule: method, first divisor, minimum, tie order, one-person
    lists."""
    tier = scenario.list_tier
    rank = dict(zip((p.id for p in scenario.parties), tie_priority(scenario), strict=True))
    return ListRule(tier.method, tier.first_divisor, tier.min_seats, tier.tie_break, rank,
                    frozenset(p.id for p in scenario.parties if p.independent))


@dataclass
class _Count:
    """What allocate gathers before it builds the Result (mutable, private)."""

    scenario: Scenario
    winners: list[DistrictWinner]
    won: Counter
    votes: dict[str, int]
    tests: tuple[ThresholdTest, ...]
    ties: list[TieReport]
    warnings: list[str]
    list_seats: dict[str, int] = field(default_factory=dict)
    seated: dict[str, int] | None = None
    entitlement: dict[str, int] | None = None
    overhang: dict[str, int] = field(default_factory=dict)
    levelling: dict[str, int] = field(default_factory=dict)
    unseated: list[DistrictWinner] = field(default_factory=list)
    constituencies: list[ConstituencyResult] = field(default_factory=list)
    apportionment: Apportionment = Apportionment(())
    proportional_seats: int | None = None

    @property
    def qualified(self) -> list[str]:
        return [t.party_id for t in self.tests if t.passed]


def allocate(scenario: Scenario) -> Result:
    """Allocate every seat of ``scenario``; raises ``AllocationError`` if impossible."""
    ties: list[TieReport] = []
    warnings: list[str] = []
    winners = _district_winners(scenario, ties)
    won = Counter(w.party for w in winners if w.party is not None)
    affiliated = Counter(w.affiliation for w in winners
                         if w.party is None and w.affiliation is not None)
    votes = national_votes(scenario)
    _warn_vote_sums(scenario, votes, warnings)
    base = threshold_base(scenario)
    tests = tuple(_threshold_test(scenario.list_tier.threshold, p, votes[p.id], base, won[p.id])
                  for p in scenario.parties)
    count = _Count(scenario, winners, won, votes, tests, ties, warnings)
    _LINKAGES[scenario.mixed_type](count)
    seated = count.seated if count.seated is not None else won
    ent = count.entitlement
    parties = tuple(
        PartyResult(p.id, p.name, p.color, votes[p.id], t.share, t.passed,
                    count.list_seats.get(p.id, 0), seated.get(p.id, 0), affiliated[p.id],
                    None if ent is None else ent.get(p.id, 0), count.overhang.get(p.id, 0),
                    count.levelling.get(p.id, 0), won[p.id] - seated.get(p.id, 0))
        for p, t in zip(scenario.parties, count.tests, strict=True)
    )
    _warn_unfilled(scenario, winners, warnings)
    return Result(
        scenario=scenario,
        parties=parties,
        thresholds=count.tests,
        threshold_base=base,
        list_apportionment=count.apportionment,
        district_winners=tuple(winners),
        independent_seats=sum(1 for w in winners if w.party is None),
        appointed_seats=sum(a.seats for a in scenario.appointed),
        ties=tuple(ties),
        warnings=tuple(warnings) + count.apportionment.notes,
        constituencies=tuple(count.constituencies),
        unseated=tuple(count.unseated),
        proportional_seats=count.proportional_seats,
    )


# ------------------------------------------------------------------------------ steps


def _threshold_test(rule: Threshold, party: Party, votes: int, base: int,
                    district_seats: int) -> ThresholdTest:
    share = Fraction(votes, base) if base else Fraction(0)
    percent = f"{float(share * 100):.2f}%"
    limit = f"{float(rule.percent):g}%"
    if party.threshold_exempt:
        return ThresholdTest(party.id, votes, base, share, True, "exempt from the threshold")
    # Exact: votes/base vs percent/100 compared as integers, never floats.
    lhs, rhs = votes * 100, rule.percent * base
    passed = lhs >= rhs if rule.inclusive else lhs > rhs
    if passed:
        sign = "≥" if rule.inclusive else ">"
        reason = f"{percent} {sign} {limit}" if rule.percent else "no threshold"
        return ThresholdTest(party.id, votes, base, share, True, reason)
    if rule.or_district_seats and district_seats >= rule.or_district_seats:
        return ThresholdTest(party.id, votes, base, share, True,
                             f"won {district_seats} district seat(s) (needs "
                             f"{rule.or_district_seats}) although {percent} < {limit}")
    sign = "<" if rule.inclusive else "≤"
    return ThresholdTest(party.id, votes, base, share, False, f"{percent} {sign} {limit}")


def _parallel(count: _Count) -> None:
    """Tiers independent: the list tier nationwide, or in each constituency."""
    s = count.scenario
    if s.list_tier.constituencies is not None:
        _constituency_lists(count)
        return
    tier = s.list_tier
    qualified = count.qualified
    if tier.seats and not qualified:
        count.warnings.append("No party passed the threshold: the list seats stay empty.")
        return
    share = list_rule(s).share({p: count.votes[p] for p in qualified}, tier.seats, "list tier")
    count.ties.extend(share.ties)
    count.list_seats = share.seats
    count.apportionment = share.apportionment


def _constituency_lists(count: _Count) -> None:
    """Each constituency's list seats apart, with the tier's method, on its own votes."""
    s = count.scenario
    rule = list_rule(s)
    qualified_somewhere: Counter = Counter()
    totals = dict.fromkeys(count.votes, 0)
    notes: list[str] = []
    for c in s.list_tier.constituencies or ():
        qualified = _qualified_in(count, c)
        qualified_somewhere.update(qualified)
        seats = dict.fromkeys(count.votes, 0)
        quota = None
        if c.seats and not qualified:
            count.warnings.append(f"{c.name}: no party passed the threshold; its "
                                  f"{c.seats} list seat(s) stay empty.")
        elif c.seats:
            with _named(c):
                share = rule.share({p: c.votes.get(p, 0) for p in qualified}, c.seats,
                                   f"constituency {c.name}")
            count.ties.extend(share.ties)
            seats.update(share.seats)
            quota = share.apportionment.quota
            notes.extend(f"{c.name}: {n}" for n in share.apportionment.notes)
        for p, n in seats.items():
            totals[p] += n
        count.constituencies.append(ConstituencyResult(c.id, c.name, c.seats, seats,
                                                       tuple(qualified), quota))
    count.list_seats = totals
    count.apportionment = Apportionment(
        tuple(totals[p] for p in count.votes if qualified_somewhere[p]), (), None, tuple(notes))
    if s.list_tier.threshold.scope == "constituency":
        count.tests = _summarise_tests(count, qualified_somewhere)


def _qualified_in(count: _Count, c: Constituency) -> list[str]:
    """Parties that share constituency ``c``'s seats: qualified nationally, or under a
    per-constituency threshold on the constituency's own votes (``threshold.scope``)."""
    s = count.scenario
    rule = s.list_tier.threshold
    if rule.scope == "national":
        return count.qualified
    base = _base(rule, sum(c.votes.values()), c.against_all, c.invalid)
    return [p.id for p in s.parties
            if _threshold_test(rule, p, c.votes.get(p.id, 0), base, count.won[p.id]).passed]


def _summarise_tests(count: _Count, passed_in: Counter) -> tuple[ThresholdTest, ...]:
    """National threshold rows under a per-constituency threshold: where each party passed."""
    n = len(count.scenario.list_tier.constituencies or ())
    return tuple(
        ThresholdTest(t.party_id, t.votes, t.base, t.share, passed_in[t.party_id] > 0,
                      f"passed in {passed_in[t.party_id]} of {n} constituencies")
        for t in count.tests
    )


@contextmanager
def _named(c: Constituency) -> Iterator[None]:
    """Name the constituency in an allocation error raised inside it."""
    try:
        yield
    except AllocationError as e:
        raise AllocationError(f"list_tier.constituencies {c.id!r} ({c.name}): {e}") from None


def _compensatory(count: _Count) -> None:
    """MMP: entitlement over the whole house among qualifying parties, topped up by lists."""
    s = count.scenario
    if s.list_tier.constituencies is not None:
        raise AllocationError("mixed.type compensatory with list_tier.constituencies is not "
                              "supported: entitlements are national (set constituencies to "
                              "null, or use additional_member for regional top-ups)")
    qualified = count.qualified
    drop = s.overhang == "drop_uncovered"
    # District seats held outside the proportional count come off the house first:
    # independents always, winners of non-qualifying parties unless they lose their seats.
    outside = [w for w in count.winners
               if w.party is None or (not drop and w.party not in qualified)]
    base = s.list_tier.seats + s.district_tier.seats
    if not qualified:
        count.warnings.append("No party passed the threshold: only district seats are filled.")
        count.seated = {} if drop else dict(count.won)
        count.unseated = [w for w in count.winners if drop and w.party is not None]
        return
    comp = compensate(list_rule(s), {p: count.votes[p] for p in qualified}, count.won,
                      len(outside), base, s.overhang or "keep")
    count.ties.extend(comp.share.ties)
    count.list_seats = comp.list_seats
    count.entitlement = comp.entitlement
    count.overhang = comp.overhang
    count.levelling = comp.levelling
    count.apportionment = comp.share.apportionment
    count.proportional_seats = comp.proportional_seats
    count.seated = {p: comp.seated.get(p, 0 if drop else n) for p, n in count.won.items()}
    if drop:
        count.unseated = _unseat(count, count.seated)
    if any(n < 0 for n in comp.levelling.values()):
        count.warnings.append(f"Levelling with the {METHODS[s.list_tier.method].short} quota "
                              "took a seat from a party as the house grew (a quota method is "
                              "not house-monotone): its levelling seats are negative.")


def _unseat(count: _Count, keep: dict[str, int]) -> list[DistrictWinner]:
    """The district winners beyond each party's ``keep``: the weakest share of the vote goes
    first (Germany, BWahlG 2023 § 6(4): ranked by first-vote percentage); winners known only
    from declared totals cannot be ranked and go before them, with a warning."""
    s = count.scenario
    out: list[DistrictWinner] = []
    for p in s.parties:
        mine = [w for w in count.winners if w.party == p.id]
        n_keep = keep.get(p.id, 0)
        if len(mine) <= n_keep:
            continue
        known = [w for w in mine if w.share is not None]
        declared = [w for w in mine if w.share is None]
        known.sort(key=lambda w: -w.share)  # stable: listing order among equal shares
        if 0 < n_keep < len(known) and known[n_keep - 1].share == known[n_keep].share:
            known = _break_share_tie(count, p.id, known, n_keep)
        out.extend(known[n_keep:] + declared if n_keep <= len(known) else
                   declared[n_keep - len(known):])
        lost = len(mine) - n_keep
        if declared and lost > len(known) - min(n_keep, len(known)):
            count.warnings.append(
                f"{p.name}: {min(lost, len(declared))} district winner(s) known only from "
                "declared totals are not seated; which ones cannot be told without district "
                "results.")
    return out


def _break_share_tie(count: _Count, party: str, known: list[DistrictWinner],
                     n_keep: int) -> list[DistrictWinner]:
    """Winners with equal shares at the cut: listing order (or a seeded lot) decides, and the
    tie is reported."""
    s = count.scenario
    cut = known[n_keep - 1].share
    level = [w for w in known if w.share == cut]
    first = known.index(level[0])
    rule = "lot" if s.list_tier.tie_break == "lot" else "listing order"
    if rule == "lot":
        level = random.Random(f"{s.list_tier.seed}:unseat:{party}").sample(level, len(level))
    kept = level[:n_keep - first]
    count.ties.append(TieReport(f"unseating {party}", len(kept),
                                tuple(f"{w.candidate} ({w.district})" for w in level),
                                tuple(f"{w.candidate} ({w.district})" for w in kept), rule))
    return known[:first] + level + known[first + len(level):]


def _additional_member(count: _Count) -> None:
    """Scotland, Wales: each region's list seats by the divisor sequence, the district seats
    won in the region counted first. Without constituencies the country is one region."""
    s = count.scenario
    rule = list_rule(s)
    regions = s.list_tier.constituencies
    if regions is None:
        regions = (Constituency("", "national", s.list_tier.seats, dict(count.votes)),)
    by_region = _winners_by_region(count, regions)
    qualified_somewhere: Counter = Counter()
    totals = dict.fromkeys(count.votes, 0)
    for c in regions:
        qualified = _qualified_in(count, c)
        qualified_somewhere.update(qualified)
        held = Counter(w.party for w in by_region[c.id] if w.party is not None)
        with _named(c):
            region = additional_member(rule, {p: c.votes.get(p, 0) for p in qualified}, held,
                                       c.seats, f"region {c.name}")
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
        count.tests = _summarise_tests(count, qualified_somewhere)


def _winners_by_region(count: _Count, regions: tuple[Constituency, ...]
                       ) -> dict[str, list[DistrictWinner]]:
    """District winners grouped by their region (a constituency id of the list tier)."""
    out: dict[str, list[DistrictWinner]] = {c.id: [] for c in regions}
    national = count.scenario.list_tier.constituencies is None
    for w in count.winners:
        key = "" if national else w.region
        if key not in out:
            raise AllocationError(
                f"district {w.district!r}: region {w.region!r} is not a constituency of the "
                f"list tier (known: {', '.join(out)}); the additional member system counts "
                "each district seat in its region")
        out[key].append(w)
    return out


_LINKAGES: dict[str, Callable[[_Count], None]] = {
    "parallel": _parallel,
    "compensatory": _compensatory,
    "additional_member": _additional_member,
}


def _district_winners(scenario: Scenario, ties: list[TieReport]) -> list[DistrictWinner]:
    tier = scenario.district_tier
    winners = []
    for index, d in enumerate(tier.districts):
        cands = d.candidates
        ranked = sorted(range(len(cands)), key=lambda i: -cands[i].votes)  # stable: listing
        top = [i for i in ranked if cands[i].votes == cands[ranked[0]].votes]
        pick = top[0]
        if len(top) > 1:
            # Candidates tie: a seeded lot, or else the listing order stands in for
            # registration ("more votes" cannot part candidates with equal votes).
            rule = "lot" if scenario.list_tier.tie_break == "lot" else "registration_order"
            if rule == "lot":
                pick = random.Random(f"{scenario.list_tier.seed}:{d.id}").choice(top)
            ties.append(TieReport(f"district {d.name}", 1, tuple(cands[i].name for i in top),
                                  (cands[pick].name,), rule))
        winner = cands[pick]
        runner_up = cands[ranked[1]].votes if len(ranked) > 1 else 0
        total = sum(c.votes for c in cands)
        winners.append(DistrictWinner(d.name, winner.name, winner.party, winner.affiliation,
                                      winner.votes, winner.votes - runner_up, d.region,
                                      Fraction(winner.votes, total) if total else None,
                                      index, pick))
    for dec in tier.declared:
        winners.extend(DistrictWinner("(declared total)", "", dec.party, dec.affiliation,
                                      None, None, dec.region) for _ in range(dec.seats))
    return winners


def _warn_vote_sums(scenario: Scenario, votes: dict[str, int], warnings: list[str]) -> None:
    if scenario.list_tier.constituencies is None:
        return
    off = [f"{p.name} {p.votes:,} vs {votes[p.id]:,}" for p in scenario.parties
           if p.votes != votes[p.id]]
    if off:
        warnings.append("Party votes differ from the sum of their constituency votes, which "
                        f"is used: {'; '.join(off)}.")


def _warn_unfilled(scenario: Scenario, winners: list[DistrictWinner],
                   warnings: list[str]) -> None:
    missing = scenario.district_tier.seats - len(winners)
    if missing > 0:
        warnings.append(f"{missing} of {scenario.district_tier.seats} district seats have no "
                        "result (neither district votes nor declared totals): left empty.")


def describe_threshold(scenario: Scenario) -> str:
    """The threshold rule in words, for reports."""
    t = scenario.list_tier.threshold
    if not t.percent:
        return "No threshold."
    words = (f"{float(t.percent):g}% of {THRESHOLD_BASES[t.base]}, "
             f"{'at least' if t.inclusive else 'more than'} (exactly at the threshold "
             f"{'passes' if t.inclusive else 'fails'})")
    if t.or_district_seats:
        words += f", or {t.or_district_seats} district seat(s) won"
    if scenario.list_tier.constituencies is not None:
        words += f", {THRESHOLD_SCOPES[t.scope]}"
    return words + "."


def describe_linkage(scenario: Scenario) -> str:
    """How the tiers are linked, in words, for reports."""
    kind = scenario.mixed_type
    if kind == "compensatory":
        overhang = {
            "keep": "overhang seats are kept (the house grows)",
            "level": "the house grows until every party is proportional (levelling)",
            "drop_uncovered": "district winners beyond the entitlement are not seated",
        }[scenario.overhang or "keep"]
        return ("Compensatory: list seats top up district seats to a proportional share of "
                f"the whole house; {overhang}.")
    if kind == "additional_member":
        return ("Additional member: each region's list seats by the divisor sequence, the "
                "district seats won in the region counted first.")
    if scenario.list_tier.constituencies is not None:
        return "Parallel: the list tier by constituency, independent of the district tier."
    return "Parallel: the tiers are independent."


def describe_method(scenario: Scenario) -> str:
    """The list tier's method in words."""
    tier = scenario.list_tier
    text = METHODS[tier.method].name
    if tier.first_divisor is not None:
        text += f", first divisor {float(tier.first_divisor):g}"
    if tier.min_seats:
        text += f", at least {tier.min_seats} seat(s) each"
    return text
