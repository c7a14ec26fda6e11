"""The parallel linkage in batch form (Kazakhstan, Russia, Japan; a list tier alone; first
past the post alone): list seats nationwide or constituency by constituency, district seats
as won in each run, the two added."""

from __future__ import annotations

import numpy as np

from core.simulate.draws import RunVotes
from core.simulate.engines.common import Chunk, Context, Engine
from core.simulate.engines.registry import register


class ParallelEngine(Engine):
    """Parallel systems: each tier on its own."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        s = ctx.scenario
        self.tier = s.list_tier
        self.max_house = s.house_size
        constituencies = self.tier.constituencies
        self.local_seats = (None if constituencies is None
                            else np.array([c.seats for c in constituencies], dtype=np.int64))
        ids = [p.id for p in s.parties]
        # Each constituency's seats in the base election: a run starts from them (most runs
        # keep a small constituency's seats; a nationwide count starts from its estimate).
        self.start = None if constituencies is None else np.array(
            [[c.seats.get(p, 0) for c in ctx.reference.constituencies] for p in ids],
            dtype=np.int64)

    def outcomes(self, votes: RunVotes) -> Chunk:
        d = self.districts.of(votes)
        qualified = self.thresholds.national(votes.national_list_votes(), d.won)
        redo = np.zeros(votes.runs, dtype=bool)
        by_constituency = None
        if self.local_seats is None or self.start is None or votes.constituency_votes is None:
            list_seats = self._national(votes.national_list_votes(), qualified, redo)
        else:
            by_constituency, qualified = self._constituencies(
                votes.constituency_votes, (self.local_seats, self.start), qualified, d.won,
                redo)
            list_seats = by_constituency.sum(axis=0)
        seats = list_seats + d.won
        house = seats.sum(axis=0) + d.independents + self.appointed
        out = Chunk(seats, seats + d.affiliated, qualified, house, d.winner,
                    by_constituency)
        if redo.any():
            self.exact.count(votes, np.flatnonzero(redo), out)
        return out

    def _national(self, votes: np.ndarray, qualified: np.ndarray,
                  redo: np.ndarray) -> np.ndarray:
        """List seats nationwide; runs where no party qualifies leave them empty (as
        ``allocate`` does, with a warning)."""
        out = np.zeros(votes.shape, dtype=np.int64)
        if not self.tier.seats:
            return out
        some = qualified.any(axis=0)
        voted = (np.where(qualified, votes, 0) > 0).any(axis=0)
        redo |= some & ~voted  # qualified parties without votes: allocate says why
        go = some & voted
        if go.all():
            out = self.sharing.share(votes, self.tier.seats, qualified)
        elif go.any():
            out[:, go] = self.sharing.share(votes[:, go], self.tier.seats, qualified[:, go])
        redo |= self.sharing.capped(out)
        return out

    def _constituencies(self, votes: np.ndarray, local: tuple[np.ndarray, np.ndarray],
                        national: np.ndarray, won: np.ndarray, redo: np.ndarray
                        ) -> tuple[np.ndarray, np.ndarray]:
        """(C, P, runs) list seats of each constituency, and who qualified somewhere;
        ``local``: each constituency's seats, and the base election's (where runs start)."""
        local_seats, local_start = local
        constituencies, parties, runs = votes.shape
        active = self.thresholds.local(votes, national, won)
        units = np.moveaxis(votes, 1, 0).reshape(parties, constituencies * runs)
        taking = np.moveaxis(active, 1, 0).reshape(parties, constituencies * runs)
        seats = np.repeat(local_seats, runs)
        some = taking.any(axis=0) & (seats > 0)
        voted = (np.where(taking, units, 0) > 0).any(axis=0)
        go = some & voted
        out = np.zeros(units.shape, dtype=np.int64)
        if go.any():
            start = np.repeat(local_start, runs, axis=1)
            out[:, go] = self.sharing.share(units[:, go], seats[go], taking[:, go],
                                            start=start[:, go])
        bad = (some & ~voted) | self.sharing.capped(out)
        redo |= bad.reshape(constituencies, runs).any(axis=0)
        by_constituency = np.moveaxis(out.reshape(parties, constituencies, runs), 0, 1)
        took = np.asarray(active.any(axis=0))
        return np.ascontiguousarray(by_constituency), took


register("parallel", ParallelEngine)
