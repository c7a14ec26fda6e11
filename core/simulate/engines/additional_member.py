"""The additional member linkage in batch form (Scotland, Wales): each region's list seats by
the divisor sequence with the district seats won in the region counted first, run by run.
The kernel's ``held`` seats are exactly that count (``core.simulate.batch``)."""

from __future__ import annotations

import numpy as np

from core.simulate.draws import RunVotes
from core.simulate.engines.common import Chunk, Context, Engine, per_run_counts
from core.simulate.engines.registry import register


class AdditionalMemberEngine(Engine):
    """Additional member systems: list seats region by region, district seats counted."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        s = ctx.scenario
        self.max_house = s.house_size
        regions = s.list_tier.constituencies
        self.national = regions is None
        ids = [""] if regions is None else [c.id for c in regions]
        self.seats = np.array([s.list_tier.seats] if regions is None
                              else [c.seats for c in regions], dtype=np.int64)
        where = {rid: i for i, rid in enumerate(ids)}
        arrays = ctx.draws.arrays
        self.district_region = np.array(
            [0 if self.national else where[d.region or ""] for d in s.district_tier.districts],
            dtype=np.int64)
        self.regions = len(ids)
        parties = {p.id: i for i, p in enumerate(s.parties)}
        self.declared_held: np.ndarray = np.zeros((self.regions, len(s.parties)), dtype=np.int64)
        for dec in s.district_tier.declared:
            if dec.party is not None:
                self.declared_held[0 if self.national else where[dec.region or ""],
                                   parties[dec.party]] += dec.seats
        self.parties = arrays.party_count

    def outcomes(self, votes: RunVotes) -> Chunk:
        d = self.districts.of(votes)
        runs = votes.runs
        qualified = self.thresholds.national(votes.national_list_votes(), d.won)
        region_votes = (votes.national_list_votes()[None] if votes.constituency_votes is None
                        else votes.constituency_votes)  # (regions, P, runs)
        active = self.thresholds.local(region_votes, qualified, d.won)
        held = self._held(d.party, runs)
        units = np.moveaxis(region_votes, 1, 0).reshape(self.parties, -1)
        taking = np.moveaxis(active, 1, 0).reshape(self.parties, -1)
        mine = np.moveaxis(held, 1, 0).reshape(self.parties, -1)
        seats = np.repeat(self.seats, runs) + np.where(taking, mine, 0).sum(axis=0)
        voted = (np.where(taking, units, 0) > 0).any(axis=0)
        go = voted & (np.repeat(self.seats, runs) > 0)
        counts = np.where(taking, mine, 0)
        if go.any():
            counts[:, go] = self.sharing.share(units[:, go], seats[go], taking[:, go],
                                               held=mine[:, go])
        list_seats = counts - np.where(taking, mine, 0)
        redo = (~voted & (np.repeat(self.seats, runs) > 0)) | self._capped(counts, list_seats)
        by_region = np.moveaxis(list_seats.reshape(self.parties, self.regions, runs), 0, 1)
        seats_run = by_region.sum(axis=0) + d.won
        house = seats_run.sum(axis=0) + d.independents + self.appointed
        took = np.asarray(active.any(axis=0))
        out = Chunk(seats_run, seats_run + d.affiliated, took, house,
                    d.winner, None if self.national else np.ascontiguousarray(by_region))
        redo_runs = redo.reshape(self.regions, runs).any(axis=0)
        if redo_runs.any():
            self.exact.count(votes, np.flatnonzero(redo_runs), out)
        return out

    def _held(self, district_party: np.ndarray | None, runs: int) -> np.ndarray:
        """(regions, P, runs) district seats won in each region by nominating party."""
        held = np.repeat(self.declared_held[:, :, None], runs, axis=2)
        if district_party is not None:
            kinds = self.regions * (self.parties + 1)
            cells = self.district_region[:, None] * (self.parties + 1) + district_party
            held += per_run_counts(cells, kinds, runs).reshape(
                self.regions, self.parties + 1, runs)[:, :-1]
        return held

    def _capped(self, counts: np.ndarray, list_seats: np.ndarray) -> np.ndarray:
        """Columns where a one-person list took a list seat beyond its first seat: counted
        exactly (it drops out of the sequence once it holds one)."""
        one = self.sharing.one_person
        if not one.any():
            return np.zeros(counts.shape[1], dtype=bool)
        out: np.ndarray = ((counts[one] > 1) & (list_seats[one] > 0)).any(axis=0)
        return out


register("additional_member", AdditionalMemberEngine)
