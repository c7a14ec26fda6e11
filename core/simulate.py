"""Vectorised batch allocation and the Monte Carlo simulation of CONTRACT.md §2 ``simulate``.

``allocate_batch`` apportions many vote vectors at once (one per row; ``allocate_units_by_runs``
is the same on the transposed layout) and agrees exactly with
``core.methods.apportion`` with its default tie priority (input order): every comparison
that decides a seat is an integer comparison (cross-multiplied quotients, integer
remainders). When a product could overflow int64, the arrays switch to Python integers
(``dtype=object``): slower, still exact.

``simulate_scenario`` perturbs the party vote shares, applies the threshold exactly, allocates
the list tier with ``allocate_batch`` in chunks (progress and cancellation between chunks),
adds the fixed district and appointed seats, and summarises each party's seat distribution,
the chances of qualifying and of a majority, and the coalitions that can reach one.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from core import metrics
from core.allocate import Result, allocate, threshold_base, tie_priority
from core.methods import AllocationError, divisor_rule, method, quota_of
from core.scenario import Scenario

# Products below this bound are safe in int64 (2**63 ≈ 9.2e18, with a margin for sums).
_INT64_SAFE = 2**62
# When a quota fills more seats than exist, the count is redone with the next larger quota
# (as core.methods does; its notes explain it in a report).
_QUOTA_FALLBACK = {"imperiali-quota": "hagenbach-bischoff", "hagenbach-bischoff": "hare"}
# Non-parallel scenarios are simulated by the exact single allocation, run by run.
SLOW_PATH_MAX_RUNS = 20_000
MAX_COALITION_SIZE = 3
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
    seats: int,
    *,
    first_divisor: Fraction | None = None,
    min_seats: int = 0,
    active: np.ndarray | None = None,
) -> np.ndarray:
    """``allocate_batch`` on the transposed layout: ``votes`` and the result are units × runs
    (the fast path of the simulation, with no transposing copies). Ties: lower unit index."""
    m = method(method_id)
    if seats < 0:
        raise AllocationError(f"seats must be zero or more, got {seats}")
    if active is not None:
        votes = np.where(active, votes, 0)
    if m.kind == "quota":
        if min_seats:
            raise AllocationError("a minimum of seats per unit needs a divisor method")
        if first_divisor is not None:
            raise AllocationError("a first divisor applies to divisor methods only")
        return _largest_remainder_batch(method_id, votes, seats)
    return _highest_averages_batch(method_id, votes, seats, first_divisor, min_seats, active)


def _as_int_votes(votes: np.ndarray) -> np.ndarray:
    """``votes`` as a 2-D int64 array (object if too large for int64), checked."""
    arr = np.asarray(votes)
    if arr.ndim != 2:
        raise AllocationError(f"votes must be a 2-D array (runs × units), got {arr.ndim}-D")
    if arr.dtype.kind == "f":
        if not np.all(np.isfinite(arr)) or np.any(arr != np.floor(arr)):
            raise AllocationError("votes must be whole numbers")
        if arr.size and arr.max() >= 2**53:
            raise AllocationError("float votes of 2**53 or more are not exact: pass integers")
        arr = arr.astype(np.int64)
    elif arr.dtype.kind not in "iuO":
        raise AllocationError(f"votes must be integers, got {arr.dtype}")
    if arr.size and arr.min() < 0:
        raise AllocationError("votes must be zero or more")
    if arr.dtype.kind == "O" or (arr.size and int(arr.max()) >= _INT64_SAFE):
        return arr.astype(object)
    return arr.astype(np.int64, copy=False)


def _widen(arr: np.ndarray, bound: int) -> np.ndarray:
    """``arr`` as Python integers when products up to ``bound`` could overflow int64."""
    return arr.astype(object) if bound >= _INT64_SAFE else arr


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


def _quota_parts(method_id: str, totals: np.ndarray, seats: int) -> tuple[np.ndarray, np.ndarray]:
    """(numerator, denominator) of each run's quota, as int arrays (see core.methods.quota_of)."""
    if method_id == "droop":
        return totals // (seats + 1) + 1, np.ones_like(totals)
    per_seat = quota_of(method_id, 1, seats)  # 1/den: den is the seat count the quota divides by
    return totals, np.full_like(totals, per_seat.denominator)


