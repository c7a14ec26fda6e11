"""The Analysis tab: why the seats fell as they did, and how close each party is to a change.

"Explain" (``core.analysis.explain.explain``) is quick and shown with every result: the threshold
test with its exact denominator, then the quota, whole quotas and remainders (largest-remainder
methods) or the seat-by-seat order of quotients (divisor methods). "How close"
(``core.analysis.explain.how_close``) recomputes the allocation many times, so it runs off the UI
thread, and only while the tab is on screen. Rounded figures carry the exact value in their
tooltip.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.analysis.closeness import HowClose, how_close
from core.analysis.explain import Explanation, explain
from core.refusal import Refusal
from core.rules.result import Result
from ui.document import Document
from ui.models.rows_model import RowsModel, fit_height, read_only_table, scrolled_page
from ui.panels.analysis_text import (
    FAILED,
    MUTED,
    ORDER_ROWS_SHOWN,
    WARN,
    bonus_sentence,
    close_columns,
    divisor_columns,
    divisor_text,
    explain_party_rows,
    how_close_rows,
    majority_sentence,
    order_columns,
    quota_columns,
    quota_text,
    remainder_text,
    seat_order_rows,
    threshold_text,
)
from ui.text import Retranslated, fill, said, shown
from ui.worker import Failure, Worker

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
        lines = [majority_sentence(m, result) for m in h.majorities]
        if h.bonus is not None:
            lines.append(bonus_sentence(h.bonus, result))
        self.majority_label.setText("<br>".join(lines))
        self.close_status.setText("")
        self.close_status.hide()
        self.caveat_label.setText(escape(shown(h.caveats[0])))
        self.caveat_label.setToolTip("\n\n".join(shown(c) for c in h.caveats))
