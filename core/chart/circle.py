"""The circle: full rings of seats round the total (a round chamber, or a pie of seats), as a
chart layout.

The hemicycle's rows closed into rings (``core.chart.hemicycle``, an arc of 360 degrees):
seats run from the bottom up the left side, over the top and down the right side, so parties
listed left to right each hold one sector and the majority line stands at the top.
"""

from __future__ import annotations

import math

from core.chart.geometry import ChartGeometry
from core.chart.hemicycle import TOTAL_HEIGHT, TOTAL_WIDTH, hemicycle_layout, majority_line_points


def circle_geometry(seats: int) -> ChartGeometry:
    """The circle as a chart layout (``core.chart.layouts``): the total in the middle."""
    layout = hemicycle_layout(seats, arc=2.0 * math.pi)
    height = TOTAL_HEIGHT * layout.inner_radius
    return ChartGeometry(
        layout.x, layout.y, layout.radius, majority_line_points(layout),
        bounds=(-1.0, -1.0, 1.0, 1.0),
        total_box=(0.0, -height / 2.0, TOTAL_WIDTH * layout.inner_radius, height),
    )
