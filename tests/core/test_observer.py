"""Observer statistics (core.analysis.observer): each figure checked by hand."""

from __future__ import annotations

import numpy as np
import pytest

from core.analysis import observer


def table(registered, issued, cast, votes, regions=None, names=("A", "B")):
    votes = np.asarray(votes, dtype=np.int64)
    region = None if regions is None else np.asarray(regions, dtype=np.int64)
    region_names = sorted(set(regions or []), key=(regions or []).index) if regions else []
    return observer.StationTable(
        lines=np.arange(len(votes)) + 2, region=region,
        region_names=[f"R{k}" for k in range(len(region_names))],
        registered=None if registered is None else np.asarray(registered, dtype=np.int64),
        issued=np.asarray(issued, dtype=np.int64), cast=np.asarray(cast, dtype=np.int64),
        votes=votes, party_ids=[n.lower() for n in names], party_names=list(names))


def test_turnout_and_share_follow_kobak_et_al():
    t = table([1000, 200, 0], [500, 200, 0], [490, 190, 0], [[245, 245], [190, 0], [0, 0]])
    assert observer.turnout(t)[:2].tolist() == [50.0, 100.0]
    assert np.isnan(observer.turnout(t)[2])  # no voters on the list: no turnout
    assert observer.share(t, 0)[:2].tolist() == [50.0, 100.0]
    assert t.leader() == 0


@pytest.mark.parametrize(("count", "size", "whole"), [
    (500, 1000, True),     # 50.0%
    (501, 1000, False),    # 50.1%
    (1000, 1999, True),    # 50.025%: shows as 50.0%
    (1001, 1999, False),   # 50.075%
    (7, 7, True), (0, 300, True), (1, 3, False),  # 33.33%
    (2, 3, False), (5, 0, False),
])
def test_a_whole_percentage_is_decided_exactly(count, size, whole):
    got = observer.is_whole_percent(np.array([count]), np.array([size]))
    assert bool(got[0]) is whole


def test_smooth_data_show_no_excess_and_forged_data_do():
    rng = np.random.default_rng(7)
    size = rng.integers(400, 3000, size=4000)
    smooth = rng.binomial(size, rng.uniform(0.3, 0.8, size=4000))
    calm = observer.integer_percentages(smooth, size, "turnout", runs=100)
    assert calm.low <= calm.observed <= calm.high
    assert calm.p_value > 0.01
    forged = smooth.copy()
    forged[:400] = np.round(size[:400] * 0.85).astype(np.int64)  # 400 stations at 85%
    loud = observer.integer_percentages(forged, size, "turnout", runs=100)
    assert loud.observed >= calm.observed + 300
    assert loud.excess > 300
    assert loud.p_value == 0.0
    assert loud.stations == 4000
    assert loud.runs == 100
    again = observer.integer_percentages(forged, size, "turnout", runs=100)
    assert again == loud  # seeded: the same table gives the same figures


def test_small_stations_are_left_out_of_the_count():
    result = observer.integer_percentages(np.array([1, 50, 60]), np.array([2, 99, 100]), "t",
                                          runs=10)
    assert result.stations == 1  # only the station of 100


def test_histogram_bins_and_the_stations_above_100():
    hist = observer.histogram(np.array([0.0, 10.04, 10.06, 100.0, 101.0, np.nan]), width=0.1)
    assert hist.counts.sum() == 4
    assert hist.over_100 == 1
    assert hist.stations == 5
    assert hist.counts[100] == 2  # 10.0-10.1
    assert hist.counts[-1] == 1  # 100% is in the last bin


def test_region_summary_adds_up_per_region():
    t = table([100, 200, 300], [50, 150, 150], [50, 150, 150],
              [[30, 20], [100, 50], [90, 60]], regions=[0, 1, 0])
    rows = observer.region_summary(t)
    assert [(r.region, r.stations, r.registered, r.issued) for r in rows] == [
        ("R0", 2, 400, 200), ("R1", 1, 200, 150)]
    assert rows[0].turnout == 50.0
    assert rows[0].leader_share == pytest.approx(100 * 120 / 200)
    assert rows[1].whole_turnout == 1  # 150/200 = 75.0%, a station of 100 voters or more
    assert rows[0].large_stations == 2


def test_merged_party_columns():
    t = table([10], [10], [10], [[1, 2, 3]], names=("A", "B", "C"))
    merged = t.merged([[0, 2], [1]], ["a", "b"], ["A", "B"])
    assert merged.votes.tolist() == [[4, 2]]
