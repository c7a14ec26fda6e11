"""Parallel: the tiers are independent (Kazakhstan's Majilis since 2023, Russia's State Duma,
Japan's House of Representatives). The list tier is counted nationwide, or in each list
constituency on its own votes (Norway's counties, Spain's provinces, Poland's districts)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.model.scenario import Constituency, Scenario
from core.rules.adjustments import adjusted_share, refuse_adjustments
from core.rules.count import Count, list_rule
from core.rules.linkage import Linkage, register
from core.rules.methods import AllocationError, Apportionment
from core.rules.result import ConstituencyResult
from core.rules.share import ListRule, Share
from core.rules.thresholds import qualified_in, summarise_tests, with_local_passes


def allocate_parallel(count: Count) -> None:
    """Tiers independent: the list tier nationwide, or in each constituency."""
    s = count.scenario
    if s.list_tier.constituencies is not None:
        constituency_lists(count)
        return
    tier = s.list_tier
    qualified = count.qualified
    if tier.seats and not qualified:
        count.warnings.append(msg("warning.no_party_qualified"))
        return
    rule = list_rule(s)
    share = adjusted_share(count, rule.share)({p: count.votes[p] for p in qualified},
                                              tier.seats, msg("tier.list"))
    count.notes.extend(exhausted_lists(count, rule, share))
    count.ties.extend(share.ties)
    count.list_seats = share.seats
    count.apportionment = share.apportionment


def constituency_lists(count: Count) -> None:
    """Each constituency's list seats apart, with the tier's method, on its own votes."""
    s = count.scenario
    refuse_adjustments(s, "list_tier.constituencies")
    rule = list_rule(s)
    qualified_somewhere: Counter[str] = Counter()
    totals = dict.fromkeys(count.votes, 0)
    notes: list[Message] = []
    constituencies = s.list_tier.constituencies or ()
    kept = _unchanged(count, rule)
    for index, c in enumerate(constituencies):
        qualified = qualified_in(s, c, count.qualified, count.won)
        qualified_somewhere.update(qualified)
        seats = dict.fromkeys(count.votes, 0)
        quota = None
        before = kept.get(index)
        if before is not None and before.qualified == tuple(qualified):
            seats.update(before.seats)  # the same votes, parties and rule: the same seats
            quota = before.quota
        elif c.seats and not qualified:
            count.warnings.append(msg("warning.constituency_no_party_qualified",
                                      constituency=c.name, seats=c.seats))
        elif c.seats:
            local = replace(rule, lengths=c.list_lengths)
            with named(c):
                share = local.share({p: c.votes.get(p, 0) for p in qualified}, c.seats,
                                    msg("tier.constituency", name=c.name))
            count.notes.extend(msg("note.in_constituency", constituency=c.name, note=n)
                               for n in exhausted_lists(count, local, share))
            count.ties.extend(share.ties)
            seats.update(share.seats)
            quota = share.apportionment.quota
            notes.extend(msg("note.in_constituency", constituency=c.name, note=n)
                         for n in share.apportionment.notes)
        for p, n in seats.items():
            totals[p] += n
        count.constituencies.append(ConstituencyResult(c.id, c.name, c.seats, seats,
                                                       tuple(qualified), quota))
    count.list_seats = totals
    count.apportionment = Apportionment(
        tuple(totals[p] for p in count.votes if qualified_somewhere[p]), (), None, tuple(notes))
    if s.list_tier.threshold.scope == "constituency":
        count.tests = summarise_tests(count.tests, qualified_somewhere, len(constituencies))
    elif s.list_tier.threshold.or_constituency_percent:
        count.tests = with_local_passes(count.tests, qualified_somewhere, s.list_tier.threshold)


def _unchanged(count: Count, rule: ListRule) -> dict[int, ConstituencyResult]:
    """The previous result's constituencies that an edit left alone (the same object at the
    same place, the same sharing rule, no tie or note to report again), by index."""
    previous = count.previous
    s = count.scenario
    # Ranks aside (they only part exact ties, and a constituency with a tie is counted again).
    if (previous is None or previous.scenario.list_tier.constituencies is None
            or previous.scenario.mixed_type != s.mixed_type
            or replace(list_rule(previous.scenario), rank=None) != replace(rule, rank=None)
            or [p.id for p in previous.scenario.parties] != [p.id for p in s.parties]):
        return {}
    old = previous.scenario.list_tier.constituencies
    noted = {t.tier for t in previous.ties} | {
        m.kwargs.get("constituency") for m in (*previous.warnings, *previous.notes)}
    return {i: r for i, (c, r) in enumerate(zip(s.list_tier.constituencies or (),
                                                previous.constituencies, strict=False))
            if i < len(old) and old[i] is c and c.id == r.id
            and msg("tier.constituency", name=c.name) not in noted and c.name not in noted}


def exhausted_lists(count: Count, rule: ListRule, share: Share) -> list[Message]:
    """What list lengths did to a share: each list that won more seats than it had
    candidates, and the seats no list could take (a warning)."""
    if share.unfilled:
        count.warnings.append(msg("warning.lists_exhausted", n=share.unfilled))
    lengths = rule.lengths or {}
    return [msg("note.list_exhausted", party=count.scenario.party(p).name, won=share.claimed[p],
                length=n, passed=share.claimed[p] - n)
            for p, n in share.capped.items() if lengths.get(p) == n]


@contextmanager
def named(c: Constituency) -> Iterator[None]:
    """Name the constituency in an allocation error raised inside it."""
    try:
        yield
    except AllocationError as e:  # said again, naming the constituency
        where = f"list_tier.constituencies {c.id!r} ({c.name})"
        raise AllocationError(e.template, where=f"{where}: {e.where}" if e.where else where,
                              **e.values) from None


def describe(scenario: Scenario) -> Term:
    """How this scenario's tiers are linked, in a sentence."""
    if scenario.list_tier.constituencies is not None:
        return Term("linkage", QT_TRANSLATE_NOOP(
            "linkage", "Parallel: the list tier by constituency, independent of the district "
                       "tier."))
    return Term("linkage", QT_TRANSLATE_NOOP("linkage", "Parallel: the tiers are independent."))


register(Linkage(
    "parallel", allocate_parallel,
    QT_TRANSLATE_NOOP("linkage", "Parallel (tiers independent: Kazakhstan, Russia)"), describe,
    batch_simulation=True, local_thresholds=True))
