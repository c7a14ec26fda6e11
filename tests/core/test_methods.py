"""core.rules.methods against published, hand-checkable examples, with the arithmetic written out.

Divisor-method examples are also checked against a *certificate*: a divisor D such that
rounding every votes/D (down: Jefferson/D'Hondt, up: Adams, to nearest: Webster, at the
geometric mean: Hill) gives the seats. Such a D exists exactly when the apportionment is the
method's (Balinski and Young, "Fair Representation", 1982, ch. 6), and it is checked with
Fractions here, independently of the code under test.
"""

from fractions import Fraction
from math import isqrt

import pytest

from core.rules.methods import (
    METHODS,
    AllocationError,
    Tie,
    apportion,
    divisor_rule,
    method,
    quota_of,
)
from core.text.render import render

# Wikipedia's running example ("D'Hondt method", "Sainte-Laguë method"): 4 parties, 8 seats.
WIKI = [100_000, 80_000, 30_000, 20_000]

# Tannenbaum's "Republic of Parador" (Excursions in Modern Mathematics, ch. 4): six states,
# 12,500,000 people, 250 seats; standard divisor 50,000. Standard quotas:
#   A 32.92  B 138.72  C 3.08  D 41.82  E 13.70  F 19.76
PARADOR = [1_646_000, 6_936_000, 154_000, 2_091_000, 685_000, 988_000]


def _rounds_to(votes: list[int], seats: list[int], divisor: int, rounding: str) -> bool:
    """True when rounding each votes/divisor by ``rounding`` gives exactly ``seats``."""
    for v, s in zip(votes, seats, strict=True):
        q = Fraction(v, divisor)
        if rounding == "down":  # Jefferson: s <= q < s+1
            ok = s <= q < s + 1
        elif rounding == "up":  # Adams: s-1 < q <= s
            ok = s - 1 < q <= s
        elif rounding == "nearest":  # Webster: s-1/2 <= q < s+1/2 (no value exactly at .5)
            ok = s - Fraction(1, 2) <= q < s + Fraction(1, 2)
        else:  # Hill: round up past the geometric mean sqrt(s(s+1)); compare q^2 exactly
            ok = (s == 0 or q * q >= (s - 1) * s) and q * q < s * (s + 1)
        if not ok:
            return False
    return True


# ------------------------------------------------------------------------------ registry


def test_registry_holds_the_ten_contract_methods() -> None:
    assert set(METHODS) == {
        "dhondt", "sainte-lague", "huntington-hill", "adams", "danish", "imperiali",
        "hare", "droop", "hagenbach-bischoff", "imperiali-quota",
    }
    assert {m.kind for m in METHODS.values()} == {"divisor", "quota"}


def test_unknown_method_names_the_known_ones() -> None:
    with pytest.raises(AllocationError, match="unknown method 'webster'.*dhondt"):
        method("webster")


# ------------------------------------------------------------------------ divisor methods


def test_dhondt_wikipedia_example() -> None:
    # Quotients v/1, v/2, v/3, v/4:
    #   A 100000 50000 33333 25000 | B 80000 40000 26667 20000 | C 30000 15000 | D 20000
    # The 8 largest: 100000A 80000B 50000A 40000B 33333A 30000C 26667B 25000A;
    # the next is 20000 (B and D). A 4, B 3, C 1, D 0.
    assert apportion("dhondt", WIKI, 8).seats == (4, 3, 1, 0)


def test_sainte_lague_wikipedia_example() -> None:
    # Divisors 1, 3, 5, 7: A 100000 33333 20000 14286 | B 80000 26667 16000 |
    # C 30000 10000 | D 20000 6667. The 8 largest: 100000A 80000B 33333A 30000C 26667B
    # 20000A 20000D 16000B; next 14286A. A 3, B 3, C 1, D 1.
    assert apportion("sainte-lague", WIKI, 8).seats == (3, 3, 1, 1)


NORDIC = [100_000, 80_000, 30_000, 19_000]


