"""Linked tiers, worked by hand: constituencies, compensatory (keep / level / drop_uncovered)
and the additional member system. Each example's arithmetic is written out beside it (and in
docs/systems.md); quotients are rounded in the comments only, the code compares exactly."""

from __future__ import annotations

import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.io import scenario_file
from core.io.results import result_dict
from core.io.scenario_reader import read_scenario
from core.io.scenario_writer import scenario_dict
from core.rules.allocate import allocate
from core.rules.linkages.compensatory import compensate
from core.rules.methods import AllocationError
from core.rules.share import ListRule
from core.text.render import render

ROOT = Path(__file__).resolve().parents[2]


def district(n: int, party: str | None, votes: tuple[int, int] = (100, 60),
             region: str | None = None) -> dict:
    """District ``Dn`` won by ``party`` (None = an independent) with ``votes`` (winner, loser)."""
    return {"id": str(n), "name": f"D{n}", "region": region, "candidates": [
        {"name": f"win{n}", "party": party, "votes": votes[0]},
        {"name": f"lose{n}", "party": None, "votes": votes[1]}]}


def scenario(votes: dict[str, int], list_seats: int, *, method: str = "sainte-lague",
             percent: object = 0, or_district_seats: int = 0, scope: str = "national",
             districts: tuple = (), declared: tuple = (), mixed: str = "parallel",
             overhang: str | None = None, constituencies: list | None = None,
             independent: tuple[str, ...] = (), **tier) -> dict:
    """A scenario file as a dict: parties in the order of ``votes``, registered in that order."""
    return {
        "format": "seatcalc-scenario", "version": 1, "title": "worked example",
        "parties": [{"id": p, "votes": v, **({"independent": True} if p in independent else {})}
                    for p, v in votes.items()],
        "list_tier": {"seats": list_seats, "method": method, "constituencies": constituencies,
                      "threshold": {"percent": percent, "base": "parties",
                                    "or_district_seats": or_district_seats, "scope": scope},
                      **tier},
        "district_tier": {"seats": len(districts) + sum(d["seats"] for d in declared),
                          "districts": list(districts), "declared": list(declared)},
        "mixed": {"type": mixed, "overhang": overhang},
    }


def run(data: dict):
    return allocate(read_scenario(data))


def seats(result, field: str = "seats") -> dict[str, int]:
    return {p.id: getattr(p, field) for p in result.parties}


# ------------------------------------------------------------------- compensatory: keep

# House 6 list + 6 districts = 12; Sainte-Laguë; 10% of party votes or 1 district seat.
# Votes a 6000, b 3000, c 700 (7%: qualifies only through its 3 district seats), d 300 (3%, out).
# Districts: a 2, c 3, an independent 1. The independent's seat comes off first: 12 - 1 = 11
# seats are shared among a, b, c (9700 votes). Quotients v/1, v/3, v/5, ...:
#   a 6000 2000 1200 857.1 666.7 545.5 461.5 | 400
#   b 3000 1000  600 | 428.6
#   c  700 | 233.3
# The 11 largest: a 7, b 3, c 1. List seats = entitlement - district seats: a 7-2 = 5, b 3,
# c max(0, 1-3) = 0. c keeps its 3 district seats: overhang 3-1 = 2, and the house grows by two:
# a 7 + b 3 + c 3 + independent 1 = 14.
KEEP = scenario({"a": 6000, "b": 3000, "c": 700, "d": 300}, 6, percent=10, or_district_seats=1,
                districts=(district(1, "a"), district(2, "a"), district(3, "c"), district(4, "c"),
                           district(5, "c"), district(6, None)),
                mixed="compensatory", overhang="keep")


def test_keep_overhang_enlarges_the_house_by_two():
    r = run(KEEP)
    assert seats(r, "entitlement") == {"a": 7, "b": 3, "c": 1, "d": 0}
    assert seats(r, "list_seats") == {"a": 5, "b": 3, "c": 0, "d": 0}
    assert seats(r, "district_seats") == {"a": 2, "b": 0, "c": 3, "d": 0}
    assert seats(r, "overhang_seats") == {"a": 0, "b": 0, "c": 2, "d": 0}
    assert r.independent_seats == 1
    assert r.proportional_seats == 11
    assert (r.house_base, r.seats_total, r.overhang_seats) == (12, 14, 2)
    assert r.majority.house == 14


