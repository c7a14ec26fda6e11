"""The rules and the decisions of a count in words, as Messages (rendered by
``core.text.render``): the threshold rule, the method, the linkage, a tie."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.model.scenario import THRESHOLD_BASES, THRESHOLD_SCOPES, TIE_BREAKS, Scenario
from core.rules.adjustments import ADJUSTMENTS
from core.rules.linkages import LINKAGES
from core.rules.methods import METHODS
from core.rules.result import Result
from core.rules.share import TieReport

# How a tie was resolved: the tie-break rules of the file format, and the listing order that
# orders district winners of equal share (core.rules.linkages.compensatory).
TIE_RULES = {**TIE_BREAKS, "listing_order": QT_TRANSLATE_NOOP("rules", "the order of the listing")}


def threshold_rule(scenario: Scenario) -> Message:
    """The threshold rule in words, e.g. "5% of valid votes (party votes + against all), at
    least (exactly at the threshold passes)."."""
    t = scenario.list_tier.threshold
    if not t.percent:
        return msg("threshold.rule_none")
    code = "threshold.rule_at_least" if t.inclusive else "threshold.rule_more_than"
    rule = msg(code, limit=t.percent, base=Term("rules", THRESHOLD_BASES[t.base]))
    if t.alliances:
        rule = msg("threshold.rule_alliances", rule=rule, items=[
            msg("threshold.rule_alliance", limit=p, members=n) for n, p in t.alliances])
    if t.or_district_seats:
        rule = msg("threshold.rule_or_seats", rule=rule, n=t.or_district_seats)
    if t.min_lists:
        rule = msg("threshold.rule_min_lists", rule=rule, n=t.min_lists)
    if scenario.list_tier.constituencies is not None:
        rule = msg("threshold.rule_scoped", rule=rule,
                   scope=Term("rules", THRESHOLD_SCOPES[t.scope]))
    if t.or_constituency_percent:
        rule = msg("threshold.rule_or_constituency", rule=rule, limit=t.or_constituency_percent)
    return msg("threshold.rule_end", rule=rule)


def method_rule(scenario: Scenario) -> Message | Term:
    """The list tier's method in words, with its first divisor and minimum if set."""
    tier = scenario.list_tier
    text: Message | Term = Term("method", METHODS[tier.method].name)
    if tier.first_divisor is not None:
        text = msg("method.with_first_divisor", method=text,
                   divisor=tier.first_divisor)
    if tier.min_seats:
        text = msg("method.with_minimum", method=text, n=tier.min_seats)
    return text


def adjustment_rules(scenario: Scenario) -> list[tuple[str, Message]]:
    """The list tier's rules (``core.rules.adjustments``) in words, with their file keys."""
    return [(key, rule.describe(scenario.list_tier.adjustments[key]))
            for key, rule in ADJUSTMENTS.items() if key in scenario.list_tier.adjustments]


def linkage_rule(scenario: Scenario) -> Term:
    """How the tiers are linked, in a sentence."""
    return LINKAGES[scenario.mixed_type].describe(scenario)


def tie_message(tie: TieReport, names: dict[str, str]) -> Message:
    """A tie in words: who tied for what, and who got it by which rule. ``names`` gives the
    party names of party ids (candidates are named already)."""
    def named(ids: tuple[str, ...]) -> tuple[str, ...]:
        return ids if tie.candidates else tuple(names.get(i, i) for i in ids)

    return msg("tie.describe", tier=tie.tier, seats=tie.seats, contenders=named(tie.contenders),
               rule=Term("rules", TIE_RULES.get(tie.rule, tie.rule)),
               winners=named(tie.winners))



def headline(result: Result) -> Message:
    """One sentence on who holds what: the first thing an analyst wants to know."""
    m = result.majority
    if m.largest is None:
        return msg("headline.no_seats")
    party = result.party(m.largest)
    if result.scenario.presentation.apportionment:  # states, not parties: nobody governs
        return msg("headline.apportionment", party=party.name, seats=party.seats,
                   house=m.house, share=Fraction(party.seats, m.house))
    held = (msg("headline.held_with_affiliated", seats=party.seats_with_affiliated,
                house=m.house, own=party.seats, affiliated=party.affiliated_seats)
            if party.affiliated_seats else
            msg("headline.held", seats=party.seats_with_affiliated, house=m.house))
    if m.has_two_thirds:
        status = msg("headline.two_thirds", needed=m.two_thirds)
    elif m.has_simple:
        status = msg("headline.simple", needed=m.simple, short=m.two_thirds - m.largest_seats)
    else:
        status = msg("headline.none", short=m.simple - m.largest_seats, needed=m.simple)
    return msg("headline.holds", party=party.name, held=held, status=status)


def linkage_notes(result: Result) -> list[Message | Term]:
    """How the tiers were linked and what it did: the system, then for compensatory systems
    the entitlements, the house's growth, overhang, levelling and unseated winners. Empty
    for a parallel system counted nationwide."""
    s = result.scenario
    if s.mixed_type == "parallel" and s.list_tier.constituencies is None:
        return []
    lines: list[Message | Term] = [linkage_rule(s)]
    if not LINKAGES[s.mixed_type].entitlements:
        return lines
    names = {p.id: p.name for p in result.parties}
    lines.append(msg("linkage.entitlement", items=[
        msg("linkage.party_seats", party=p.name, n=p.entitlement)
        for p in result.parties if p.entitlement]))
    if result.seats_total != result.house_base:
        lines.append(msg("linkage.house_grew", base=result.house_base, total=result.seats_total))
    # Overhang is counted at the house's legal size: the entitlement there is won - overhang.
    lines += [msg("linkage.overhang", party=p.name, won=p.districts_won,
                  entitlement=p.districts_won - p.overhang_seats, n=p.overhang_seats)
              for p in result.parties if p.overhang_seats]
    levelled = [msg("linkage.party_plus", party=p.name, n=p.levelling_seats)
                for p in result.parties if p.levelling_seats]
    if levelled:
        lines.append(msg("linkage.levelling", items=levelled))
    uncovered = "linkage.unseated_by_land" if s.mixed_type == "land_lists" else "linkage.unseated"
    lines += [msg(uncovered if p.qualified else "linkage.unseated_not_qualified",
                  party=p.name, n=p.unseated, entitlement=p.entitlement)
              for p in result.parties if p.unseated]
    lines += [msg("linkage.not_seated", candidate=w.candidate, party=names[w.party or ""],
                  district=w.district, share=w.share)
              for w in result.unseated if w.share is not None and w.party]
    declared = Counter(w.party for w in result.unseated if w.share is None and w.party)
    lines += [msg("linkage.not_seated_declared", n=n, party=names[p])
              for p, n in declared.items()]
    return lines


def constituency_notes(result: Result) -> list[Message]:
    """Each list constituency's seats in a line (and its district seats, under the additional
    member system)."""
    names = {p.id: p.name for p in result.parties}
    out = []
    for c in result.constituencies:
        won = [msg("linkage.party_seats", party=names[p], n=n) for p, n in c.seats.items() if n]
        line = msg("constituency.seats", name=c.name, seats=c.seats_total, won=won)
        if c.district_seats:
            line = msg("constituency.with_districts", line=line, won=[
                msg("linkage.party_seats", party=names[p], n=n)
                for p, n in c.district_seats.items()])
        out.append(line)
    return out
