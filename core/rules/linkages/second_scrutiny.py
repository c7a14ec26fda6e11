"""List PR in regions with a national second scrutiny of the remainders (Czechia, Chamber of
Deputies, Act 247/1995 §§ 48-51 as amended by Act 189/2021; the 2021 election):
``mixed.type: second_scrutiny``, the list tier's constituencies being the regions (kraje).

1. § 48: the republic mandate number is the valid votes of all lists ÷ the seats, rounded to a
   whole vote; each region gets as many seats as it holds that number in its valid votes, and
   the seats left go to the largest remainders. The regions' ``seats`` in the file are checked
   against this (a warning where they differ; the law decides).
2. § 49: the lists that pass the threshold (5%; coalitions of two 8%, of three or more 11%:
   ``threshold.alliances``) take part.
3. § 50: in each region the regional electoral number is the qualifying votes ÷ (seats + 2)
   (the Imperiali quota: the list tier's quota method), rounded to a whole vote; each list
   gets as many seats as it holds that number. Seats beyond the region's are taken back from
   the lists with the smallest remainders (equal remainders: the one with fewer votes there).
4. § 51: the seats not given in the regions go nationwide on the sum of each list's
   remainders (its votes in a region where it won nothing): the republic electoral number is
   that sum ÷ (seats left + 1), rounded to a whole vote; each list gets as many seats as it
   holds it, the seats left go to the largest remainders (equal: the larger sum of
   remainders, then more votes), and a seat too many is taken back from the smallest.

Every figure is an integer; equal claims the law leaves to the lot go by ``tie_break`` and are
reported. Not modelled: § 49(3)-(5) (thresholds lowered by a point while fewer than two lists
pass) and the region each second-scrutiny seat is filled from (the parties choose).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable, Sequence
from fractions import Fraction
from typing import TypeVar

from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.model.scenario import Constituency, Scenario
from core.rules.adjustments import refuse_adjustments
from core.rules.count import Count, list_rule, refuse_list_lengths
from core.rules.linkage import Linkage, register
from core.rules.methods import QUOTA, AllocationError, Apportionment, method, quota_of
from core.rules.result import ConstituencyResult
from core.rules.share import TieReport
from core.rules.thresholds import qualified_in

T = TypeVar("T", bound=Hashable)


def allocate_second_scrutiny(count: Count) -> None:
    """Regions' seats by votes, whole quotas in each region, the rest on pooled remainders."""
    s = count.scenario
    regions = s.list_tier.constituencies
    if regions is None:
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "needs {field} (the regions, each with its lists' votes)"),
            where="mixed.type second_scrutiny", field="list_tier.constituencies")
    if method(s.list_tier.method).kind != QUOTA:
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "{linkage} shares each region's seats by whole quotas: it needs a quota "
            "method (Czechia: {example}), not {method}"), linkage="mixed.type second_scrutiny",
            example="imperiali-quota", method=s.list_tier.method, where="list_tier.method")
    refuse_list_lengths(s)
    refuse_adjustments(s, "mixed.type second_scrutiny")
    seats = _region_seats(count, regions)
    first: dict[str, int] = dict.fromkeys(count.votes, 0)
    remainders: dict[str, int] = dict.fromkeys(count.votes, 0)
    taking_part: set[str] = set()
    for c in regions:
        qualified = qualified_in(s, c, count.qualified, count.won)
        taking_part.update(qualified)
        won, quota = _first_scrutiny(count, c, qualified, seats[c.id], remainders)
        for p, n in won.items():
            first[p] += n
        count.constituencies.append(ConstituencyResult(
            c.id, c.name, seats[c.id], dict.fromkeys(count.votes, 0) | won, tuple(qualified),
            None if quota is None else Fraction(quota)))
    left = s.list_tier.seats - sum(first.values())
    unfilled = [msg("linkage.party_seats", party=c.name, n=c.seats_total - sum(c.seats.values()))
                for c in count.constituencies if c.seats_total > sum(c.seats.values())]
    second = _second_scrutiny(count, {p: remainders[p] for p in count.votes if p in taking_part},
                              left, unfilled)
    count.list_seats = {p: first[p] + second.get(p, 0) for p in count.votes}
    count.apportionment = Apportionment(tuple(count.list_seats[p] for p in count.votes
                                              if p in taking_part))


def _region_seats(count: Count, regions: tuple[Constituency, ...]) -> dict[str, int]:
    """§ 48: each region's seats from its valid votes and the republic mandate number."""
    s = count.scenario
    votes = {c.id: sum(c.votes.values()) for c in regions}
    total, house = sum(votes.values()), s.list_tier.seats
    if not total or not house:
        return {c.id: c.seats for c in regions}
    number = _rounded(total, house)
    seats = {c: v // number for c, v in votes.items()}
    left = house - sum(seats.values())
    if left < 0:
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "the republic mandate number {number} gives the regions {n} seats, more "
            "than the {house} to share"), number=number, n=sum(seats.values()), house=house)
    order = {c.id: i for i, c in enumerate(regions)}
    for c in _top(count, list(votes), lambda c: (votes[c] % number,), order.__getitem__, left,
                  msg("tier.region_seats")):
        seats[c] += 1
    count.warnings.extend(msg("warning.region_seats_differ", region=c.name, stated=c.seats,
                              seats=seats[c.id]) for c in regions if c.seats != seats[c.id])
    return seats


