"""The one shape every chart layout gives and every chart drawer draws.

Units: the outer edge of the seats is at distance 1 from the origin (for a hemicycle, its
outer radius); ``y`` points up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

Point = tuple[float, float]


@dataclass(frozen=True, eq=False)
class ChartGeometry:
    """Where every seat of a chart goes, and the lines and boxes drawn with them.

    ``x`` and ``y``: seat centres in chart order (the first seat is the first party's, on
    the left). ``radius``: the largest dot radius at which no two dots overlap.
    ``majority_line``: its two end points, from the inside out. ``bounds``: left, bottom,
    right, top of the seats' area. ``total_box``: centre x, bottom y, width and height of
    the space the total is fitted into. ``speaker``: where the Speaker's chair is drawn (a
    mark, not a seat: Westminster), or None.
    """

    x: np.ndarray
    y: np.ndarray
    radius: float
    majority_line: tuple[Point, Point]
    bounds: tuple[float, float, float, float]
    total_box: tuple[float, float, float, float]
    speaker: Point | None = None

    @property
    def seats(self) -> int:
        """Number of seats placed."""
        return len(self.x)

    def majority_direction(self) -> Point:
        """The unit vector along the majority line, outwards (to draw it a little longer)."""
        (x1, y1), (x2, y2) = self.majority_line
        length = math.hypot(x2 - x1, y2 - y1)
        return (x2 - x1) / length, (y2 - y1) / length


@dataclass(frozen=True)
class Benches:
    """The seats of each side, for a layout that seats the sides apart (Westminster), in
    chart order: the government's, then the opposition's, then the cross-benches'."""

    government: int
    opposition: int
    cross: int = 0

    @property
    def seats(self) -> int:
        return self.government + self.opposition + self.cross
