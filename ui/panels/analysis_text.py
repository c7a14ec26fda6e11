"""The Analysis tab's words and tables, built from the core's explanation and how-close
figures (``core.analysis``) in the window's language: pure functions of the data, which
``ui.panels.analysis_panel`` shows. Rounded figures carry the exact value in their tooltip.
"""

from __future__ import annotations

from fractions import Fraction
from html import escape

from PySide6.QtCore import QCoreApplication

from core.analysis.closeness import BonusMargin, HowClose, MajorityMargin
from core.analysis.explain import Explanation
from core.message import Term
from core.model.scenario import THRESHOLD_BASES
from core.rules.methods import METHODS, method_term
from core.rules.result import Result
from core.rules.thresholds import constituency_bases, votes_to_pass
from ui.models.rows_model import Cell, number
from ui.text import count, decimal, fill, percent, percent_sign, shown

PASSED, FAILED, MUTED, WARN = "#1b6e20", "#b00020", "#777777", "#8a5300"
REMAINDER_SEAT = "#fff3c4"  # the seats handed out by remainders stand out
ORDER_ROWS_SHOWN = 30  # the seat order scrolls beyond this
translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it


def quota_columns() -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """Headings and their tooltips of the count table, largest-remainder methods."""
    return ((translate("AnalysisPanel", "Party"), translate("AnalysisPanel", "Votes"),
             translate("AnalysisPanel", "Threshold"), translate("AnalysisPanel", "Quotas"),
             translate("AnalysisPanel", "Whole"), translate("AnalysisPanel", "Remainder"),
             translate("AnalysisPanel", "Rank"), translate("AnalysisPanel", "Extra seat"),
             translate("AnalysisPanel", "List seats")),
            (None, translate("AnalysisPanel", "List votes"),
             translate("AnalysisPanel", "Share of the threshold base against the threshold"),
             translate("AnalysisPanel", "Votes ÷ quota"),
             translate("AnalysisPanel", "Seats from whole quotas"),
             translate("AnalysisPanel", "Votes − whole × quota (exact value in the tooltip)"),
             translate("AnalysisPanel", "Place among the remainders (1 = largest)"),
             translate("AnalysisPanel", "Won one more seat by its remainder"),
             translate("AnalysisPanel", "Seats from the party list")))


def divisor_columns() -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """Headings and their tooltips of the count table, divisor methods."""
    return ((translate("AnalysisPanel", "Party"), translate("AnalysisPanel", "Votes"),
             translate("AnalysisPanel", "Threshold"), translate("AnalysisPanel", "List seats"),
             translate("AnalysisPanel", "Last seat won at"),
             translate("AnalysisPanel", "Next quotient")),
            (None, translate("AnalysisPanel", "List votes"),
             translate("AnalysisPanel", "Share of the threshold base against the threshold"),
             translate("AnalysisPanel", "Seats from the party list"),
             translate("AnalysisPanel", "The quotient that won the party its last seat"),
             translate("AnalysisPanel", "The party's next quotient: the one that fell short")))


def order_columns() -> tuple[str, ...]:
    """Headings of the seat-by-seat table."""
    return (translate("AnalysisPanel", "Seat"), translate("AnalysisPanel", "Party"),
            translate("AnalysisPanel", "Votes"), translate("AnalysisPanel", "Divisor"),
            translate("AnalysisPanel", "Quotient"), "")


def close_columns() -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """Headings and their tooltips of the how-close table."""
    return ((translate("AnalysisPanel", "Party"), translate("AnalysisPanel", "Votes"),
             translate("AnalysisPanel", "Seats"), translate("AnalysisPanel", "One more seat"),
             translate("AnalysisPanel", "One seat fewer"),
             translate("AnalysisPanel", "Pass threshold"),
             translate("AnalysisPanel", "Fail threshold")),
            (None, translate("AnalysisPanel", "List votes"),
             translate("AnalysisPanel", "All seats (list + district)"),
             translate("AnalysisPanel", "The fewest extra votes that win one more seat, others "
                                        "fixed"),
             translate("AnalysisPanel", "The fewest lost votes that cost a seat (one fewer and "
                                        "it keeps them all)"),
             translate("AnalysisPanel", "Extra votes needed to pass the threshold"),
             translate("AnalysisPanel", "The fewest lost votes that make it fail the "
                                        "threshold")))


