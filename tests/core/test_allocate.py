"""allocate(): thresholds (exact, each base, inclusive/strict, district-seat and exemption
routes), quotas on qualifying votes only, ties reported and resolved by each rule, over-full
quotas, and the Kazakhstan presets."""

from fractions import Fraction

import pytest

from core.io import scenario_file
from core.io.scenario_reader import read_scenario
from core.model.scenario import Scenario
from core.rules.allocate import allocate
from core.rules.methods import AllocationError
from core.rules.thresholds import threshold_base
from core.text.describe import tie_message
from core.text.render import render


def _scenario(votes: dict[str, int], seats: int, method: str = "dhondt", *,
              percent=0, base: str = "parties", inclusive: bool = True,
              against_all: int = 0, invalid: int = 0, tie_break: str = "registration_order",
              seed: int = 0, order: list[str] | None = None, exempt: tuple[str, ...] = (),
              or_district_seats: int = 0, districts: list[dict] | None = None) -> Scenario:
    """A one-tier scenario; ``order`` gives the registration order (default: as listed)."""
    order = order or list(votes)
    parties = [{"id": pid, "name": pid.upper(), "votes": v,
                "registration_order": order.index(pid) + 1, "threshold_exempt": pid in exempt}
               for pid, v in votes.items()]
    data = {
        "format": "seatcalc-scenario", "version": 1, "title": "test", "parties": parties,
        "other_votes": {"against_all": against_all, "invalid": invalid},
        "list_tier": {"seats": seats, "method": method, "tie_break": tie_break, "seed": seed,
                      "threshold": {"percent": percent, "base": base, "inclusive": inclusive,
                                    "or_district_seats": or_district_seats}},
    }
    if districts:
        data["district_tier"] = {"seats": len(districts), "districts": districts}
    return read_scenario(data)


def _qualified(result) -> dict[str, bool]:
    return {p.id: p.qualified for p in result.parties}


def _list_seats(result) -> dict[str, int]:
    return {p.id: p.list_seats for p in result.parties}


# ------------------------------------------------------------------------------ thresholds


def test_exactly_at_threshold_passes_when_inclusive_and_fails_when_strict() -> None:
    # A has 7 of 100 party votes, the threshold is 7%: exactly at it. In floats
    # 0.07 * 100 == 7.000000000000001 > 7, so a float test would wrongly fail A.
    assert 0.07 * 100 != 7
    votes = {"a": 7, "b": 93}
    inclusive = allocate(_scenario(votes, 10, percent=7, inclusive=True))
    strict = allocate(_scenario(votes, 10, percent=7, inclusive=False))
    assert _qualified(inclusive) == {"a": True, "b": True}
    assert _qualified(strict) == {"a": False, "b": True}
    assert _list_seats(strict) == {"a": 0, "b": 10}
    assert inclusive.thresholds[0].share == Fraction(7, 100)


def test_exactly_at_a_decimal_threshold() -> None:
    # 29 of 1000 votes against a 2.9% threshold: 2.9 / 100 * 1000 == 28.999999999999996 < 29
    # in floats (a strict float test would wrongly pass the party); exactly, 29 = 2.9% of 1000.
    assert 2.9 / 100 * 1000 != 29
    votes = {"a": 29, "b": 971}
    assert _qualified(allocate(_scenario(votes, 5, percent="2.9", inclusive=True)))["a"]
    assert not _qualified(allocate(_scenario(votes, 5, percent="2.9", inclusive=False)))["a"]
    assert not _qualified(allocate(_scenario({"a": 28, "b": 972}, 5, percent="2.9")))["a"]


@pytest.mark.parametrize(("base", "base_votes", "b_passes"), [
    # Party votes 500 + 50 = 550: 5% is 27.5, B's 50 passes.
    ("parties", 550, True),
    # Valid = 550 + 450 against all = 1000: 5% is 50, B exactly at it passes (inclusive).
    ("valid", 1000, True),
    # Cast = 1000 + 100 invalid = 1100: 5% is 55, B's 50 fails.
    ("cast", 1100, False),
])
def test_each_threshold_base(base: str, base_votes: int, b_passes: bool) -> None:
    s = _scenario({"a": 500, "b": 50}, 10, percent=5, base=base, against_all=450, invalid=100)
    assert threshold_base(s) == base_votes
    result = allocate(s)
    assert result.threshold_base == base_votes
    assert _qualified(result) == {"a": True, "b": b_passes}


