"""Counts accumulated over the runs of a simulation, batch by batch, in integers (so that the
summary does not depend on how the runs were batched): seat histograms, qualification and
majorities, coalitions, each district's winners and each constituency's seats."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np

from core.simulate.engines.common import Chunk

MAX_COALITION_SIZE = 3


@dataclass
class Tally:
    """Integer counts of every run so far."""

    parties: int
    house: int
    districts: int = 0
    constituencies: int = 0
    runs: int = 0
    seat_sum: np.ndarray = field(init=False)
    histogram: np.ndarray = field(init=False)
    qualify: np.ndarray = field(init=False)
    majority: np.ndarray = field(init=False)
    two_thirds: np.ndarray = field(init=False)
    any_majority: int = 0
    # Per batch: the parties with seats in it, and each group's (majority, every member
    # needed) run counts; see ``coalitions``.
    batches: list[tuple[frozenset[int], dict[tuple[int, ...], tuple[int, int]]]] = field(
        default_factory=list)
    district_wins: np.ndarray = field(init=False)  # (D, P + 1): the last, self-nominated
    constituency_seats: np.ndarray = field(init=False)  # (C, P) summed over runs

    def __post_init__(self) -> None:
        p = self.parties
        self.seat_sum = np.zeros(p, dtype=np.int64)
        self.histogram = np.zeros((p, self.house + 1), dtype=np.int64)
        self.qualify = np.zeros(p, dtype=np.int64)
        self.majority = np.zeros(p, dtype=np.int64)
        self.two_thirds = np.zeros(p, dtype=np.int64)
        self.district_wins = np.zeros((self.districts, p + 1), dtype=np.int64)
        self.constituency_seats = np.zeros((self.constituencies, p), dtype=np.int64)

    def add(self, out: Chunk) -> None:
        """Count one batch of outcomes."""
        runs = out.house.size
        self.runs += runs
        simple = out.house // 2 + 1
        has = out.seats_with_affiliated >= simple
        self.seat_sum += out.seats.sum(axis=1)
        self.qualify += out.qualified.sum(axis=1)
        self.majority += has.sum(axis=1)
        self.two_thirds += (out.seats_with_affiliated >= -(-2 * out.house // 3)).sum(axis=1)
        self.any_majority += int(has.any(axis=0).sum())
        top = int(out.seats.max(initial=0))
        if top > self.house:  # a house grown beyond the headroom (overhang)
            grown = np.zeros((self.parties, top + 1), dtype=np.int64)
            grown[:, : self.histogram.shape[1]] = self.histogram
            self.histogram, self.house = grown, top
        width = self.house + 1
        cells = (np.arange(self.parties)[:, None] * width + out.seats).ravel()
        self.histogram += np.bincount(cells, minlength=self.parties * width).reshape(
            self.parties, width)
        self._coalitions(out.seats_with_affiliated, simple, has)
        if out.district_party is not None and self.districts:
            kinds = self.parties + 1
            cells = (np.arange(self.districts)[:, None] * kinds + out.district_party).ravel()
            self.district_wins += np.bincount(cells, minlength=self.districts * kinds).reshape(
                self.districts, kinds)
        if out.constituency_seats is not None and self.constituencies:
            self.constituency_seats += out.constituency_seats.sum(axis=2)

    def _coalitions(self, seats: np.ndarray, simple: np.ndarray, single: np.ndarray) -> None:
        """Count, for every group of up to MAX_COALITION_SIZE parties with seats in this
        batch, the runs where it holds a majority and those where every member is needed;
        groups whose best seat counts add up short are skipped (no majority in the batch)."""
        best = seats.max(axis=1)
        least = int(simple.min(initial=0))
        present = [i for i in range(seats.shape[0]) if best[i] > 0]
        wins: dict[tuple[int, ...], np.ndarray] = {}
        counts: dict[tuple[int, ...], tuple[int, int]] = {}
        for size in range(1, MAX_COALITION_SIZE + 1):
            for group in itertools.combinations(present, size):
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
                counts[group] = (int(np.count_nonzero(has)), int(np.count_nonzero(needed)))
        self.batches.append((frozenset(present), counts))

    def coalitions(self) -> dict[tuple[int, ...], tuple[int, int]]:
        """Runs with a majority and runs with every member needed, for each group that needed
        every member at least once (the others add nothing: a smaller group already has the
        majority whenever they do). In a batch where some members won no seat, the group's
        majority runs are those of its members with seats (every member needed: none)."""
        groups = {g for _, counts in self.batches for g, (_, needed) in counts.items() if needed}
        out = {}
        for group in groups:
            majority = needed = 0
            for present, counts in self.batches:
                part = tuple(i for i in group if i in present)
                majority += counts.get(part, (0, 0))[0]
                if len(part) == len(group):
                    needed += counts.get(group, (0, 0))[1]
            out[group] = (majority, needed)
        return out


def percentile(histogram: np.ndarray, runs: int, percent: int) -> int:
    """The smallest seat count s with at least ``percent``% of runs at s or fewer seats
    (the inverted-CDF percentile, exact on integer counts)."""
    need = -(-percent * runs // 100)
    return int(np.searchsorted(np.cumsum(histogram), max(need, 1)))