def _first_scrutiny(count: Count, c: Constituency, qualified: list[str], seats: int,
                    remainders: dict[str, int]) -> tuple[dict[str, int], int | None]:
    """§ 50: whole regional electoral numbers in region ``c``; each list's remainder (all its
    votes where it won nothing) is added to ``remainders``. Returns the seats and the number."""
    votes = {p: c.votes.get(p, 0) for p in qualified}
    total = sum(votes.values())
    if not seats or not total:
        for p, v in votes.items():
            remainders[p] += v
        return {}, None
    number = max(1, _rounded_quota(quota_of(count.scenario.list_tier.method, total, seats)))
    won = {p: v // number for p, v in votes.items()}
    over = sum(won.values()) - seats
    if over > 0:
        rank = list_rule(count.scenario).priority
        holding = [p for p in votes if won[p]]
        # The smallest remainders lose first; equal ones: fewer votes in the region.
        for p in _top(count, holding, lambda p: (-(votes[p] % number), -votes[p]),
                      lambda p: -rank(p), over, msg("tier.region_over", name=c.name),
                      taken=True):
            won[p] -= 1
    for p, v in votes.items():
        remainders[p] += v - won[p] * number
    return {p: n for p, n in won.items() if n}, number


def _second_scrutiny(count: Count, remainders: dict[str, int], left: int,
                     unfilled: list[Message]) -> dict[str, int]:
    """§ 51: the ``left`` seats (``unfilled`` in the regions) on the lists' summed
    remainders."""
    total = sum(remainders.values())
    if left <= 0 or not total:
        return {}
    number = max(1, _rounded(total, left + 1))
    won = {p: r // number for p, r in remainders.items()}
    rest = {p: r % number for p, r in remainders.items()}
    rank = list_rule(count.scenario).priority
    tier = msg("tier.second_scrutiny")
    short = left - sum(won.values())
    if short > 0:  # the largest remainders; equal: the larger sum, then more votes
        for p in _top(count, list(won), lambda p: (rest[p], remainders[p], count.votes[p]),
                      rank, short, tier):
            won[p] += 1
    elif short < 0:  # the smallest remainder gives a seat back; equal: fewer votes
        for p in _top(count, [p for p in won if won[p]], lambda p: (-rest[p], -count.votes[p]),
                      lambda p: -rank(p), -short, tier, taken=True):
            won[p] -= 1
    s = count.scenario
    count.notes.append(msg("note.second_scrutiny", n=left, regions=unfilled, total=total,
                           number=number,
                           items=[msg("linkage.party_plus", party=s.party(p).name, n=n)
                                  for p, n in won.items() if n]))
    return won


def _top(count: Count, items: Sequence[T], key: Callable[[T], tuple[int, ...]],
         rank: Callable[[T], int], n: int, tier: Message, taken: bool = False) -> list[T]:
    """The ``n`` items with the largest ``key``. Items equal at the cut go by ``rank`` (lower
    first), or by a seeded lot under ``tie_break: lot``, and the tie is reported (``taken``:
    the items chosen give a seat back, so the others are the tie's winners)."""
    if n <= 0:
        return []
    ordered = sorted(items, key=lambda i: tuple(-k for k in key(i)))
    if n >= len(ordered) or key(ordered[n - 1]) != key(ordered[n]):
        return ordered[:n]
    cut = key(ordered[n - 1])
    level = [i for i in ordered if key(i) == cut]
    above = [i for i in ordered if key(i) > cut]
    s = count.scenario
    rule = s.list_tier.tie_break
    if rule == "lot":
        level = random.Random(f"{s.list_tier.seed}:{tier.code}").sample(level, len(level))
    else:
        level.sort(key=rank)
    chosen = level[:n - len(above)]
    winners = level[len(chosen):] if taken else chosen
    count.ties.append(TieReport(tier, len(winners), tuple(str(i) for i in items if i in level),
                                tuple(str(i) for i in items if i in winners), rule))
    return above + chosen


def _rounded(numerator: int, denominator: int) -> int:
    """numerator ÷ denominator rounded to a whole number, halves up ("zaokrouhlené na
    jednotky")."""
    return (2 * numerator + denominator) // (2 * denominator)


def _rounded_quota(quota: Fraction) -> int:
    """A quota rounded to a whole vote, halves up."""
    return _rounded(quota.numerator, quota.denominator)


def describe(scenario: Scenario) -> Term:
    """How the seats are counted, in a sentence."""
    return Term("linkage", QT_TRANSLATE_NOOP(
        "linkage", "Regions with a second scrutiny: each region's seats by its votes, whole "
                   "quotas in each region, and the seats left shared nationwide on the lists' "
                   "remainders."))


register(Linkage(
    "second_scrutiny", allocate_second_scrutiny,
    QT_TRANSLATE_NOOP("linkage", "Regions and a national second scrutiny (Czechia 2021)"),
    describe, local_thresholds=True))