def test_a_party_can_qualify_only_through_district_seats():
    r = run(KEEP)
    c, d = r.party("c"), r.party("d")
    assert c.qualified
    assert c.vote_share == Fraction(7, 100)
    assert "won 3 district seats" in render(r.thresholds[2].reason)
    assert not d.qualified
    # Without the district-seat route c is out, and its 3 districts stay outside the count:
    # 12 - 1 independent - 3 = 8 seats for a and b: a 6000 2000 1200 857 666.7 | b 3000 1000 600
    # -> a 5, b 3; a's list seats 5 - 2 = 3.
    no_route = run({**KEEP, "list_tier": {**KEEP["list_tier"], "threshold": {
        "percent": 10, "base": "parties", "or_district_seats": 0}}})
    assert seats(no_route, "entitlement") == {"a": 5, "b": 3, "c": 0, "d": 0}
    assert seats(no_route) == {"a": 5, "b": 3, "c": 3, "d": 0}
    assert no_route.seats_total == 12


# ------------------------------------------------------------------- compensatory: level

# House 5 list + 5 districts = 10; Sainte-Laguë; no threshold. Votes a 2200, b 5000, c 2800;
# districts a 3 (D1 500:300 = 62.5%, D2 400:350 = 53.3%, D3 450:300 = 60%), b 2.
#   a 2200 733.3 | 440
#   b 5000 1666.7 1000 714.3 555.6 | 454.5 384.6
#   c 2800 933.3 560 | 400
# 10 seats: b 5 (5000..555.6), c 3 (2800, 933.3, 560), a 2 (2200, 733.3): a has 3 districts.
# keep: a keeps 3, overhang 1, house 11.  drop_uncovered: a's weakest winner (D2, 53.3%) loses
# the seat, house 10.  level: 11 seats -> the 11th quotient is b's 454.5 (a still 2);
# 12 seats -> the 12th is a's 440: a 3 >= 3 districts. House 12 = 10 + 1 overhang + 1 levelling
# (b: 6 - max(5, 2) = 1).
LEVEL = scenario({"a": 2200, "b": 5000, "c": 2800}, 5,
                 districts=(district(1, "a", (500, 300)), district(2, "a", (400, 350)),
                            district(3, "a", (450, 300)), district(4, "b"), district(5, "b")),
                 mixed="compensatory")


def with_overhang(data: dict, rule: str) -> dict:
    return {**data, "mixed": {"type": "compensatory", "overhang": rule}}


def test_level_grows_the_house_until_every_party_is_proportional():
    r = run(with_overhang(LEVEL, "level"))
    assert seats(r, "entitlement") == {"a": 3, "b": 6, "c": 3}
    assert seats(r) == {"a": 3, "b": 6, "c": 3}
    assert seats(r, "list_seats") == {"a": 0, "b": 4, "c": 3}
    assert seats(r, "overhang_seats") == {"a": 1, "b": 0, "c": 0}
    assert seats(r, "levelling_seats") == {"a": 0, "b": 1, "c": 0}
    assert (r.seats_total, r.proportional_seats, r.levelling_seats) == (12, 12, 1)


def test_level_stops_at_the_smallest_proportional_house():
    r = run(with_overhang(LEVEL, "level"))
    smaller = run({**with_overhang(LEVEL, "keep"),
                   "list_tier": {**LEVEL["list_tier"], "seats": 6}})  # the house of 11
    assert smaller.party("a").entitlement < 3 <= r.party("a").entitlement


def test_keep_and_drop_uncovered_on_the_levelling_example():
    keep = run(with_overhang(LEVEL, "keep"))
    assert seats(keep) == {"a": 3, "b": 5, "c": 3}
    assert keep.seats_total == 11
    drop = run(with_overhang(LEVEL, "drop_uncovered"))
    assert seats(drop) == {"a": 2, "b": 5, "c": 3}
    assert drop.seats_total == 10
    assert [w.district for w in drop.unseated] == ["D2"]
    assert drop.unseated[0].share == Fraction(400, 750)
    assert drop.party("a").unseated == 1
    assert drop.party("a").districts_won == 3
    assert drop.overhang_seats == 0


