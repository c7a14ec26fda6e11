"""Chart layouts: where the seats of the parliament chart go, chosen by id.

A layout turns a number of seats (and its options) into a ``ChartGeometry``
(``core.chart.geometry``): the seat centres in chart order, the dot radius, the majority
line, the drawing's bounds and the box the total ("98 seats") is fitted into. The desktop
chart and the SVG writer draw any geometry, so a new layout is one module with a
``place(seats, **options) -> ChartGeometry`` function and one :func:`register_layout` call
at the bottom of this module, with the options it takes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.chart.geometry import ChartGeometry
from core.chart.hemicycle import hemicycle_geometry
from core.options import NumberOption, option_values
from core.registry import Registry

DEFAULT_LAYOUT = "hemicycle"


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


# --------------------------------------------------------------------------- the layouts

ARC = NumberOption("arc", "Arc", 180.0, 60.0, 360.0, "degrees")
register_layout(ChartLayout("hemicycle", "Hemicycle", hemicycle_geometry, (ARC,)))