def test_sainte_lague_norway_first_divisor_1_4() -> None:
    # Plain divisors 1, 3, 5, 7: D's 19000 is the 7th quotient (A 100000 33333 20000 14286,
    # B 80000 26667 16000, C 30000): A 3, B 3, C 1, D 1.
    assert apportion("sainte-lague", NORDIC, 8).seats == (3, 3, 1, 1)
    # Norway (divisors 1.4, 3, 5, 7): A 71429 33333 20000 14286, B 57143 26667 16000,
    # C 21429 10000, D 19000/1.4 = 13571. The 8 largest: 71429A 57143B 33333A 26667B 21429C
    # 20000A 16000B 14286A, and D's 13571 misses: A 4, B 3, C 1, D 0.
    assert apportion("sainte-lague", NORDIC, 8, first_divisor=Fraction(7, 5)).seats == (
        4, 3, 1, 0)


def test_sainte_lague_sweden_first_divisor_1_2() -> None:
    # Sweden (divisors 1.2, 3, 5, 7): D's first quotient 19000/1.2 = 15833 beats A's fourth
    # 100000/7 = 14286 (A 83333 33333 20000, B 66667 26667 16000, C 25000): A 3, B 3, C 1, D 1.
    # With D at 17000 instead, 17000/1.2 = 14167 < 14286: A takes the seat.
    assert apportion("sainte-lague", NORDIC, 8, first_divisor=Fraction(6, 5)).seats == (
        3, 3, 1, 1)
    low_d = [*NORDIC[:3], 17_000]
    assert apportion("sainte-lague", low_d, 8, first_divisor=Fraction(6, 5)).seats == (
        4, 3, 1, 0)


def test_norway_exact_tie_that_floats_happen_to_hide() -> None:
    # With D at 20000 and 1.4: A's fourth quotient 100000/7 and D's first 20000/1.4 are both
    # exactly 100000/7, tied for the 8th seat. 1.4 is not exact in binary, so an exact
    # comparison is what finds the tie; it must be reported, and priority decides.
    first = Fraction(7, 5)
    a = apportion("sainte-lague", WIKI, 8, first_divisor=first)
    assert a.seats == (4, 3, 1, 0)
    assert a.ties == (Tie((0, 3), (0,), 1, "registration_order"),)
    b = apportion("sainte-lague", WIKI, 8, first_divisor=first, priority=[3, 2, 1, 0])
    assert b.seats == (3, 3, 1, 1)
    assert b.ties[0].winners == (3,)


def test_danish_divisors_1_4_7() -> None:
    # Danish divisors 1, 4, 7, 10: A 100000 25000 14286 10000 | B 11000 2750.
    # 4 seats: 100000A 25000A 14286A, then B's 11000 beats A's 10000: A 3, B 1.
    # Sainte-Laguë (1, 3, 5, 7) instead: A 100000 33333 20000 14286 all beat 11000: A 4.
    assert apportion("danish", [100_000, 11_000], 4).seats == (3, 1)
    assert apportion("sainte-lague", [100_000, 11_000], 4).seats == (4, 0)


def test_imperiali_divisors_2_3_4() -> None:
    # Divisors 2, 3, 4, 5, 6: A 50000 33333 25000 20000 16667 | B 40000 26667 20000 16000 |
    # C 15000 | D 10000. The 8 largest: 50000A 40000B 33333A 26667B 25000A 20000A 20000B
    # 16667A: A 5, B 3 (C's 15000 misses: Imperiali favours the large).
    assert apportion("imperiali", WIKI, 8).seats == (5, 3, 0, 0)


def test_adams_divisors_0_1_2() -> None:
    # d(0) = 0: every party with votes first gets a seat (4 seats). Then divisors 1, 2:
    # A 100000 50000 | B 80000 40000 | C 30000 | D 20000: 100000A 80000B 50000A 40000B.
    # A 3, B 3, C 1, D 1.
    assert apportion("adams", WIKI, 8).seats == (3, 3, 1, 1)


def test_huntington_hill_small_example() -> None:
    # d(0) = 0 gives each a seat (4). Then divisors sqrt(2) = 1.414, sqrt(6) = 2.449:
    # A 70711 40825 | B 56569 32660 | C 21213 | D 14142: 70711A 56569B 40825A 32660B.
    assert apportion("huntington-hill", WIKI, 8).seats == (3, 3, 1, 1)