# ---------------------------------------------------------------------- formatting


def exact(value: Fraction | int) -> str:
    """An exact value: a whole count, or ``numerator/denominator``."""
    value = Fraction(value)
    if value.denominator == 1:
        return count(value.numerator)
    return f"{count(value.numerator)}/{count(value.denominator)}"


def percent_text(p: Fraction) -> str:
    """A threshold percentage: ``5%``, ``0.5%``; a repeating one exactly, ``2/3% (≈0.667%)``."""
    p = Fraction(p)
    rest = p.denominator
    for factor in (2, 5):
        while rest % factor == 0:
            rest //= factor
    if rest == 1:
        return percent(p)
    return f"{exact(p)}{percent_sign()} (≈{decimal(p, 3)}{percent_sign()})"


def _party(result: Result, party_id: str, **look) -> Cell:
    p = result.party(party_id)
    return Cell(p.name, p.name, swatch=p.color, **look)


# ---------------------------------------------------------------------- explain


def quota_text(e: Explanation) -> str:
    """The quota as a formula with its exact parts: ``Hare quota = 5 971 719 / 69 ≈ …``."""
    if e.quota is None:
        return ""
    votes = count(e.qualifying_votes)
    name = shown(method_term(e.method_id))
    per = Fraction(e.qualifying_votes) / e.quota
    if e.method_id == "droop" and e.quota.denominator == 1:
        formula = f"⌊{votes} / {e.seats + 1}⌋ + 1 = {exact(e.quota)}"
        words = translate("AnalysisPanel", "qualifying votes / (seats + 1), rounded down, + 1")
    elif per.denominator == 1:  # a fallback quota (see the notes) shows its own divisor
        formula = f"{votes} / {per.numerator} ≈ {decimal(e.quota_float)}"
        extra = per.numerator - e.seats
        words = (fill(translate("AnalysisPanel", "qualifying votes / (seats + {n})"), n=extra)
                 if extra else translate("AnalysisPanel", "qualifying votes / seats"))
    else:
        formula = f"{exact(e.quota)} ≈ {decimal(e.quota_float)}"
        words = translate("AnalysisPanel", "exact quota")
    if not METHODS[e.method_id].short.endswith("quota"):
        name = fill(translate("AnalysisPanel", "{method} quota"), method=name)
    return fill(translate("AnalysisPanel", "<b>{quota}</b> = {formula} votes per seat ({words}; "
                                           "{seats} list {seats:plural:seat|seats})."),
                quota=escape(name), formula=formula, words=words, seats=e.seats)


def remainder_text(e: Explanation, result: Result) -> str:
    """Whole seats, then who took the remainder seats, largest remainder first."""
    won = sorted((line for line in e.quota_lines if line.remainder_seat),
                 key=lambda line: line.remainder_rank)
    names = ", ".join(fill(translate("AnalysisPanel", "{party} with {remainder}"),
                           party=escape(result.party(line.party_id).name),
                           remainder=decimal(line.remainder_float)) for line in won)
    text = fill(translate("AnalysisPanel", "{whole} {whole:plural:seat|seats} by whole quotas, "
                                           "{left} by the largest remainders"),
                whole=e.whole_seats, left=e.remainder_seats)
    return text + (f": {names}." if names else ".")


