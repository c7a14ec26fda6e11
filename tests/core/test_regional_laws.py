"""Laws counted by region, each reproducing a named official result from its official figures
(the templates hold them, with their sources) and worked by hand as in docs/systems.md:
Germany's 2023 law with its Land lists (second-vote coverage), Sweden's 12% in a valkrets,
Czechia's regions and second scrutiny."""

from __future__ import annotations

import pytest

from core.analysis.closeness import threshold_margins
from core.io import scenario_file
from core.io.scenario_reader import read_scenario
from core.io.scenario_writer import scenario_dict
from core.rules.allocate import allocate
from core.rules.methods import AllocationError
from core.text.render import render
from tests.core.test_laws import rows, scenario, seats

# ------------------------------------------------------- Germany 2025, second-vote coverage


def test_germany_2025_second_vote_coverage_in_every_land():
    r = allocate(scenario_file.load("template:de-2025"))
    assert seats(r) == {"cdu": 164, "afd": 152, "spd": 120, "gruene": 85, "linke": 64,
                        "csu": 44, "ssw": 1}
    assert {p.id: p.district_seats for p in r.parties if p.district_seats} == {
        "cdu": 128, "afd": 42, "spd": 44, "gruene": 12, "linke": 6, "csu": 44}
    assert (r.seats_total, r.proportional_seats, r.bonus_seats) == (630, 630, 0)
    official = rows("de_btw_2025_wahlkreise.csv")
    names = {p.id: p.name for p in r.parties}
    assert [names[w.party or ""] for w in r.district_winners] == [
        row["winner_party"] for row in official]
    assert sorted(w.district for w in r.unseated) == sorted(
        row["wahlkreis"] for row in official if row["zweitstimmendeckung"] == "false")
    # Members by Land (bpb.de) and NRW's by party (the Landeswahlleiterin, via dpa).
    land = {c.id: c for c in r.constituencies}
    assert {c: land[c].seats_total + sum(land[c].district_seats.values()) for c in (
        "nordrhein-westfalen", "bayern", "baden-wuerttemberg", "saarland", "bremen")} == {
        "nordrhein-westfalen": 136, "bayern": 101, "baden-wuerttemberg": 79, "saarland": 8,
        "bremen": 5}
    assert {p: land["nordrhein-westfalen"].total(p) for p in ("cdu", "spd", "afd", "gruene",
                                                              "linke")} == {
        "cdu": 47, "spd": 31, "afd": 26, "gruene": 19, "linke": 13}
    assert [(dict(n.args)["land"], dict(n.args)["n"]) for n in r.notes] == [
        ("Schleswig-Holstein", 1), ("Bremen", 1), ("Hessen", 5), ("Rheinland-Pfalz", 3),
        ("Baden-Württemberg", 6), ("Bayern", 3), ("Brandenburg", 1),
        ("Mecklenburg-Vorpommern", 1), ("Sachsen", 1), ("Sachsen-Anhalt", 1)]
    assert (r.warnings, r.ties) == ((), ())


def coverage_example(s1_winner: str | None = "b") -> dict:
    """docs/systems.md: two Länder, 6 list + 4 district seats, Sainte-Laguë."""
    def district(i: str, land: str, a: int, b: int, winner_b: str | None = "b") -> dict:
        return {"id": i, "region": land, "candidates": [
            {"name": f"{i} a", "party": "a", "votes": a},
            {"name": f"{i} b", "party": winner_b, "votes": b}]}

    return {"format": "seatcalc-scenario", "version": 1,
            "parties": [{"id": "a", "votes": 800}, {"id": "b", "votes": 400}],
            "list_tier": {"seats": 6, "method": "sainte-lague", "constituencies": [
                {"id": "n", "seats": 1, "votes": {"a": 280, "b": 320}},
                {"id": "s", "seats": 5, "votes": {"a": 520, "b": 80}}]},
            "district_tier": {"seats": 4, "districts": [
                district("N1", "n", 60, 40), district("N2", "n", 55, 45),
                district("N3", "n", 52, 48), district("S1", "s", 30, 70, s1_winner)]},
            "mixed": {"type": "land_lists", "overhang": "drop_uncovered"}}


