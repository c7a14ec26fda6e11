"""Swing models: how a change in the parties' national shares moves each district and
constituency (docs/projections.md). One implementation serves the what-if (one scenario),
the projection from a poll and the Monte Carlo (many runs at once).

A :class:`Change` maps a unit's share ``x`` of party ``p`` in region ``r`` to
``x * mul[p, r] + add[p, r]`` (shares as fractions of 1; ``mul`` None means 1):

* ``uniform`` (additive): every party gains its national change in points everywhere it
  stands, ``add = target − base``;
* ``proportional`` (multiplicative): every party's share is scaled by its national ratio,
  ``mul = target / base`` (a party with no base vote stays at none);
* ``regional``: uniform, with a region's own change where regional figures are given
  (``target_r − base_r``), the national change elsewhere.

Rows are the parties in scenario order plus a last row for self-nominated candidates, who
never move; columns the regions (``VoteArrays.regions``) plus a last column for units with no
region. District votes become ``rint(max(0, v·mul + T·add))`` of the district's own total
``T`` (not renormalised: who wins does not depend on it); a constituency's party votes are
renormalised to its total and rounded cumulatively, so its total stays exact.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

import numpy as np

from core.message import QT_TRANSLATE_NOOP
from core.model.scenario import Candidate, District, Scenario
from core.model.vote_arrays import VoteArrays
from core.refusal import ONE_OF, Refusal

SWING_MODELS = {
    "uniform": QT_TRANSLATE_NOOP("swing", "Uniform: each party's change in points, everywhere"),
    "proportional": QT_TRANSLATE_NOOP("swing", "Proportional: each party's share scaled by its "
                                               "national ratio"),
    "regional": QT_TRANSLATE_NOOP("swing", "Regional: each region's own change in points, the "
                                           "national change where a region has none"),
}


def check_model(model: str) -> str:
    """``model`` if it is a swing model, else a Refusal naming the known ones."""
    if model not in SWING_MODELS:
        raise Refusal(ONE_OF, where="swing", allowed=", ".join(SWING_MODELS), got=repr(model))
    return model


@dataclass(frozen=True, eq=False)
class Change:
    """``x -> x * mul + add`` per (party, region); leading axes, if any, are runs."""

    add: np.ndarray  # (..., P + 1, regions + 1)
    mul: np.ndarray | None = None

    def unit(self, party: np.ndarray, region: np.ndarray) -> tuple[np.ndarray | None,
                                                                   np.ndarray]:
        """(mul, add) for units of ``party`` in ``region`` (-1: no region), as the last axis."""
        column = np.where(region < 0, self.add.shape[-1] - 1, region)
        add = self.add[..., party, column]
        return (None if self.mul is None else self.mul[..., party, column]), add


def base_shares(arrays: VoteArrays, scenario: Scenario) -> np.ndarray:
    """(P,) the parties' national shares of the reference vote, the vote polls ask about:
    the list vote when the list tier has seats and votes, else the district candidates'
    vote (self-nominated candidates count in the total, not as a party)."""
    listed = _list_votes(arrays)
    if scenario.list_tier.seats and listed.sum():
        shares: np.ndarray = listed / listed.sum()
        return shares
    by_party = arrays.district_party_votes
    total = by_party.sum()
    return by_party[:-1] / total if total else np.zeros(arrays.party_count)


def reference_votes(scenario: Scenario) -> dict[str, int]:
    """Each party's votes in the reference vote (as ``base_shares``): its list votes when the
    list tier has seats and votes, else its district candidates' votes."""
    listed = {p.id: p.votes for p in scenario.parties}
    if scenario.list_tier.constituencies is not None:
        listed = {pid: sum(c.votes.get(pid, 0) for c in scenario.list_tier.constituencies)
                  for pid in listed}
    if scenario.list_tier.seats and sum(listed.values()):
        return listed
    votes = dict.fromkeys(listed, 0)
    for d in scenario.district_tier.districts:
        for c in d.candidates:
            if c.party is not None:
                votes[c.party] += c.votes
    return votes


