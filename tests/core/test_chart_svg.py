"""Tests for core.chart.svg, the one SVG writer: one seat element per seat, where the layout
puts it, styles told apart, tooltips and attributes escaped, majority line, legend; and
result_svg, a Result drawn with the seats, legend and label of ``core.chart.seating``."""

import xml.etree.ElementTree as ET
from dataclasses import replace

import numpy as np
import pytest

from core.chart.hemicycle import hemicycle_layout
from core.chart.seating import AFFILIATED, APPOINTED, DISTRICT, LEVELLING, LIST, OVERHANG, SeatGroup
from core.chart.svg import UNIT, result_svg, svg_document
from core.io.scenario_file import load
from core.rules.allocate import allocate

SVG_NS = "{http://www.w3.org/2000/svg}"


class _Legend:
    def __init__(self, style: str, color: str, text: str) -> None:
        self.style, self.color, self.name, self.count = style, color, text, ""


def _seat_circles(svg: str) -> list[ET.Element]:
    root = ET.fromstring(svg)
    return [el for el in root.iter() if "seat" in el.get("class", "").split()]


def _groups(counts, colors):
    pairs = enumerate(zip(counts, colors, strict=True))
    return [SeatGroup(n, LIST, c, f"party {i}") for i, (n, c) in pairs]


@pytest.mark.parametrize("counts", [[], [1], [40, 3, 55], [300, 200, 150]])
def test_one_seat_element_per_seat_in_group_order(counts):
    colors = ["#e4003b", "#1f77b4", "#2ca02c"][: len(counts)]
    circles = _seat_circles(svg_document(_groups(counts, colors)))
    assert len(circles) == sum(counts)
    assert all(c.tag == f"{SVG_NS}circle" for c in circles)
    expected = [c for n, c in zip(counts, colors, strict=True) for _ in range(n)]
    assert [c.get("fill") for c in circles] == expected


def test_empty_groups_draw_no_seat():
    svg = svg_document([SeatGroup(0, LIST, "#111", "none"), SeatGroup(2, LIST, "#222", "b")])
    assert [c.get("fill") for c in _seat_circles(svg)] == ["#222", "#222"]


def test_positions_match_the_layout():
    layout = hemicycle_layout(98)
    circles = _seat_circles(svg_document(_groups([98], ["red"])))
    cx = np.array([float(c.get("cx")) for c in circles])
    cy = np.array([float(c.get("cy")) for c in circles])
    assert np.allclose(cx, layout.x * UNIT, atol=0.005)
    assert np.allclose(cy, -layout.y * UNIT, atol=0.005)  # SVG's y axis points down
    assert cx[0] < 0 < cx[-1]  # left to right
    radii = np.array([float(c.get("r")) for c in circles])
    assert (radii <= layout.radius * UNIT).all()


def test_titles_are_escaped_tooltips():
    tips = ["A & B <left>", 'The "Centre"', "Right's"]
    groups = [SeatGroup(1, LIST, "#111", t) for t in tips]
    circles = _seat_circles(svg_document(groups))
    assert [c.find(f"{SVG_NS}title").text for c in circles] == tips


@pytest.mark.parametrize(("style", "tag", "fill", "stroke"), [
    (DISTRICT, "path", "#123456", None),  # a square in the party colour
    (OVERHANG, "path", "#123456", None),  # a diamond
    (LEVELLING, "path", "#123456", None),  # a triangle
    (AFFILIATED, "path", "#d9d9d9", "#123456"),  # a grey square, framed in the party colour
    (APPOINTED, "circle", "url(#", "#123456"),  # hatched
])
def test_kinds_of_seat_differ_by_shape_or_pattern_not_by_pale_rings(style, tag, fill, stroke):
    groups = [SeatGroup(1, style, "#123456", "other"), SeatGroup(1, LIST, "#123456", "dot")]
    other, disc = _seat_circles(svg_document(groups))
    assert other.tag == f"{SVG_NS}{tag}"
    assert other.get("fill").startswith(fill)
    assert other.get("stroke") == stroke
    assert disc.tag == f"{SVG_NS}circle"
    assert disc.get("stroke") is None
    assert [other.get("data-style"), disc.get("data-style")] == [style, LIST]


