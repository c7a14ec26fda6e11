"""Colours that survive colour blindness (``core.chart.palette``): CIEDE2000 as published,
the Machado-Oliveira-Fernandes simulation, and the acceptance test of issue 16: the
seat-winning parties of kz-2023, de-2025 and a 30-party scenario stay pairwise apart in
normal vision, deuteranopia and protanopia."""

from pathlib import Path

import numpy as np
import pytest

from core.chart.palette import (
    MIN_DELTA_E,
    VISIONS,
    delta_e,
    hex_to_rgb,
    lab,
    shown_colors,
    smallest_difference,
)
from core.chart.seating import chart_content, party_colors
from core.chart.styles import APPOINTED_COLOR, INDEPENDENT_COLOR
from core.io.scenario_file import load
from core.rules.allocate import allocate

THIRTY = Path(__file__).resolve().parents[1] / "data" / "thirty-parties.seats.json"


# Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
# supplementary test data": pairs 1, 2, 7, 17 and 18.
@pytest.mark.parametrize(("lab1", "lab2", "expected"), [
    ((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
    ((50, 3.1571, -77.2803), (50, 0, -82.7485), 2.8615),
    ((50, 0, 0), (50, -1, 2), 2.3669),
    ((50, 2.5, 0), (73, 25, -18), 27.1492),
    ((50, 2.5, 0), (61, -5, 29), 22.8977),
])
def test_ciede2000_gives_the_published_differences(lab1, lab2, expected):
    assert float(delta_e(np.array(lab1, float), np.array(lab2, float))) == pytest.approx(
        expected, abs=5e-5)


def test_the_simulations_keep_white_and_grey_and_fold_red_onto_green():
    for vision in VISIONS:
        assert lab(hex_to_rgb(["#ffffff"]), vision)[0] == pytest.approx([100, 0, 0], abs=1e-3)
        grey = lab(hex_to_rgb(["#808080"]), vision)[0]
        assert abs(grey[1]) < 0.5
        assert abs(grey[2]) < 0.5
    red, green = lab(hex_to_rgb(["#d62728", "#2ca02c"]), "normal")
    assert delta_e(red, green) > 50
    for vision in ("deuteranopia", "protanopia"):
        red, green = lab(hex_to_rgb(["#d62728", "#2ca02c"]), vision)
        assert delta_e(red, green) < 0.6 * 50  # far closer for a red-green colour-blind eye


def _seated_colors(result) -> list[str]:
    """The colours the chart shows: every seat-winning party's, and the greys it uses."""
    chart = chart_content(result)
    return sorted({g.color for g in chart.groups})


@pytest.mark.parametrize("spec", ["preset:kz-2023", "template:de-2025", str(THIRTY),
                                  "preset:kz-2021", "template:nz"])
def test_every_seat_winning_party_stays_apart_in_every_vision(spec):
    result = allocate(load(spec))
    colors = _seated_colors(result)
    assert len(colors) >= len([p for p in result.parties if p.seats_with_affiliated])
    difference, vision, i, j = smallest_difference(colors)
    assert difference >= MIN_DELTA_E, (vision, colors[i], colors[j])


@pytest.mark.parametrize(("spec", "close"), [
    # The issue's example: Auyl's teal turns the independents' grey (ΔE00 5.3 protanopia).
    ("preset:kz-2023", ("auyl", INDEPENDENT_COLOR)),
    # Tableau's red and green (parties C and E) merge under deuteranopia (ΔE00 0.7).
    ("template:nz", ("c", "e")),
    # The SPD's red and the Greens' green come within ΔE00 5.0 of each other (deuteranopia).
    ("template:de-2025", ("spd", "gruene")),
])
def test_the_scenarios_own_colours_fail_and_the_shown_ones_are_changed(spec, close):
    result = allocate(load(spec))
    own = {p.id: p.color for p in result.parties}
    pair = [own.get(c, c) for c in close]
    assert smallest_difference(pair)[0] < MIN_DELTA_E
    shown = party_colors(result)
    assert any(shown[p] != own[p] for p in close if p in own)
    assert {p.color for p in result.scenario.parties} == set(own.values())  # file unchanged


def test_thirty_parties_with_ten_default_colours_get_thirty_colours():
    result = allocate(load(str(THIRTY)))
    own = [p.color for p in result.parties]
    assert len(set(own)) == 10  # the default colours repeat every ten parties
    shown = party_colors(result)
    assert len(set(shown.values())) == 30
    assert [shown[p.id] for p in result.parties[:4]] == own[:4]  # the largest keep theirs


def test_a_colour_far_enough_from_the_others_is_kept_and_the_choice_is_deterministic():
    colors = ("#1f5aa6", "#ef6c00", "#1f5aa7")  # the third is the first, one step bluer
    shown = shown_colors(colors, (INDEPENDENT_COLOR, APPOINTED_COLOR))
    assert shown[:2] == colors[:2]
    assert shown[2] != colors[2]
    assert smallest_difference([*shown, INDEPENDENT_COLOR, APPOINTED_COLOR])[0] >= MIN_DELTA_E
    shown_colors.cache_clear()
    assert shown_colors(colors, (INDEPENDENT_COLOR, APPOINTED_COLOR)) == shown
