"""Vectorised batch allocation: many vote vectors apportioned at once, exactly.

``allocate_batch`` apportions many vote vectors at once (one per row; ``allocate_units_by_runs``
is the same on the transposed layout) and agrees exactly with ``core.rules.methods.apportion``
with its default tie priority (input order): every comparison that decides a seat is an
integer comparison (cross-multiplied quotients, integer remainders). When a product could
overflow int64, the arrays switch to Python integers (``dtype=object``): slower, still exact.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from core.message import QT_TRANSLATE_NOOP
from core.rules.methods import (
    FIRST_DIVISOR_ONLY,
    INT64_SAFE,
    MINIMUM_NEEDS_DIVISORS,
    NEGATIVE_MINIMUM,
    NEGATIVE_SEATS,
    NEGATIVE_VOTES,
    NO_VOTES,
    NOT_QUOTA,
    QUOTA,
    TOO_FEW_FOR_MINIMUM,
    AllocationError,
    divisor_rule,
    method,
    method_term,
)

_BIG = np.finfo(np.float64).max  # infinite quotients, still below "no seat to take back"


# ------------------------------------------------------------------------ batch allocation
#
# Internally arrays are units × runs (one row per party, one column per run): reductions over
# the few units then run along contiguous rows, about six times faster than along short rows.


def allocate_batch(
    method_id: str,
    votes: np.ndarray,
    seats: int,
    *,
    first_divisor: Fraction | None = None,
    min_seats: int = 0,
    active: np.ndarray | None = None,
) -> np.ndarray:
    """Apportion ``seats`` for every row of ``votes`` (runs × units, non-negative integers).

    Row by row the same as ``apportion(method_id, row, seats, first_divisor=...,
    min_seats=...)`` with ties going to the earlier unit (lower column index). ``active``
    (bool, runs × units) leaves units out of a row entirely, as if they were not in the
    input (no votes, no minimum seats): the threshold's non-qualifying parties. Raises
    ``AllocationError`` as ``apportion`` does (a row with no votes, too few seats, ...).
    Returns runs × units int64 seats.
    """
    votes = _as_int_votes(votes)
    mask = None if active is None else np.ascontiguousarray(np.asarray(active, bool).T)
    seats_t = allocate_units_by_runs(method_id, np.ascontiguousarray(votes.T), seats,
                                     first_divisor=first_divisor, min_seats=min_seats,
                                     active=mask)
    return np.ascontiguousarray(seats_t.T)


def allocate_units_by_runs(
    method_id: str,
    votes: np.ndarray,
    seats: int | np.ndarray,
    *,
    first_divisor: Fraction | None = None,
    min_seats: int = 0,
    active: np.ndarray | None = None,
    held: np.ndarray | None = None,
    start: np.ndarray | None = None,
) -> np.ndarray:
    """``allocate_batch`` on the transposed layout: ``votes`` and the result are units × runs
    (the fast path of the simulation, with no transposing copies). Ties: lower unit index.

    Two generalisations for the simulation of whole systems: ``seats`` may be one count per
    column (a constituency's seats, a compensatory house that varies run by run), and
    ``held`` (divisor methods, units × runs) gives seats each unit already holds, counted
    first in its divisor sequence (the additional member system: the next quotient is
    votes/d(held + list seats won so far)); the result then includes them, ``seats`` being
    the total held plus shared. ``start`` (divisor methods, units × runs) is a first guess
    of the result, such as the base election's seats: only what it gets wrong is moved
    (each run is still decided exactly; a good guess makes most runs a mere check).
    """
    m = method(method_id)
    seats = np.broadcast_to(np.asarray(seats, dtype=np.int64), (votes.shape[1],))
    if seats.size and seats.min() < 0:
        raise AllocationError(NEGATIVE_SEATS, got=int(seats.min()))
    if active is not None:
        votes = np.where(active, votes, 0)
    if m.kind == QUOTA:
        if min_seats or held is not None:
            raise AllocationError(MINIMUM_NEEDS_DIVISORS)
        if first_divisor is not None:
            raise AllocationError(FIRST_DIVISOR_ONLY)
        return _largest_remainder_batch(method_id, votes, seats)
    return _highest_averages_batch(method_id, votes, seats, first_divisor, min_seats, active,
                                   held, start)


def _as_int_votes(votes: np.ndarray) -> np.ndarray:
    """``votes`` as a 2-D int64 array (object if too large for int64), checked."""
    arr = np.asarray(votes)
    if arr.ndim != 2:
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "votes must be a 2-D array (runs × units), got {n}-D"), n=arr.ndim)
    if arr.dtype.kind == "f":
        if not np.all(np.isfinite(arr)) or np.any(arr != np.floor(arr)):
            raise AllocationError(QT_TRANSLATE_NOOP("refusal", "votes must be whole numbers"))
        if arr.size and arr.max() >= 2**53:
            raise AllocationError(QT_TRANSLATE_NOOP(
                "refusal", "float votes of {limit} or more are not exact: pass integers"),
                limit="2**53")
        arr = arr.astype(np.int64)
    elif arr.dtype.kind not in "iuO":
        raise AllocationError(QT_TRANSLATE_NOOP("refusal", "votes must be integers, got {got}"),
                              got=str(arr.dtype))
    if arr.size and arr.min() < 0:
        raise AllocationError(NEGATIVE_VOTES)
    if arr.dtype.kind == "O" or (arr.size and int(arr.max()) >= INT64_SAFE):
        return arr.astype(object)
    return arr.astype(np.int64, copy=False)


def _widen(arr: np.ndarray, bound: int) -> np.ndarray:
    """``arr`` as Python integers when products up to ``bound`` could overflow int64."""
    return arr.astype(object) if bound >= INT64_SAFE else arr


def _place(key: np.ndarray) -> np.ndarray:
    """Per run (column), each unit's place when sorted by ``key`` descending, ties by unit
    index: place_i = #{j: key_j > key_i, or key_j == key_i and j < i}."""
    place = np.zeros(key.shape, dtype=np.int64)
    for j, i in itertools.combinations(range(key.shape[0]), 2):  # j < i
        j_first = key[j] >= key[i]
        place[i] += j_first
        place[j] += ~j_first
    return place


# Largest remainder: whole = floor(v / q) with q = num/den; remainders compared as
# v*den - whole*num, integers on the common denominator of the run.


def _quota_parts(method_id: str, totals: np.ndarray,
                 seats: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(numerator, denominator) of each run's quota, as int arrays: the registered method's
    own ``quota`` rule, applied to the array of totals."""
    quota = method(method_id).quota
    if quota is None:
        raise AllocationError(NOT_QUOTA, method=method_id)
    num, den = quota(totals, seats)
    return (np.broadcast_to(num, totals.shape).astype(totals.dtype),
            np.broadcast_to(den, totals.shape).astype(totals.dtype))


def _largest_remainder_batch(method_id: str, votes: np.ndarray,
                             seats: np.ndarray) -> np.ndarray:
    out = np.zeros(votes.shape, dtype=np.int64)
    totals = votes.sum(axis=0)
    if np.any((totals == 0) & (seats > 0)):
        raise AllocationError(NO_VOTES)
    todo = np.flatnonzero(seats > 0)
    while todo.size:
        v = votes if todo.size == votes.shape[1] else votes[:, todo]
        t, n = totals[todo], seats[todo]
        v = _widen(v, int(t.max()) * (int(n.max()) + 2))
        num, den = _quota_parts(method_id, t.astype(v.dtype), n.astype(v.dtype))
        whole = v * den // num
        left = n - whole.sum(axis=0)
        over = left < 0
        if over.any():
            v, whole, num, den, left = (a[..., ~over] for a in (v, whole, num, den, left))
        rems = v * den - whole * num
        if np.any(left > (rems > 0).sum(axis=0)):
            # As core.rules.methods: only the integer Droop quota gets here, on tiny totals.
            raise AllocationError(QT_TRANSLATE_NOOP(
                "refusal", "the {method} quota leaves more seats than remainders: too few votes "
                "to share {seats} seats"), method=method_term(method_id), seats=int(n.max()))
        out[:, todo[~over]] = whole + (_place(rems) < left)
        if over.any():
            fallback = method(method_id).fallback
            if fallback is None:
                raise AllocationError(QT_TRANSLATE_NOOP(
                    "refusal", "the {method} quota filled more seats than exist"),
                    method=method_term(method_id))
            method_id = fallback
        todo = todo[over]
    return out


# Highest averages: a float cut-off estimate and float greedy passes, then every run whose
# cut-off is not clear by a safe margin is settled exactly. Divisors are scaled to integers
# (first divisor a/b: every divisor times b) and quotients compared by cross-multiplying;
# Huntington-Hill compares squared quotients v²/(k(k+1)). A zero divisor is an infinite
# quotient. Seats go in the order (quotient desc, unit index asc, k asc): the order of
# core.rules.methods' exact pass with the default priority.


@dataclass(frozen=True)
class _Divisors:
    """Integer divisors D(k) of one divisor method, and the power of the votes they divide."""

    step: int
    offset: int
    first: int  # D(0)
    scale: int  # D(k) = scale*(step*k + offset) for k >= 1
    geometric: bool

    @classmethod
    def of(cls, method_id: str, first_divisor: Fraction | None) -> _Divisors:
        rule = divisor_rule(method_id, first_divisor)
        if rule.geometric:
            return cls(1, 0, 0, 1, True)
        return cls(rule.step, rule.offset, rule.first.numerator, rule.first.denominator, False)

    def at(self, k: np.ndarray) -> np.ndarray:
        """D(k), elementwise (k(k+1) for Huntington-Hill)."""
        if self.geometric:
            return k * (k + 1)
        later = k * self.step if self.step != 1 else k
        later = later + self.offset if self.scale == 1 else self.scale * (later + self.offset)
        if self.first == self.scale * self.offset:  # the usual first divisor: one formula
            return later
        return np.where(k == 0, self.first, later)

    def power(self, votes: np.ndarray) -> np.ndarray:
        """The numerator of the compared quotient: v, or v² for Huntington-Hill."""
        return votes * votes if self.geometric else votes

    def quotients(self, votes: np.ndarray, k: np.ndarray) -> np.ndarray:
        """power(v)/D(k) in floats (``votes`` as floats): inf where D(k) = 0."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return self.power(votes) / self.at(k)

    def estimate(self, votes: np.ndarray, target: np.ndarray) -> np.ndarray:
        """A float guess of the seats each unit holds when each run shares ``target`` seats
        (the cut-off estimate of core.rules.methods._float_allocation, vectorised)."""
        eligible = (votes > 0).sum(axis=0)
        offset = 0.5 if self.geometric else self.offset
        expected = np.maximum(target - eligible * (0.5 - offset / self.step), 1.0)
        cut = votes.sum(axis=0) / (self.step * expected)
        x = votes / np.maximum(cut, 1e-300)
        if self.geometric:  # k(k+1) < x²
            return np.where(votes > 0, np.ceil((np.sqrt(1.0 + 4.0 * x * x) - 1.0) / 2.0), 0)
        later = np.maximum(np.ceil((x - self.offset) / self.step) - 1, 0)
        return (x > self.first / self.scale) + later


def _highest_averages_batch(
    method_id: str,
    votes: np.ndarray,
    seats: np.ndarray,
    first_divisor: Fraction | None,
    min_seats: int,
    active: np.ndarray | None,
    held: np.ndarray | None,
    start: np.ndarray | None = None,
) -> np.ndarray:
    if min_seats < 0:
        raise AllocationError(NEGATIVE_MINIMUM, got=min_seats)
    taking_part = np.ones(votes.shape, bool) if active is None else active
    if min_seats:
        n = taking_part.sum(axis=0)
        short = np.flatnonzero(min_seats * n > seats)
        if short.size:
            n, have = int(n[short[0]]), int(seats[short[0]])
            raise AllocationError(TOO_FEW_FOR_MINIMUM, n=n, minimum=min_seats,
                                  needed=min_seats * n, seats=have)
    base = np.where(taking_part, min_seats, 0).astype(np.int64)
    if held is not None:
        base = np.maximum(base, np.where(taking_part, held, 0))
    free = seats - base.sum(axis=0)
    if np.any(free < 0):
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "more seats are held than the count shares"))
    if votes.shape[1] == 0 or not np.any(free):
        return base
    eligible = votes > 0
    if np.any(~eligible.any(axis=0) & (free > 0)):
        raise AllocationError(NO_VOTES)
    div = _Divisors.of(method_id, first_divisor)
    # With seats held, guess the whole count (held seats included) and start from the larger.
    target = free if held is None else seats
    counts = _float_allocation(div, votes.astype(np.float64), eligible, base, seats, target,
                               start)
    doubtful = np.flatnonzero(_doubtful(div, votes.astype(np.float64), eligible, counts, base))
    if doubtful.size:
        v = votes[:, doubtful]
        most = int(seats[doubtful].max()) + 1
        bound = int(v.max()) ** (2 if div.geometric else 1) * int(div.at(np.array(most)))
        counts[:, doubtful] = _settle(div, div.power(_widen(v, bound)), eligible[:, doubtful],
                                      counts[:, doubtful], base[:, doubtful], seats[doubtful])
    return counts


