"""allocate(scenario) -> Result: districts, thresholds, the list tier, linkage, indices.

The order follows the laws: district winners first (a party may qualify through them), then
the threshold on its stated base, then the list seats among qualifying parties only (quotas on
qualifying votes only), then the linkage of the tiers.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction

from core import metrics
from core.methods import METHODS, Apportionment, apportion
from core.scenario import THRESHOLD_BASES, TIE_BREAKS, Scenario


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
    """A district seat: who won it, for whom; ``margin`` is None for declared totals."""

    district: str
    candidate: str
    party: str | None
    affiliation: str | None
    votes: int | None
    margin: int | None


@dataclass(frozen=True)
class TieReport:
    """Exactly equal claims on ``seats`` seat(s) in ``tier``, and how they were resolved."""

    tier: str
    seats: int
    contenders: tuple[str, ...]
    winners: tuple[str, ...]
    rule: str

    def describe(self) -> str:
        """A sentence for reports: who tied for what, and who got it by which rule."""
        return (f"{self.tier}: a tie for {self.seats} seat(s) between "
                f"{', '.join(self.contenders)}, resolved by {TIE_BREAKS.get(self.rule, self.rule)}"
                f" in favour of {', '.join(self.winners)}")


@dataclass(frozen=True)
class PartyResult:
    id: str
    name: str
    color: str
    votes: int
    vote_share: Fraction
    qualified: bool
    list_seats: int
    district_seats: int
    affiliated_seats: int

    @property
    def seats(self) -> int:
        """Seats won by the party's own nominees (list + district)."""
        return self.list_seats + self.district_seats

    @property
    def seats_with_affiliated(self) -> int:
        """Seats including self-nominated district winners who sit with the party."""
        return self.seats + self.affiliated_seats


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
    """Everything a report or the window shows about one allocation."""

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

    @property
    def seats_total(self) -> int:
        """The house as elected and appointed (after any overhang)."""
        return (sum(p.seats for p in self.parties) + self.independent_seats
                + self.appointed_seats)

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


def threshold_base(scenario: Scenario) -> int:
    """The denominator of the threshold test under the scenario's ``base`` rule."""
    party_votes = sum(p.votes for p in scenario.parties)
    return {
        "parties": party_votes,
        "valid": party_votes + scenario.against_all,
        "cast": party_votes + scenario.against_all + scenario.invalid,
    }[scenario.list_tier.threshold.base]


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


def allocate(scenario: Scenario) -> Result:
    """Allocate every seat of ``scenario``; raises ``AllocationError`` if impossible."""
    ties: list[TieReport] = []
    warnings: list[str] = []
    winners = _district_winners(scenario, ties)
    won = Counter(w.party for w in winners if w.party is not None)
    affiliated = Counter(w.affiliation for w in winners
                         if w.party is None and w.affiliation is not None)
    base = threshold_base(scenario)
    tests = tuple(_threshold_test(scenario, p, base, won[p.id]) for p in scenario.parties)
    qualified = [i for i, t in enumerate(tests) if t.passed]
    apportionment = _list_seats(scenario, qualified, ties, warnings)
    list_seats = dict.fromkeys(range(len(scenario.parties)), 0)
    for i, n in zip(qualified, apportionment.seats, strict=True):
        list_seats[i] = n
    parties = tuple(
        PartyResult(p.id, p.name, p.color, p.votes, tests[i].share, tests[i].passed,
                    list_seats[i], won[p.id], affiliated[p.id])
        for i, p in enumerate(scenario.parties)
    )
    _warn_unfilled(scenario, winners, warnings)
    return Result(
        scenario=scenario,
        parties=parties,
        thresholds=tests,
        threshold_base=base,
        list_apportionment=apportionment,
        district_winners=tuple(winners),
        independent_seats=sum(1 for w in winners if w.party is None),
        appointed_seats=sum(a.seats for a in scenario.appointed),
        ties=tuple(ties),
        warnings=tuple(warnings) + apportionment.notes,
    )


