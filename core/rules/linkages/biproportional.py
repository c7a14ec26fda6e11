"""Biproportional apportionment (Pukelsheim's double proportional method: Zurich since 2006,
several Swiss cantons): the list tier's constituencies are the districts, each with its seats.

1. Upper apportionment: the house's seats among the qualifying lists by Sainte-Laguë on their
   votes summed over the districts; with ``list_tier.voter_numbers`` on their voter numbers,
   each district's votes ÷ its seats rounded to a whole number, halves up (Zurich: a voter
   has as many party votes as the district has seats; Gemeindeordnung, GPR § 102 "sinngemäss").
2. Lower apportionment: a divisor for every district and every list such that each list's
   seats in a district are its votes there ÷ (district divisor × list divisor), rounded to
   the nearest whole number, every district getting its seats and every list its upper
   apportionment. Found by alternating scaling (rows, then columns, until both fit), exactly
   in fractions; the divisors shown are the simplest decimals in each feasible interval (the
   law's divisors are not unique: the seats are).

With a per-constituency threshold a list takes part if it passes in at least one district
(Zurich: 5% in one Wahlkreis). An exact tie at a half seat in the final rounding of the lower
apportionment (a lot in law) is refused rather than decided silently; one met on the way is not
a tie of the result and is passed.
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from core.message import QT_TRANSLATE_NOOP, Term, msg
from core.model.scenario import Constituency, Scenario
from core.rules.adjustments import refuse_adjustments
from core.rules.count import Count, list_rule, refuse_list_lengths
from core.rules.linkage import Linkage, register
from core.rules.methods import AllocationError
from core.rules.result import ConstituencyResult
from core.rules.thresholds import qualified_in, summarise_tests

MAX_ROUNDS = 500
HALF = Fraction(1, 2)


def allocate_biproportional(count: Count) -> None:
    """Upper apportionment by list, lower by district and list, with the divisors."""
    s = count.scenario
    districts = s.list_tier.constituencies
    tier = s.list_tier
    if districts is None or tier.method != "sainte-lague" or tier.first_divisor is not None:
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "needs {field} (the districts) and the method {method} with its own first "
                       "divisor (standard rounding)"), where="mixed.type biproportional",
            field="list_tier.constituencies", method="sainte-lague")
    refuse_list_lengths(s)
    refuse_adjustments(s, "mixed.type biproportional")
    passed: Counter[str] = Counter()
    for c in districts:
        passed.update(qualified_in(s, c, count.qualified, count.won))
    lists = [p.id for p in s.parties if passed[p.id]]
    if tier.threshold.scope == "constituency":
        count.tests = summarise_tests(count.tests, passed, len(districts))
    weight = {p: sum(_upper_weight(s, c, p) for c in districts) for p in lists}
    upper = list_rule(s).share(weight, tier.seats, msg("tier.upper"))
    count.ties.extend(upper.ties)
    votes = [[c.votes.get(p, 0) for p in lists] for c in districts]
    seats, row_div, col_div = lower_apportionment(
        votes, [c.seats for c in districts], [upper.seats[p] for p in lists])
    count.list_seats = {p: 0 for p in count.votes} | dict(zip(lists, (
        sum(row[j] for row in seats) for j in range(len(lists))), strict=True))
    count.apportionment = upper.apportionment
    for c, row in zip(districts, seats, strict=True):
        count.constituencies.append(ConstituencyResult(
            c.id, c.name, c.seats, dict.fromkeys(count.votes, 0) | dict(zip(lists, row,
                                                                           strict=True)),
            tuple(lists)))
    count.notes.append(msg("note.biproportional_upper", items=[
        msg("linkage.party_seats", party=s.party(p).name, n=upper.seats[p]) for p in lists]))
    count.notes.append(msg("note.biproportional_divisors", districts=[
        msg("note.divisor", name=c.name, divisor=d) for c, d in zip(districts, row_div,
                                                                   strict=True)],
        lists=[msg("note.divisor", name=s.party(p).name, divisor=d)
               for p, d in zip(lists, col_div, strict=True)]))


def _upper_weight(s: Scenario, c: Constituency, p: str) -> int:
    """A list's weight in the upper apportionment from one district: its votes, or its voter
    number (votes ÷ the district's seats, rounded half up)."""
    votes = c.votes.get(p, 0)
    if not s.list_tier.voter_numbers or not c.seats:
        return votes
    return (2 * votes + c.seats) // (2 * c.seats)


def lower_apportionment(votes: list[list[int]], rows: list[int], cols: list[int]
                        ) -> tuple[list[list[int]], list[Fraction], list[Fraction]]:
    """Seats per (row, column) = round(votes / (row divisor × column divisor)) with the given
    row and column sums, and the divisors, by alternating scaling (exact)."""
    if sum(rows) != sum(cols):
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "the districts have {rows} seats but the lists' upper apportionment "
            "{cols}"), where="biproportional", rows=sum(rows), cols=sum(cols))
    col_div = [Fraction(1)] * len(cols)
    row_div = [Fraction(1)] * len(rows)
    for _ in range(MAX_ROUNDS):
        seats, tied = [], False
        for i, total in enumerate(rows):
            row, row_div[i], tie = _fit([Fraction(v) / d for v, d in zip(votes[i], col_div,
                                                                          strict=True)], total)
            seats.append(row)
            tied = tied or tie
        if [sum(r[j] for r in seats) for j in range(len(cols))] == cols:
            if tied:  # a tie on the way (votes 3:1 exactly, say) is passed; here it is final
                raise AllocationError(QT_TRANSLATE_NOOP(
                    "refusal", "an exact tie at a half seat in the lower apportionment (decided "
                               "by lot in law); not decided here"), where="biproportional")
            return seats, row_div, col_div
        for j, total in enumerate(cols):
            _, col_div[j], _ = _fit([Fraction(votes[i][j]) / row_div[i]
                                     for i in range(len(rows))], total)
    raise AllocationError(QT_TRANSLATE_NOOP(
        "refusal", "the lower apportionment did not settle in {n} rounds"),
        where="biproportional", n=MAX_ROUNDS)


