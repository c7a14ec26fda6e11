"""Swing models on hand-checkable examples, the simulation against closed forms, seeded
reproducibility, polls and their average, projections, the battleground and the seats-votes
curve (docs/projections.md)."""

from __future__ import annotations

import math
from fractions import Fraction
from statistics import NormalDist

import numpy as np
import pytest

from bench.uk_2024 import available, load_uk_2024
from core.analysis.battleground import battleground
from core.io.scenario_reader import read_scenario
from core.io.scenario_writer import scenario_dict
from core.model import swing
from core.model.polls import Poll, average, poll_by_id, weights
from core.model.scenario import ScenarioError
from core.model.vote_arrays import VoteArrays
from core.refusal import Refusal
from core.rules.allocate import allocate
from core.simulate.draws import Model
from core.simulate.montecarlo import simulate_scenario
from core.simulate.projection import model_for_poll, project
from core.simulate.seats_votes import seats_votes
from core.text.render import render


def _two_districts(regions: bool = False, **extra) -> dict:
    """A 700 / B 900 / C 400 in two districts of 1,000 votes (A 35%, B 45%, C 20%)."""
    return {"format": "seatcalc-scenario", "version": 1, "title": "two districts",
            "parties": [{"id": "a", "votes": 700}, {"id": "b", "votes": 900},
                        {"id": "c", "votes": 400}],
            "list_tier": {"seats": 0, "method": "dhondt"},
            "district_tier": {"seats": 2, "districts": [
                {"id": "d1", "region": "N" if regions else None, "candidates": [
                    {"name": "A1", "party": "a", "votes": 500},
                    {"name": "B1", "party": "b", "votes": 300},
                    {"name": "C1", "party": "c", "votes": 200}]},
                {"id": "d2", "region": "S" if regions else None, "candidates": [
                    {"name": "A2", "party": "a", "votes": 200},
                    {"name": "B2", "party": "b", "votes": 600},
                    {"name": "C2", "party": "c", "votes": 200}]}]},
            **extra}


def _votes(scenario) -> list[list[int]]:
    return [[c.votes for c in d.candidates] for d in scenario.district_tier.districts]


TARGET = {"a": 40, "b": 40, "c": 20}  # A +5, B −5 points


def test_uniform_swing_adds_the_national_change_in_points():
    s = read_scenario(_two_districts())
    projected = project(s, Model(swing="uniform", target=TARGET)).scenario
    assert _votes(projected) == [[550, 250, 200], [250, 550, 200]]


def test_proportional_swing_scales_by_the_national_ratio():
    s = read_scenario(_two_districts())
    projected = project(s, Model(swing="proportional", target=TARGET)).scenario
    # A × 40/35 = 8/7, B × 40/45 = 8/9: 500·8/7 = 571.4, 300·8/9 = 266.7, 200·8/7 = 228.6,
    # 600·8/9 = 533.3.
    assert _votes(projected) == [[571, 267, 200], [229, 533, 200]]


def test_regional_swing_uses_a_regions_own_change_and_falls_back_to_national():
    s = read_scenario(_two_districts(regions=True))
    # In N, A polls 60% against 50% there: +10 points; B, not given in N, and all of S take
    # the national change (A +5, B −5).
    model = Model(swing="regional", target=TARGET, regional_target={"N": {"a": 60}})
    assert _votes(project(s, model).scenario) == [[600, 250, 200], [250, 550, 200]]


def test_constituency_votes_swing_and_keep_their_totals():
    s = read_scenario({
        "format": "seatcalc-scenario", "version": 1,
        "parties": [{"id": "a", "votes": 0}, {"id": "b", "votes": 0}],
        "list_tier": {"seats": 4, "method": "dhondt", "constituencies": [
            {"id": "x", "seats": 2, "votes": {"a": 600, "b": 400}},
            {"id": "y", "seats": 2, "votes": {"a": 300, "b": 700}}]}})
    # National A 45%, B 55%; to A 50%: +5 points everywhere, totals kept.
    projected = project(s, Model(target={"a": 50, "b": 50})).scenario
    assert [c.votes for c in projected.list_tier.constituencies] == [
        {"a": 650, "b": 350}, {"a": 350, "b": 650}]
    assert [p.votes for p in projected.parties] == [1000, 1000]