def test_the_coverage_example_of_systems_md():
    r = allocate(read_scenario(coverage_example()))
    assert {p.id: (p.seats, p.district_seats, p.list_seats) for p in r.parties} == {
        "a": (7, 2, 5), "b": (3, 1, 2)}
    assert [w.district for w in r.unseated] == ["N3"]  # 52%, a's weakest winner in N
    n, s = r.constituencies
    assert (n.seats, n.district_seats) == ({"a": 0, "b": 2}, {"a": 2})
    assert (s.seats, s.district_seats) == ({"a": 5, "b": 0}, {"b": 1})
    national = read_scenario(coverage_example() | {"mixed": {
        "type": "compensatory", "overhang": "drop_uncovered"}, "list_tier": {
        "seats": 6, "method": "sainte-lague"}})
    assert not allocate(national).unseated  # nationwide, a's 7 seats cover its 3 winners


def test_an_independent_winner_is_seated_and_comes_off_the_house_first():
    r = allocate(read_scenario(coverage_example(s1_winner=None)))
    # 9 seats by Sainte-Laguë: a 800, b 400, a 266.7, a 160, b 133.3, a 114.3, a 88.9,
    # b 80, a 72.7 -> a 6, b 3; a's 6 among its Land lists: S 520, N 280, S 173.3, S 104,
    # N 93.3, S 74.3 -> N 2, S 4: N3 is still not seated.
    assert (seats(r), r.independent_seats, r.seats_total) == ({"a": 6, "b": 3}, 1, 10)
    assert [w.district for w in r.unseated] == ["N3"]


def test_the_majority_clause_gives_a_majority_to_a_majority_of_the_votes():
    data = {"format": "seatcalc-scenario", "version": 1,
            "parties": [{"id": "a", "votes": 51}, {"id": "b", "votes": 49}],
            "list_tier": {"seats": 2, "method": "sainte-lague", "constituencies": [
                {"id": "l", "seats": 2, "votes": {"a": 51, "b": 49}}]},
            "mixed": {"type": "land_lists", "overhang": "drop_uncovered"}}
    r = allocate(read_scenario(data))  # 51 and 49 take a seat each: a holds only half
    assert (seats(r), r.seats_total, r.party("a").bonus_seats) == ({"a": 2, "b": 1}, 3, 1)
    assert r.notes[0].code == "note.majority_clause"


# ------------------------------------------------------------- Sweden, 12% in a valkrets


def twelve_percent_example(local: int | None = 12) -> dict:
    """docs/systems.md: Sweden's 12% in a valkrets, two constituencies and 2 levelling seats."""
    threshold = {"percent": 4, "base": "parties"} | (
        {"or_constituency_percent": local} if local else {})
    return {"format": "seatcalc-scenario", "version": 1,
            "parties": [{"id": "a", "votes": 0}, {"id": "b", "votes": 0},
                        {"id": "r", "votes": 0}],
            "list_tier": {"seats": 7, "method": "sainte-lague", "first_divisor": 1.2,
                          "threshold": threshold,
                          "levelling": {"seats": 2, "percent": 4,
                                        "placement": "party_by_party"},
                          "constituencies": [
                              {"id": "x", "seats": 4, "votes": {"a": 5000, "b": 3100,
                                                                "r": 1500}},
                              {"id": "y", "seats": 3, "votes": {"a": 30000, "b": 28000}}]},
            "mixed": {"type": "levelling_seats"}}


