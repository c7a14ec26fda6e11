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
    constituencies: int = 0
    runs: int = 0
    seat_sum: np.ndarray = field(init=False)
    histogram: np.ndarray = field(init=False)
    qualify: np.ndarray = field(init=False)
    majority: np.ndarray = field(init=False)
    two_thirds: np.ndarray = field(init=False)
    any_majority: int = 0
    # Per block: the parties with seats in it, and each group's (majority, every member
    # needed) run counts; see ``coalitions``.
    batches: list[tuple[frozenset[int], dict[tuple[int, ...], tuple[int, int]]]] = field(
        default_factory=list)
    candidates: int = 0
    district_wins: np.ndarray = field(init=False)  # (N,) runs won by each district candidate
    constituency_seats: np.ndarray = field(init=False)  # (C, P) summed over runs

    def __post_init__(self) -> None:
        p = self.parties
        self.seat_sum = np.zeros(p, dtype=np.int64)
        self.histogram = np.zeros((p, self.house + 1), dtype=np.int64)
        self.qualify = np.zeros(p, dtype=np.int64)
        self.majority = np.zeros(p, dtype=np.int64)
        self.two_thirds = np.zeros(p, dtype=np.int64)
        self.district_wins = np.zeros(self.candidates, dtype=np.int64)
        self.constituency_seats = np.zeros((self.constituencies, p), dtype=np.int64)

    def add(self, counts: Counts) -> None:
        """Add one block's counts (integers: the summary does not depend on the order or the
        size of the blocks)."""
        self.runs += counts.runs
        self.seat_sum += counts.seat_sum
        self.qualify += counts.qualify
        self.majority += counts.majority
        self.two_thirds += counts.two_thirds
        self.any_majority += counts.any_majority
        width = counts.histogram.shape[1]
        if width > self.histogram.shape[1]:  # a house grown beyond the headroom (overhang)
            grown = np.zeros((self.parties, width), dtype=np.int64)
            grown[:, : self.histogram.shape[1]] = self.histogram
            self.histogram, self.house = grown, width - 1
        self.histogram[:, :width] += counts.histogram
        if counts.district_wins is not None:
            self.district_wins += counts.district_wins
        if counts.constituency_seats is not None:
            self.constituency_seats += counts.constituency_seats
        self.batches.append(counts.coalitions)

    def coalitions(self) -> dict[tuple[int, ...], tuple[int, int]]:
        """Runs with a majority and runs with every member needed, for each group that needed
        every member at least once (the others add nothing: a smaller group already has the
        majority whenever they do). In a block where some members won no seat, the group's
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


@dataclass(eq=False)
class Counts:
    """What one block of runs adds to the tally (computed where the block was counted)."""

    runs: int
    seat_sum: np.ndarray
    histogram: np.ndarray
    qualify: np.ndarray
    majority: np.ndarray
    two_thirds: np.ndarray
    any_majority: int
    district_wins: np.ndarray | None
    constituency_seats: np.ndarray | None
    coalitions: tuple[frozenset[int], dict[tuple[int, ...], tuple[int, int]]]

    @classmethod
    def of(cls, out: Chunk, candidates: int) -> Counts:
        parties, runs = out.seats.shape
        simple = out.house // 2 + 1
        has = out.seats_with_affiliated >= simple
        width = int(out.seats.max(initial=0)) + 1
        cells = (np.arange(parties)[:, None] * width + out.seats).ravel()
        histogram = np.bincount(cells, minlength=parties * width).reshape(parties, width)
        wins = None
        if out.district_winner is not None:
            wins = np.bincount(out.district_winner.ravel(), minlength=candidates)
        return cls(runs, out.seats.sum(axis=1), histogram, out.qualified.sum(axis=1),
                   has.sum(axis=1), (out.seats_with_affiliated
                                     >= -(-2 * out.house // 3)).sum(axis=1),
                   int(has.any(axis=0).sum()), wins,
                   None if out.constituency_seats is None else out.constituency_seats.sum(axis=2),
                   block_coalitions(out.seats_with_affiliated, out.house))


def block_coalitions(seats: np.ndarray, house: np.ndarray
                     ) -> tuple[frozenset[int], dict[tuple[int, ...], tuple[int, int]]]:
    """For every group of up to MAX_COALITION_SIZE parties with seats in a block of runs,
    the runs where it holds a majority and those where every member is needed; groups whose
    best seat counts add up short are skipped (no majority in the block). Any partition of
    the runs into blocks gives the same totals (``Tally.coalitions``)."""
    simple = house // 2 + 1
    single = seats >= simple
    best = seats.max(axis=1)
    least = int(simple.min()) if simple.size else 0
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
    return frozenset(present), counts


def percentile(histogram: np.ndarray, runs: int, percent: int) -> int:
    """The smallest seat count s with at least ``percent``% of runs at s or fewer seats
    (the inverted-CDF percentile, exact on integer counts)."""
    need = -(-percent * runs // 100)
    return int(np.searchsorted(np.cumsum(histogram), max(need, 1)))