def _largest_remainder_batch(method_id: str, votes: np.ndarray, seats: int) -> np.ndarray:
    if seats == 0 or votes.shape[1] == 0:
        return np.zeros(votes.shape, dtype=np.int64)
    totals = votes.sum(axis=0)
    if np.any(totals == 0):
        raise AllocationError("no votes to share the seats by")
    out = np.empty(votes.shape, dtype=np.int64)
    todo = np.arange(votes.shape[1])
    while todo.size:
        v = votes if todo.size == votes.shape[1] else votes[:, todo]
        t = totals[todo]
        v = _widen(v, int(t.max()) * (seats + 2))
        num, den = _quota_parts(method_id, t.astype(v.dtype), seats)
        whole = v * den // num
        left = seats - whole.sum(axis=0)
        over = left < 0
        if over.any():
            v, whole, num, den, left = (a[..., ~over] for a in (v, whole, num, den, left))
        rems = v * den - whole * num
        if np.any(left > (rems > 0).sum(axis=0)):
            # As core.methods: only the integer Droop quota gets here, on tiny totals.
            raise AllocationError(f"the {method(method_id).short} quota leaves more seats than "
                                  f"remainders: too few votes to share {seats} seats")
        out[:, todo[~over]] = whole + (_place(rems) < left)
        if over.any():
            method_id = _QUOTA_FALLBACK[method_id]
        todo = todo[over]
    return out


