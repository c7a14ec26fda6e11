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
    # Per batch: the parties with seats in it, and each group's (majority, every member
    # needed) run counts; see ``coalitions``.
    batches: list[tuple[frozenset[int], dict[tuple[int, ...], tuple[int, int]]]] = field(
        default_factory=list)
    candidates: int = 0
    district_wins: np.ndarray = field(init=False)  # (N,) runs won by each district candidate
    constituency_seats: np.ndarray = field(init=False)  # (C, P) summed over runs
    batch: int = 16_384  # runs whose coalitions are counted together
    key_base: int = 0  # runs keyed by their seats as digits in this base (0: not keyed)
    _pending: list[Counts] = field(default_factory=list)
    _keyed: list[Counts] = field(default_factory=list)  # blocks of distinct keyed runs

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
        """Add one block's counts (blocks in run order: the coalitions are counted in
        batches of whole blocks, so the summary does not depend on threads or chunks)."""
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
        if counts.keys is not None:
            self._keyed.append(counts)
            if sum(c.keys.size for c in self._keyed) > KEYED_COMPACT:
                self._keyed = [_merged(self._keyed)]
            return
        self._pending.append(counts)
        if sum(c.runs for c in self._pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Count the coalitions of the blocks added since the last flush (and, at the end,
        of every distinct keyed outcome, each weighted by its runs)."""
        if self._pending:
            seats = np.concatenate([c.seats_with_affiliated for c in self._pending], axis=1)
            house = np.concatenate([c.house for c in self._pending])
            self._pending = []
            simple = house // 2 + 1
            self._coalitions(seats, simple, seats >= simple, np.ones(house.size, np.int64))
        if self._keyed:
            merged, self._keyed = _merged(self._keyed), []
            simple = merged.house // 2 + 1
            seats = merged.seats_with_affiliated
            self._coalitions(seats, simple, seats >= simple, merged.weights)

    def _coalitions(self, seats: np.ndarray, simple: np.ndarray, single: np.ndarray,
                    weight: np.ndarray) -> None:
        """Count, for every group of up to MAX_COALITION_SIZE parties with seats in this
        batch, the runs where it holds a majority and those where every member is needed
        (each column counting ``weight`` runs); groups whose best seat counts add up short
        are skipped (no majority in the batch)."""
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
                counts[group] = (int(weight[has].sum()), int(weight[needed].sum()))
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


KEYED_COMPACT = 1_000_000  # distinct keys held before they are merged


def _merged(blocks: list[Counts]) -> Counts:
    """Keyed blocks as one: each distinct run once, its runs added up (only the fields the
    coalitions read are filled)."""
    keys = np.concatenate([c.keys for c in blocks])
    weights = np.concatenate([c.weights for c in blocks])
    seats = np.concatenate([c.seats_with_affiliated for c in blocks], axis=1)
    house = np.concatenate([c.house for c in blocks])
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    total = np.bincount(inverse, weights=weights, minlength=unique.size).astype(np.int64)
    return Counts(int(total.sum()), None, None, None, None, None, 0, None, None,
                  seats[:, first], house[first], unique, total)


def key_base(parties: int, house: int) -> int:
    """The base in which a run's seats and house are written as one int64 key (each digit
    up to twice the house, for overhang), or 0 when the key would not fit: then runs are
    counted batch by batch instead. Identical runs count alike, and a list system has a few
    thousand distinct outcomes in a million runs."""
    base = 2 * house + 2
    return base if base ** (parties + 1) < 2**62 else 0


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
    seats_with_affiliated: np.ndarray
    house: np.ndarray
    keys: np.ndarray | None = None  # the distinct runs' keys (keyed tallies), and
    weights: np.ndarray | None = None  # how many runs each stands for

    @classmethod
    def of(cls, out: Chunk, candidates: int, base: int = 0) -> Counts:
        parties, runs = out.seats.shape
        simple = out.house // 2 + 1
        has = out.seats_with_affiliated >= simple
        width = int(out.seats.max(initial=0)) + 1
        cells = (np.arange(parties)[:, None] * width + out.seats).ravel()
        histogram = np.bincount(cells, minlength=parties * width).reshape(parties, width)
        wins = None
        if out.district_winner is not None:
            wins = np.bincount(out.district_winner.ravel(), minlength=candidates)
        swa, house, keys, weights = out.seats_with_affiliated, out.house, None, None
        if base and int(house.max(initial=0)) < base and int(swa.max(initial=0)) < base:
            key = house.astype(np.int64)
            for row in swa:
                key = key * base + row
            keys, first, weights = np.unique(key, return_index=True, return_counts=True)
            swa, house = swa[:, first], house[first]
        return cls(runs, out.seats.sum(axis=1), histogram, out.qualified.sum(axis=1),
                   has.sum(axis=1), (out.seats_with_affiliated
                                     >= -(-2 * out.house // 3)).sum(axis=1),
                   int(has.any(axis=0).sum()), wins,
                   None if out.constituency_seats is None else out.constituency_seats.sum(axis=2),
                   swa, house, keys, weights)


def percentile(histogram: np.ndarray, runs: int, percent: int) -> int:
    """The smallest seat count s with at least ``percent``% of runs at s or fewer seats
    (the inverted-CDF percentile, exact on integer counts)."""
    need = -(-percent * runs // 100)
    return int(np.searchsorted(np.cumsum(histogram), max(need, 1)))
