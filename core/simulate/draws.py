"""The votes of each simulated run: national shares with their error, the swing to every
district and constituency, regional and district noise (docs/projections.md).

The errors form a hierarchy: one national error per party and run (the error model: absolute
points, relative to the share on the logit scale, or the sampling error of a poll of a given
size), one regional error per party, region and run shared by the region's districts and
constituencies, one district error per candidate (or constituency and party) and run. The
national shares of a run become list votes directly; districts and constituencies move by the
swing model from the base election to the run's shares (``core.model.swing``).

Each kind of draw has its own seeded stream, consumed run by run, so a run's votes do not
depend on how the runs are split into chunks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from core.message import QT_TRANSLATE_NOOP
from core.model.polls import NO_PARTY
from core.model.scenario import Scenario
from core.model.swing import (
    SWING_MODELS,
    Change,
    base_shares,
    national_change,
    regional_base_shares,
)
from core.model.vote_arrays import VoteArrays
from core.refusal import ONE_OF, Refusal
from core.simulate.districts import CONTENDER_SDS, DistrictKernel, Noise
from core.simulate.normals import standard_normal

ERROR_MODELS = {
    "points": QT_TRANSLATE_NOOP("error", "Absolute: a normal error of the same points for "
                                         "every party (a party smaller than that, of its "
                                         "own share)"),
    "logit": QT_TRANSLATE_NOOP("error", "Relative: normal on the logit scale, the sd in points "
                                        "for a party at 50% (smaller parties move less)"),
    "poll": QT_TRANSLATE_NOOP("error", "Sampling: the error of a poll of the given sample size"),
}
LOGIT_POINTS = 0.04  # on the logit scale, one point at 50% is 0.01 / (0.5 · 0.5)


@dataclass(frozen=True)
class Model:
    """How the runs vary. ``target``: the national shares projected (percent of the reference
    vote by party id, e.g. a poll's), None for the base election; ``regional_target`` per
    region likewise (the regional swing). ``sd``, ``regional_sd`` and ``district_sd`` are
    percentage points; ``sample_size`` is the poll's (error ``poll``)."""

    swing: str = "uniform"
    error: str = "points"
    sd: float = 2.0
    regional_sd: float = 0.0
    district_sd: float = 0.0
    sample_size: int | None = None
    target: dict[str, float] | None = field(default=None, hash=False)
    regional_target: dict[str, dict[str, float]] | None = field(default=None, hash=False)
    contender_sds: float = CONTENDER_SDS

    def check(self) -> Model:
        """``self``, or a Refusal naming the bad setting."""
        if self.swing not in SWING_MODELS:
            raise Refusal(ONE_OF, where="simulate: --swing", allowed=", ".join(SWING_MODELS),
                          got=repr(self.swing))
        if self.error not in ERROR_MODELS:
            raise Refusal(ONE_OF, where="simulate: --error", allowed=", ".join(ERROR_MODELS),
                          got=repr(self.error))
        for name, value in (("sd", self.sd), ("regional-sd", self.regional_sd),
                            ("district-sd", self.district_sd)):
            if not math.isfinite(value) or not 0 <= value <= 100:
                raise Refusal(QT_TRANSLATE_NOOP(
                    "refusal", "{option} must be zero or more percentage points, at most 100, "
                    "got {got}"), where="simulate", option=f"--{name}", got=f"{value:g}")
        if self.error == "poll" and not (self.sample_size and self.sample_size > 0):
            raise Refusal(QT_TRANSLATE_NOOP(
                "refusal", "{option} needs the poll's sample size ({size}, or a poll with one)"),
                where="simulate", option="--error poll", size="--sample-size")
        return self

    @property
    def moves(self) -> bool:
        """Whether any error is drawn at all."""
        return bool(self.sd or self.regional_sd or self.district_sd or self.error == "poll")


class Draws:
    """The runs' votes for one scenario and model, chunk by chunk, from one seed."""

    def __init__(self, scenario: Scenario, model: Model, seed: int,
                 arrays: VoteArrays | None = None) -> None:
        self.scenario, self.model = scenario, model
        a = self.arrays = arrays or VoteArrays.of(scenario)
        self.regions = len(a.regions)
        self.base = base_shares(a, scenario)
        self.regional_base = regional_base_shares(a)
        self.centre = centre_shares(self.base, a.parties, model.target)
        self.regional = regional_targets(a, model.regional_target)
        self.centre_change = self.change(self.centre[None, :])
        streams = np.random.SeedSequence(seed).spawn(3)
        self.seed, self.done = seed, 0
        self.national_rng = np.random.default_rng(seed)
        self.regional_rng, self.noise_rng, self.unit_rng = (
            np.random.default_rng(s) for s in streams)
        self.kernel = None
        if a.districts.count:
            self.kernel = DistrictKernel(scenario, a, Change(self.centre_change.add[0],
                                         None if self.centre_change.mul is None
                                         else self.centre_change.mul[0]),
                                         self._candidate_sd(), model.district_sd / 100,
                                         model.contender_sds)

    # ---------------------------------------------------------------- the national error

    def national(self, runs: int) -> np.ndarray:
        """(P, runs) national shares of the reference vote, their total kept: parties ×
        runs, so that the sums over the few parties run along long rows (the fast layout)."""
        m, centre = self.model, self.centre
        total = centre.sum()
        c = centre[:, None]
        if m.error == "poll":
            draws = self.national_rng.standard_gamma(
                np.maximum(centre * float(m.sample_size or 0), 0.0), size=(runs, centre.size))
            shares = np.ascontiguousarray(draws.T)
        else:
            shares = np.ascontiguousarray(
                self.national_rng.standard_normal((runs, centre.size)).T)  # run by run
            if m.error == "logit":
                inside = ((centre > 0) & (centre < 1))[:, None]
                logit = np.log(np.where(inside, c, 0.5) / np.where(inside, 1 - c, 0.5))
                shares *= m.sd * LOGIT_POINTS
                shares += logit
                shares = np.where(inside, 1 / (1 + np.exp(-shares)), c)
            else:
                shares *= self.national_sd()[:, None]
                shares += c
                np.maximum(shares, 0.0, out=shares)
        sums = shares.sum(axis=0)
        dead = sums <= 0
        if dead.any():
            shares[:, dead], sums[dead] = c, total
        shares *= total / sums
        out: np.ndarray = shares
        return out

    def national_sd(self) -> np.ndarray:
        """(P,) each party's sd of its national share from run to run (for the contenders)."""
        m, c = self.model, self.centre
        sd: np.ndarray
        if m.error == "poll":
            sd = np.sqrt(c * (1 - c) / float(m.sample_size or 1))
        elif m.error == "logit":
            sd = m.sd / 100 * 4 * c * (1 - c)
        else:
            # A party smaller than the error moves by at most its own share: clipped at zero,
            # ninety tiny parties would otherwise gain points by the dozen and shrink the rest.
            sd = np.minimum(m.sd / 100, c)
        return sd

    def change(self, shares: np.ndarray, runs: int | None = None) -> Change:
        """The swing to ``shares`` ((runs, P), a view of ``national``'s is fine), with the
        regional errors drawn when ``runs`` is given."""
        c = national_change(self.model.swing, self.base, shares, self.regions, self.regional,
                            self.regional_base)
        if runs is not None and self.model.regional_sd and self.regions:
            errors = self.regional_rng.standard_normal((runs, self.regions,
                                                        self.arrays.party_count))
            add = c.add.copy()
            add[:, :-1, :-1] += np.swapaxes(errors, 1, 2) * (self.model.regional_sd / 100)
            c = Change(add, c.mul)
        return c

    def _candidate_sd(self) -> np.ndarray:
        """(N,) each candidate's sd of its share from the national and regional errors."""
        d = self.arrays.districts
        sd = np.append(self.national_sd(), 0.0)[d.party]
        if self.model.swing == "proportional":
            share = d.votes / np.maximum(d.totals[d.district], 1)
            base = np.append(self.base, 1.0)[d.party]
            sd = sd * np.divide(share, base, out=np.ones_like(share), where=base > 0)
        out: np.ndarray = np.hypot(sd, self.model.regional_sd / 100)
        return out

    # ---------------------------------------------------------------- the tiers

    def chunk(self, runs: int, shares: np.ndarray | None = None) -> RunVotes:
        """The next ``runs`` runs; with ``shares`` ((runs, P)), at those national shares
        instead of the error model's (a seats-votes curve)."""
        by_party = self.national(runs) if shares is None else np.ascontiguousarray(shares.T)
        shares = by_party.T
        a = self.arrays
        moving = self.kernel is not None or a.constituency_votes is not None
        change = self.change(shares, runs) if moving else None
        constituency_votes = noise = None
        list_total = None
        if change is None or a.constituency_votes is None:
            list_total = int(a.list_votes.sum())  # made whole where the runs are counted
        else:
            constituency_votes = self._constituencies(change, runs)
        if self.kernel is not None:
            noise = self.kernel.noise(runs, self.done, self.noise_rng, self.seed)
        self.done += runs
        return RunVotes(runs, shares, change, list_total, constituency_votes, self.kernel,
                        noise)

    def _constituencies(self, change: Change, runs: int) -> np.ndarray:
        """(C, P, runs) each constituency's party votes: the swing, the regional error and
        the constituency's own noise, renormalised to its total."""
        a = self.arrays
        votes, column = a.by_constituency  # (C, P); each one's region column in the Change
        parties = a.party_count
        # Constituency × party × runs throughout: the sums over parties run along long rows.
        add = np.ascontiguousarray(change.add[:, :parties, column].transpose(2, 1, 0))
        x = votes[:, :, None] / np.maximum(votes.sum(axis=1), 1)[:, None, None]
        if change.mul is not None:
            x = x * change.mul[:, :parties, column].transpose(2, 1, 0)
        add += x
        if self.model.district_sd:
            noise = standard_normal(self.unit_rng, runs, votes.size,
                                    self.model.district_sd / 100)  # drawn run by run
            add += np.moveaxis(noise.reshape(runs, *votes.shape), 0, -1)
        np.maximum(add, 0.0, out=add)
        np.cumsum(add, axis=1, out=add)
        totals = votes.sum(axis=1)[:, None]
        ends = add[:, -1, :]
        dead = ends <= 0  # every share clipped: the constituency keeps its votes
        add *= (totals / np.where(dead, 1.0, ends))[:, None, :]
        out = np.rint(add).astype(np.int64)
        out[:, -1, :] = totals
        out[:, 1:, :] -= out[:, :-1, :].copy()
        if dead.any():
            out = np.where(dead[:, None, :], votes[:, :, None], out)
        whole: np.ndarray = out
        return whole


@dataclass(eq=False)
class RunVotes:
    """One chunk of runs: the national shares (runs, P) and the swing, the list votes (P,
    runs, made whole when first asked for) or the constituencies' (C, P, runs), and the
    district noise from which ``winners`` (D, runs) or one run's ``district_votes`` are
    computed."""

    runs: int
    shares: np.ndarray
    change: Change | None  # None: nothing below the national vote moves
    list_total: int | None  # the list votes' total (None: counted by constituency)
    constituency_votes: np.ndarray | None
    kernel: DistrictKernel | None
    noise: Noise | None
    _winners: np.ndarray | None = None
    _list_votes: np.ndarray | None = None

    @property
    def list_votes(self) -> np.ndarray | None:
        """(P, runs) whole list votes (None with list constituencies)."""
        if self._list_votes is None and self.list_total is not None:
            self._list_votes = whole_votes(self.list_total, self.shares.T)
        return self._list_votes

    @property
    def winners(self) -> np.ndarray | None:
        """(D, runs) each district's winning candidate (None: no districts with candidates)."""
        if self._winners is None and self.kernel is not None:
            self._winners = self.kernel.winners(*self._moving())
        return self._winners

    def district_votes(self, run: int) -> np.ndarray:
        """(N,) every candidate's votes in one run."""
        if self.kernel is None:
            return np.zeros(0, dtype=np.int64)
        return self.kernel.all_votes(run, *self._moving())

    def _moving(self) -> tuple[Change, Noise]:
        if self.change is None or self.noise is None:
            raise ValueError("the districts do not move")  # the kernel comes with both
        return self.change, self.noise

    def national_list_votes(self) -> np.ndarray:
        """(P, runs) the parties' national list votes (the constituency sums, if any)."""
        out = (self.list_votes if self.constituency_votes is None
               else self.constituency_votes.sum(axis=0))
        if out is None:
            raise ValueError("no list votes")
        summed: np.ndarray = out
        return summed


def whole_votes(total: int, shares: np.ndarray) -> np.ndarray:
    """(P, runs) whole votes from shares (P, runs) that keep ``total`` exactly in every run:
    cumulative rounding (each party's votes are rounded cumulative sums differenced)."""
    if total == 0:
        return np.zeros(shares.shape, dtype=np.int64)
    cumulative = np.cumsum(shares, axis=0)
    cumulative *= total / cumulative[-1]
    out: np.ndarray = np.rint(cumulative).astype(np.int64)
    out[-1] = total
    out[1:] -= out[:-1].copy()
    return out


def centre_shares(base: np.ndarray, parties: tuple[str, ...],
                  target: dict[str, float] | None) -> np.ndarray:
    """(P,) the projected national shares: ``target`` (percent by party id) for the parties
    it names, the rest of the parties' total shared by the others in proportion to their base
    shares; the base shares when there is no target."""
    if not target:
        return base.copy()
    unknown = sorted(set(target) - set(parties))
    if unknown:
        raise Refusal(NO_PARTY, where="poll", party=repr(unknown[0]))
    named = np.array([p in target for p in parties])
    given = np.array([float(target.get(p, 0.0)) / 100 for p in parties])
    if (given < 0).any() or not np.isfinite(given).all():
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "shares must be zero or more percent"),
                      where="poll")
    total = base.sum() if base.sum() > 0 else 1.0
    if given.sum() > total:
        given = given / given.sum() * total
    rest, others = total - given.sum(), base[~named].sum()
    out = given.copy()
    if others > 0:
        out[~named] = base[~named] / others * rest
    return out


def regional_targets(arrays: VoteArrays,
                      regional: dict[str, dict[str, float]] | None) -> np.ndarray | None:
    """(regions, P) regional targets as shares, NaN where not given."""
    if not regional:
        return None
    out = np.full((len(arrays.regions), arrays.party_count), np.nan)
    for region, shares in regional.items():
        if region not in arrays.regions:
            raise Refusal(QT_TRANSLATE_NOOP(
                "refusal", "no region {region} in this scenario (regions: {known})"),
                where="poll", region=repr(region), known=", ".join(arrays.regions))
        for pid, value in shares.items():
            if pid not in arrays.parties:
                raise Refusal(NO_PARTY, where="poll", party=repr(pid))
            out[arrays.regions.index(region), arrays.parties.index(pid)] = float(value) / 100
    return out
