"""Compensatory (mixed-member proportional): list seats top up the district seats to a
proportional share of the whole house (New Zealand, Germany).

The entitlement is shared over the whole house among the qualifying parties; district seats
held outside the proportional count (independents, parties that did not qualify, parties
without a list: New Zealand Electoral Act 1993 s 191) come off it first. Overhang
(``mixed.overhang``): ``keep`` (the house grows: New Zealand), ``level`` (the house grows until
every party is proportional: Germany 2013-2021) or ``drop_uncovered`` (district winners beyond
the entitlement are not seated, the weakest share first: Germany, BWahlG 2023 § 6(4)).
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass

from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.model.scenario import Scenario
from core.rules.adjustments import refuse_adjustments
from core.rules.count import Count, list_rule, refuse_list_lengths
from core.rules.linkage import Linkage, register
from core.rules.methods import QUOTA, AllocationError, method, method_term
from core.rules.result import DistrictWinner
from core.rules.share import ListRule, Share, TieReport

NO_HOUSE_COVERS = QT_TRANSLATE_NOOP("refusal", "levelling found no house size that covers "
                                                   "every district seat")


def allocate_compensatory(count: Count) -> None:
    """MMP: entitlement over the whole house among qualifying parties, topped up by lists."""
    s = count.scenario
    refuse_list_lengths(s)
    refuse_adjustments(s, "mixed.type compensatory")
    if s.list_tier.constituencies is not None:
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "mixed.type compensatory with list_tier.constituencies is not supported: "
            "entitlements are national (set constituencies to null, or use additional_member "
            "for regional top-ups)"))
    qualified = count.qualified
    drop = s.overhang == "drop_uncovered"
    # District seats held outside the proportional count come off the house first:
    # independents always, winners of non-qualifying parties unless they lose their seats.
    outside = [w for w in count.winners
               if w.party is None or (not drop and w.party not in qualified)]
    base = s.list_tier.seats + s.district_tier.seats
    if not qualified:
        count.warnings.append(msg("warning.no_party_qualified_districts_only"))
        count.seated = {} if drop else dict(count.won)
        count.unseated = [w for w in count.winners if drop and w.party is not None]
        return
    comp = compensate(list_rule(s), {p: count.votes[p] for p in qualified}, count.won,
                      len(outside), base, s.overhang or "keep")
    count.ties.extend(comp.share.ties)
    count.list_seats = comp.list_seats
    count.entitlement = comp.entitlement
    count.overhang = comp.overhang
    count.levelling = comp.levelling
    count.apportionment = comp.share.apportionment
    count.proportional_seats = comp.proportional_seats
    count.seated = {p: comp.seated.get(p, 0 if drop else n) for p, n in count.won.items()}
    if drop:
        count.unseated = _unseat(count, count.seated)
    if any(n < 0 for n in comp.levelling.values()):
        count.warnings.append(msg("warning.negative_levelling",
                                  method=method_term(s.list_tier.method)))


def _unseat(count: Count, keep: dict[str, int]) -> list[DistrictWinner]:
    """The district winners beyond each party's ``keep`` (nationwide)."""
    s = count.scenario
    return [w for p in s.parties for w in unseat_beyond(
        count, p.id, [w for w in count.winners if w.party == p.id], keep.get(p.id, 0),
        msg("tier.unseating", party=p.name), p.id)]


def unseat_beyond(count: Count, party: str, mine: list[DistrictWinner], n_keep: int,
                  tier: Message, lot_key: str) -> list[DistrictWinner]:
    """The winners of ``mine`` (one party's, nationwide or in one Land) beyond ``n_keep``: the
    weakest share of the vote goes first (Germany, BWahlG 2023 § 6(1): ranked by first-vote
    percentage); winners known only from declared totals cannot be ranked and go before them,
    with a warning. Equal shares at the cut are a tie (``tier``; a lot seeded by
    ``lot_key``)."""
    if len(mine) <= n_keep:
        return []
    known = [w for w in mine if w.share is not None]  # their shares: Fractions
    declared = [w for w in mine if w.share is None]
    known.sort(key=lambda w: -(w.share or 0))  # stable: listing order among equal shares
    if 0 < n_keep < len(known) and known[n_keep - 1].share == known[n_keep].share:
        known = _break_share_tie(count, known, n_keep, tier, lot_key)
    lost = len(mine) - n_keep
    if declared and lost > len(known) - min(n_keep, len(known)):
        count.warnings.append(msg("warning.declared_winners_unseated",
                                  party=count.scenario.party(party).name,
                                  n=min(lost, len(declared))))
    return (known[n_keep:] + declared if n_keep <= len(known) else
            declared[n_keep - len(known):])


