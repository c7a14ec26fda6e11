"""A party's seats-votes curve: its seats as its national share varies under the chosen swing
model, the other parties keeping their shares relative to each other, every point counted
exactly (the simulation's engines, with no error). Read from it: the responsiveness (seats
gained per vote gained near the party's share: the swing ratio) and the partisan bias against
its main rival (the seats between them if both had the same share, the others unchanged)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from core.model.scenario import Scenario
from core.rules.allocate import allocate
from core.simulate.draws import Draws, Model
from core.simulate.engines import ENGINES
from core.simulate.engines.common import Context
from core.simulate.engines.exact import ExactEngine
from core.simulate.montecarlo import why_not_vectorised

STEP = 0.005  # half a point between points of the curve
RESPONSIVENESS_SPAN = 0.05  # ± five points around the party's share


@dataclass(frozen=True)
class SeatsVotesCurve:
    """Seats (own nominees) and house size at each national share of ``party`` (fractions of
    the reference vote); the party's share and seats at the centre; the responsiveness (seat
    share points per vote share point, a least-squares slope around the centre); the
    ``rival`` and the seats the party holds more than it when both have the same share."""

    party: str
    shares: tuple[float, ...]
    seats: tuple[int, ...]
    houses: tuple[int, ...]
    share: float
    seats_now: int
    responsiveness: float | None
    rival: str | None
    bias_seats: int | None
    equal_share: float | None

    @property
    def bias(self) -> float | None:
        """The bias as a share of the house: half the seat gap at equal shares."""
        if self.bias_seats is None:
            return None
        return self.bias_seats / 2 / (self.houses[0] or 1)


def seats_votes(scenario: Scenario, party_id: str, model: Model | None = None,
                step: float = STEP) -> SeatsVotesCurve:
    """The seats-votes curve of ``party_id`` around ``model``'s centre (the base election, or
    its projection), from 0 to the largest share the others leave it."""
    model = replace(model or Model(), sd=0, regional_sd=0, district_sd=0, error="points",
                    contender_sds=math.inf).check()
    draws = Draws(scenario, model, 0)
    ids = draws.arrays.parties
    if party_id not in ids:
        raise KeyError(party_id)
    i = ids.index(party_id)
    centre = draws.centre
    total = float(centre.sum())
    grid = np.arange(0.0, total + 1e-12, step)
    others = np.delete(np.arange(centre.size), i)
    rows = np.repeat(centre[None, :], grid.size, axis=0)
    rest = centre[others].sum()
    rows[:, i] = grid
    if rest > 0:
        rows[:, others] = centre[others] * ((total - grid) / rest)[:, None]
    rival = _rival(centre, i)
    if rival is not None:
        equal = centre.copy()
        equal[i] = equal[rival] = (centre[i] + centre[rival]) / 2
        rows = np.vstack((rows, equal, centre))
    else:
        rows = np.vstack((rows, centre))
    seats, houses = _count(scenario, draws, rows)
    n = grid.size
    near = np.abs(grid - centre[i]) <= RESPONSIVENESS_SPAN
    slope = None
    if near.sum() >= 3 and houses[:n][near].min() > 0:
        x, y = grid[near], seats[i, :n][near] / houses[:n][near]
        slope = float(np.polyfit(x, y, 1)[0])
    return SeatsVotesCurve(
        party_id, tuple(map(float, grid)), tuple(map(int, seats[i, :n])),
        tuple(map(int, houses[:n])), float(centre[i]), int(seats[i, -1]), slope,
        None if rival is None else ids[rival],
        None if rival is None else int(seats[i, n] - seats[rival, n]),
        None if rival is None else float(rows[n, i]))


def _rival(shares: np.ndarray, i: int) -> int | None:
    """The party with the largest share other than ``i`` (None if there is none)."""
    order = [j for j in np.argsort(-shares, kind="stable").tolist() if j != i and shares[j] > 0]
    return order[0] if order else None


def _count(scenario: Scenario, draws: Draws, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Seats (P × points) and houses (points,) at each row of national shares."""
    ctx = Context(scenario, allocate(scenario), draws)
    engine = (ExactEngine(ctx) if why_not_vectorised(scenario) is not None
              else ENGINES[scenario.mixed_type](ctx))
    out = engine.outcomes(draws.chunk(rows.shape[0], shares=rows))
    return out.seats, out.house
