"""One apportionment among parties, as the list tier, a constituency or a compensatory
entitlement needs it: ``ListRule.share`` (exact, through ``core.rules.methods``), the ties met
(``TieReport``, whatever rule resolved them) and the steps of a divisor sequence
(``SeatAward``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
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
    (its ``seats`` follow the order of the votes given, capped lists left out).

    ``capped`` are the lists that won more seats than they could fill (a one-person list, or
    a list shorter than its seats) with the seats each kept, ``claimed`` the seats each had
    won when it was capped; ``unfilled`` the seats no list could take (every list full)."""

    seats: dict[str, int]
    ties: tuple[TieReport, ...]
    apportionment: Apportionment
    capped: dict[str, int] = field(default_factory=dict)
    claimed: dict[str, int] = field(default_factory=dict)
    unfilled: int = 0


@dataclass(frozen=True)
class ListRule:
    """How the list tier shares seats: method, first divisor, minimum, ties, list lengths.

    ``rank`` orders parties for ties (lower wins); ``independents`` are one-person lists;
    ``lengths`` the candidates each list has left (``list_tier.list_lengths``; none: no limit).
    """

    method: str
    first_divisor: Fraction | None = None
    min_seats: int = 0
    tie_break: str = "registration_order"
    rank: Mapping[str, int] | None = None
    independents: frozenset[str] = frozenset()
    lengths: Mapping[str, int] | None = None

    def priority(self, party_id: str) -> int:
        """The party's tie rank (lower wins); parties unknown to ``rank`` come last."""
        return (self.rank or {}).get(party_id, 1 << 30)

    def cap(self, party_id: str) -> int | None:
        """The most list seats the party can fill: 1 for a one-person list, its list length,
        or None (no limit)."""
        caps = [n for n in ((1 if party_id in self.independents else None),
                            (self.lengths or {}).get(party_id)) if n is not None]
        return min(caps, default=None)

    def share(self, votes: Mapping[str, int], seats: int, tier: Message) -> Share:
        """Apportion ``seats`` among the parties of ``votes`` (in its order).

        A list that the method would give more seats than it can fill (``cap``) keeps what
        it can fill, and the other seats are shared again among the rest, until no list is
        over (Japan, Public Offices Election Act art. 95-2; the Netherlands, Kieswet P 10).
        For divisor methods this is exactly the sequence of quotients with each list struck
        out once full: the other lists share more seats than before among the same rivals,
        and a divisor method never gives a list fewer seats of a larger house, so a list over
        its cap stays over it and capping all at once gives the seats of capping one by one.
        """
        capped: dict[str, int] = {}
        claimed: dict[str, int] = {}
        while True:
            ids = [p for p in votes if p not in capped]
            left = seats - sum(capped.values())
            if capped and left and not any(votes[p] for p in ids):
                return Share({p: capped.get(p, 0) for p in votes}, (),
                             Apportionment(tuple(0 for _ in ids)), capped, claimed, left)
            result = apportion(self.method, [votes[p] for p in ids], left,
                               first_divisor=self.first_divisor, min_seats=self.min_seats,
                               priority=[self.priority(p) for p in ids], rule=self.tie_break)
            won = dict(zip(ids, result.seats, strict=True))
            over = {p: cap for p in ids if (cap := self.cap(p)) is not None and won[p] > cap}
            if not over:
                break
            capped |= over
            claimed |= {p: won[p] for p in over}
        ties = tuple(TieReport(tier, t.seats_at_stake, tuple(ids[i] for i in t.contenders),
                               tuple(ids[i] for i in t.winners), t.rule) for t in result.ties)
        return Share({p: capped.get(p, won.get(p, 0)) for p in votes}, ties, result, capped,
                     claimed)


@dataclass(frozen=True)
class SeatAward:
    """One step of a region's divisor sequence: ``party`` had ``held`` seats (district seats
    and list seats so far) and its quotient votes/d(held) was ``quotient``."""

    seat: int
    party: str
    held: int
    quotient: Fraction | float