def _argmax_units(q: np.ndarray) -> np.ndarray:
    """Per run, the unit with the largest ``q`` (ties: the lower index)."""
    best = np.zeros(q.shape[1], dtype=np.int64)
    top = q[0]
    for i in range(1, q.shape[0]):
        better = q[i] > top
        best[better] = i
        top = np.where(better, q[i], top)
    return best


def _float_allocation(div: _Divisors, v: np.ndarray, eligible: np.ndarray,
                      base: np.ndarray, seats: np.ndarray, target: np.ndarray,
                      start: np.ndarray | None = None) -> np.ndarray:
    """Counts from ``start`` or else the float cut-off estimate for ``target`` seats, then
    float greedy passes (one seat per run per pass) until each run holds ``seats``;
    ``_doubtful`` then finds the runs to settle exactly."""
    guess = (div.estimate(v, target.astype(np.float64)).astype(np.int64) if start is None
             else start)
    counts = np.where(eligible, np.maximum(guess, base), base)
    runs = np.flatnonzero(counts.sum(axis=0) != seats)
    while runs.size:
        c, e, vr = counts[:, runs], eligible[:, runs], v[:, runs]
        add = c.sum(axis=0) < seats[runs]
        r = np.arange(runs.size)
        if add.any():
            nxt = np.where(e, div.quotients(vr, c), -1.0)
            c[_argmax_units(nxt[:, add]), r[add]] += 1
        if not add.all():
            last = np.minimum(div.quotients(vr, np.maximum(c - 1, 0)), _BIG)
            last = np.where(e & (c > base[:, runs]), last, np.inf)
            c[_argmax_units(-last[:, ~add]), r[~add]] -= 1
        counts[:, runs] = c
        runs = runs[c.sum(axis=0) != seats[runs]]
    return counts


