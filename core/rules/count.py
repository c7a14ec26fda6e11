"""The count in progress: what ``allocate`` gathers before it builds the ``Result``.

A linkage (``core.rules.linkage``) reads the district winners, the votes and the threshold
tests from a :class:`Count` and fills in the list seats, and for compensatory systems the
entitlements, overhang, levelling and unseated winners.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from core.message import QT_TRANSLATE_NOOP, Message
from core.model.scenario import Scenario
from core.rules.methods import AllocationError, Apportionment
from core.rules.result import ConstituencyResult, DistrictWinner, Result, ThresholdTest
from core.rules.share import ListRule, TieReport


@dataclass
class Count:
    """Mutable, private to one allocation."""

    scenario: Scenario
    winners: list[DistrictWinner]
    won: Counter[str]  # district contests won per nominating party
    votes: dict[str, int]  # national list votes per party
    tests: tuple[ThresholdTest, ...]
    ties: list[TieReport]
    warnings: list[Message]
    list_seats: dict[str, int] = field(default_factory=dict)
    seated: dict[str, int] | None = None
    entitlement: dict[str, int] | None = None
    overhang: dict[str, int] = field(default_factory=dict)
    levelling: dict[str, int] = field(default_factory=dict)
    unseated: list[DistrictWinner] = field(default_factory=list)
    constituencies: list[ConstituencyResult] = field(default_factory=list)
    apportionment: Apportionment = Apportionment(())
    proportional_seats: int | None = None
    notes: list[Message] = field(default_factory=list)  # what the list tier's rules did
    bonus: dict[str, int] = field(default_factory=dict)  # seats a list-tier rule added
    previous: Result | None = None  # an earlier version's result: what did not change is kept

    @property
    def qualified(self) -> list[str]:
        """Parties that passed the threshold, in scenario order."""
        return [t.party_id for t in self.tests if t.passed]


def tie_priority(scenario: Scenario) -> list[int]:
    """Rank of each party for ties under the scenario's rule (lower wins)."""
    parties = scenario.parties
    rule = scenario.list_tier.tie_break
    if rule == "more_votes":
        order = sorted(range(len(parties)),
                       key=lambda i: (-parties[i].votes, parties[i].registration_order))
    elif rule == "registration_order":
        order = sorted(range(len(parties)), key=lambda i: parties[i].registration_order)
    else:
        order = random.Random(scenario.list_tier.seed).sample(range(len(parties)), len(parties))
    rank = [0] * len(parties)
    for position, i in enumerate(order):
        rank[i] = position
    return rank


def list_rule(scenario: Scenario) -> ListRule:
    """The list tier's sharing rule: method, first divisor, minimum, tie order, one-person
    lists, list lengths (nationwide; a constituency's own replace them there)."""
    tier = scenario.list_tier
    rank = dict(zip((p.id for p in scenario.parties), tie_priority(scenario), strict=True))
    return ListRule(tier.method, tier.first_divisor, tier.min_seats, tier.tie_break, rank,
                    frozenset(p.id for p in scenario.parties if p.one_person_list),
                    tier.list_lengths)


def refuse_list_lengths(scenario: Scenario) -> None:
    """List lengths cap the list seats of a count that shares them (parallel, list PR); a
    linkage whose list seats are a top-up refuses them rather than ignore them."""
    tier = scenario.list_tier
    if tier.list_lengths is not None or any(c.list_lengths is not None
                                            for c in tier.constituencies or ()):
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "not supported with {other} (list seats there top up district seats); "
                       "remove {field}, or use {parallel}"), where="list_tier.list_lengths",
            other=f"mixed.type {scenario.mixed_type}", field="list_lengths", parallel="parallel")


def party_name(scenario: Scenario, unit: str) -> str:
    """The name of party ``unit``, or ``unit`` itself (a group of lists counted as one)."""
    return next((p.name for p in scenario.parties if p.id == unit), unit)