def test_district_seats_can_qualify_a_party() -> None:
    # B has 3% but won a district; with or_district_seats = 1 it qualifies, with 2 it does not.
    district = [{"id": "1", "name": "North", "candidates": [
        {"name": "Bea", "party": "b", "votes": 60}, {"name": "Al", "party": "a", "votes": 40}]}]
    votes = {"a": 970, "b": 30}
    one = allocate(_scenario(votes, 10, percent=5, or_district_seats=1, districts=district))
    two = allocate(_scenario(votes, 10, percent=5, or_district_seats=2, districts=district))
    assert _qualified(one) == {"a": True, "b": True}
    assert _qualified(two) == {"a": True, "b": False}
    assert one.party("b").district_seats == 1
    assert _list_seats(one) == {"a": 10, "b": 0}  # D'Hondt: 970 vs 30, B's 30 < 970/10


def test_threshold_exempt_party_qualifies() -> None:
    # A minority party exempt by law (Poland, Germany): 2% and still shares the seats.
    votes = {"a": 900, "m": 100}
    normal = allocate(_scenario(votes, 20, "sainte-lague", percent=15))
    exempt = allocate(_scenario(votes, 20, "sainte-lague", percent=15, exempt=("m",)))
    assert _qualified(normal) == {"a": True, "m": False}
    assert _qualified(exempt) == {"a": True, "m": True}
    assert render(exempt.thresholds[1].reason) == "exempt from the threshold"
    # Sainte-Laguë 900:100 over 20 seats: exactly 18 and 2 (quotas 18.0 and 2.0).
    assert _list_seats(exempt) == {"a": 18, "m": 2}


def test_quotas_are_computed_on_qualifying_votes_only() -> None:
    # A 96, B 52, C 68 qualify; D's 5 of 221 (2.3%) fails 5%. Hare on qualifying votes:
    # quota 216/10 = 21.6; A 4.444 B 2.407 C 3.148; floors 4+2+3 = 9; A's .444 takes the last:
    # A 5, B 2, C 3. A quota over all 221 votes (22.1) would give A 4.344 B 2.353 C 3.077 and
    # hand the last seat to B (.353 > .344) instead: 4, 3, 3.
    result = allocate(_scenario({"a": 96, "b": 52, "c": 68, "d": 5}, 10, "hare", percent=5))
    assert _list_seats(result) == {"a": 5, "b": 2, "c": 3, "d": 0}
    assert result.list_apportionment.quota == Fraction(216, 10)


def test_nobody_qualifies_is_a_warning_not_a_crash() -> None:
    result = allocate(_scenario({"a": 40, "b": 60}, 10, percent=70))
    assert _list_seats(result) == {"a": 0, "b": 0}
    assert any("No party passed" in render(w) for w in result.warnings)


# ----------------------------------------------------------------------------------- ties

# D'Hondt, A 6 votes and B 3, 2 seats: A's 6/1 takes the first; the second is an exact tie
# between A's 6/2 = 3 and B's 3/1 = 3. B is registered first.
TIE_VOTES = {"a": 6, "b": 3}
TIE_ORDER = ["b", "a"]


def test_tie_resolved_by_more_votes() -> None:
    result = allocate(_scenario(TIE_VOTES, 2, tie_break="more_votes", order=TIE_ORDER))
    assert _list_seats(result) == {"a": 2, "b": 0}
    (tie,) = result.ties
    assert (tie.seats, tie.contenders, tie.winners, tie.rule) == (
        1, ("a", "b"), ("a",), "more_votes")
    (raw,) = result.list_apportionment.ties
    assert (raw.contenders, raw.winners, raw.seats_at_stake) == ((0, 1), (0,), 1)


def test_tie_resolved_by_registration_order() -> None:
    result = allocate(_scenario(TIE_VOTES, 2, tie_break="registration_order", order=TIE_ORDER))
    assert _list_seats(result) == {"a": 1, "b": 1}
    (tie,) = result.ties
    assert (tie.contenders, tie.winners, tie.rule) == (("a", "b"), ("b",), "registration_order")
    assert "resolved by the party registered earlier in favour of b" in render(tie_message(tie, {}))