def test_twelve_percent_in_a_valkrets_wins_its_fixed_seats_only():
    r = allocate(read_scenario(twelve_percent_example()))
    # r: 1,500 of 67,500 = 2.2% nationally, 15.6% in x: x's fourth seat is r's 1,250 (not
    # b's 1,033.3); nationally r's seat comes off: 8 seats for a and b, 4 each.
    assert {p.id: (p.seats, p.levelling_seats) for p in r.parties} == {
        "a": (4, 0), "b": (4, 2), "r": (1, 0)}
    assert [c.seats for c in r.constituencies] == [{"a": 2, "b": 1, "r": 1},
                                                   {"a": 2, "b": 3, "r": 0}]
    assert r.party("r").qualified
    assert "12% or more in 1 constituency: their seats only" in render(r.thresholds[2].reason)
    plain = allocate(read_scenario(twelve_percent_example(local=None)))
    assert (seats(plain), plain.party("r").qualified) == ({"a": 5, "b": 4}, False)


def test_sweden_2022_states_the_twelve_percent_rule_which_did_not_apply():
    s = scenario_file.load("template:se-2022")
    assert s.list_tier.threshold.or_constituency_percent == 12
    r = allocate(s)
    assert not r.party("others").qualified  # 3.194% at most in any valkrets
    data = scenario_dict(s)
    del data["list_tier"]["threshold"]["or_constituency_percent"]
    assert seats(allocate(read_scenario(data))) == seats(r)


def test_the_constituency_alternative_is_read_written_and_refused_where_it_cannot_apply():
    data = twelve_percent_example()
    s = read_scenario(data)
    assert scenario_dict(s)["list_tier"]["threshold"]["or_constituency_percent"] == 12
    assert "or_constituency_percent" not in scenario_dict(
        read_scenario(twelve_percent_example(local=None)))["list_tier"]["threshold"]
    with pytest.raises(AllocationError, match="or_constituency_percent: applies where each"):
        allocate(read_scenario(data | {"mixed": {"type": "biproportional"}}))
    nationwide = scenario(threshold={"percent": 4, "or_constituency_percent": 12})
    with pytest.raises(AllocationError, match="not here \\(mixed.type parallel\\)"):
        allocate(read_scenario(nationwide))


def test_how_close_to_twelve_percent_in_a_valkrets():
    r = allocate(read_scenario(twelve_percent_example()))
    # r keeps taking part until its share of x falls below 12%: (1500 - m) * 100 <
    # 12 * (9600 - m) from m = 396 (110,400 < 110,448; at 395, 110,500 > 110,460).
    assert threshold_margins(r, "r") == (0, 396)


# ------------------------------------------------------ Czechia, regions, second scrutiny


def test_czechia_2021_regions_and_the_second_scrutiny():
    r = allocate(scenario_file.load("template:cz-2021"))
    assert seats(r) == {"ano": 72, "spolu": 71, "pirati-stan": 37, "spd": 20}
    regions = {c.id: c for c in r.constituencies}
    # § 48: 5,375,090 valid votes / 200 = 26,875.45 -> 26,875 a seat; Středočeský 26 seats.
    assert regions["stredocesky-kraj"].seats_total == 26
    assert sum(c.seats_total for c in r.constituencies) == 200
    # § 50: 199 seats in the regions; Středočeský's 26th goes to the second scrutiny (SPOLU).
    assert sum(sum(c.seats.values()) for c in r.constituencies) == 199
    assert [render(n) for n in r.notes] == [
        "Second scrutiny: 1 seat not given in the regions (Středočeský kraj 1), shared on the "
        "lists' remainders (536,033 votes; 268,017 a seat): SPOLU (ODS, KDU-ČSL, TOP 09) +1."]
    assert (r.warnings, r.ties) == ((), ())
    assert not r.party("prisaha").qualified  # 4.68%


def second_scrutiny_example() -> dict:
    """docs/systems.md: two regions of 7 seats, four lists, the Imperiali number."""
    return {"format": "seatcalc-scenario", "version": 1,
            "parties": [{"id": p, "votes": v} for p, v in
                        (("a", 3300), ("b", 5300), ("c", 4000), ("d", 2400))],
            "list_tier": {"seats": 7, "method": "imperiali-quota", "constituencies": [
                {"id": "n", "seats": 3, "votes": {"a": 2600, "b": 1300, "c": 1300, "d": 1800}},
                {"id": "s", "seats": 4, "votes": {"a": 700, "b": 4000, "c": 2700, "d": 600}}]},
            "mixed": {"type": "second_scrutiny"}}