# ---------------------------------------------------------- compensatory: drop_uncovered

# Germany since 2025: house 4 list + 4 districts = 8, Sainte-Laguë, 10% or 2 district seats.
# Votes a 5000, b 4000, e 500 (5%, one district: out). Districts: a D1, b D2, e D3, an
# independent D4. The independent is seated and comes off: 8 - 1 = 7 for a and b:
#   a 5000 1666.7 1000 714.3 | 555.6     b 4000 1333.3 800 | 571.4
# -> a 4, b 3. e's winner is not covered by any entitlement: not seated. House 7 + 1 = 8.
DROP = scenario({"a": 5000, "b": 4000, "e": 500}, 4, percent=10, or_district_seats=2,
                districts=(district(1, "a"), district(2, "b"), district(3, "e"),
                           district(4, None)),
                mixed="compensatory", overhang="drop_uncovered")


def test_drop_uncovered_unseats_a_non_qualifying_partys_winner_not_an_independent():
    r = run(DROP)
    assert seats(r) == {"a": 4, "b": 3, "e": 0}
    assert seats(r, "list_seats") == {"a": 3, "b": 2, "e": 0}
    assert [(w.district, w.party) for w in r.unseated] == [("D3", "e")]
    assert r.independent_seats == 1
    assert r.seats_total == 8
    out = result_dict(r)
    assert out["parties"][2]["unseated"] == [
        {"district": "D3", "candidate": "win3", "votes": 100, "share": 0.625}]
    assert out["linkage"]["unseated"] == 1


def test_drop_uncovered_with_declared_totals_says_who_loses_how_many():
    # The levelling example with a's 3 district seats known only as a total: a is entitled to
    # 2, so 1 of its winners is not seated, and which one cannot be told.
    data = {**with_overhang(LEVEL, "drop_uncovered"), "district_tier": {
        "seats": 5, "districts": [],
        "declared": [{"party": "a", "seats": 3}, {"party": "b", "seats": 2}]}}
    r = run(data)
    assert r.party("a").unseated == 1
    assert seats(r) == {"a": 2, "b": 5, "c": 3}
    assert [w.party for w in r.unseated] == ["a"]
    assert any("1 district winner known only from declared totals" in render(w)
               for w in r.warnings)


def test_equal_shares_at_the_cut_are_a_reported_tie():
    # KEEP's c has three winners with 62.5% each and is entitled to 1: listing order keeps D3.
    r = run(with_overhang(KEEP, "drop_uncovered"))
    assert [w.district for w in r.unseated] == ["D4", "D5"]
    (tie,) = r.ties
    assert render(tie.tier) == "unseating c"
    assert tie.winners == ("win3 (D3)",)
    assert len(tie.contenders) == 3


# ------------------------------------------------------------------ additional member

# Two regions, D'Hondt (divisor = seats already held in the region + 1).
# North, 7 list seats; districts a 5, b 1. Votes a 50000, b 30000, c 21000, d 19000.
#   seat 1: c 21000/1 = 21000        seat 5: b 30000/3 = 10000
#   seat 2: d 19000/1 = 19000        seat 6: d 19000/2 =  9500  (a 50000/6 = 8333.3)
#   seat 3: b 30000/2 = 15000        seat 7: a 50000/6 =  8333.3 (b 30000/4 = 7500 next)
#   seat 4: c 21000/2 = 10500
# -> list a 1, b 2, c 2, d 2. If d is one independent candidate (independent: true) it drops
# out after seat 2: seat 6 goes to a (8333.3), seat 7 to b (7500); a 50000/7 = 7142.9 next.
# South, 3 list seats; districts b 2 and an independent. Votes a 20000, b 10000, c 7000:
#   a 20000/1, a 20000/2 = 10000, c 7000/1 (a 6666.7 and b 10000/3 = 3333.3 next) -> a 2, c 1.
AMS = scenario(
    {"a": 70000, "b": 40000, "c": 28000, "d": 19000}, 10, method="dhondt",
    districts=tuple(district(n, "a", region="north") for n in range(1, 6))
    + (district(6, "b", region="north"), district(7, "b", region="south"),
       district(8, "b", region="south"), district(9, None, region="south")),
    mixed="additional_member",
    constituencies=[
        {"id": "north", "name": "North", "seats": 7,
         "votes": {"a": 50000, "b": 30000, "c": 21000, "d": 19000}},
        {"id": "south", "name": "South", "seats": 3, "votes": {"a": 20000, "b": 10000, "c": 7000}},
    ])


