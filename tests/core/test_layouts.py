"""Chart layouts (``core.chart.layouts``): the hemicycle's geometry is exactly the hemicycle
module's, its arc option bends it, and every registered layout gives drawable geometry."""

import math

import numpy as np
import pytest

from core.chart.hemicycle import hemicycle_layout, majority_line_points
from core.chart.layouts import DEFAULT_LAYOUT, chart_layout, chart_layouts, place_seats

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
    geometry = place_seats(seats, layout.id)
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
    with pytest.raises(ValueError, match=r"^layout: no layout 'horseshoe' \(known: hemicycle"):
        chart_layout("horseshoe")