def _doubtful(div: _Divisors, v: np.ndarray, eligible: np.ndarray, counts: np.ndarray,
              base: np.ndarray) -> np.ndarray:
    """Runs where float rounding could have misplaced a seat: the smallest awarded quotient
    does not clear the largest unawarded one by a safe relative margin (ties included)."""
    nxt = np.where(eligible, div.quotients(v, counts), 0.0).max(axis=0)
    held = eligible & (counts > base)
    last = np.where(held, div.quotients(v, np.maximum(counts - 1, 0)), np.inf).min(axis=0)
    return ~(last > nxt * (1 + 1e-9))


def _settle(div: _Divisors, num: np.ndarray, eligible: np.ndarray, counts: np.ndarray,
            base: np.ndarray, seats: np.ndarray) -> np.ndarray:
    """Exact greedy passes until each run holds the ``seats`` first quotients in the order.

    Each pass, on the runs not yet settled: too few seats -> add the best unawarded quotient;
    too many -> take back the worst awarded one; right number but the best unawarded comes
    before the worst awarded -> move that seat. Runs leave once settled.
    """
    runs = np.arange(counts.shape[1])
    while runs.size:
        c, n, e, b = counts[:, runs], num[:, runs], eligible[:, runs], base[:, runs]
        held, want = c.sum(axis=0), seats[runs]
        best = _best_next(div, n, e, c)
        worst = _worst_last(div, n, e, c, b)
        move = (held == want) & (worst >= 0) & _precedes(div, n, c, best, worst)
        grow, shrink = (held < want) | move, (held > want) | move
        r = np.arange(runs.size)
        c[best[grow], r[grow]] += 1
        c[worst[shrink], r[shrink]] -= 1
        counts[:, runs] = c
        runs = runs[grow | shrink]
    return counts