def test_additional_member_counts_district_seats_first():
    r = run(AMS)
    north, south = r.constituencies
    assert [(a.party, a.held, a.quotient) for a in north.awards] == [
        ("c", 0, 21000), ("d", 0, 19000), ("b", 1, 15000), ("c", 1, 10500), ("b", 2, 10000),
        ("d", 1, 9500), ("a", 5, Fraction(50000, 6))]
    assert (north.next_in_line.party, north.next_in_line.quotient) == ("b", 7500)
    assert north.district_seats == {"a": 5, "b": 1}
    assert {p: n for p, n in south.seats.items() if n} == {"a": 2, "c": 1}
    assert seats(r, "list_seats") == {"a": 3, "b": 2, "c": 3, "d": 2}
    assert seats(r) == {"a": 8, "b": 5, "c": 3, "d": 2}
    assert r.independent_seats == 1
    assert r.seats_total == 19


def test_an_independent_list_wins_one_seat_at_most():
    data = {**AMS, "parties": [{**p, "independent": p["id"] == "d"} for p in AMS["parties"]]}
    north = run(data).constituencies[0]
    assert {p: n for p, n in north.seats.items() if n} == {"a": 1, "b": 3, "c": 2, "d": 1}
    assert north.awards[-2:][0].party == "a"
    assert north.awards[-1].party == "b"
    assert north.next_in_line.quotient == Fraction(50000, 7)
    assert scenario_dict(read_scenario(data))["parties"][3]["independent"] is True


def test_additional_member_needs_each_district_in_a_region():
    data = {**AMS, "district_tier": {**AMS["district_tier"], "districts": [
        district(1, "a", region="east")]}}
    with pytest.raises(AllocationError, match="region 'east' is not a constituency"):
        run(data)


# --------------------------------------------------------------------- constituencies

# Two constituencies, D'Hondt, 10% threshold. National votes a 8000, b 7900, c 1700 (17600):
# c has 9.66% nationally but 1600/10500 = 15.2% in North.
#   North, 5 seats: a 6000 3000 2000 1500 | b 2900 1450 | c 1600
#     national threshold (a, b): 6000 3000 2900 2000 1500 -> a 4, b 1
#     per-constituency threshold (a, b, c): 6000 3000 2900 2000 1600 -> a 3, b 1, c 1
#   South, 3 seats: b 5000 2500 | a 2000 (c 100 = 1.4%, out either way) -> b 2, a 1
CONSTITUENCIES = [
    {"id": "north", "name": "North", "seats": 5, "votes": {"a": 6000, "b": 2900, "c": 1600}},
    {"id": "south", "name": "South", "seats": 3, "votes": {"a": 2000, "b": 5000, "c": 100}},
]


@pytest.mark.parametrize(("scope", "north", "total"), [
    ("national", {"a": 4, "b": 1, "c": 0}, {"a": 5, "b": 3, "c": 0}),
    ("constituency", {"a": 3, "b": 1, "c": 1}, {"a": 4, "b": 3, "c": 1}),
])
def test_constituencies_with_a_national_or_a_local_threshold(scope, north, total):
    r = run(scenario({"a": 8000, "b": 7900, "c": 1700}, 8, method="dhondt", percent=10,
                     scope=scope, constituencies=CONSTITUENCIES))
    assert r.constituencies[0].seats == north
    assert r.constituencies[1].seats == {"a": 1, "b": 2, "c": 0}
    assert seats(r, "list_seats") == total
    assert r.party("c").qualified == (scope == "constituency")
    assert not r.warnings


