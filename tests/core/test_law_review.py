"""The laws as SeatCalc implements them, checked against an official result (New Zealand 2008)
and against worked examples whose arithmetic is written out beside them. Quotients are rounded
in the comments only; the code compares exactly.

Laws: New Zealand Electoral Act 1993 s 191-193; Bundeswahlgesetz as amended in 2023 (and the
Constitutional Court's judgment of 30 July 2024 restoring the three-constituency rule);
Bundeswahlgesetz 2013-2021 (levelling); Scotland Act 1998 s 7-8; Russia, Federal Law 20-FZ
art. 88 (5% of the voters who took part); Kazakhstan (5% of the valid votes, against-all
included).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from core.analysis import closeness
from core.io import scenario_file
from core.io.scenario_reader import read_scenario
from core.io.scenario_writer import scenario_dict
from core.model.scenario import Scenario
from core.rules.allocate import allocate
from core.text.render import render


def build(votes: dict[str, int], list_seats: int, *, method: str = "sainte-lague",
          percent: object = 0, base: str = "parties", or_district_seats: int = 0,
          districts: tuple = (), declared: tuple = (), mixed: str = "compensatory",
          overhang: str | None = "keep", constituencies: list | None = None,
          exempt: tuple[str, ...] = (), independent: tuple[str, ...] = (),
          other_votes: dict | None = None) -> Scenario:
    """A scenario, parties registered in the order of ``votes`` (so ties go to the first)."""
    return read_scenario({
        "format": "seatcalc-scenario", "version": 1, "title": "law review",
        "parties": [{"id": p, "votes": v, "threshold_exempt": p in exempt,
                     "independent": p in independent} for p, v in votes.items()],
        "other_votes": other_votes or {},
        "list_tier": {"seats": list_seats, "method": method, "constituencies": constituencies,
                      "threshold": {"percent": percent, "base": base,
                                    "or_district_seats": or_district_seats}},
        "district_tier": {"seats": len(districts) + sum(d["seats"] for d in declared),
                          "districts": list(districts), "declared": list(declared)},
        "mixed": {"type": mixed, "overhang": overhang},
    })


def won(n: int, party: str | None, votes: tuple[int, int] = (100, 60)) -> dict:
    """District ``Dn`` won by ``party`` (None: an independent) with (winner, loser) votes."""
    return {"id": f"d{n}", "name": f"D{n}", "candidates": [
        {"name": f"win{n}", "party": party, "votes": votes[0]},
        {"name": f"lose{n}", "party": None, "votes": votes[1]}]}


def seats(result, field: str = "seats") -> dict[str, int]:
    return {p.id: getattr(p, field) for p in result.parties}


# ----------------------------------------------------------- New Zealand 2008 (official)

# Chief Electoral Office, "New Zealand General Election 2008 - Official Results"
# (22 November 2008): party votes, electorates won and seats. "others" is the sum of the
# parties with neither 5% nor an electorate (153,461 less NZ First's 95,356).
NZ_2008_VOTES = {"national": 1_053_398, "labour": 796_880, "green": 157_613,
                 "nzfirst": 95_356, "act": 85_496, "maori": 55_980, "progressive": 21_241,
                 "united": 20_497, "others": 58_105}
NZ_2008_ELECTORATES = {"national": 41, "labour": 21, "maori": 5, "act": 1, "progressive": 1,
                       "united": 1}  # 70 electorates


@pytest.fixture(scope="module")
def nz2008():
    return build(NZ_2008_VOTES, 50, percent=5, or_district_seats=1, declared=tuple(
        {"party": p, "seats": n} for p, n in NZ_2008_ELECTORATES.items()))


def test_new_zealand_2008_official_seats(nz2008):
    # Threshold (s 191(4)): 5% of all 2,344,566 party votes is 117,228.3. Green 157,613 passes;
    # NZ First 95,356 (4.07%) fails and won no electorate; ACT, Maori, Progressive and United
    # Future qualify through an electorate. 120 seats by Sainte-Lague among the 2,191,105
    # qualifying votes: any divisor in (18,319.08, 18,319.97], e.g. 18,319.5, rounds to
    # National 57.50 -> 58, Labour 43.50 -> 43, Green 8.60 -> 9, ACT 4.67 -> 5, Maori 3.06 -> 3,
    # Progressive 1.16 -> 1, United Future 1.12 -> 1 (= 120). Maori won 5 electorates:
    # overhang 2, and the House has 122 seats (s 192(5)).
    r = allocate(nz2008)
    assert r.threshold_base == 2_344_566
    assert not r.party("nzfirst").qualified
    assert seats(r, "entitlement") == {"national": 58, "labour": 43, "green": 9, "nzfirst": 0,
                                       "act": 5, "maori": 3, "progressive": 1, "united": 1,
                                       "others": 0}
    assert seats(r) == {"national": 58, "labour": 43, "green": 9, "nzfirst": 0, "act": 5,
                        "maori": 5, "progressive": 1, "united": 1, "others": 0}
    assert seats(r, "list_seats") == {"national": 17, "labour": 22, "green": 9, "nzfirst": 0,
                                      "act": 4, "maori": 0, "progressive": 0, "united": 0,
                                      "others": 0}
    assert (r.overhang_seats, r.seats_total, r.majority.simple) == (2, 122, 62)


def test_new_zealand_2008_how_close_is_the_last_quotient(nz2008):
    # The 120th seat: National's 58th, 1,053,398 / 115 = 9,159.98, against Labour's 44th,
    # 796,880 / 87 = 9,159.54 (every other party is far off: Green's 10th 8,295.4).
    # Labour gains it when (796,880 + x) / 87 > 1,053,398 / 115, i.e. x > 38.49: 39 votes.
    # National loses it when (1,053,398 - y) / 115 < 796,880 / 87, i.e. y > 50.87: 51 votes.
    close = {c.party_id: c for c in closeness.how_close(allocate(nz2008)).parties}
    assert close["labour"].votes_to_gain_seat == 39
    assert close["national"].votes_to_lose_seat == 51
    # Maori holds 5 electorates against an entitlement of 3: no lost party votes cost a seat.
    assert close["maori"].votes_to_lose_seat is None
    # Maori needs an entitlement of 6 for a sixth seat; the figure counts the whole house.
    gain = close["maori"].votes_to_gain_seat
    assert allocate(nz2008.with_votes({"maori": 55_980 + gain})).party("maori").seats == 6
    assert allocate(nz2008.with_votes({"maori": 55_980 + gain - 1})).party("maori").seats == 5


def test_a_party_without_a_list_holds_its_electorate_outside_the_count():
    # s 191: electorate seats won by candidates of parties without a party list (no party
    # votes) come off the 120, as independents' do; the House does not grow.
    # 6 list + 4 electorates = 10; a wins 2, b 1, x (no list) 1. 10 - 1 = 9 seats for a, b:
    #   a 6000 2000 1200 857.1 666.7 | 545.5    b 4000 1333.3 800 571.4 | 444.4
    # -> a 5, b 4; x keeps its electorate: house 5 + 4 + 1 = 10 (not 11 with an "overhang").
    for rule in ("keep", "level", "drop_uncovered"):
        r = allocate(build({"a": 6000, "b": 4000, "x": 0}, 6, percent=5, or_district_seats=1,
                           overhang=rule, districts=(won(1, "a"), won(2, "a"), won(3, "b"),
                                                     won(4, "x"))))
        assert seats(r) == {"a": 5, "b": 4, "x": 1}, rule
        assert seats(r, "overhang_seats") == {"a": 0, "b": 0, "x": 0}, rule
        assert (r.seats_total, r.proportional_seats) == (10, 9), rule


# ------------------------------------------------------------------------- Germany 2025

# 5 list + 15 constituencies = 20 seats, Sainte-Laguë; 5% of the second votes or 3
# constituencies (Grundmandatsklausel, BVerfG 2 BvF 1/23); s is a national minority party
# (exempt). Second votes a 5000, b 3100, c 1200, g 420 (4.07% of 10,320: 3 constituencies),
# f 300 (2.9%, one constituency: out), s 300 (exempt). Constituencies: a D1-D10, g D11-D13,
# f D14, an independent D15.
# The independent is seated and comes off (§ 4(2)): 19 seats among a, b, c, g, s (10,020):
#   a 5000 1666.7 1000 714.3 555.6 454.5 384.6 333.3 294.1 | 263.2
#   b 3100 1033.3 620 442.9 344.4 281.8 | 238.5
#   c 1200 400 | 240      g 420 | 140      s 300 | 100
# -> a 9, b 6, c 2, g 1, s 1 (19). Zweitstimmendeckung (§ 6(1)): a's 10 winners are covered
# for 9, and its lowest first-vote share (D7, 45 of 85 = 52.9%) is not seated; g's 3 for 1,
# keeping D11 (62.5%) and dropping D12 (40/75 = 53.3%) and D13 (38/74 = 51.4%); f has no
# second-vote coverage, so D14 is not seated. House 9 + 6 + 2 + 1 + 1 + 1 = 20.
DE_DISTRICTS = (*(won(n, "a", (45, 40) if n == 7 else (100, 60)) for n in range(1, 11)),
                won(11, "g", (50, 30)), won(12, "g", (40, 35)), won(13, "g", (38, 36)),
                won(14, "f"), won(15, None))
DE_VOTES = {"a": 5000, "b": 3100, "c": 1200, "g": 420, "f": 300, "s": 300}


def test_germany_2025_second_vote_coverage():
    r = allocate(build(DE_VOTES, 5, percent=5, or_district_seats=3, exempt=("s",),
                       overhang="drop_uncovered", districts=DE_DISTRICTS))
    assert [p.id for p in r.parties if p.qualified] == ["a", "b", "c", "g", "s"]
    assert "won 3 district seats" in render(r.thresholds[3].reason)
    assert render(r.thresholds[5].reason) == "exempt from the threshold"
    assert seats(r, "entitlement") == {"a": 9, "b": 6, "c": 2, "g": 1, "f": 0, "s": 1}
    assert seats(r) == {"a": 9, "b": 6, "c": 2, "g": 1, "f": 0, "s": 1}
    assert seats(r, "district_seats") == {"a": 9, "b": 0, "c": 0, "g": 1, "f": 0, "s": 0}
    assert sorted(w.district for w in r.unseated) == ["D12", "D13", "D14", "D7"]
    assert (r.independent_seats, r.proportional_seats, r.seats_total) == (1, 19, 20)
    assert r.party("g").districts_won == 3


def test_threshold_margins_count_unseated_winners_for_the_constituency_route():
    # g qualified by winning 3 constituencies although only 1 winner is seated: the 5% test
    # does not apply to it, so there is no margin to pass or fail (it used to be computed on
    # the seated winners only and gave a negative "votes to fail").
    r = allocate(build(DE_VOTES, 5, percent=5, or_district_seats=3, exempt=("s",),
                       overhang="drop_uncovered", districts=DE_DISTRICTS))
    assert closeness.threshold_margins(r, "g") == (None, None)


# ------------------------------------------------------------ Germany 2013-2021 levelling

# 5 list + 6 districts = 11, Sainte-Laguë. Votes a 2200, b 5000, c 2800; districts a 3, b 2,
# an independent 1 (seated, off the count: 10 seats shared at the legal size).
#   a 2200 733.3 | 440      b 5000 1666.7 1000 714.3 555.6 | 454.5      c 2800 933.3 560 | 400
# 10 shared: a 2 < 3 districts. 11 shared: the 11th quotient is b's 454.5 (a still 2).
# 12 shared: the 12th is a's 440 -> a 3 = its districts. House 12 + 1 independent = 13:
# a's overhang 1, b's levelling seat 1 (6 - max(5, 2)).
def test_levelling_with_an_independent_winner():
    r = allocate(build({"a": 2200, "b": 5000, "c": 2800}, 5, overhang="level",
                       districts=(won(1, "a"), won(2, "a"), won(3, "a"), won(4, "b"),
                                  won(5, "b"), won(6, None))))
    assert seats(r) == {"a": 3, "b": 6, "c": 3}
    assert (r.overhang_seats, r.levelling_seats) == (1, 1)
    assert (r.proportional_seats, r.seats_total) == (12, 13)


# ------------------------------------------------------------------- Scotland Act 1998 s 7-8

# One region, 7 regional seats, D'Hondt with divisor = constituency seats won in the region +
# regional seats so far + 1. Constituencies: snp 7, lab 1, ld 1. Regional votes snp 150,000,
# con 80,000, ind 60,000 (one individual candidate), grn 50,000, lab 35,000, ld 30,000.
# First figures: con 80,000, ind 60,000, grn 50,000, snp 18,750 (÷8), lab 17,500 (÷2),
# ld 15,000 (÷2).
#   seat 1 con 80,000 (then ÷2: 40,000)    seat 5 con 26,666.7 (then ÷4: 20,000)
#   seat 2 ind 60,000 (then out)           seat 6 grn 25,000 (then ÷3: 16,666.7)
#   seat 3 grn 50,000 (then ÷2: 25,000)    seat 7 con 20,000 (snp 18,750 next in line)
#   seat 4 con 40,000 (then ÷3: 26,666.7)
# Regional: con 4, grn 2, ind 1; snp none. Without the one-seat rule ind's 30,000 (÷2) would
# take seat 5 and con would have 3.
def test_scotland_regional_figures_count_constituency_seats():
    region = [{"id": "lothian", "name": "Lothian", "seats": 7,
               "votes": {"snp": 150_000, "con": 80_000, "ind": 60_000, "grn": 50_000,
                         "lab": 35_000, "ld": 30_000}}]
    r = allocate(build({"snp": 150_000, "con": 80_000, "ind": 60_000, "grn": 50_000,
                        "lab": 35_000, "ld": 30_000}, 7, method="dhondt",
                       mixed="additional_member", overhang=None, constituencies=region,
                       independent=("ind",), declared=(
                           {"party": "snp", "seats": 7, "region": "lothian"},
                           {"party": "lab", "seats": 1, "region": "lothian"},
                           {"party": "ld", "seats": 1, "region": "lothian"})))
    (lothian,) = r.constituencies
    assert [(a.party, a.held, a.quotient) for a in lothian.awards] == [
        ("con", 0, 80_000), ("ind", 0, 60_000), ("grn", 0, 50_000), ("con", 1, 40_000),
        ("con", 2, Fraction(80_000, 3)), ("grn", 1, 25_000), ("con", 3, 20_000)]
    assert (lothian.next_in_line.party, lothian.next_in_line.quotient) == ("snp", 18_750)
    assert {p: n for p, n in lothian.seats.items() if n} == {"con": 4, "grn": 2, "ind": 1}
    assert seats(r) == {"snp": 7, "con": 4, "ind": 1, "grn": 2, "lab": 1, "ld": 1}


# -------------------------------------------------------------------- threshold bases

def test_russia_counts_every_ballot_cast():
    # ru-duma template: party votes 1,000,000 and 20,000 invalid ballots. 5% of the 1,020,000
    # voters who took part is 51,000: f's 50,000 (4.90%) fails; on party votes alone it would
    # have exactly 5% and pass.
    s = scenario_file.load("template:ru-duma")
    assert s.list_tier.threshold.base == "cast"
    r = allocate(s)
    assert r.threshold_base == 1_020_000
    assert not r.party("f").qualified
    by_parties = read_scenario(scenario_dict(s) | {"list_tier": scenario_dict(s)["list_tier"] | {
        "threshold": {"percent": 5, "base": "parties"}}})
    assert allocate(by_parties).party("f").qualified


def test_kazakhstan_counts_against_all_not_invalid():
    # kz-2023 template: parties 1,000,000 + against all 40,000 = 1,040,000 valid (the 10,000
    # invalid ballots are not in the base); 5% is 52,000: e 60,000 passes, f 50,000 fails.
    s = scenario_file.load("template:kz-2023")
    assert s.list_tier.threshold.base == "valid"
    r = allocate(s)
    assert r.threshold_base == 1_040_000
    assert (r.party("e").qualified, r.party("f").qualified) == (True, False)


def test_new_zealand_counts_party_votes():
    assert scenario_file.load("template:nz").list_tier.threshold.base == "parties"


# --------------------------------------------------------------- how close, constituencies

# Two constituencies, D'Hondt, no threshold; a registered before b, so equal quotients go to a.
#   North, 3 seats: a 600 300 | 200    b 400 | 200   -> 600a, 400b, 300a: a 2, b 1
#   South, 2 seats: b 300 150 | 100    a 90          -> b 2
# a: gains in South with 60 (150 = b's 150, the tie goes to a); in North it needs 600.
#    loses in North with 201 (399/2 = 199.5 < b's 200; with 200 lost, 200 = 200 goes to a).
# b: gains in North with 201 (601/2 = 300.5 > a's 300); loses in South with 120 (180/2 = 90 =
#    a's 90, the tie to a); in North it would take 200.
# b holds 3 of 5 seats (a majority: 3). Lost to abstention: 120 (South). Moved to a in South:
#    (300 - n)/2 <= 90 + n, i.e. n >= 40; in North 400 - n <= (600 + n)/3 needs n >= 150.
#    Two thirds (4 of 5): b needs a second seat in North, 201 votes.
SPLIT = [{"id": "n", "name": "North", "seats": 3, "votes": {"a": 600, "b": 400}},
         {"id": "s", "name": "South", "seats": 2, "votes": {"a": 90, "b": 300}}]


def test_how_close_moves_votes_inside_one_constituency():
    s = build({"a": 690, "b": 700}, 5, method="dhondt", mixed="parallel", overhang=None,
              constituencies=SPLIT)
    r = allocate(s)
    assert seats(r) == {"a": 2, "b": 3}
    h = closeness.how_close(r)
    a, b = h.parties
    assert (a.votes_to_gain_seat, a.gain_in, a.votes_to_lose_seat, a.lose_in) == (
        60, "South", 201, "North")
    assert (b.votes_to_gain_seat, b.gain_in, b.votes_to_lose_seat, b.lose_in) == (
        201, "North", 120, "South")
    simple, two_thirds = h.majorities
    assert (simple.party_id, simple.holds, simple.votes_to_lose, simple.where) == (
        "b", True, 120, "South")
    assert (simple.votes_to_lose_to_runner_up, simple.where_to_runner_up) == (40, "South")
    assert (two_thirds.holds, two_thirds.votes_to_win, two_thirds.where) == (False, 201, "North")


def test_how_close_under_a_per_constituency_threshold():
    # 10% in each constituency (base: party votes there). c: North 100 of 1100 = 9.1% (fails),
    # South 50 of 1050 = 4.8%. To pass in North: (100 + e)·100 >= 10·(1100 + e) -> 90e >= 1000
    # -> e = 12 (112 of 1112 = 10.07%); in South 90e >= 5500 -> 62. So 12, in North.
    s = build({"a": 1600, "b": 400, "c": 150}, 5, method="dhondt", mixed="parallel",
              overhang=None, percent=10, constituencies=[
                  {"id": "n", "name": "North", "seats": 3,
                   "votes": {"a": 600, "b": 400, "c": 100}},
                  {"id": "s", "name": "South", "seats": 2,
                   "votes": {"a": 1000, "b": 0, "c": 50}}])
    s = read_scenario(scenario_dict(s) | {"list_tier": scenario_dict(s)["list_tier"] | {
        "threshold": {"percent": 10, "base": "parties", "scope": "constituency"}}})
    r = allocate(s)
    assert closeness.threshold_margins(r, "c") == (12, None)
    # a passes in both: failing everywhere cannot come from one constituency.
    assert closeness.threshold_margins(r, "a") == (0, None)
    # b passes in North only (400 of 1100): it fails there once 100·(400 - m) < 10·(1100 - m),
    # i.e. 90m > 29,000: m = 323.
    assert closeness.threshold_margins(r, "b") == (0, 323)


# ------------------------------------------------------------------------ ties, every tier

def test_a_tie_in_the_list_tier_and_in_a_district_is_reported():
    # Parallel, D'Hondt, 3 list seats: a 1200, 1200 -> 1200a, 1200b, then 600 = 600 -> a.
    # District D1: two candidates with 100 votes each -> the first listed (registration).
    tied = {"id": "d1", "name": "D1", "candidates": [
        {"name": "Ann", "party": "b", "votes": 100}, {"name": "Bob", "party": "a", "votes": 100}]}
    r = allocate(build({"a": 1200, "b": 1200}, 3, method="dhondt", mixed="parallel",
                       overhang=None, districts=(tied,)))
    assert [(render(t.tier), t.contenders, t.winners) for t in r.ties] == [
        ("district D1", ("Ann", "Bob"), ("Ann",)), ("list tier", ("a", "b"), ("a",))]


def test_a_tie_for_the_entitlement_under_levelling_is_reported():
    # Sainte-Laguë, 2 list + 1 district = 3; a 300, b 300, a wins D1. 3 seats: 300a, 300b,
    # then 100 = 100 -> a (registered first): a 2 >= 1 district, no levelling needed.
    r = allocate(build({"a": 300, "b": 300}, 2, overhang="level", districts=(won(1, "a"),)))
    assert [(render(t.tier), t.winners) for t in r.ties] == [("entitlement", ("a",))]
    assert seats(r) == {"a": 2, "b": 1}
