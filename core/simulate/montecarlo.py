"""The Monte Carlo simulation of ``simulate`` (docs/cli.md, docs/projections.md).

``simulate_scenario`` draws each run's votes (``core.simulate.draws``: national, regional and
district errors around the base election or a projection, moved to every district and
constituency by the swing model), counts every seat exactly with the linkage's batch engine
(``core.simulate.engines``; run by run through ``core.rules.allocate`` for a linkage without
one), chunk by chunk with progress and cancellation between chunks, and summarises each
party's seat distribution, the chances of qualifying and of a majority, the coalitions that
can reach one, each district's winners and each constituency's seats.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.model import limits
from core.model.scenario import Scenario
from core.refusal import Refusal
from core.rules import metrics
from core.rules.adjustments import ADJUSTMENTS
from core.rules.allocate import allocate
from core.rules.linkages import LINKAGES
from core.rules.result import Result
from core.simulate.draws import Draws, Model, RunVotes
from core.simulate.engines import ENGINES
from core.simulate.engines.common import Context
from core.simulate.engines.exact import ExactEngine
from core.simulate.tally import Counts, Tally, percentile

BLOCK_DISTRICTS = 512  # runs per engine call with district noise (cache-sized arrays)
BLOCK_LISTS = 32_768  # runs per engine call otherwise (divided among constituencies)
WORKERS = min(2, os.cpu_count() or 1)  # threads counting blocks (numpy releases the GIL)
LIST_LENGTHS = QT_TRANSLATE_NOOP("adjustment", "List lengths")
MIN_LISTS = QT_TRANSLATE_NOOP("adjustment", "A minimum number of lists")
LOCAL_SHARE = QT_TRANSLATE_NOOP("adjustment", "A share of one constituency's votes")
WHOLE_FROM = QT_TRANSLATE_NOOP(
    "refusal", "{option} must be a whole number from {low} to {high}, got {got}")


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
    # Self-nominated district winners sitting with the party in the base result: they count
    # towards its majorities but not in ``histogram``.
    affiliated_seats: int = 0


@dataclass(frozen=True)
class CoalitionChance:
    """How often ``parties`` together hold a simple majority (seats with affiliated), and how
    often they do while no smaller part of them does (every member needed)."""

    parties: tuple[str, ...]
    p_majority: float
    p_minimal: float


@dataclass(frozen=True)
class DistrictChance:
    """One district: who won it in the base election (party id, None: self-nominated) and
    each party's chance of winning it (``None`` key: a self-nominated candidate)."""

    id: str
    name: str
    winner: str | None
    p_win: dict[str | None, float] = field(hash=False)


@dataclass(frozen=True)
class ConstituencySeats:
    """One list constituency (or additional member region): mean list seats per party."""

    id: str
    name: str
    seats_mean: dict[str, float] = field(hash=False)


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
    model: Model = field(default_factory=Model)
    districts: tuple[DistrictChance, ...] = ()
    constituencies: tuple[ConstituencySeats, ...] = ()
    nothing_moves: Message | None = None  # why every run gives the same house, if so