def threshold_text(e: Explanation, result: Result) -> str:
    """The threshold with its exact denominator and the fewest votes that pass it (in each
    constituency, when it is tested there on its own votes)."""
    rule = result.scenario.list_tier.threshold
    if not rule.percent or not e.thresholds:
        return translate("AnalysisPanel", "No threshold: every party takes part in the count.")
    percent = percent_text(rule.percent)
    words = Term("rules", THRESHOLD_BASES[rule.base])
    per_constituency = constituency_bases(result.scenario)
    if per_constituency:
        least = [(votes_to_pass(rule, base), name) for name, base in per_constituency]
        (low, low_name), (high, high_name) = min(least), max(least)
        template = (translate("AnalysisPanel", "Threshold: at least {percent} of each "
                                               "constituency's {words}, tested in each on its "
                                               "own votes: a party needs from {low} votes "
                                               "({low_name}) to {high} ({high_name}).")
                    if rule.inclusive else
                    translate("AnalysisPanel", "Threshold: more than {percent} of each "
                                               "constituency's {words}, tested in each on its "
                                               "own votes: a party needs from {low} votes "
                                               "({low_name}) to {high} ({high_name})."))
        return fill(template, percent=percent, words=words, low=low,
                    low_name=escape(low_name), high=high, high_name=escape(high_name))
    bases = {t.base for t in e.thresholds}
    if len(bases) != 1:
        return fill(translate("AnalysisPanel", "Threshold {percent} of each party's own base "
                                               "(see the tooltips)."), percent=percent)
    base = bases.pop()
    needed = rule.percent * base / 100
    least = votes_to_pass(rule, base)
    template = (translate("AnalysisPanel", "Threshold: at least {percent} of {base} {words} = "
                                           "{needed}: a party needs {least} votes or more.")
                if rule.inclusive else
                translate("AnalysisPanel", "Threshold: more than {percent} of {base} {words} = "
                                           "{needed}: a party needs {least} votes or more."))
    return fill(template, percent=percent, base=base, words=words, needed=decimal(needed),
                least=least)


def divisor_text(e: Explanation, result: Result) -> str:
    """How a divisor method handed out the seats, and where the cut-off fell."""
    text = fill(translate("AnalysisPanel", "<b>{method}</b>: {seats} {seats:plural:seat|seats} to "
                                           "the highest quotients votes ÷ divisor"),
                method=escape(shown(Term("method", e.method_name)), quote=False), seats=e.seats)
    if e.minimum_seats:
        text += fill(translate("AnalysisPanel", ", after {n} {n:plural:seat|seats} to each "
                                                "qualifying party"), n=e.minimum_seats)
    text += "."
    if e.steps:
        last = e.steps[-1]
        text += " " + fill(translate("AnalysisPanel",
                                     "The last seat went to {party} at {quotient}"),
                           party=escape(result.party(last.party_id).name),
                           quotient=decimal(last.quotient_float))
        if e.runners_up:
            best = min(e.runners_up, key=lambda s: -s.quotient_float)
            text += fill(translate("AnalysisPanel",
                                   "; the next would have gone to {party} at {quotient}"),
                         party=escape(result.party(best.party_id).name),
                         quotient=decimal(best.quotient_float))
        text += "."
    return text


def _threshold_cells(e: Explanation, result: Result, row: int) -> list[Cell]:
    t = e.thresholds[row]
    look = {} if t.passed else {"color": MUTED}
    tip = fill(translate("AnalysisPanel", "{votes} / {base} = {share}: passed") if t.passed else
               translate("AnalysisPanel", "{votes} / {base} = {share}: failed, no list seats"),
               votes=t.votes, base=t.base, share=fill("{s:pct6}", s=t.share_float))
    return [_party(result, t.party_id, **look), number(count(t.votes), **look),
            Cell(shown(t.reason), tip, color=PASSED if t.passed else FAILED)]


def explain_party_rows(e: Explanation, result: Result) -> list[list[Cell]]:
    """One row per party: the threshold test, then the count (quota or divisor columns)."""
    lines = {line.party_id: line for line in e.quota_lines}
    last_won: dict[str, float] = {}
    for step in e.steps:
        last_won[step.party_id] = step.quotient_float
    runner = {s.party_id: s for s in e.runners_up}
    rows = []
    for i, t in enumerate(e.thresholds):
        cells = _threshold_cells(e, result, i)
        if e.kind == "quota":
            cells += _quota_cells(e, lines.get(t.party_id))
        else:
            seats = result.party(t.party_id).list_seats if t.passed else None
            won = last_won.get(t.party_id)
            nxt = runner.get(t.party_id)
            cells += [number("" if seats is None else str(seats)),
                      number("" if won is None else decimal(won)),
                      number("" if nxt is None else decimal(nxt.quotient_float),
                             None if nxt is None else f"{count(nxt.votes)} ÷ {_divisor(nxt)}")]
        rows.append(cells)
    return rows