def test_the_what_if_move_is_the_same_swing():
    s = read_scenario(_two_districts())
    arrays = VoteArrays.of(s)
    change = swing.move_change(arrays, s, "uniform", "b", "a", Fraction(5))
    assert swing.swung_district_votes(arrays, change).tolist() == [550, 250, 200, 250, 550, 200]


# ------------------------------------------------------------------ the simulation


def _contest(a: int = 520, b: int = 480) -> dict:
    return {"format": "seatcalc-scenario", "version": 1, "title": "two-party",
            "parties": [{"id": "a", "votes": a}, {"id": "b", "votes": b}],
            "list_tier": {"seats": 0, "method": "dhondt"},
            "district_tier": {"seats": 1, "districts": [{"id": "d", "candidates": [
                {"name": "A", "party": "a", "votes": a * 100},
                {"name": "B", "party": "b", "votes": b * 100}]}]}}


@pytest.mark.parametrize(("sd", "district_sd"), [(0, 3), (2, 0), (2, 3)])
def test_two_party_win_probability_matches_the_closed_form(sd, district_sd):
    """A leads B by 4 points; each share moves by independent normal errors (national sd and
    district sd per candidate), so A holds the seat with probability Φ(0.04 / √(2(σn² + σd²)))."""
    s = read_scenario(_contest())
    runs = 200_000
    result = simulate_scenario(s, runs, seed=1, model=Model(sd=sd, district_sd=district_sd))
    spread = math.sqrt(2 * ((sd / 100) ** 2 + (district_sd / 100) ** 2))
    expected = NormalDist().cdf(0.04 / spread)
    got = result.districts[0].p_win["a"]
    assert abs(got - expected) < 4 * math.sqrt(expected * (1 - expected) / runs)
    assert result.parties[0].p_majority == pytest.approx(got)


def test_logit_errors_move_small_parties_less():
    s = read_scenario({"format": "seatcalc-scenario", "version": 1,
                       "parties": [{"id": "big", "votes": 500}, {"id": "small", "votes": 20},
                                   {"id": "rest", "votes": 480}],
                       "list_tier": {"seats": 100, "method": "sainte-lague"}})
    points = simulate_scenario(s, 20_000, seed=2, model=Model(sd=2))
    logit = simulate_scenario(s, 20_000, seed=2, model=Model(error="logit", sd=2))
    spread = {name: r.parties[1].seats_p95 - r.parties[1].seats_p05
              for name, r in (("points", points), ("logit", logit))}
    assert spread["logit"] < spread["points"]
    assert logit.parties[0].seats_p95 - logit.parties[0].seats_p05 >= 4  # ±2 points at 50%


def test_zero_error_with_a_target_is_the_projection():
    s = read_scenario(_two_districts())
    model = Model(sd=0, swing="proportional", target=TARGET)
    result = simulate_scenario(s, 50, model=model)
    projected = project(s, model).result
    assert [p.seats_mean for p in result.parties] == [p.seats for p in projected.parties]


@pytest.mark.skipif(not available(), reason="UK 2024 is neither a preset nor in ../shared")
def test_uk_seeded_runs_are_identical_whatever_the_chunks():
    s = load_uk_2024()
    model = Model(sd=2, regional_sd=1, district_sd=3)
    a = simulate_scenario(s, 2_000, seed=4, model=model)
    assert a == simulate_scenario(s, 2_000, seed=4, model=model, chunk=700)
    assert a != simulate_scenario(s, 2_000, seed=5, model=model)
    labour = a.parties[0]
    assert labour.id == "labour"
    assert 250 < labour.seats_mean < 450


@pytest.mark.skipif(not available(), reason="UK 2024 is neither a preset nor in ../shared")
def test_uk_with_no_error_is_the_official_result():
    s = load_uk_2024()
    result = simulate_scenario(s, 100, model=Model(sd=0))
    assert result.parties[0].histogram[411] == 100  # Labour 411 in every run
    assert all(max(d.p_win.values()) == 1.0 for d in result.districts)


