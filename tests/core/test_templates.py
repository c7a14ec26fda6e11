"""Rule templates: each loads as ``template:NAME``, cites its law, computes, and applies the
rules it claims."""

from __future__ import annotations

from fractions import Fraction

import pytest

from core.io import scenario_file
from core.io.scenario_reader import read_scenario
from core.io.scenario_writer import scenario_dict
from core.model.scenario import Scenario, ScenarioError
from core.rules.allocate import allocate

NAMES = ["am-2021", "cz-2021", "de-2021", "de-2025", "gr-2023", "il-2022", "it-2006", "jp-2024",
         "kz-2023", "kz-before-2022", "mx-2024", "netherlands", "no-2021", "norway", "nz",
         "pl-2023", "ru-duma", "scotland", "se-2022", "spain", "us-house", "zh-2018", "zh-2022"]
# Templates holding an election's real figures (tests/core/test_laws.py checks each against
# its official result); the others hold invented placeholder votes.
REAL = {"am-2021", "cz-2021", "de-2021", "de-2025", "gr-2023", "il-2022", "it-2006", "jp-2024",
        "mx-2024", "no-2021", "pl-2023", "se-2022", "us-house", "zh-2018", "zh-2022"}


def load(name: str) -> Scenario:
    return scenario_file.load(f"template:{name}")


def test_the_templates_are_listed():
    assert [n for n, _ in scenario_file.templates()] == NAMES
    assert all(title.startswith("Template: ") for _, title in scenario_file.templates())


@pytest.mark.parametrize("name", NAMES)
def test_a_template_cites_its_law_round_trips_and_computes(name):
    s = load(name)
    assert s.sources
    assert s.notes
    assert ("Placeholder" in s.notes) != (name in REAL)
    assert read_scenario(scenario_dict(s)) == s
    r = allocate(s)
    assert sum(p.list_seats for p in r.parties) > 0
    assert not r.ties


def test_an_unknown_template_names_the_known_ones():
    with pytest.raises(ScenarioError, match="no such template.*us-house"):
        scenario_file.load("template:atlantis")


# US Census Bureau, 2020 Census Apportionment Results (26 April 2021), in template order.
US_2020 = [7, 1, 9, 4, 52, 8, 5, 1, 28, 14, 2, 2, 17, 9, 4, 4, 6, 6, 2, 8, 9, 13, 8, 4, 8, 2, 3,
           4, 2, 12, 3, 26, 14, 1, 15, 5, 6, 17, 2, 7, 1, 9, 38, 4, 1, 11, 10, 2, 8, 1]


def test_us_house_reproduces_the_2020_apportionment():
    s = load("us-house")
    assert sum(p.votes for p in s.parties) == 331_108_434
    r = allocate(s)
    assert [p.seats for p in r.parties] == US_2020
    assert (r.party("ca").seats, r.party("tx").seats, r.party("mt").seats) == (52, 38, 2)
    assert r.seats_total == 435


def test_rules_as_the_templates_claim():
    ru = load("ru-duma")
    assert (ru.list_tier.method, ru.list_tier.threshold.base, ru.house_size) == ("hare", "cast",
                                                                                 450)
    de = load("de-2025")
    assert (de.house_size, de.overhang, de.list_tier.threshold.or_district_seats) == (630,
                                                                                     "drop_uncovered",
                                                                                     3)
    nz = load("nz")
    assert (nz.house_size, nz.list_tier.method, nz.overhang) == (120, "sainte-lague", "keep")
    sc = load("scotland")
    assert [c.seats for c in sc.list_tier.constituencies] == [7] * 8
    assert (sc.district_tier.seats, sc.mixed_type) == (73, "additional_member")
    assert load("norway").list_tier.first_divisor == Fraction(7, 5)
    es = load("spain")
    assert es.list_tier.threshold.scope == "constituency"
    assert load("netherlands").list_tier.threshold.percent == Fraction(2, 3)


def test_the_linkage_templates_show_their_overhang_rule():
    nz = allocate(load("nz"))  # Party E: 4 electorates, entitled to 3
    assert (nz.party("e").overhang_seats, nz.seats_total) == (1, 121)
    de = allocate(load("de-2025"))  # always 630; uncovered winners are not seated
    assert de.seats_total == 630
    assert {p.id: p.unseated for p in de.parties if p.unseated} == {"cdu": 15, "afd": 4,
                                                                    "csu": 3, "spd": 1}
    assert de.party("ssw").qualified  # 0.15%, exempt as a national minority's party
    assert de.party("ssw").seats == 1
    assert not de.party("bsw").qualified  # 4.981%, no Wahlkreis
    sc = allocate(load("scotland"))
    lothian = next(c for c in sc.constituencies if c.id == "lothian")
    assert lothian.seats["ind"] == 1
    assert sc.seats_total == 129


def test_netherlands_quota_threshold_is_exact():
    # A list with exactly one quota (1/150 of the votes) passes and, D'Hondt's divisor being
    # at most the quota, wins a seat; with one vote fewer it fails: 999 * 150 < 149,999.
    s = load("netherlands")
    votes = {"a": 49_000, "b": 40_000, "c": 30_000, "d": 20_000, "e": 6_000, "f": 4_000}
    exact = allocate(s.with_votes(votes | {"g": 1000}))  # 1000 of 150,000 votes
    assert exact.party("g").qualified
    assert exact.party("g").seats == 1
    short = allocate(s.with_votes(votes | {"g": 999}))
    assert not short.party("g").qualified
    assert short.party("g").seats == 0
