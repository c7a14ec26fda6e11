"""Apportionment methods: divisor (highest averages) and quota (largest remainder).

Every method has one signature, ``apportion(method, votes, seats, ...)``, and an entry in
``METHODS`` with a short and a long name for menus and reports.

Exactness: a float estimate finds the allocation fast; every seat whose quotient lies within a
narrow band of the cut-off is then decided again with ``Fraction`` (or integer) arithmetic, so
the result is exact, and a tie at the cut-off is found and reported, never hidden by rounding.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

# Relative half-width of the band re-decided exactly; float quotients err by ~1e-16.
_BAND = 1e-9


@dataclass(frozen=True)
class Method:
    """A registered method: ``id`` as in scenario files, names for menus and reports."""

    id: str
    short: str
    name: str
    kind: str  # "divisor" or "quota"
    notes: str


METHODS: dict[str, Method] = {
    m.id: m
    for m in (
        Method("dhondt", "D'Hondt", "D'Hondt (Jefferson), divisors 1, 2, 3, ...", "divisor",
               "Favours larger parties; Spain, Portugal, Belgium, Finland."),
        Method("sainte-lague", "Sainte-Laguë", "Sainte-Laguë (Webster), divisors 1, 3, 5, ...",
               "divisor", "First divisor configurable: Norway 1.4, Sweden 1.2."),
        Method("huntington-hill", "Huntington-Hill",
               "Huntington-Hill (equal proportions), divisors √(n(n+1))", "divisor",
               "US House apportionment since 1941; every unit with votes gets a seat first."),
        Method("adams", "Adams", "Adams (smallest divisors), divisors 0, 1, 2, ...", "divisor",
               "Favours small units; every unit with votes gets a seat first."),
        Method("danish", "Danish", "Danish, divisors 1, 4, 7, ...", "divisor",
               "Used for Denmark's supplementary seats."),
        Method("imperiali", "Imperiali", "Imperiali, divisors 2, 3, 4, ...", "divisor",
               "Belgian municipal elections; strongly favours large parties."),
        Method("hare", "Hare", "Hare quota (votes/seats), largest remainder", "quota",
               "Kazakhstan, Russia; neutral between large and small parties."),
        Method("droop", "Droop", "Droop quota (⌊votes/(seats+1)⌋+1), largest remainder",
               "quota", "The integer Droop quota; Ireland, South Africa."),
        Method("hagenbach-bischoff", "Hagenbach-Bischoff",
               "Hagenbach-Bischoff quota (votes/(seats+1)), largest remainder", "quota",
               "Can fill one seat too many when every remainder is zero."),
        Method("imperiali-quota", "Imperiali quota",
               "Imperiali quota (votes/(seats+2)), largest remainder", "quota",
               "Italy 1946-1993; can fill more seats than exist."),
    )
}


class AllocationError(ValueError):
    """The inputs cannot be apportioned (no votes, too few seats for the minimum, ...)."""


@dataclass(frozen=True)
class Tie:
    """Parties whose claims on the last seat(s) were exactly equal.

    ``contenders`` competed for ``seats_at_stake`` seats; ``winners`` got them under ``rule``.
    Indices refer to the ``votes`` sequence given to ``apportion``.
    """

    contenders: tuple[int, ...]
    winners: tuple[int, ...]
    seats_at_stake: int
    rule: str


@dataclass(frozen=True)
class Apportionment:
    """Seats per unit, in input order, with the ties met and any notes for the report."""

    seats: tuple[int, ...]
    ties: tuple[Tie, ...] = ()
    quota: Fraction | None = None
    notes: tuple[str, ...] = field(default=())


def method(method_id: str) -> Method:
    """The registered method ``method_id``, or ``AllocationError`` naming the known ones."""
    try:
        return METHODS[method_id]
    except KeyError:
        known = ", ".join(METHODS)
        raise AllocationError(f"unknown method {method_id!r} (known: {known})") from None


def apportion(
    method_id: str,
    votes: Sequence[int],
    seats: int,
    *,
    first_divisor: Fraction | None = None,
    min_seats: int = 0,
    priority: Sequence[int] | None = None,
    rule: str = "registration_order",
) -> Apportionment:
    """Share ``seats`` among units in proportion to ``votes`` (non-negative integers).

    ``priority`` ranks the units for ties (lower wins; default: input order) and ``rule`` is
    the name of the rule that produced it, recorded in each ``Tie``. ``first_divisor``
    replaces the first divisor of a divisor method; ``min_seats`` is handed to every unit
    first (divisor methods only: US House, one seat per state).
    """
    m = method(method_id)
    if seats < 0:
        raise AllocationError(f"seats must be zero or more, got {seats}")
    if votes and min(votes) < 0:
        raise AllocationError("votes must be zero or more")
    priority = list(range(len(votes))) if priority is None else list(priority)
    if m.kind == "quota":
        if min_seats:
            raise AllocationError("a minimum of seats per unit needs a divisor method")
        if first_divisor is not None:
            raise AllocationError("a first divisor applies to divisor methods only")
        return _largest_remainder(method_id, list(votes), seats, priority, rule)
    return _highest_averages(
        divisor_rule(method_id, first_divisor), list(votes), seats, min_seats, priority, rule
    )


# ---------------------------------------------------------------------------- divisor rules


@dataclass(frozen=True)
class DivisorRule:
    """The divisor d(k) of the seat after k seats: ``step*k + offset``, with d(0) = ``first``.

    Huntington-Hill (``geometric``) is d(k) = √(k(k+1)); it is compared exactly on squared
    quotients, which keeps the order.
    """

    step: int
    offset: int
    first: Fraction
    geometric: bool = False
    first_float: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "first_float", float(self.first))

    def exact_key(self, votes: int, k: int) -> Fraction | float:
        """votes/d(k) (squared for Huntington-Hill), exact; ``inf`` when d(k) = 0."""
        if self.geometric:
            den = k * (k + 1)
            return math.inf if den == 0 else Fraction(votes * votes, den)
        d = self.first if k == 0 else Fraction(self.step * k + self.offset)
        return math.inf if d == 0 else Fraction(votes) / d

    def divisor(self, k: int) -> float:
        """d(k) as a float (for display and estimates)."""
        if self.geometric:
            return math.sqrt(k * (k + 1))
        return self.first_float if k == 0 else float(self.step * k + self.offset)

    def quotient(self, votes: int, k: int) -> float:
        """votes/d(k) as a float, ``inf`` when d(k) = 0."""
        d = self.divisor(k)
        return math.inf if d == 0 else votes / d

    def seats_above(self, votes: int, cut: float) -> int:
        """How many quotients votes/d(k), k >= 0, exceed ``cut`` (> 0): a float estimate."""
        x = votes / cut
        if self.geometric:  # k(k+1) < x², k >= 0
            return math.ceil((math.sqrt(1.0 + 4.0 * x * x) - 1.0) / 2.0) if votes else 0
        later = max(math.ceil((x - self.offset) / self.step) - 1, 0)  # k >= 1
        return (x > self.first_float) + later


_LINEAR_DIVISORS = {  # method: (step, offset) of d(k) = step*k + offset
    "dhondt": (1, 1),
    "sainte-lague": (2, 1),
    "adams": (1, 0),
    "danish": (3, 1),
    "imperiali": (1, 2),
}


def divisor_rule(method_id: str, first_divisor: Fraction | None = None) -> DivisorRule:
    """The divisor sequence of a divisor method, the first divisor optionally replaced."""
    if method(method_id).kind != "divisor":
        raise AllocationError(f"{method_id} is not a divisor method")
    if method_id == "huntington-hill":
        if first_divisor is not None:
            raise AllocationError("Huntington-Hill has no configurable first divisor")
        return DivisorRule(1, 0, Fraction(0), geometric=True)
    step, offset = _LINEAR_DIVISORS[method_id]
    if first_divisor is None:
        return DivisorRule(step, offset, Fraction(offset))
    first = Fraction(first_divisor)
    if not 0 <= first <= step + offset:
        raise AllocationError(
            f"the first divisor must lie between 0 and the second divisor ({step + offset}), "
            f"got {float(first):g}"
        )
    return DivisorRule(step, offset, first)


# ------------------------------------------------------------------------ highest averages


def _highest_averages(
    rule: DivisorRule,
    votes: list[int],
    seats: int,
    min_seats: int,
    priority: list[int],
    tie_rule: str,
) -> Apportionment:
    n = len(votes)
    if min_seats < 0:
        raise AllocationError(f"min_seats must be zero or more, got {min_seats}")
    if min_seats * n > seats:
        raise AllocationError(
            f"{n} units × a minimum of {min_seats} seats needs {min_seats * n} seats, "
            f"but only {seats} exist"
        )
    counts = [min_seats] * n
    free = seats - min_seats * n
    eligible = [i for i in range(n) if votes[i] > 0]
    if not free:
        return Apportionment(tuple(counts))
    if not eligible:
        raise AllocationError("no votes to share the seats by")
    ties = _award_divisor_seats(rule, votes, eligible, counts, free, priority, tie_rule)
    return Apportionment(tuple(counts), tuple(ties))


def _award_divisor_seats(
    rule: DivisorRule,
    votes: list[int],
    eligible: list[int],
    counts: list[int],
    free: int,
    priority: list[int],
    tie_rule: str,
) -> list[Tie]:
    """Add ``free`` seats to ``counts`` for the largest quotients votes/d(k), k >= counts."""
    base = {i: counts[i] for i in eligible}
    _float_allocation(rule, votes, eligible, counts, sum(counts) + free)
    # The cut-off lies between the smallest quotient awarded and the largest not awarded.
    q = rule.quotient
    last = {i: q(votes[i], counts[i] - 1) if counts[i] > base[i] else math.inf for i in eligible}
    nxt = {i: q(votes[i], counts[i]) for i in eligible}
    lowest_in, highest_out = min(last.values()), max(nxt.values())
    if lowest_in > highest_out * (1 + 4 * _BAND):
        return []  # a clear margin: float rounding cannot have misplaced a seat
    lo = min(lowest_in, highest_out) * (1 - _BAND)
    hi = max(lowest_in, highest_out) * (1 + _BAND)
    # Seats whose quotient lies in [lo, hi] are taken back and decided exactly.
    pool: list[tuple[Fraction | float, int, int]] = []  # (exact key, unit, k)
    reopened = 0
    for i in eligible:
        if last[i] > hi and nxt[i] < lo:
            continue
        while counts[i] > base[i] and q(votes[i], counts[i] - 1) <= hi:
            counts[i] -= 1
            reopened += 1
        k = counts[i]
        while q(votes[i], k) >= lo:
            pool.append((rule.exact_key(votes[i], k), i, k))
            k += 1
    return _award_exact(pool, reopened, counts, priority, tie_rule) if reopened else []


def _float_allocation(
    rule: DivisorRule, votes: list[int], eligible: list[int], counts: list[int], target: int
) -> None:
    """Raise ``counts`` to sum to ``target`` by float quotients (the exact pass follows).

    A cut-off is estimated and rescaled until the seats above it are within a few of the
    target; the last few seats are then added or removed one by one, greedily.
    """
    base = {i: counts[i] for i in eligible}
    fixed = sum(counts) - sum(base.values())
    # Each unit holds about (x - offset)/step + 1/2 seats above a cut-off at x = votes/cut.
    offset = 0.5 if rule.geometric else rule.offset
    expected = target - len(eligible) * (0.5 - offset / rule.step)
    cut = sum(votes[i] for i in eligible) / (rule.step * max(expected, 1.0))
    for _ in range(60):
        for i in eligible:
            counts[i] = max(rule.seats_above(votes[i], cut), base[i])
        held = fixed + sum(counts[i] for i in eligible)
        if abs(held - target) <= len(eligible) or held == 0:
            break
        cut *= (held / target) ** (1 / max(rule.step, 1))
    q = rule.quotient
    if held < target:
        heap = [(-q(votes[i], counts[i]), i) for i in eligible]
        heapq.heapify(heap)
        for _ in range(target - held):
            i = heapq.heappop(heap)[1]
            counts[i] += 1
            heapq.heappush(heap, (-q(votes[i], counts[i]), i))
    elif held > target:
        heap = [(q(votes[i], counts[i] - 1), i) for i in eligible if counts[i] > base[i]]
        heapq.heapify(heap)
        for _ in range(held - target):
            i = heapq.heappop(heap)[1]
            counts[i] -= 1
            if counts[i] > base[i]:
                heapq.heappush(heap, (q(votes[i], counts[i] - 1), i))


def _award_exact(
    pool: list[tuple[Fraction | float, int, int]],
    seats: int,
    counts: list[int],
    priority: list[int],
    tie_rule: str,
) -> list[Tie]:
    """Give ``seats`` to the largest exact keys in ``pool``; report a tie at the cut-off.

    Equal keys at the cut-off go by ``priority``, a unit's earlier seat first, exactly as a
    seat-by-seat count would hand them out (a unit can hold two equal keys when its first
    divisor equals its second). Equal keys of one unit alone are not a tie between units.
    """
    cut = sorted((e[0] for e in pool), reverse=True)[seats - 1]
    at_stake = seats
    for key, i, _ in pool:
        if key > cut:
            counts[i] += 1
            at_stake -= 1
    level = sorted((e for e in pool if e[0] == cut), key=lambda e: (priority[e[1]], e[2]))
    for _, i, _ in level[:at_stake]:
        counts[i] += 1
    contenders = tuple(sorted({i for _, i, _ in level}))
    if len(level) <= at_stake or len(contenders) == 1:
        return []
    winners = tuple(dict.fromkeys(i for _, i, _ in level[:at_stake]))
    return [Tie(contenders, winners, at_stake, tie_rule)]


# ------------------------------------------------------------------------ largest remainder

# When a quota fills more seats than exist, the count is redone with the next larger quota.
_FALLBACK = {"imperiali-quota": "hagenbach-bischoff", "hagenbach-bischoff": "hare"}


def _quota_name(method_id: str) -> str:
    return METHODS[method_id].short.removesuffix(" quota")


def quota_of(method_id: str, total: int, seats: int) -> Fraction:
    """The quota of a largest-remainder method for ``total`` votes and ``seats`` seats."""
    if method_id == "hare":
        return Fraction(total, seats)
    if method_id == "droop":
        return Fraction(total // (seats + 1) + 1)
    if method_id == "hagenbach-bischoff":
        return Fraction(total, seats + 1)
    if method_id == "imperiali-quota":
        return Fraction(total, seats + 2)
    raise AllocationError(f"{method_id} is not a quota method")


def _largest_remainder(
    method_id: str, votes: list[int], seats: int, priority: list[int], tie_rule: str
) -> Apportionment:
    total = sum(votes)
    if seats == 0:
        return Apportionment(tuple(0 for _ in votes))
    if total == 0:
        raise AllocationError("no votes to share the seats by")
    notes: list[str] = []
    while True:
        quota = quota_of(method_id, total, seats)
        whole, rems = _whole_and_remainders(votes, quota)
        left = seats - sum(whole)
        if left >= 0:
            break
        fallback = _FALLBACK[method_id]
        notes.append(
            f"The {_quota_name(method_id)} quota filled {-left} seat(s) more than exist; "
            f"the count was redone with the {_quota_name(fallback)} quota."
        )
        method_id = fallback
    with_remainder = int(np.count_nonzero(rems)) if isinstance(rems, np.ndarray) else (
        len(rems) - rems.count(0))
    if left > with_remainder:
        # Only the integer Droop quota gets here: on tiny totals it exceeds votes/seats.
        raise AllocationError(
            f"the {METHODS[method_id].short} quota of {quota} votes leaves {left} seat(s) for "
            f"{with_remainder} remainder(s): too few votes to share {seats} seats"
        )
    counts = list(whole)
    ties: list[Tie] = []
    if left:
        ties = _award_remainders(rems, left, counts, priority, tie_rule)
    return Apportionment(tuple(counts), tuple(ties), quota, tuple(notes))


# Many units: numpy's exact int64 arithmetic, while the products cannot overflow.
_VECTOR_MIN_UNITS = 64
_INT64_SAFE = 2**62


def _whole_and_remainders(votes: list[int], quota: Fraction):
    """Whole quotas per unit and the remainders v - whole*quota, scaled by the quota's
    denominator (so remainders compare as integers): a list and a list or int64 array."""
    num, den = quota.numerator, quota.denominator
    if len(votes) >= _VECTOR_MIN_UNITS and max(votes) * den < _INT64_SAFE and num < _INT64_SAFE:
        whole, rems = np.divmod(np.asarray(votes, dtype=np.int64) * den, num)
        return whole.tolist(), rems
    whole, rems = zip(*(divmod(v * den, num) for v in votes), strict=True)
    return list(whole), rems


def _award_remainders(rems, left: int, counts: list[int], priority: list[int],
                      tie_rule: str) -> list[Tie]:
    """Give ``left`` seats to the largest remainders; an array is cut with a partition, and
    only the remainders equal to the cut-off go through the exact award (ties included)."""
    if not isinstance(rems, np.ndarray):
        return _award_exact([(r, i, 0) for i, r in enumerate(rems)], left, counts, priority,
                            tie_rule)
    cut = np.partition(rems, len(rems) - left)[len(rems) - left]
    above = np.flatnonzero(rems > cut)
    for i in above.tolist():
        counts[i] += 1
    level = [(int(cut), i, 0) for i in np.flatnonzero(rems == cut).tolist()]
    return _award_exact(level, left - len(above), counts, priority, tie_rule)