def test_tie_resolved_by_lot_is_seeded() -> None:
    outcomes = {}
    for seed in range(20):
        first = allocate(_scenario(TIE_VOTES, 2, tie_break="lot", seed=seed))
        again = allocate(_scenario(TIE_VOTES, 2, tie_break="lot", seed=seed))
        assert first.ties == again.ties  # the same seed, the same draw
        assert _list_seats(first) == _list_seats(again)
        (tie,) = first.ties
        assert tie.rule == "lot"
        outcomes[seed] = tie.winners
    assert set(outcomes.values()) == {("a",), ("b",)}  # different seeds can differ


def test_remainder_tie_is_reported_by_allocate() -> None:
    # Hare, 4 + 4 + 2 votes, 4 seats: quota 2.5; shares 1.6 1.6 0.8; floors 1 1 0; C's .8
    # takes one and A and B tie at .6 for the last.
    result = allocate(_scenario({"a": 4, "b": 4, "c": 2}, 4, "hare"))
    assert _list_seats(result) == {"a": 2, "b": 1, "c": 1}
    (tie,) = result.ties
    assert (tie.contenders, tie.winners) == (("a", "b"), ("a",))


def test_no_tie_no_report() -> None:
    assert allocate(_scenario({"a": 7, "b": 3}, 2)).ties == ()


# ------------------------------------------------------------------------ over-full quotas


def test_overfull_imperiali_quota_is_redone_and_noted() -> None:
    # A 60, B 40, 3 seats: Imperiali quota 20 fills 3 + 2 = 5 seats; Hagenbach-Bischoff (25)
    # gives 2 + 1 = 3. The house is never over-full and the warning says why.
    result = allocate(_scenario({"a": 60, "b": 40}, 3, "imperiali-quota"))
    assert _list_seats(result) == {"a": 2, "b": 1}
    assert result.seats_total == 3
    assert any("Imperiali quota filled 2 seats more than exist" in render(w)
               for w in result.warnings)


def test_overfull_hagenbach_bischoff_is_redone_with_hare() -> None:
    result = allocate(_scenario({"a": 60, "b": 40}, 4, "hagenbach-bischoff"))
    assert _list_seats(result) == {"a": 2, "b": 2}
    assert result.seats_total == 4
    assert any("with Hare." in render(w) for w in result.warnings)


def test_impossible_minimum_is_an_allocation_error() -> None:
    with pytest.raises(AllocationError):
        allocate(read_scenario({
            "format": "seatcalc-scenario", "version": 1,
            "parties": [{"id": p, "votes": 10} for p in "abc"],
            "list_tier": {"seats": 2, "method": "huntington-hill", "min_seats": 1}}))


# ------------------------------------------------------------------------------ presets


def test_kazakhstan_2023() -> None:
    result = allocate(scenario_file.load("preset:kz-2023"))
    assert _list_seats(result) == {"amanat": 40, "auyl": 8, "respublica": 6, "akzhol": 6,
                                   "qhp": 5, "osdp": 4, "baytaq": 0}
    amanat = result.party("amanat")
    assert (amanat.seats, amanat.seats_with_affiliated) == (62, 63)
    assert result.independent_seats == 7
    assert result.seats_total == 98
    assert not result.party("baytaq").qualified  # 146,431 of 6,366,441 valid = 2.3% < 5%
    assert result.ties == ()


def test_kazakhstan_2021() -> None:
    result = allocate(scenario_file.load("preset:kz-2021"))
    seats = {p.id: p.seats for p in result.parties if p.seats}
    assert seats == {"nurotan": 76, "akzhol": 12, "qhp": 10}
    assert result.appointed_seats == 9
    assert result.seats_total == 107


@pytest.mark.parametrize(("tie_break", "reported"), [("more_votes", "registration_order"),
                                                      ("registration_order",
                                                       "registration_order")])
def test_a_district_tie_reports_the_rule_that_really_decided_it(tie_break, reported) -> None:
    # Two candidates with 500 votes each: "more votes" cannot part them, so the first listed
    # wins, and the tie must say so rather than claim "the party with more votes".
    district = {"id": "1", "name": "North", "candidates": [
        {"name": "Ann", "party": "a", "votes": 500}, {"name": "Bob", "party": "b", "votes": 500}]}
    result = allocate(_scenario({"a": 60, "b": 40}, 4, tie_break=tie_break,
                                districts=[district]))
    (tie,) = [t for t in result.ties if render(t.tier) == "district North"]
    assert (tie.contenders, tie.winners, tie.rule) == (("Ann", "Bob"), ("Ann",), reported)