# Highest averages: a float cut-off estimate and float greedy passes, then every run whose
# cut-off is not clear by a safe margin is settled exactly. Divisors are scaled to integers
# (first divisor a/b: every divisor times b) and quotients compared by cross-multiplying;
# Huntington-Hill compares squared quotients v²/(k(k+1)). A zero divisor is an infinite
# quotient. Seats go in the order (quotient desc, unit index asc, k asc): the order of
# core.methods' exact pass with the default priority.


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
        (the cut-off estimate of core.methods._float_allocation, vectorised)."""
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
    seats: int,
    first_divisor: Fraction | None,
    min_seats: int,
    active: np.ndarray | None,
) -> np.ndarray:
    if min_seats < 0:
        raise AllocationError(f"min_seats must be zero or more, got {min_seats}")
    taking_part = np.ones(votes.shape, bool) if active is None else active
    if min_seats:
        n = int(taking_part.sum(axis=0).max(initial=0))
        if min_seats * n > seats:
            raise AllocationError(f"{n} units × a minimum of {min_seats} seats needs "
                                  f"{min_seats * n} seats, but only {seats} exist")
    base = np.where(taking_part, min_seats, 0).astype(np.int64)
    free = seats - base.sum(axis=0)
    if votes.shape[1] == 0 or not np.any(free):
        return base
    eligible = votes > 0
    if np.any(~eligible.any(axis=0) & (free > 0)):
        raise AllocationError("no votes to share the seats by")
    div = _Divisors.of(method_id, first_divisor)
    counts = _float_allocation(div, votes.astype(np.float64), eligible, base, seats, free)
    doubtful = np.flatnonzero(_doubtful(div, votes.astype(np.float64), eligible, counts, base))
    if doubtful.size:
        v = votes[:, doubtful]
        bound = int(v.max()) ** (2 if div.geometric else 1) * int(div.at(np.array(seats + 1)))
        counts[:, doubtful] = _settle(div, div.power(_widen(v, bound)), eligible[:, doubtful],
                                      counts[:, doubtful], base[:, doubtful], seats)
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
                      base: np.ndarray, seats: int, free: np.ndarray) -> np.ndarray:
    """Counts from the float cut-off estimate, then float greedy passes (one seat per run per
    pass) until each run holds ``seats``; ``_doubtful`` then finds the runs to settle exactly."""
    guess = div.estimate(v, free.astype(np.float64)).astype(np.int64)
    counts = np.where(eligible, np.maximum(guess, base), base)
    runs = np.flatnonzero(counts.sum(axis=0) != seats)
    while runs.size:
        c, e, vr = counts[:, runs], eligible[:, runs], v[:, runs]
        add = c.sum(axis=0) < seats
        r = np.arange(runs.size)
        if add.any():
            nxt = np.where(e, div.quotients(vr, c), -1.0)
            c[_argmax_units(nxt[:, add]), r[add]] += 1
        if not add.all():
            last = np.minimum(div.quotients(vr, np.maximum(c - 1, 0)), _BIG)
            last = np.where(e & (c > base[:, runs]), last, np.inf)
            c[_argmax_units(-last[:, ~add]), r[~add]] -= 1
        counts[:, runs] = c
        runs = runs[c.sum(axis=0) != seats]
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
            base: np.ndarray, seats: int) -> np.ndarray:
    """Exact greedy passes until each run holds the ``seats`` first quotients in the order.

    Each pass, on the runs not yet settled: too few seats -> add the best unawarded quotient;
    too many -> take back the worst awarded one; right number but the best unawarded comes
    before the worst awarded -> move that seat. Runs leave once settled.
    """
    runs = np.arange(counts.shape[1])
    while runs.size:
        c, n, e, b = counts[:, runs], num[:, runs], eligible[:, runs], base[:, runs]
        held = c.sum(axis=0)
        best = _best_next(div, n, e, c)
        worst = _worst_last(div, n, e, c, b)
        move = (held == seats) & (worst >= 0) & _precedes(div, n, c, best, worst)
        grow, shrink = (held < seats) | move, (held > seats) | move
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


# ------------------------------------------------------------------------------ Monte Carlo


class SimulationCancelled(Exception):
    """Raised by ``simulate_scenario`` when ``cancel()`` returned True between chunks."""


@dataclass(frozen=True)
class PartySimulation:
    """One party's outcome over all runs (seats by nominating party, as in ``compute``)."""

    id: str
    name: str
    seats_mean: float
    seats_p05: int
    seats_p95: int
    p_qualify: float
    p_majority: float
    p_two_thirds: float
    histogram: tuple[int, ...]  # histogram[s] = runs in which the party won s seats
    # Self-nominated district winners sitting with the party: held fixed in every run, they
    # count towards its majorities but not in ``histogram``.
    affiliated_seats: int = 0


@dataclass(frozen=True)
class CoalitionChance:
    """How often ``parties`` together hold a simple majority (seats with affiliated), and how
    often they do while no smaller part of them does (every member needed)."""

    parties: tuple[str, ...]
    p_majority: float
    p_minimal: float


