"""The Analysis tab: why the seats fell as they did, and how close each party is to a change.

"Explain" (``core.analysis.explain.explain``) is quick and shown with every result: the threshold
test with its exact denominator, then the quota, whole quotas and remainders (largest-remainder
methods) or the seat-by-seat order of quotients (divisor methods). "How close"
(``core.analysis.explain.how_close``) recomputes the allocation many times, so it runs off the UI
thread, and only while the tab is on screen. Rounded figures carry the exact value in their
tooltip.
"""

from __future__ import annotations

from fractions import Fraction
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.analysis.closeness import BonusMargin, HowClose, MajorityMargin, how_close
from core.analysis.explain import Explanation, explain
from core.message import Term
from core.model.numbers import format_count, format_decimal
from core.model.scenario import THRESHOLD_BASES
from core.rules.methods import method_term
from core.rules.result import Result
from core.rules.thresholds import constituency_bases, votes_to_pass
from ui.document import Document
from ui.models.rows_model import Cell, RowsModel, fit_height, number, read_only_table, scrolled_page
from ui.text import shown
from ui.worker import Failure, Worker

PASSED, FAILED, MUTED, WARN = "#1b6e20", "#b00020", "#777777", "#8a5300"
REMAINDER_SEAT = "#fff3c4"  # the seats handed out by remainders stand out
ORDER_ROWS_SHOWN = 30  # the seat order scrolls beyond this

QUOTA_HEADERS = ("Party", "Votes", "Threshold", "Quotas", "Whole", "Remainder", "Rank",
                 "Extra seat", "List seats")
QUOTA_TIPS = (None, "List votes", "Share of the threshold base against the threshold",
              "Votes ÷ quota", "Seats from whole quotas",
              "Votes − whole × quota (exact value in the tooltip)",
              "Place among the remainders (1 = largest)",
              "Won one more seat by its remainder", "Seats from the party list")
DIVISOR_HEADERS = ("Party", "Votes", "Threshold", "List seats", "Last seat won at",
                   "Next quotient")
DIVISOR_TIPS = (None, "List votes", "Share of the threshold base against the threshold",
                "Seats from the party list", "The quotient that won the party its last seat",
                "The party's next quotient: the one that fell short")
ORDER_HEADERS = ("Seat", "Party", "Votes", "Divisor", "Quotient", "")
CLOSE_HEADERS = ("Party", "Votes", "Seats", "One more seat", "One seat fewer", "Pass threshold",
                 "Fail threshold")
CLOSE_TIPS = (None, "List votes", "All seats (list + district)",
              "The fewest extra votes that win one more seat, others fixed",
              "The fewest lost votes that cost a seat (one fewer and it keeps them all)",
              "Extra votes needed to pass the threshold",
              "The fewest lost votes that make it fail the threshold")


# ---------------------------------------------------------------------- formatting


def exact(value: Fraction | int) -> str:
    """An exact value: a whole count, or ``numerator/denominator``."""
    value = Fraction(value)
    if value.denominator == 1:
        return format_count(value.numerator)
    return f"{format_count(value.numerator)}/{format_count(value.denominator)}"


def percent_text(p: Fraction) -> str:
    """A threshold percentage: ``5%``, ``0.5%``; a repeating one exactly, ``2/3% (≈0.667%)``."""
    p = Fraction(p)
    rest = p.denominator
    for factor in (2, 5):
        while rest % factor == 0:
            rest //= factor
    return f"{float(p):g}%" if rest == 1 else f"{exact(p)}% (≈{float(p):.3f}%)"


def _party(result: Result, party_id: str, **look) -> Cell:
    p = result.party(party_id)
    return Cell(p.name, p.name, swatch=p.color, **look)


# ---------------------------------------------------------------------- explain


