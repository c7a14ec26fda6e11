"""The electoral laws of issue 14, each reproducing a named official result from its official
figures (the templates hold them, with their sources; tests/data/laws holds the research
tables they were read from), and worked examples of docs/systems.md by hand."""

from __future__ import annotations

import csv
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest

from core.analysis.closeness import bonus_margin
from core.analysis.compare import compare_methods
from core.io import scenario_file
from core.io.scenario_reader import read_scenario
from core.io.scenario_writer import scenario_dict
from core.model.scenario import ScenarioError
from core.rules.allocate import allocate
from core.rules.linkages.biproportional import lower_apportionment
from core.rules.methods import AllocationError
from core.simulate.montecarlo import simulate_scenario

DATA = Path(__file__).resolve().parents[1] / "data" / "laws"


def rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def seats(result) -> dict[str, int]:
    return {p.id: p.seats for p in result.parties if p.seats}


def scenario(**list_tier) -> dict:
    """A list-PR scenario of docs/systems.md: a 6000, b 3000, c 1000 votes."""
    return {"format": "seatcalc-scenario", "version": 1,
            "parties": [{"id": "a", "votes": 6000}, {"id": "b", "votes": 3000},
                        {"id": "c", "votes": 1000}],
            "list_tier": {"seats": 10, "method": "dhondt"} | list_tier}


# ------------------------------------------------------------------------- list lengths


def test_a_short_list_keeps_its_candidates_and_passes_the_rest_on():
    # docs/systems.md: a would win 6 of 10 by D'Hondt but has 4 candidates; its 2 seats go
    # on down the quotients: b 1000 (÷3), then b 750 (÷4) against c 500 (÷2).
    r = allocate(read_scenario(scenario(list_lengths={"a": 4})))
    assert seats(r) == {"a": 4, "b": 5, "c": 1}
    assert [n.code for n in r.notes] == ["note.list_exhausted"]
    assert dict(r.notes[0].args)["passed"] == 2


def test_seats_no_list_can_take_stay_empty_with_a_warning():
    r = allocate(read_scenario(scenario(list_lengths={"a": 2, "b": 2, "c": 1})))
    assert seats(r) == {"a": 2, "b": 2, "c": 1}
    assert r.seats_total == 5
    assert [w.code for w in r.warnings] == ["warning.lists_exhausted"]


def test_japan_2024_blocks_cede_the_seats_dpfp_could_not_fill():
    r = allocate(scenario_file.load("template:jp-2024"))
    by_id = {c.id: c for c in r.constituencies}
    assert (by_id["kita-kanto"].seats["dpfp"], by_id["kita-kanto"].seats["komeito"]) == (1, 3)
    assert (by_id["tokai"].seats["dpfp"], by_id["tokai"].seats["ldp"],
            by_id["tokai"].seats["cdp"]) == (1, 7, 6)
    assert {p.id: p.list_seats for p in r.parties if p.list_seats} == {
        "cdp": 44, "ldp": 59, "komeito": 20, "dpfp": 17, "reiwa": 9, "jcp": 7, "ishin": 15,
        "conservative": 2, "sanseito": 3}
    assert r.seats_total == 465


def test_list_lengths_are_refused_where_list_seats_top_up_districts():
    data = scenario(list_lengths={"a": 4}) | {"mixed": {"type": "compensatory"}}
    with pytest.raises(AllocationError, match="list_tier.list_lengths: not supported"):
        allocate(read_scenario(data))


def test_a_national_list_length_with_constituencies_is_refused():
    data = scenario(list_lengths={"a": 4}, constituencies=[
        {"id": "n", "seats": 10, "votes": {"a": 6000, "b": 3000, "c": 1000}}])
    with pytest.raises(ScenarioError, match="list_tier.list_lengths: with constituencies"):
        read_scenario(data)


# ----------------------------------------------------------------------- majority bonus


