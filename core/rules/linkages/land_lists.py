"""Compensatory with Land lists (Germany, BWahlG § 6 as amended 2013 and 2020): the list tier's
constituencies are the Länder, each with its population and its parties' Land lists.

The 2020 law (``mixed.overhang: minimum_seats_2020``; the 2021 election), § 6:
1. (1)-(2) The house's seats go to the Länder by population (each Land's ``Sitzkontingent``),
   and each Land's seats, less the district seats won there outside the proportional count,
   to the Land lists of the qualifying parties by the list method (Sainte-Laguë).
2. (5) Each Land list's minimum is the larger of its district seats and the mean of those and
   its seats of step 1, rounded up; a party's minimum (``Mindestsitzzahl``) is the larger of
   the sum of those and the sum of its step-1 seats.
3. (5)-(6) The house grows until the nationwide share gives every party its minimum; up to
   three district seats beyond a party's step-1 seats (overhang) are left out of this, and
   stay with the party on top of its share (2021: 733 + 3 = 736).
4. (6) Each party's seats go to its Land lists by the same method, each list getting at least
   its minimum; district seats beyond a list's share stay, and the house grows by them.

The 2013 law (``minimum_seats``; the 2013 and 2017 elections) is the same with a Land list's
minimum being the larger of its district seats and its step-1 seats, and no overhang left
uncompensated. The 2023 law (``drop_uncovered``; the 2025 election) has no Land quotas and
no minimums: ``core.rules.linkages.second_vote_coverage``.

Without a ``population`` on every Land, a Land's quota is its ``seats`` (its list seats before
overhang) plus the district seats in it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from core.message import QT_TRANSLATE_NOOP, Term, msg
from core.model.scenario import Constituency, Scenario
from core.rules.adjustments import refuse_adjustments
from core.rules.count import Count, list_rule, refuse_list_lengths
from core.rules.linkage import Linkage, register
from core.rules.linkages.parallel import named
from core.rules.linkages.second_vote_coverage import allocate_coverage
from core.rules.methods import AllocationError
from core.rules.result import ConstituencyResult
from core.rules.share import ListRule, Share

UNCOMPENSATED = {"minimum_seats": 0, "minimum_seats_2020": 3}  # § 6(5) sentence 4 (2020)


def allocate_land_lists(count: Count) -> None:
    """Germany with Land lists: Land quotas, minimum seats, the grown house, the Land lists."""
    s = count.scenario
    refuse_list_lengths(s)
    refuse_adjustments(s, "mixed.type land_lists")
    laender = s.list_tier.constituencies
    if laender is None:
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "needs {field} (the Länder, each with its parties' votes)"),
            where="mixed.type land_lists", field="list_tier.constituencies")
    won = _won_by_land(count, laender)
    if s.overhang == "drop_uncovered":
        allocate_coverage(count, laender, won)
        return
    rule = list_rule(s)
    qualified = count.qualified
    outside = {c.id: sum(n for p, n in won[c.id].items() if p not in qualified)
               for c in laender}
    for w in count.winners:
        if w.party is None:
            outside[w.region or ""] = outside.get(w.region or "", 0) + 1
    quotas = _land_quotas(count, rule, laender, won)
    first = {c.id: _first_share(count, rule, c, qualified, quotas[c.id] - outside[c.id])
             for c in laender}
    law = s.overhang if s.overhang in UNCOMPENSATED else "minimum_seats_2020"
    mean_rule = law == "minimum_seats_2020"
    minimum = {c.id: {p: max(won[c.id][p], -(-(first[c.id][p] + won[c.id][p]) // 2)
                             if mean_rule else first[c.id][p]) for p in qualified}
               for c in laender}
    party_minimum = {p: max(sum(minimum[c][p] for c in minimum), sum(first[c][p] for c in first))
                     for p in qualified}
    overhang = {p: sum(max(0, won[c][p] - first[c][p]) for c in first) for p in qualified}
    base = s.list_tier.seats + s.district_tier.seats - sum(outside.values())
    votes = {p: count.votes[p] for p in qualified}
    house, share, left_out = _grown(rule, votes, base, party_minimum, overhang,
                                    UNCOMPENSATED[law])
    at_base = rule.share(votes, base, msg("tier.entitlement")).seats
    totals: Counter[tuple[str, str]] = Counter()
    for p in qualified:
        lists = _land_lists(rule, p, laender, share.seats[p], {c: minimum[c][p] for c in minimum})
        for c in laender:
            totals[c.id, p] = max(lists[c.id], won[c.id][p])
    count.ties.extend(share.ties)
    count.entitlement = share.seats
    count.list_seats = {p: sum(totals[c.id, p] - won[c.id][p] for c in laender)
                        for p in qualified}
    # As in the compensatory linkage: overhang = district seats beyond the share at the legal
    # size, levelling = the seats beyond the larger of the two; 598 + 11 + 127 = 736 in 2021.
    final = {p: count.list_seats[p] + count.won.get(p, 0) for p in qualified}
    count.overhang = {p: max(0, count.won.get(p, 0) - at_base[p]) for p in qualified}
    count.levelling = {p: final[p] - max(at_base[p], count.won.get(p, 0)) for p in qualified}
    count.apportionment = share.apportionment
    count.proportional_seats = house
    for c in laender:
        seats = {p: totals[c.id, p] - won[c.id][p] if p in qualified else 0 for p in count.votes}
        count.constituencies.append(ConstituencyResult(
            c.id, c.name, sum(seats.values()), seats, tuple(qualified), None,
            {p: n for p, n in won[c.id].items() if n}))
    count.notes.append(msg("note.land_minimums", items=[
        msg("linkage.party_seats", party=s.party(p).name, n=party_minimum[p])
        for p in qualified if party_minimum[p]], house=house, base=base))
    if any(left_out.values()):
        count.notes.append(msg("note.uncompensated_overhang", items=[
            msg("linkage.party_seats", party=s.party(p).name, n=n)
            for p, n in left_out.items() if n]))


def _won_by_land(count: Count, laender: tuple[Constituency, ...]) -> dict[str, Counter[str]]:
    """District seats won per Land (``region``) and nominating party."""
    out: dict[str, Counter[str]] = {c.id: Counter() for c in laender}
    for w in count.winners:
        if w.region not in out:
            raise AllocationError(QT_TRANSLATE_NOOP(
                "refusal", "region '{region}' is not a Land of the list tier (known: {known}); "
                           "{linkage} counts each district seat in its Land"),
                where=f"district {w.district or '(declared total)'!r}", region=w.region,
                known=", ".join(out), linkage="mixed.type land_lists")
        if w.party is not None:
            out[w.region][w.party] += 1
    return out


def _land_quotas(count: Count, rule: ListRule, laender: tuple[Constituency, ...],
                 won: dict[str, Counter[str]]) -> dict[str, int]:
    """Each Land's seats (§ 6(2) sentence 1): the house shared by population when every Land
    has one, else its list seats plus its district seats (a warning where the two differ)."""
    s = count.scenario
    stated = {c.id: c.seats + sum(won[c.id].values()) + sum(
        1 for w in count.winners if w.party is None and w.region == c.id) for c in laender}
    if any(c.population is None for c in laender):
        return stated
    house = s.list_tier.seats + s.district_tier.seats
    quotas = rule.share({c.id: c.population or 0 for c in laender}, house,
                        msg("tier.land_quotas")).seats
    count.warnings.extend(msg("warning.land_quota_differs", land=c.name, stated=stated[c.id],
                              quota=quotas[c.id])
                          for c in laender if quotas[c.id] != stated[c.id])
    return quotas


def _first_share(count: Count, rule: ListRule, land: Constituency, qualified: list[str],
                 seats: int) -> dict[str, int]:
    """A Land's seats among its Land lists (§ 6(2)); parties without a list there get 0."""
    votes = {p: land.votes.get(p, 0) for p in qualified if land.votes.get(p, 0)}
    with named(land):
        share = rule.share(votes, seats, msg("tier.constituency", name=land.name))
    count.ties.extend(share.ties)
    return {p: share.seats.get(p, 0) for p in qualified}


