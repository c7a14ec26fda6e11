"""Westminster: the government and opposition benches facing across the floor, the
cross-benches at the far end and the Speaker's chair at the head, as a chart layout.

Seen from above with the Speaker on the left facing right, the government sits on the
Speaker's right (the lower benches) and the opposition on the left (the upper benches), as
in the House of Commons. Each side fills its benches column by column from the Speaker's
end, front row first, so a party holds a block; the cross-benches fill their columns from the
floor outwards. The Speaker's chair is drawn as a mark: it is not one of the seats.

Units: one seat pitch is laid out first, then everything is scaled to span x from -1 to 1.
"""

from __future__ import annotations

import math

import numpy as np

from core.chart.geometry import Benches, ChartGeometry
from core.rules.metrics import simple_majority

ASPECT = 5.0  # a side's benches: about this many times longer than deep
FLOOR = 3  # the floor between the sides, in seat pitches (the total is written there)


def _side(seats: int, rows: int, x0: float, sign: float) -> tuple[np.ndarray, np.ndarray]:
    """``seats`` seats in ``rows`` rows from x0, filled column by column, front row first;
    ``sign`` -1 below the floor (government), +1 above (opposition)."""
    k = np.arange(seats)
    return x0 + k // rows, sign * (FLOOR / 2 + 0.5 + k % rows)


def westminster_geometry(seats: int, benches: Benches) -> ChartGeometry:
    """The chamber of ``benches`` (their seats add up to ``seats``), majority line across the
    bench where the majority's last seat sits, counting the government first."""
    if benches.seats != seats:
        raise ValueError(f"benches: {benches.seats} seats on the benches, {seats} to place")
    rows = max(1, math.ceil(math.sqrt(max(benches.government, benches.opposition, 1) / ASPECT)))
    start = 2.0  # the Speaker's chair at 0, a pitch of gap
    gx, gy = _side(benches.government, rows, start, -1.0)
    ox, oy = _side(benches.opposition, rows, start, 1.0)
    columns = max(math.ceil(benches.government / rows), math.ceil(benches.opposition / rows), 1)
    depth = 2 * rows + FLOOR  # the cross-benches span the whole chamber
    k = np.arange(benches.cross)
    cross_x = start + columns + 1.0 + k // depth
    cross_y = (depth - 1) / 2 - k % depth
    right = float(cross_x.max()) if benches.cross else start + columns - 1.0
    x = np.concatenate([gx, ox, cross_x])
    y = np.concatenate([gy, oy, cross_y])
    half = max(rows + FLOOR / 2, depth / 2 if benches.cross else 0.0)
    scale = 2.0 / (right + 1.0)  # from the chair's left edge (-0.5) to the last seat's right
    line_x = _majority_column(seats, benches, rows, start)
    side = -1.0 if simple_majority(seats) <= benches.government else 1.0
    inner, outer = side * FLOOR / 2, side * (FLOOR / 2 + rows)  # from the floor outwards
    return ChartGeometry(
        (x + 0.5) * scale - 1.0, y * scale, 0.5 * scale,
        (((line_x + 0.5) * scale - 1.0, inner * scale),
         ((line_x + 0.5) * scale - 1.0, outer * scale)),
        bounds=(-1.0, -half * scale, 1.0, half * scale),
        total_box=(((start + columns / 2) + 0.5) * scale - 1.0, -FLOOR / 4 * scale,
                   columns * 0.4 * scale, FLOOR / 2 * scale),
        speaker=(-1.0 + 0.5 * scale, 0.0),
    )


def _majority_column(seats: int, benches: Benches, rows: int, start: float) -> float:
    """x of the boundary after the column holding the majority's last seat, counting the
    government's benches first, then the opposition's from the Speaker's end."""
    needed = simple_majority(seats)
    if needed > benches.government:
        needed = min(needed - benches.government, benches.opposition)
    return start + max(math.ceil(needed / rows), 1) - 0.5