@dataclass(frozen=True)
class SimulationResult:
    """Summary of a Monte Carlo run: plain data for a table, a chart, JSON or a report."""

    title: str
    runs: int
    seed: int
    sd: float
    house: int
    parties: tuple[PartySimulation, ...]
    p_any_majority: float
    coalitions: tuple[CoalitionChance, ...]
    exact_path: bool = False  # True when run by run through core.allocate (see notes)
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict:
        """The ``simulate --format json`` object (CONTRACT.md §3), extended, never renamed."""
        return {
            "runs": self.runs,
            "seed": self.seed,
            "sd": self.sd,
            "title": self.title,
            "house": self.house,
            "parties": [
                {"id": p.id, "seats_mean": round(p.seats_mean, 4), "seats_p05": p.seats_p05,
                 "seats_p95": p.seats_p95, "p_qualify": p.p_qualify,
                 "p_majority": p.p_majority, "name": p.name, "p_two_thirds": p.p_two_thirds,
                 "histogram": {str(s): n for s, n in enumerate(p.histogram) if n}}
                for p in self.parties
            ],
            "p_any_majority": self.p_any_majority,
            "coalitions": [{"parties": list(c.parties), "p_majority": c.p_majority,
                            "p_minimal": c.p_minimal} for c in self.coalitions],
            "notes": list(self.notes),
        }

    def to_table(self) -> str:
        """A readable text table for the command line."""
        width = max(12, *(len(p.name) for p in self.parties))
        head = (f"{'Party':<{width}} {'Mean':>7} {'5%':>4} {'95%':>4} {'Qualify':>8} "
                f"{'Majority':>9} {'2/3':>7}")
        lines = [self.title, f"Monte Carlo: {self.runs:,} runs, error sd {self.sd:g} points, "
                 f"seed {self.seed}; house {self.house} seats.", "", head, "-" * len(head)]
        lines += [f"{p.name:<{width}} {p.seats_mean:>7.2f} {p.seats_p05:>4} {p.seats_p95:>4} "
                  f"{_pct(p.p_qualify):>8} {_pct(p.p_majority):>9} {_pct(p.p_two_thirds):>7}"
                  for p in self.parties]
        lines += ["-" * len(head), f"Any single party with a majority: {_pct(self.p_any_majority)}"]
        groups = [c for c in self.coalitions if len(c.parties) > 1 and c.p_minimal > 0]
        if groups:
            lines += ["", "Coalitions (chance of a majority; of one needing every member):"]
            lines += [f"  {' + '.join(c.parties)}: {_pct(c.p_majority)}; {_pct(c.p_minimal)}"
                      for c in groups[:15]]
        lines += [f"Note: {n}" for n in self.notes]
        return "\n".join(lines) + "\n"


def _pct(p: float) -> str:
    return f"{p * 100:.1f}%"


