"""The horseshoe: rows shaped like a U (Australia's House, many councils), as a chart layout.

Each row is two straight arms joined by a half circle over the top: the rows are parallel
curves ``spacing`` apart, from the inner radius 0.4 out to 1, with arms ``ARMS`` long below
the centre. Seats are spaced evenly along each row, rows get seats in proportion to their
capacity (as in the hemicycle), and every seat is then ordered by where it sits along the U
(up the left arm, over the top, down the right arm) so that parties listed left to right each
hold one band of it. The middle of the order is at the top: the majority line.
"""

from __future__ import annotations

import functools
import math

import numpy as np

from core.chart.geometry import ChartGeometry
from core.chart.hemicycle import TOTAL_HEIGHT, TOTAL_WIDTH, seats_per_row

INNER = 0.4
ARMS = 0.5  # the straight arms' length, in outer radii


@functools.lru_cache(maxsize=256)
def _capacity(rows: int) -> tuple[np.ndarray, np.ndarray, float]:
    """Row radii, seats each row holds, and the seat spacing, for ``rows`` rows.

    Along a row, neighbours are at least the arc step ``2 R asin(spacing / 2R)`` apart
    (measured along the row): on the half circle that is exactly ``spacing`` between centres,
    and on the straighter parts more.
    """
    spacing = (1.0 - INNER) / rows
    radius = INNER + spacing * (np.arange(rows) + 0.5)
    step = 2.0 * radius * np.arcsin(spacing / (2.0 * radius))
    usable = 2.0 * ARMS + math.pi * radius - spacing  # half a seat in from each arm's end
    return radius, np.floor(usable / step + 1e-9).astype(np.int64) + 1, spacing


def _rows_for(seats: int) -> int:
    rows = 1
    while int(_capacity(rows)[1].sum()) < seats:
        rows += 1
    return rows


def _along(s: np.ndarray, radius: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Points ``s`` along rows of ``radius`` (from the left arm's end): x, y, and the place
    along the U in common units (arms by length, the top by angle), to order seats by."""
    top = math.pi * radius
    on_arc = (s > ARMS) & (s < ARMS + top)
    angle = np.pi - np.clip(s - ARMS, 0.0, top) / radius  # pi at the left, 0 at the right
    x = np.where(on_arc, radius * np.cos(angle), np.where(s <= ARMS, -radius, radius))
    y = np.where(on_arc, radius * np.sin(angle),
                 np.where(s <= ARMS, s - ARMS, ARMS + top - s))
    middle = (INNER + 1.0) / 2.0
    place = np.where(s <= ARMS, s, np.where(on_arc, ARMS + (np.pi - angle) * middle,
                                            ARMS + math.pi * middle + s - ARMS - top))
    return x, y, place


def horseshoe_geometry(seats: int) -> ChartGeometry:
    """The horseshoe as a chart layout (``core.chart.layouts``): the fewest rows that hold
    every seat; the total sits between the arms."""
    rows = _rows_for(max(seats, 1))
    radius, capacity, spacing = _capacity(rows)
    per_row = seats_per_row(seats, capacity)
    length = 2.0 * ARMS + math.pi * radius
    s, r = [], []
    for row in range(rows):
        n = int(per_row[row])
        if n == 1:
            s.append(np.array([length[row] / 2.0]))
        elif n:
            s.append(np.linspace(spacing / 2.0, length[row] - spacing / 2.0, n))
        r.append(np.full(n, radius[row]))
    s_all = np.concatenate(s) if s else np.empty(0)
    x, y, place = _along(s_all, np.concatenate(r) if r else np.empty(0))
    order = np.argsort(place, kind="stable")  # inner rows first among equals
    hole_bottom = -ARMS
    height = TOTAL_HEIGHT * INNER
    return ChartGeometry(
        x[order], y[order], spacing / 2.0, ((0.0, INNER), (0.0, 1.0)),
        bounds=(-1.0, -ARMS, 1.0, 1.0),
        total_box=(0.0, (hole_bottom + INNER - height) / 2.0, TOTAL_WIDTH * INNER, height),
    )