def _grown(rule: ListRule, votes: Mapping[str, int], base: int, minimum: Mapping[str, int],
           overhang: Mapping[str, int], allowance: int) -> tuple[int, Share, dict[str, int]]:
    """The smallest house ≥ ``base`` whose nationwide share gives every party its minimum,
    except for at most ``allowance`` overhang seats left out (§ 6(5) sentence 4), and those
    seats per party. A divisor method never takes a seat away as the house grows, so the
    size is found by doubling, then bisecting."""
    def fits(house: int) -> tuple[Share, dict[str, int]] | None:
        share = rule.share(votes, house, msg("tier.entitlement"))
        short = {p: max(0, minimum[p] - share.seats[p]) for p in votes}
        if all(short[p] <= overhang[p] for p in votes) and sum(short.values()) <= allowance:
            return share, short
        return None

    low, high = base - 1, base
    while (found := fits(high)) is None:
        low, high = high, base + 2 * (high - base) + 1
        if high > 100 * base + 10**6:
            raise AllocationError(QT_TRANSLATE_NOOP(
                "refusal", "no house size gives every party its minimum seats"),
                where="mixed.type land_lists")
    while high - low > 1:
        mid = (low + high) // 2
        if (mid_found := fits(mid)) is None:
            low = mid
        else:
            high, found = mid, mid_found
    return high, found[0], found[1]


