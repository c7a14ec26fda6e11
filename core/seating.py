"""The seats of the parliament chart as plain data: seat styles, colours and seat groups.

Qt-free, so that the CLI's SVG (``core.io.export``) and the app's SVG and PDF chart
(``ui.chart_export``) describe seats alike; ``core.chart_svg`` draws them.
"""

from __future__ import annotations

from dataclasses import dataclass

# Seat styles, in the words of the legend key.
LIST = "list"
DISTRICT = "district"
AFFILIATED = "affiliated"  # self-nominated district winner who sits with a party
INDEPENDENT = "independent"  # self-nominated district winner who sits with no party
APPOINTED = "appointed"  # not elected (Kazakhstan before 2023: the Assembly's nine)
OVERHANG = "overhang"  # a district seat beyond the party's entitlement (compensatory systems)
LEVELLING = "levelling"  # a list seat added by levelling the house (Germany 2013-2021)
UNSEATED = "unseated"  # a district winner not seated (legend only: there is no seat to draw)

INDEPENDENT_COLOR = "#8c8c8c"
APPOINTED_COLOR = "#6e6e6e"


@dataclass(frozen=True)
class SeatGroup:
    """``count`` neighbouring seats drawn alike, left to right in chart order."""

    count: int
    style: str
    color: str
    tooltip: str