def test_constituency_first_divisor_is_used():
    # 4 seats, a 5000, b 3100, c 1300. Sainte-Laguë 1, 3, 5: 5000 3100 1666.7 1300 -> 2/1/1.
    # First divisor 1.4: a 3571.4 1666.7 | b 2214.3 1033.3 | c 928.6 -> a 2, b 2, c 0.
    one = [{"id": "x", "name": "X", "seats": 4, "votes": {"a": 5000, "b": 3100, "c": 1300}}]
    votes = {"a": 5000, "b": 3100, "c": 1300}
    plain = run(scenario(votes, 4, constituencies=one))
    norway = run(scenario(votes, 4, constituencies=one, first_divisor=1.4))
    assert plain.constituencies[0].seats == {"a": 2, "b": 1, "c": 1}
    assert norway.constituencies[0].seats == {"a": 2, "b": 2, "c": 0}


def test_party_votes_that_disagree_with_the_constituency_sum_are_warned_about():
    r = run(scenario({"a": 8000, "b": 7000, "c": 1700}, 8, method="dhondt", percent=10,
                     constituencies=CONSTITUENCIES))
    assert r.party("b").votes == 7900  # the sum decides
    assert any("b 7,000 vs 7,900" in render(w) for w in r.warnings)


def test_compensatory_with_constituencies_is_refused_clearly():
    with pytest.raises(AllocationError, match="compensatory with list_tier.constituencies"):
        run(scenario({"a": 8000, "b": 7900, "c": 1700}, 8, constituencies=CONSTITUENCIES,
                     mixed="compensatory", overhang="keep"))


# ------------------------------------------------------------------------------- ties


def test_ties_are_reported_from_every_tier():
    # Constituency: a 600 = b 600 for the last of 3 seats (D'Hondt: a 1200, b 1200, then
    # a 600 = b 600): registration order gives it to a.
    tied = [{"id": "t", "name": "T", "seats": 3, "votes": {"a": 1200, "b": 1200}}]
    r = run(scenario({"a": 1200, "b": 1200}, 3, method="dhondt", constituencies=tied))
    assert [(render(t.tier), t.winners) for t in r.ties] == [("constituency T", ("a",))]
    # Entitlement: the same votes over a compensatory house of 3 (no districts).
    r = run(scenario({"a": 1200, "b": 1200}, 3, method="dhondt", mixed="compensatory"))
    assert [(render(t.tier), t.winners) for t in r.ties] == [("entitlement", ("a",))]
    # Region: the same votes, additional member.
    r = run(scenario({"a": 1200, "b": 1200}, 3, method="dhondt", mixed="additional_member",
                     constituencies=tied))
    assert [(render(t.tier), t.winners, t.contenders) for t in r.ties] == [
        ("region T", ("a",), ("a", "b"))]


# ----------------------------------------------------------------- file format, the CLI


def test_new_fields_are_written_back_only_when_set():
    data = scenario({"a": 8000, "b": 7900, "c": 1700}, 8, percent=10, scope="constituency",
                    constituencies=CONSTITUENCIES)
    data["list_tier"]["constituencies"][0]["other_votes"] = {"against_all": 50, "invalid": 7}
    data["district_tier"] = {"seats": 1, "declared": [{"party": "a", "seats": 1,
                                                        "region": "north"}]}
    s = read_scenario(data)
    out = scenario_dict(s)
    assert out["list_tier"]["threshold"]["scope"] == "constituency"
    assert out["list_tier"]["constituencies"][0]["other_votes"] == {"against_all": 50,
                                                                    "invalid": 7}
    assert "other_votes" not in out["list_tier"]["constituencies"][1]
    assert out["district_tier"]["declared"][0]["region"] == "north"
    assert read_scenario(out) == s
    kz = scenario_dict(scenario_file.load("preset:kz-2023"))
    assert "scope" not in kz["list_tier"]["threshold"]
    assert all("independent" not in p for p in kz["parties"])


