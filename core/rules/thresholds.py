"""The threshold: each party's national votes, the base they are measured against, and the
exact test (votes × 100 against percent × base, in integers and ``Fraction``, never floats).

The base differs by law (docs/format.md, ``list_tier.threshold.base``): party votes (New
Zealand), valid votes with "against all" (Kazakhstan, Constitutional Law on elections art.
97-1) or all ballots cast (Russia). Under ``scope: constituency`` the test is made in each
constituency on its own votes (Belgium, Code électoral art. 165bis).
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from core.message import msg
from core.model.scenario import Constituency, Party, Scenario, Threshold
from core.rules.result import ThresholdTest


def national_votes(scenario: Scenario) -> dict[str, int]:
    """Each party's national list votes: ``parties[].votes``, or with constituencies the sum
    of its constituency votes (which then decides; ``allocate`` warns when they differ)."""
    tier = scenario.list_tier
    if tier.constituencies is None:
        return {p.id: p.votes for p in scenario.parties}
    return {p.id: sum(c.votes.get(p.id, 0) for c in tier.constituencies)
            for p in scenario.parties}


def threshold_base(scenario: Scenario) -> int:
    """The denominator of the national threshold test under the scenario's ``base`` rule."""
    party_votes = sum(national_votes(scenario).values())
    return base_votes(scenario.list_tier.threshold, party_votes, scenario.against_all,
                      scenario.invalid)


def constituency_bases(scenario: Scenario) -> list[tuple[str, int]]:
    """Each constituency's name and threshold base, when the threshold is tested in each
    constituency on its own votes (``scope: constituency``); empty otherwise."""
    tier = scenario.list_tier
    if tier.constituencies is None or tier.threshold.scope != "constituency":
        return []
    return [(c.name, base_votes(tier.threshold, sum(c.votes.values()), c.against_all,
                                c.invalid)) for c in tier.constituencies]


def votes_to_pass(rule: Threshold, base: int) -> int:
    """The fewest votes that pass ``rule`` against ``base`` (exact: percent × base / 100,
    rounded up when "at least", the next whole vote when "more than")."""
    needed = rule.percent * base / 100
    return needed.__ceil__() if rule.inclusive else needed.__floor__() + 1


def base_votes(rule: Threshold, party_votes: int, against_all: int, invalid: int) -> int:
    """The threshold base of ``rule`` from the party votes and the other ballots."""
    return {
        "parties": party_votes,
        "valid": party_votes + against_all,
        "cast": party_votes + against_all + invalid,
    }[rule.base]


def threshold_test(rule: Threshold, party: Party, votes: int, base: int,
                   district_seats: int) -> ThresholdTest:
    """Whether ``party`` with ``votes`` of ``base`` passes ``rule`` (or qualifies by
    ``district_seats`` won, or is exempt), with the reason as a message."""
    share = Fraction(votes, base) if base else Fraction(0)
    if party.threshold_exempt:
        return ThresholdTest(party.id, votes, base, share, True, msg("threshold.exempt"))
    limit = rule.percent_for(party.members)
    test = _test(rule, party, votes, base, district_seats, share, limit)
    if limit != rule.percent:  # a coalition's own threshold (Poland art. 196 § 2)
        return ThresholdTest(party.id, votes, base, share, test.passed, msg(
            "threshold.coalition", reason=test.reason, members=party.members))
    return test


def _test(rule: Threshold, party: Party, votes: int, base: int, district_seats: int,
          share: Fraction, limit: Fraction) -> ThresholdTest:
    lhs, rhs = votes * 100, limit * base
    passed = lhs >= rhs if rule.inclusive else lhs > rhs
    if passed:
        if not limit:
            return ThresholdTest(party.id, votes, base, share, True, msg("threshold.none_set"))
        code = "threshold.passed_at_least" if rule.inclusive else "threshold.passed_more_than"
        return ThresholdTest(party.id, votes, base, share, True, msg(code, share=share,
                                                                      limit=limit))
    if rule.or_district_seats and district_seats >= rule.or_district_seats:
        return ThresholdTest(party.id, votes, base, share, True, msg(
            "threshold.by_district_seats", seats=district_seats,
            needed=rule.or_district_seats, share=share, limit=limit))
    code = "threshold.failed_below" if rule.inclusive else "threshold.failed_not_above"
    return ThresholdTest(party.id, votes, base, share, False, msg(code, share=share,
                                                                   limit=limit))


