"""What every engine shares: the outcome of a chunk of runs, the district seats of each run,
the threshold tests, the list tier's sharing rule in batch form, and the exact count of single
runs (for the rare runs a vectorised rule leaves to it, and for rules with no engine).

Arrays are parties × runs (``core.simulate.batch``'s layout); parties in scenario order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from core.model.scenario import Scenario
from core.model.swing import with_constituency_votes, with_district_votes
from core.rules.allocate import allocate
from core.rules.count import tie_priority
from core.rules.methods import QUOTA, method
from core.rules.result import Result
from core.rules.thresholds import base_votes, threshold_base
from core.simulate.batch import allocate_units_by_runs
from core.simulate.draws import Draws, RunVotes


@dataclass(eq=False)
class Chunk:
    """Outcomes of one chunk, parties × runs: seats (nominating party), seats with
    affiliated, qualification; the house of each run; each district's winning candidate
    (D × runs, candidates numbered in district order) and each constituency's seats (C × P ×
    runs), when there are any."""

    seats: np.ndarray
    seats_with_affiliated: np.ndarray
    qualified: np.ndarray
    house: np.ndarray
    district_winner: np.ndarray | None = None
    constituency_seats: np.ndarray | None = None


@dataclass(eq=False)
class Context:
    """What an engine is built from: the scenario, its own result, and the runs' draws."""

    scenario: Scenario
    reference: Result
    draws: Draws

    @property
    def parties(self) -> int:
        return len(self.scenario.parties)


@dataclass(eq=False)
class DistrictSeats:
    """District seats of a chunk: ``won`` by nominating party (P × runs, declared totals
    included), ``affiliated`` (self-nominated winners sitting with a party), ``independents``
    (runs,), each district's winning candidate and its party (D × runs, P = self-nominated)."""

    won: np.ndarray
    affiliated: np.ndarray
    independents: np.ndarray
    winner: np.ndarray | None
    party: np.ndarray | None


class Districts:
    """District seats run by run: the winners of districts with candidates (they move) plus
    the declared totals (they do not)."""

    def __init__(self, ctx: Context) -> None:
        s = ctx.scenario
        self.parties = ctx.parties
        index = {p.id: i for i, p in enumerate(s.parties)}
        d = ctx.draws.arrays.districts
        self.party = d.party.astype(np.int32)
        # Self-nominated candidates who would sit with a party (affiliation), -1 for others.
        self.affiliation = np.where(d.party == self.parties, d.affiliation, -1).astype(np.int32)
        self.sits_with_party = bool((self.affiliation >= 0).any())
        self.declared_won = np.zeros(self.parties, dtype=np.int64)
        self.declared_affiliated = np.zeros(self.parties, dtype=np.int64)
        self.declared_independents = 0
        for dec in s.district_tier.declared:
            if dec.party is not None:
                self.declared_won[index[dec.party]] += dec.seats
            else:
                self.declared_independents += dec.seats
                if dec.affiliation is not None:
                    self.declared_affiliated[index[dec.affiliation]] += dec.seats

    def of(self, votes: RunVotes) -> DistrictSeats:
        runs = votes.runs
        winners = votes.winners
        won = np.repeat(self.declared_won[:, None], runs, axis=1)
        affiliated = np.repeat(self.declared_affiliated[:, None], runs, axis=1)
        independents = np.full(runs, self.declared_independents, dtype=np.int64)
        if winners is None:
            return DistrictSeats(won, affiliated, independents, None, None)
        party = self.party[winners]  # D × runs
        counts = per_run_counts(party, self.parties + 1, runs)
        won += counts[:-1]
        independents += counts[-1]
        if self.sits_with_party:
            aff = self.affiliation[winners]
            affiliated += per_run_counts(np.where(aff >= 0, aff, self.parties),
                                         self.parties + 1, runs)[:-1]
        return DistrictSeats(won, affiliated, independents, winners, party)


def per_run_counts(units: np.ndarray, kinds: int, runs: int) -> np.ndarray:
    """(kinds, runs) how many entries of ``units`` (any × runs, values 0..kinds-1) each kind
    has in each run."""
    cells: np.ndarray = (units * np.int32(runs) if kinds * runs < 2**31
                         else units.astype(np.int64) * runs)
    cells += np.arange(runs, dtype=cells.dtype)
    counts: np.ndarray = np.bincount(cells.ravel(), minlength=kinds * runs).reshape(kinds, runs)
    return counts


@dataclass(eq=False)
class Thresholds:
    """The threshold tests in batch form. The base of each test is fixed in the simulation:
    party votes are renormalised to their total (nationwide and per constituency) and the
    other ballots are kept, so the fewest votes that pass are fixed too (integers, exact)."""

    national_min: np.ndarray  # (P, 1)
    exempt: np.ndarray  # (P, 1) bool
    by_seats: int  # or_district_seats (0: none)
    local_min: np.ndarray | None = None  # (C, P, 1) under scope "constituency"
    national_scope: bool = True

    @classmethod
    def of(cls, scenario: Scenario) -> Thresholds:
        rule = scenario.list_tier.threshold
        percents = [rule.percent_for(p.members) for p in scenario.parties]  # coalitions: more
        base = threshold_base(scenario)
        need = np.array([_fewest(percent, rule.inclusive, base) for percent in percents],
                        dtype=np.int64)[:, None]
        exempt = np.array([p.threshold_exempt for p in scenario.parties])[:, None]
        local = None
        constituencies = scenario.list_tier.constituencies
        scoped = rule.scope == "constituency" and constituencies is not None
        if scoped and constituencies is not None:
            local = np.array([[_fewest(percent, rule.inclusive, base_votes(
                rule, sum(c.votes.values()), c.against_all, c.invalid)) for percent in percents]
                for c in constituencies], dtype=np.int64)[:, :, None]
        return cls(need, exempt, rule.or_district_seats, local, not scoped)

    def national(self, votes: np.ndarray, won: np.ndarray) -> np.ndarray:
        """(P, runs) who passes on the national votes (or district seats, or exemption)."""
        out: np.ndarray = (votes >= self.national_min) | self.exempt
        if self.by_seats:
            out |= won >= self.by_seats
        return out

    def local(self, votes: np.ndarray, national: np.ndarray, won: np.ndarray) -> np.ndarray:
        """(C, P, runs) who takes part in each constituency: the nationally qualified, or
        under a per-constituency threshold who passes there (Belgium, Spain)."""
        if self.national_scope:
            return np.broadcast_to(national, votes.shape)
        out: np.ndarray = (votes >= self.local_min) | self.exempt
        if self.by_seats:
            out |= won >= self.by_seats
        return out