def test_greece_june_2023_sliding_bonus_and_the_seat_that_moved():
    s = scenario_file.load("template:gr-2023")
    official = {r["party_id"]: int(r["seats_official"]) for r in rows("gr_2023.csv")}
    r = allocate(s)
    assert seats(r) == official
    assert (r.party("nd").bonus_seats, r.bonus_seats) == (50, 50)
    # The earlier count gave SYRIZA 48 and KKE 20: the last remainder seat changed hands.
    prelim = {r["party_id"]: int(r["votes_prelim"]) for r in rows("gr_2023.csv")}
    assert seats(allocate(s.with_votes(prelim))) == {
        r["party_id"]: int(r["seats_prelim"]) for r in rows("gr_2023.csv")}


@pytest.mark.parametrize(("percent", "bonus"), [
    ("24.99", 0), ("25", 20), ("25.49", 20), ("25.5", 21), ("30.2", 30), ("39.99", 49),
    ("40", 50), ("60", 50)])
def test_the_sliding_bonus_counts_full_steps_exactly(percent, bonus):
    rule = read_scenario(scenario(majority_bonus={
        "min_percent": 25, "seats_at_min": 20, "step_percent": 0.5, "seats_per_step": 1,
        "max_seats": 50})).list_tier.adjustments["majority_bonus"]
    share = Fraction(percent)
    assert rule.seats_for(share.numerator * 100, share.denominator * 10_000) == bonus


def test_italy_2006_prize_tops_the_winning_coalition_up_to_340():
    r = allocate(scenario_file.load("template:it-2006"))
    assert seats(r) == {c["coalition_id"]: int(c["seats_official"])
                        for c in rows("it_camera_2006_coalitions.csv")}
    assert r.party("unione").bonus_seats == 340 - 309  # Hare alone: 309 / 308


def test_a_top_up_to_a_share_of_the_house_and_none_when_not_short():
    # 10 seats, a 60%: D'Hondt 6 of 10. Topped up to 54/100 of 10 = 5.4 -> 6: no bonus;
    # to 3/4 -> 7.5 -> 8: a 8, and b, c share 2 (b 2).
    none = allocate(read_scenario(scenario(majority_bonus={"top_up_to": "54/100"})))
    assert (seats(none), none.bonus_seats) == ({"a": 6, "b": 3, "c": 1}, 0)
    up = allocate(read_scenario(scenario(majority_bonus={"top_up_to": "3/4"})))
    assert (seats(up), up.party("a").bonus_seats) == ({"a": 8, "b": 2}, 2)


def test_no_bonus_below_its_minimum():
    r = allocate(read_scenario(scenario(majority_bonus={"top_up_to_seats": 8,
                                                        "min_percent": 61})))
    assert (seats(r), r.bonus_seats) == ({"a": 6, "b": 3, "c": 1}, 0)
    assert r.notes[0].code == "note.bonus_below_minimum"


@pytest.mark.parametrize(("bonus", "problem"), [
    ({"seats_at_min": 20, "top_up_to_seats": 3}, "expected the sliding form"),
    ({}, "expected the sliding form"),
    ({"top_up_to": "3/2"}, "top_up_to: expected a share"),
    ({"seats_at_min": 2, "step_percent": 0}, "step_percent: expected a percentage above 0"),
    ({"seats_at_min": 2, "bonus": 1}, "bonus: unknown key"),
])
def test_a_bad_bonus_is_refused_naming_the_field(bonus, problem):
    with pytest.raises(ScenarioError, match=problem) as e:
        read_scenario(scenario(majority_bonus=bonus))
    assert e.value.field.startswith("list_tier.majority_bonus")


def test_a_bonus_with_constituencies_is_refused():
    data = scenario(majority_bonus={"top_up_to_seats": 8}, constituencies=[
        {"id": "n", "seats": 10, "votes": {"a": 6000, "b": 3000, "c": 1000}}])
    with pytest.raises(AllocationError, match="list_tier.majority_bonus: not supported with "
                                              "list_tier.constituencies"):
        allocate(read_scenario(data))


