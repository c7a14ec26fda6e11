"""Tests for core.chart.hemicycle: seat counts, geometry, ordering and party wedges (the SVG writer
that draws the layout is tested in test_chart_svg.py)."""


import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.chart.hemicycle import (
    HemicycleLayout,
    assign_parties,
    hemicycle_layout,
    majority_line_points,
)

REL = 1e-9


def _min_pairwise_distance(layout: HemicycleLayout, chunk: int = 500) -> float:
    """Smallest distance between two seat centres, by brute force (numpy, no scipy).

    Compared in blocks of ``chunk`` seats against all later seats, so that several thousand
    seats stay within a few tens of megabytes.
    """
    points = np.column_stack([layout.x, layout.y])
    best = np.inf
    for start in range(0, len(points), chunk):
        block = points[start : start + chunk]
        later = points[start:]
        dist = np.hypot(*(block[:, None, :] - later[None, :, :]).transpose(2, 0, 1))
        dist[np.arange(len(block)), np.arange(len(block))] = np.inf
        best = min(best, float(dist.min()))
    return best


def _max_seats(rows: int, inner: float) -> int:
    """Largest number of seats that ``rows`` rows accept, found through the public API."""
    low, high = 0, 100_000
    while low < high:
        mid = (low + high + 1) // 2
        try:
            hemicycle_layout(mid, rows=rows, inner_radius=inner)
        except ValueError:
            high = mid - 1
        else:
            low = mid
    return low


def _angles(layout: HemicycleLayout) -> np.ndarray:
    return np.arctan2(layout.y, layout.x)


# --- seat counts and rows ----------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=5000))
def test_layout_has_exactly_the_requested_seats(seats):
    layout = hemicycle_layout(seats)
    assert layout.x.shape == layout.y.shape == (seats,)
    assert layout.x.dtype == layout.y.dtype == np.float64
    assert layout.seats == seats


@pytest.mark.parametrize("seats", [0, 1, 98, 650, 3000, 10000])
def test_known_sizes(seats):
    layout = hemicycle_layout(seats)
    assert len(layout.x) == seats
    assert np.isfinite(layout.x).all()
    assert np.isfinite(layout.y).all()
    assert layout.rows >= 1
    assert layout.radius > 0


def test_zero_seats_gives_empty_arrays():
    layout = hemicycle_layout(0)
    assert layout.x.size == layout.y.size == 0


def test_single_seat_sits_at_the_top_centre():
    layout = hemicycle_layout(1)
    assert layout.x[0] == pytest.approx(0.0, abs=1e-12)
    assert layout.y[0] > 0.4


@pytest.mark.parametrize("seats", [4, 98, 650, 3000])
def test_auto_rows_are_the_fewest_that_hold_the_seats(seats):
    # Fewest rows means the largest dots: one row fewer must not hold the seats.
    layout = hemicycle_layout(seats)
    assert layout.rows > 1
    with pytest.raises(ValueError, match="rows cannot hold"):
        hemicycle_layout(seats, rows=layout.rows - 1)


def test_rows_grow_with_seats_and_dots_shrink():
    small, large = hemicycle_layout(98), hemicycle_layout(3000)
    assert small.rows < large.rows
    assert small.radius > large.radius


def test_explicit_rows_are_honoured():
    layout = hemicycle_layout(100, rows=12)
    assert layout.rows == 12
    assert len(layout.x) == 100
    assert layout.radius == pytest.approx((1 - 0.4) / 12 / 2)


@pytest.mark.parametrize(
    ("seats", "rows", "inner", "message"),
    [
        (-1, None, 0.4, "seats must be zero or more"),
        (10, 0, 0.4, "rows must be at least 1"),
        (10, -3, 0.4, "rows must be at least 1"),
        (10, None, 1.0, "inner_radius"),
        (10, None, -0.1, "inner_radius"),
        (3000, 2, 0.4, "rows cannot hold 3000 seats"),
    ],
)
def test_invalid_arguments_raise_value_error(seats, rows, inner, message):
    with pytest.raises(ValueError, match=message):
        hemicycle_layout(seats, rows=rows, inner_radius=inner)


def test_float_seat_count_is_rejected():
    with pytest.raises(TypeError):
        hemicycle_layout(3.5)


def test_layout_is_deterministic_and_read_only():
    a, b = hemicycle_layout(650), hemicycle_layout(650)
    assert np.array_equal(a.x, b.x)
    assert np.array_equal(a.y, b.y)
    with pytest.raises(ValueError, match="read-only"):
        a.x[0] = 5.0


# --- geometry ----------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=700), st.sampled_from([0.0, 0.2, 0.4, 0.6]))
def test_no_two_dots_overlap(seats, inner):
    layout = hemicycle_layout(seats, inner_radius=inner)
    assert _min_pairwise_distance(layout) >= 2 * layout.radius * (1 - REL)


