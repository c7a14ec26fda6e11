"""The compensatory linkage in batch form (New Zealand, Germany): each run's entitlement over
the whole house among the qualifying parties, topped up by list seats, with the scenario's
overhang rule (``core.rules.linkages.compensatory``, which this follows step by step).

Per run: district seats held outside the proportional count (independents; winners of
parties that did not qualify, unless they lose their seats; parties without list votes) come
off the house; the rest is shared among the qualifying parties with votes. ``keep``: a party
holds the larger of its entitlement and its district seats. ``level``: the house grows to the
smallest size at which every entitlement covers the district seats (divisor methods are
house-monotone: a doubling then bisecting search, all runs at once; quota methods are left to
the exact count). ``drop_uncovered``: a qualifying party holds its entitlement; district
winners beyond it, and those of parties that did not qualify, are not seated.
"""

from __future__ import annotations

import numpy as np

from core.rules.methods import QUOTA, method
from core.simulate.draws import RunVotes
from core.simulate.engines.common import Chunk, Context, Engine
from core.simulate.engines.registry import register

LEVEL_LIMIT = 64  # doubling steps before a run is left to the exact count


class CompensatoryEngine(Engine):
    """Mixed-member proportional systems."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        s = ctx.scenario
        self.rule = s.overhang or "keep"
        self.base = s.list_tier.seats + s.district_tier.seats
        self.quota = method(s.list_tier.method).kind == QUOTA
        self.max_house = 2 * ctx.reference.seats_total + 1  # overhang headroom (grows if hit)

    def outcomes(self, votes: RunVotes) -> Chunk:
        d = self.districts.of(votes)
        national = votes.national_list_votes()
        qualified = self.thresholds.national(national, d.won)
        drop = self.rule == "drop_uncovered"
        sharing = qualified & (national > 0)
        no_list = qualified & (national == 0)
        outside = (d.independents + np.where(no_list, d.won, 0).sum(axis=0)
                   + (0 if drop else np.where(~qualified, d.won, 0).sum(axis=0)))
        free = self.base - outside
        redo = (free < 0) | (qualified.any(axis=0) & ~sharing.any(axis=0))
        go = sharing.any(axis=0) & ~redo
        won = np.where(sharing, d.won, 0)
        ent = np.zeros(national.shape, dtype=np.int64)
        if go.any():
            ent[:, go] = self.sharing.share(national[:, go], free[go], sharing[:, go])
        if self.rule == "level":
            ent, stuck = self._levelled(national, sharing, won, free, ent, go)
            redo |= stuck
        redo |= self.sharing.capped(ent)
        if drop:
            seats = np.where(sharing, ent, 0)
        else:
            seats = np.where(sharing, np.maximum(ent, won), 0) + np.where(~sharing, d.won, 0)
        if drop:
            seats += np.where(no_list, d.won, 0)
        none = ~qualified.any(axis=0)  # no party qualified: districts only (a warning)
        if none.any():
            seats[:, none] = 0 if drop else d.won[:, none]
        house = seats.sum(axis=0) + d.independents + self.appointed
        out = Chunk(seats, seats + d.affiliated, qualified, house, d.winner)
        if redo.any():
            self.exact.count(votes, np.flatnonzero(redo), out)
        self.max_house = max(self.max_house, int(out.house.max(initial=0)))
        return out

    def _levelled(self, votes: np.ndarray, sharing: np.ndarray, won: np.ndarray,
                  free: np.ndarray, ent: np.ndarray,
                  go: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Entitlements at the smallest house covering every party's district seats, for
        the runs in ``go``; and the runs left to the exact count."""
        short = go & (ent < won).any(axis=0)
        stuck = np.zeros(go.shape, dtype=bool)
        if not short.any():
            return ent, stuck
        if self.quota:
            return ent, short
        cols = np.flatnonzero(short)
        low = free[cols].copy()  # not covered
        step = np.ones(cols.size, dtype=np.int64)
        high = low + step
        for _ in range(LEVEL_LIMIT):
            covered = self._covered(votes, sharing, won, cols, high)
            if covered.all():
                break
            low = np.where(covered, low, high)
            step = np.where(covered, step, 2 * step)
            high = np.where(covered, high, low + step)
        else:
            stuck[cols] = True
            return ent, stuck
        while (open_ := high - low > 1).any():
            mid = (low + high) // 2
            covered = self._covered(votes, sharing, won, cols, mid)
            high = np.where(open_ & covered, mid, high)
            low = np.where(open_ & ~covered, mid, low)
        ent[:, cols] = self.sharing.share(votes[:, cols], high, sharing[:, cols])
        return ent, stuck

    def _covered(self, votes: np.ndarray, sharing: np.ndarray, won: np.ndarray,
                 cols: np.ndarray, seats: np.ndarray) -> np.ndarray:
        share = self.sharing.share(votes[:, cols], seats, sharing[:, cols])
        out = np.asarray((share >= won[:, cols]).all(axis=0))
        return out


register("compensatory", CompensatoryEngine)
