"""Who wins every single-member district in many runs at once (first past the post).

In each run a candidate's votes are ``rint(max(0, (σ·ε + add)·T + v·mul))``: ``v`` its votes,
``T`` its district's total, ``mul``/``add`` the run's swing for its party and region
(``core.model.swing``), ``ε`` the district noise (``core.simulate.normals``: a normal cut off
at ±``bound()``). The winner has the most votes; equal votes go to the candidate listed first,
or by the scenario's seeded lot (as ``core.rules.districts``): every decision is an exact
comparison of whole numbers of votes.

Speed: only each district's *contenders* (candidates within ``CONTENDER_SDS`` standard
deviations of the projected lead) are computed in every run, layer by layer (layer k: the k-th
contender of every district that has k), districts × runs, each layer's whole votes packed
with the layer into one exact key (``votes·M + M−1−k``) so that one maximum per layer finds
the winner and breaks ties by listing order. For the other candidates an upper bound of their
votes in the run (their own swing, the noise at its bound) is compared with the winner's;
where it could reach the winner the district is recounted with every candidate (their noise
drawn then). The bound makes the shortcut exact: the winner is the one computing every
candidate would give.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import numpy as np

from core.model.scenario import Scenario
from core.model.swing import Change, district_dtype
from core.model.vote_arrays import VoteArrays
from core.simulate.normals import bound, raw_draws, standard_normal, table

CONTENDER_SDS = 7.0
EXACT_FLOAT32 = 2**24  # keys below this are whole numbers exactly in float32


@dataclass(frozen=True, eq=False)
class _Layer:
    """The k-th contender of the first ``size`` districts (districts sorted by contenders)."""

    size: int
    cell: np.ndarray  # (size,) the contenders' (party, region) cell, among the used cells
    votes: np.ndarray  # (size, 1) v
    total: np.ndarray  # (size, 1) T
    start: int  # first row of this layer in the contenders' noise


class DistrictKernel:
    """The district winners of a scenario's districts with candidates, run by run."""

    def __init__(self, scenario: Scenario, arrays: VoteArrays, centre: Change,
                 share_sd: np.ndarray, noise_sd: float,
                 reach_sds: float = CONTENDER_SDS) -> None:
        """``centre`` is the projection's Change (one run), ``share_sd`` (N,) each candidate's
        sd of its run-to-run share (national and regional errors), ``noise_sd`` the district
        noise sd as a fraction of the district's votes; ``reach_sds`` how many sds from the
        lead make a contender (speed only: the distribution of the results is the same)."""
        d = self.d = arrays.districts
        self.noise_sd = float(noise_sd)
        self.reach_sds = reach_sds
        regions = len(arrays.regions) + 1
        self.cell = d.party * regions + np.where(d.region[d.district] < 0, regions - 1,
                                                 d.region[d.district])
        self.bound = bound()
        self.lot = scenario.list_tier.tie_break == "lot"
        self.seed = scenario.list_tier.seed
        self.ids = [x.id for x in scenario.district_tier.districts]
        self.contender = self._contenders(centre, share_sd)
        self._build_layers()

    # ------------------------------------------------------------------ set-up

    def _contenders(self, centre: Change, share_sd: np.ndarray) -> np.ndarray:
        """Candidates within ``reach_sds`` sds of their district's projected lead."""
        d = self.d
        if not np.isfinite(self.reach_sds):
            return np.ones(d.votes.size, dtype=bool)
        mul = 1.0 if centre.mul is None else centre.mul.reshape(-1)[self.cell]
        x = d.votes * mul + d.totals[d.district] * centre.add.reshape(-1)[self.cell]
        lead = np.maximum.reduceat(x, d.starts[:-1])
        first = np.flatnonzero(x == lead[d.district])
        leader = np.zeros(d.count, dtype=np.int64)
        leader[d.district[first[::-1]]] = first[::-1]  # the first listed among the leaders
        sd = np.hypot(share_sd, self.noise_sd)
        reach = self.reach_sds * np.hypot(sd, sd[leader][d.district]) * d.totals[d.district]
        near: np.ndarray = x >= lead[d.district] - reach - 1
        return near

    def _build_layers(self) -> None:
        d, contender = self.d, self.contender
        per = np.bincount(d.district[contender], minlength=d.count)
        self.order = np.argsort(-per, kind="stable")  # districts, most contenders first
        self.back = np.argsort(self.order, kind="stable")
        before = np.concatenate(([0], np.cumsum(contender)))[d.starts[d.district]]
        rank = np.cumsum(contender) - 1 - before  # place among the district's contenders
        self.used, cells = np.unique(self.cell[contender], return_inverse=True)
        used_cell = np.zeros(d.votes.size, dtype=np.int64)
        used_cell[contender] = cells
        layers = int(per.max(initial=0))
        self.key = 1 << max(layers - 1, 0).bit_length()  # M: a power of two ≥ layers
        self.dtype = district_dtype(d.totals)  # the votes, as the what-if computes them
        big = d.totals.max(initial=0) * self.key
        self.key_dtype = np.float32 if big < EXACT_FLOAT32 else np.float64
        self.column = np.full(d.votes.size, -1, dtype=np.int64)  # each contender's noise row
        self.candidates = np.zeros((max(layers, 1), d.count), dtype=np.int64)
        self.layers: list[_Layer] = []
        start = 0
        for k in range(layers):
            size = int((per > k).sum())
            where = np.zeros(d.count, dtype=np.int64)
            chosen = np.flatnonzero(contender & (rank == k))
            where[d.district[chosen]] = chosen
            cand = where[self.order[:size]]
            self.column[cand] = start + np.arange(size)
            self.candidates[k, :size] = cand
            self.layers.append(_Layer(size, used_cell[cand],
                                      d.votes[cand].astype(self.dtype)[:, None],
                                      d.totals[d.district[cand]].astype(self.dtype)[:, None],
                                      start))
            start += size
        self.width = start
        # The winner's candidate from a key's remainder (M − 1 − layer), district by row.
        by_remainder = self.candidates[::-1] if layers == self.key else np.vstack(
            (np.zeros((self.key - layers, d.count), dtype=np.int64), self.candidates[::-1]))
        self.by_remainder = by_remainder.astype(np.int32).ravel()
        self.rows = np.arange(d.count, dtype=np.int32)[:, None]
        others = np.where(contender, -1, d.votes)
        self.others_top = np.maximum.reduceat(others, d.starts[:-1]).astype(np.float64)
        self.others = np.flatnonzero(~contender)
        self.others_rank = np.cumsum(~contender) - 1  # each other's place among the others
        self.others_count = np.bincount(d.district[self.others], minlength=d.count)
        self.others_start = np.cumsum(self.others_count) - self.others_count
        # _flagged's bound in keys, districts sorted: M·(top + T·add + bound·σ·T + 1 + 1).
        top, total = self.others_top[self.order], d.totals[self.order].astype(np.float64)
        has = top >= 0
        rest = np.where(has, self.bound * self.noise_sd * total + 2.0, -np.inf)
        self.flag_slope: np.ndarray = np.where(has, self.key * total, 0.0).astype(self.key_dtype)
        self.flag_others: np.ndarray = np.where(has, self.key * top, 0.0).astype(self.key_dtype)
        self.flag_rest: np.ndarray = np.where(has, self.key * rest, -np.inf).astype(
            self.key_dtype)
        self.flag_base: np.ndarray = self.flag_rest + self.flag_others

    # ------------------------------------------------------------------ runs

    def noise(self, runs: int, first: int, rng: np.random.Generator, seed: int) -> Noise:
        """The district noise of runs ``first``.. ``first + runs - 1``: the contenders'
        drawn now from ``rng`` (run by run), the others' only when needed (``Noise``)."""
        raw = None if not self.noise_sd else raw_draws(rng, runs, self.width)
        return Noise(raw, first, seed, self.noise_sd)

    def winners(self, change: Change, noise: Noise) -> np.ndarray:
        """(D, runs) the winning candidate of every district in each run of ``change``."""
        runs = change.add.shape[0]
        eps = noise.contenders(runs, self.width)
        add: np.ndarray = change.add.reshape(runs, -1)[:, self.used].T.astype(self.dtype)
        mul: np.ndarray | None = (
            None if change.mul is None
            else change.mul.reshape(runs, -1)[:, self.used].T.astype(self.dtype))
        best = np.empty((self.d.count, runs), dtype=self.key_dtype)
        x_buffer: np.ndarray = np.empty((self.layers[0].size if self.layers else 0, runs),
                                        self.dtype)
        for k, layer in enumerate(self.layers):
            x = x_buffer[:layer.size]
            np.add(eps[layer.start:layer.start + layer.size], add[layer.cell], out=x)
            x *= layer.total
            x += layer.votes if mul is None else layer.votes * mul[layer.cell]
            np.rint(x, out=x)
            if self.key_dtype != self.dtype:
                x = x.astype(self.key_dtype)
            x *= self.key
            x += self.key - 1 - k
            if k == 0:
                best[:layer.size] = x
            else:
                np.maximum(best[:layer.size], x, out=best[:layer.size])
        flagged = self._flagged(best, change)
        keys: np.ndarray = best.astype(np.int32 if self.key_dtype == np.float32 else np.int64)
        cell = keys & (self.key - 1)
        cell *= self.d.count
        cell += self.rows
        win: np.ndarray = np.take(self.by_remainder, cell, mode="clip")[self.back]
        rows, rs = np.nonzero(flagged)
        if self.lot:
            tied_rows, tied_rs = np.nonzero(self._tied(keys, change, noise))
            rows, rs = np.concatenate((rows, tied_rows)), np.concatenate((rs, tied_rs))
        if rows.size:
            ds = self.order[rows]
            votes = keys[rows, rs] >> (self.key.bit_length() - 1)  # floor(key / M)
            doubtful = self._doubtful(ds, rs, votes, change) | self.lot
            ds, rs = ds[doubtful], rs[doubtful]
            sort = np.lexsort((ds, rs))  # run by run, then district by district
            ds, rs = ds[sort], rs[sort]
            win[ds, rs] = self._recount(ds, rs, change, noise)
        return win

    def _flagged(self, best: np.ndarray, change: Change) -> np.ndarray:
        """(D sorted, runs) where the winner is not proven at a glance: no positive vote, or
        some other candidate's quick bound (the district's largest other vote, the run's
        largest swing, the noise at its bound) reaches the winner's. Read from the keys:
        flagged where key ≤ M·(bound + 1), which holds whenever votes ≤ bound."""
        runs = best.shape[1]
        top_add = np.maximum(change.add.reshape(runs, -1).max(axis=1), 0.0)
        rhs = np.multiply.outer(self.flag_slope, top_add.astype(self.key_dtype))
        if change.mul is None:
            rhs += self.flag_base[:, None]
        else:
            top_mul = change.mul.reshape(runs, -1).max(axis=1).astype(self.key_dtype)
            rhs += np.multiply.outer(self.flag_others, top_mul) + self.flag_rest[:, None]
        np.maximum(rhs, self.key, out=rhs)
        flagged: np.ndarray = best <= rhs
        return flagged

    def _doubtful(self, ds: np.ndarray, rs: np.ndarray, votes: np.ndarray,
                  change: Change) -> np.ndarray:
        """Of the flagged (district, run) pairs, those where the winner is not proven: no
        positive vote among the contenders, or another candidate, with its own swing and
        its noise at the bound, could reach the winner's votes."""
        out = votes <= 0
        has = self.others_count[ds] > 0
        if not has.any():
            return out
        d = self.d
        runs = change.add.shape[0]
        hd, hr = ds[has], rs[has]
        cand, run, segments = self._expand(hd, hr, self.others, self.others_start,
                                           self.others_count)
        x = d.votes[cand] * (1.0 if change.mul is None
                             else change.mul.reshape(runs, -1)[run, self.cell[cand]])
        x = x + d.totals[d.district[cand]] * change.add.reshape(runs, -1)[run, self.cell[cand]]
        noise = self.bound * self.noise_sd * d.totals[hd] + 1.0
        out[has] |= np.maximum.reduceat(x, segments) + noise >= votes[has] - 0.5
        return out

    def _tied(self, keys: np.ndarray, change: Change, noise: Noise) -> np.ndarray:
        """(D sorted, runs) where two contenders share the winning votes (the lot decides)."""
        runs = keys.shape[1]
        votes = keys >> (self.key.bit_length() - 1)
        seen = np.zeros(keys.shape, dtype=np.int64)
        for k, layer in enumerate(self.layers):
            cand = self.candidates[k, :layer.size]
            x = self._votes_of(np.repeat(cand, runs), np.tile(np.arange(runs), layer.size),
                               change, noise).reshape(layer.size, runs)
            seen[:layer.size] += x == votes[:layer.size]
        return seen > 1

    @staticmethod
    def _expand(ds: np.ndarray, rs: np.ndarray, members: np.ndarray, starts: np.ndarray,
                counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The candidates (from ``members``, grouped by district) of each (district, run)
        pair, their run, and where each pair's segment starts."""
        count = counts[ds]
        segments = np.cumsum(count) - count
        cand = members[np.repeat(starts[ds] - segments, count) + np.arange(count.sum())]
        return cand, np.repeat(rs, count), segments

    def _recount(self, ds: np.ndarray, rs: np.ndarray, change: Change,
                 noise: Noise) -> np.ndarray:
        """The exact winner of each (district, run) pair, every candidate computed."""
        d = self.d
        every = np.arange(d.votes.size)
        cand, run, segments = self._expand(ds, rs, every, d.starts[:-1],
                                           np.diff(d.starts))
        votes = self._votes_of(cand, run, change, noise)
        top = np.repeat(np.maximum.reduceat(votes, segments), np.diff(d.starts)[ds])
        at_top = np.where(votes == top, np.arange(cand.size), cand.size)
        pick = cand[np.minimum.reduceat(at_top, segments)]
        if self.lot:
            for i, (segment, district) in enumerate(zip(segments, ds, strict=True)):
                tied = cand[segment:segment + np.diff(d.starts)[district]][
                    (votes == top)[segment:segment + np.diff(d.starts)[district]]]
                if tied.size > 1:
                    lot = random.Random(f"{self.seed}:{self.ids[district]}")
                    pick[i] = lot.choice(list(tied - d.starts[district])) + d.starts[district]
        return pick

    def all_votes(self, r: int, change: Change, noise: Noise) -> np.ndarray:
        """(N,) every candidate's votes in run ``r`` (for an exact count of the whole run)."""
        every = np.arange(self.d.votes.size)
        return self._votes_of(every, np.full(every.size, r), change, noise).astype(np.int64)

    def _votes_of(self, cand: np.ndarray, run: np.ndarray, change: Change,
                  noise: Noise | None) -> np.ndarray:
        """Votes of candidates ``cand`` in runs ``run``, computed exactly as the layers compute
        them (same operations, same precision); the others' noise from their run's own
        stream (without ``noise``, none: the contenders' only, for ties)."""
        eps = np.zeros(cand.size, dtype=np.float32)
        if noise is not None and noise.raw is not None:
            mine = self.contender[cand]
            eps[mine] = noise.at(run[mine], self.column[cand[mine]])
            if (~mine).any():
                eps[~mine] = noise.others(run[~mine], self.others_rank[cand[~mine]],
                                          self.others.size)
        runs = change.add.shape[0]
        add = change.add.reshape(runs, -1)[run, self.cell[cand]].astype(self.dtype)
        x = eps.astype(self.dtype) + add
        x *= self.d.totals[self.d.district[cand]].astype(self.dtype)
        v = self.d.votes[cand].astype(self.dtype)
        x += v if change.mul is None else v * change.mul.reshape(runs, -1)[
            run, self.cell[cand]].astype(self.dtype)
        out: np.ndarray = np.maximum(np.rint(x), 0)
        return out


OTHERS_STREAM = 0x6F74686572  # "other": the seed sequence key of the others' noise


@dataclass(eq=False)
class Noise:
    """District noise of a block of runs: the contenders' as raw 16-bit draws (runs ×
    contenders, looked up in the normal table when used), the others' drawn only for a run
    that needs them, from that run's own stream (seed, OTHERS_STREAM, run number), all of
    them in candidate order: a candidate's noise in a run is the same whoever asks, in
    whichever block or thread."""

    raw: np.ndarray | None
    first: int
    seed: int
    sd: float
    _others: dict[int, np.ndarray] = field(default_factory=dict)

    def contenders(self, runs: int, width: int) -> np.ndarray:
        """(contenders, runs) σ·ε, C-contiguous."""
        if self.raw is None:
            return np.zeros((width, runs), dtype=np.float32)
        return np.take(table(self.sd), self.raw.T, mode="clip")

    def at(self, runs: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """σ·ε of contender ``columns`` in ``runs`` (elementwise)."""
        if self.raw is None:
            return np.zeros(runs.shape, dtype=np.float32)
        out: np.ndarray = table(self.sd)[self.raw[runs, columns]]
        return out

    def others(self, runs: np.ndarray, ranks: np.ndarray, count: int) -> np.ndarray:
        """σ·ε of the others of ``ranks`` (their place among the others) in ``runs``."""
        out = np.empty(runs.size, dtype=np.float32)
        for r in np.unique(runs).tolist():
            if r not in self._others:
                rng = np.random.default_rng([self.seed, OTHERS_STREAM, self.first + r])
                self._others[r] = standard_normal(rng, 1, count, self.sd)[0]
            mine = runs == r
            out[mine] = self._others[r][ranks[mine]]
        return out