def quota_text(e: Explanation) -> str:
    """The quota as a formula with its exact parts: ``Hare quota = 5 971 719 / 69 ≈ …``."""
    if e.quota is None:
        return ""
    votes = format_count(e.qualifying_votes)
    name = shown(method_term(e.method_id))
    name += "" if name.endswith("quota") else " quota"
    per = Fraction(e.qualifying_votes) / e.quota
    if e.method_id == "droop" and e.quota.denominator == 1:
        formula = f"⌊{votes} / {e.seats + 1}⌋ + 1 = {exact(e.quota)}"
        words = "qualifying votes / (seats + 1), rounded down, + 1"
    elif per.denominator == 1:  # a fallback quota (see the notes) shows its own divisor
        formula = f"{votes} / {per.numerator} ≈ {format_decimal(e.quota_float)}"
        extra = per.numerator - e.seats
        words = "qualifying votes / " + (f"(seats + {extra})" if extra else "seats")
    else:
        formula, words = f"{exact(e.quota)} ≈ {format_decimal(e.quota_float)}", "exact quota"
    return f"<b>{name}</b> = {formula} votes per seat ({words}; {e.seats} list seats)."


def remainder_text(e: Explanation, result: Result) -> str:
    """Whole seats, then who took the remainder seats, largest remainder first."""
    won = sorted((line for line in e.quota_lines if line.remainder_seat),
                 key=lambda line: line.remainder_rank)
    names = ", ".join(f"{escape(result.party(line.party_id).name)} with "
                      f"{format_decimal(line.remainder_float)}" for line in won)
    text = f"{e.whole_seats} seats by whole quotas, {e.remainder_seats} by the largest remainders"
    return text + (f": {names}." if names else ".")


def threshold_text(e: Explanation, result: Result) -> str:
    """The threshold with its exact denominator and the fewest votes that pass it (in each
    constituency, when it is tested there on its own votes)."""
    rule = result.scenario.list_tier.threshold
    if not rule.percent or not e.thresholds:
        return "No threshold: every party takes part in the count."
    percent = percent_text(rule.percent)
    sign = "at least" if rule.inclusive else "more than"
    words = shown(Term('rules', THRESHOLD_BASES[rule.base]))
    per_constituency = constituency_bases(result.scenario)
    if per_constituency:
        least = [(votes_to_pass(rule, base), name) for name, base in per_constituency]
        (low, low_name), (high, high_name) = min(least), max(least)
        return (f"Threshold: {sign} {percent} of each constituency's {words}, tested in each "
                f"on its own votes: a party needs from {format_count(low)} votes "
                f"({escape(low_name)}) to {format_count(high)} ({escape(high_name)}).")
    bases = {t.base for t in e.thresholds}
    if len(bases) != 1:
        return f"Threshold {percent} of each party's own base (see the tooltips)."
    base = bases.pop()
    needed = rule.percent * base / 100
    return (f"Threshold: {sign} {percent} of {format_count(base)} {words} = "
            f"{format_decimal(float(needed))}: a party needs "
            f"{format_count(votes_to_pass(rule, base))} votes or more.")


def divisor_text(e: Explanation, result: Result) -> str:
    """How a divisor method handed out the seats, and where the cut-off fell."""
    text = (f"<b>{shown(Term('method', e.method_name))}</b>: {e.seats} seats to the highest "
            "quotients votes ÷ divisor")
    if e.minimum_seats:
        text += f", after {e.minimum_seats} seat(s) to each qualifying party"
    text += "."
    if e.steps:
        last = e.steps[-1]
        text += (f" The last seat went to {escape(result.party(last.party_id).name)} at "
                 f"{format_decimal(last.quotient_float)}")
        if e.runners_up:
            best = min(e.runners_up, key=lambda s: -s.quotient_float)
            text += (f"; the next would have gone to {escape(result.party(best.party_id).name)} at "
                     f"{format_decimal(best.quotient_float)}")
        text += "."
    return text


