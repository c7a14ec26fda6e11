"""Surplus-vote agreements (``list_tier.surplus_agreements``): lists that agree to pool their
votes are counted as one list in the share of the seats, and the seats the pair wins are then
shared between them by the same method (Israel, Knesset Elections Law [consolidated] 1969,
s. 81: the pair is one list for the count of remainders; Switzerland's list connections work
alike). An agreement with a list that did not pass the threshold has no effect for it; a
group left with one list is counted as that list alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.message import QT_TRANSLATE_NOOP, Message, msg
from core.model.scenario import ScenarioError
from core.rules.adjustment import Adjustment, ShareFn, register
from core.rules.count import Count, list_rule, party_name
from core.rules.share import Share

Agreements = tuple[tuple[str, ...], ...]


def read(raw: Any, where: str, fields: Any) -> Agreements:
    groups, seen = [], set()
    for i, group in enumerate(fields.array(raw, where)):
        members = tuple(fields.known_party(p, f"{where}[{i}]")
                        for p in fields.array(group, f"{where}[{i}]"))
        if len(members) < 2:
            raise ScenarioError(f"{where}[{i}]", QT_TRANSLATE_NOOP(
                "refusal", "expected at least two lists"))
        for p in members:
            if p in seen:
                raise ScenarioError(f"{where}[{i}]", QT_TRANSLATE_NOOP(
                    "refusal", "list \"{list}\" is in two agreements"), list=p)
            seen.add(p)
        groups.append(members)
    return tuple(groups)


def write(groups: Agreements) -> list[list[str]]:
    return [list(g) for g in groups]


def around(groups: Agreements, count: Count, inner: ShareFn) -> ShareFn:
    """The share with each agreement's lists counted as one, then split among them."""
    s = count.scenario
    rule = list_rule(s)

    def share(votes: Mapping[str, int], seats: int, tier: Message) -> Share:
        units: dict[str, tuple[str, ...]] = {}
        for g in groups:
            members = tuple(p for p in g if p in votes)
            if len(members) > 1:
                units["+".join(members)] = members
        pooled = {p for members in units.values() for p in members}
        merged = {u: sum(votes[p] for p in members) for u, members in units.items()}
        merged |= {p: v for p, v in votes.items() if p not in pooled}
        out = inner(merged, seats, tier)
        result = {p: out.seats.get(p, 0) for p in votes if p not in pooled}
        ties = list(out.ties)
        for unit, members in units.items():
            split = rule.share({p: votes[p] for p in members}, out.seats[unit],
                               msg("tier.agreement", lists=[party_name(s, p) for p in members]))
            ties.extend(split.ties)
            result |= split.seats
            _pass_on_bonus(count, unit, members, votes)
            count.notes.append(msg("note.agreement", lists=[party_name(s, p) for p in members],
                                   seats=out.seats[unit], split=[
                                       msg("linkage.party_seats", party=party_name(s, p),
                                           n=split.seats[p]) for p in members]))
        return Share({p: result.get(p, 0) for p in votes}, tuple(ties), out.apportionment,
                     out.capped, out.claimed, out.unfilled)

    return share


def _pass_on_bonus(count: Count, unit: str, members: tuple[str, ...],
                   votes: Mapping[str, int]) -> None:
    """Bonus seats won by a pooled unit are the largest member's (the seats themselves are
    split with the unit's)."""
    if unit in count.bonus:
        top = max(members, key=lambda p: votes[p])
        count.bonus[top] = count.bonus.get(top, 0) + count.bonus.pop(unit)


def describe(groups: Agreements) -> Message:
    return msg("adjustment.surplus_agreements", groups=["+".join(g) for g in groups])


register(Adjustment(
    "surplus_agreements", QT_TRANSLATE_NOOP("adjustment", "Surplus agreements"), read, write,
    around, describe, "a+b, c+d"))