def test_nothing_moves_when_no_seat_depends_on_votes():
    s = read_scenario({"format": "seatcalc-scenario", "version": 1,
                       "parties": [{"id": "a", "votes": 0}, {"id": "b", "votes": 0}],
                       "list_tier": {"seats": 0, "method": "dhondt"},
                       "district_tier": {"seats": 3, "declared": [
                           {"party": "a", "seats": 2}, {"party": "b", "seats": 1}]}})
    with pytest.raises(Refusal, match="no votes to perturb"):
        simulate_scenario(s, 10)
    s = read_scenario(_contest() | {"district_tier": {"seats": 1, "districts": [
        {"id": "d", "candidates": [{"name": "A", "party": "a", "votes": 10}]}]}})
    why = simulate_scenario(s, 10).nothing_moves
    assert render(why).startswith("Nothing in this house can move: none of its 1 seats")


# ------------------------------------------------------------------ polls


def _with_polls(polls: list) -> dict:
    return _two_districts(polls=polls)


def test_polls_round_trip_and_are_checked():
    polls = [{"id": "p1", "pollster": "X", "date": "2025-03-01", "sample_size": 1000,
              "shares": {"a": 40, "b": 37.5}, "regions": {"N": {"a": 55}}}]
    s = read_scenario(_with_polls(polls))
    assert s.polls[0].shares == {"a": 40, "b": Fraction(75, 2)}
    assert scenario_dict(s)["polls"] == polls
    assert read_scenario(scenario_dict(s)) == s
    for bad, field in (({"shares": {"zz": 3}}, "polls[0].shares"),
                       ({"shares": {"a": 3}, "date": "1/3/2025"}, "polls[0].date"),
                       ({"shares": {"a": 60, "b": 50}}, "polls[0].shares"),
                       ({"shares": {}}, "polls[0].shares"),
                       ({"id": "average", "shares": {"a": 1}}, "polls[0].id")):
        with pytest.raises(ScenarioError) as e:
            read_scenario(_with_polls([bad]))
        assert e.value.field == field


def test_the_average_weighs_size_and_recency():
    size = [Poll("p", {"a": Fraction(30)}, sample_size=1000, date="2025-01-01"),
            Poll("q", {"a": Fraction(40)}, sample_size=4000, date="2025-01-01")]
    # Median size 2,500: weights √0.4 and √1.6, i.e. 1 : 2.
    assert average(size).shares == {"a": Fraction(3667, 100)}
    recent = [Poll("p", {"a": Fraction(30), "b": Fraction(9)}, date="2025-01-01"),
              Poll("q", {"a": Fraction(40)}, date="2025-01-15")]
    assert weights(recent) == [0.5, 1.0]  # fourteen days older: half the weight
    avg = average(recent)
    assert avg.shares == {"a": Fraction(3667, 100), "b": Fraction(9)}  # b: its only poll
    assert avg.date == "2025-01-15"
    assert average(size).sample_size == 4500  # (Σw)²/Σ(w²/n) with w ∝ 1, 2: 9 / 0.002


def test_a_poll_drives_the_projection_and_its_sampling_error():
    s = read_scenario(_with_polls([{"id": "p", "sample_size": 400,
                                    "shares": {"a": 40, "b": 40, "c": 20}}]))
    model = model_for_poll(poll_by_id(s.polls, "p"), Model(error="poll"))
    assert model.sample_size == 400
    assert model.target == TARGET
    assert _votes(project(s, model).scenario) == [[550, 250, 200], [250, 550, 200]]
    # A dead heat in a poll of 400: sd √(0.25/400) = 2.5 points each way, the seat a toss-up.
    close = read_scenario(_contest() | {"polls": [{"id": "tie", "sample_size": 400,
                                                   "shares": {"a": 50, "b": 50}}]})
    model = model_for_poll(poll_by_id(close.polls, "tie"), Model(error="poll"))
    result = simulate_scenario(close, 20_000, seed=3, model=model)
    assert result.districts[0].p_win["a"] == pytest.approx(0.5, abs=0.02)
    with pytest.raises(Refusal, match="no poll 'q'"):
        poll_by_id(s.polls, "q")


