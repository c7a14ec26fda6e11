"""Seat positions of the parliament chart (a hemicycle of dots), computed with numpy.

The geometry follows the usual parliament diagram (David Richfield's tool, parliamentarch):
concentric rows of seats in the upper half plane, seats evenly spaced within each row, rows
given seats in proportion to their capacity (which grows with their arc length), then every
seat sorted by angle from the left end to the right end, so that parties listed left to right
each occupy one wedge.

Units: the outer edge of the chart has radius 1.0 and the arc is centred on (0, 0),
symmetric about the vertical; at the usual 180 degrees it spans the upper half plane. No
drawing happens here: :func:`hemicycle_geometry` is the chart layout "hemicycle"
(``core.chart.layouts``), whose geometry the SVG writer (``core.chart.svg``) and the desktop
chart draw.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.chart.geometry import ChartGeometry

__all__ = [
    "HemicycleLayout",
    "assign_parties",
    "hemicycle_geometry",
    "hemicycle_layout",
    "majority_line_points",
    "seats_per_row",
]

# The total's box: this share of the inner radius, wide and high.
TOTAL_WIDTH, TOTAL_HEIGHT = 1.25, 0.42


@dataclass(frozen=True, eq=False)
class HemicycleLayout:
    """Seat centres of a hemicycle, ordered from the leftmost seat to the rightmost.

    ``x`` and ``y`` are read-only float64 arrays of seat centres in units where the outer radius
    is 1.0 and the arc is centred on (0, 0). ``radius`` is the largest dot radius at which no
    two dots overlap (dots in a full row touch); draw a little smaller for a gap. Every dot
    lies inside the annulus from ``inner_radius`` to 1.0, within the arc of ``arc`` radians
    centred on the upward vertical (pi: above ``y = 0``).
    """

    x: np.ndarray
    y: np.ndarray
    radius: float
    rows: int
    inner_radius: float = 0.4
    arc: float = math.pi

    @property
    def seats(self) -> int:
        """Number of seats in the layout."""
        return len(self.x)


@dataclass(frozen=True)
class _RowPlan:
    """Per-row geometry for a number of rows: centre radius, end angle and capacity."""

    row_radius: np.ndarray
    end_angle: np.ndarray
    capacity: np.ndarray
    total: int
    spacing: float


@dataclass(frozen=True)
class _RowFill:
    """Seats per row for one seat count; seat k (counting all rows) sits at first + step * k.

    ``first[r]`` is offset by the seats before row ``r`` so that one multiply-add over the seat
    numbers gives every angle, measured from the left end, without a per-row loop.
    """

    per_row: np.ndarray
    first: np.ndarray
    step: np.ndarray


@functools.lru_cache(maxsize=256)
def _row_plan(rows: int, inner_radius: float, arc: float) -> _RowPlan:
    """Geometry of ``rows`` rows of touching dots filling the annulus [inner_radius, 1] over
    an arc of ``arc`` radians.

    A dot of radius ``spacing / 2`` on a row of radius ``R`` subtends the half-angle
    ``beta = asin(spacing / (2 R))``: the end seats sit ``beta`` inside the arc's ends
    (touching the base line of a half circle), neighbours need at least ``2 beta`` between
    them, so a row holds ``floor(arc / (2 beta))`` seats.
    """
    spacing = (1.0 - inner_radius) / rows
    row_radius = _read_only(inner_radius + spacing * (np.arange(rows) + 0.5))
    end_angle = _read_only(np.arcsin(np.minimum(spacing / (2.0 * row_radius), 1.0)))
    capacity = _read_only(np.floor(arc / (2.0 * end_angle) + 1e-9).astype(np.int64))
    return _RowPlan(row_radius, end_angle, capacity, int(capacity.sum()), spacing)


@functools.lru_cache(maxsize=1024)
def _auto_rows(seats: int, inner_radius: float, arc: float) -> int:
    """Fewest rows that hold ``seats`` seats (the largest dots), as parliamentarch chooses.

    A row holds at most ``arc R / spacing`` seats, so ``rows`` rows hold at most
    ``arc rows^2 (1 + inner) / (2 (1 - inner))`` seats: the search starts from that lower
    bound.
    """
    thickness = 1.0 - inner_radius
    rows = max(1, math.floor(math.sqrt(2.0 * thickness * seats / (arc * (1.0 + inner_radius)))))
    while _row_plan(rows, inner_radius, arc).total < seats:
        rows += 1
    return rows


@functools.lru_cache(maxsize=1024)
def _row_fill(seats: int, rows: int, inner_radius: float, arc: float) -> _RowFill:
    """Seats of each row and the angles they sit at, for ``seats`` seats in ``rows`` rows.

    The angle of the k-th seat of all rows together, measured from the left end, is
    ``first[row] + step[row] * k`` (see _RowFill); a lone seat in its row sits at the top.
    """
    plan = _row_plan(rows, inner_radius, arc)
    per_row = seats_per_row(seats, plan.capacity)
    step = (arc - 2.0 * plan.end_angle) / np.maximum(per_row - 1, 1)
    before = np.cumsum(per_row) - per_row
    first = np.pi / 2.0 - step * (0.5 * (per_row - 1) + before)
    return _RowFill(_read_only(per_row), _read_only(first), _read_only(step))


def seats_per_row(seats: int, capacity: np.ndarray) -> np.ndarray:
    """Share ``seats`` among rows in proportion to their ``capacity`` (largest remainder);
    the rows hold at least ``seats`` together.

    Integer arithmetic: each quota ``seats * capacity / total`` is at most the capacity, and a
    row only ever receives its quota rounded up, so no row is overfilled.
    """
    per_row, remainder = np.divmod(seats * capacity, int(capacity.sum()))
    missing = seats - int(per_row.sum())
    # Largest remainders first; among equal remainders the outer rows (longer arcs) first.
    outer_first = np.argsort(-remainder[::-1], kind="stable")[:missing]
    per_row[len(per_row) - 1 - outer_first] += 1
    return per_row


def _read_only(array: np.ndarray) -> np.ndarray:
    """Mark ``array`` read-only (it is cached or shared) and return it."""
    array.flags.writeable = False
    return array


def _validate(seats: int, rows: int | None, inner_radius: float, arc: float) -> None:
    """Raise ValueError for arguments that describe no drawable hemicycle."""
    if seats < 0:
        raise ValueError(f"seats must be zero or more, got {seats}")
    if rows is not None and rows < 1:
        raise ValueError(f"rows must be at least 1, got {rows}")
    if not 0.0 <= inner_radius < 1.0:
        raise ValueError(f"inner_radius must be in [0, 1), got {inner_radius}")
    if not 0.0 < arc <= 2.0 * math.pi:
        raise ValueError(f"arc must be in (0, 2 pi] radians, got {arc}")


def hemicycle_layout(
    seats: int, rows: int | None = None, inner_radius: float = 0.4, arc: float = math.pi
) -> HemicycleLayout:
    """Compute the seat centres of a hemicycle of ``seats`` seats over ``arc`` radians.

    ``rows=None`` chooses the fewest rows that hold every seat, which gives the largest dots.
    An explicit ``rows`` that cannot hold ``seats`` raises ValueError (the message gives the
    minimum). Seats come back ordered by angle, from the left end (angle pi/2 + arc/2) to the
    right end (pi/2 - arc/2). Deterministic; 0 seats gives empty arrays. Row plans are
    cached, seat arrays are not.
    """
    seats = operator.index(seats)
    _validate(seats, rows, inner_radius, arc)
    needed = _auto_rows(seats, inner_radius, arc)
    if rows is None:
        rows = needed
    elif rows < needed:
        raise ValueError(f"{rows} rows cannot hold {seats} seats; at least {needed} are needed")
    plan = _row_plan(rows, inner_radius, arc)
    x, y = _seat_centres(seats, _row_fill(seats, rows, inner_radius, arc), plan)
    return HemicycleLayout(x, y, plan.spacing / 2.0, rows, inner_radius, arc)


def _seat_centres(seats: int, fill: _RowFill, plan: _RowPlan) -> tuple[np.ndarray, np.ndarray]:
    """Seat centres of all rows, sorted by angle from the left end to the right end.

    Angles are measured from the left end (``phi = pi - angle``), so that sorting ascending
    orders the seats left to right; the stable sort keeps the inner row first on ties.
    """
    phi = np.repeat(fill.step, fill.per_row)
    phi *= np.arange(seats)
    phi += np.repeat(fill.first, fill.per_row)
    order = np.argsort(phi, kind="stable")
    phi = phi[order]
    radius = np.repeat(plan.row_radius, fill.per_row)[order]
    x = np.cos(phi)
    x *= radius
    np.negative(x, out=x)
    y = np.sin(phi)
    y *= radius
    return _read_only(x), _read_only(y)


def assign_parties(seat_counts: Sequence[int]) -> np.ndarray:
    """Party index of each seat in layout order, for seats per party listed left to right.

    ``assign_parties([2, 0, 3])`` is ``[0, 0, 2, 2, 2]``: index 0 is the leftmost seat.
    Raises ValueError for a negative count.
    """
    counts = np.asarray(seat_counts, dtype=np.int64).reshape(-1)
    if (counts < 0).any():
        raise ValueError(f"seat counts must be zero or more, got {list(seat_counts)}")
    return np.repeat(np.arange(len(counts)), counts)


def majority_line_points(
    layout: HemicycleLayout, inner_radius: float | None = None
) -> tuple[tuple[float, float], tuple[float, float]]:
    """End points of the majority line: the vertical through the centre of the arc.

    A majority is half the seats plus one, so the line is drawn at angle pi/2, from the inner
    edge of the chart (``inner_radius``, by default the layout's) up to the outer edge (1.0).
    """
    inner = layout.inner_radius if inner_radius is None else inner_radius
    return (0.0, inner), (0.0, 1.0)


def hemicycle_geometry(seats: int, arc: float) -> ChartGeometry:
    """The hemicycle as a chart layout (``core.chart.layouts``): rows over ``arc`` degrees,
    open at the bottom; the majority line is the vertical through the middle, the total sits
    in the hole at the centre."""
    angle = arc / 180.0 * math.pi  # exactly pi at 180 degrees
    layout = hemicycle_layout(seats, arc=angle)
    inner = layout.inner_radius
    side = 1.0 if angle >= math.pi else math.sin(angle / 2)
    bottom = min(0.0, math.cos(angle / 2))  # below the centre when the arc wraps round
    return ChartGeometry(
        layout.x, layout.y, layout.radius, majority_line_points(layout),
        bounds=(-side, bottom, side, 1.0),
        total_box=(0.0, 0.0, TOTAL_WIDTH * inner, TOTAL_HEIGHT * inner),
    )