def _break_share_tie(count: Count, known: list[DistrictWinner], n_keep: int, tier: Message,
                     lot_key: str) -> list[DistrictWinner]:
    """Winners with equal shares at the cut: listing order (or a seeded lot) decides, and the
    tie is reported."""
    s = count.scenario
    cut = known[n_keep - 1].share
    level = [w for w in known if w.share == cut]
    first = known.index(level[0])
    rule = "lot" if s.list_tier.tie_break == "lot" else "listing_order"
    if rule == "lot":
        level = random.Random(f"{s.list_tier.seed}:unseat:{lot_key}").sample(level, len(level))
    kept = level[:n_keep - first]
    count.ties.append(TieReport(tier, len(kept),
                                tuple(f"{w.candidate} ({w.district})" for w in level),
                                tuple(f"{w.candidate} ({w.district})" for w in kept), rule,
                                candidates=True))
    return known[:first] + level + known[first + len(level):]


@dataclass(frozen=True)
class Compensation:
    """A compensatory (MMP) allocation among the qualifying parties.

    ``house`` is the elected house after the overhang rule (appointed seats not included);
    ``proportional_seats`` the seats the entitlement shares out (the legal or levelled house
    less the district seats of independents and non-qualifying parties). ``entitlement`` is
    each party's proportional total at that size, ``base_entitlement`` at the house's legal
    size. ``seated`` counts the district winners who take their seats (fewer than won only
    under ``drop_uncovered``).
    """

    house: int
    proportional_seats: int
    entitlement: dict[str, int]
    base_entitlement: dict[str, int]
    list_seats: dict[str, int]
    seated: dict[str, int]
    overhang: dict[str, int]
    levelling: dict[str, int]
    share: Share


def compensate(rule: ListRule, votes: Mapping[str, int], district_seats: Mapping[str, int],
               fixed: int, base: int, overhang: str) -> Compensation:
    """Top up the district seats of the parties of ``votes`` to a proportional house.

    ``base`` is the legal size (list + district seats); ``fixed`` the district seats held
    outside the proportional count (independents, non-qualifying parties), taken off first.
    A party of ``votes`` with no list votes (a party without a list) is held outside too: its
    district winners are seated and taken off, as independents' are (New Zealand, Electoral
    Act 1993 s 191: seats won by candidates of parties not on the party vote ballot).
    ``overhang``: ``keep`` (the house grows by the overhang), ``level`` (the house grows to the
    smallest size at which no party's district seats exceed its entitlement) or
    ``drop_uncovered`` (winners beyond the entitlement are not seated; the house stays).
    """
    no_list = {p: district_seats.get(p, 0) for p, v in votes.items() if not v}
    parties, votes = votes, {p: v for p, v in votes.items() if v}
    fixed += sum(no_list.values())
    if base - fixed < 0:
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "{fixed} district seats are held outside the proportional count, more "
            "than the house of {base}"), fixed=fixed, base=base)
    base_share = rule.share(votes, base - fixed, msg("tier.entitlement"))
    base_ent = base_share.seats
    d = {p: district_seats.get(p, 0) for p in votes}
    share, house = base_share, base
    if overhang == "level":
        share, house = _levelled(rule, votes, d, fixed, base, base_share)
    ent = share.seats
    if overhang == "drop_uncovered":
        seated = {p: min(d[p], ent[p]) for p in votes}
        over = dict.fromkeys(votes, 0)
    else:
        seated = d
        over = {p: max(0, d[p] - base_ent[p]) for p in votes}
    if overhang == "keep":
        house = base + sum(over.values())
    levelling = ({p: ent[p] - max(base_ent[p], d[p]) for p in votes} if overhang == "level"
                 else dict.fromkeys(votes, 0))
    list_seats = {p: max(0, ent[p] - seated[p]) for p in votes}
    proportional = (house if overhang == "level" else base) - fixed

    def every(by_party: dict[str, int]) -> dict[str, int]:
        return {p: by_party.get(p, 0) for p in parties}

    return Compensation(house, proportional, every(ent), every(base_ent), every(list_seats),
                        every(seated | no_list), every(over), every(levelling), share)


