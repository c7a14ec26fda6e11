"""A minimum share for the opposition (``list_tier.opposition_minimum``): where the largest
list holds more than 1 − share of the house, the other lists get additional seats, shared
among them by the list method on their votes, until they hold that share of the grown house
(Armenia, Electoral Code art. 99(4) as cited by the Venice Commission, 2021: "at least 1/3 of
all seats are held by forces other than the winning one"; June 2021: 105 seats grew to 107).
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from core.message import QT_TRANSLATE_NOOP, Message, msg
from core.model.numbers import json_number
from core.model.scenario import ScenarioError
from core.rules.adjustment import Adjustment, ShareFn, register
from core.rules.count import Count, list_rule, party_name
from core.rules.share import Share


def read(raw: Any, where: str, fields: Any) -> Fraction:
    share: Fraction = fields.decimal(raw, where)
    if not 0 < share < 1:
        raise ScenarioError(where, QT_TRANSLATE_NOOP(
            "refusal", "expected a share of the house above 0 and below 1, e.g. \"1/3\""))
    return share


def extra_seats(minimum: Fraction, house: int, others: int) -> int:
    """The fewest seats k for the others to hold ``minimum`` of the house: others + k ≥
    minimum × (house + k), exact."""
    short = minimum * house - others
    if short <= 0:
        return 0
    k = short / (1 - minimum)
    return -(-k.numerator // k.denominator)


def around(minimum: Fraction, count: Count, inner: ShareFn) -> ShareFn:
    """The share, then the opposition's additional seats if the largest list holds too many."""
    s = count.scenario

    def share(votes: Mapping[str, int], seats: int, tier: Message) -> Share:
        out = inner(votes, seats, tier)
        held = {p: out.seats.get(p, 0) + count.won.get(p, 0) for p in votes}
        if not held:
            return out
        house = sum(out.seats.values()) + len(count.winners) + sum(a.seats for a in s.appointed)
        leader = max(held, key=lambda p: (held[p], -list_rule(s).priority(p)))
        extra = extra_seats(minimum, house, house - held[leader])
        others = {p: v for p, v in votes.items() if p != leader and v}
        if not extra or not others:
            return out
        shared = list_rule(s).share(others, extra, msg("tier.opposition"))
        count.ties.extend(shared.ties)
        added = shared.seats
        for p, n in added.items():
            if n:
                count.bonus[p] = count.bonus.get(p, 0) + n
        count.notes.append(msg("note.opposition_minimum", party=party_name(s, leader),
                               held=held[leader], house=house, n=extra, share=minimum))
        grown = {p: n + added.get(p, 0) for p, n in out.seats.items()}
        return Share(grown, out.ties, out.apportionment, out.capped, out.claimed, out.unfilled)

    return share


def describe(minimum: Fraction) -> Message:
    return msg("adjustment.opposition_minimum", share=minimum)


register(Adjustment(
    "opposition_minimum", QT_TRANSLATE_NOOP("adjustment", "Opposition minimum"), read,
    json_number, around, describe, "1/3"))
