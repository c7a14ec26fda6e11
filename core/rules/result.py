"""What an allocation decided: the ``Result`` and its parts, plain frozen data.

Everything a table, an export, the chart or an explanation shows is read from here (or
derived from here by ``core.text``), so that every output says the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from core.message import Message
from core.model.scenario import Scenario
from core.rules import metrics
from core.rules.methods import Apportionment
from core.rules.share import SeatAward, TieReport


@dataclass(frozen=True)
class ThresholdTest:
    """One party's threshold decision, with the exact numerator and denominator."""

    party_id: str
    votes: int
    base: int
    share: Fraction
    passed: bool
    reason: Message


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
    (seats added by levelling the house) and the ``unseated`` winners (``drop_uncovered``).
    ``bonus_seats`` are list seats given by a rule beyond the proportional count (Greece's
    majority bonus, a top-up), counted in ``list_seats``."""

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
    bonus_seats: int = 0  # list seats added by a list-tier rule (majority bonus, top-up)

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
    ``levelling``: the levelling seats placed here, included in ``seats`` (Norway, Sweden).
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
    levelling: dict[str, int] = field(default_factory=dict)  # levelling seats placed here

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
    warnings: tuple[Message, ...]
    constituencies: tuple[ConstituencyResult, ...] = ()
    unseated: tuple[DistrictWinner, ...] = ()
    proportional_seats: int | None = None
    notes: tuple[Message, ...] = ()  # what the list tier's rules did (core.rules.adjustments)

    @property
    def bonus_seats(self) -> int:
        """Seats added by a list-tier rule (a majority bonus, a top-up)."""
        return sum(p.bonus_seats for p in self.parties)

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
