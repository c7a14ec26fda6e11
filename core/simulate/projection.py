"""A projection: the house the base election would give at other national shares (a poll's,
or an average of polls), moved to every district and constituency by a swing model, counted
exactly (``core.rules.allocate``). Its uncertainty is the Monte Carlo around it
(``core.simulate.montecarlo`` with the same ``Model``)."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from core.model.polls import Poll
from core.model.scenario import Scenario
from core.model.swing import apply_change, base_shares, national_change, regional_base_shares
from core.model.vote_arrays import VoteArrays
from core.rules.allocate import allocate
from core.rules.result import Result
from core.simulate.draws import Model, centre_shares, regional_targets


@dataclass(frozen=True, eq=False)
class Projection:
    """The projected scenario and its count, beside the base election's; the national
    shares of the reference vote before and after (fractions, by party id)."""

    base: Result
    result: Result
    model: Model
    base_shares: dict[str, float]
    shares: dict[str, float]

    @property
    def scenario(self) -> Scenario:
        return self.result.scenario


def model_for_poll(poll: Poll, model: Model) -> Model:
    """``model`` projecting to ``poll``: its national and regional shares as the target, and
    its sample size for the sampling error."""
    return replace(model, target={k: float(v) for k, v in poll.shares.items()},
                   regional_target={r: {k: float(v) for k, v in shares.items()}
                                    for r, shares in poll.regions.items()} or None,
                   sample_size=poll.sample_size or model.sample_size)


def project(scenario: Scenario, model: Model, base: Result | None = None) -> Projection:
    """The projection of ``scenario`` to ``model``'s target (the base election itself when it
    has none), counted exactly."""
    model = model.check()
    arrays = VoteArrays.of(scenario)
    base_share = base_shares(arrays, scenario)
    centre = centre_shares(base_share, arrays.parties, model.target)
    change = national_change(model.swing, base_share, centre, len(arrays.regions),
                             regional_targets(arrays, model.regional_target),
                             regional_base_shares(arrays))
    listed = centre / centre.sum() if centre.sum() else None
    projected = scenario if model.target is None else apply_change(
        scenario, change, arrays, list_targets=listed)
    ids = arrays.parties
    return Projection(base or allocate(scenario), allocate(projected), model,
                      dict(zip(ids, map(float, base_share), strict=True)),
                      dict(zip(ids, map(float, np.asarray(centre)), strict=True)))
