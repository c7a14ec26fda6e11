"""Levelling (adjustment) seats on top of constituency seats (Norway, Sweden): each
constituency's seats are shared apart, then national levelling seats bring the parties with
``list_tier.levelling.percent`` of the vote to their share of the whole house, and are placed
in constituencies.

1. Constituency seats: as list PR by constituency (``core.rules.linkages.parallel``).
2. The national count (Norway, valgloven § 11-6; Sweden, vallag 2005:837 ch. 14 § 4): all the
   seats, less the constituency seats of parties below the levelling threshold, are shared
   nationally by the list method among the parties above it. A party whose constituency seats
   exceed its national share keeps them and leaves the count with them; the rest is shared
   again, until no party is over. A party's levelling seats are its share less its
   constituency seats.
3. Placement (``placement``):
   - ``national_table`` (Norway, § 11-7): every (party, constituency) has the quotient
     votes / (2s + 1) / (the constituency's votes / its constituency seats), s the party's
     constituency seats there; in one national table, largest first, a seat goes where the
     constituency has a levelling seat left and the party one to place.
   - ``party_by_party`` (Sweden, ch. 14 § 6): each party's levelling seats go one by one to the
     constituency with its highest votes / (2s + 1), s its seats there so far (the votes
     themselves where it has none); no constituency limit.

Quotients are compared exactly (``Fraction``); equal ones go by the scenario's tie order.
"""

from __future__ import annotations

from fractions import Fraction

from core.message import QT_TRANSLATE_NOOP, Term, msg
from core.model.scenario import Levelling, Scenario
from core.rules.adjustments import refuse_adjustments
from core.rules.count import Count, list_rule, refuse_list_lengths
from core.rules.linkage import Linkage, register
from core.rules.linkages.parallel import constituency_lists
from core.rules.methods import AllocationError
from core.rules.result import ConstituencyResult


def allocate_levelling(count: Count) -> None:
    """Constituency seats, the national count, then the levelling seats placed."""
    s = count.scenario
    lev = s.list_tier.levelling
    if lev is None or s.list_tier.constituencies is None:
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "needs {field} and {levelling} (the levelling seats and their "
                       "threshold)"), where="mixed.type levelling_seats",
            field="list_tier.constituencies", levelling="list_tier.levelling")
    refuse_list_lengths(s)
    refuse_adjustments(s, "mixed.type levelling_seats")
    constituency_lists(count)
    fixed = dict(count.list_seats)
    share, _ = _national(count, lev, fixed)
    levelling = {p: max(0, share.get(p, 0) - fixed[p]) for p in fixed}
    place = _table if lev.placement == "national_table" else _party_by_party
    placed = place(count, fixed, levelling)
    count.list_seats = {p: fixed[p] + levelling[p] for p in fixed}
    count.levelling = levelling
    count.entitlement = share
    count.constituencies = [
        ConstituencyResult(c.id, c.name, c.seats_total + sum(placed[c.id].values()),
                           {p: n + placed[c.id].get(p, 0) for p, n in c.seats.items()},
                           c.qualified, c.quota, levelling={p: n for p, n in placed[c.id].items()
                                                            if n})
        for c in count.constituencies]


def _national(count: Count, lev: Levelling, fixed: dict[str, int]
              ) -> tuple[dict[str, int], dict[str, int]]:
    """Each party's national share (the parties above the levelling threshold), and the
    constituency seats beyond it of the parties that left the count with them."""
    s = count.scenario
    base = count.tests[0].base if count.tests else 0
    rule = s.list_tier.threshold
    above = [p.id for p in s.parties
             if (count.votes[p.id] * 100 >= lev.percent * base if rule.inclusive
                 else count.votes[p.id] * 100 > lev.percent * base) and count.votes[p.id]]
    seats = s.list_tier.seats + lev.seats - sum(n for p, n in fixed.items() if p not in above)
    list_share = list_rule(s)
    final: dict[str, int] = {}
    over: dict[str, int] = {}
    while above:
        national = list_share.share({p: count.votes[p] for p in above}, seats,
                                    msg("tier.levelling_national"))
        shared = national.seats
        out = [p for p in above if fixed[p] > shared[p]]
        if not out:
            count.ties.extend(national.ties)
            final |= shared
            break
        for p in out:
            final[p], over[p] = shared[p], fixed[p] - shared[p]
            seats -= fixed[p]
        above = [p for p in above if p not in out]
    if over:
        count.notes.append(msg("note.levelling_kept", items=[
            msg("linkage.party_plus", party=s.party(p).name, n=n) for p, n in over.items()]))
    return final, over


def _table(count: Count, fixed: dict[str, int], levelling: dict[str, int]
           ) -> dict[str, dict[str, int]]:
    """Norway: one national table of quotients, each constituency its own levelling seats."""
    s = count.scenario
    rank = list_rule(s).priority
    won = {c.id: c.seats for c in count.constituencies}
    entries = []
    for c in s.list_tier.constituencies or ():
        total = sum(c.votes.values())
        for p, n in levelling.items():
            votes = c.votes.get(p, 0)
            if n and votes and total and c.seats:
                q = Fraction(votes * c.seats, (2 * won[c.id].get(p, 0) + 1) * total)
                entries.append((-q, rank(p), c.id, p))
    left = {c.id: c.levelling_seats for c in s.list_tier.constituencies or ()}
    todo = dict(levelling)
    placed: dict[str, dict[str, int]] = {c: {} for c in left}
    for _, _, cid, p in sorted(entries):
        if left[cid] and todo[p]:
            placed[cid][p] = placed[cid].get(p, 0) + 1
            left[cid] -= 1
            todo[p] -= 1
    if any(todo.values()):
        count.warnings.append(msg("warning.levelling_unplaced", n=sum(todo.values())))
    return placed


def _party_by_party(count: Count, fixed: dict[str, int], levelling: dict[str, int]
                    ) -> dict[str, dict[str, int]]:
    """Sweden: each party's levelling seats to its highest votes / (2s + 1), one by one."""
    regions = count.scenario.list_tier.constituencies or ()
    won = {c.id: dict(c.seats) for c in count.constituencies}
    placed: dict[str, dict[str, int]] = {c.id: {} for c in regions}
    order = {c.id: i for i, c in enumerate(regions)}
    for p, n in levelling.items():
        for _ in range(n):
            figures = {c.id: Fraction(c.votes.get(p, 0),
                                      2 * (won[c.id].get(p, 0) + placed[c.id].get(p, 0)) + 1)
                       for c in regions}
            best = max(figures, key=lambda cid: (figures[cid], -order[cid]))
            placed[best][p] = placed[best].get(p, 0) + 1
    return placed


def describe(scenario: Scenario) -> Term:
    """How this scenario's tiers are linked, in a sentence."""
    return Term("linkage", QT_TRANSLATE_NOOP(
        "linkage", "Levelling seats: each constituency's seats apart, then national levelling "
                   "seats bring the parties above the levelling threshold to their share of "
                   "the whole house, placed in constituencies."))


register(Linkage(
    "levelling_seats", allocate_levelling,
    QT_TRANSLATE_NOOP("linkage", "Levelling seats (Norway, Sweden)"), describe,
    entitlements=True, local_thresholds=True))
