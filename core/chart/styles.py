"""How each kind of seat is drawn: one declarative description per seat style.

The desktop chart (``ui.chart.hemicycle_widget.seat_look``) and the SVG writer
(``core.chart.svg``) both interpret these descriptions, with no style names of their own, so
they draw every style alike. A new style is one :func:`register_style` call here (and
``core.chart.seating`` deciding which seats have it); both drawings follow.

Kinds of seat are told apart by shape, which survives print, grey scale and colour
blindness: a list seat is a disc, a district seat a square, an overhang seat a diamond, a
levelling seat a triangle pointing up, a bonus seat one pointing down; an appointed seat is
hatched. Each is filled with the party's colour, so a party looks as large as it is.

Sizes are in dot diameters (the drawn disc of a list seat is 1). Every shape fits inside the
circle of radius :attr:`SeatLook.reach` round its centre, which seats never share, so no two
seats overlap whatever their shapes; an outline lies inside the shape.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from core.registry import Registry

# Seat styles, in the words of the legend key.
LIST = "list"
DISTRICT = "district"
AFFILIATED = "affiliated"  # self-nominated district winner who sits with a party
INDEPENDENT = "independent"  # self-nominated district winner who sits with no party
APPOINTED = "appointed"  # not elected (Kazakhstan before 2023: the Assembly's nine)
OVERHANG = "overhang"  # a district seat beyond the party's entitlement (compensatory systems)
LEVELLING = "levelling"  # a list seat added by levelling the house (Germany 2013-2021)
BONUS = "bonus"  # a list seat given by a list-tier rule (a majority bonus, a top-up)
UNSEATED = "unseated"  # a district winner not seated (legend only: there is no seat to draw)

# Shapes.
CIRCLE = "circle"
SQUARE = "square"
DIAMOND = "diamond"
TRIANGLE_UP = "triangle-up"
TRIANGLE_DOWN = "triangle-down"
SHAPES = (CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN)
# What fills a shape inside its outline.
PARTY = "party"  # the party's colour (fills and outlines)
WHITE = "white"
GREY = "grey"
HATCH = "hatch"  # lines in the party's colour on white
FILLS = (PARTY, WHITE, GREY, HATCH)
# What colour its outline is.
NONE = "none"
DARK = "dark"
OUTLINES = (NONE, PARTY, DARK)


@dataclass(frozen=True)
class SeatLook:
    """The chart's sizes and colours, shared by the desktop widget and the SVG.

    Widths are in dot diameters.
    """

    dot_fill: float = 0.84  # share of the non-overlapping diameter a dot fills: a visible gap
    ring: float = 0.2  # an outline (appointed seats)
    bold_ring: float = 0.18  # the affiliated seat's party-coloured outline round its grey
    thin_ring: float = 0.12  # the unseated winner's legend mark
    cross: float = 0.3  # a crossed-out mark's strokes end this far from the centre, each way
    outline: str = "#111111"  # a dark outline
    affiliated_fill: str = "#d9d9d9"  # the grey fill
    empty_fill: str = "#ffffff"  # the white fill
    government: str = "#f3d98b"  # the halo behind the government's seats ...
    halo: float = 1.35  # ... in seat spacings: the halos of neighbours merge
    text: str = "#222222"  # majority label, total and legend
    majority_line: str = "#333333"  # the dashed majority line

    @property
    def reach(self) -> float:
        """How far any shape may reach from its seat's centre: half the spacing of seats
        that touch, in dot diameters."""
        return 0.5 / self.dot_fill


LOOK = SeatLook()
INDEPENDENT_COLOR = "#8c8c8c"  # self-nominated winners who sit with no party
APPOINTED_COLOR = "#6e6e6e"
# Sizes of the shapes, in dot diameters, inside LOOK.reach (0.595): a square's half side
# (area 90% of the disc's), a diamond's half diagonal (80%), a triangle's circumradius (58%).
_HALF_SIDE, _HALF_DIAGONAL, _TRIANGLE = 0.42, 0.56, 0.59


@functools.cache
def shape_points(shape: str) -> tuple[tuple[float, float], ...]:
    """The corners of a polygon ``shape`` around its centre, in dot diameters, y up; empty
    for the circle."""
    if shape == SQUARE:
        h = _HALF_SIDE
        return ((-h, -h), (h, -h), (h, h), (-h, h))
    if shape == DIAMOND:
        h = _HALF_DIAGONAL
        return ((0.0, -h), (h, 0.0), (0.0, h), (-h, 0.0))
    if shape in (TRIANGLE_UP, TRIANGLE_DOWN):
        sign = 1.0 if shape == TRIANGLE_UP else -1.0
        return tuple((_TRIANGLE * math.sin(a), sign * _TRIANGLE * math.cos(a))
                     for a in (0.0, 2 * math.pi / 3, 4 * math.pi / 3))
    return ()


def inner_size(shape: str) -> float:
    """The distance from the centre to the shape's sides (a circle's radius), in dot
    diameters: how far an outline of width w moves them in is w / 2 of it."""
    points = shape_points(shape)
    if not points:
        return 0.5
    return min(abs(x1 * y2 - x2 * y1) / math.hypot(x2 - x1, y2 - y1)
               for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True))


@dataclass(frozen=True)
class SeatStyle:
    """How one kind of seat is drawn.

    ``shape`` is one of :data:`SHAPES`, ``fill`` one of :data:`FILLS`, ``outline`` one of
    :data:`OUTLINES` (``outline_width`` in dot diameters, 0 without an outline). ``crossed``
    strikes the mark through (a legend sample: a seat not taken).
    """

    name: str
    shape: str = CIRCLE
    fill: str = PARTY
    outline: str = NONE
    outline_width: float = 0.0
    crossed: bool = False

    def __post_init__(self) -> None:
        if self.shape not in SHAPES:
            raise ValueError(f"seat style {self.name}: shape {self.shape!r} is not one of "
                             f"{SHAPES}")
        if self.fill not in FILLS:
            raise ValueError(f"seat style {self.name}: fill {self.fill!r} is not one of {FILLS}")
        if self.outline not in OUTLINES:
            raise ValueError(f"seat style {self.name}: outline {self.outline!r} is not one of "
                             f"{OUTLINES}")
        if (self.outline == NONE) != (self.outline_width == 0):
            raise ValueError(f"seat style {self.name}: an outline needs a width, and a width "
                             "an outline")
        if self.crossed and self.outline == NONE:
            raise ValueError(f"seat style {self.name}: a crossed mark needs an outline (the "
                             "cross is drawn with it)")

    @property
    def inset(self) -> float:
        """The share of its size the shape is drawn at, so that its outline (a stroke
        centred on it) lies inside the full shape."""
        return 1.0 - self.outline_width / 2 / inner_size(self.shape)

    def fill_color(self, party_color: str) -> str:
        """The fill's colour for a seat of ``party_color`` (a hatch: its lines' colour)."""
        return {PARTY: party_color, WHITE: LOOK.empty_fill, GREY: LOOK.affiliated_fill,
                HATCH: party_color}[self.fill]

    def outline_color(self, party_color: str) -> str | None:
        """The outline's colour for a seat of ``party_color``; None without an outline."""
        return {NONE: None, PARTY: party_color, DARK: LOOK.outline}[self.outline]


