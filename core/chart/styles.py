"""How each kind of seat is drawn: one declarative description per seat style.

The desktop chart (``ui.chart.hemicycle_widget.seat_look``) and the SVG writer
(``core.chart.svg``) both interpret these descriptions, with no style names of their own, so
they draw every style alike. A new style is one :func:`register_style` call here (and
``core.chart.seating`` deciding which seats have it); both drawings follow.

Sizes are in dot diameters. An outline lies inside the dot, so every seat has the same outer
size whatever its outline.
"""

from __future__ import annotations

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

# What fills a dot inside its outline.
PARTY = "party"  # the party's colour (fills and outlines)
WHITE = "white"
GREY = "grey"
HATCH = "hatch"  # lines in the party's colour on white
FILLS = (PARTY, WHITE, GREY, HATCH)
# What colour its outline is.
NONE = "none"
DARK = "dark"
LIGHT = "light"  # white: a ring inside the party's colour
OUTLINES = (NONE, PARTY, DARK, LIGHT)


@dataclass(frozen=True)
class SeatLook:
    """The chart's sizes and colours, shared by the desktop widget and the SVG.

    Widths are in dot diameters.
    """

    dot_fill: float = 0.84  # share of the non-overlapping diameter a dot fills: a visible gap
    ring: float = 0.2  # an outline (affiliated, appointed and levelling seats)
    bold_ring: float = 0.24  # the overhang seat's dark outline
    thin_ring: float = 0.12  # the unseated winner's legend mark
    target_ring: float = 0.16  # the district seat "◉": its outer ring ...
    target_dot: float = 0.4  # ... and its centre dot's radius, a share of the seat's radius
    cross: float = 0.3  # a crossed-out mark's strokes end this far from the centre, each way
    levelling_dashes: tuple[float, float] = (2.0, 1.4)  # dash and gap, in outline widths
    outline: str = "#111111"  # the dark outline (overhang and levelling seats)
    affiliated_fill: str = "#d9d9d9"  # the grey fill
    empty_fill: str = "#ffffff"  # the white fill
    text: str = "#222222"  # majority label, total and legend
    majority_line: str = "#333333"  # the dashed majority line


LOOK = SeatLook()


@dataclass(frozen=True)
class SeatStyle:
    """How one kind of seat is drawn.

    ``fill`` is one of :data:`FILLS`, ``outline`` one of :data:`OUTLINES` (``outline_width``
    in dot diameters, 0 without an outline); ``dashes`` is (dash, gap) in outline widths, or
    None for a solid outline. ``centre_dot`` is the radius of a dot in the outline's colour
    at the centre, as a share of the seat's radius (0: none): a target "◉", which needs a
    white fill. ``crossed`` strikes the mark through (a legend sample: a seat not taken).
    """

    name: str
    fill: str = PARTY
    outline: str = NONE
    outline_width: float = 0.0
    dashes: tuple[float, float] | None = None
    centre_dot: float = 0.0
    crossed: bool = False

    def __post_init__(self) -> None:
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
        if self.centre_dot and (self.fill != WHITE or self.outline == NONE):
            raise ValueError(f"seat style {self.name}: a centre dot needs a white fill and an "
                             "outline (it is drawn as a target)")

    @property
    def disc_radius(self) -> float:
        """The radius of the filled disc, in dot diameters: inside the outline's middle."""
        return 0.5 - self.outline_width / 2

    def fill_color(self, party_color: str) -> str:
        """The fill's colour for a seat of ``party_color`` (a hatch: its lines' colour)."""
        return {PARTY: party_color, WHITE: LOOK.empty_fill, GREY: LOOK.affiliated_fill,
                HATCH: party_color}[self.fill]

    def outline_color(self, party_color: str) -> str | None:
        """The outline's colour for a seat of ``party_color``; None without an outline."""
        return {NONE: None, PARTY: party_color, DARK: LOOK.outline,
                LIGHT: LOOK.empty_fill}[self.outline]


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
register_style(SeatStyle(INDEPENDENT))
register_style(SeatStyle(DISTRICT, fill=WHITE, outline=PARTY, outline_width=LOOK.target_ring,
                         centre_dot=LOOK.target_dot))
register_style(SeatStyle(AFFILIATED, fill=GREY, outline=PARTY, outline_width=LOOK.ring))
register_style(SeatStyle(APPOINTED, fill=HATCH, outline=PARTY, outline_width=LOOK.ring))
register_style(SeatStyle(OVERHANG, outline=DARK, outline_width=LOOK.bold_ring))
register_style(SeatStyle(LEVELLING, outline=DARK, outline_width=LOOK.ring,
                         dashes=LOOK.levelling_dashes))
register_style(SeatStyle(BONUS, outline=LIGHT, outline_width=LOOK.ring))
register_style(SeatStyle(UNSEATED, fill=WHITE, outline=PARTY, outline_width=LOOK.thin_ring,
                         crossed=True))
