"""Where the chart seats the house (``core.chart.seating``): the seating order, the government
highlighted and on its benches, the independents apart or in the centre, the tooltips, and
the seat kinds of every law (a majority bonus included)."""

import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from core.chart.geometry import Benches
from core.chart.layouts import chart_layouts
from core.chart.seating import chart_content, party_colors
from core.chart.styles import BONUS, INDEPENDENT_COLOR, LIST
from core.chart.svg import result_svg
from core.io.scenario_file import load
from core.io.scenario_reader import read_scenario
from core.model.presentation import CENTRE, Coalition, Presentation
from core.rules.allocate import allocate

SVG = "{http://www.w3.org/2000/svg}"
GOVERNMENT = Presentation(
    seating=("osdp", "qhp", "amanat", "akzhol", "respublica", "auyl"),
    coalitions=(Coalition("Amanat + Ak Zhol", ("amanat", "akzhol")),),
    government="Amanat + Ak Zhol")


@pytest.fixture(scope="module")
def kz():
    return allocate(load("preset:kz-2023"))


def _with(result, presentation):
    return allocate(replace(result.scenario, presentation=presentation))


def _runs(chart, colors) -> list[str]:
    """The parties' ids (or "independents") in chart order, one per run of seats."""
    by_color = {c: pid for pid, c in colors.items()}
    order = []
    for g in chart.groups:
        who = by_color.get(g.color, "independents" if g.color == INDEPENDENT_COLOR else g.color)
        if not order or order[-1] != who:
            order.append(who)
    return order


def test_the_seating_order_is_the_presentations_not_the_tables(kz):
    result = _with(kz, GOVERNMENT)
    assert [p.id for p in result.parties][:3] == ["amanat", "auyl", "respublica"]  # table
    chart = chart_content(result)
    assert _runs(chart, party_colors(result)) == [
        "osdp", "qhp", "amanat", "akzhol", "respublica", "auyl", "independents"]
    legend = [e.name for e in chart.parties]
    assert legend[:3] == ["Nationwide Social Democratic Party (OSDP)",
                          "People's Party of Kazakhstan", "Amanat"]
    assert chart.notes[0].text == "Government: Amanat + Ak Zhol 69 of 98"


def test_the_government_is_highlighted_in_the_chart_and_the_svg(kz):
    result = _with(kz, GOVERNMENT)
    chart = chart_content(result)
    assert sum(g.count for g in chart.groups if g.government) == 63 + 6
    root = ET.fromstring(result_svg(result))
    (halo,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == "government"]
    assert len(halo) == 69  # one disc behind each of the government's seats
    assert not [g for g in ET.fromstring(result_svg(kz)).iter(f"{SVG}g")
                if g.get("class") == "government"]  # none named: none drawn


def test_independents_in_the_centre_sit_round_the_majority_line(kz):
    result = _with(kz, replace(GOVERNMENT, independents=CENTRE))
    chart = chart_content(result)
    order = _runs(chart, party_colors(result))
    # Amanat's 63 seats span the middle: the independents go to the party boundary nearest
    # it (their block's middle at seat 75, against 12 before Amanat).
    assert order == ["osdp", "qhp", "amanat", "independents", "akzhol", "respublica", "auyl"]
    even = allocate(read_scenario({
        "format": "seatcalc-scenario", "version": 1, "title": "Even",
        "parties": [{"id": x, "votes": 100} for x in "abcd"],
        "list_tier": {"seats": 8, "method": "dhondt"},
        "district_tier": {"seats": 2, "declared": [{"party": None, "seats": 2}]},
        "presentation": {"independents": "centre"}}))
    runs = _runs(chart_content(even), party_colors(even))
    assert runs == ["a", "b", "independents", "c", "d"]  # seats 5 and 6 of 10


def test_grouping_seats_the_government_first(kz):
    result = _with(kz, replace(GOVERNMENT, group_government=True))
    assert _runs(chart_content(result), party_colors(result))[:2] == ["amanat", "akzhol"]


def test_westminster_puts_the_government_on_its_benches(kz):
    result = _with(kz, GOVERNMENT)
    chart = chart_content(result, "westminster")
    assert chart.benches == Benches(69, 23, 6)  # Amanat 63 + Ak Zhol 6; the rest; independents
    assert _runs(chart, party_colors(result)) == [
        "amanat", "akzhol", "osdp", "qhp", "respublica", "auyl", "independents"]
    # With no government named, the largest party takes the government's benches.
    assert chart_content(kz, "westminster").benches == Benches(63, 29, 6)


@pytest.mark.parametrize("layout", [layout.id for layout in chart_layouts()])
def test_every_layout_draws_one_shape_per_seat(kz, layout):
    root = ET.fromstring(result_svg(_with(kz, GOVERNMENT), layout))
    seats = [e for e in root.iter() if e.get("class") == "seat"]
    assert len(seats) == 98
    speaker = [e for e in root.iter() if e.get("class") == "speaker"]
    assert len(speaker) == (layout == "westminster")


def test_a_district_seat_names_its_district_winner_votes_and_margin(kz):
    scenario = read_scenario({
        "format": "seatcalc-scenario", "version": 1, "title": "Two districts",
        "parties": [{"id": "a", "name": "Alpha", "votes": 0},
                    {"id": "b", "name": "Beta", "votes": 0}],
        "list_tier": {"seats": 0, "method": "dhondt"},
        "district_tier": {"seats": 2, "districts": [
            {"id": "1", "name": "North", "candidates": [
                {"name": "Ann", "party": "a", "votes": 12000},
                {"name": "Bob", "party": "b", "votes": 11500}]},
            {"id": "2", "name": "South", "candidates": [
                {"name": "Cy", "party": "b", "votes": 9000},
                {"name": "Di", "party": None, "votes": 100}]}]},
    })
    chart = chart_content(allocate(scenario))
    assert [g.tooltip for g in chart.groups] == [
        "Alpha\ndistrict seat\nNorth: Ann, 12,000 votes, ahead by 500",
        "Beta\ndistrict seat\nSouth: Cy, 9,000 votes, ahead by 8,900"]
    # kz-2023's district seats are known only as declared totals: the tooltip says so.
    assert any("declared totals" in g.tooltip for g in chart_content(kz).groups)


def test_bonus_seats_are_drawn_as_their_own_kind(kz):
    # Issue 14 adds majority bonuses as PartyResult.bonus_seats (list seats given beyond the
    # proportional count): a stand-in result with Amanat's 40 list seats, 5 of them bonus.
    amanat = replace(kz.parties[0], bonus_seats=5)
    result = replace(kz, parties=(amanat, *kz.parties[1:]))
    chart = chart_content(result)
    kinds = [(g.style, g.count) for g in chart.groups[:2]]
    assert kinds == [(LIST, 35), (BONUS, 5)]
    assert "bonus seats 5" in [e.text for e in chart.key]
    assert "bonus seat: given by a rule of the list tier" in chart.groups[1].tooltip
    assert "the party's seats include 5 bonus" in chart.groups[1].tooltip
    root = ET.fromstring(result_svg(result))
    assert [e.get("data-style") for e in root.iter() if e.get("class") == "seat"].count(
        BONUS) == 5
