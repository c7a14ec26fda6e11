"""Chart layouts: where the seats of the parliament chart go, chosen by id.

A layout turns a number of seats (and its options) into a :class:`ChartGeometry`: the seat
centres in chart order, the dot radius, the majority line, the drawing's bounds and the box
the total ("98 seats") is fitted into. The desktop chart and the SVG writer draw any
geometry, so a new layout is one module with a ``place(seats, **options)`` function and one
:func:`register_layout` call.

Units: the outer edge of the seats is at distance 1 from the origin (for a hemicycle, its
outer radius); ``y`` points up.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.chart.hemicycle import hemicycle_layout, majority_line_points
from core.options import NumberOption, option_values
from core.registry import Registry

Point = tuple[float, float]

DEFAULT_LAYOUT = "hemicycle"
# The total's box in a hemicycle: this share of the inner radius, wide and high.
TOTAL_WIDTH, TOTAL_HEIGHT = 1.25, 0.42


@dataclass(frozen=True, eq=False)
class ChartGeometry:
    """Where every seat of a chart goes, and the lines and boxes drawn with them.

    ``x`` and ``y``: seat centres in chart order (the first seat is the first party's, on
    the left). ``radius``: the largest dot radius at which no two dots overlap.
    ``majority_line``: its two end points, from the inside out. ``bounds``: left, bottom,
    right, top of the seats' area. ``total_box``: centre x, bottom y, width and height of
    the space the total is fitted into.
    """

    x: np.ndarray
    y: np.ndarray
    radius: float
    majority_line: tuple[Point, Point]
    bounds: tuple[float, float, float, float]
    total_box: tuple[float, float, float, float]

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
class ChartLayout:
    """A registered layout: ``place(seats, **options)`` gives its geometry."""

    id: str
    label: str
    place: Callable[..., ChartGeometry]
    options: tuple[NumberOption, ...] = ()


LAYOUTS: Registry[ChartLayout] = Registry("chart layout",
                                          "layout: no layout {key!r} (known: {known})")


def register_layout(layout: ChartLayout) -> ChartLayout:
    """Add ``layout`` to the layouts the charts can draw; an id may be registered once."""
    return LAYOUTS.register(layout.id, layout)


def chart_layout(layout_id: str) -> ChartLayout:
    """The layout registered as ``layout_id``; ValueError naming the known ones if none."""
    return LAYOUTS[layout_id]


def chart_layouts() -> tuple[ChartLayout, ...]:
    """Every registered layout, in registration order."""
    return LAYOUTS.entries()


def place_seats(seats: int, layout_id: str = DEFAULT_LAYOUT, **options: Any) -> ChartGeometry:
    """The geometry of ``seats`` seats in the layout ``layout_id``; an option it does not
    take, or out of its range, is a ValueError naming it."""
    layout = chart_layout(layout_id)
    return layout.place(seats, **option_values(layout.options, options,
                                                f"the {layout_id} layout"))


# --------------------------------------------------------------------------- hemicycle

ARC = NumberOption("arc", "Arc", 180.0, 60.0, 360.0, "degrees")


def hemicycle(seats: int, arc: float = ARC.default) -> ChartGeometry:
    """Concentric rows over an arc of ``arc`` degrees, open at the bottom
    (``core.chart.hemicycle``); the majority line is the vertical through the middle."""
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


register_layout(ChartLayout("hemicycle", "Hemicycle", hemicycle, (ARC,)))
