"""Majority bonus (``list_tier.majority_bonus``): seats for the largest list beyond its
proportional share.

- Sliding (Greece, P.D. 26/2012 art. 99 as replaced by Law 4804/2021): the largest party gets
  ``seats_at_min`` seats at ``min_percent`` of the threshold base, ``seats_per_step`` more for
  each full ``step_percent`` above it, at most ``max_seats``; the remaining seats are shared
  proportionally among the qualifying parties, the largest included (June 2023: 50 bonus
  seats and 250 by Hare).
- Top-up (Italy, Law 270/2005 art. 83: 340 of the Chamber's 617 seats to the winning
  coalition; Armenia's stable majority, 54% of the seats): where the largest list would hold
  fewer, it gets exactly the target (district seats it won count towards it), and the other
  qualifying lists share the remaining list seats.

Shares are compared exactly (``Fraction``): votes × 100 against percent × base.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from core.message import QT_TRANSLATE_NOOP, Message, msg
from core.model.numbers import json_number
from core.model.scenario import ScenarioError
from core.rules.adjustment import Adjustment, ShareFn, register
from core.rules.count import Count, list_rule, party_name
from core.rules.share import Share, TieReport

SLIDING = ("min_percent", "seats_at_min", "step_percent", "seats_per_step", "max_seats")
TOP_UP = ("top_up_to", "top_up_to_seats")


@dataclass(frozen=True)
class MajorityBonus:
    """One of the two forms: sliding (``seats_at_min`` set) or top-up (``top_up_to``, a share
    of the house, or ``top_up_to_seats``). ``min_percent`` of the threshold base is needed for
    any bonus."""

    min_percent: Fraction = Fraction(0)
    seats_at_min: int | None = None
    step_percent: Fraction | None = None
    seats_per_step: int = 0
    max_seats: int | None = None
    top_up_to: Fraction | None = None
    top_up_to_seats: int | None = None

    @property
    def sliding(self) -> bool:
        return self.seats_at_min is not None

    def seats_for(self, votes: int, base: int) -> int:
        """Sliding form: the bonus of a party with ``votes`` of ``base`` (exact)."""
        if self.seats_at_min is None or not base or votes * 100 < self.min_percent * base:
            return 0
        steps = 0
        if self.step_percent:
            steps = int((Fraction(100 * votes, base) - self.min_percent) // self.step_percent)
        bonus = self.seats_at_min + steps * self.seats_per_step
        return bonus if self.max_seats is None else min(bonus, self.max_seats)

    def target(self, house: int) -> int:
        """Top-up form: the seats the largest list is topped up to (a share of ``house``,
        rounded up: "at least 54%")."""
        if self.top_up_to_seats is not None:
            return self.top_up_to_seats
        share = (self.top_up_to or Fraction(0)) * house
        return -(-share.numerator // share.denominator)


def read(raw: Any, where: str, fields: Any) -> MajorityBonus:
    d = fields.obj(raw, where)
    for key in d:
        if key not in (*SLIDING, *TOP_UP):
            raise ScenarioError(f"{where}.{key}", QT_TRANSLATE_NOOP(
                "refusal", "unknown key (known: {known})"), known=", ".join((*SLIDING, *TOP_UP)))
    sliding = [k for k in SLIDING[1:] if k in d]
    top_up = [k for k in TOP_UP if k in d]
    if bool(sliding) == bool(top_up) or len(top_up) > 1:
        raise ScenarioError(where, QT_TRANSLATE_NOOP(
            "refusal", "expected the sliding form ({sliding}, ...) or one of {top_up}"),
            sliding="seats_at_min", top_up=", ".join(TOP_UP))
    minimum = fields.decimal(d.get("min_percent", 0), f"{where}.min_percent")
    if not 0 <= minimum <= 100:
        raise ScenarioError(f"{where}.min_percent", QT_TRANSLATE_NOOP(
            "refusal", "expected a percentage from 0 to 100"))
    if top_up:
        if "top_up_to" in d:
            share = fields.decimal(d["top_up_to"], f"{where}.top_up_to")
            if not 0 < share <= 1:
                raise ScenarioError(f"{where}.top_up_to", QT_TRANSLATE_NOOP(
                    "refusal", "expected a share of the house above 0 and at most 1, e.g. "
                               "\"54/100\""))
            return MajorityBonus(minimum, top_up_to=share)
        return MajorityBonus(minimum, top_up_to_seats=fields.count(d["top_up_to_seats"],
                                                                    f"{where}.top_up_to_seats"))
    step = d.get("step_percent")
    step = None if step is None else fields.decimal(step, f"{where}.step_percent")
    if step is not None and step <= 0:
        raise ScenarioError(f"{where}.step_percent", QT_TRANSLATE_NOOP(
            "refusal", "expected a percentage above 0"))
    return MajorityBonus(
        minimum, fields.count(fields.need(d, "seats_at_min", where), f"{where}.seats_at_min"),
        step, fields.count(d.get("seats_per_step", 0), f"{where}.seats_per_step"),
        fields.optional(d.get("max_seats"), fields.count, f"{where}.max_seats"))


def write(b: MajorityBonus) -> dict[str, Any]:
    out: dict[str, Any] = {"min_percent": json_number(b.min_percent)} if b.min_percent else {}
    if b.sliding:
        out |= {"seats_at_min": b.seats_at_min, "seats_per_step": b.seats_per_step}
        if b.step_percent is not None:
            out["step_percent"] = json_number(b.step_percent)
        if b.max_seats is not None:
            out["max_seats"] = b.max_seats
        return out
    if b.top_up_to is not None:
        return out | {"top_up_to": json_number(b.top_up_to)}
    return out | {"top_up_to_seats": b.top_up_to_seats}


def around(bonus: MajorityBonus, count: Count, inner: ShareFn) -> ShareFn:
    """The share with the bonus: the sliding bonus first, then the proportional count of
    the rest; or the proportional count, then the top-up."""
    s = count.scenario
    base = count.tests[0].base if count.tests else 0

    def share(votes: Mapping[str, int], seats: int, tier: Message) -> Share:
        leader = _largest(count, votes)
        if leader is None:
            return inner(votes, seats, tier)
        name, share_of_base = party_name(s, leader), Fraction(votes[leader], base or 1)
        if votes[leader] * 100 < bonus.min_percent * base:
            count.notes.append(msg("note.bonus_below_minimum", party=name, share=share_of_base,
                                   limit=bonus.min_percent))
            return inner(votes, seats, tier)
        if bonus.sliding:
            extra = min(bonus.seats_for(votes[leader], base), seats)
            count.notes.append(msg("note.bonus_sliding", party=name, share=share_of_base,
                                   n=extra, rest=seats - extra))
            return _plus(inner(votes, seats - extra, tier), leader, extra, count)
        out = inner(votes, seats, tier)
        held = out.seats[leader] + count.won.get(leader, 0)
        target = bonus.target(s.house_size)
        if held >= target:
            count.notes.append(msg("note.bonus_not_needed", party=name, held=held,
                                   target=target))
            return out
        own = min(target - count.won.get(leader, 0), seats)
        rest = inner({p: v for p, v in votes.items() if p != leader}, seats - own, tier)
        count.notes.append(msg("note.bonus_top_up", party=name, held=held, target=target,
                               n=own - out.seats[leader], rest=seats - own))
        return _plus(Share(rest.seats | {leader: out.seats[leader]}, rest.ties,
                           rest.apportionment, rest.capped, rest.claimed, rest.unfilled),
                     leader, own - out.seats[leader], count)

    return share


def _largest(count: Count, votes: Mapping[str, int]) -> str | None:
    """The list with the most votes (a tie broken by the scenario's tie order, reported)."""
    if not votes or not max(votes.values()):
        return None
    rule = list_rule(count.scenario)
    top = max(votes.values())
    level: list[str] = sorted((p for p, v in votes.items() if v == top), key=rule.priority)
    if len(level) > 1:
        count.ties.append(TieReport(msg("tier.majority_bonus"), 1, tuple(level), (level[0],),
                                    rule.tie_break))
    return level[0]


def _plus(out: Share, leader: str, extra: int, count: Count) -> Share:
    count.bonus[leader] = count.bonus.get(leader, 0) + extra
    seats = dict(out.seats)
    seats[leader] = seats.get(leader, 0) + extra
    return Share(seats, out.ties, out.apportionment, out.capped, out.claimed, out.unfilled)


def describe(b: MajorityBonus) -> Message:
    if b.sliding:
        return msg("adjustment.bonus_sliding", min=b.min_percent, seats=b.seats_at_min,
                   per=b.seats_per_step, step=b.step_percent or 0,
                   max=b.max_seats if b.max_seats is not None else "-")
    if b.top_up_to is not None:
        return msg("adjustment.bonus_top_up_share", share=b.top_up_to, min=b.min_percent)
    return msg("adjustment.bonus_top_up_seats", seats=b.top_up_to_seats, min=b.min_percent)


register(Adjustment(
    "majority_bonus", QT_TRANSLATE_NOOP("adjustment", "Majority bonus"), read, write, around,
    describe, "min_percent=25, seats_at_min=20, step_percent=0.5, seats_per_step=1, "
              "max_seats=50  |  top_up_to=54/100  |  top_up_to_seats=340"))
