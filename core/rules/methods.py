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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import numpy as np

from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.refusal import Refusal

# Relative half-width of the band re-decided exactly; float quotients err by ~1e-16.
_BAND = 1e-9


DIVISOR = "divisor"
QUOTA = "quota"
# Products below this bound are exact in int64 (2**63 ≈ 9.2e18, with a margin for sums): the
# vectorised paths here and in core.simulate.batch switch to Python integers above it.
INT64_SAFE = 2**62


@dataclass(frozen=True)
class Method:
    """A registered method: everything that varies from one method to another.

    Divisor methods have divisors d(k) = ``step``·k + ``offset`` for the seat after k seats
    (``geometric``: √(k(k+1)), Huntington-Hill). Quota methods have ``quota(total, seats)``
    giving the quota as (numerator, denominator), on ints or numpy arrays alike, and a
    ``fallback`` method for a quota that fills more seats than exist. ``short``, ``name`` and
    ``notes`` are English, marked for translation (``core.text``: context "method").
    """

    id: str
    kind: str
    short: str
    name: str
    notes: str
    step: int = 0
    offset: int = 0
    geometric: bool = False
    quota: Callable[[Any, Any], tuple[Any, Any]] | None = None
    fallback: str | None = None

    @property
    def first_divisor_configurable(self) -> bool:
        """Whether ``list_tier.first_divisor`` may replace the first divisor."""
        return self.kind == DIVISOR and not self.geometric

    @property
    def takes_minimum(self) -> bool:
        """Whether ``list_tier.min_seats`` applies (divisor methods hand seats out one by one
        and can start from a minimum; a quota cannot)."""
        return self.kind == DIVISOR


METHODS: dict[str, Method] = {}


def register(m: Method) -> Method:
    """Add ``m`` to the registry (scenario files, menus and the simulation read it)."""
    METHODS[m.id] = m
    return m


def _divisor(id_: str, short: str, name: str, notes: str, step: int, offset: int,
             geometric: bool = False) -> Method:
    return register(Method(id_, DIVISOR, short, name, notes, step, offset, geometric))


def _quota(id_: str, short: str, name: str, notes: str,
           quota: Callable[[Any, Any], tuple[Any, Any]], fallback: str | None = None) -> Method:
    return register(Method(id_, QUOTA, short, name, notes, quota=quota, fallback=fallback))


_divisor("dhondt", QT_TRANSLATE_NOOP("method", "D'Hondt"),
         QT_TRANSLATE_NOOP("method", "D'Hondt (Jefferson), divisors 1, 2, 3, ..."),
         QT_TRANSLATE_NOOP("method", "Favours larger parties; Spain, Portugal, Belgium, "
                                     "Finland."), 1, 1)
_divisor("sainte-lague", QT_TRANSLATE_NOOP("method", "Sainte-Laguë"),
         QT_TRANSLATE_NOOP("method", "Sainte-Laguë (Webster), divisors 1, 3, 5, ..."),
         QT_TRANSLATE_NOOP("method", "First divisor configurable: Norway 1.4, Sweden 1.2."),
         2, 1)
_divisor("huntington-hill", QT_TRANSLATE_NOOP("method", "Huntington-Hill"),
         QT_TRANSLATE_NOOP("method", "Huntington-Hill (equal proportions), divisors "
                                     "√(n(n+1))"),
         QT_TRANSLATE_NOOP("method", "US House apportionment since 1941; every unit with "
                                     "votes gets a seat first."), 1, 0, geometric=True)
_divisor("adams", QT_TRANSLATE_NOOP("method", "Adams"),
         QT_TRANSLATE_NOOP("method", "Adams (smallest divisors), divisors 0, 1, 2, ..."),
         QT_TRANSLATE_NOOP("method", "Favours small units; every unit with votes gets a seat "
                                     "first."), 1, 0)
_divisor("danish", QT_TRANSLATE_NOOP("method", "Danish"),
         QT_TRANSLATE_NOOP("method", "Danish, divisors 1, 4, 7, ..."),
         QT_TRANSLATE_NOOP("method", "Used for Denmark's supplementary seats."), 3, 1)
_divisor("imperiali", QT_TRANSLATE_NOOP("method", "Imperiali"),
         QT_TRANSLATE_NOOP("method", "Imperiali, divisors 2, 3, 4, ..."),
         QT_TRANSLATE_NOOP("method", "Belgian municipal elections; strongly favours large "
                                     "parties."), 1, 2)
