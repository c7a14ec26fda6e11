"""Germany's 2023 law with its Land lists (BWahlG as amended 8 June 2023, §§ 4-6; first applied
on 23 February 2025): ``mixed.type: land_lists`` with ``mixed.overhang: drop_uncovered``.

1. § 4(1): the house (630) less the district winners not nominated by a party (§ 6(2)).
2. § 4(2): those seats go to the qualifying parties by their second votes nationwide
   (Oberverteilung; Sainte-Laguë/Schepers, § 5).
3. § 4(4): a party with more than half of the qualifying second votes but not more than half
   of the seats gets seats until it holds a majority; the house grows by them.
4. § 4(3): each party's seats go to its Land lists by their second votes (Unterverteilung).
5. § 6(1): in each Land, the party's district winners are ranked by their share of the valid
   first votes in their district, and the Land list's seats go to them in that order
   (Zweitstimmendeckung); winners beyond the list's seats are not seated. The list's other
   seats go to its list candidates (§ 6(4)). Winners of parties that did not qualify, or
   have no Land list in their Land, have no seats to cover them.

Not modelled: § 4(2) no. 1 (the second votes of voters whose first vote elected a winner of
§ 6(2) do not count); no such winner in 2025.
"""

from __future__ import annotations

from collections import Counter

from core.message import msg
from core.model.scenario import Constituency
from core.rules.count import Count, list_rule
from core.rules.linkages.compensatory import unseat_beyond
from core.rules.result import ConstituencyResult, DistrictWinner
from core.rules.share import ListRule


def allocate_coverage(count: Count, laender: tuple[Constituency, ...],
                      won: dict[str, Counter[str]]) -> None:
    """The 2023 law: the nationwide share, each party's Land lists, and in each Land the
    district winners its Land list covers."""
    s = count.scenario
    rule = list_rule(s)
    independents = sum(1 for w in count.winners if w.party is None)
    house = s.list_tier.seats + s.district_tier.seats
    votes = {p: count.votes[p] for p in count.qualified if count.votes[p]}
    upper = rule.share(votes, house - independents, msg("tier.entitlement"))
    count.ties.extend(upper.ties)
    seats = dict(upper.seats)
    extra = _majority_clause(count, votes, seats, house)
    lists = {p: _land_lists(count, rule, p, laender, seats[p]) for p in votes}
    seated: Counter[str] = Counter()
    for c in laender:
        list_seats = dict.fromkeys(count.votes, 0)
        covered: dict[str, int] = {}
        for p in won[c.id]:
            mine = [w for w in count.winners if w.party == p and w.region == c.id]
            keep = min(len(mine), lists.get(p, {}).get(c.id, 0))
            lost = unseat_beyond(count, p, mine, keep,
                                 msg("tier.unseating_in", party=s.party(p).name, land=c.name),
                                 f"{p}:{c.id}")
            count.unseated.extend(lost)
            covered[p] = keep
            if lost and p in votes:
                count.notes.append(msg("note.coverage", party=s.party(p).name, land=c.name,
                                       won=len(mine), seats=keep, n=len(lost)))
        for p in votes:
            list_seats[p] = lists[p].get(c.id, 0) - covered.get(p, 0)
        seated.update(covered)
        count.constituencies.append(ConstituencyResult(
            c.id, c.name, sum(list_seats.values()), list_seats, tuple(votes), None,
            {p: n for p, n in covered.items() if n}))
    count.unseated.sort(key=_district_order)
    count.seated = {p: seated[p] for p in count.won}
    count.entitlement = seats
    count.list_seats = {p: seats[p] - seated[p] for p in votes}
    count.bonus = extra
    count.apportionment = upper.apportionment
    count.proportional_seats = house - independents + sum(extra.values())


def _majority_clause(count: Count, votes: dict[str, int], seats: dict[str, int],
                     house: int) -> dict[str, int]:
    """§ 4(4): a party with more than half of the qualifying second votes and not more than
    half of the seats gets the fewest seats k that give it a majority of the grown house:
    2(s + k) > house + k, i.e. k = house - 2s + 1. Returns the seats added (also added to
    ``seats``)."""
    total = sum(votes.values())
    for p, v in votes.items():
        if 2 * v > total and 2 * seats[p] <= house:
            k = house - 2 * seats[p] + 1
            seats[p] += k
            count.notes.append(msg("note.majority_clause", party=count.scenario.party(p).name,
                                   n=k, house=house + k))
            return {p: k}
    return {}


def _land_lists(count: Count, rule: ListRule, party: str, laender: tuple[Constituency, ...],
                seats: int) -> dict[str, int]:
    """§ 4(3): the party's seats to its Land lists by their second votes."""
    votes = {c.id: c.votes.get(party, 0) for c in laender if c.votes.get(party, 0)}
    share = rule.share(votes, seats, msg("tier.land_lists_of",
                                         party=count.scenario.party(party).name))
    count.ties.extend(share.ties)
    return share.seats


def _district_order(w: DistrictWinner) -> tuple[int, int]:
    """Unseated winners in the order of the districts (declared totals last)."""
    return (1, 0) if w.district_index is None else (0, w.district_index)
