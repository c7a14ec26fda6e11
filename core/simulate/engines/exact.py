"""Run by run through ``core.rules.allocate``: every rule the allocation knows, exactly, at
the speed of single counts. The engine of a linkage with no batch engine of its own."""

from __future__ import annotations

import numpy as np

from core.simulate.draws import RunVotes
from core.simulate.engines.common import Chunk, Context, ExactRuns


class ExactEngine:
    """Any system: each run's votes counted by ``allocate``."""

    def __init__(self, ctx: Context) -> None:
        self.exact = ExactRuns(ctx)
        self.parties = ctx.parties
        self.districts = ctx.draws.arrays.districts.count
        self.constituencies = len(ctx.scenario.list_tier.constituencies or ())
        self.max_house = 2 * ctx.reference.seats_total + 1

    def outcomes(self, votes: RunVotes) -> Chunk:
        runs = votes.runs
        out = Chunk(np.zeros((self.parties, runs), dtype=np.int64),
                    np.zeros((self.parties, runs), dtype=np.int64),
                    np.zeros((self.parties, runs), dtype=bool), np.zeros(runs, dtype=np.int64),
                    np.zeros((self.districts, runs), dtype=np.int64) if self.districts else None,
                    np.zeros((self.constituencies, self.parties, runs), dtype=np.int64)
                    if self.constituencies else None)
        self.exact.count(votes, np.arange(runs), out)
        self.max_house = max(self.max_house, int(out.house.max(initial=0)))
        return out
