"""How the tiers are linked: list seats by constituency, compensatory (MMP), additional member.

Pure functions on party ids and integer votes; ``core.rules.allocate`` decides who qualifies and
calls them. Every seat is decided by ``core.rules.methods`` (exact arithmetic), and every tie met on
the way is returned as a ``TieReport``, whatever rule resolved it.

- ``ListRule.share``: one apportionment (a nationwide list, a constituency, the entitlement of a
  compensatory house), honouring one-person lists that can win one seat at most.
- ``compensate``: proportional entitlement over the whole house, list seats = entitlement −
  district seats, overhang kept, levelled or dropped (CONTRACT.md §1 ``mixed.overhang``).
- ``additional_member``: the divisor sequence of one region, district seats won there counted
  first (Scotland Act 1998, s. 7-8: regional figure = votes / (seats already held + 1)).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from core.model.scenario import TIE_BREAKS
from core.rules.methods import AllocationError, Apportionment, apportion, divisor_rule, method


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

    def share(self, votes: Mapping[str, int], seats: int, tier: str) -> Share:
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


# ------------------------------------------------------------------------- compensatory


@dataclass(frozen=True)
class Compensation:
    """A compensatory (MMP) allocation among the qualifying parties.

    ``house`` is the elected house after the overhang rule (appointed seats not included);
    ``proportional_seats`` the seats the entitlement shares out (the legal or levelled house
    less the district seats of independents and non-qualifying parties). ``entitlement`` is
    each party's proportional total at that size, ``base_entitlement`` at the house's legal
    size. ``seated`` counts the district winners who take their seats (fewer than won only
    under ``drop_uncovered``).
    """

    house: int
    proportional_seats: int
    entitlement: dict[str, int]
    base_entitlement: dict[str, int]
    list_seats: dict[str, int]
    seated: dict[str, int]
    overhang: dict[str, int]
    levelling: dict[str, int]
    share: Share


def compensate(rule: ListRule, votes: Mapping[str, int], district_seats: Mapping[str, int],
               fixed: int, base: int, overhang: str) -> Compensation:
    """Top up the district seats of the parties of ``votes`` to a proportional house.

    ``base`` is the legal size (list + district seats); ``fixed`` the district seats held
    outside the proportional count (independents, non-qualifying parties), taken off first.
    A party of ``votes`` with no list votes (a party without a list) is held outside too: its
    district winners are seated and taken off, as independents' are (New Zealand, Electoral
    Act 1993 s 191: seats won by candidates of parties not on the party vote ballot).
    ``overhang``: ``keep`` (the house grows by the overhang), ``level`` (the house grows to the
    smallest size at which no party's district seats exceed its entitlement) or
    ``drop_uncovered`` (winners beyond the entitlement are not seated; the house stays).
    """
    no_list = {p: district_seats.get(p, 0) for p, v in votes.items() if not v}
    parties, votes = votes, {p: v for p, v in votes.items() if v}
    fixed += sum(no_list.values())
    if base - fixed < 0:
        raise AllocationError(f"{fixed} district seats are held outside the proportional count, "
                              f"more than the house of {base}")
    base_share = rule.share(votes, base - fixed, "entitlement")
    base_ent = base_share.seats
    d = {p: district_seats.get(p, 0) for p in votes}
    share, house = base_share, base
    if overhang == "level":
        share, house = _levelled(rule, votes, d, fixed, base, base_share)
    ent = share.seats
    if overhang == "drop_uncovered":
        seated = {p: min(d[p], ent[p]) for p in votes}
        over = dict.fromkeys(votes, 0)
    else:
        seated = d
        over = {p: max(0, d[p] - base_ent[p]) for p in votes}
    if overhang == "keep":
        house = base + sum(over.values())
    levelling = ({p: ent[p] - max(base_ent[p], d[p]) for p in votes} if overhang == "level"
                 else dict.fromkeys(votes, 0))
    list_seats = {p: max(0, ent[p] - seated[p]) for p in votes}
    proportional = (house if overhang == "level" else base) - fixed

    def every(by_party: dict[str, int]) -> dict[str, int]:
        return {p: by_party.get(p, 0) for p in parties}

    return Compensation(house, proportional, every(ent), every(base_ent), every(list_seats),
                        every(seated | no_list), every(over), every(levelling), share)


def _levelled(rule: ListRule, votes: Mapping[str, int], d: dict[str, int], fixed: int,
              base: int, base_share: Share) -> tuple[Share, int]:
    """The smallest house ≥ ``base`` at which every entitlement covers the district seats.

    Divisor methods are house-monotone (a larger house never takes a seat away), so the size
    is found by doubling then bisecting; quota methods are not, and are searched seat by seat.
    """
    def covered(house: int) -> Share | None:
        share = base_share if house == base else rule.share(votes, house - fixed, "entitlement")
        return share if all(share.seats[p] >= d[p] for p in votes) else None

    if covered(base):
        return base_share, base
    if method(rule.method).kind == "quota":
        # No quota is below votes/(seats+2) (Imperiali), and the remainders add at most one
        # seat, so a party holds at most v(H+2)/V + 1 seats: houses below this cannot cover.
        total = sum(votes.values())
        start = max([base + 1] + [-(-(n - 1) * total // votes[p]) - 2 + fixed
                                  for p, n in d.items() if n])
        for house in range(start, start + 20 * base + 1000):
            if share := covered(house):
                return share, house
        raise AllocationError("levelling found no house size that covers every district seat")
    low, high = base, base + 1
    while (found := covered(high)) is None:
        low, high = high, base + 2 * (high - base)
        if high > 1000 * base + 10**6:
            raise AllocationError("levelling found no house size that covers every district "
                                  "seat")
    while high - low > 1:  # the house `high` is covered, `low` is not
        mid = (low + high) // 2
        if (share := covered(mid)) is None:
            low = mid
        else:
            high, found = mid, share
    return found, high


# -------------------------------------------------------------------- additional member


@dataclass(frozen=True)
class SeatAward:
    """One step of a region's divisor sequence: ``party`` had ``held`` seats (district seats
    and list seats so far) and its quotient votes/d(held) was ``quotient``."""

    seat: int
    party: str
    held: int
    quotient: Fraction | float


@dataclass(frozen=True)
class RegionShare:
    """The list seats of one region, seat by seat, and the first quotient left without one."""

    seats: dict[str, int]
    awards: tuple[SeatAward, ...]
    next_in_line: SeatAward | None
    ties: tuple[TieReport, ...]


def additional_member(rule: ListRule, votes: Mapping[str, int], held: Mapping[str, int],
                      seats: int, tier: str) -> RegionShare:
    """Share a region's ``seats`` list seats by the divisor sequence, counting ``held``.

    Each seat goes to the largest votes/d(k), k = district seats won in the region + list
    seats won so far (D'Hondt: d(k) = k + 1). A one-person list drops out once it holds a seat.
    Quotients are compared exactly; equal quotients for more seats than remain are a tie.
    """
    if method(rule.method).kind != "divisor":
        raise AllocationError(f"the additional member system needs a divisor method, "
                              f"not {rule.method}")
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
            raise AllocationError(f"{tier}: no list votes to share {seats} seat(s) by")
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


def _shown(divisors, votes: int, k: int) -> Fraction | float:
    """votes/d(k) for reports: exact for linear divisors, a float for Huntington-Hill."""
    return divisors.quotient(votes, k) if divisors.geometric else divisors.exact_key(votes, k)