def test_a_bad_scope_names_the_field():
    with pytest.raises(ValueError, match=r"list_tier\.threshold\.scope: expected one of"):
        read_scenario(scenario({"a": 1}, 1, scope="county"))


def test_kazakhstan_2023_is_unchanged():
    r = allocate(scenario_file.load("preset:kz-2023"))
    assert [p.list_seats for p in r.parties] == [40, 8, 6, 6, 5, 4, 0]
    assert (r.party("amanat").seats, r.party("amanat").seats_with_affiliated) == (62, 63)
    assert (r.independent_seats, r.seats_total, r.constituencies) == (7, 98, ())


def compute_json(tmp_path: Path, data: dict) -> dict:
    path = tmp_path / "example.seats.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "compute", str(path),
                           "--format", "json"], capture_output=True, text=True, check=True,
                          cwd=ROOT)
    return json.loads(done.stdout)


def test_compute_json_reports_the_grown_house(tmp_path):
    out = compute_json(tmp_path, KEEP)
    assert out["seats_total"] == 14
    c = next(p for p in out["parties"] if p["id"] == "c")
    assert (c["entitlement"], c["overhang_seats"], c["seats"], c["list_seats"]) == (1, 2, 3, 0)
    assert out["linkage"] | {"description": ""} == {
        "type": "compensatory", "overhang": "keep", "description": "", "base_seats": 12,
        "seats_total": 14, "proportional_seats": 11, "overhang_seats": 2,
        "levelling_seats": 0, "unseated": 0}
    assert "constituencies" not in out
    level = compute_json(tmp_path, with_overhang(LEVEL, "level"))
    assert level["seats_total"] == 12
    assert level["linkage"]["levelling_seats"] == 1


def test_compute_json_reports_constituencies(tmp_path):
    out = compute_json(tmp_path, scenario({"a": 8000, "b": 7900, "c": 1700}, 8,
                                          method="dhondt", percent=10, scope="constituency",
                                          constituencies=CONSTITUENCIES))
    assert [(c["id"], c["seats"]) for c in out["constituencies"]] == [
        ("north", {"a": 3, "b": 1, "c": 1}), ("south", {"a": 1, "b": 2})]
    assert out["seats_total"] == 8
    ams = compute_json(tmp_path, AMS)
    assert ams["constituencies"][0]["district_seats"] == {"a": 5, "b": 1}
    assert ams["constituencies"][0]["next_in_line"] == {"party": "b", "held": 3,
                                                        "quotient": 7500.0}
    assert ams["seats_total"] == 19


# ------------------------------------------------------------------ core.rules.system directly


def test_compensate_reports_the_house_for_each_overhang_rule():
    rule = ListRule("sainte-lague")
    votes, won = {"a": 2200, "b": 5000, "c": 2800}, {"a": 3, "b": 2}
    houses = {o: compensate(rule, votes, won, 0, 10, o).house
              for o in ("keep", "level", "drop_uncovered")}
    assert houses == {"keep": 11, "level": 12, "drop_uncovered": 10}


@settings(max_examples=60, deadline=None)
@given(votes=st.lists(st.integers(1, 5000), min_size=2, max_size=4),
       won=st.lists(st.integers(0, 6), min_size=4, max_size=4),
       method=st.sampled_from(["dhondt", "sainte-lague", "hare"]))
def test_levelling_finds_the_smallest_covering_house(votes, won, method):
    # Bisection (divisor methods) and the seat-by-seat search (quota methods) against a plain
    # walk up from the legal size: the first house where every entitlement covers the districts.
    rule = ListRule(method)
    ids = [f"p{i}" for i in range(len(votes))]
    v, d = dict(zip(ids, votes, strict=True)), dict(zip(ids, won, strict=False))
    base = 10 + sum(d.values())
    found = compensate(rule, v, d, 0, base, "level")
    house = base
    while any(rule.share(v, house, "t").seats[p] < d[p] for p in ids):
        house += 1
    assert found.house == house
    assert all(found.entitlement[p] >= d[p] for p in ids)