def _quota_cells(e: Explanation, line) -> list[Cell]:
    if line is None:
        return [Cell() for _ in range(6)]
    quotas = Fraction(line.votes) / e.quota
    look = {"background": REMAINDER_SEAT} if line.remainder_seat else {}
    return [number(decimal(quotas, 4), f"{count(line.votes)} ÷ {exact(e.quota)}"),
            number(str(line.whole)),
            number(decimal(line.remainder_float),
                   fill(translate("AnalysisPanel",
                                  "{votes} − {whole} × {quota} = {remainder} votes"),
                        votes=line.votes, whole=line.whole, quota=exact(e.quota),
                        remainder=exact(line.remainder)), **look),
            number(str(line.remainder_rank), **look),
            Cell("+1" if line.remainder_seat else "", bold=line.remainder_seat, **look),
            number(str(line.seats), bold=True)]


def _divisor(step) -> str:
    if step.divisor is None:
        return decimal(step.divisor_float, 6).rstrip("0").rstrip(".,")
    return exact(step.divisor) if step.divisor.denominator == 1 else fill(
        "{d:num}", d=step.divisor_float)


def seat_order_rows(e: Explanation, result: Result) -> list[list[Cell]]:
    """Divisor methods: every seat in the order it was won, then each party's next quotient."""
    rows = []
    for step in (*e.steps, *e.runners_up):
        look = {} if step.seat is not None else {"color": MUTED, "italic": True}
        quotient = (exact(step.quotient) if step.quotient is not None else
                    translate("AnalysisPanel", "infinite (zero divisor)") if step.divisor == 0 else
                    decimal(step.quotient_float, 6))
        rows.append([
            number(str(step.seat) if step.seat is not None else translate("AnalysisPanel", "next"),
                   **look),
            _party(result, step.party_id, **look),
            number(count(step.votes), **look),
            number(_divisor(step), fill(translate("AnalysisPanel", "{n} {n:plural:seat|seats} held "
                                                                   "before this one"), n=step.k),
                   **look),
            number(decimal(step.quotient_float), quotient, **look),
            Cell(translate("AnalysisPanel", "tie at the cut-off") if step.tie else "", color=WARN),
        ])
    return rows


# ---------------------------------------------------------------------- how close


def _points(votes: int, base: int) -> str:
    return fill(translate("AnalysisPanel", "{points} points of the threshold base"),
                points=decimal(votes / base * 100)) if base else ""


def how_close_rows(h: HowClose, result: Result) -> list[list[Cell]]:
    """One row per party: the votes to gain or lose a seat and to pass or fail the threshold."""
    base = {t.party_id: t.base for t in result.thresholds}
    rows = []
    for c in h.parties:
        b = base.get(c.party_id, 0)
        gain = ("—", translate("AnalysisPanel", "No number of extra votes wins another seat")) \
            if c.votes_to_gain_seat is None else \
            (f"+{count(c.votes_to_gain_seat)}{_in(c.gain_in)}",
             _points(c.votes_to_gain_seat, b))
        lose = ("—", translate("AnalysisPanel", "It has no seat to lose")) \
            if c.votes_to_lose_seat is None else \
            (f"−{count(c.votes_to_lose_seat)}{_in(c.lose_in)}",
             fill(translate("AnalysisPanel", "It can lose {votes} votes and keep its {n} "
                                             "{n:plural:seat|seats}; "),
                  votes=c.can_lose, n=c.seats) + _points(c.votes_to_lose_seat, b))
        if _lost_at_the_threshold(c):  # not one seat fewer: every list seat, at once
            seats = result.party(c.party_id).list_seats
            lose = (fill(translate("AnalysisPanel", "−{votes}: all {n} list"),
                         votes=c.votes_to_lose_seat, n=seats),
                    fill(translate("AnalysisPanel", "{votes} fewer votes take it below the "
                                                    "threshold: it loses all {n} of its list "
                                                    "{n:plural:seat|seats} at once, not one; "),
                         votes=c.votes_to_lose_seat, n=seats)
                    + _points(c.votes_to_lose_seat, b))
        if c.votes_to_pass_threshold is None:
            to_pass = (translate("AnalysisPanel", "n/a"),
                       translate("AnalysisPanel", "No threshold applies to this party"))
        elif c.votes_to_pass_threshold == 0:
            to_pass = (translate("AnalysisPanel", "passes"), None)
        else:
            to_pass = (f"+{count(c.votes_to_pass_threshold)}",
                       _points(c.votes_to_pass_threshold, b))
        to_fail = (("—", None) if c.votes_to_fail_threshold is None else
                   (f"−{count(c.votes_to_fail_threshold)}",
                    _points(c.votes_to_fail_threshold, b)))
        rows.append([
            _party(result, c.party_id), number(count(c.votes)),
            number(str(c.seats), bold=True), number(*gain), number(*lose),
            number(*to_pass, color=MUTED if c.votes_to_pass_threshold in (None, 0) else None),
            number(*to_fail)])
    return rows