@pytest.mark.parametrize(
    ("method_id", "expected", "divisor", "rounding"),
    [
        # Jefferson, D = 49,500: 33.25 140.12 3.11 42.24 13.84 19.96, rounded down:
        # 33 + 140 + 3 + 42 + 13 + 19 = 250.
        ("dhondt", (33, 140, 3, 42, 13, 19), 49_500, "down"),
        # Adams, D = 50,700: 32.47 136.80 3.04 41.24 13.51 19.49, rounded up:
        # 33 + 137 + 4 + 42 + 14 + 20 = 250.
        ("adams", (33, 137, 4, 42, 14, 20), 50_700, "up"),
        # Webster, D = 50,100: 32.85 138.44 3.07 41.74 13.67 19.72, rounded to nearest:
        # 33 + 138 + 3 + 42 + 14 + 20 = 250.
        ("sainte-lague", (33, 138, 3, 42, 14, 20), 50_100, "nearest"),
        # Hill, D = 50,100, same quotients; geometric means 32.50 138.50 3.46 41.50 13.49
        # 19.49: 32.85 > 32.50 up, 138.44 < 138.50 down, 3.07 < 3.46 down, 41.74 up,
        # 13.67 up, 19.72 up: 33 + 138 + 3 + 42 + 14 + 20 = 250.
        ("huntington-hill", (33, 138, 3, 42, 14, 20), 50_100, "geometric"),
    ],
)
def test_parador_divisor_methods(method_id, expected, divisor, rounding) -> None:
    assert _rounds_to(PARADOR, list(expected), divisor, rounding)  # the hand check holds
    assert apportion(method_id, PARADOR, 250).seats == expected


def test_dhondt_satisfies_the_jefferson_certificate_on_a_large_house() -> None:
    seats = apportion("dhondt", PARADOR, 1000).seats
    assert sum(seats) == 1000
    # The certificate exists: the smallest quotient that won a seat is a valid divisor.
    d = min(Fraction(v, s) for v, s in zip(PARADOR, seats, strict=True) if s)
    assert all(s <= Fraction(v) / d < s + 1 for v, s in zip(PARADOR, seats, strict=True))


def test_huntington_hill_with_a_minimum_of_one_seat() -> None:
    # US-House style (min_seats=1): 3 states of 1,000,000 / 100,000 / 10,000 people, 12 seats.
    # Each first gets 1 (9 free). Priority values v/sqrt(k(k+1)) from k = 1:
    #   A 707107 408248 288675 223607 182574 154303 133631 117851 105409 ...
    #   B 70711 ...   C 7071 ...
    # A's nine priority values all exceed B's 70711: A 10, B 1, C 1 (C keeps its minimum).
    assert apportion("huntington-hill", [1_000_000, 100_000, 10_000], 12,
                     min_seats=1).seats == (10, 1, 1)
    # Under D'Hondt with the same minimum the free seats also all go to A.
    assert apportion("dhondt", [1_000_000, 100_000, 10_000], 12, min_seats=1).seats == (
        10, 1, 1)


def test_minimum_seats_go_to_units_without_votes_too() -> None:
    # Regression: a unit with no votes but a minimum of 2 seats made the count under-fill
    # the house ((2, 2, 2, 2) for 10 seats). The six free seats go by v/d(k) from k = 2:
    # Adams (1, 2, 3, ...): B 3 2 | C 3 2 | A 1: 3B 3C 2B 2C; and A's 1 for nothing more.
    assert apportion("adams", [2, 6, 6, 0], 10, min_seats=2).seats == (2, 3, 3, 2)
    assert apportion("huntington-hill", [3, 1, 0, 4, 6, 5], 11, min_seats=1).seats == (
        2, 1, 1, 2, 3, 2)


def test_too_few_seats_for_the_minimum_is_refused() -> None:
    with pytest.raises(AllocationError, match="needs 4 seats"):
        apportion("huntington-hill", [5, 5, 5, 5], 3, min_seats=1)


def test_adams_and_hill_with_fewer_seats_than_parties_is_a_reported_tie() -> None:
    # Every party's first quotient is infinite (d(0) = 0): all 4 claims on 2 seats are equal.
    for method_id in ("adams", "huntington-hill"):
        a = apportion(method_id, [10, 40, 30, 20], 2, priority=[3, 2, 1, 0])
        assert a.seats == (0, 0, 1, 1)
        assert a.ties == (Tie((0, 1, 2, 3), (3, 2), 2, "registration_order"),)


