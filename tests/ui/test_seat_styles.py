"""Every registered seat style (``core.chart.styles``) is drawn alike by the two painters.

From what each painter actually produces (the SVG's attributes and definitions; the widget's
symbol path, pen and brush), the look is read back in the description's own terms: shape,
fill, outline, outline width, cross. Both must equal the description: for every style
registered, and for a new one registered here. And every kind of seat is told apart by its
shape or pattern, not by colour alone.
"""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from core.chart import styles
from core.chart.styles import (
    GREY,
    HATCH,
    LOOK,
    PARTY,
    TRIANGLE_DOWN,
    WHITE,
    SeatStyle,
    seat_styles,
    shape_points,
)
from core.chart.svg import svg_document
from ui.chart.hemicycle_widget import seat_look

SVG = "{http://www.w3.org/2000/svg}"
COLOR = "#1f5aa6"


@dataclass(frozen=True)
class Look:
    """A drawn seat read back: colours as #rrggbb, sizes in dot diameters."""

    corners: tuple[tuple[float, float], ...]  # the polygon, y up; () for a disc
    size: float  # a disc's radius, or the polygon's distance from its first corner
    fill: str | tuple[str, str]  # a colour, or ("hatch", the lines' colour)
    outline: str | None
    width: float
    cross: float  # how far the cross's strokes reach from the centre (0: not crossed)

    def matches(self, other: "Look") -> bool:
        def near(a, b):
            if isinstance(a, float) or isinstance(b, float):
                return a == pytest.approx(b, abs=3e-3)
            if isinstance(a, tuple) and isinstance(b, tuple):
                return len(a) == len(b) and all(near(x, y) for x, y in zip(a, b, strict=True))
            return a == b
        return all(near(getattr(self, f), getattr(other, f)) for f in self.__dataclass_fields__)


def described(style: SeatStyle) -> Look:
    """What the description says a seat of ``style`` in COLOR looks like."""
    fill = {PARTY: COLOR, WHITE: LOOK.empty_fill, GREY: LOOK.affiliated_fill}.get(style.fill)
    corners = tuple((x * style.inset, y * style.inset) for x, y in shape_points(style.shape))
    return Look(corners=corners, size=0.5 * style.inset if not corners else 0.0,
                fill=(HATCH, COLOR) if style.fill == HATCH else fill,
                outline={PARTY: COLOR, "dark": LOOK.outline}.get(style.outline),
                width=style.outline_width, cross=LOOK.cross if style.crossed else 0.0)


class _Entry:
    def __init__(self, style: str) -> None:
        self.style, self.color, self.name, self.count = style, COLOR, style, ""


def svg_look(name: str) -> Look:
    """The legend mark the SVG writer draws for style ``name``, read back (in dot diameters,
    y up, around its centre)."""
    root = ET.fromstring(svg_document([], [_Entry(name)]))
    defs = {el.get("id"): el for el in root.iter() if el.get("id")}
    (legend,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == "legend"]
    mark = legend[0]
    circle = _circle_of_legend(root)
    cx, cy, d = circle
    if mark.tag == f"{SVG}circle":
        corners, size = (), float(mark.get("r")) / d
    else:
        numbers = [float(v) for v in re.findall(r"-?\d+\.?\d*", mark.get("d"))]
        corners = tuple(((x - cx) / d, (cy - y) / d)
                        for x, y in zip(numbers[::2], numbers[1::2], strict=True))
        size = 0.0
    fill = mark.get("fill")
    if fill.startswith("url(#"):
        fill = (HATCH, defs[fill[5:-1]].find(f"{SVG}line").get("stroke"))
    cross = 0.0
    if len(legend) > 2 and legend[1].get("class") == "cross":
        cross = abs(float(legend[1].get("d")[1:].split()[0]) - cx) / d
        assert legend[1].get("stroke") == mark.get("stroke")
    return Look(corners=corners, size=size, fill=fill, outline=mark.get("stroke"),
                width=float(mark.get("stroke-width", 0)) / d, cross=cross)


