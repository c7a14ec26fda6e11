"""Chart layouts: where the seats of the parliament chart go, chosen by id.

A layout turns a number of seats (and its options) into a ``ChartGeometry``
(``core.chart.geometry``): the seat centres in chart order, the dot radius, the majority
line, the drawing's bounds and the box the total ("98 seats") is fitted into. The desktop
chart and the SVG writer draw any geometry, so a new layout is one module with a
``place(seats, **options) -> ChartGeometry`` function and one :func:`register_layout` call
at the bottom of this module, with the options it takes. A layout that seats the government
and the opposition apart (``sides=True``: Westminster) is also given the ``Benches``;
``core.chart.seating`` then orders the seats government first, opposition, cross-benches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.chart.circle import circle_geometry
from core.chart.geometry import Benches, ChartGeometry
from core.chart.hemicycle import hemicycle_geometry
from core.chart.horseshoe import horseshoe_geometry
from core.chart.westminster import westminster_geometry
from core.message import QT_TRANSLATE_NOOP, msg
from core.options import ChoiceOption, NumberOption, option_values
from core.refusal import Refusal
from core.registry import Registry
from core.text.render import Rendered

DEFAULT_LAYOUT = "hemicycle"


@dataclass(frozen=True)
class ChartLayout:
    """A registered layout: ``place(seats, **options)`` gives its geometry; with ``sides``,
    ``place(seats, benches, **options)``. ``label`` is marked for translation (context
    "chart")."""

    id: str
    label: str
    place: Callable[..., ChartGeometry]
    options: tuple[NumberOption, ...] = ()
    sides: bool = False


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


def place_seats(seats: int, layout_id: str = DEFAULT_LAYOUT, benches: Benches | None = None,
                **options: Any) -> ChartGeometry:
    """The geometry of ``seats`` seats in the layout ``layout_id``; an option it does not
    take, or out of its range, is a ValueError naming it. A layout with sides seats
    ``benches`` (by default every seat on the opposition's side)."""
    layout = chart_layout(layout_id)
    values = option_values(layout.options, options,
                           Rendered(msg("formats.the_layout", layout=layout_id)))
    if layout.sides:
        return layout.place(seats, benches or Benches(0, seats), **values)
    return layout.place(seats, **values)


def layout_option() -> ChoiceOption:
    """The chart formats' ``layout`` option (``--layout``): every registered layout."""
    return ChoiceOption("layout", QT_TRANSLATE_NOOP("formats", "Chart layout"), DEFAULT_LAYOUT,
                        tuple(layout.id for layout in chart_layouts()),
                        tuple(layout.label for layout in chart_layouts()))


def layout_options() -> tuple[NumberOption, ...]:
    """Every option of every layout, once each by name (``--arc``)."""
    found: dict[str, NumberOption] = {}
    for layout in chart_layouts():
        for option in layout.options:
            found.setdefault(option.name, option)
    return tuple(found.values())


def layout_values(values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Of a chart format's option values (``layout`` and every layout's options), the
    layout chosen and the values of the options it takes: the others only other layouts
    take (a dialog keeps them for when they are chosen again)."""
    layout = values.get("layout", DEFAULT_LAYOUT)
    own = {option.name for option in chart_layout(layout).options}
    return layout, {name: value for name, value in values.items() if name in own}


def chosen_options(layout_id: str, values: dict[str, Any]) -> dict[str, Any]:
    """Of ``values`` (every layout option, defaults included), those ``layout_id`` takes; a
    value other than the default for an option it does not take is refused by name."""
    layout = chart_layout(layout_id)
    own = {option.name for option in layout.options}
    for option in layout_options():
        if option.name not in own and values.get(option.name, option.default) != option.default:
            raise Refusal(QT_TRANSLATE_NOOP("refusal", "the {layout} layout takes no {name}"),
                          where=option.name, layout=layout_id, name=option.name)
    return {name: value for name, value in values.items() if name in own}


# --------------------------------------------------------------------------- the layouts

# Option labels and units are marked in context "formats", as the export formats' are.
ARC = NumberOption("arc", QT_TRANSLATE_NOOP("formats", "Arc"), 180.0, 60.0, 360.0,
                   QT_TRANSLATE_NOOP("formats", "degrees"), step=15)
register_layout(ChartLayout("hemicycle", QT_TRANSLATE_NOOP("chart", "Hemicycle"),
                            hemicycle_geometry, (ARC,)))
register_layout(ChartLayout("horseshoe", QT_TRANSLATE_NOOP("chart", "Horseshoe"),
                            horseshoe_geometry))
register_layout(ChartLayout("westminster", QT_TRANSLATE_NOOP("chart", "Westminster"),
                            westminster_geometry, sides=True))
register_layout(ChartLayout("circle", QT_TRANSLATE_NOOP("chart", "Circle"), circle_geometry))
