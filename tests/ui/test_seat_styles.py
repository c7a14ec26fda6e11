"""Every registered seat style (``core.chart.styles``) is drawn alike by the two painters.

From what each painter actually produces (the SVG's attributes and definitions; the widget's
symbol path, pen and brush), the look is read back in the description's own terms: fill,
outline, outline width, disc radius, dashes, centre dot, cross. Both must equal the
description: for every style registered, and for a new one registered here.
"""

import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from core.chart import styles
from core.chart.styles import GREY, HATCH, LOOK, PARTY, WHITE, SeatStyle, seat_styles
from core.chart.svg import svg_document
from ui.chart.hemicycle_widget import seat_look

SVG = "{http://www.w3.org/2000/svg}"
COLOR = "#1f5aa6"


@dataclass(frozen=True)
class Look:
    """A drawn seat read back: colours as #rrggbb, sizes in dot diameters."""

    fill: str | tuple[str, str]  # a colour, or ("hatch", the lines' colour)
    outline: str | None
    width: float
    disc: float  # the filled disc's radius
    dashes: tuple[float, ...] | None
    centre_dot: float  # its radius, a share of the seat's radius (0: none)
    cross: float  # how far the cross's strokes reach from the centre (0: not crossed)

    def matches(self, other: "Look") -> bool:
        def near(a, b):
            if isinstance(a, float) or isinstance(b, float):
                return a == pytest.approx(b, abs=2e-3)
            if isinstance(a, tuple) and isinstance(b, tuple):
                return len(a) == len(b) and all(near(x, y) for x, y in zip(a, b, strict=True))
            return a == b
        return all(near(getattr(self, f), getattr(other, f)) for f in self.__dataclass_fields__)


def described(style: SeatStyle) -> Look:
    """What the description says a seat of ``style`` in COLOR looks like."""
    fill = {PARTY: COLOR, WHITE: LOOK.empty_fill, GREY: LOOK.affiliated_fill}.get(style.fill)
    return Look(fill=(HATCH, COLOR) if style.fill == HATCH else fill,
                outline=style.outline_color(COLOR),
                width=style.outline_width, disc=0.5 - style.outline_width / 2,
                dashes=style.dashes, centre_dot=style.centre_dot,
                cross=LOOK.cross if style.crossed else 0.0)


class _Entry:
    def __init__(self, style: str) -> None:
        self.style, self.color, self.text = style, COLOR, style


def svg_look(name: str) -> Look:
    """The legend mark the SVG writer draws for style ``name``, read back."""
    root = ET.fromstring(svg_document([], [_Entry(name)]))
    defs = {el.get("id"): el for el in root.iter() if el.get("id")}
    (legend,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == "legend"]
    mark = legend[0]
    r, stroke = float(mark.get("r")), float(mark.get("stroke-width", 0))
    outer = r + stroke / 2
    fill, centre_dot = mark.get("fill"), 0.0
    if fill.startswith("url(#"):
        definition = defs[fill[5:-1]]
        if definition.tag == f"{SVG}radialGradient":
            (dot, dot_color), (_, fill) = [(float(s.get("offset")), s.get("stop-color"))
                                           for s in definition]
            assert dot_color == mark.get("stroke")  # the centre dot: the outline's colour
            centre_dot = dot * r / outer
        else:
            fill = (HATCH, definition.find(f"{SVG}line").get("stroke"))
    dashes = mark.get("stroke-dasharray")
    cross = 0.0
    if legend[1].get("class") == "cross":
        cx = float(mark.get("cx"))
        cross = abs(float(legend[1].get("d")[1:].split()[0]) - cx) / (2 * outer)
        assert legend[1].get("stroke") == mark.get("stroke")
    return Look(fill=fill, outline=mark.get("stroke"), width=stroke / (2 * outer),
                disc=r / (2 * outer),
                dashes=tuple(float(v) / stroke for v in dashes.split()) if dashes else None,
                centre_dot=centre_dot, cross=cross)


def widget_look(name: str) -> Look:
    """The widget's symbol, pen and brush for style ``name`` (a unit-diameter symbol), read
    back."""
    path, pen, brush = seat_look(name, COLOR)
    polygons = path.toSubpathPolygons()
    radii = sorted((p.boundingRect().width() / 2 for p in polygons if len(p) > 2), reverse=True)
    strokes = [p for p in polygons if len(p) == 2]
    cross = max((abs(point.x()) for p in strokes for point in p), default=0.0)
    if brush.style() == Qt.BrushStyle.BDiagPattern:
        fill = (HATCH, brush.color().name())
    else:
        fill = brush.color().name()
    if pen.style() == Qt.PenStyle.NoPen and len(radii) == 3:
        # A target: ring and centre dot are one odd-even path in the outline's colour; the gap
        # between them shows the chart's white.
        outer, inner, dot = radii
        return Look(fill=LOOK.empty_fill, outline=fill, width=outer - inner,
                    disc=(outer + inner) / 2, dashes=None, centre_dot=dot / outer, cross=cross)
    outlined = pen.style() != Qt.PenStyle.NoPen
    return Look(fill=fill, outline=pen.color().name() if outlined else None,
                width=pen.widthF() if outlined else 0.0, disc=radii[0],
                dashes=tuple(pen.dashPattern()) if pen.style() == Qt.PenStyle.CustomDashLine
                else None, centre_dot=0.0, cross=cross)


@pytest.mark.parametrize("style", seat_styles(), ids=lambda s: s.name)
def test_both_painters_draw_the_description(qapp, style):
    expected = described(style)
    assert svg_look(style.name).matches(expected), (svg_look(style.name), expected)
    assert widget_look(style.name).matches(expected), (widget_look(style.name), expected)


def test_the_styles_tell_every_kind_of_seat_apart(qapp):
    looks = [described(s) for s in seat_styles() if s.name != styles.INDEPENDENT]
    assert len(set(looks)) == len(looks)  # independents: list seats in their own grey
    assert {s.name for s in seat_styles()} == {
        "list", "district", "affiliated", "independent", "appointed", "overhang", "levelling",
        "bonus", "unseated"}


def test_a_new_style_is_one_entry_and_both_painters_follow(qapp, monkeypatch):
    # E.g. a print-safe style of issue 16: grey fill, dashed party-coloured outline.
    monkeypatch.setattr(styles.STYLES, "_entries", dict(styles.STYLES._entries))
    new = styles.register_style(SeatStyle("print-test", fill=GREY, outline=PARTY,
                                          outline_width=0.3, dashes=(1.0, 1.0)))
    assert svg_look(new.name).matches(described(new))
    assert widget_look(new.name).matches(described(new))


@pytest.mark.parametrize(("fields", "words"), [
    ({"fill": "plaid"}, "fill 'plaid'"),
    ({"outline": PARTY}, "an outline needs a width"),
    ({"outline_width": 0.2}, "an outline needs a width"),
    ({"centre_dot": 0.4, "outline": PARTY, "outline_width": 0.2}, "a centre dot needs a white"),
    ({"crossed": True}, "a crossed mark needs an outline"),
])
def test_a_style_that_cannot_be_drawn_is_refused(fields, words):
    with pytest.raises(ValueError, match=words):
        SeatStyle("bad", **fields)
    with pytest.raises(ValueError, match="no look for seat style 'nothing'"):
        styles.seat_style("nothing")