STYLES: Registry[SeatStyle] = Registry("seat style",
                                       "no look for seat style {key!r} (known: {known})")


def register_style(style: SeatStyle) -> SeatStyle:
    """Add ``style`` to the styles both drawings know; a name may be registered once."""
    return STYLES.register(style.name, style)


def seat_style(name: str) -> SeatStyle:
    """The registered style called ``name``; ValueError naming the known ones if none."""
    return STYLES[name]


def seat_styles() -> tuple[SeatStyle, ...]:
    """Every registered style, in registration order."""
    return STYLES.entries()


register_style(SeatStyle(LIST))
register_style(SeatStyle(DISTRICT, SQUARE))
register_style(SeatStyle(OVERHANG, DIAMOND))
register_style(SeatStyle(LEVELLING, TRIANGLE_UP))
register_style(SeatStyle(BONUS, TRIANGLE_DOWN))
register_style(SeatStyle(INDEPENDENT, SQUARE))  # a district seat, in the independents' grey
register_style(SeatStyle(AFFILIATED, SQUARE, fill=GREY, outline=PARTY,
                         outline_width=LOOK.bold_ring))
register_style(SeatStyle(APPOINTED, fill=HATCH, outline=PARTY, outline_width=LOOK.ring))
register_style(SeatStyle(UNSEATED, SQUARE, fill=WHITE, outline=PARTY,
                         outline_width=LOOK.thin_ring, crossed=True))