# ------------------------------------------------------------------ what analysts read


def test_the_battleground_is_closest_first_with_the_swing_to_flip():
    s = read_scenario(_two_districts())
    contests = battleground(allocate(s))
    assert [(c.district_id, c.margin, c.margin_share) for c in contests] == [
        ("d1", 200, Fraction(1, 5)), ("d2", 400, Fraction(2, 5))]
    assert contests[0].swing_to_flip == Fraction(1, 10)
    assert (contests[0].winner_party, contests[0].runner_up_party) == ("a", "b")


def test_seats_votes_curve_bias_and_responsiveness():
    s = read_scenario(_two_districts())
    curve = seats_votes(s, "a", step=0.05)
    assert curve.seats_now == 1
    assert curve.rival == "b"
    assert curve.seats[0] == 0
    assert curve.seats[-1] == 2
    assert list(curve.seats) == sorted(curve.seats)  # never fewer seats with more votes
    # At 40% each (B −5, A +5), A wins d1 550-250 and B d2 550-250: one seat each.
    assert curve.bias_seats == 0
    assert curve.equal_share == pytest.approx(0.40)


@pytest.mark.skipif(not available(), reason="UK 2024 is neither a preset nor in ../shared")
def test_uk_seats_votes_curve_reads_a_pro_labour_bias():
    curve = seats_votes(load_uk_2024(), "labour")
    assert curve.seats_now == 411
    assert curve.rival == "conservative"
    assert curve.bias_seats > 50  # at equal shares Labour still wins far more seats
    assert 1 < curve.responsiveness < 4
    assert np.all(np.diff(curve.seats) >= 0)


# ------------------------------------------------------------------ edits


def test_merging_parties_adds_their_votes_candidates_and_poll_shares():
    from core.model.edits import EditError, merge_parties

    with pytest.raises(EditError, match="both have a candidate in d1"):
        merge_parties(read_scenario(_two_districts()), "c", "a")
    s = read_scenario({"format": "seatcalc-scenario", "version": 1,
                       "parties": [{"id": "lab", "votes": 100}, {"id": "coop", "votes": 40},
                                   {"id": "con", "votes": 120}],
                       "list_tier": {"seats": 0, "method": "dhondt"},
                       "district_tier": {"seats": 2, "districts": [
                           {"id": "x", "candidates": [
                               {"name": "L", "party": "lab", "votes": 100},
                               {"name": "T", "party": "con", "votes": 60}]},
                           {"id": "y", "candidates": [
                               {"name": "K", "party": "coop", "votes": 40},
                               {"name": "U", "party": "con", "votes": 60}]}]},
                       "polls": [{"id": "p", "shares": {"lab": 30, "coop": 3, "con": 40},
                                  "regions": {"North": {"coop": 5}}}]})
    merged = merge_parties(s, "coop", "lab")
    assert [p.id for p in merged.parties] == ["lab", "con"]
    assert merged.party("lab").votes == 140
    assert merged.district_tier.districts[1].candidates[0].party == "lab"
    assert merged.polls[0].shares == {"lab": 33, "con": 40}
    assert merged.polls[0].regions == {"North": {"lab": 5}}
    assert allocate(merged).party("lab").district_seats == 1


def test_removing_a_party_drops_it_from_the_polls():
    from core.model.edits import remove_parties
    from core.model.poll_edits import add_poll

    s = read_scenario(_contest() | {"parties": [{"id": "a", "votes": 520},
                                                {"id": "b", "votes": 480},
                                                {"id": "z", "votes": 0}]})
    s = add_poll(s, {"a": Fraction(50), "z": Fraction(2)})
    assert s.polls[0].id == "poll-1"
    assert remove_parties(s, [2]).polls[0].shares == {"a": 50}
    fresh = add_poll(s)
    assert fresh.polls[1].shares == {"a": Fraction(52), "b": Fraction(48)}  # the base shares