def test_first_divisor_equal_to_the_second_counts_seat_by_seat() -> None:
    # D'Hondt with first divisor 2 (= the second): A's quotients 10/2, 10/2, 10/3 and B's
    # 10/2, 10/2: four equal claims of 5 on 2 seats. Seat by seat, A (priority) takes the
    # first, then A's next 5 still ties with B's and A takes it too. The tie is reported.
    a = apportion("dhondt", [10, 10], 2, first_divisor=Fraction(2))
    assert a.seats == (2, 0)
    assert a.ties == (Tie((0, 1), (0,), 2, "registration_order"),)


def test_zero_votes_single_party_and_zero_seats() -> None:
    assert apportion("dhondt", [0, 7, 0], 5).seats == (0, 5, 0)
    assert apportion("hare", [0, 7, 0], 5).seats == (0, 5, 0)
    assert apportion("sainte-lague", [42], 9).seats == (9,)
    for method_id in METHODS:
        assert apportion(method_id, [3, 2], 0).seats == (0, 0)
    with pytest.raises(AllocationError, match="no votes"):
        apportion("dhondt", [0, 0], 3)
    with pytest.raises(AllocationError, match="no votes"):
        apportion("hare", [0, 0], 3)


def test_first_divisor_is_checked() -> None:
    with pytest.raises(AllocationError, match="between 0 and the second divisor"):
        divisor_rule("sainte-lague", Fraction(4))
    with pytest.raises(AllocationError, match="divisor methods only"):
        apportion("hare", [1, 2], 3, first_divisor=Fraction(7, 5))
    with pytest.raises(AllocationError, match="no configurable first divisor"):
        divisor_rule("huntington-hill", Fraction(1))


def test_huge_votes_and_a_one_vote_difference() -> None:
    # Two parties of 10**15 and 10**15 + 1 votes, 3 seats, D'Hondt: quotients 1e15+1, 1e15,
    # (1e15+1)/2, 1e15/2: B, A, then B's (1e15+1)/2 beats A's 1e15/2 by half a vote in 2e15,
    # far below float resolution of the sum but decided exactly here.
    big = 10**15
    assert apportion("dhondt", [big, big + 1], 3).seats == (1, 2)
    assert apportion("dhondt", [big + 1, big], 3).seats == (2, 1)
    # Exactly equal: the tie is reported.
    assert apportion("dhondt", [big, big], 3).ties == (Tie((0, 1), (0,), 1,
                                                           "registration_order"),)


# -------------------------------------------------------------------------- quota methods


def test_hare_wikipedia_example() -> None:
    # Hare quota 230000/8 = 28750: A 3.478 B 2.783 C 1.043 D 0.696; floors 3+2+1+0 = 6;
    # 2 remainder seats: B (.783) and D (.696). A 3, B 3, C 1, D 1.
    a = apportion("hare", WIKI, 8)
    assert a.seats == (3, 3, 1, 1)
    assert a.quota == 28_750


def test_droop_hagenbach_bischoff_and_imperiali_quotas() -> None:
    # Droop: 230000 // 9 + 1 = 25556: floors 3 3 1 0 = 7; remainders A 100000 - 3*25556 =
    # 23332, B 3332, C 4444, D 20000: A gets the 8th. A 4, B 3, C 1, D 0.
    assert apportion("droop", WIKI, 8).seats == (4, 3, 1, 0)
    assert quota_of("droop", 230_000, 8) == 25_556
    # Hagenbach-Bischoff: 230000/9 = 25555.56: A 3.913 B 3.130 C 1.174 D 0.783: same.
    assert apportion("hagenbach-bischoff", WIKI, 8).seats == (4, 3, 1, 0)
    # Imperiali quota: 230000/10 = 23000: A 4.348 B 3.478 C 1.304 D 0.870: 4+3+1+0 = 8.
    a = apportion("imperiali-quota", WIKI, 8)
    assert a.seats == (4, 3, 1, 0)
    assert a.quota == 23_000
    assert a.notes == ()


def test_parador_hamilton() -> None:
    # Standard divisor 50,000; quotas 32.92 138.72 3.08 41.82 13.70 19.76; floors
    # 32+138+3+41+13+19 = 246; the 4 largest remainders: A .92, D .82, F .76, B .72.
    assert apportion("hare", PARADOR, 250).seats == (33, 139, 3, 42, 13, 20)