def admit_largest(rule: Threshold, tests: tuple[ThresholdTest, ...]
                  ) -> tuple[ThresholdTest, ...]:
    """Where fewer than ``rule.min_lists`` lists pass, the largest of the others (by votes)
    are admitted until that many take part (Armenia: at least three forces)."""
    short = rule.min_lists - sum(t.passed for t in tests)
    if short <= 0:
        return tests
    others = sorted((t for t in tests if not t.passed and t.votes), key=lambda t: -t.votes)
    admitted = {t.party_id for t in others[:short]}
    return tuple(ThresholdTest(t.party_id, t.votes, t.base, t.share, True, msg(
        "threshold.admitted_largest", reason=t.reason, n=rule.min_lists))
        if t.party_id in admitted else t for t in tests)


def qualified_in(scenario: Scenario, c: Constituency, national: list[str],
                 districts_won: Counter[str]) -> list[str]:
    """Parties that share constituency ``c``'s seats: ``national`` (qualified nationally), or
    under a per-constituency threshold those passing on the constituency's own votes; and
    those with ``or_constituency_percent`` of the constituency's votes (Sweden,
    Regeringsformen 3:7: 12% in a valkrets for its fixed seats)."""
    rule = scenario.list_tier.threshold
    local = rule.or_constituency_percent
    if rule.scope == "national" and not local:
        return national  # nothing to test here (the common case, and the fast one)
    base = base_votes(rule, sum(c.votes.values()), c.against_all, c.invalid)
    if rule.scope == "national":
        return [p.id for p in scenario.parties if p.id in national or (
            local and c.votes.get(p.id, 0) and _at_least(rule, c.votes.get(p.id, 0), base,
                                                         local))]

    def passes(p: Party) -> bool:  # the test of ``threshold_test``, without its words
        return (p.threshold_exempt
                or _at_least(rule, c.votes.get(p.id, 0), base, rule.percent_for(p.members))
                or bool(rule.or_district_seats and districts_won[p.id] >= rule.or_district_seats))

    return [p.id for p in scenario.parties if passes(p)]


def _at_least(rule: Threshold, votes: int, base: int, percent: Fraction) -> bool:
    """``votes`` reach ``percent`` of ``base`` (exactly at it passes if ``rule.inclusive``)."""
    return votes * 100 >= percent * base if rule.inclusive else votes * 100 > percent * base


def with_local_passes(tests: tuple[ThresholdTest, ...], passed_in: Counter[str],
                      rule: Threshold) -> tuple[ThresholdTest, ...]:
    """National threshold rows under ``or_constituency_percent``: a party below the national
    threshold that shares some constituency's seats is marked as taking part, and says
    where."""
    return tuple(
        ThresholdTest(t.party_id, t.votes, t.base, t.share, True, msg(
            "threshold.constituency_alternative", reason=t.reason, passed=passed_in[t.party_id],
            limit=rule.or_constituency_percent))
        if not t.passed and passed_in[t.party_id] else t for t in tests)


def summarise_tests(tests: tuple[ThresholdTest, ...], passed_in: Counter[str],
                    constituencies: int) -> tuple[ThresholdTest, ...]:
    """National threshold rows under a per-constituency threshold: where each party passed."""
    return tuple(
        ThresholdTest(t.party_id, t.votes, t.base, t.share, passed_in[t.party_id] > 0,
                      msg("threshold.passed_in_constituencies", passed=passed_in[t.party_id],
                          total=constituencies))
        for t in tests
    )
