"""Why the list seats fell as they did: the threshold tests, then seat by seat (divisor
methods) or quota, whole seats and remainders (largest-remainder methods).

Everything returns plain frozen dataclasses (exact ``Fraction`` values next to floats for
display) so that a table model, an XLSX sheet and a PDF report can use them alike.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from core.message import Message, Term, msg
from core.model.scenario import Scenario
from core.rules.count import tie_priority
from core.rules.linkages import LINKAGES
from core.rules.methods import DIVISOR, METHODS, divisor_rule
from core.rules.result import Result
from core.text.describe import tie_message


@dataclass(frozen=True)
class DivisorStep:
    """One quotient of a divisor method: an awarded seat (``seat`` = its place in the award
    order, 1-based) or a runner-up (``seat`` None: the party's best quotient that missed).

    ``divisor`` and ``quotient`` are exact; they are None where irrational (Huntington-Hill
    divisors √(k(k+1)) for k >= 1) or infinite (a zero divisor). ``key`` is the exact value
    compared: the quotient, or its square for Huntington-Hill; ``math.inf`` for zero divisors.
    """

    seat: int | None
    party_id: str
    votes: int
    k: int  # seats the party held before this quotient
    divisor: Fraction | None
    divisor_float: float
    quotient: Fraction | None
    quotient_float: float
    key: Fraction | float
    tie: bool  # equal to the quotient on the other side of the cut-off


@dataclass(frozen=True)
class QuotaLine:
    """One party under a largest-remainder method: whole quotas and the exact remainder."""

    party_id: str
    votes: int
    whole: int
    remainder: Fraction  # votes - whole × quota
    remainder_float: float
    remainder_rank: int  # 1 = largest remainder (ties by the scenario's tie-break order)
    remainder_seat: bool
    seats: int


@dataclass(frozen=True)
class ThresholdLine:
    """The threshold test of one party, with its exact numerator and denominator."""

    party_id: str
    votes: int
    base: int
    share: Fraction
    share_float: float
    required_percent: Fraction
    passed: bool
    reason: Message


@dataclass(frozen=True)
class Explanation:
    """Why the list seats fell as they did (``kind`` "divisor" or "quota")."""

    method_id: str
    method_name: str
    kind: str
    seats: int
    qualifying_votes: int
    thresholds: tuple[ThresholdLine, ...]
    minimum_seats: int = 0  # per qualifying party, handed out before the quotients
    steps: tuple[DivisorStep, ...] = ()  # divisor methods: the award order
    runners_up: tuple[DivisorStep, ...] = ()  # divisor methods: each party's next quotient
    quota: Fraction | None = None
    quota_float: float | None = None
    quota_lines: tuple[QuotaLine, ...] = ()
    whole_seats: int = 0
    remainder_seats: int = 0
    ties: tuple[Message, ...] = ()
    notes: tuple[Message, ...] = ()


def explain(result: Result) -> Explanation:
    """Explain the list tier of ``result``: the threshold tests, then seat by seat (divisor
    methods) or quota, whole seats and remainders (largest-remainder methods)."""
    s = result.scenario
    tier = s.list_tier
    m = METHODS[tier.method]
    qualified = [i for i, t in enumerate(result.thresholds) if t.passed]
    ids = [s.parties[i].id for i in qualified]
    votes = [s.parties[i].votes for i in qualified]
    rank = tie_priority(s)
    priority = [rank[i] for i in qualified]
    seats = list(result.list_apportionment.seats) or [0] * len(qualified)
    notes = list(result.list_apportionment.notes) + list(result.notes)
    common = Explanation(
        method_id=m.id, method_name=m.name, kind=m.kind, seats=sum(seats),
        qualifying_votes=sum(votes), thresholds=_threshold_lines(result),
        ties=tuple(tie_message(t, {p.id: p.name for p in s.parties}) for t in result.ties),
    )
    if s.mixed_type != "parallel":
        notes.append(msg("explain.entitlement", linkage=Term("linkage",
                                                             LINKAGES[s.mixed_type].name),
                         seats=sum(seats)))
    if tier.constituencies is not None:
        return replace(common, notes=(*notes, msg("explain.constituencies_apart")))
    if len(seats) != len(qualified):
        return replace(common, notes=(*notes, msg(_why_apart(s))))
    if m.kind == DIVISOR:
        steps, runners = _divisor_steps(s, ids, votes, seats, priority)
        return replace(common, minimum_seats=tier.min_seats, steps=steps,
                       runners_up=runners, notes=tuple(notes))
    quota = result.list_apportionment.quota
    lines = _quota_lines(ids, votes, seats, priority, quota) if quota is not None else ()
    whole = sum(line.whole for line in lines)
    return replace(common, quota=quota, quota_float=None if quota is None else float(quota),
                   quota_lines=lines, whole_seats=whole,
                   remainder_seats=sum(seats) - whole, notes=tuple(notes))


def _why_apart(s: Scenario) -> str:
    """Why the list tier is not one count among the qualifying lists: which message."""
    if s.list_tier.adjustments:
        return "explain.rules_apart"
    if s.list_tier.list_lengths is not None:
        return "explain.list_capped"
    return "explain.one_person_capped"


def _threshold_lines(result: Result) -> tuple[ThresholdLine, ...]:
    percent = result.scenario.list_tier.threshold.percent
    return tuple(ThresholdLine(t.party_id, t.votes, t.base, t.share, float(t.share), percent,
                               t.passed, t.reason) for t in result.thresholds)


def _divisor_steps(s: Scenario, ids: list[str], votes: list[int], seats: list[int],
                   priority: list[int]) -> tuple[tuple[DivisorStep, ...], tuple[DivisorStep, ...]]:
    rule = divisor_rule(s.list_tier.method, s.list_tier.first_divisor)
    minimum = s.list_tier.min_seats

    Entry = tuple[Fraction | float, int, int, int]  # (-key, priority, k, unit)

    def entry(i: int, k: int) -> Entry:
        key = rule.exact_key(votes[i], k) if votes[i] else Fraction(0)
        return (-key, priority[i], k, i)

    won = sorted(entry(i, k) for i in range(len(ids)) for k in range(minimum, seats[i]))
    missed = sorted(entry(i, seats[i]) for i in range(len(ids)) if votes[i])
    cut_in = -won[-1][0] if won else None
    cut_out = -missed[0][0] if missed else None

    def step(place: int | None, e: Entry, other_side: Fraction | float | None) -> DivisorStep:
        key, _, k, i = -e[0], e[1], e[2], e[3]
        d = None if rule.geometric and k else (rule.first if k == 0 else
                                                Fraction(rule.step * k + rule.offset))
        exact = None if d is None or d == 0 else Fraction(votes[i]) / d
        return DivisorStep(place, ids[i], votes[i], k, d, rule.divisor(k), exact,
                           rule.quotient(votes[i], k), key, key == other_side)

    steps = tuple(step(n + 1, e, cut_out) for n, e in enumerate(won))
    return steps, tuple(step(None, e, cut_in) for e in missed)


def _quota_lines(ids: list[str], votes: list[int], seats: list[int], priority: list[int],
                 quota: Fraction) -> tuple[QuotaLine, ...]:
    whole = [v * quota.denominator // quota.numerator for v in votes]
    rems = [v - w * quota for v, w in zip(votes, whole, strict=True)]
    order = sorted(range(len(ids)), key=lambda i: (-rems[i], priority[i]))
    place = {i: n + 1 for n, i in enumerate(order)}
    return tuple(QuotaLine(ids[i], votes[i], whole[i], rems[i], float(rems[i]), place[i],
                           seats[i] > whole[i], seats[i]) for i in range(len(ids)))