def test_how_close_finds_the_votes_that_move_the_bonus_a_step():
    # ND, 2,115,322 of 4,898,106, falls below 40% once (v - m) * 100 < 40 * (B - m), i.e.
    # 0.6 m > v - 0.4 B = 156,079.6: m = 260,133 (and gets 49, one step lower).
    b = bonus_margin(allocate(scenario_file.load("template:gr-2023")))
    assert (b.party_id, b.bonus, b.votes_to_next_step) == ("nd", 50, None)  # at the maximum
    assert (b.votes_to_lose_step, b.bonus_down) == (260_133, 49)
    # Italy: L'Unione leads by 24,755 votes; at a tie it keeps the prize (more votes, then
    # registration order), so CdL needs 24,756 more to take it.
    it = bonus_margin(allocate(scenario_file.load("template:it-2006")))
    assert (it.runner_up, it.votes_to_take_bonus, it.votes_to_lose_step) == ("cdl", 24_756,
                                                                             24_756)


def test_the_simulation_runs_each_new_rule_exactly_and_says_so():
    for name in ("gr-2023", "am-2021", "il-2022"):
        out = simulate_scenario(scenario_file.load(f"template:{name}"), 20, seed=1)
        assert out.exact_path
        assert any(n.code == "simulate.exact_path_rules" for n in out.notes)
    # list constituencies (Japan's 11 blocks) are simulated too, exactly (its list lengths)
    japan = simulate_scenario(scenario_file.load("template:jp-2024"), 20, seed=1)
    assert japan.exact_path
    assert japan.constituencies


# -------------------------------------------------------------- Armenia: the opposition


def test_armenia_2021_the_opposition_gets_a_third():
    r = allocate(scenario_file.load("template:am-2021"))
    assert seats(r) == {a["list_id"]: int(a["seats_official"]) for a in rows("am_na_2021.csv")}
    assert r.seats_total == 107
    assert (r.party("aa").bonus_seats, r.party("ihh").bonus_seats) == (2, 0)
    assert r.party("ihh").qualified  # 6.5% of the three lists < 7% for an alliance: admitted
    assert r.thresholds[2].reason.code == "threshold.admitted_largest"


# ------------------------------------------------------------------ alliance thresholds


def test_poland_2023_coalitions_need_eight_percent():
    s = scenario_file.load("template:pl-2023")
    r = allocate(s)
    assert seats(r) == {"td": 65, "lewica": 26, "pis": 194, "konf": 18, "ko": 157}
    assert r.party("td").qualified
    assert r.thresholds[1].reason.code == "threshold.coalition"
    # Konfederacja (7.16%) as a coalition would fail; as a single committee it passes.
    konf = s.parties[4]
    as_coalition = replace(s, parties=s.parties[:4] + (replace(konf, members=2),)
                           + s.parties[5:])
    assert not allocate(as_coalition).party("konf").qualified


def test_czechia_2021_thresholds_by_number_of_members():
    lists = rows("cz_psp_2021_national.csv")
    data = {"format": "seatcalc-scenario", "version": 1,
            "parties": [{"id": c["list"], "votes": int(c["votes"]),
                         "members": int(c["coalition_parties"])} for c in lists],
            "list_tier": {"seats": 200, "method": "imperiali-quota", "threshold": {
                "percent": 5, "base": "parties",
                "alliances": [{"members": 2, "percent": 8}, {"members": 3, "percent": 11}]}}}
    r = allocate(read_scenario(data))
    assert {p.id for p in r.parties if p.qualified} == {"SPD", "SPOLU", "Piráti+STAN", "ANO"}
    # SPOLU (3 parties, 27.79%) needs 11%, Piráti+STAN (2, 15.62%) 8%: both would pass at
    # 12% for all coalitions of two, SPOLU not at 28% for three.
    data["list_tier"]["threshold"]["alliances"] = [{"members": 3, "percent": 28}]
    assert not allocate(read_scenario(data)).party("SPOLU").qualified