_quota("hare", QT_TRANSLATE_NOOP("method", "Hare"),
       QT_TRANSLATE_NOOP("method", "Hare quota (votes/seats), largest remainder"),
       QT_TRANSLATE_NOOP("method", "Kazakhstan, Russia; neutral between large and small "
                                   "parties."),
       lambda total, seats: (total, seats))
_quota("droop", QT_TRANSLATE_NOOP("method", "Droop"),
       QT_TRANSLATE_NOOP("method", "Droop quota (⌊votes/(seats+1)⌋+1), largest remainder"),
       QT_TRANSLATE_NOOP("method", "The integer Droop quota; Ireland, South Africa."),
       lambda total, seats: (total // (seats + 1) + 1, 1))
_quota("hagenbach-bischoff", QT_TRANSLATE_NOOP("method", "Hagenbach-Bischoff"),
       QT_TRANSLATE_NOOP("method", "Hagenbach-Bischoff quota (votes/(seats+1)), largest "
                                   "remainder"),
       QT_TRANSLATE_NOOP("method", "Can fill one seat too many when every remainder is zero."),
       lambda total, seats: (total, seats + 1), fallback="hare")
_quota("imperiali-quota", QT_TRANSLATE_NOOP("method", "Imperiali quota"),
       QT_TRANSLATE_NOOP("method", "Imperiali quota (votes/(seats+2)), largest remainder"),
       QT_TRANSLATE_NOOP("method", "Italy 1946-1993; can fill more seats than exist."),
       lambda total, seats: (total, seats + 2), fallback="hagenbach-bischoff")


NO_VOTES = QT_TRANSLATE_NOOP("refusal", "no votes to share the seats by")
# Refusals of the apportionment's own arguments, shared with core.simulate.batch.
NEGATIVE_SEATS = QT_TRANSLATE_NOOP("refusal", "seats must be zero or more, got {got}")
NEGATIVE_VOTES = QT_TRANSLATE_NOOP("refusal", "votes must be zero or more")
MINIMUM_NEEDS_DIVISORS = QT_TRANSLATE_NOOP("refusal", "a minimum of seats per unit needs a "
                                                      "divisor method")
FIRST_DIVISOR_ONLY = QT_TRANSLATE_NOOP("refusal", "a first divisor applies to divisor methods "
                                                  "only")
NOT_QUOTA = QT_TRANSLATE_NOOP("refusal", "{method} is not a quota method")
NEGATIVE_MINIMUM = QT_TRANSLATE_NOOP("refusal", "min_seats must be zero or more, got {got}")
TOO_FEW_FOR_MINIMUM = QT_TRANSLATE_NOOP("refusal", "{n} units × a minimum of {minimum} seats "
                                                   "needs {needed} seats, but only {seats} exist")


class AllocationError(Refusal):
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
    notes: tuple[Message, ...] = field(default=())


def method_term(method_id: str) -> Term:
    """The method's short name as a translatable term ("D'Hondt", "Hare")."""
    return Term("method", METHODS[method_id].short)


def method(method_id: str) -> Method:
    """The registered method ``method_id``, or ``AllocationError`` naming the known ones."""
    try:
        return METHODS[method_id]
    except KeyError:
        known = ", ".join(METHODS)
        raise AllocationError(QT_TRANSLATE_NOOP("refusal", "unknown method {method} (known: "
                                                "{known})"), method=repr(method_id),
                              known=known) from None


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
        raise AllocationError(NEGATIVE_SEATS, got=seats)
    if votes and min(votes) < 0:
        raise AllocationError(NEGATIVE_VOTES)
    priority = list(range(len(votes))) if priority is None else list(priority)
    if m.kind == QUOTA:
        if min_seats:
            raise AllocationError(MINIMUM_NEEDS_DIVISORS)
        if first_divisor is not None:
            raise AllocationError(FIRST_DIVISOR_ONLY)
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


def divisor_rule(method_id: str, first_divisor: Fraction | None = None) -> DivisorRule:
    """The divisor sequence of a divisor method, the first divisor optionally replaced."""
    m = method(method_id)
    if m.kind != DIVISOR:
        raise AllocationError(QT_TRANSLATE_NOOP("refusal", "{method} is not a divisor method"),
                              method=method_id)
    if m.geometric:
        if first_divisor is not None:
            raise AllocationError(QT_TRANSLATE_NOOP(
                "refusal", "{method} has no configurable first divisor"),
                method=method_term(method_id))
        return DivisorRule(m.step, m.offset, Fraction(0), geometric=True)
    if first_divisor is None:
        return DivisorRule(m.step, m.offset, Fraction(m.offset))
    first = Fraction(first_divisor)
    second = m.step + m.offset
    if not 0 <= first <= second:
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "the first divisor must lie between 0 and the second divisor "
            "({second}), got {got}"), second=second, got=f"{float(first):g}")
    return DivisorRule(m.step, m.offset, first)


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
        raise AllocationError(NEGATIVE_MINIMUM, got=min_seats)
    if min_seats * n > seats:
        raise AllocationError(TOO_FEW_FOR_MINIMUM, n=n, minimum=min_seats,
                              needed=min_seats * n, seats=seats)
    counts = [min_seats] * n
    free = seats - min_seats * n
    eligible = [i for i in range(n) if votes[i] > 0]
    if not free:
        return Apportionment(tuple(counts))
    if not eligible:
        raise AllocationError(NO_VOTES)
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