# ------------------------------------------------------------------------------ steps


def _threshold_test(scenario: Scenario, party, base: int, district_seats: int) -> ThresholdTest:
    rule = scenario.list_tier.threshold
    share = Fraction(party.votes, base) if base else Fraction(0)
    percent = f"{float(share * 100):.2f}%"
    limit = f"{float(rule.percent):g}%"
    if party.threshold_exempt:
        return ThresholdTest(party.id, party.votes, base, share, True, "exempt from the threshold")
    # Exact: votes/base vs percent/100 compared as integers, never floats.
    lhs, rhs = party.votes * 100, rule.percent * base
    passed = lhs >= rhs if rule.inclusive else lhs > rhs
    if passed:
        sign = "≥" if rule.inclusive else ">"
        reason = f"{percent} {sign} {limit}" if rule.percent else "no threshold"
        return ThresholdTest(party.id, party.votes, base, share, True, reason)
    if rule.or_district_seats and district_seats >= rule.or_district_seats:
        return ThresholdTest(party.id, party.votes, base, share, True,
                             f"won {district_seats} district seat(s) (needs "
                             f"{rule.or_district_seats}) although {percent} < {limit}")
    sign = "<" if rule.inclusive else "≤"
    return ThresholdTest(party.id, party.votes, base, share, False, f"{percent} {sign} {limit}")


def _list_seats(scenario: Scenario, qualified: list[int], ties: list[TieReport],
                warnings: list[str]) -> Apportionment:
    tier = scenario.list_tier
    if tier.seats and not qualified:
        warnings.append("No party passed the threshold: the list seats stay empty.")
        return Apportionment(())
    rank = tie_priority(scenario)
    result = apportion(
        tier.method,
        [scenario.parties[i].votes for i in qualified],
        tier.seats,
        first_divisor=tier.first_divisor,
        min_seats=tier.min_seats,
        priority=[rank[i] for i in qualified],
        rule=tier.tie_break,
    )
    ids = [scenario.parties[i].id for i in qualified]
    ties.extend(
        TieReport("list tier", t.seats_at_stake, tuple(ids[i] for i in t.contenders),
                  tuple(ids[i] for i in t.winners), t.rule)
        for t in result.ties
    )
    return result


def _district_winners(scenario: Scenario, ties: list[TieReport]) -> list[DistrictWinner]:
    tier = scenario.district_tier
    winners = []
    for d in tier.districts:
        ranked = sorted(d.candidates, key=lambda c: -c.votes)
        top = [c for c in ranked if c.votes == ranked[0].votes]
        winner = top[0]
        if len(top) > 1:
            # Candidates tie: the rule picks, as for parties; listed order is registration.
            if scenario.list_tier.tie_break == "lot":
                seed = f"{scenario.list_tier.seed}:{d.id}"
                winner = random.Random(seed).choice(top)
            ties.append(TieReport(f"district {d.name}", 1, tuple(c.name for c in top),
                                  (winner.name,), scenario.list_tier.tie_break))
        runner_up = ranked[1].votes if len(ranked) > 1 else 0
        winners.append(DistrictWinner(d.name, winner.name, winner.party, winner.affiliation,
                                      winner.votes, winner.votes - runner_up))
    for dec in tier.declared:
        winners.extend(DistrictWinner("(declared total)", "", dec.party, dec.affiliation,
                                      None, None) for _ in range(dec.seats))
    return winners


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
    return words + "."


def describe_method(scenario: Scenario) -> str:
    """The list tier's method in words."""
    tier = scenario.list_tier
    text = METHODS[tier.method].name
    if tier.first_divisor is not None:
        text += f", first divisor {float(tier.first_divisor):g}"
    if tier.min_seats:
        text += f", at least {tier.min_seats} seat(s) each"
    return text
