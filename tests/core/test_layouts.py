"""Chart layouts (``core.chart.layouts``): the hemicycle's geometry is exactly the hemicycle
module's, its arc option bends it, and every registered layout gives drawable geometry."""

import math
from collections import Counter

import numpy as np
import pytest

from core.chart.geometry import Benches
from core.chart.hemicycle import hemicycle_layout, majority_line_points
from core.chart.horseshoe import ARMS
from core.chart.layouts import (
    DEFAULT_LAYOUT,
    chart_layout,
    chart_layouts,
    layout_option,
    place_seats,
)

SEAT_COUNTS = [0, 1, 2, 7, 98, 107, 121, 164, 450, 650, 3000]


@pytest.mark.parametrize("seats", SEAT_COUNTS)
def test_the_hemicycle_is_the_hemicycle_modules_layout(seats):
    geometry = place_seats(seats)  # the default layout, at its default 180 degrees
    layout = hemicycle_layout(seats)
    assert DEFAULT_LAYOUT == "hemicycle"
    assert np.array_equal(geometry.x, layout.x)  # bit for bit: pictures unchanged
    assert np.array_equal(geometry.y, layout.y)
    assert geometry.radius == layout.radius
    assert geometry.majority_line == majority_line_points(layout) == ((0.0, 0.4), (0.0, 1.0))
    assert geometry.bounds == (-1.0, 0.0, 1.0, 1.0)
    assert geometry.total_box == (0.0, 0.0, 0.5, 0.168)  # 1.25 and 0.42 inner radii
    assert geometry.majority_direction() == (0.0, 1.0)


def test_an_explicit_180_degree_arc_is_the_default():
    a, b = place_seats(98), place_seats(98, "hemicycle", arc=180)
    assert np.array_equal(a.x, b.x)
    assert np.array_equal(a.y, b.y)


@pytest.mark.parametrize("arc", [90, 120, 220, 300, 360])
def test_the_arc_option_bends_the_rows(arc):
    geometry = place_seats(200, arc=arc)
    angles = np.degrees(np.arctan2(geometry.y, geometry.x))  # 90 is straight up
    off_vertical = np.abs((angles - 90 + 180) % 360 - 180)
    assert off_vertical.max() <= arc / 2
    assert off_vertical.max() > arc / 2 - 15  # the end seats reach the arc's ends
    left, bottom, right, top = geometry.bounds
    r = geometry.radius
    assert (geometry.x - r >= left - 1e-9).all()
    assert (geometry.x + r <= right + 1e-9).all()
    assert (geometry.y - r >= bottom - 1e-9).all()
    assert (geometry.y + r <= top + 1e-9).all()
    if arc > 180:
        assert bottom == pytest.approx(math.cos(math.radians(arc) / 2))
        assert bottom < 0