def test_alliance_thresholds_round_trip_and_are_checked():
    data = scenario(threshold={"percent": 5, "alliances": [{"members": 3, "percent": 11},
                                                           {"members": 2, "percent": 8}]})
    data["parties"][0]["members"] = 3
    s = read_scenario(data)
    assert s.list_tier.threshold.alliances == ((2, 8), (3, 11))
    assert read_scenario(scenario_dict(s)) == s
    data["parties"][0]["members"] = 0
    with pytest.raises(ScenarioError, match=r"parties\[0\].members: expected a whole number"):
        read_scenario(data)


# ------------------------------------------------------------------ surplus agreements


def test_israel_2022_surplus_agreements_give_likud_its_32nd_seat():
    s = scenario_file.load("template:il-2022")
    r = allocate(s)
    names = {p.name: p.id for p in s.parties}
    official = {r["letters"]: int(r["seats_official"]) for r in rows("il_knesset_2022.csv")}
    letters = {r["letters"]: r["votes"] for r in rows("il_knesset_2022.csv")}
    by_votes = {p.votes: p.id for p in s.parties}
    assert {by_votes[int(v)]: official[k] for k, v in letters.items()
            if official[k]} == seats(r)
    assert len(rows("il_knesset_2022_agreements.csv")) == 5
    plain = allocate(replace(s, list_tier=replace(s.list_tier, adjustments={})))
    assert (plain.party("likud").seats, plain.party("labor").seats) == (31, 5)
    assert names["Likud"] == "likud"


def test_an_agreement_with_a_list_below_the_threshold_has_no_effect():
    data = scenario(threshold={"percent": 15, "base": "parties"},
                    surplus_agreements=[["b", "c"]])
    assert seats(allocate(read_scenario(data))) == {"a": 7, "b": 3}


def test_a_pooled_pair_takes_the_seat_its_lists_alone_would_not():
    # D'Hondt, 5 seats: a 5000, b 2600, c 2500: alone a 3, b 1, c 1. b+c 5100 pooled: 5100,
    # 5000, 2550, 2500, 1700 -> b+c 3 (b 2, c 1), a 2.
    data = scenario(surplus_agreements=[["b", "c"]]) | {
        "parties": [{"id": "a", "votes": 5000}, {"id": "b", "votes": 2600},
                    {"id": "c", "votes": 2500}]}
    data["list_tier"]["seats"] = 5
    assert seats(allocate(read_scenario(data))) == {"a": 2, "b": 2, "c": 1}


# ------------------------------------------------------------------ Germany, Land lists


def test_germany_2021_land_quotas_minimum_seats_and_736():
    r = allocate(scenario_file.load("template:de-2021"))
    assert seats(r) == {"spd": 206, "cdu": 152, "gr-ne": 118, "fdp": 92, "afd": 83, "csu": 45,
                        "die-linke": 39, "ssw": 1}
    assert (r.seats_total, r.proportional_seats) == (736, 733)
    # CSU's 45 Wahlkreise against its share of 34 at 598 seats: 11 overhang, 8 of them
    # compensated as the house grew and 3 left out: 598 + 11 + 127 levelling = 736.
    assert (r.party("csu").overhang_seats, r.overhang_seats, r.levelling_seats) == (11, 11, 127)
    assert r.notes[1].code == "note.uncompensated_overhang"
    minimums = dict(r.notes[0].args)["items"]
    assert [dict(m.args)["n"] for m in minimums] == [170, 122, 94, 76, 69, 45, 32, 1]
    assert not r.warnings  # the populations give exactly the Länder's seats


