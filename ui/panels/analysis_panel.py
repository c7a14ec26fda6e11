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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.analysis.closeness import HowClose, MajorityMargin, how_close
from core.analysis.explain import Explanation, explain
from core.message import Term
from core.model.scenario import THRESHOLD_BASES
from core.refusal import Refusal
from core.rules.methods import METHODS, method_term
from core.rules.result import Result
from ui.document import Document
from ui.models.rows_model import Cell, RowsModel, fit_height, number, read_only_table, scrolled_page
from ui.text import Retranslated, count, decimal, fill, percent, percent_sign, said, shown
from ui.worker import Failure, Worker

PASSED, FAILED, MUTED, WARN = "#1b6e20", "#b00020", "#777777", "#8a5300"
REMAINDER_SEAT = "#fff3c4"  # the seats handed out by remainders stand out
ORDER_ROWS_SHOWN = 30  # the seat order scrolls beyond this
translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it


def _tr(text: str) -> str:
    return translate("AnalysisPanel", text)


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
        words = _tr("qualifying votes / (seats + 1), rounded down, + 1")
    elif per.denominator == 1:  # a fallback quota (see the notes) shows its own divisor
        formula = f"{votes} / {per.numerator} ≈ {decimal(e.quota_float)}"
        extra = per.numerator - e.seats
        words = (fill(_tr("qualifying votes / (seats + {n})"), n=extra) if extra else
                 _tr("qualifying votes / seats"))
    else:
        formula, words = f"{exact(e.quota)} ≈ {decimal(e.quota_float)}", _tr("exact quota")
    return fill(_tr("<b>{quota}</b> = {formula} votes per seat ({words}; {seats} list "
                    "{seats:plural:seat|seats})."),
                quota=escape(name if METHODS[e.method_id].short.endswith("quota") else
                             fill(_tr("{method} quota"), method=name)), formula=formula,
                words=words, seats=e.seats)


def remainder_text(e: Explanation, result: Result) -> str:
    """Whole seats, then who took the remainder seats, largest remainder first."""
    won = sorted((line for line in e.quota_lines if line.remainder_seat),
                 key=lambda line: line.remainder_rank)
    names = ", ".join(fill(_tr("{party} with {remainder}"),
                           party=escape(result.party(line.party_id).name),
                           remainder=decimal(line.remainder_float)) for line in won)
    text = fill(_tr("{whole} {whole:plural:seat|seats} by whole quotas, {left} by the largest "
                    "remainders"), whole=e.whole_seats, left=e.remainder_seats)
    return text + (f": {names}." if names else ".")


def threshold_text(e: Explanation, result: Result) -> str:
    """The threshold with its exact denominator and the fewest votes that pass it."""
    rule = result.scenario.list_tier.threshold
    if not rule.percent or not e.thresholds:
        return _tr("No threshold: every party takes part in the count.")
    bases = {t.base for t in e.thresholds}
    percent = percent_text(rule.percent)
    if len(bases) != 1:
        return fill(_tr("Threshold {percent} of each party's own base (see the tooltips)."),
                    percent=percent)
    base = bases.pop()
    needed = rule.percent * base / 100
    least = (needed.__ceil__() if rule.inclusive else needed.__floor__() + 1)
    template = (_tr("Threshold: at least {percent} of {base} {words} = {needed}: a party needs "
                    "{least} votes or more.") if rule.inclusive else
                _tr("Threshold: more than {percent} of {base} {words} = {needed}: a party needs "
                    "{least} votes or more."))
    return fill(template, percent=percent, base=base,
                words=Term("rules", THRESHOLD_BASES[rule.base]), needed=decimal(needed),
                least=least)


def divisor_text(e: Explanation, result: Result) -> str:
    """How a divisor method handed out the seats, and where the cut-off fell."""
    text = fill(_tr("<b>{method}</b>: {seats} {seats:plural:seat|seats} to the highest "
                    "quotients votes ÷ divisor"),
                method=escape(shown(Term("method", e.method_name)), quote=False), seats=e.seats)
    if e.minimum_seats:
        text += fill(_tr(", after {n} {n:plural:seat|seats} to each qualifying party"),
                     n=e.minimum_seats)
    text += "."
    if e.steps:
        last = e.steps[-1]
        text += " " + fill(_tr("The last seat went to {party} at {quotient}"),
                           party=escape(result.party(last.party_id).name),
                           quotient=decimal(last.quotient_float))
        if e.runners_up:
            best = min(e.runners_up, key=lambda s: -s.quotient_float)
            text += fill(_tr("; the next would have gone to {party} at {quotient}"),
                         party=escape(result.party(best.party_id).name),
                         quotient=decimal(best.quotient_float))
        text += "."
    return text