def regional_base_shares(arrays: VoteArrays) -> np.ndarray:
    """(regions, P) each party's share of the candidate votes in each region (constituencies:
    of the constituency's party votes), NaN where a region has no votes."""
    out = np.full((len(arrays.regions), arrays.party_count), np.nan)
    by_region = arrays.regional_district_votes()
    totals = by_region.sum(axis=1)
    has = totals > 0
    out[has] = by_region[has, :-1] / totals[has, None]
    if arrays.constituency_votes is not None:
        votes, region = arrays.by_constituency
        sums = votes.sum(axis=1)
        rows = region[sums > 0]
        out[rows] = votes[sums > 0] / sums[sums > 0, None]
    return out


def national_change(model: str, base: np.ndarray, target: np.ndarray, regions: int,
                    regional: np.ndarray | None = None,
                    regional_base: np.ndarray | None = None) -> Change:
    """The Change from national ``base`` shares (P,) to ``target`` ((..., P): one row per
    run). ``regional`` (regions × P, NaN where not given) is the regional model's targets,
    against ``regional_base`` (``regional_base_shares``)."""
    check_model(model)
    target = np.asarray(target, dtype=np.float64)
    lead = target.shape[:-1]
    parties = base.size
    if model == "proportional":
        ratio = np.divide(target, base, out=np.ones_like(target), where=base > 0)
        mul = np.ones((*lead, parties + 1, regions + 1))
        mul[..., :parties, :] = ratio[..., None]
        return Change(np.zeros_like(mul), mul)
    add = np.zeros((*lead, parties + 1, regions + 1))
    add[..., :parties, :] = (target - base)[..., None]
    if model == "regional" and regional is not None and regional_base is not None:
        given = ~np.isnan(regional) & ~np.isnan(regional_base)
        delta = np.where(given, regional - np.nan_to_num(regional_base), 0.0)  # (regions, P)
        add[..., :parties, :regions] = np.where(given.T, delta.T, add[..., :parties, :regions])
    return Change(add)


# ------------------------------------------------------------------------ one scenario


def district_dtype(totals: np.ndarray) -> type:
    """The float type district votes are computed in: float32 while every district total is
    below 2²⁰ (whole numbers of votes stay exact, with room for the simulation's keys), else
    float64. The what-if and the simulation compute alike, to the last vote."""
    return np.float32 if totals.max(initial=0) < 2**20 else np.float64


def swung_district_votes(arrays: VoteArrays, change: Change) -> np.ndarray:
    """(N,) every candidate's votes after ``change`` (one run): ``rint(max(0, T·add +
    v·mul))`` of the district's own total, in ``district_dtype`` (the simulation's formula
    with no noise)."""
    d = arrays.districts
    dtype = district_dtype(d.totals)
    mul, add = change.unit(d.party, d.region[d.district])
    x = add.astype(dtype) * d.totals[d.district].astype(dtype)
    v: np.ndarray = d.votes.astype(dtype)
    x += v if mul is None else v * mul.astype(dtype)
    out: np.ndarray = np.maximum(np.rint(x), 0).astype(np.int64)
    return out


def swung_constituency_votes(arrays: VoteArrays, change: Change) -> np.ndarray:
    """(C, P) each constituency's party votes after ``change`` (one run), renormalised to
    the constituency's total and rounded cumulatively (the total is kept exactly)."""
    votes, region = arrays.by_constituency
    parties = np.arange(arrays.party_count)
    mul, add = change.unit(parties[None, :], region[:, None])
    return renormalised(votes, votes / np.maximum(votes.sum(axis=1, keepdims=True), 1), mul,
                        add)