def _fit(weights: list[Fraction], seats: int) -> tuple[list[int], Fraction, bool]:
    """Sainte-Laguë (standard rounding) of ``seats`` on ``weights``, the simplest decimal
    divisor d with round(weight / d) = those seats, and whether that was a tie (two weights
    at a half seat for one divisor: then d is that divisor and the seats one choice of two).
    A tie in an intermediate round does not decide the apportionment; in the final one it
    does."""
    held = [0] * len(weights)
    for _ in range(seats):
        best = max(range(len(weights)), key=lambda j: (weights[j] / (held[j] + HALF), -j))
        held[best] += 1
    low = max((w / (n + HALF) for w, n in zip(weights, held, strict=True)), default=Fraction(0))
    high = min((w / (n - HALF) for w, n in zip(weights, held, strict=True) if n), default=None)
    if high is None:
        return held, low + 1, False
    if low >= high:
        return held, high, True
    return held, _simplest(low, high), False


def _simplest(low: Fraction, high: Fraction) -> Fraction:
    """The decimal with fewest digits strictly between ``low`` and ``high``."""
    scale = 1
    while True:
        x = Fraction((low + high) / 2 * scale).limit_denominator(1) / scale
        if low < x < high:
            return x
        scale *= 10


def describe(scenario: Scenario) -> Term:
    """How this scenario's seats are apportioned, in a sentence."""
    return Term("linkage", QT_TRANSLATE_NOOP(
        "linkage", "Biproportional: the seats among the lists nationwide, then in each "
                   "district by district and list divisors (double proportional)."))


register(Linkage(
    "biproportional", allocate_biproportional,
    QT_TRANSLATE_NOOP("linkage", "Biproportional (Zurich, Swiss cantons)"), describe))