def _fewest(percent: Fraction, inclusive: bool, base: int) -> int:
    """The fewest votes that pass ``percent`` of ``base`` (exact: Fraction arithmetic)."""
    need = percent * base / 100
    return math.ceil(need) if inclusive else math.floor(need) + 1


class Sharing:
    """The list tier's method in batch form, ties in the scenario's order: the parties are
    handed to the kernel sorted by tie priority, so that "the earlier unit wins" is the
    scenario's rule (under ``more_votes`` the order of the scenario's own votes)."""

    def __init__(self, scenario: Scenario) -> None:
        tier = scenario.list_tier
        self.method, self.first_divisor, self.min_seats = (tier.method, tier.first_divisor,
                                                           tier.min_seats)
        self.order = np.argsort(tie_priority(scenario), kind="stable")
        self.back = np.argsort(self.order, kind="stable")
        self.sorted = bool(np.all(self.order == np.arange(self.order.size)))
        self.one_person = np.array([p.one_person_list for p in scenario.parties])
        self.quota = method(tier.method).kind == QUOTA

    def share(self, votes: np.ndarray, seats: int | np.ndarray, active: np.ndarray,
              held: np.ndarray | None = None, start: np.ndarray | None = None) -> np.ndarray:
        """Seats (units × columns) for ``votes`` of the ``active`` parties; ``held`` seats
        counted first (additional member); ``start`` a first guess (divisor methods: the
        base election's seats, most runs then only checked). Units are parties in scenario
        order."""
        if self.quota:
            start = None
        if not self.sorted:
            votes, active = votes[self.order], active[self.order]
            held = None if held is None else held[self.order]
            start = None if start is None else start[self.order]
        out = allocate_units_by_runs(
            self.method, votes, seats, first_divisor=self.first_divisor,
            min_seats=self.min_seats, active=None if active.all() else active, held=held,
            start=start)
        back: np.ndarray = out if self.sorted else out[self.back]
        return back

    def capped(self, seats: np.ndarray) -> np.ndarray:
        """(columns,) where a one-person list holds more than one seat: those columns are
        counted exactly (the list keeps one, the rest is shared again)."""
        if not self.one_person.any():
            return np.zeros(seats.shape[1], dtype=bool)
        out: np.ndarray = (seats[self.one_person] > 1).any(axis=0)
        return out


class ExactRuns:
    """Single runs counted exactly by ``core.rules.allocate`` on the run's own votes."""

    def __init__(self, ctx: Context) -> None:
        self.scenario = ctx.scenario
        self.ids = [p.id for p in ctx.scenario.parties]
        self.starts = ctx.draws.arrays.districts.starts.tolist()

    def scenario_of(self, votes: RunVotes, r: int) -> Scenario:
        """The scenario with run ``r``'s votes (list, constituencies, district candidates)."""
        s = self.scenario
        if votes.constituency_votes is not None:
            s = with_constituency_votes(s, votes.constituency_votes[:, :, r])
        else:
            s = s.with_votes(dict(zip(self.ids, map(int, votes.national_list_votes()[:, r]),
                                      strict=True)))
        if votes.noise is not None:
            s = with_district_votes(s, votes.district_votes(r))
        return s

    def count(self, votes: RunVotes, runs: np.ndarray, out: Chunk) -> None:
        """Replace the outcomes of ``runs`` in ``out`` by exact counts."""
        for r in runs.tolist():
            result = allocate(self.scenario_of(votes, r))
            out.seats[:, r] = [p.seats for p in result.parties]
            out.seats_with_affiliated[:, r] = [p.seats_with_affiliated for p in result.parties]
            out.qualified[:, r] = [p.qualified for p in result.parties]
            out.house[r] = result.seats_total
            if out.district_winner is not None:
                out.district_winner[:, r] = [self.starts[w.district_index] + w.candidate_index
                                             for w in result.district_winners
                                             if w.district_index is not None]
            if out.constituency_seats is not None:
                out.constituency_seats[:, :, r] = [[c.seats[p] for p in self.ids]
                                                   for c in result.constituencies]


class Engine:
    """What every batch engine holds: the district kernel, the thresholds, how list seats
    are shared, the exact count for the runs it leaves, and the appointed seats."""

    def __init__(self, ctx: Context) -> None:
        s = ctx.scenario
        self.districts = Districts(ctx)
        self.thresholds = Thresholds.of(s)
        self.sharing = Sharing(s)
        self.exact = ExactRuns(ctx)
        self.appointed = sum(a.seats for a in s.appointed)