def _exact_parts(div: _Divisors, num: np.ndarray, mask: np.ndarray,
                 k: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(numerator, divisor) of each unit's k-th quotient; units outside ``mask`` get 0/1."""
    return np.where(mask, num, 0), np.where(mask, div.at(k), 1)


def _best_next(div: _Divisors, num: np.ndarray, eligible: np.ndarray,
               counts: np.ndarray) -> np.ndarray:
    """Per run, the unit with the largest next quotient (ties: lowest index)."""
    q, d = _exact_parts(div, num, eligible, counts)
    best = np.zeros(num.shape[1], dtype=np.int64)
    bq, bd = q[0], d[0]
    for i in range(1, num.shape[0]):
        better = q[i] * bd > bq * d[i]
        best = np.where(better, i, best)
        bq, bd = np.where(better, q[i], bq), np.where(better, d[i], bd)
    return best


def _worst_last(div: _Divisors, num: np.ndarray, eligible: np.ndarray, counts: np.ndarray,
                base: np.ndarray) -> np.ndarray:
    """Per run, the unit whose last awarded quotient comes last in the order (smallest
    quotient; ties: highest index); -1 when no seat beyond the minimum is held."""
    held = eligible & (counts > base)
    q, d = _exact_parts(div, num, held, np.maximum(counts - 1, 0))
    worst = np.full(num.shape[1], -1, dtype=np.int64)
    wq, wd = np.zeros_like(q[0]), np.zeros_like(d[0])
    for i in range(num.shape[0]):
        # An infinite quotient (zero divisor) is never later than a finite one.
        later = held[i] & ((worst < 0) | (q[i] * wd <= wq * d[i]))
        worst = np.where(later, i, worst)
        wq, wd = np.where(later, q[i], wq), np.where(later, d[i], wd)
    return worst


def _precedes(div: _Divisors, num: np.ndarray, counts: np.ndarray, best: np.ndarray,
              worst: np.ndarray) -> np.ndarray:
    """Whether the best unawarded quotient comes before the worst awarded one in the order."""
    r = np.arange(num.shape[1])
    w = np.maximum(worst, 0)
    qb, db = num[best, r], div.at(counts[best, r])
    qw, dw = num[w, r], div.at(np.maximum(counts[w, r] - 1, 0))
    lhs, rhs = qb * dw, qw * db
    return (lhs > rhs) | ((lhs == rhs) & (best < worst))