def test_the_second_scrutiny_example_of_systems_md():
    r = allocate(read_scenario(second_scrutiny_example()))
    n, s = r.constituencies
    assert (n.seats_total, n.quota, {p: k for p, k in n.seats.items() if k}) == (
        3, 1400, {"a": 1, "d": 1})
    assert (s.seats_total, s.quota, {p: k for p, k in s.seats.items() if k}) == (
        4, 1333, {"b": 2, "c": 2})  # b's third seat, on the smallest remainder (1), given back
    assert seats(r) == {"a": 1, "b": 3, "c": 2, "d": 1}
    assert "(6,868 votes; 3,434 a seat): b +1" in render(r.notes[0])


def test_region_seats_follow_the_votes_with_a_warning_when_the_file_differs():
    data = second_scrutiny_example()
    data["list_tier"]["constituencies"][0]["seats"] = 4
    data["list_tier"]["constituencies"][1]["seats"] = 3
    r = allocate(read_scenario(data))
    assert [c.seats_total for c in r.constituencies] == [3, 4]
    assert [w.code for w in r.warnings] == ["warning.region_seats_differ"] * 2


def test_a_tie_on_the_smallest_remainder_is_reported_with_the_list_that_keeps_its_seat():
    data = second_scrutiny_example()
    data["list_tier"]["constituencies"] = [
        {"id": "n", "seats": 3, "votes": {"a": 6000, "b": 1000}},
        {"id": "s", "seats": 4, "votes": {"a": 1500, "b": 5000, "c": 1500}}]
    r = allocate(read_scenario(data | {"parties": [{"id": p, "votes": 0} for p in "abcd"]}))
    # s: 8000 / 6 = 1333; a and c hold one number each with 167 left, and equal votes: the
    # law's lot (here the listing order) takes c's seat back.
    (tie,) = r.ties
    assert (tie.contenders, tie.winners) == (("a", "c"), ("a",))
    assert r.constituencies[1].seats["c"] == 0


def test_the_second_scrutiny_needs_regions_and_a_quota_method():
    data = second_scrutiny_example()
    with pytest.raises(AllocationError, match="needs a quota method"):
        allocate(read_scenario(data | {"list_tier": data["list_tier"] | {"method": "dhondt"}}))
    nationwide = data["list_tier"] | {"constituencies": None}
    with pytest.raises(AllocationError, match="needs list_tier.constituencies"):
        allocate(read_scenario(data | {"list_tier": nationwide}))


def test_how_close_moves_votes_only_where_a_land_list_stands_and_past_what_the_law_counts():
    """Germany 2020: the CSU (45 district seats, a Land list in Bayern alone) gains its seat
    in Bayern, never in a Land where it has no list; losing second votes never costs it a
    seat, and the search's last step (no second votes left: an overhang no house size
    compensates, which the law cannot count) reads as no change rather than failing."""
    from core.analysis.closeness import _closeness, _moved

    result = allocate(scenario_file.load("template:de-2021"))
    s = result.scenario
    bayern = next(c for c in s.list_tier.constituencies or () if c.name == "Bayern")
    with pytest.raises(AllocationError, match="no house size"):
        allocate(_moved(s, {"csu": -bayern.votes["csu"]}, bayern))
    csu = _closeness(result, "csu")
    assert (csu.seats, csu.gain_in, csu.votes_to_lose_seat) == (45, "Bayern", None)
    assert allocate(_moved(s, {"csu": csu.votes_to_gain_seat}, bayern)).party("csu").seats == 46
    assert allocate(_moved(s, {"csu": csu.votes_to_gain_seat - 1}, bayern)
                    ).party("csu").seats == 45