def test_the_land_lists_example_of_systems_md():
    data = {"format": "seatcalc-scenario", "version": 1,
            "parties": [{"id": "a", "votes": 400}, {"id": "b", "votes": 800}],
            "list_tier": {"seats": 5, "method": "sainte-lague", "constituencies": [
                {"id": "n", "seats": 2, "votes": {"a": 300, "b": 200}},
                {"id": "s", "seats": 3, "votes": {"a": 100, "b": 600}}]},
            "district_tier": {"seats": 5, "declared": [
                {"party": "a", "seats": 3, "region": "n"},
                {"party": "b", "seats": 2, "region": "s"}]},
            "mixed": {"type": "land_lists"}}
    r = allocate(read_scenario(data))
    assert (seats(r), r.seats_total, r.levelling_seats) == ({"a": 4, "b": 7}, 11, 1)
    assert [dict(m.args)["n"] for m in dict(r.notes[0].args)["items"]] == [4, 6]
    n, s = r.constituencies
    assert (n.seats, n.district_seats) == ({"a": 0, "b": 2}, {"a": 3})
    assert (s.seats, s.district_seats) == ({"a": 1, "b": 3}, {"b": 2})


def test_the_2013_law_has_no_mean_rule_and_compensates_every_overhang():
    s = scenario_file.load("template:de-2021")
    r = allocate(replace(s, overhang="minimum_seats"))
    assert r.seats_total == r.proportional_seats > 736  # nothing left uncompensated


def test_land_lists_need_a_land_for_every_district_seat():
    s = scenario_file.load("template:de-2021")
    tier = replace(s.district_tier, declared=(replace(s.district_tier.declared[0],
                                                      region="atlantis"),)
                   + s.district_tier.declared[1:])
    with pytest.raises(AllocationError, match="region 'atlantis' is not a Land"):
        allocate(replace(s, district_tier=tier))


# ---------------------------------------------------------------------- levelling seats


@pytest.mark.parametrize("placement", ["national_table", "party_by_party"])
def test_the_levelling_example_of_systems_md(placement):
    data = {"format": "seatcalc-scenario", "version": 1,
            "parties": [{"id": "a", "votes": 0}, {"id": "b", "votes": 0},
                        {"id": "c", "votes": 0}],
            "list_tier": {"seats": 6, "method": "sainte-lague", "first_divisor": 1.4,
                          "threshold": {"percent": 0, "base": "parties"},
                          "levelling": {"seats": 2, "percent": 4, "placement": placement},
                          "constituencies": [
                              {"id": "x", "seats": 3, "levelling_seats": 1,
                               "votes": {"a": 5000, "b": 1000, "c": 2500}},
                              {"id": "y", "seats": 3, "levelling_seats": 1,
                               "votes": {"a": 3300, "b": 3200, "c": 500}}]},
            "mixed": {"type": "levelling_seats"}}
    r = allocate(read_scenario(data))
    assert ({p.id: (p.seats, p.levelling_seats) for p in r.parties}
            == {"a": (4, 0), "b": (2, 1), "c": (2, 1)})
    assert [c.levelling for c in r.constituencies] == [{"c": 1}, {"b": 1}]
    assert (r.seats_total, r.house_base) == (8, 8)


def test_norway_2021_levelling_seats_and_where_they_went():
    r = allocate(scenario_file.load("template:no-2021"))
    official: dict[str, dict[str, int]] = {}
    placed: dict[str, dict[str, int]] = {}
    for row in rows("no_storting_2021_full.csv"):
        party = "gene" if row["party_code"] == "GT" else row["party_code"].lower()
        seats = official.setdefault(row["district_code"], {})
        seats[party] = seats.get(party, 0) + int(row["seats_official"])
        if int(row["levelling_official"]):
            placed[row["district_code"]] = {party: 1}
    for c in r.constituencies:
        assert {p: n for p, n in c.seats.items() if n} == {
            p: n for p, n in official[c.id].items() if n}, c.name
        assert c.levelling == placed[c.id], c.name
    assert {p.id: p.levelling_seats for p in r.parties if p.levelling_seats} == {
        "sv": 5, "rødt": 4, "v": 5, "h": 1, "frp": 4}
    assert r.seats_total == 169


def test_sweden_2022_adjustment_seats_and_every_valkrets_total():
    r = allocate(scenario_file.load("template:se-2022"))
    assert seats(r) == {"s": 107, "sd": 73, "m": 68, "v": 24, "c": 24, "kd": 19, "mp": 18,
                        "l": 16}
    totals = {row["valkrets"]: int(row["valkrets_total_official"])
              for row in rows("se_2022.csv")}
    assert {c.name: c.seats_total for c in r.constituencies} == totals
    assert r.levelling_seats == 39