@pytest.mark.parametrize("layout", chart_layouts(), ids=lambda layout: layout.id)
@pytest.mark.parametrize("seats", SEAT_COUNTS)
def test_every_layout_places_every_seat_without_overlap(layout, seats):
    sides = Benches(seats // 2 + seats % 2, seats // 3, seats - seats // 2 - seats % 2 - seats // 3)
    geometry = place_seats(seats, layout.id, sides if layout.sides else None)
    assert geometry.seats == len(geometry.y) == seats
    points = np.column_stack([geometry.x, geometry.y])
    if seats > 1 and seats <= 650:
        gaps = np.linalg.norm(points[:, None] - points[None, :], axis=-1)
        np.fill_diagonal(gaps, np.inf)
        assert gaps.min() >= 2 * geometry.radius - 1e-9
    left, bottom, right, top = geometry.bounds
    assert left < right
    assert bottom < top
    for x, y in geometry.majority_line:
        assert left <= x <= right
        assert bottom <= y <= top
    assert math.hypot(*geometry.majority_direction()) == pytest.approx(1.0)


@pytest.mark.parametrize(("options", "words"), [
    ({"arc": 10}, r"^Arc: expected 60 to 360 degrees, got 10$"),
    ({"arc": "wide"}, r"^Arc: expected a number, got 'wide'$"),
    ({"rows": 3}, r"^rows: the hemicycle layout takes no such option \(it takes: arc\)$"),
])
def test_bad_options_are_refused_by_name(options, words):
    with pytest.raises(ValueError, match=words):
        place_seats(98, **options)


def test_an_unknown_layout_names_the_known_ones():
    with pytest.raises(ValueError, match=r"^layout: no layout 'pentagon' \(known: hemicycle, "
                                         r"horseshoe, westminster, circle\)"):
        chart_layout("pentagon")


def test_the_four_layouts_of_the_contract():
    # docs/cli.md, export: --layout hemicycle|horseshoe|westminster|circle, exactly those names.
    assert [layout.id for layout in chart_layouts()] == ["hemicycle", "horseshoe",
                                                         "westminster", "circle"]
    option = layout_option()
    assert option.choices == ("hemicycle", "horseshoe", "westminster", "circle")
    assert option.default == "hemicycle"


def _mirror_symmetric(geometry) -> bool:
    """The seats' set is its own mirror image in the vertical axis."""
    points = np.round(np.column_stack([geometry.x, geometry.y]), 9)
    mirrored = np.round(np.column_stack([-geometry.x, geometry.y]), 9)
    return sorted(map(tuple, points)) == sorted(map(tuple, mirrored + 0.0))


def _rows(geometry, centre=(0.0, 0.0)) -> Counter:
    """Seats per row, rows told apart by their distance from ``centre`` (hemicycle, circle)."""
    distance = np.hypot(geometry.x - centre[0], geometry.y - centre[1])
    return Counter(np.round(distance, 6))


@pytest.mark.parametrize("layout", ["hemicycle", "horseshoe", "circle"])
@pytest.mark.parametrize("seats", [7, 98, 121, 630])
def test_round_layouts_are_symmetric_and_halve_at_the_majority_line(layout, seats):
    geometry = place_seats(seats, layout)
    assert _mirror_symmetric(geometry)
    # The chart order runs from the left end to the right end: the majority line (vertical,
    # at x = 0) has half the seats on each side.
    left, right = (geometry.x < -1e-9).sum(), (geometry.x > 1e-9).sum()
    assert left == right
    assert geometry.majority_line[0][0] == geometry.majority_line[1][0] == 0.0


def test_hemicycle_rows_hold_seats_in_proportion_to_their_length():
    per_row = _rows(place_seats(98))
    counts = [per_row[r] for r in sorted(per_row)]
    assert counts == [11, 13, 15, 17, 20, 22]  # 98 seats, 6 rows: 0.45 to 0.95 from the centre
    assert sum(counts) == 98


def test_circle_rings_hold_seats_in_proportion_to_their_length():
    geometry = place_seats(121, "circle")
    per_ring = _rows(geometry)
    counts = [per_ring[r] for r in sorted(per_ring)]
    assert sum(counts) == 121
    assert counts == sorted(counts)
    radii = sorted(per_ring)
    for r, n in zip(radii, counts, strict=True):
        assert n <= 2 * np.pi * r / (2 * geometry.radius) + 1e-9  # a ring holds what fits
    assert geometry.bounds == (-1.0, -1.0, 1.0, 1.0)
    assert geometry.total_box[1] < 0 < geometry.total_box[1] + geometry.total_box[3]  # centred


def test_horseshoe_rows_run_up_the_arms_and_over_the_top():
    geometry = place_seats(164, "horseshoe")
    assert geometry.bounds == (-1.0, -ARMS, 1.0, 1.0)
    assert (geometry.y < 0).sum() > 0.2 * 164  # the arms hold seats below the centre
    assert geometry.x[0] < 0
    assert geometry.y[0] < 0
    assert geometry.x[-1] > 0
    assert geometry.y[-1] < 0
    # On the arms, rows are straight: each row's seats share an x.
    arms = geometry.y < 0
    columns = Counter(np.round(np.abs(geometry.x[arms]), 6))
    assert len(columns) == len(_rows_of_horseshoe(geometry))


def _rows_of_horseshoe(geometry) -> Counter:
    on_top = geometry.y >= 0
    return _rows(type(geometry)(geometry.x[on_top], geometry.y[on_top], geometry.radius,
                                geometry.majority_line, geometry.bounds, geometry.total_box))


@pytest.mark.parametrize(("government", "opposition", "cross"), [
    (365, 260, 25), (63, 29, 6), (0, 98, 0), (50, 50, 0), (316, 314, 0), (1, 0, 0)])
def test_westminster_seats_the_sides_facing_with_the_cross_benches_at_the_end(
        government, opposition, cross):
    seats = government + opposition + cross
    geometry = place_seats(seats, "westminster", Benches(government, opposition, cross))
    assert geometry.seats == seats
    g = slice(0, government)
    o = slice(government, government + opposition)
    c = slice(government + opposition, seats)
    assert (geometry.y[g] < 0).all()  # on the Speaker's right: below the floor
    assert (geometry.y[o] > 0).all()
    if cross:
        assert geometry.x[c].min() > max(geometry.x[:government + opposition].max(), -1)
    # Benches of the same depth on both sides; each side fills its benches column by column.
    depth = len(set(np.round(geometry.y[g], 6))) if government else 0
    if government and opposition:
        assert depth == len(set(np.round(geometry.y[o], 6)))
    if government > depth:
        assert geometry.x[g][depth] > geometry.x[g][depth - 1]  # next column
        assert np.allclose(geometry.x[g][:depth], geometry.x[g][0])
    assert geometry.speaker is not None
    assert geometry.speaker[0] < geometry.x.min()  # the chair at the head
    assert geometry.speaker[1] == 0.0
    left, bottom, right, top = geometry.bounds
    assert bottom == -top  # the floor in the middle


def test_westminster_majority_line_crosses_the_bench_of_the_majoritys_last_seat():
    # 63 government seats of 98: the 50th (majority) seat sits in the government's 13th
    # column (4 benches deep); the line runs at that column's far edge.
    geometry = place_seats(98, "westminster", Benches(63, 29, 6))
    (x1, y1), (x2, y2) = geometry.majority_line
    assert x1 == x2
    government_x = np.unique(np.round(geometry.x[:63], 9))
    column = np.searchsorted(government_x, x1)
    assert column == 13  # 13 columns (52 seats) left of the line: the 50th among them
    assert y1 < 0
    assert y2 < y1
    # A minority government: the line crosses the opposition's benches at the seat the
    # majority still needs.
    minority = place_seats(98, "westminster", Benches(40, 52, 6))
    (_, y1), (_, y2) = minority.majority_line
    assert 0 < y1 < y2


def test_westminster_by_default_seats_everyone_in_opposition():
    geometry = place_seats(30, "westminster")
    assert (geometry.y > 0).all()
