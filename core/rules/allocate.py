"""allocate(scenario) -> Result: districts, thresholds, the list tier, linkage.

The order follows the laws: district winners first (a party may qualify through them), then
the threshold on its stated base, then the list seats among qualifying parties only (quotas on
qualifying votes only), then the linkage of the tiers (``core.rules.linkages``: parallel,
compensatory, additional member, registered in ``core.rules.linkage``).
"""

from __future__ import annotations

from collections import Counter

from core.message import QT_TRANSLATE_NOOP, Message, msg
from core.model.scenario import Scenario
from core.rules.count import Count
from core.rules.districts import district_winners, unfilled_warning
from core.rules.linkages import LINKAGES
from core.rules.methods import AllocationError
from core.rules.result import PartyResult, Result
from core.rules.share import TieReport
from core.rules.thresholds import (
    admit_largest,
    national_votes,
    threshold_base,
    threshold_test,
)


def allocate(scenario: Scenario, previous: Result | None = None) -> Result:
    """Allocate every seat of ``scenario``; raises ``AllocationError`` if impossible.

    ``previous``, the result of an earlier version of the scenario (the one before an edit),
    lets districts the edit left alone keep their winners: the same result, faster."""
    ties: list[TieReport] = []
    warnings: list[Message] = []
    winners = district_winners(scenario, ties, previous)
    won = Counter(w.party for w in winners if w.party is not None)
    affiliated = Counter(w.affiliation for w in winners
                         if w.party is None and w.affiliation is not None)
    votes = national_votes(scenario)
    warnings.extend(msg("warning.unknown_field", field=key) for key in scenario.extra)
    warnings.extend(_vote_sum_warnings(scenario, votes))
    warnings.extend(_turnout_warnings(scenario))
    base = threshold_base(scenario)
    rule = scenario.list_tier.threshold
    tests = admit_largest(rule, tuple(threshold_test(rule, p, votes[p.id], base, won[p.id])
                                      for p in scenario.parties))
    count = Count(scenario, winners, won, votes, tests, ties, warnings,
                  previous=previous)
    linkage = LINKAGES.get(scenario.mixed_type)
    if linkage is None:
        raise AllocationError(QT_TRANSLATE_NOOP("refusal", "unknown linkage {linkage}"),
                              where="mixed.type", linkage=repr(scenario.mixed_type))
    if rule.or_constituency_percent and (scenario.list_tier.constituencies is None
                                         or not linkage.local_thresholds):
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "applies where each list constituency's seats are shared apart "
            "({linkages}, with {field}), not here (mixed.type {linkage})"),
            linkages="mixed.type parallel or levelling_seats", field="list_tier.constituencies",
            linkage=scenario.mixed_type, where="list_tier.threshold.or_constituency_percent")
    linkage.allocate(count)
    seated = count.seated if count.seated is not None else won
    ent = count.entitlement
    parties = tuple(
        PartyResult(p.id, p.name, p.color, votes[p.id], t.share, t.passed,
                    count.list_seats.get(p.id, 0), seated.get(p.id, 0), affiliated[p.id],
                    None if ent is None else ent.get(p.id, 0), count.overhang.get(p.id, 0),
                    count.levelling.get(p.id, 0), won[p.id] - seated.get(p.id, 0),
                    count.bonus.get(p.id, 0))
        for p, t in zip(scenario.parties, count.tests, strict=True)
    )
    unfilled = unfilled_warning(scenario, winners)
    if unfilled is not None:
        warnings.append(unfilled)
    return Result(
        scenario=scenario,
        parties=parties,
        thresholds=count.tests,
        threshold_base=base,
        list_apportionment=count.apportionment,
        district_winners=tuple(winners),
        independent_seats=sum(1 for w in winners if w.party is None),
        appointed_seats=sum(a.seats for a in scenario.appointed),
        ties=tuple(ties),
        warnings=tuple(warnings) + count.apportionment.notes,
        constituencies=tuple(count.constituencies),
        unseated=tuple(count.unseated),
        proportional_seats=count.proportional_seats,
        notes=tuple(count.notes),
    )


def _vote_sum_warnings(scenario: Scenario, votes: dict[str, int]) -> list[Message]:
    """With constituencies, the constituency sums decide: say where ``parties[].votes``
    disagree with them."""
    if scenario.list_tier.constituencies is None:
        return []
    off = [msg("warning.vote_sum_detail", party=p.name, given=p.votes, summed=votes[p.id])
           for p in scenario.parties if p.votes != votes[p.id]]
    return [msg("warning.vote_sums_differ", details=off)] if off else []


def _turnout_warnings(scenario: Scenario) -> list[Message]:
    """More ballots than registered voters: one of the two figures is wrong."""
    cast = scenario.ballots_cast
    registered = scenario.registered_voters
    if registered is None or cast <= registered:
        return []
    return [msg("warning.turnout_over_registered", cast=cast, registered=registered)]