def test_a_national_table_needs_as_many_constituency_levelling_seats():
    s = scenario_dict(scenario_file.load("template:no-2021"))
    s["list_tier"]["levelling"]["seats"] = 20
    with pytest.raises(ScenarioError, match="list_tier.levelling.seats: is 20 but the "
                                            "constituencies take 19"):
        read_scenario(s)


# ----------------------------------------------------------------------- biproportional


def test_zurich_2018_biproportional_seats_in_every_district():
    r = allocate(scenario_file.load("template:zh-2018"))
    official = {}
    for row in rows("zh_gemeinderat_2018.csv"):
        official.setdefault(f"Kreis {row['district']}", {})[row["list"]] = int(row["seats"])
    names = {p.id: p.name for p in r.parties}
    for c in r.constituencies:
        assert ({names[p]: n for p, n in c.seats.items() if n}
                == {k: n for k, n in official[c.name].items() if n}), c.name
    assert not r.party("cvp").qualified  # 4.846% at most in any Wahlkreis
    upper = {p.name: p.seats for p in r.parties if p.seats}
    assert upper == {"SP": 43, "SVP": 17, "FDP": 21, "Grüne": 16, "glp": 14, "AL": 10,
                     "EVP/BDP": 4}


def test_the_official_zurich_divisors_give_the_same_seats():
    # The law's divisors are not unique; the city's (Wahlkreis 1+2: 9,870, SP 1.000, ...)
    # and ours both round every cell to the official seats.
    for row in rows("zh_gemeinderat_2018.csv"):
        if row["list_divisor"]:
            q = Fraction(row["votes"]) / (Fraction(row["district_divisor"])
                                          * Fraction(row["list_divisor"]))
            assert int(q + Fraction(1, 2)) == int(row["seats"])


def test_zurich_2022_party_totals():
    r = allocate(scenario_file.load("template:zh-2022"))
    computed = {}
    for row in rows("zh_gemeinderat_2022.csv"):
        computed[row["list"]] = computed.get(row["list"], 0) + int(row["seats_computed"])
    assert {p.name: p.seats for p in r.parties} == computed
    assert (r.party("sp").seats, r.party("al").seats, r.party("evp").seats) == (37, 8, 3)


def test_a_lower_apportionment_by_hand():
    # docs/systems.md: 2 districts of 3 seats, lists a and b with 3 seats each; votes
    # d1 a 610, b 120; d2 a 200, b 400. By rows alone d1 gives a 3 (610/0.5, /1.5, /2.5 =
    # 244 > b's 120/0.5 = 240) and d2 a 1, b 2: a 4 is one too many. The divisors found,
    # d1 227, d2 237, a 1.3, b 0.9: 610/295.1 = 2.07 -> 2, 120/204.3 = 0.59 -> 1,
    # 200/308.1 = 0.65 -> 1, 400/213.3 = 1.88 -> 2.
    votes = [[610, 120], [200, 400]]
    seats, rows_div, cols_div = lower_apportionment(votes, [3, 3], [3, 3])
    assert (seats, rows_div, cols_div) == ([[2, 1], [1, 2]], [227, 237],
                                           [Fraction(13, 10), Fraction(9, 10)])


def test_a_tie_on_the_way_does_not_stop_the_lower_apportionment():
    # d0 a 195 = 3 × b 65: in the first round (list divisors 1) a's 4th seat and b's 2nd tie
    # at 195/4.5 = 65/1.5 = 43.3 (a Monte Carlo run of zh-2018 met one such). The columns
    # then move the divisors and the final rounding is strict: d0 4/2/0 (195/45.1 = 4.32,
    # 65/42.23 = 1.54, 11/28.7 = 0.38), d1 1/0/1, as votelib's BiproportionalEvaluator says.
    seats, rows_div, cols_div = lower_apportionment([[195, 65, 11], [238, 146, 127]],
                                                    [6, 2], [5, 2, 1])
    assert (seats, rows_div, cols_div) == ([[4, 2, 0], [1, 0, 1]], [41, 323], [
        Fraction(11, 10), Fraction(103, 100), Fraction(7, 10)])


