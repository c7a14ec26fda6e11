"""The What-if tab: move votes with sliders and watch the parliament follow.

Every what-if starts from the *original* votes (the document as it was before the first
slider moved) and is recomposed from them each time, so the same slider positions always
give the same scenario, and "Reset to the original votes" restores them exactly:

* while a slider is dragged, the chart and the results panel show a live preview (computed
  off the UI thread, latest position wins) and the document is untouched;
* when it is released (or a field is edited), the what-if becomes one undoable edit of the
  document, so the party table, the Analysis tab, saving and export all see it, and Ctrl+Z
  steps back through the what-ifs (the sliders follow).

An edit made elsewhere (a vote typed in the party table, another file opened) becomes the new
original, and the sliders go back to zero.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from core.analysis import whatif
from core.message import QT_TRANSLATE_NOOP
from core.model.scenario import Scenario
from core.rules.allocate import allocate
from core.rules.result import Result
from core.rules.thresholds import threshold_base
from ui.document import Document
from ui.models.rows_model import Cell, RowsModel, fit_height, number, read_only_table, scrolled_page
from ui.text import Retranslated, count, fill, percent_sign
from ui.worker import Failure, Worker

translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it

DEBOUNCE_MS = 120
SHIFT_MAX = 50  # points either way
TURNOUT_MIN, TURNOUT_MAX = 50, 150  # per cent of the original
AGAINST_MAX = 30  # per cent of the ballots cast
GAIN, LOSS, MUTED = "#1b6e20", "#b00020", "#777777"
ACTIVE_STYLE = "QLabel { background: #fff3c4; border: 1px solid #e0c060; padding: 3px 6px; }"


def delta_columns() -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """Headings and tooltips of the table of changes."""
    return ((translate("WhatIfPanel", "Party"), translate("WhatIfPanel", "Votes"),
             translate("WhatIfPanel", "Change"), translate("WhatIfPanel", "Seats"),
             translate("WhatIfPanel", "Change")),
            (None, translate("WhatIfPanel", "List votes in the what-if"),
             translate("WhatIfPanel", "Against the original votes"),
             translate("WhatIfPanel", "All seats in the what-if (with self-nominated winners "
                                      "sitting with the party)"),
             translate("WhatIfPanel", "Against the original seats")))


SWING_WORDS = {"uniform": QT_TRANSLATE_NOOP("WhatIfPanel", "uniform"),
               "proportional": QT_TRANSLATE_NOOP("WhatIfPanel", "proportional")}


@dataclass(frozen=True)
class WhatIf:
    """Slider positions. ``points``: percentage points of the threshold base moved from
    ``from_id`` to ``to_id`` (negative: the other way); ``turnout``: per cent of the original
    votes; ``against_all``: per cent of the ballots cast, None to keep the original count."""

    from_id: str = ""
    to_id: str = ""
    points: Fraction = Fraction(0)
    districts: bool = False  # the same move in every district and constituency
    turnout: Fraction = Fraction(100)
    against_all: Fraction | None = None
    swing: str = "uniform"  # how districts and constituencies follow (core.model.swing)

    @property
    def is_original(self) -> bool:
        return not self.points and self.turnout == 100 and self.against_all is None

    def describe(self, scenario: Scenario) -> str:
        """A short description for the undo history, e.g. ``5 points Amanat → Auyl``."""
        parts = []
        if self.points and self.from_id and self.to_id:
            giver, taker = (scenario.party(i).name for i in (self.from_id, self.to_id))
            parts.append(fill(translate("WhatIfPanel", "{points:num} points {giver} → {taker} "
                                                       "(and districts, {swing} swing)")
                              if self.districts
                              else translate("WhatIfPanel", "{points:num} points {giver} → "
                                                            "{taker}"),
                              points=self.points, giver=giver, taker=taker,
                              swing=translate("WhatIfPanel", SWING_WORDS[self.swing])))
        if self.turnout != 100:
            parts.append(fill(translate("WhatIfPanel", "turnout {p:pctv}"), p=self.turnout))
        if self.against_all is not None:
            parts.append(fill(translate("WhatIfPanel", "against all {p:pctv}"),
                              p=self.against_all))
        return fill(translate("WhatIfPanel", "What-if: {what}"), what="; ".join(parts)
                    if parts else translate("WhatIfPanel", "original votes"))


def against_all_votes(scenario: Scenario, percent: Fraction) -> int:
    """Ballots against all that make ``percent`` of the ballots cast, the others fixed:
    a = p(P + I) / (100 − p)."""
    others = sum(p.votes for p in scenario.parties) + scenario.invalid
    return round(Fraction(percent) * others / (100 - Fraction(percent)))


def against_all_percent(scenario: Scenario) -> Fraction:
    """Against-all ballots as a per cent of the ballots cast."""
    cast = sum(p.votes for p in scenario.parties) + scenario.against_all + scenario.invalid
    return Fraction(100 * scenario.against_all, cast) if cast else Fraction(0)


def compose(original: Scenario, w: WhatIf) -> Scenario:
    """The original votes with the what-if applied: turnout, then against all, then the move
    between parties. With every slider at rest, the original itself."""
    if w.is_original:
        return original
    s = original
    if w.turnout != 100:
        s = whatif.change_turnout(s, w.turnout / 100)
    if w.against_all is not None:
        s = whatif.set_against_all(s, against_all_votes(s, w.against_all))
    if w.points and w.from_id and w.to_id and w.from_id != w.to_id:
        if w.districts or s.list_tier.constituencies is not None:
            s = whatif.swing_move(s, w.from_id, w.to_id, w.points, w.swing)
        else:
            s = whatif.shift_votes(s, w.from_id, w.to_id, w.points)
    return s


def delta_rows(original: Result, now: Result) -> list[list[Cell]]:
    """Per party: votes and seats in the what-if, and their change from the original."""
    rows = []
    before = {p.id: p for p in original.parties}
    for p in now.parties:
        was = before.get(p.id)
        dv = p.votes - was.votes if was else 0
        ds = p.seats_with_affiliated - was.seats_with_affiliated if was else 0
        rows.append([Cell(p.name, swatch=p.color), number(count(p.votes)),
                     number(_signed(dv), color=_sign_color(dv)),
                     number(f"{p.seats}" + (f" (+{p.affiliated_seats})" if p.affiliated_seats
                                            else ""), bold=True),
                     number(_signed(ds), color=_sign_color(ds), bold=bool(ds))])
    return rows


def _signed(n: int) -> str:
    return "" if n == 0 else f"+{count(n)}" if n > 0 else f"−{count(-n)}"


def _sign_color(n: int) -> str | None:
    return GAIN if n > 0 else LOSS if n < 0 else None


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class _SliderField(QWidget):
    """A slider and a number field showing one value (``scale`` slider steps per unit)."""

    def __init__(self, low: float, high: float, scale: int, parent=None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(round(low * scale), round(high * scale))
        self.slider.setPageStep(scale)
        self.field = QDoubleSpinBox()
        self.field.setRange(low, high)
        self.field.setDecimals(len(str(scale)) - 1)
        self.field.setSingleStep(1 / scale)
        self.field.setKeyboardTracking(False)
        self.field.setMinimumWidth(96)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.field)
        self.slider.valueChanged.connect(
            lambda v: self._quietly(self.field.setValue, v / self.scale))
        self.field.valueChanged.connect(
            lambda v: self._quietly(self.slider.setValue, round(v * self.scale)))

    def _quietly(self, setter, value) -> None:
        other = self.field if setter == self.field.setValue else self.slider
        other.blockSignals(True)
        setter(value)
        other.blockSignals(False)

    def value(self) -> Fraction:
        """The value, exact in slider steps (0.1 points is 1/10, not 0.1000000000000000055)."""
        return Fraction(self.slider.value(), self.scale)

    def set_value(self, value: Fraction | float) -> None:
        """Show ``value`` without signalling a change."""
        for w in (self.slider, self.field):
            w.blockSignals(True)
        self.slider.setValue(round(value * self.scale))
        self.field.setValue(float(value))
        for w in (self.slider, self.field):
            w.blockSignals(False)


class WhatIfPanel(Retranslated, QWidget):
    """Sliders over the document's votes; ``preview(result)`` while a slider is held."""

    preview = Signal(object)  # the Result of the position held, not (yet) the document's

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.original: Scenario = document.scenario
        self.original_result: Result | None = None
        # Scenarios this panel made -> positions, by identity (hashing 650 districts on
        # every edit costs more than the edit): id -> (scenario, positions).
        self._known: dict[int, tuple[Scenario, WhatIf]] = {}
        self._preview_for: WhatIf | None = None  # the positions of the preview asked for
        self._delta_for: Result | None = None  # the result the delta table shows
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._settle)
        self._preview = Worker(self)
        self._original = Worker(self)  # the original votes' result, when it is not at hand
        self.delta_model = RowsModel(*delta_columns(), self)
        self._build()
        self.retranslate()
        self._adopt(document.scenario)
        document.changed.connect(self._document_changed)
        document.result_changed.connect(self._show_delta)
        self._show_delta(document.current_result())

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        self.from_box, self.to_box = QComboBox(), QComboBox()
        self.shift = _SliderField(-SHIFT_MAX, SHIFT_MAX, 10)
        self.shift_votes = QLabel()
        self.districts = QCheckBox()
        self.swing = QComboBox()
        self.swing.addItem("", "uniform")
        self.swing.addItem("", "proportional")
        self.turnout = _SliderField(TURNOUT_MIN, TURNOUT_MAX, 1)
        self.turnout_votes = QLabel()
        self.against = _SliderField(0, AGAINST_MAX, 10)
        self.against_votes = QLabel()
        for label in (self.shift_votes, self.turnout_votes, self.against_votes):
            label.setStyleSheet(f"color: {MUTED};")
            label.setWordWrap(True)
        for box in (self.from_box, self.to_box):
            box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
        move = QGroupBox()
        self.move_form = form = QFormLayout(move)
        pair = QWidget()
        pair_layout = QHBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        pair_layout.addWidget(self.from_box, 1)
        pair_layout.addWidget(QLabel("→"))
        pair_layout.addWidget(self.to_box, 1)
        self.pair = pair
        form.addRow(QLabel(), pair)
        form.addRow(QLabel(), self.shift)
        form.addRow("", self.shift_votes)
        follow = QHBoxLayout()
        follow.addWidget(self.districts)
        follow.addWidget(self.swing, 1)
        form.addRow("", follow)
        self.move_box = move
        turnout = self.turnout_box = QGroupBox()
        self.turnout_form = form = QFormLayout(turnout)
        form.addRow(QLabel(), self.turnout)
        form.addRow("", self.turnout_votes)
        form.addRow(QLabel(), self.against)
        form.addRow("", self.against_votes)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.status, 1)
        self.delta_view = read_only_table(self.delta_model)
        fit_height(self.delta_view)
        lay = QVBoxLayout(scrolled_page(self))
        lay.setContentsMargins(6, 6, 6, 6)
        self.hint = hint = QLabel()
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        lay.addWidget(hint)
        lay.addWidget(move)
        lay.addWidget(turnout)
        lay.addLayout(buttons)
        self.delta_caption = QLabel()
        lay.addWidget(self.delta_caption)
        lay.addWidget(self.delta_view)
        lay.addStretch(1)
        for field in (self.shift, self.turnout, self.against):
            field.slider.valueChanged.connect(self._moved)
            field.field.valueChanged.connect(self._moved)
            field.slider.sliderReleased.connect(self._settle)
        for box in (self.from_box, self.to_box):
            box.currentIndexChanged.connect(self._moved)
        self.districts.toggled.connect(self._moved)
        self.swing.currentIndexChanged.connect(self._moved)

    def retranslate(self) -> None:
        """Every word of the tab in the window's language."""
        self.move_box.setTitle(self.tr("Move votes between parties"))
        self.turnout_box.setTitle(self.tr("Turnout and against all"))
        for form, field, label in ((self.move_form, self.pair, self.tr("From → to")),
                                   (self.move_form, self.shift, self.tr("Points")),
                                   (self.turnout_form, self.turnout,
                                    self.tr("Ballots, % of actual")),
                                   (self.turnout_form, self.against, self.tr("Against all"))):
            form.labelForField(field).setText(label)
        self.shift.field.setSuffix(" " + self.tr("points"))
        self.turnout.field.setSuffix(fill(self.tr("{percent} of actual"),
                                          percent=percent_sign()))
        self.against.field.setSuffix(percent_sign())
        self.districts.setText(self.tr("Also move every district and constituency by"))
        self.swing.setItemText(0, self.tr("uniform swing (points)"))
        self.swing.setItemText(1, self.tr("proportional swing (ratio)"))
        self.swing.setToolTip(self.tr("Uniform: each party's candidates gain or lose the same "
                                      "points of their district's votes. Proportional: their "
                                      "share is scaled by the party's national ratio."))
        self.reset_button.setText(self.tr("Reset to the original votes"))
        self.hint.setText(self.tr("Drag a slider to preview; release it to apply (one undo "
                                  "step). Every what-if starts from the original votes."))
        self.delta_caption.setText(self.tr("Against the original votes:"))
        if self._delta_for is not None and self.original_result is not None:
            self.delta_model.set_rows(delta_rows(self.original_result, self._delta_for),
                                      *delta_columns())
        if hasattr(self, "_against_start"):  # adopted a scenario: its texts follow
            self._swing_tip(self.original)
            self._update_labels()

    # ---------------------------------------------------------------- state

    def settings(self) -> WhatIf:
        """The what-if the controls show now."""
        against = self.against.value()
        return WhatIf(self.from_box.currentData() or "", self.to_box.currentData() or "",
                      self.shift.value(), self.districts.isChecked(),
                      self.turnout.value(),
                      None if against == self._against_start else against,
                      self.swing.currentData() or "uniform")

    def target(self) -> Scenario:
        """The scenario the controls describe, built from the original votes."""
        return compose(self.original, self.settings())

    def _adopt(self, scenario: Scenario) -> None:
        """``scenario`` becomes the original: the sliders go back to zero."""
        self.original = scenario
        self.original_result = None
        self._known = {}
        self._fill_parties(scenario)
        self._against_start = Fraction(round(against_all_percent(scenario) * 10), 10)
        self._remember(scenario, self.settings_at_rest())
        self._show_settings(self.settings_at_rest())
        self._swing_tip(scenario)
        self._update_labels()

    def _swing_tip(self, scenario: Scenario) -> None:
        swings = bool(scenario.district_tier.districts)
        regional = scenario.list_tier.constituencies is not None
        self.districts.setEnabled(swings and not regional)
        self.swing.setEnabled(swings or regional)
        self.districts.setToolTip(
            self.tr("With list constituencies every move is made in each constituency")
            if regional else "" if swings else self.tr(
                "This scenario has no district races with candidate votes (declared totals "
                "cannot swing)"))

    def settings_at_rest(self) -> WhatIf:
        """The controls at rest, keeping the chosen parties."""
        return WhatIf(self.from_box.currentData() or "", self.to_box.currentData() or "",
                      districts=self.districts.isChecked(),
                      swing=self.swing.currentData() or "uniform")

    def _fill_parties(self, scenario: Scenario) -> None:
        ids = [p.id for p in scenario.parties]
        chosen = (self.from_box.currentData(), self.to_box.currentData())
        by_votes = sorted(scenario.parties, key=lambda p: -p.votes)
        defaults = [p.id for p in by_votes[:2]] + ids[:2]
        for box, keep, default in ((self.from_box, chosen[0], defaults[0]),
                                   (self.to_box, chosen[1], defaults[1])):
            box.blockSignals(True)
            box.clear()
            for p in scenario.parties:
                box.addItem(_swatch(p.color), p.name, p.id)
            box.setCurrentIndex(ids.index(keep if keep in ids else default) if ids else -1)
            box.blockSignals(False)

    def _show_settings(self, w: WhatIf) -> None:
        for box, pid in ((self.from_box, w.from_id), (self.to_box, w.to_id)):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(pid), 0) if pid else box.currentIndex())
            box.blockSignals(False)
        self.shift.set_value(w.points)
        self.turnout.set_value(w.turnout)
        self.against.set_value(self._against_start if w.against_all is None else w.against_all)
        for widget in (self.districts, self.swing):
            widget.blockSignals(True)
        self.districts.setChecked(w.districts)
        self.swing.setCurrentIndex(max(self.swing.findData(w.swing), 0))
        for widget in (self.districts, self.swing):
            widget.blockSignals(False)

    # ---------------------------------------------------------------- changes

    def _remember(self, scenario: Scenario, w: WhatIf) -> None:
        self._known[id(scenario)] = (scenario, w)

    def _positions_of(self, scenario: Scenario) -> WhatIf | None:
        known = self._known.get(id(scenario))
        return known[1] if known is not None and known[0] is scenario else None

    def _moved(self, *_args) -> None:
        self._update_labels()
        if self._dragging():  # a preview at once: the worker keeps only the latest
            self._settle()
        else:
            self._timer.start()

    def _dragging(self) -> bool:
        return any(f.slider.isSliderDown() for f in (self.shift, self.turnout, self.against))

    def _settle(self) -> None:
        """Preview while a slider is held (composed and counted off the UI thread); otherwise
        apply the what-if to the document."""
        self._timer.stop()
        w, original = self.settings(), self.original
        if self._dragging():
            self._preview_for = w
            self._preview.run(lambda: allocate(compose(original, w)),
                              lambda result: self._show_preview(result, w), self._no_preview)
            return
        self._preview_for = None
        target = compose(original, w)
        if self._positions_of(target) is None:
            self._remember(target, w)
        self.document.apply(target, w.describe(original))
        self._update_labels()

    def reset(self) -> None:
        """Back to the original votes, exactly (one undo step)."""
        self._show_settings(replace(self.settings_at_rest(), districts=False))
        self._timer.stop()
        self._preview_for = None
        self.document.apply(self.original, self.tr("What-if: reset to the original votes"))
        self._update_labels()

    def _document_changed(self, scenario: Scenario) -> None:
        known = self._positions_of(scenario)
        if known is not None:  # our own edit, or undo/redo among our what-ifs
            self._show_settings(known)
        else:
            self._adopt(scenario)
        self._update_labels()

    def _update_labels(self) -> None:
        s = self.document.scenario
        # With list constituencies the move is made in each constituency (by the swing
        # model); turnout and against-all have no constituency form yet.
        self.turnout_box.setEnabled(s.list_tier.constituencies is None)
        w = self.settings()
        at_rest = s is self.original
        self.reset_button.setEnabled(not at_rest or not w.is_original)
        original = at_rest and w.is_original
        self.status.setText(self.tr("Showing the original votes.") if original else
                            fill(self.tr("<b>{what}</b> (not the original votes)"),
                                 what=escape(w.describe(self.original))))
        self.status.setStyleSheet("" if original else ACTIVE_STYLE)
        self._explain_amounts(w)

    def _explain_amounts(self, w: WhatIf) -> None:
        o = self.original
        still = compose(o, replace(w, points=Fraction(0)))  # turnout and against all only
        base = threshold_base(still)
        asked = round(abs(w.points) * base / 100)
        names = {p.id: p.name for p in o.parties}
        giver, taker = w.from_id, w.to_id
        if w.points < 0:
            giver, taker = taker, giver
        # What really moves: the move stops at the votes the giving party has.
        has = still.party(giver).votes if giver in names else 0
        moved = min(asked, has)
        text = fill(self.tr("= {moved} votes from {giver} to {taker} (of a threshold base of "
                            "{base})"), moved=moved, giver=names.get(giver, "?"),
                    taker=names.get(taker, "?"), base=base)
        if moved < asked:
            text = fill(self.tr("= all {moved} votes of {giver} move to {taker}: {points:num} "
                                "points of the threshold base would be {asked}"),
                        moved=moved, giver=names.get(giver, "?"), taker=names.get(taker, "?"),
                        points=abs(w.points), asked=asked)
        self.shift_votes.setText(text if asked else self.tr("No votes moved."))
        self.turnout_votes.setText(self._turnout_words(o, still, w))
        turned = compose(o, replace(w, points=Fraction(0), against_all=None))
        against = (turned.against_all if w.against_all is None else
                   against_all_votes(turned, w.against_all))
        original = w.against_all is None and w.turnout == 100
        self.against_votes.setText(fill(self.tr("{n} ballots against all (original)") if original
                                        else self.tr("{n} ballots against all"), n=against))

    def _turnout_words(self, original: Scenario, now: Scenario, w: WhatIf) -> str:
        """The turnout the slider makes, in ballots and (when the register is known) as the
        share of registered voters: the slider's per cent is of the actual turnout, not
        the turnout itself."""
        registered = original.registered_voters
        turnout = (fill(self.tr(", a turnout of {share:pct} of registered voters"),
                        share=Fraction(now.ballots_cast, registered)) if registered else "")
        if w.turnout == 100:
            return fill(self.tr("The actual turnout: {n} ballots{turnout}."),
                        n=original.ballots_cast, turnout=turnout)
        actual = (fill(self.tr(" (actual {share:pct})"),
                       share=Fraction(original.ballots_cast, registered)) if registered else "")
        return fill(self.tr("{p:pctv} of the actual ballots: {n}{turnout}{actual}."),
                    p=w.turnout, n=now.ballots_cast, turnout=turnout, actual=actual)

    # ---------------------------------------------------------------- results

    def _show_preview(self, result: Result, w: WhatIf) -> None:
        if self._preview_for is not w:
            return  # released, or an older position
        self.preview.emit(result)
        self._show_delta(result)

    def _no_preview(self, failure: Failure) -> None:
        self.status.setText(escape(failure.message))

    def _show_delta(self, result: Result | None) -> None:
        """The seats of ``result`` against the original votes' (computed first if needed)."""
        if result is None:
            return
        self._delta_for = result
        if result.scenario is self.original:
            self.original_result = result
        if self.original_result is None or self.original_result.scenario is not self.original:
            original = self.original
            self._original.run(lambda: allocate(original),
                               lambda r: self._original_computed(r, result), self._no_preview)
            return
        self.delta_model.set_rows(delta_rows(self.original_result, result), *delta_columns())

    def _original_computed(self, original: Result, result: Result) -> None:
        if original.scenario is self.original and result is self._delta_for:
            self.original_result = original
            self._show_delta(result)