@dataclass
class _Tally:
    """Integer counts accumulated chunk by chunk (so the result does not depend on chunks)."""

    parties: int
    house: int
    seat_sum: np.ndarray = field(init=False)
    histogram: np.ndarray = field(init=False)
    qualify: np.ndarray = field(init=False)
    majority: np.ndarray = field(init=False)
    two_thirds: np.ndarray = field(init=False)
    any_majority: int = 0
    coalition: dict[tuple[int, ...], list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.seat_sum = np.zeros(self.parties, dtype=np.int64)
        self.histogram = np.zeros((self.parties, self.house + 1), dtype=np.int64)
        self.qualify = np.zeros(self.parties, dtype=np.int64)
        self.majority = np.zeros(self.parties, dtype=np.int64)
        self.two_thirds = np.zeros(self.parties, dtype=np.int64)


@dataclass(frozen=True)
class _Chunk:
    """Outcomes of one chunk, parties × runs: seats (nominating party), seats with
    affiliated, qualification; and the house size of each run."""

    seats: np.ndarray
    seats_with_affiliated: np.ndarray
    qualified: np.ndarray
    house: np.ndarray


def simulate_scenario(
    scenario: Scenario,
    runs: int,
    sd: float = 2.0,
    seed: int = 0,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    chunk: int = 100_000,
) -> SimulationResult:
    """Monte Carlo over vote-share errors (CONTRACT.md §2 ``simulate``).

    Each run adds a normal error of ``sd`` percentage points to every party's share of the
    party votes, clips at 0, renormalises and rounds to whole votes keeping the total of
    party votes (cumulative rounding); against-all and invalid ballots stay fixed, so the
    threshold base is fixed. The list tier is allocated exactly; district and appointed seats
    are fixed (parallel system). Other systems (compensatory, additional member) go run by
    run through ``core.allocate``, up to ``SLOW_PATH_MAX_RUNS`` runs. Exact ties are broken
    in the scenario's tie order; under ``more_votes`` that order is taken from the scenario's
    own votes, not re-ranked in each run.

    ``progress(done, runs)`` is called after each chunk of ``chunk`` runs; ``cancel()``
    returning True before a chunk raises ``SimulationCancelled``. The same seed gives the
    same result, whatever the chunk size.
    """
    _check_inputs(scenario, runs, sd, chunk)
    reference = allocate(scenario)
    exact_path = _needs_exact_path(scenario)
    if exact_path and runs > SLOW_PATH_MAX_RUNS:
        raise ValueError(
            f"simulate: {exact_path} is simulated run by run (exact allocation each time), "
            f"at most {SLOW_PATH_MAX_RUNS:,} runs; got {runs:,}")
    engine = (_ExactEngine if exact_path else _BatchEngine)(scenario, reference)
    rng = np.random.default_rng(seed)
    tally = _Tally(len(scenario.parties), engine.max_house)
    done = 0
    while done < runs:
        if cancel is not None and cancel():
            raise SimulationCancelled(f"cancelled after {done:,} of {runs:,} runs")
        size = min(chunk, runs - done)
        votes = perturbed_votes(scenario, rng, size, sd)
        _add_chunk(tally, engine.outcomes(votes))
        done += size
        if progress is not None:
            progress(done, runs)
    return _summarise(scenario, tally, runs, seed, sd, reference, exact_path)


def _needs_exact_path(scenario: Scenario) -> str:
    """Why the vectorised path does not apply (a phrase), or "" when it does."""
    if scenario.mixed_type != "parallel":
        return f"a {scenario.mixed_type} system"
    if any(p.independent for p in scenario.parties):
        return "a scenario with one-person lists (capped at one seat)"
    return ""


def _check_inputs(scenario: Scenario, runs: int, sd: float, chunk: int) -> None:
    if isinstance(runs, bool) or not isinstance(runs, int) or runs < 1:
        raise ValueError(f"simulate: --runs must be a whole number of at least 1, got {runs}")
    if not math.isfinite(sd) or sd < 0:
        raise ValueError(f"simulate: --sd must be zero or more percentage points, got {sd:g}")
    if chunk < 1:
        raise ValueError(f"simulate: chunk must be at least 1, got {chunk}")
    if scenario.list_tier.constituencies is not None:
        raise ValueError("simulate: scenarios with list constituencies are not supported yet "
                         "(a national vote-share error does not say how each constituency "
                         "moves)")
    if sum(p.votes for p in scenario.parties) == 0:
        raise ValueError("simulate: the parties have no votes to perturb")


def perturbed_votes(scenario: Scenario, rng: np.random.Generator, runs: int,
                    sd: float) -> np.ndarray:
    """Parties × runs integer votes (one column per run): each party's share of the party
    votes plus N(0, sd) points, clipped at 0, renormalised, and rounded cumulatively so each
    run keeps the scenario's total of party votes exactly. A run whose shares all clip to 0
    keeps the original shares. Draws the normals run by run, so the votes of a run do not
    depend on how the runs are chunked."""
    original = np.array([p.votes for p in scenario.parties], dtype=np.float64)
    total = int(original.sum())
    shares = (original / total)[:, None]
    noise = rng.standard_normal((runs, original.size))
    noisy = np.ascontiguousarray(noise.T)
    noisy *= sd / 100.0
    noisy += shares
    np.maximum(noisy, 0.0, out=noisy)
    sums = noisy.sum(axis=0)
    dead = sums == 0
    if dead.any():
        noisy[:, dead], sums[dead] = shares, 1.0
    np.cumsum(noisy, axis=0, out=noisy)
    noisy *= total / sums
    cumulative = np.rint(noisy).astype(np.int64)
    cumulative[-1] = total
    cumulative[1:] -= cumulative[:-1].copy()
    return cumulative


class _BatchEngine:
    """Parallel systems: the list tier vectorised, district and appointed seats fixed."""

    def __init__(self, scenario: Scenario, reference: Result) -> None:
        tier = scenario.list_tier
        self.tier = tier
        self.min_votes = _threshold_votes(scenario)
        self.always = np.array([
            p.threshold_exempt or bool(tier.threshold.or_district_seats
                                       and r.district_seats >= tier.threshold.or_district_seats)
            for p, r in zip(scenario.parties, reference.parties, strict=True)])[:, None]
        self.district = np.array([r.district_seats for r in reference.parties],
                                 dtype=np.int64)[:, None]
        self.affiliated = np.array([r.affiliated_seats for r in reference.parties],
                                   dtype=np.int64)[:, None]
        self.others = int(self.district.sum()) + reference.independent_seats \
            + reference.appointed_seats
        self.max_house = tier.seats + self.others
        # Parties in tie-break order, so that "the earlier unit wins" is the scenario's rule.
        self.order = np.argsort(tie_priority(scenario), kind="stable")
        self.back = np.argsort(self.order, kind="stable")
        self.sorted = bool(np.all(self.order == np.arange(self.order.size)))

    def outcomes(self, votes: np.ndarray) -> _Chunk:
        qualified = (votes >= self.min_votes) | self.always
        some = qualified.any(axis=0)
        if not self.tier.seats:
            list_seats = np.zeros(votes.shape, dtype=np.int64)
        elif some.all():
            list_seats = self._list_seats(votes, qualified)
        else:  # runs in which no party qualifies leave the list seats empty (as allocate)
            list_seats = np.zeros(votes.shape, dtype=np.int64)
            if some.any():
                list_seats[:, some] = self._list_seats(votes[:, some], qualified[:, some])
        seats = list_seats + self.district
        house = list_seats.sum(axis=0) + self.others
        return _Chunk(seats, seats + self.affiliated, qualified, house)

    def _list_seats(self, votes: np.ndarray, qualified: np.ndarray) -> np.ndarray:
        if not self.sorted:
            votes, qualified = votes[self.order], qualified[self.order]
        seats = allocate_units_by_runs(
            self.tier.method, votes, self.tier.seats, first_divisor=self.tier.first_divisor,
            min_seats=self.tier.min_seats, active=None if qualified.all() else qualified)
        return seats if self.sorted else seats[self.back]


def _threshold_votes(scenario: Scenario) -> int:
    """The fewest votes that pass the threshold; the base is fixed in the simulation because
    the total of party votes and the other ballots are kept (exact: integer arithmetic)."""
    rule = scenario.list_tier.threshold
    need = rule.percent * threshold_base(scenario) / 100
    return math.ceil(need) if rule.inclusive else math.floor(need) + 1


class _ExactEngine:
    """Any system, run by run through ``core.allocate`` (exact, a few thousand runs a second)."""

    def __init__(self, scenario: Scenario, reference: Result) -> None:
        self.scenario = scenario
        self.ids = [p.id for p in scenario.parties]
        self.max_house = 2 * reference.seats_total + 1  # headroom for overhang seats

    def outcomes(self, votes: np.ndarray) -> _Chunk:
        rows = [allocate(self.scenario.with_votes(dict(zip(self.ids, map(int, run),
                                                               strict=True))))
                for run in votes.T]
        seats = np.array([[p.seats for p in r.parties] for r in rows], dtype=np.int64).T
        aff = np.array([[p.seats_with_affiliated for p in r.parties] for r in rows],
                       dtype=np.int64).T
        qualified = np.array([[p.qualified for p in r.parties] for r in rows], dtype=bool).T
        house = np.array([r.seats_total for r in rows], dtype=np.int64)
        return _Chunk(seats, aff, qualified, house)


def _add_chunk(tally: _Tally, out: _Chunk) -> None:
    simple = out.house // 2 + 1
    has = out.seats_with_affiliated >= simple
    tally.seat_sum += out.seats.sum(axis=1)
    tally.qualify += out.qualified.sum(axis=1)
    tally.majority += has.sum(axis=1)
    tally.two_thirds += (out.seats_with_affiliated >= -(-2 * out.house // 3)).sum(axis=1)
    tally.any_majority += int(has.any(axis=0).sum())
    top = int(out.seats.max(initial=0))
    if top > tally.house:  # overhang beyond the headroom (exact path only)
        grown = np.zeros((tally.parties, top + 1), dtype=np.int64)
        grown[:, : tally.histogram.shape[1]] = tally.histogram
        tally.histogram, tally.house = grown, top
    for i in range(tally.parties):
        tally.histogram[i] += np.bincount(out.seats[i], minlength=tally.house + 1)
    _add_coalitions(tally, out.seats_with_affiliated, simple, has)


def _add_coalitions(tally: _Tally, seats: np.ndarray, simple: np.ndarray,
                    single: np.ndarray) -> None:
    """Count, for every group of up to MAX_COALITION_SIZE parties, the runs where it holds a
    majority and those where every member is needed. Groups that cannot reach one in this
    chunk (their best seat counts add up short) are skipped."""
    n = seats.shape[0]
    best = seats.max(axis=1)
    least = int(simple.min())
    wins: dict[tuple[int, ...], np.ndarray] = {}
    for size in range(1, MAX_COALITION_SIZE + 1):
        for group in itertools.combinations(range(n), size):
            if sum(int(best[i]) for i in group) < least:
                continue
            if size == 1:
                has = single[group[0]]
            else:
                total = seats[group[0]] + seats[group[1]]
                if size == 3:
                    total += seats[group[2]]
                has = total >= simple
            wins[group] = has
            needed = has
            for part in itertools.combinations(group, size - 1):
                if part in wins:
                    needed = needed & ~wins[part]
            count = tally.coalition.setdefault(group, [0, 0])
            count[0] += int(np.count_nonzero(has))
            count[1] += int(np.count_nonzero(needed))


def _summarise(scenario: Scenario, tally: _Tally, runs: int, seed: int, sd: float,
               reference: Result, exact_path: str) -> SimulationResult:
    house = reference.seats_total
    parties = tuple(
        PartySimulation(
            id=p.id,
            name=p.name,
            seats_mean=int(tally.seat_sum[i]) / runs,
            seats_p05=_percentile(tally.histogram[i], runs, 5),
            seats_p95=_percentile(tally.histogram[i], runs, 95),
            p_qualify=int(tally.qualify[i]) / runs,
            p_majority=int(tally.majority[i]) / runs,
            p_two_thirds=int(tally.two_thirds[i]) / runs,
            histogram=tuple(int(x) for x in np.trim_zeros(tally.histogram[i], "b")) or (0,),
            affiliated_seats=reference.parties[i].affiliated_seats,
        )
        for i, p in enumerate(scenario.parties)
    )
    ids = [p.id for p in scenario.parties]
    coalitions = sorted(
        (CoalitionChance(tuple(ids[i] for i in g), c[0] / runs, c[1] / runs)
         for g, c in tally.coalition.items() if c[0]),
        key=lambda c: (-c.p_minimal, -c.p_majority, len(c.parties), c.parties))
    notes = ["Seats count by nominating party; majorities count seats with affiliated "
             f"members, more than half of the house (simple majority of {house}: "
             f"{metrics.simple_majority(house)})."]
    if exact_path:
        notes.append(f"{exact_path[0].upper()}{exact_path[1:]}: every run allocated by "
                     "core.allocate.")
    return SimulationResult(scenario.title, runs, seed, sd, house, parties,
                            tally.any_majority / runs, tuple(coalitions), bool(exact_path),
                            tuple(notes))


def _percentile(histogram: np.ndarray, runs: int, percent: int) -> int:
    """The smallest seat count s with at least ``percent``% of runs at s or fewer seats
    (the inverted-CDF percentile, exact on integer counts)."""
    need = -(-percent * runs // 100)
    return int(np.searchsorted(np.cumsum(histogram), max(need, 1)))