def test_alabama_paradox_under_hare() -> None:
    # Populations 6, 6, 2 (Wikipedia, "Apportionment paradox"):
    # 10 seats: quota 1.4; shares 4.286 4.286 1.429; floors 4 4 1; C's .429 is largest: 4 4 2.
    # 11 seats: quota 14/11; shares 4.714 4.714 1.571; floors 4 4 1; A, B (.714) win: 5 5 1.
    # C loses a seat when the house grows: the Alabama paradox.
    assert apportion("hare", [6, 6, 2], 10).seats == (4, 4, 2)
    assert apportion("hare", [6, 6, 2], 11).seats == (5, 5, 1)
    # A divisor method cannot show it (house monotone): Sainte-Laguë 10 -> 11.
    ten, eleven = (apportion("sainte-lague", [6, 6, 2], h).seats for h in (10, 11))
    assert all(b >= a for a, b in zip(ten, eleven, strict=True))


def test_kazakhstan_2023_list_tier() -> None:
    # Majilis 2023, 69 list seats, Hare among the six parties over 5%:
    # qualifying votes 3431510 + 693938 + 547154 + 535139 + 432920 + 331058 = 5971719;
    # quota 5971719/69 = 86546.65; shares: Amanat 39.649, Auyl 8.018, Respublica 6.322,
    # Ak Zhol 6.183, QHP 5.002, OSDP 3.825; floors 39+8+6+6+5+3 = 67; the 2 seats left go
    # to OSDP (.825) and Amanat (.649), as the CEC announced.
    votes = [3_431_510, 693_938, 547_154, 535_139, 432_920, 331_058]
    a = apportion("hare", votes, 69)
    assert a.seats == (40, 8, 6, 6, 5, 4)
    assert a.quota == Fraction(5_971_719, 69)
    rems = [Fraction(v) / a.quota % 1 for v in votes]
    assert round(float(rems[5]), 3) == 0.825
    assert round(float(rems[0]), 3) == 0.649
    assert sorted(rems, reverse=True)[:2] == [rems[5], rems[0]]


def test_imperiali_quota_overfull_is_redone_with_the_next_quota() -> None:
    # A 60, B 40, 3 seats. Imperiali quota 100/5 = 20: 3 + 2 = 5 seats > 3. Redone with
    # Hagenbach-Bischoff 100/4 = 25: 2.4 and 1.6 -> floors 2 + 1 = 3, nothing left: 2, 1.
    a = apportion("imperiali-quota", [60, 40], 3)
    assert a.seats == (2, 1)
    assert a.quota == 25
    assert len(a.notes) == 1
    assert "2 seats more than exist" in render(a.notes[0])
    assert "Hagenbach-Bischoff" in render(a.notes[0])


def test_hagenbach_bischoff_overfull_is_redone_with_hare() -> None:
    # A 60, B 40, 4 seats. HB quota 100/5 = 20 divides both exactly: 3 + 2 = 5 seats > 4.
    # Redone with Hare 100/4 = 25: 2.4, 1.6 -> floors 2 + 1, B's .6 takes the last: 2, 2.
    a = apportion("hagenbach-bischoff", [60, 40], 4)
    assert a.seats == (2, 2)
    assert a.quota == 25
    assert len(a.notes) == 1
    assert "Hare" in render(a.notes[0])


def test_imperiali_quota_overfull_twice() -> None:
    # Three parties of 10, 2 seats: Imperiali 30/4 = 7.5 -> 1+1+1 = 3 > 2; HB 30/3 = 10 ->
    # 1+1+1 = 3 > 2; Hare 15 -> 0+0+0, 2 seats for three equal remainders: a reported tie.
    a = apportion("imperiali-quota", [10, 10, 10], 2)
    assert sum(a.seats) == 2
    assert len(a.notes) == 2
    assert a.ties == (Tie((0, 1, 2), (0, 1), 2, "registration_order"),)


def test_quota_methods_never_overfill() -> None:
    for method_id in ("hare", "droop", "hagenbach-bischoff", "imperiali-quota"):
        for votes in ([60, 40], [10, 10, 10], [1, 1, 1, 1, 1], [7, 0, 7]):
            for seats in range(1, 6):
                try:
                    a = apportion(method_id, votes, seats)
                except AllocationError:
                    assert method_id == "droop"  # too few votes for the integer Droop quota
                    continue
                assert sum(a.seats) == seats