# ----------------------------------------------------------------------------- caps


def test_mexico_2024_caps_reproduce_the_official_proportional_seats_with_182_credited():
    # PARTIAL (docs/format.md, the template's notes): by the siglado the caps do not bind and
    # Morena gets 87. The INE held Morena at its 8-point cap, ⌊500 × (24,286,317 /
    # 55,705,598 + 8/100)⌋ = 257, counting 182 district seats (inferred: 257 - 75). Crediting
    # 182 (21 taken from PVEM and PT, whose caps of 84 and 69 do not bind either way) gives
    # every party its official RP seats.
    s = scenario_file.load("template:mx-2024")
    official = {r["party"].lower(): int(r["rp_seats"]) for r in rows("mx_2024_national.csv")
                if r["party"] != "INDEPENDENT"}
    plain = allocate(s)
    assert plain.party("morena").list_seats == 87
    declared = tuple(replace(d, seats={"morena": 182, "pvem": 36}.get(d.party, d.seats))
                     for d in s.district_tier.declared)
    r = allocate(replace(s, district_tier=replace(s.district_tier, declared=declared)))
    assert {p.id: p.list_seats for p in r.parties} == official
    assert r.party("morena").seats == 257
    assert [n.code for n in r.notes] == ["note.seat_cap"]


def test_a_cap_by_hand():
    # 10 list + 4 district seats; a 6000 (4 districts), b 3000, c 1000 (threshold base 10,000).
    # a's cap: ⌊14 × (60% + 8%)⌋ = ⌊9.52⌋ = 9, so at most 5 list seats (D'Hondt would give
    # 6: 10 seats a 6, b 3, c 1); b and c share the other 5 by D'Hondt: 3000, 1500, 1000
    # (b), 1000 (c), 750 -> b 4, c 1.
    data = scenario(seat_caps={"max_points_over": 8}) | {
        "district_tier": {"seats": 4, "declared": [{"party": "a", "seats": 4}]}}
    r = allocate(read_scenario(data))
    assert seats(r) == {"a": 9, "b": 4, "c": 1}
    assert r.notes[0].code == "note.seat_cap"


def test_comparing_methods_leaves_out_those_the_system_refuses():
    s = scenario_file.load("template:zh-2018")
    assert [c.method_id for c in compare_methods(s).outcomes] == ["sainte-lague"]
    gr = compare_methods(scenario_file.load("template:gr-2023"))
    assert all(c.seats[0] >= 150 for c in gr.outcomes)  # ND's 50 bonus seats under every method


def test_the_simulation_applies_coalition_thresholds_in_its_vectorised_path():
    # a 55%, b 7% as a coalition of two (needs 8%), c 38%: b qualifies in about a third of
    # the runs (sd 2 points around 7%), never in the exact path's "always" list.
    data = {"format": "seatcalc-scenario", "version": 1,
            "parties": [{"id": "a", "votes": 5500}, {"id": "b", "votes": 700, "members": 2},
                        {"id": "c", "votes": 3800}],
            "list_tier": {"seats": 20, "method": "dhondt", "threshold": {
                "percent": 5, "base": "parties", "alliances": [{"members": 2, "percent": 8}]}}}
    out = simulate_scenario(read_scenario(data), 2000, sd=2, seed=3)
    assert not out.exact_path
    assert 0.2 < out.parties[1].p_qualify < 0.45
    alone = data | {"parties": [data["parties"][0], {"id": "b", "votes": 700},
                                data["parties"][2]]}
    assert simulate_scenario(read_scenario(alone), 2000, sd=2, seed=3).parties[1].p_qualify > 0.8
