"""One apportionment among parties, as the list tier, a constituency or a compensatory
entitlement needs it: ``ListRule.share`` (exact, through ``core.rules.methods``), the ties met
(``TieReport``, whatever rule resolved them) and the steps of a divisor sequence
(``SeatAward``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from core.message import Message
from core.rules.methods import Apportionment, apportion


@dataclass(frozen=True)
class TieReport:
    """Exactly equal claims on ``seats`` seat(s) in ``tier``, and how they were resolved.

    ``contenders`` and ``winners`` are party ids, or candidate names where ``candidates`` is
    true (a district tie, or the order in which uncovered winners lose their seats); ``rule``
    is a tie-break id (``more_votes``, ``registration_order``, ``lot``) or ``listing_order``.
    """

    tier: Message
    seats: int
    contenders: tuple[str, ...]
    winners: tuple[str, ...]
    rule: str
    candidates: bool = False


@dataclass(frozen=True)
class Share:
    """Seats per party id from one apportionment, the ties met, and the apportionment itself
    (its ``seats`` follow the order of the votes given, capped one-person lists left out)."""

    seats: dict[str, int]
    ties: tuple[TieReport, ...]
    apportionment: Apportionment


@dataclass(frozen=True)
class ListRule:
    """How the list tier shares seats: method, first divisor, minimum, ties, one-person lists.

    ``rank`` orders parties for ties (lower wins); ``independents`` are one-person lists.
    """

    method: str
    first_divisor: Fraction | None = None
    min_seats: int = 0
    tie_break: str = "registration_order"
    rank: Mapping[str, int] | None = None
    independents: frozenset[str] = frozenset()

    def priority(self, party_id: str) -> int:
        """The party's tie rank (lower wins); parties unknown to ``rank`` come last."""
        return (self.rank or {}).get(party_id, 1 << 30)

    def share(self, votes: Mapping[str, int], seats: int, tier: Message) -> Share:
        """Apportion ``seats`` among the parties of ``votes`` (in its order).

        A one-person list that the method would give more than one seat keeps one, and the
        other seats are shared again among the rest (for divisor methods this is exactly the
        sequence of quotients with that list struck out after its first seat).
        """
        capped: dict[str, int] = {}
        while True:
            ids = [p for p in votes if p not in capped]
            result = apportion(self.method, [votes[p] for p in ids], seats - len(capped),
                               first_divisor=self.first_divisor, min_seats=self.min_seats,
                               priority=[self.priority(p) for p in ids], rule=self.tie_break)
            won = dict(zip(ids, result.seats, strict=True))
            over = [p for p in ids if p in self.independents and won[p] > 1]
            if not over:
                break
            capped.update(dict.fromkeys(over, 1))
        ties = tuple(TieReport(tier, t.seats_at_stake, tuple(ids[i] for i in t.contenders),
                               tuple(ids[i] for i in t.winners), t.rule) for t in result.ties)
        return Share({p: capped.get(p, won.get(p, 0)) for p in votes}, ties, result)


@dataclass(frozen=True)
class SeatAward:
    """One step of a region's divisor sequence: ``party`` had ``held`` seats (district seats
    and list seats so far) and its quotient votes/d(held) was ``quotient``."""

    seat: int
    party: str
    held: int
    quotient: Fraction | float