def test_hatched_fills_are_defined():
    root = ET.fromstring(svg_document([SeatGroup(2, APPOINTED, "#abcdef", "x")]))
    (seat, _) = _seat_circles(ET.tostring(root, encoding="unicode"))
    ref = seat.get("fill")
    assert ref.startswith("url(#")
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    assert ref[5:-1] in ids


def test_colour_attributes_are_escaped():
    (circle,) = _seat_circles(svg_document([SeatGroup(1, LIST, 'red" onload="x', "t")]))
    assert circle.get("fill") == 'red" onload="x'
    assert circle.get("onload") is None


def test_dashed_majority_line_label_and_total():
    root = ET.fromstring(svg_document(_groups([98], ["#000"]), majority_label="majority: 50 of 98"))
    lines = [el for el in root.iter(f"{SVG_NS}line") if el.get("class") == "majority-line"]
    assert len(lines) == 1
    line = lines[0]
    assert float(line.get("x1")) == float(line.get("x2")) == 0.0
    assert line.get("stroke-dasharray")
    text = "".join(root.itertext())
    assert "majority: 50 of 98" in text
    assert "98 seats" in text
    _, _, width, height = (float(v) for v in root.get("viewBox").split())
    assert (float(root.get("width")), float(root.get("height"))) == (width, height)


def test_legend_lines_grow_the_drawing_downwards():
    bare = ET.fromstring(svg_document(_groups([5], ["#111"])))
    legend = [_Legend(LIST, "#111", "A & Co 5"), _Legend(DISTRICT, "#111", "district")]
    root = ET.fromstring(svg_document(_groups([5], ["#111"]), legend))
    marks = [el for el in root.iter() if el.get("class") == "legend-mark"]
    assert len(marks) == 2
    assert marks[1].tag == f"{SVG_NS}path"  # the district sample is a square
    assert "A & Co 5" in "".join(root.itertext())
    assert float(root.get("height")) > float(bare.get("height"))
    assert len(_seat_circles(ET.tostring(root, encoding="unicode"))) == 5


def test_a_negative_count_is_refused():
    with pytest.raises(ValueError, match="seat counts must be zero or more, got -1"):
        svg_document([SeatGroup(-1, LIST, "#000", "x")])


# New Zealand template (hand-checked in tests/ui/test_systems_ui.py): 120 seats; party E wins
# 4 districts against an entitlement of 3, one independent wins a district. keep: the house
# grows to 121; level: to 164 (A 79, B 53, C 16, D 11, E 4); drop_uncovered: it stays at 120
# and E's weakest winner is not seated.
@pytest.mark.parametrize(("overhang", "parties", "majority", "key"), [
    ("keep", (58, 38, 12, 8, 4), "majority: 61 of 121 (120 + 1 overhang)",
     ["list", "district", "overhang seat (beyond entitlement) 1"]),
    ("level", (79, 53, 16, 11, 4), "majority: 83 of 164 (120 + 1 overhang + 43 levelling)",
     ["list", "levelling seats 43", "district", "overhang seat (beyond entitlement) 1"]),
    ("drop_uncovered", (58, 38, 12, 8, 3), "majority: 61 of 120",
     ["list", "district", "Party E: 1 district winner not seated"]),
])
def test_result_svg_draws_overhang_levelling_and_unseated_winners(overhang, parties, majority,
                                                                  key):
    result = allocate(replace(load("template:nz"), overhang=overhang))
    root = ET.fromstring(result_svg(result))
    styles = [c.get("data-style") for c in _seat_circles(ET.tostring(root, encoding="unicode"))]
    assert len(styles) == sum(parties) + 1  # and the independent
    assert styles.count(OVERHANG) == (0 if overhang == "drop_uncovered" else 1)
    assert styles.count(LEVELLING) == (43 if overhang == "level" else 0)
    (label,) = [t for t in root.iter(f"{SVG_NS}text") if t.get("class") == "majority"]
    assert label.text == majority
    (legend,) = [g for g in root.iter(f"{SVG_NS}g") if g.get("class") == "legend"]
    lines = ["".join(t.itertext()) for t in legend.iter(f"{SVG_NS}text")]
    names = [f"Party {name} {n}" for name, n in zip("ABCDE", parties, strict=True)]
    assert lines == [*names, "Independents (self-nominated) 1", *key]