def renormalised(votes: np.ndarray, shares: np.ndarray, mul: np.ndarray | None,
                 add: np.ndarray, noise: np.ndarray | None = None) -> np.ndarray:
    """Integer votes from ``shares·mul + add (+ noise)`` clipped at 0 and renormalised, along
    the last axis, to the totals of ``votes`` (cumulative rounding: the total stays exact). A
    row whose shares all clip to 0 keeps its votes."""
    x = shares if mul is None else shares * mul
    x = x + add
    if noise is not None:
        x = x + noise
    x = np.maximum(x, 0.0)
    sums = x.sum(axis=-1, keepdims=True)
    dead = sums == 0
    if dead.any():
        x = np.where(dead, shares, x)
        sums = np.where(dead, 1.0, sums)
    totals = votes.sum(axis=-1, keepdims=True)
    cumulative = np.rint(np.cumsum(x, axis=-1) * (totals / sums)).astype(np.int64)
    cumulative[..., -1] = totals[..., 0]
    cumulative[..., 1:] -= cumulative[..., :-1].copy()
    out: np.ndarray = cumulative
    return out


def apply_change(scenario: Scenario, change: Change, arrays: VoteArrays | None = None,
                 list_targets: np.ndarray | None = None) -> Scenario:
    """``scenario`` with ``change`` applied to every district and constituency, and the list
    votes set to ``list_targets`` (P,) shares of their total when given (cumulative rounding:
    the total of party votes is kept). Declared district totals cannot move."""
    arrays = arrays or VoteArrays.cached(scenario)
    out = scenario
    if list_targets is not None and arrays.constituency_votes is None:
        listed = np.asarray(list_targets, dtype=np.float64)
        votes = renormalised(arrays.list_votes, listed, None, np.zeros_like(listed))
        out = out.with_votes(dict(zip(arrays.parties, map(int, votes), strict=True)))
    if arrays.districts.count:
        out = with_district_votes(out, swung_district_votes(arrays, change))
    if arrays.constituency_votes is not None:
        out = with_constituency_votes(out, swung_constituency_votes(arrays, change))
    return out


def with_district_votes(scenario: Scenario, votes: np.ndarray) -> Scenario:
    """``scenario`` with every district candidate's votes replaced, in district order; a
    candidate or district that does not change stays the same object (the next count knows
    it has nothing to do there, ``core.rules.districts``)."""
    tier = scenario.district_tier
    it = iter(votes.tolist())
    districts = []
    for d in tier.districts:
        candidates = tuple(c if c.votes == (n := next(it)) else
                           Candidate(c.name, c.party, c.affiliation, n) for c in d.candidates)
        same = all(a is b for a, b in zip(candidates, d.candidates, strict=True))
        districts.append(d if same else District(d.id, d.name, d.region, candidates))
    return replace(scenario, district_tier=replace(tier, districts=tuple(districts)))


def with_constituency_votes(scenario: Scenario, votes: np.ndarray) -> Scenario:
    """``scenario`` with constituency × party ``votes``, and each party's national votes the
    sum over the constituencies (what the allocation counts)."""
    tier = scenario.list_tier
    ids = [p.id for p in scenario.parties]
    constituencies = tuple(
        replace(c, votes={pid: int(n) for pid, n in zip(ids, row, strict=True)
                          if n or pid in c.votes})
        for c, row in zip(tier.constituencies or (), votes, strict=True))
    out = scenario.with_votes(dict(zip(ids, map(int, votes.sum(axis=0)), strict=True)))
    return replace(out, list_tier=replace(tier, constituencies=constituencies))


def move_change(arrays: VoteArrays, scenario: Scenario, model: str, from_id: str, to_id: str,
                points: Fraction | float) -> Change:
    """The what-if's move of ``points`` percentage points of the reference vote from one
    party to another, as a Change for the districts and constituencies under ``model``
    (uniform or proportional; regional needs regional figures, which a move has not)."""
    base = base_shares(arrays, scenario)
    target = base.copy()
    i, j = arrays.parties.index(from_id), arrays.parties.index(to_id)
    target[i] -= float(points) / 100
    target[j] += float(points) / 100
    return national_change("uniform" if model == "regional" else model, base,
                           np.maximum(target, 0.0), len(arrays.regions))


def _list_votes(arrays: VoteArrays) -> np.ndarray:
    if arrays.constituency_votes is not None:
        summed: np.ndarray = arrays.constituency_votes.sum(axis=0)
        return summed
    return arrays.list_votes