def _land_lists(rule: ListRule, party: str, laender: tuple[Constituency, ...], seats: int,
                minimum: Mapping[str, int]) -> dict[str, int]:
    """A party's seats to its Land lists by the method, each list at least its minimum
    (§ 6(6) sentence 2): lists below their minimum are set to it and the rest shared again.
    When the minimums alone exceed the seats, each list gets its minimum."""
    fixed: dict[str, int] = {}
    while True:
        rest = {c.id: c.votes.get(party, 0) for c in laender
                if c.id not in fixed and c.votes.get(party, 0)}
        left = seats - sum(fixed.values())
        if left <= 0 or not rest:
            break
        got = rule.share(rest, left, msg("tier.land_lists")).seats
        low = {c: minimum[c] for c in rest if got[c] < minimum[c]}
        if not low:
            fixed |= got
            break
        fixed |= low
    return {c.id: max(fixed.get(c.id, 0), minimum[c.id]) for c in laender}


_WORDS = {
    "minimum_seats": QT_TRANSLATE_NOOP(
        "linkage", "Compensatory with Land lists (Germany 2013-2017): Land quotas by "
                   "population, each Land list at least its district seats, the house grown "
                   "until every party has its minimum."),
    "minimum_seats_2020": QT_TRANSLATE_NOOP(
        "linkage", "Compensatory with Land lists (Germany 2020-2021): Land quotas by "
                   "population, minimum seats by the mean rule, the house grown until every "
                   "party has its minimum, up to three overhang seats left uncompensated."),
    "drop_uncovered": QT_TRANSLATE_NOOP(
        "linkage", "Compensatory with Land lists (Germany since 2023): the house shared "
                   "nationwide by second votes, each party's seats among its Land lists; in "
                   "each Land its district winners are seated in order of first-vote share as "
                   "far as its Land list's seats cover them (Zweitstimmendeckung)."),
}


def describe(scenario: Scenario) -> Term:
    """How this scenario's tiers are linked, in a sentence (with its overhang rule)."""
    return Term("linkage", _WORDS.get(scenario.overhang or "", _WORDS["minimum_seats_2020"]))


register(Linkage(
    "land_lists", allocate_land_lists,
    QT_TRANSLATE_NOOP("linkage", "Compensatory with Land lists (Germany)"), describe,
    overhang_rules={
        "minimum_seats_2020": QT_TRANSLATE_NOOP(
            "linkage", "Minimum seats, mean rule, 3 uncompensated (Germany 2020-21)"),
        "minimum_seats": QT_TRANSLATE_NOOP("linkage", "Minimum seats per Land list "
                                                      "(Germany 2013-17)"),
        "drop_uncovered": QT_TRANSLATE_NOOP("linkage", "Drop uncovered district winners "
                                                       "(Germany 2025)"),
    },
    entitlements=True))