def test_droop_with_too_few_votes_is_refused_not_crashed() -> None:
    # Regression (was IndexError): 6 votes, 19 seats: Droop quota 6 // 20 + 1 = 1 gives
    # 6 seats, and 13 are left for a single remainder: the method cannot fill the house.
    with pytest.raises(AllocationError, match="too few votes"):
        apportion("droop", [6], 19)


def test_remainder_tie_is_reported_and_resolved_by_priority() -> None:
    # Hare, 4 + 4 + 2 = 10 votes, 3 seats: quota 10/3; shares 1.2 1.2 0.6; floors 1 1 0;
    # remainders .2 .2 .6: C takes one; no tie. With 4 seats: quota 2.5; shares 1.6 1.6 .8;
    # floors 1 1 0, 2 seats left: C (.8), then A and B tie at .6 for the last one.
    assert apportion("hare", [4, 4, 2], 3).ties == ()
    a = apportion("hare", [4, 4, 2], 4, priority=[1, 0, 2], rule="more_votes")
    assert a.seats == (1, 2, 1)
    assert a.ties == (Tie((0, 1), (1,), 1, "more_votes"),)


# US House 2020: apportionment populations (resident + overseas federal staff) of the 50
# states, alphabetical, from the Census Bureau's apportionment-2020-tableA, and the seats it
# published (Huntington-Hill, 435 seats, at least 1 each).
US_2020_POP = [
    5_030_053, 736_081, 7_158_923, 3_013_756, 39_576_757, 5_782_171, 3_608_298, 990_837,
    21_570_527, 10_725_274, 1_460_137, 1_841_377, 12_822_739, 6_790_280, 3_192_406,
    2_940_865, 4_509_342, 4_661_468, 1_363_582, 6_185_278, 7_033_469, 10_084_442, 5_709_752,
    2_963_914, 6_160_281, 1_085_407, 1_963_333, 3_108_462, 1_379_089, 9_294_493, 2_120_220,
    20_215_751, 10_453_948, 779_702, 11_808_848, 3_963_516, 4_241_500, 13_011_844,
    1_098_163, 5_124_712, 887_770, 6_916_897, 29_183_290, 3_275_252, 643_503, 8_654_542,
    7_715_946, 1_795_045, 5_897_473, 577_719,
]
US_2020_SEATS = (
    7, 1, 9, 4, 52, 8, 5, 1, 28, 14, 2, 2, 17, 9, 4, 4, 6, 6, 2, 8, 9, 13, 8, 4, 8, 2, 3, 4, 2,
    12, 3, 26, 14, 1, 15, 5, 6, 17, 2, 7, 1, 9, 38, 4, 1, 11, 10, 2, 8, 1,
)
MINNESOTA, NEW_YORK = 22, 31


def test_us_house_2020_huntington_hill() -> None:
    assert sum(US_2020_SEATS) == 435
    assert apportion("huntington-hill", US_2020_POP, 435, min_seats=1).seats == US_2020_SEATS


def test_us_house_2020_last_seat_and_the_89_new_yorkers() -> None:
    # Seat 435 was Minnesota's 8th: priority 5709752/sqrt(7*8) = 762,997.7; New York's 27th,
    # 20215751/sqrt(26*27) = 762,994.4, was next (seat 436). New York needed 89 more people:
    # isqrt(5709752^2 * 702 / 56) + 1 - 20215751 = 89, compared on squares, exactly.
    mn, ny = US_2020_POP[MINNESOTA], US_2020_POP[NEW_YORK]
    assert (ny + 88) ** 2 * 56 < mn**2 * 26 * 27 < (ny + 89) ** 2 * 56
    assert isqrt(mn * mn * 26 * 27 // 56) + 1 - ny == 89
    house_436 = apportion("huntington-hill", US_2020_POP, 436, min_seats=1).seats
    assert [i for i in range(50) if house_436[i] != US_2020_SEATS[i]] == [NEW_YORK]
    for extra, (mn_seats, ny_seats) in ((88, (8, 26)), (89, (7, 27))):
        pop = list(US_2020_POP)
        pop[NEW_YORK] += extra
        seats = apportion("huntington-hill", pop, 435, min_seats=1).seats
        assert (seats[MINNESOTA], seats[NEW_YORK]) == (mn_seats, ny_seats)