@pytest.mark.parametrize(("rows", "inner"), [(1, 0.4), (3, 0.0), (12, 0.4), (45, 0.2), (46, 0.4)])
def test_full_hemicycles_do_not_overlap(rows, inner):
    # Every row at capacity: the tightest packing the layout ever produces. With many rows
    # (45+), counting capacity by arc length instead of chord length overfills some rows.
    seats = _max_seats(rows, inner)
    layout = hemicycle_layout(seats, rows=rows, inner_radius=inner)
    assert _min_pairwise_distance(layout) >= 2 * layout.radius * (1 - REL)
    with pytest.raises(ValueError, match="rows cannot hold"):
        hemicycle_layout(seats + 1, rows=rows, inner_radius=inner)


@pytest.mark.parametrize("seats", [98, 650])
def test_full_rows_make_dots_touch(seats):
    # The radius is the largest that avoids overlap, not a timid one: some dots touch
    # (adjacent rows are exactly one diameter apart radially).
    layout = hemicycle_layout(seats)
    assert _min_pairwise_distance(layout) <= 2 * layout.radius * 1.25


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=0, max_value=5000),
    st.sampled_from([0.0, 0.25, 0.4, 0.7]),
)
def test_every_dot_lies_inside_the_annulus_and_above_the_base(seats, inner):
    layout = hemicycle_layout(seats, inner_radius=inner)
    dist = np.hypot(layout.x, layout.y)
    tol = layout.radius * REL
    assert (dist - layout.radius >= inner - tol).all()
    assert (dist + layout.radius <= 1.0 + tol).all()
    assert (layout.y >= layout.radius - tol).all()
    assert (np.abs(layout.x) + layout.radius <= 1.0 + tol).all()


def test_seats_lie_on_rows_at_regular_radii():
    layout = hemicycle_layout(650)
    dist = np.hypot(layout.x, layout.y)
    spacing = 2 * layout.radius
    row_index = (dist - 0.4) / spacing - 0.5
    assert np.allclose(row_index, np.round(row_index), atol=1e-9)
    assert len(np.unique(np.round(row_index))) == layout.rows


def test_seats_within_a_row_are_evenly_spaced():
    layout = hemicycle_layout(650)
    dist = np.round(np.hypot(layout.x, layout.y), 9)
    for radius in np.unique(dist):
        angles = np.sort(_angles(layout)[dist == radius])
        if len(angles) > 2:
            gaps = np.diff(angles)
            assert np.allclose(gaps, gaps[0], rtol=1e-9)


def test_rows_get_seats_in_proportion_to_their_length():
    layout = hemicycle_layout(3000)
    dist = np.round(np.hypot(layout.x, layout.y), 9)
    radii, counts = np.unique(dist, return_counts=True)
    # Outer rows are longer, so they hold more seats, roughly in proportion to the radius.
    assert (np.diff(counts) >= 0).all()
    ratio = counts / radii
    assert ratio.max() / ratio.min() < 1.1


def test_layout_is_symmetric_about_the_vertical_axis():
    layout = hemicycle_layout(650)
    mirrored = np.sort(np.round(-layout.x, 9) * 1e3 + np.round(layout.y, 9))
    original = np.sort(np.round(layout.x, 9) * 1e3 + np.round(layout.y, 9))
    assert np.allclose(mirrored, original, atol=1e-6)


# --- ordering ----------------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=5000))
def test_seats_are_ordered_by_angle_from_left_to_right(seats):
    layout = hemicycle_layout(seats)
    angles = _angles(layout)
    assert (np.diff(angles) <= 1e-12).all()
    if seats >= 2:
        assert layout.x[0] < 0 < layout.x[-1]


def test_first_seat_is_leftmost_and_last_is_rightmost():
    layout = hemicycle_layout(650)
    assert layout.x[0] == pytest.approx(layout.x.min())
    assert layout.x[-1] == pytest.approx(layout.x.max())


# --- parties -----------------------------------------------------------------------------------


def test_assign_parties_in_order():
    assert assign_parties([2, 0, 3]).tolist() == [0, 0, 2, 2, 2]


def test_assign_parties_empty():
    assert assign_parties([]).size == 0
    assert assign_parties([0, 0]).size == 0


def test_assign_parties_rejects_negative_counts():
    with pytest.raises(ValueError, match="zero or more"):
        assign_parties([3, -1])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=400), max_size=12))
def test_assign_parties_matches_counts_and_is_non_decreasing(counts):
    party = assign_parties(counts)
    assert len(party) == sum(counts)
    assert np.bincount(party, minlength=len(counts)).tolist() == counts
    assert (np.diff(party) >= 0).all()


def test_each_party_occupies_a_wedge():
    # Parties listed left to right: every seat of party p is at a larger angle than party p+1's.
    counts = [120, 30, 250, 6, 244]
    layout = hemicycle_layout(sum(counts))
    party = assign_parties(counts)
    angles = _angles(layout)
    for p in range(len(counts) - 1):
        assert angles[party == p].min() >= angles[party == p + 1].max() - 1e-12


# --- majority line -----------------------------------------------------------------------------


def test_majority_line_is_vertical_at_the_centre():
    layout = hemicycle_layout(98)
    assert majority_line_points(layout) == ((0.0, 0.4), (0.0, 1.0))
    assert majority_line_points(layout, 0.25) == ((0.0, 0.25), (0.0, 1.0))
    wide = hemicycle_layout(98, inner_radius=0.3)
    assert majority_line_points(wide) == ((0.0, 0.3), (0.0, 1.0))