def simulate_scenario(
    scenario: Scenario,
    runs: int,
    sd: float = 2.0,
    seed: int = 0,
    *,
    model: Model | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    chunk: int = 100_000,
) -> SimulationResult:
    """Monte Carlo over vote-share errors (docs/projections.md).

    ``model`` says how the runs vary (swing model, error model, regional and district
    errors, a projected target); without it, a normal error of ``sd`` points on each party's
    national share around the base election, swung uniformly to every district and
    constituency. Exact ties are broken in the scenario's tie order; under ``more_votes``
    that order is taken from the scenario's own votes, not re-ranked in each run.

    ``progress(done, runs)`` is called after each chunk of ``chunk`` runs; ``cancel()``
    returning True before a chunk raises ``SimulationCancelled``. The same seed gives the
    same result, whatever the chunk size.
    """
    model = (model or Model(sd=sd)).check()
    _check_inputs(scenario, runs, seed, chunk)
    reference = allocate(scenario)
    draws = Draws(scenario, model, seed)
    ctx = Context(scenario, reference, draws)
    why = why_not_vectorised(scenario)
    engine = ExactEngine(ctx) if why is not None else ENGINES[scenario.mixed_type](ctx)
    units = len(scenario.list_tier.constituencies or (None,))
    block = BLOCK_DISTRICTS if draws.kernel is not None else max(256, BLOCK_LISTS // units)
    candidates = draws.arrays.districts.votes.size
    tally = Tally(len(scenario.parties), engine.max_house,
                  len(scenario.list_tier.constituencies or ()), candidates=candidates)
    started = time.perf_counter()
    done = 0

    def count(votes: RunVotes) -> Counts:
        return Counts.of(engine.outcomes(votes), candidates)

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        while done < runs:
            if cancel is not None and cancel():
                raise SimulationCancelled(f"cancelled after {done:,} of {runs:,} runs")
            size = min(chunk, runs - done)
            pending: deque[Future[Counts]] = deque()
            for start in range(0, size, block):  # draws in order here, counts in the pool
                pending.append(pool.submit(count, draws.chunk(min(block, size - start))))
                while len(pending) > 2 * WORKERS:
                    tally.add(pending.popleft().result())
            while pending:
                tally.add(pending.popleft().result())
            done += size
            if progress is not None:
                progress(done, runs)
    notes = [msg("simulate.counting", house=reference.seats_total,
                 simple=metrics.simple_majority(reference.seats_total))]
    if why is not None:
        rate = runs / max(time.perf_counter() - started, 1e-9)
        notes += [why, msg("simulate.exact_speed", runs=runs, rate=round(rate))]
    return _summarise(scenario, tally, seed, model, reference, why is not None, notes)


def why_not_vectorised(scenario: Scenario) -> Message | None:
    """Why the scenario is simulated run by run (its linkage has no batch engine), or None.
    A rule the batch engines do not know adds its reason here."""
    linkage = LINKAGES[scenario.mixed_type]
    if not linkage.batch_simulation or linkage.id not in ENGINES:
        return msg("simulate.exact_path_linkage", linkage=Term("linkage", linkage.name))
    rules = rules_in_words(scenario)
    if rules:
        return msg("simulate.exact_path_rules", rules=rules)
    return None


def rules_in_words(scenario: Scenario) -> list[Term]:
    """The rules of the scenario that the vectorised engines do not know, by name."""
    tier = scenario.list_tier
    names = [Term("adjustment", ADJUSTMENTS[key].name) for key in ADJUSTMENTS
             if key in tier.adjustments]
    if tier.list_lengths is not None or any(c.list_lengths is not None
                                            for c in tier.constituencies or ()):
        names.append(Term("adjustment", LIST_LENGTHS))
    if tier.threshold.min_lists:
        names.append(Term("adjustment", MIN_LISTS))
    if tier.threshold.or_constituency_percent:
        names.append(Term("adjustment", LOCAL_SHARE))
    return names


def nothing_moves(scenario: Scenario) -> Message | None:
    """Why no run can differ from another (no seat depends on votes the simulation moves:
    no list seats with votes, no district with candidates), or None."""
    tier = scenario.list_tier
    lists = tier.seats > 0 and (sum(p.votes for p in scenario.parties) > 0
                                or tier.constituencies is not None)
    contested = any(len(d.candidates) > 1 for d in scenario.district_tier.districts)
    if lists or contested:
        return None
    return msg("simulate.nothing_moves", house=scenario.house_size,
               declared=sum(d.seats for d in scenario.district_tier.declared),
               appointed=sum(a.seats for a in scenario.appointed))


def _check_inputs(scenario: Scenario, runs: int, seed: int, chunk: int) -> None:
    if isinstance(runs, bool) or not isinstance(runs, int) or not 1 <= runs <= limits.MAX_RUNS:
        raise Refusal(WHOLE_FROM, where="simulate", option="--runs", low=1,
                      high=limits.MAX_RUNS, got=str(runs))
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**63:
        raise Refusal(WHOLE_FROM, where="simulate", option="--seed", low=0,
                      high=str(2**63 - 1), got=str(seed))
    if chunk < 1:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "{option} must be at least 1, got {got}"),
                      where="simulate", option="chunk", got=chunk)
    moving = sum(p.votes for p in scenario.parties) + sum(
        c.votes for d in scenario.district_tier.districts for c in d.candidates)
    if moving == 0 and not any(sum(c.votes.values())
                               for c in scenario.list_tier.constituencies or ()):
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "the parties have no votes to perturb"),
                      where="simulate")


def _summarise(scenario: Scenario, tally: Tally, seed: int, model: Model,
               reference: Result, exact: bool, notes: list[Message]) -> SimulationResult:
    runs = tally.runs
    house = reference.seats_total
    parties = tuple(
        PartySimulation(
            id=p.id,
            name=p.name,
            seats_mean=int(tally.seat_sum[i]) / runs,
            seats_p05=percentile(tally.histogram[i], runs, 5),
            seats_p95=percentile(tally.histogram[i], runs, 95),
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
         for g, c in tally.coalitions().items()),
        key=lambda c: (-c.p_minimal, -c.p_majority, len(c.parties), c.parties))
    return SimulationResult(
        scenario.title, runs, seed, model.sd, house, parties, tally.any_majority / runs,
        tuple(coalitions), exact, tuple(notes), model, _districts(scenario, tally, reference),
        _constituencies(scenario, tally), nothing_moves(scenario))


def _districts(scenario: Scenario, tally: Tally, reference: Result
               ) -> tuple[DistrictChance, ...]:
    winners = [w.party for w in reference.district_winners if w.district_index is not None]
    out, first = [], 0
    for d, winner in zip(scenario.district_tier.districts, winners, strict=True):
        chances: dict[str | None, float] = {}
        for c, n in zip(d.candidates, tally.district_wins[first:first + len(d.candidates)],
                        strict=True):
            if n:
                chances[c.party] = chances.get(c.party, 0.0) + int(n) / tally.runs
        first += len(d.candidates)
        out.append(DistrictChance(d.id, d.name, winner, chances))
    return tuple(out)


def _constituencies(scenario: Scenario, tally: Tally) -> tuple[ConstituencySeats, ...]:
    ids = [p.id for p in scenario.parties]
    return tuple(
        ConstituencySeats(c.id, c.name, {pid: int(n) / tally.runs for pid, n in zip(ids, row,
                                                                                   strict=True)
                                         if n})
        for c, row in zip(scenario.list_tier.constituencies or (), tally.constituency_seats,
                          strict=True))

