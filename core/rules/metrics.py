"""Disproportionality and party-system indices, and majority thresholds.

Conventions (stated in reports): vote shares are over the votes of all parties; seat shares
over the elected seats; independent district winners count as one-seat units with no list
votes (they add disproportionality and fragment the seats, as in Gallagher's own tables).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Indices:
    """Gallagher least-squares and Loosemore-Hanby indices (in percentage points) and the
    Laakso-Taagepera effective number of parties by votes and by seats."""

    gallagher: float
    loosemore_hanby: float
    enp_votes: float
    enp_seats: float


def indices(votes: Sequence[int], seats: Sequence[int], independent_seats: int = 0) -> Indices:
    """Indices for parties with ``votes`` and ``seats`` (same order) plus independents."""
    total_votes = sum(votes)
    total_seats = sum(seats) + independent_seats
    v = [x / total_votes if total_votes else 0.0 for x in votes]
    s = [x / total_seats if total_seats else 0.0 for x in seats]
    ind = [1 / total_seats] * independent_seats if total_seats else []
    diffs = [a - b for a, b in zip(v, s, strict=True)] + [-x for x in ind]
    gallagher = math.sqrt(sum(d * d for d in diffs) / 2) * 100
    loosemore_hanby = sum(abs(d) for d in diffs) / 2 * 100
    return Indices(
        gallagher=gallagher,
        loosemore_hanby=loosemore_hanby,
        enp_votes=_effective_number(v),
        enp_seats=_effective_number(s + ind),
    )


def _effective_number(shares: Sequence[float]) -> float:
    concentration = sum(x * x for x in shares)
    return 1 / concentration if concentration else 0.0


def simple_majority(house: int) -> int:
    """Seats for a simple majority: more than half."""
    return house // 2 + 1


def two_thirds_majority(house: int) -> int:
    """Seats for a two-thirds (constitutional) majority: at least two thirds."""
    return -(-2 * house // 3)
