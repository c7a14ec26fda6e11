"""The Monte Carlo simulation of ``simulate`` (docs/cli.md).

``simulate_scenario`` perturbs the party vote shares, applies the threshold exactly, allocates
the list tier with ``core.simulate.batch`` in chunks (progress and cancellation between
chunks), adds the fixed district and appointed seats, and summarises each party's seat
distribution, the chances of qualifying and of a majority, and the coalitions that can reach
one.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.model import limits
from core.model.scenario import Scenario
from core.refusal import Refusal
from core.rules import metrics
from core.rules.adjustments import ADJUSTMENTS
from core.rules.allocate import allocate
from core.rules.count import tie_priority
from core.rules.linkages import LINKAGES
from core.rules.result import Result
from core.rules.thresholds import threshold_base
from core.simulate.batch import allocate_units_by_runs
from core.text.render import Rendered

SLOW_PATH_MAX_RUNS = 20_000
LIST_LENGTHS = QT_TRANSLATE_NOOP("adjustment", "List lengths")
MIN_LISTS = QT_TRANSLATE_NOOP("adjustment", "A minimum number of lists")
MAX_COALITION_SIZE = 3
WHOLE_FROM = QT_TRANSLATE_NOOP(
    "refusal", "{option} must be a whole number from {low} to {high}, got {got}")


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
    exact_path: bool = False  # True when run by run through core.rules.allocate (see notes)
    notes: tuple[Message, ...] = field(default=())


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
    """Monte Carlo over vote-share errors (docs/cli.md ``simulate``).

    Each run adds a normal error of ``sd`` percentage points to every party's share of the
    party votes, clips at 0, renormalises and rounds to whole votes keeping the total of
    party votes (cumulative rounding); against-all and invalid ballots stay fixed, so the
    threshold base is fixed. The list tier is allocated exactly; district and appointed seats
    are fixed (parallel system). Other systems (compensatory, additional member) go run by
    run through ``core.rules.allocate``, up to ``SLOW_PATH_MAX_RUNS`` runs. Exact ties are broken
    in the scenario's tie order; under ``more_votes`` that order is taken from the scenario's
    own votes, not re-ranked in each run.

    ``progress(done, runs)`` is called after each chunk of ``chunk`` runs; ``cancel()``
    returning True before a chunk raises ``SimulationCancelled``. The same seed gives the
    same result, whatever the chunk size.
    """
    _check_inputs(scenario, runs, sd, seed, chunk)
    reference = allocate(scenario)
    exact_path = _needs_exact_path(scenario)
    if exact_path is not None and runs > SLOW_PATH_MAX_RUNS:
        raise Refusal(QT_TRANSLATE_NOOP(
            "refusal", "{why} (exact allocation each time): at most {limit} runs; got {got}"),
            where="simulate", why=Rendered(exact_path), limit=SLOW_PATH_MAX_RUNS, got=runs)
    engine = (_BatchEngine if exact_path is None else _ExactEngine)(scenario, reference)
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


def _needs_exact_path(scenario: Scenario) -> Message | None:
    """Why the vectorised path does not apply, or None when it does."""
    linkage = LINKAGES[scenario.mixed_type]
    if not linkage.batch_simulation:
        return msg("simulate.exact_path_linkage", linkage=Term("linkage", linkage.name))
    if any(p.one_person_list for p in scenario.parties):
        return msg("simulate.exact_path_one_person")
    rules = rules_in_words(scenario)
    if rules:
        return msg("simulate.exact_path_rules", rules=rules)
    return None


def rules_in_words(scenario: Scenario) -> list[Term]:
    """The rules of the scenario that the vectorised path does not know, by name."""
    tier = scenario.list_tier
    names = [Term("adjustment", ADJUSTMENTS[key].name) for key in ADJUSTMENTS
             if key in tier.adjustments]
    if tier.list_lengths is not None:
        names.append(Term("adjustment", LIST_LENGTHS))
    if tier.threshold.min_lists:
        names.append(Term("adjustment", MIN_LISTS))
    return names


def _check_inputs(scenario: Scenario, runs: int, sd: float, seed: int, chunk: int) -> None:
    if isinstance(runs, bool) or not isinstance(runs, int) or not 1 <= runs <= limits.MAX_RUNS:
        raise Refusal(WHOLE_FROM, where="simulate", option="--runs", low=1,
                      high=limits.MAX_RUNS, got=str(runs))
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**63:
        raise Refusal(WHOLE_FROM, where="simulate", option="--seed", low=0,
                      high=str(2**63 - 1), got=str(seed))
    if not math.isfinite(sd) or sd < 0:
        raise Refusal(QT_TRANSLATE_NOOP(
            "refusal", "{option} must be zero or more percentage points, got {got}"),
            where="simulate", option="--sd", got=f"{sd:g}")
    if chunk < 1:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "{option} must be at least 1, got {got}"),
                      where="simulate", option="chunk", got=chunk)
    if scenario.list_tier.constituencies is not None:
        raise Refusal(QT_TRANSLATE_NOOP(
            "refusal", "scenarios with list constituencies are not supported yet (a national "
            "vote-share error does not say how each constituency moves)"), where="simulate")
    if sum(p.votes for p in scenario.parties) == 0:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "the parties have no votes to perturb"),
                      where="simulate")


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


def _threshold_votes(scenario: Scenario) -> np.ndarray:
    """The fewest votes that pass the threshold, per party (a coalition may need more); the
    base is fixed in the simulation because the total of party votes and the other ballots
    are kept (exact: integer arithmetic)."""
    rule = scenario.list_tier.threshold
    base = threshold_base(scenario)
    needs = [rule.percent_for(p.members) * base / 100 for p in scenario.parties]
    return np.array([math.ceil(n) if rule.inclusive else math.floor(n) + 1 for n in needs],
                    dtype=np.int64)[:, None]


class _ExactEngine:
    """Any system, run by run through ``allocate`` (exact, a few thousand runs a second)."""

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
               reference: Result, exact_path: Message | None) -> SimulationResult:
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
    notes = [msg("simulate.counting", house=house, simple=metrics.simple_majority(house))]
    if exact_path is not None:
        notes.append(exact_path)
    return SimulationResult(scenario.title, runs, seed, sd, house, parties,
                            tally.any_majority / runs, tuple(coalitions), exact_path is not None,
                            tuple(notes))


def _percentile(histogram: np.ndarray, runs: int, percent: int) -> int:
    """The smallest seat count s with at least ``percent``% of runs at s or fewer seats
    (the inverted-CDF percentile, exact on integer counts)."""
    need = -(-percent * runs // 100)
    return int(np.searchsorted(np.cumsum(histogram), max(need, 1)))

