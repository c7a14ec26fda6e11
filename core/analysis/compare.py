"""The same votes under other methods or another scenario's rules, side by side.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from core.message import QT_TRANSLATE_NOOP, Term
from core.model.scenario import DistrictTier, Scenario
from core.refusal import Refusal
from core.rules import metrics
from core.rules.allocate import allocate
from core.rules.methods import METHODS, AllocationError, method_term
from core.rules.result import Result


@dataclass(frozen=True)
class Outcome:
    """One column of a comparison: seats per party (scenario order) under one rule set."""

    label: str | Term
    method_id: str
    seats: tuple[int, ...]
    seats_with_affiliated: tuple[int, ...]
    qualified: tuple[bool, ...]
    house: int
    indices: metrics.Indices
    largest: str | None
    largest_seats: int
    has_simple: bool
    has_two_thirds: bool


@dataclass(frozen=True)
class Comparison:
    """Outcomes side by side: one column per rule set, one row per party."""

    party_ids: tuple[str, ...]
    party_names: tuple[str, ...]
    outcomes: tuple[Outcome, ...]


def outcome(label: str | Term, result: Result) -> Outcome:
    """A ``Result`` as one comparison column."""
    m = result.majority
    return Outcome(label, result.scenario.list_tier.method,
                   tuple(p.seats for p in result.parties),
                   tuple(p.seats_with_affiliated for p in result.parties),
                   tuple(p.qualified for p in result.parties), result.seats_total,
                   result.indices, m.largest, m.largest_seats, m.has_simple, m.has_two_thirds)


def compare_methods(scenario: Scenario, methods: Iterable[str] | None = None) -> Comparison:
    """The same votes under every method (or ``methods``), other rules unchanged. The
    scenario's first divisor is kept for its own method only; the minimum per party for
    divisor methods only. A method the system refuses (biproportional apportionment takes
    Sainte-Laguë only) is left out."""
    tier = scenario.list_tier
    columns = []
    for mid in methods or METHODS:
        divisor = METHODS[mid].kind == "divisor"
        changed = replace(tier, method=mid,
                          first_divisor=tier.first_divisor if mid == tier.method else None,
                          min_seats=tier.min_seats if divisor else 0)
        try:
            result = allocate(replace(scenario, list_tier=changed))
        except AllocationError:
            if mid == tier.method:
                raise
            continue
        columns.append(outcome(method_term(mid), result))
    return comparison(scenario, columns)


def why_rules_cannot_apply(scenario: Scenario, rules: Scenario) -> Refusal | None:
    """Why this scenario's votes cannot be counted under ``rules`` (None: they can), as the
    refusal ``apply_rules`` raises. Votes cast nationwide cannot be shared into
    constituencies, nor district results into districts the election did not have."""
    if rules.list_tier.constituencies is not None:
        return Refusal(QT_TRANSLATE_NOOP(
            "refusal", "these rules count the list votes by constituency, and this scenario "
            "has no votes by constituency"))
    own, theirs = scenario.district_tier.seats, rules.district_tier.seats
    if theirs not in (0, own):
        return Refusal(QT_TRANSLATE_NOOP(
            "refusal", "these rules have {theirs} district seats and this scenario has results "
            "for {own}: district results cannot be carried over"), theirs=theirs, own=own)
    return None


def apply_rules(scenario: Scenario, rules: Scenario) -> Scenario:
    """This scenario's votes under another scenario's rules: its list tier (seats, method,
    threshold, tie-break), mixed type and appointed seats. District results cannot move
    between elections: the rules must have no district seats, or as many as this scenario
    (whose district results are then kept). Refused (a Refusal saying why) otherwise."""
    why = why_rules_cannot_apply(scenario, rules)
    if why is not None:
        raise why
    theirs = rules.district_tier
    districts = DistrictTier() if theirs.seats == 0 else scenario.district_tier
    return replace(scenario, title=f"{scenario.title} under the rules of: {rules.title}",
                   list_tier=rules.list_tier, district_tier=districts,
                   mixed_type=rules.mixed_type, overhang=rules.overhang,
                   appointed=rules.appointed)


AS_HELD = Term("compare", QT_TRANSLATE_NOOP("compare", "As held"))


def compare_rules(scenario: Scenario, rules: Sequence[tuple[str | Term, Scenario]],
                  own_label: str | Term = AS_HELD) -> Comparison:
    """The scenario as held, then its votes under each ``(label, rules)``."""
    columns = [outcome(own_label, allocate(scenario))]
    columns += [outcome(label, allocate(apply_rules(scenario, r))) for label, r in rules]
    return comparison(scenario, columns)


def comparison(scenario: Scenario, columns: Sequence[Outcome]) -> Comparison:
    """The parties of ``scenario`` (rows) against ``columns`` of outcomes."""
    return Comparison(tuple(p.id for p in scenario.parties),
                      tuple(p.name for p in scenario.parties), tuple(columns))