def _levelled(rule: ListRule, votes: Mapping[str, int], d: dict[str, int], fixed: int,
              base: int, base_share: Share) -> tuple[Share, int]:
    """The smallest house ≥ ``base`` at which every entitlement covers the district seats.

    Divisor methods are house-monotone (a larger house never takes a seat away), so the size
    is found by doubling then bisecting; quota methods are not, and are searched seat by seat.
    """
    def covered(house: int) -> Share | None:
        share = (base_share if house == base else
                 rule.share(votes, house - fixed, msg("tier.entitlement")))
        return share if all(share.seats[p] >= d[p] for p in votes) else None

    if covered(base):
        return base_share, base
    if method(rule.method).kind == QUOTA:
        # No quota is below votes/(seats+2) (Imperiali), and the remainders add at most one
        # seat, so a party holds at most v(H+2)/V + 1 seats: houses below this cannot cover.
        total = sum(votes.values())
        start = max([base + 1] + [-(-(n - 1) * total // votes[p]) - 2 + fixed
                                  for p, n in d.items() if n])
        for house in range(start, start + 20 * base + 1000):
            if share := covered(house):
                return share, house
        raise AllocationError(NO_HOUSE_COVERS)
    low, high = base, base + 1
    while (found := covered(high)) is None:
        low, high = high, base + 2 * (high - base)
        if high > 1000 * base + 10**6:
            raise AllocationError(NO_HOUSE_COVERS)
    while high - low > 1:  # the house `high` is covered, `low` is not
        mid = (low + high) // 2
        if (share := covered(mid)) is None:
            low = mid
        else:
            high, found = mid, share
    return found, high


_OVERHANG_WORDS = {
    "keep": QT_TRANSLATE_NOOP("linkage", "Compensatory: list seats top up district seats to a "
                                         "proportional share of the whole house; overhang seats "
                                         "are kept (the house grows)."),
    "level": QT_TRANSLATE_NOOP("linkage", "Compensatory: list seats top up district seats to a "
                                          "proportional share of the whole house; the house "
                                          "grows until every party is proportional "
                                          "(levelling)."),
    "drop_uncovered": QT_TRANSLATE_NOOP("linkage", "Compensatory: list seats top up district "
                                                   "seats to a proportional share of the whole "
                                                   "house; district winners beyond the "
                                                   "entitlement are not seated."),
}


def describe(scenario: Scenario) -> Term:
    """How this scenario's tiers are linked, in a sentence (with its overhang rule)."""
    return Term("linkage", _OVERHANG_WORDS[scenario.overhang or "keep"])


register(Linkage(
    "compensatory", allocate_compensatory,
    QT_TRANSLATE_NOOP("linkage", "Compensatory MMP (New Zealand, Germany)"), describe,
    overhang_rules={
        "keep": QT_TRANSLATE_NOOP("linkage", "Keep overhang: the house grows (New Zealand)"),
        "level": QT_TRANSLATE_NOOP("linkage", "Level: the house grows until proportional "
                                              "(Germany 2013-21)"),
        "drop_uncovered": QT_TRANSLATE_NOOP("linkage", "Drop uncovered district winners "
                                                       "(Germany 2025)"),
    },
    entitlements=True, batch_simulation=True))