def _threshold_cells(e: Explanation, result: Result, row: int) -> list[Cell]:
    t = e.thresholds[row]
    look = {} if t.passed else {"color": MUTED}
    tip = (f"{format_count(t.votes)} / {format_count(t.base)} = {t.share_float * 100:.6f}%: "
           + ("passed" if t.passed else "failed, no list seats"))
    return [_party(result, t.party_id, **look), number(format_count(t.votes), **look),
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
                      number("" if won is None else format_decimal(won)),
                      number("" if nxt is None else format_decimal(nxt.quotient_float),
                             None if nxt is None else f"{format_count(nxt.votes)} ÷ "
                             f"{_divisor(nxt)}")]
        rows.append(cells)
    return rows


def _quota_cells(e: Explanation, line) -> list[Cell]:
    if line is None:
        return [Cell() for _ in range(6)]
    quotas = Fraction(line.votes) / e.quota
    look = {"background": REMAINDER_SEAT} if line.remainder_seat else {}
    return [number(f"{float(quotas):.4f}", f"{format_count(line.votes)} ÷ {exact(e.quota)}"),
            number(str(line.whole)),
            number(format_decimal(line.remainder_float),
                   f"{format_count(line.votes)} − {line.whole} × {exact(e.quota)} = "
                   f"{exact(line.remainder)} votes", **look),
            number(str(line.remainder_rank), **look),
            Cell("+1" if line.remainder_seat else "", bold=line.remainder_seat, **look),
            number(str(line.seats), bold=True)]


def _divisor(step) -> str:
    if step.divisor is None:
        return f"{step.divisor_float:.6g}"
    return exact(step.divisor) if step.divisor.denominator == 1 else f"{step.divisor_float:g}"


def seat_order_rows(e: Explanation, result: Result) -> list[list[Cell]]:
    """Divisor methods: every seat in the order it was won, then each party's next quotient."""
    rows = []
    for step in (*e.steps, *e.runners_up):
        look = {} if step.seat is not None else {"color": MUTED, "italic": True}
        quotient = (exact(step.quotient) if step.quotient is not None else
                    "infinite (zero divisor)" if step.divisor == 0 else f"{step.quotient_float}")
        rows.append([
            number(str(step.seat) if step.seat is not None else "next", **look),
            _party(result, step.party_id, **look),
            number(format_count(step.votes), **look),
            number(_divisor(step), f"{step.k} seat(s) held before this one", **look),
            number(format_decimal(step.quotient_float), quotient, **look),
            Cell("tie at the cut-off" if step.tie else "", color=WARN),
        ])
    return rows


# ---------------------------------------------------------------------- how close


def _points(votes: int, base: int) -> str:
    return f"{votes / base * 100:.2f} points of the threshold base" if base else ""