def quota_of(method_id: str, total: int, seats: int) -> Fraction:
    """The quota of a largest-remainder method for ``total`` votes and ``seats`` seats."""
    m = method(method_id)
    if m.quota is None:
        raise AllocationError(NOT_QUOTA, method=method_id)
    num, den = m.quota(total, seats)
    return Fraction(num, den)


def _largest_remainder(
    method_id: str, votes: list[int], seats: int, priority: list[int], tie_rule: str
) -> Apportionment:
    total = sum(votes)
    if seats == 0:
        return Apportionment(tuple(0 for _ in votes))
    if total == 0:
        raise AllocationError(NO_VOTES)
    notes: list[Message] = []
    while True:
        quota = quota_of(method_id, total, seats)
        whole, rems = _whole_and_remainders(votes, quota)
        left = seats - sum(whole)
        if left >= 0:
            break
        # A quota that fills more seats than exist: redo with the next larger quota.
        fallback = METHODS[method_id].fallback
        if fallback is None:
            raise AllocationError(QT_TRANSLATE_NOOP(
                "refusal", "the count by {method} filled more seats than exist"),
                method=method_term(method_id))
        notes.append(msg("note.quota_fallback", method=method_term(method_id), over=-left,
                         fallback=method_term(fallback)))
        method_id = fallback
    with_remainder = int(np.count_nonzero(rems)) if isinstance(rems, np.ndarray) else (
        len(rems) - rems.count(0))
    if left > with_remainder:
        # Only the integer Droop quota gets here: on tiny totals it exceeds votes/seats.
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "the {method} quota of {quota} votes leaves {left} seat(s) for "
            "{remainders} remainder(s): too few votes to share {seats} seats"),
            method=Term("method", METHODS[method_id].short), quota=str(quota), left=left,
            remainders=with_remainder, seats=seats)
    counts = list(whole)
    ties: list[Tie] = []
    if left:
        ties = _award_remainders(rems, left, counts, priority, tie_rule)
    return Apportionment(tuple(counts), tuple(ties), quota, tuple(notes))


# Many units: numpy's exact int64 arithmetic, while the products cannot overflow.
_VECTOR_MIN_UNITS = 64


def _whole_and_remainders(votes: list[int], quota: Fraction
                          ) -> tuple[list[int], list[int] | np.ndarray]:
    """Whole quotas per unit and the remainders v - whole*quota, scaled by the quota's
    denominator (so remainders compare as integers): a list and a list or int64 array."""
    num, den = quota.numerator, quota.denominator
    if len(votes) >= _VECTOR_MIN_UNITS and max(votes) * den < INT64_SAFE and num < INT64_SAFE:
        whole_array, rems_array = np.divmod(np.asarray(votes, dtype=np.int64) * den, num)
        return whole_array.tolist(), rems_array
    pairs = [divmod(v * den, num) for v in votes]
    return [w for w, _ in pairs], [r for _, r in pairs]


def _award_remainders(rems: list[int] | np.ndarray, left: int, counts: list[int],
                      priority: list[int], tie_rule: str) -> list[Tie]:
    """Give ``left`` seats to the largest remainders; an array is cut with a partition, and
    only the remainders equal to the cut-off go through the exact award (ties included)."""
    if not isinstance(rems, np.ndarray):
        return _award_exact([(r, i, 0) for i, r in enumerate(rems)], left, counts,
                            priority, tie_rule)
    cut = np.partition(rems, len(rems) - left)[len(rems) - left]
    above = np.flatnonzero(rems > cut)
    for i in above.tolist():
        counts[i] += 1
    level: list[tuple[Fraction | float, int, int]] = [
        (Fraction(int(cut)), i, 0) for i in np.flatnonzero(rems == cut).tolist()]
    return _award_exact(level, left - len(above), counts, priority, tie_rule)