def _lost_at_the_threshold(c) -> bool:
    """The first seat the party would lose goes with the threshold (and all its list seats
    with it): the fewest votes to lose a seat are the fewest to fail the threshold."""
    return (c.votes_to_lose_seat is not None and c.votes_to_fail_threshold is not None
            and c.votes_to_lose_seat >= c.votes_to_fail_threshold and c.lose_in is None)


def _in(constituency: str | None) -> str:
    """Where the votes move, when the list tier counts by constituency."""
    if not constituency:
        return ""
    return fill(translate("AnalysisPanel", " in {constituency}"), constituency=constituency)


def majority_sentence(m: MajorityMargin, result: Result) -> str:
    """One line on the largest party and one majority (simple or two-thirds)."""
    name = escape(result.party(m.party_id).name)
    kind = (translate("AnalysisPanel", "Simple majority") if m.kind == "simple" else
            translate("AnalysisPanel", "Two-thirds majority"))
    head = fill(translate("AnalysisPanel", "<b>{kind}</b> ({needed} of {house} seats): "),
                kind=kind, needed=m.needed, house=result.majority.house)
    if m.holds:
        if m.votes_to_lose is None:
            return head + fill(translate("AnalysisPanel", "{party} holds it ({seats}) whatever its "
                                                          "list votes."), party=name, seats=m.seats)
        text = head + fill(translate("AnalysisPanel", "{party} holds it with {seats}; it loses it "
                                                      "with {votes} fewer votes{where} (to "
                                                      "abstention)"),
                           party=name, seats=m.seats, votes=m.votes_to_lose,
                           where=escape(_in(m.where)))
        if m.votes_to_lose_to_runner_up is not None and m.runner_up is not None:
            text += fill(translate("AnalysisPanel", ", or {votes} moved to {party}{where}"),
                         votes=m.votes_to_lose_to_runner_up,
                         party=escape(result.party(m.runner_up).name),
                         where=escape(_in(m.where_to_runner_up)))
        return text + "."
    if m.votes_to_win is None:
        return head + fill(translate("AnalysisPanel", "{party} has {seats}; no number of extra "
                                                      "votes of its own wins it."),
                           party=name, seats=m.seats)
    return head + fill(translate("AnalysisPanel", "{party} has {seats}; it needs {votes} more "
                                                  "votes{where} (from abstainers)."),
                       party=name, seats=m.seats, votes=m.votes_to_win, where=escape(_in(m.where)))


def bonus_sentence(b: BonusMargin, result: Result) -> str:
    """One line on the majority bonus: the votes that move it a step, or to the runner-up."""
    text = fill(translate("AnalysisPanel", "<b>Majority bonus</b>: {party} has {n} bonus "
                                           "seats"),
                party=escape(result.party(b.party_id).name), n=b.bonus)
    if b.votes_to_next_step is not None:
        text += fill(translate("AnalysisPanel", "; with {votes} more votes it would have "
                                                "{seats}"),
                     votes=b.votes_to_next_step, seats=b.bonus_up)
    if b.votes_to_lose_step is not None:
        text += fill(translate("AnalysisPanel", "; with {votes} fewer votes (to abstention), "
                                                "{seats}"),
                     votes=b.votes_to_lose_step, seats=b.bonus_down)
    if b.runner_up is not None and b.votes_to_take_bonus is not None:
        text += fill(translate("AnalysisPanel", "; {party} would take a bonus with {votes} "
                                                "more votes"),
                     party=escape(result.party(b.runner_up).name), votes=b.votes_to_take_bonus)
    return text + "."