def how_close_rows(h: HowClose, result: Result) -> list[list[Cell]]:
    """One row per party: the votes to gain or lose a seat and to pass or fail the threshold."""
    base = {t.party_id: t.base for t in result.thresholds}
    rows = []
    for c in h.parties:
        b = base.get(c.party_id, 0)
        gain = ("—", "No number of extra votes wins another seat") \
            if c.votes_to_gain_seat is None else \
            (f"+{format_count(c.votes_to_gain_seat)}{_in(c.gain_in)}",
             _points(c.votes_to_gain_seat, b))
        lose = ("—", "It has no seat to lose") if c.votes_to_lose_seat is None else \
            (f"−{format_count(c.votes_to_lose_seat)}{_in(c.lose_in)}",
             f"It can lose {format_count(c.can_lose)} votes and keep its {c.seats} seat(s); "
             + _points(c.votes_to_lose_seat, b))
        if _lost_at_the_threshold(c):  # not one seat fewer: every list seat, at once
            seats = result.party(c.party_id).list_seats
            lose = (f"−{format_count(c.votes_to_lose_seat)}: all {seats} list",
                    f"{format_count(c.votes_to_lose_seat)} fewer votes take it below the "
                    f"threshold: it loses all {seats} of its list seats at once, not one; "
                    + _points(c.votes_to_lose_seat, b))
        if c.votes_to_pass_threshold is None:
            to_pass = ("n/a", "No threshold applies to this party")
        elif c.votes_to_pass_threshold == 0:
            to_pass = ("passes", None)
        else:
            to_pass = (f"+{format_count(c.votes_to_pass_threshold)}",
                       _points(c.votes_to_pass_threshold, b))
        to_fail = (("—", None) if c.votes_to_fail_threshold is None else
                   (f"−{format_count(c.votes_to_fail_threshold)}",
                    _points(c.votes_to_fail_threshold, b)))
        rows.append([
            _party(result, c.party_id), number(format_count(c.votes)),
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
    return f" in {constituency}" if constituency else ""


def majority_sentence(m: MajorityMargin, result: Result) -> str:
    """One line on the largest party and one majority (simple or two-thirds)."""
    name = escape(result.party(m.party_id).name)
    kind = "Simple majority" if m.kind == "simple" else "Two-thirds majority"
    head = f"<b>{kind}</b> ({m.needed} of {result.majority.house} seats): "
    if m.holds:
        if m.votes_to_lose is None:
            return head + f"{name} holds it ({m.seats}) whatever its list votes."
        text = (head + f"{name} holds it with {m.seats}; it loses it with "
                f"{format_count(m.votes_to_lose)} fewer votes{_in(m.where)} (to abstention)")
        if m.votes_to_lose_to_runner_up is not None and m.runner_up is not None:
            text += (f", or {format_count(m.votes_to_lose_to_runner_up)} moved to "
                     f"{escape(result.party(m.runner_up).name)}{_in(m.where_to_runner_up)}")
        return text + "."
    if m.votes_to_win is None:
        return head + f"{name} has {m.seats}; no number of extra votes of its own wins it."
    return (head + f"{name} has {m.seats}; it needs {format_count(m.votes_to_win)} "
            f"more votes{_in(m.where)} (from abstainers).")


def bonus_sentence(b: BonusMargin, result: Result) -> str:
    """One line on the majority bonus: the votes that move it a step, or to the runner-up."""
    name = result.party(b.party_id).name
    text = f"<b>Majority bonus</b>: {name} has {b.bonus} bonus seat(s)"
    if b.votes_to_next_step is not None:
        text += (f"; with {format_count(b.votes_to_next_step)} more votes it would have "
                 f"{b.bonus_up}")
    if b.votes_to_lose_step is not None:
        text += (f"; with {format_count(b.votes_to_lose_step)} fewer votes (to abstention), "
                 f"{b.bonus_down}")
    if b.runner_up is not None and b.votes_to_take_bonus is not None:
        text += (f"; {result.party(b.runner_up).name} would take a bonus with "
                 f"{format_count(b.votes_to_take_bonus)} more votes")
    return text + "."


# ---------------------------------------------------------------------- the panel


def _label(text: str = "", rich: bool = True, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText if rich else Qt.PlainText)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def _heading(text: str) -> QLabel:
    return _label(f"<b>{text}</b>", style="font-size: 14px; margin-top: 2px;")


class AnalysisPanel(QWidget):
    """Explain every seat and how close each party is, for each of the document's results."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Result | None = None
        self.explanation: Explanation | None = None
        self.closeness: HowClose | None = None
        self._pending: Result | None = None  # how close waits until the tab is shown
        self.explain_model = RowsModel(QUOTA_HEADERS, QUOTA_TIPS, self)
        self.order_model = RowsModel(ORDER_HEADERS, (), self)
        self.close_model = RowsModel(CLOSE_HEADERS, CLOSE_TIPS, self)
        self._worker = Worker(self)
        self._build()
        document.result_changed.connect(self.set_result)
        if document.current_result() is not None:
            self.set_result(document.current_result())

    def _build(self) -> None:
        self.method_label = _label()
        self.threshold_label = _label()
        self.count_label = _label()
        self.notes_label = _label(style=f"color: {WARN};")
        self.explain_view = read_only_table(self.explain_model)
        self.order_view = read_only_table(self.order_model, stretch=5)
        self.close_status = _label(style=f"color: {MUTED};")
        self.close_view = read_only_table(self.close_model)
        self.majority_label = _label()
        self.caveat_label = _label(style=f"color: {MUTED}; font-size: 11px;")
        self.order_title = _heading("Seat by seat")
        self.order_hint = _label("In the order won; greyed: each party's next quotient, "
                                 "which fell short.", style=f"color: {MUTED};")
        fit_height(self.explain_view)
        fit_height(self.close_view)
        fit_height(self.order_view, max_rows=ORDER_ROWS_SHOWN)
        page = scrolled_page(self)
        lay = QVBoxLayout(page)
        for w in (_heading("Why these seats"), self.method_label, self.threshold_label,
                  self.count_label, self.notes_label, self.explain_view,
                  _heading("How close: votes that change the outcome, others fixed"),
                  self.close_status, self.close_view, self.majority_label, self.caveat_label,
                  self.order_title, self.order_hint, self.order_view):
            lay.addWidget(w)
        lay.addStretch(1)

    # ---------------------------------------------------------------- results

    def set_result(self, result: Result) -> None:
        """Explain ``result`` and work out how close, once the panel is on screen (a hidden
        tab costs an edit nothing)."""
        self.result = result
        self.closeness = None
        self._pending = result
        if self.isVisible():
            self._refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        if self._pending is None:
            return
        self._show_explanation(self._pending)
        self.close_status.setText("Working out how close each party is…")
        self.close_status.show()
        self._start_how_close()

    def wait(self) -> None:
        """Block until the background work is done (tests, screenshots)."""
        self._worker.wait()

    def _start_how_close(self) -> None:
        result, self._pending = self._pending, None
        if result is not None:
            self._worker.run(lambda: how_close(result),
                             lambda h: self._show_how_close(result, h), self._how_close_failed)

    def _how_close_failed(self, failure: Failure) -> None:
        self.close_status.setText(f"<span style='color:{FAILED}'>Cannot compute: "
                                  f"{escape(failure.message)}</span>")

    def _show_explanation(self, result: Result) -> None:
        try:
            e = explain(result)
        except (ValueError, ArithmeticError) as error:
            self.method_label.setText(f"Cannot explain this result: {error}")
            self.explanation = None
            return
        self.explanation = e
        quota = e.kind == "quota"
        self.method_label.setText(quota_text(e) if quota else divisor_text(e, result))
        self.threshold_label.setText(threshold_text(e, result))
        self.count_label.setText(remainder_text(e, result) if quota and e.quota_lines else "")
        self.count_label.setVisible(quota)
        notes = [escape(shown(n)) for n in (*e.notes, *e.ties)]
        self.notes_label.setText("<br>".join(notes))
        self.notes_label.setVisible(bool(notes))
        headers, tips = (QUOTA_HEADERS, QUOTA_TIPS) if quota else (DIVISOR_HEADERS, DIVISOR_TIPS)
        self.explain_model.set_rows(explain_party_rows(e, result), headers, tips)
        self.order_model.set_rows(seat_order_rows(e, result))
        for w in (self.order_title, self.order_hint, self.order_view):
            w.setVisible(not quota)

    def _show_how_close(self, result: Result, h: HowClose) -> None:
        if result is not self.result:
            return  # an older result; the current one is queued
        self.closeness = h
        self.close_model.set_rows(how_close_rows(h, result))
        lines = [majority_sentence(m, result) for m in h.majorities]
        if h.bonus is not None:
            lines.append(bonus_sentence(h.bonus, result))
        self.majority_label.setText("<br>".join(lines))
        self.close_status.setText("")
        self.close_status.hide()
        self.caveat_label.setText(h.caveats[0])
        self.caveat_label.setToolTip("\n\n".join(h.caveats))