def _threshold_cells(e: Explanation, result: Result, row: int) -> list[Cell]:
    t = e.thresholds[row]
    look = {} if t.passed else {"color": MUTED}
    tip = fill(_tr("{votes} / {base} = {share}: passed") if t.passed else
               _tr("{votes} / {base} = {share}: failed, no list seats"),
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
                   fill(_tr("{votes} − {whole} × {quota} = {remainder} votes"),
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
                    _tr("infinite (zero divisor)") if step.divisor == 0 else
                    decimal(step.quotient_float, 6))
        rows.append([
            number(str(step.seat) if step.seat is not None else _tr("next"), **look),
            _party(result, step.party_id, **look),
            number(count(step.votes), **look),
            number(_divisor(step), fill(_tr("{n} {n:plural:seat|seats} held before this one"),
                                        n=step.k), **look),
            number(decimal(step.quotient_float), quotient, **look),
            Cell(_tr("tie at the cut-off") if step.tie else "", color=WARN),
        ])
    return rows


# ---------------------------------------------------------------------- how close


def _points(votes: int, base: int) -> str:
    return fill(_tr("{points} points of the threshold base"),
                points=decimal(votes / base * 100)) if base else ""


def how_close_rows(h: HowClose, result: Result) -> list[list[Cell]]:
    """One row per party: the votes to gain or lose a seat and to pass or fail the threshold."""
    base = {t.party_id: t.base for t in result.thresholds}
    rows = []
    for c in h.parties:
        b = base.get(c.party_id, 0)
        gain = ("—", _tr("No number of extra votes wins another seat")) \
            if c.votes_to_gain_seat is None else \
            (f"+{count(c.votes_to_gain_seat)}{_in(c.gain_in)}",
             _points(c.votes_to_gain_seat, b))
        lose = ("—", _tr("It has no seat to lose")) if c.votes_to_lose_seat is None else \
            (f"−{count(c.votes_to_lose_seat)}{_in(c.lose_in)}",
             fill(_tr("It can lose {votes} votes and keep its {n} {n:plural:seat|seats}; "),
                  votes=c.can_lose, n=c.seats) + _points(c.votes_to_lose_seat, b))
        if c.votes_to_pass_threshold is None:
            to_pass = (_tr("n/a"), _tr("No threshold applies to this party"))
        elif c.votes_to_pass_threshold == 0:
            to_pass = (_tr("passes"), None)
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


def _in(constituency: str | None) -> str:
    """Where the votes move, when the list tier counts by constituency."""
    return fill(_tr(" in {constituency}"), constituency=constituency) if constituency else ""


def majority_sentence(m: MajorityMargin, result: Result) -> str:
    """One line on the largest party and one majority (simple or two-thirds)."""
    name = escape(result.party(m.party_id).name)
    kind = _tr("Simple majority") if m.kind == "simple" else _tr("Two-thirds majority")
    head = fill(_tr("<b>{kind}</b> ({needed} of {house} seats): "), kind=kind, needed=m.needed,
                house=result.majority.house)
    if m.holds:
        if m.votes_to_lose is None:
            return head + fill(_tr("{party} holds it ({seats}) whatever its list votes."),
                               party=name, seats=m.seats)
        text = head + fill(_tr("{party} holds it with {seats}; it loses it with {votes} fewer "
                               "votes{where} (to abstention)"), party=name, seats=m.seats,
                           votes=m.votes_to_lose, where=escape(_in(m.where)))
        if m.votes_to_lose_to_runner_up is not None and m.runner_up is not None:
            text += fill(_tr(", or {votes} moved to {party}{where}"),
                         votes=m.votes_to_lose_to_runner_up,
                         party=escape(result.party(m.runner_up).name),
                         where=escape(_in(m.where_to_runner_up)))
        return text + "."
    if m.votes_to_win is None:
        return head + fill(_tr("{party} has {seats}; no number of extra votes of its own wins "
                               "it."), party=name, seats=m.seats)
    return head + fill(_tr("{party} has {seats}; it needs {votes} more votes{where} (from "
                           "abstainers)."), party=name, seats=m.seats, votes=m.votes_to_win,
                       where=escape(_in(m.where)))


# ---------------------------------------------------------------------- the panel


def _label(text: str = "", rich: bool = True, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText if rich else Qt.PlainText)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def _heading() -> QLabel:
    return _label(style="font-size: 14px; margin-top: 2px; font-weight: bold;")


class AnalysisPanel(Retranslated, QWidget):
    """Explain every seat and how close each party is, for each of the document's results."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Result | None = None
        self.explanation: Explanation | None = None
        self.closeness: HowClose | None = None
        self._pending: Result | None = None  # how close waits until the tab is shown
        self.explain_model = RowsModel(*quota_columns(), self)
        self.order_model = RowsModel(order_columns(), (), self)
        self.close_model = RowsModel(*close_columns(), self)
        self._worker = Worker(self)
        self._build()
        self.retranslate()
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
        self.order_title = _heading()
        self.order_hint = _label(style=f"color: {MUTED};")
        self.why_title, self.close_title = _heading(), _heading()
        fit_height(self.explain_view)
        fit_height(self.close_view)
        fit_height(self.order_view, max_rows=ORDER_ROWS_SHOWN)
        page = scrolled_page(self)
        lay = QVBoxLayout(page)
        for w in (self.why_title, self.method_label, self.threshold_label,
                  self.count_label, self.notes_label, self.explain_view, self.close_title,
                  self.close_status, self.close_view, self.majority_label, self.caveat_label,
                  self.order_title, self.order_hint, self.order_view):
            lay.addWidget(w)
        lay.addStretch(1)

    def retranslate(self) -> None:
        """The headings, and the explanation and figures shown, in the window's language
        (the figures are not computed again)."""
        self.why_title.setText(self.tr("Why these seats"))
        self.close_title.setText(self.tr("How close: votes that change the outcome, others "
                                         "fixed"))
        self.order_title.setText(self.tr("Seat by seat"))
        self.order_hint.setText(self.tr("In the order won; greyed: each party's next "
                                        "quotient, which fell short."))
        self.order_model.set_rows([], order_columns())
        self.close_model.set_rows([], *close_columns())
        if self.result is not None and self._pending is None:
            self._show_explanation(self.result)
            if self.closeness is not None:
                self._show_how_close(self.result, self.closeness)
        elif self._pending is not None and self.isVisible():
            self._refresh()

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
        self.close_status.setText(self.tr("Working out how close each party is…"))
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
        text = fill(self.tr("Cannot compute: {why}"), why=failure.message)
        self.close_status.setText(f"<span style='color:{FAILED}'>{escape(text)}</span>")

    def _show_explanation(self, result: Result) -> None:
        try:
            e = explain(result)
        except (ValueError, ArithmeticError) as error:
            why = said(error) if isinstance(error, Refusal) else str(error)
            self.method_label.setText(escape(fill(self.tr("Cannot explain this result: {why}"),
                                                  why=why)))
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
        headers, tips = quota_columns() if quota else divisor_columns()
        self.explain_model.set_rows(explain_party_rows(e, result), headers, tips)
        self.order_model.set_rows(seat_order_rows(e, result), order_columns())
        for w in (self.order_title, self.order_hint, self.order_view):
            w.setVisible(not quota)

    def _show_how_close(self, result: Result, h: HowClose) -> None:
        if result is not self.result:
            return  # an older result; the current one is queued
        self.closeness = h
        self.close_model.set_rows(how_close_rows(h, result), *close_columns())
        self.majority_label.setText("<br>".join(majority_sentence(m, result)
                                                for m in h.majorities))
        self.close_status.setText("")
        self.close_status.hide()
        self.caveat_label.setText(escape(shown(h.caveats[0])))
        self.caveat_label.setToolTip("\n\n".join(shown(c) for c in h.caveats))