def _circle_of_legend(root) -> tuple[float, float, float]:
    """The first legend mark's centre and dot diameter, from the list seat's disc drawn at
    the same place with the same size."""
    probe = ET.fromstring(svg_document([], [_Entry("list")]))
    (legend,) = [g for g in probe.iter(f"{SVG}g") if g.get("class") == "legend"]
    disc = legend[0]
    return float(disc.get("cx")), float(disc.get("cy")), 2 * float(disc.get("r"))


def widget_look(name: str) -> Look:
    """The widget's symbol, pen and brush for style ``name`` (a unit-diameter symbol, y down),
    read back."""
    path, pen, brush = seat_look(name, COLOR)
    polygons = [p for p in path.toSubpathPolygons() if len(p) > 2]
    strokes = [p for p in path.toSubpathPolygons() if len(p) == 2]
    shape = polygons[0]
    if len(shape) == 5:  # four corners and the closing point
        corners, size = tuple((p.x(), -p.y()) for p in list(shape)[:4]), 0.0
    elif len(shape) == 4:
        corners, size = tuple((p.x(), -p.y()) for p in list(shape)[:3]), 0.0
    else:
        corners, size = (), shape.boundingRect().width() / 2
    cross = max((abs(point.x()) for p in strokes for point in p), default=0.0)
    fill = ((HATCH, brush.color().name()) if brush.style() == Qt.BrushStyle.BDiagPattern
            else brush.color().name())
    outlined = pen.style() != Qt.PenStyle.NoPen
    return Look(corners=corners, size=size, fill=fill,
                outline=pen.color().name() if outlined else None,
                width=pen.widthF() if outlined else 0.0, cross=cross)


@pytest.mark.parametrize("style", seat_styles(), ids=lambda s: s.name)
def test_both_painters_draw_the_description(qapp, style):
    expected = described(style)
    assert svg_look(style.name).matches(expected), (svg_look(style.name), expected)
    assert widget_look(style.name).matches(expected), (widget_look(style.name), expected)


def test_every_kind_of_elected_seat_has_a_shape_of_its_own(qapp):
    # Told apart in print and by the colour-blind: shapes, all filled with the party colour
    # (no pale rings: a party with mostly district seats looks as large as it is).
    kinds = ["list", "district", "overhang", "levelling", "bonus"]
    looks = {k: styles.seat_style(k) for k in kinds}
    assert len({s.shape for s in looks.values()}) == len(kinds)
    assert all(s.fill == PARTY and s.outline_width == 0 for s in looks.values())
    appointed = styles.seat_style("appointed")
    assert appointed.fill == HATCH  # a pattern: not elected
    looks = [described(s) for s in seat_styles() if s.name != styles.INDEPENDENT]
    assert len(set(looks)) == len(looks)  # independents: district seats in their own grey
    assert {s.name for s in seat_styles()} == {
        "list", "district", "affiliated", "independent", "appointed", "overhang", "levelling",
        "bonus", "unseated"}


@pytest.mark.parametrize("name", [s.name for s in seat_styles()])
def test_every_shape_stays_inside_the_room_of_its_seat(name):
    style = styles.seat_style(name)
    reach = max((x * x + y * y) ** 0.5 for x, y in shape_points(style.shape)) if shape_points(
        style.shape) else 0.5
    assert reach <= LOOK.reach + 1e-9  # neighbours' shapes never touch


def test_a_new_style_is_one_entry_and_both_painters_follow(qapp, monkeypatch):
    monkeypatch.setattr(styles.STYLES, "_entries", dict(styles.STYLES._entries))
    new = styles.register_style(SeatStyle("print-test", TRIANGLE_DOWN, fill=GREY,
                                          outline=PARTY, outline_width=0.1))
    assert svg_look(new.name).matches(described(new))
    assert widget_look(new.name).matches(described(new))


@pytest.mark.parametrize(("fields", "words"), [
    ({"fill": "plaid"}, "fill 'plaid'"),
    ({"shape": "star"}, "shape 'star'"),
    ({"outline": PARTY}, "an outline needs a width"),
    ({"outline_width": 0.2}, "an outline needs a width"),
    ({"crossed": True}, "a crossed mark needs an outline"),
])
def test_a_style_that_cannot_be_drawn_is_refused(fields, words):
    with pytest.raises(ValueError, match=words):
        SeatStyle("bad", **fields)
    with pytest.raises(ValueError, match="no look for seat style 'nothing'"):
        styles.seat_style("nothing")
