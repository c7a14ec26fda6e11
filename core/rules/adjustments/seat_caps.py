"""Caps on over-representation (``list_tier.seat_caps``): no party may hold more than
``max_seats`` seats of the house, nor a share of the house more than ``max_points_over``
percentage points above its share of the qualifying votes (Mexico, Constitution art. 54
IV-V: 300 seats and 8 points, the votes being the votación nacional emitida; LGIPE arts.
15-20). A capped party keeps its district seats and gets list seats only up to its cap (none,
if its district seats alone exceed it: art. 54 V, second sentence); the other parties share
the remaining list seats by the list method on their own votes (the votación nacional
efectiva), and this repeats until no party is over its cap.
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
from core.rules.count import Count, party_name
from core.rules.share import Share


@dataclass(frozen=True)
class SeatCaps:
    max_seats: int | None = None
    max_points_over: Fraction | None = None

    def cap(self, votes: int, total: int, house: int) -> int | None:
        """The most seats of ``house`` a party with ``votes`` of ``total`` may hold (exact:
        ⌊house × (votes/total + points/100)⌋), or None for no cap."""
        caps = [] if self.max_seats is None else [self.max_seats]
        if self.max_points_over is not None and total:
            limit = house * (Fraction(votes, total) + self.max_points_over / 100)
            caps.append(limit.numerator // limit.denominator)
        return min(caps, default=None)


def read(raw: Any, where: str, fields: Any) -> SeatCaps:
    d = fields.obj(raw, where)
    for key in d:
        if key not in ("max_seats", "max_points_over"):
            raise ScenarioError(f"{where}.{key}", QT_TRANSLATE_NOOP(
                "refusal", "unknown key (known: {known})"), known="max_seats, max_points_over")
    points = d.get("max_points_over")
    caps = SeatCaps(fields.optional(d.get("max_seats"), fields.count, f"{where}.max_seats"),
                    None if points is None else fields.decimal(points,
                                                               f"{where}.max_points_over"))
    if caps.max_seats is None and caps.max_points_over is None:
        raise ScenarioError(where, QT_TRANSLATE_NOOP("refusal", "expected {one}, {other} or both"),
                            one="max_seats", other="max_points_over")
    return caps


def write(caps: SeatCaps) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if caps.max_seats is not None:
        out["max_seats"] = caps.max_seats
    if caps.max_points_over is not None:
        out["max_points_over"] = json_number(caps.max_points_over)
    return out


def around(caps: SeatCaps, count: Count, inner: ShareFn) -> ShareFn:
    """The share, then the caps: a party over its cap is held at it and the others share
    the rest again, until no party is over."""
    s = count.scenario

    def share(votes: Mapping[str, int], seats: int, tier: Message) -> Share:
        total = sum(votes.values())
        limit = {p: cap for p, v in votes.items()
                 if (cap := caps.cap(v, total, s.house_size)) is not None}
        held: dict[str, int] = {}
        while True:
            rest = {p: v for p, v in votes.items() if p not in held}
            out = inner(rest, seats - sum(held.values()), tier)
            over = {p: n for p, n in out.seats.items()
                    if p in limit and n + count.won.get(p, 0) > limit[p]}
            if not over:
                break
            for p, n in over.items():
                held[p] = max(0, limit[p] - count.won.get(p, 0))
                count.notes.append(msg("note.seat_cap", party=party_name(s, p),
                                       held=n + count.won.get(p, 0), cap=limit[p],
                                       list_seats=held[p]))
        return Share(out.seats | held, out.ties, out.apportionment, out.capped, out.claimed,
                     out.unfilled)

    return share


def describe(caps: SeatCaps) -> Message:
    return msg("adjustment.seat_caps", seats=caps.max_seats if caps.max_seats else "-",
               points=caps.max_points_over if caps.max_points_over is not None else "-")


register(Adjustment(
    "seat_caps", QT_TRANSLATE_NOOP("adjustment", "Caps on over-representation"), read, write,
    around, describe, "max_seats=300, max_points_over=8"))
