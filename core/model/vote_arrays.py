"""A scenario's votes as arrays, for the swing models and the simulation.

``VoteArrays.of(scenario)`` reads once what moves when votes move: the national list votes,
the list constituencies' votes (constituency × party) and every district candidate (flat, in
district order, each with its party, district and region). Parties are indexed in scenario
order; self-nominated candidates have the party index ``P`` (one past the last party), which
no swing moves. Regions are the districts' ``region`` values and the list constituencies'
ids, in order of appearance: a regional swing or error applies to both alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from core.model.scenario import Scenario


@dataclass(frozen=True, eq=False)
class DistrictArrays:
    """Every district candidate, flat in district order: N candidates in D districts."""

    votes: np.ndarray  # (N,) int64
    party: np.ndarray  # (N,) int64, P for self-nominated
    affiliation: np.ndarray  # (N,) int64, -1 for none
    district: np.ndarray  # (N,) int64
    starts: np.ndarray  # (D + 1,) int64: district d holds candidates starts[d]:starts[d + 1]
    totals: np.ndarray  # (D,) int64: the district's candidate votes
    region: np.ndarray  # (D,) int64: index into VoteArrays.regions, -1 for none

    @property
    def count(self) -> int:
        return int(self.totals.size)

    @property
    def listing(self) -> np.ndarray:
        """Each candidate's place in its district's listing (0 = listed first)."""
        out: np.ndarray = np.arange(self.votes.size) - self.starts[self.district]
        return out


@dataclass(frozen=True, eq=False)
class VoteArrays:
    """The votes of one scenario as arrays (see the module's docstring)."""

    parties: tuple[str, ...]
    list_votes: np.ndarray  # (P,) int64: parties[].votes
    constituency_votes: np.ndarray | None  # (C, P) int64, or None: counted nationwide
    constituency_region: np.ndarray | None  # (C,) int64 index into regions
    districts: DistrictArrays
    regions: tuple[str, ...]

    @classmethod
    def of(cls, scenario: Scenario) -> VoteArrays:
        ids = tuple(p.id for p in scenario.parties)
        index = {pid: i for i, pid in enumerate(ids)}
        regions: dict[str, int] = {}
        tier = scenario.list_tier
        constituency_votes = constituency_region = None
        if tier.constituencies is not None:
            constituency_votes = np.array(
                [[c.votes.get(pid, 0) for pid in ids] for c in tier.constituencies],
                dtype=np.int64).reshape(len(tier.constituencies), len(ids))
            constituency_region = np.array(
                [regions.setdefault(c.id, len(regions)) for c in tier.constituencies],
                dtype=np.int64)
        return cls(ids, np.array([p.votes for p in scenario.parties], dtype=np.int64),
                   constituency_votes, constituency_region,
                   _districts(scenario, index, regions), tuple(regions))

    @classmethod
    def cached(cls, scenario: Scenario) -> VoteArrays:
        """``of(scenario)``, kept for the last few scenarios asked about (by identity: the
        what-if asks about one original at every step of a slider)."""
        hit = _CACHE.get(id(scenario))
        if hit is not None and hit[0] is scenario:
            return hit[1]
        arrays = cls.of(scenario)
        if len(_CACHE) >= CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[id(scenario)] = (scenario, arrays)
        return arrays

    @property
    def party_count(self) -> int:
        return len(self.parties)

    @property
    def by_constituency(self) -> tuple[np.ndarray, np.ndarray]:
        """(votes (C, P), region (C,)) of the list constituencies: asked only where the list
        tier has them."""
        if self.constituency_votes is None or self.constituency_region is None:
            raise ValueError("the list tier is counted nationwide")
        return self.constituency_votes, self.constituency_region

    @cached_property
    def district_party_votes(self) -> np.ndarray:
        """(P + 1,) each party's candidate votes over all districts (self-nominated last)."""
        d = self.districts
        return np.bincount(d.party, weights=d.votes, minlength=self.party_count + 1
                           ).astype(np.int64)

    def regional_district_votes(self) -> np.ndarray:
        """(regions, P + 1) candidate votes by region and party (districts with a region)."""
        d = self.districts
        inside = d.region[d.district] >= 0
        cells = d.region[d.district[inside]] * (self.party_count + 1) + d.party[inside]
        size = len(self.regions) * (self.party_count + 1)
        return np.bincount(cells, weights=d.votes[inside], minlength=size).astype(
            np.int64).reshape(len(self.regions), self.party_count + 1)


CACHE_SIZE = 4
_CACHE: dict[int, tuple[Scenario, VoteArrays]] = {}


def _districts(scenario: Scenario, index: dict[str, int],
               regions: dict[str, int]) -> DistrictArrays:
    districts = scenario.district_tier.districts
    none = len(index)
    votes, party, affiliation, where, starts, region = [], [], [], [], [0], []
    for d, district in enumerate(districts):
        for c in district.candidates:
            votes.append(c.votes)
            party.append(none if c.party is None else index[c.party])
            affiliation.append(-1 if c.affiliation is None else index[c.affiliation])
            where.append(d)
        starts.append(len(votes))
        region.append(-1 if district.region is None
                      else regions.setdefault(district.region, len(regions)))
    arr = np.array(votes, dtype=np.int64)
    bounds = np.array(starts, dtype=np.int64)
    totals = np.add.reduceat(arr, bounds[:-1]) if arr.size else np.zeros(0, np.int64)
    return DistrictArrays(arr, np.array(party, dtype=np.int64),
                          np.array(affiliation, dtype=np.int64), np.array(where, dtype=np.int64),
                          bounds, totals.astype(np.int64), np.array(region, dtype=np.int64))
