"""The rules of the election: seats per tier, method, threshold, ties, linkage.

Each widget edits one field; a change becomes one undo step through the document. The panel
follows the document (undo included) without echoing its own updates back as edits.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.message import Term
from core.model.scenario import THRESHOLD_BASES, THRESHOLD_SCOPES, TIE_BREAKS, Scenario
from core.rules.linkages import LINKAGES, overhang_rules
from core.rules.methods import METHODS
from ui.document import Document
from ui.models.rows_model import scrolled_page
from ui.text import shown


def _combo(items: dict[str, str], context: str) -> QComboBox:
    """A drop-down of ``items`` (id -> English name, shown translated in ``context``)."""
    box = QComboBox()
    # Long names ("Parallel (tiers independent: ...)") must not set the window's minimum width.
    box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(18)
    for key, text in items.items():
        box.addItem(shown(Term(context, text)), key)
    return box


def _spin(maximum: int = 100_000) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setKeyboardTracking(False)  # one edit per committed value, not per keystroke
    return spin


class RulesPanel(QWidget):
    """Form over ``document.scenario``'s list tier, district tier and linkage."""

    notice = Signal(str)  # a change that could not be made, for the status bar

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.list_seats = _spin()
        self.method = _combo({m.id: m.name for m in METHODS.values()}, "method")
        self.first_divisor = QDoubleSpinBox()
        self.first_divisor.setRange(0, 3)
        self.first_divisor.setDecimals(2)
        self.first_divisor.setSingleStep(0.1)
        self.first_divisor.setSpecialValueText("standard")
        self.first_divisor.setKeyboardTracking(False)
        self.min_seats = _spin(1000)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(2)
        self.threshold.setSuffix(" %")
        self.threshold.setKeyboardTracking(False)
        self.base = _combo(THRESHOLD_BASES, "rules")
        self.inclusive = QCheckBox("exactly at the threshold passes (\"at least\")")
        self.or_district = _spin(1000)
        self.or_district.setSpecialValueText("no")
        self.scope = _combo(THRESHOLD_SCOPES, "rules")
        self.scope.setToolTip("Where the threshold is tested when the list tier has "
                              "constituencies (the Constituencies tab)")
        self.tie_break = _combo(TIE_BREAKS, "rules")
        self.seed = _spin(2**31 - 1)
        self.district_seats = _spin()
        self.mixed = _combo({k: link.name for k, link in LINKAGES.items()}, "linkage")
        self.overhang = _combo(overhang_rules(), "linkage")
        self._build()
        self._connect()
        document.changed.connect(self.show_scenario)
        self.show_scenario(document.scenario)

    def _build(self) -> None:
        list_box = QGroupBox("List tier")
        form = QFormLayout(list_box)
        form.addRow("Seats", self.list_seats)
        form.addRow("Method", self.method)
        form.addRow("First divisor", self.first_divisor)
        form.addRow("Minimum seats each", self.min_seats)
        form.addRow("Threshold", self.threshold)
        form.addRow("of", self.base)
        form.addRow("", self.inclusive)
        form.addRow("or district seats won", self.or_district)
        form.addRow("Threshold tested", self.scope)
        form.addRow("Ties go to", self.tie_break)
        form.addRow("Lot seed", self.seed)
        district_box = QGroupBox("District tier and linkage")
        form2 = QFormLayout(district_box)
        form2.addRow("District seats", self.district_seats)
        form2.addRow("System", self.mixed)
        form2.addRow("Overhang", self.overhang)
        layout = QVBoxLayout(scrolled_page(self))  # scrolls in a short window
        layout.addWidget(list_box)
        layout.addWidget(district_box)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.list_seats.valueChanged.connect(lambda v: self._list(seats=v))
        self.method.currentIndexChanged.connect(self._method_changed)
        self.first_divisor.valueChanged.connect(self._first_divisor_changed)
        self.min_seats.valueChanged.connect(lambda v: self._list(min_seats=v))
        self.threshold.valueChanged.connect(
            lambda v: self._threshold(percent=Fraction(f"{v:.2f}")))
        self.base.currentIndexChanged.connect(
            lambda: self._threshold(base=self.base.currentData()))
        self.inclusive.toggled.connect(lambda v: self._threshold(inclusive=v))
        self.or_district.valueChanged.connect(lambda v: self._threshold(or_district_seats=v))
        self.scope.currentIndexChanged.connect(
            lambda: self._threshold(scope=self.scope.currentData()))
        self.tie_break.currentIndexChanged.connect(
            lambda: self._list(tie_break=self.tie_break.currentData()))
        self.seed.valueChanged.connect(lambda v: self._list(seed=v))
        self.district_seats.valueChanged.connect(self._district_seats_changed)
        self.mixed.currentIndexChanged.connect(self._mixed_changed)
        self.overhang.currentIndexChanged.connect(self._mixed_changed)

    # ---------------------------------------------------------------- document -> form

    def show_scenario(self, s: Scenario) -> None:
        """Show ``s`` in the form without emitting edits."""
        lt, th = s.list_tier, s.list_tier.threshold
        widgets = (self.list_seats, self.method, self.first_divisor, self.min_seats,
                   self.threshold, self.base, self.inclusive, self.or_district, self.scope,
                   self.tie_break,
                   self.seed, self.district_seats, self.mixed, self.overhang)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.list_seats.setValue(lt.seats)
        self.list_seats.setEnabled(lt.constituencies is None)
        self.list_seats.setToolTip("" if lt.constituencies is None else
                                   "The sum of the constituencies' seats: edit them in the "
                                   "Constituencies tab")
        self.method.setCurrentIndex(self.method.findData(lt.method))
        self.first_divisor.setValue(float(lt.first_divisor or 0))
        method = METHODS[lt.method]
        self.first_divisor.setEnabled(method.first_divisor_configurable)
        self.min_seats.setEnabled(method.takes_minimum)
        self.min_seats.setValue(lt.min_seats)
        self.threshold.setValue(float(th.percent))
        self.base.setCurrentIndex(self.base.findData(th.base))
        self.inclusive.setChecked(th.inclusive)
        self.or_district.setValue(th.or_district_seats)
        self.scope.setCurrentIndex(self.scope.findData(th.scope))
        self.scope.setEnabled(lt.constituencies is not None)
        self.tie_break.setCurrentIndex(self.tie_break.findData(lt.tie_break))
        self.seed.setValue(lt.seed)
        self.seed.setEnabled(lt.tie_break == "lot")
        self.district_seats.setValue(s.district_tier.seats)
        self.mixed.setCurrentIndex(self.mixed.findData(s.mixed_type))
        linkage = LINKAGES[s.mixed_type]
        self.overhang.setCurrentIndex(self.overhang.findData(s.overhang
                                                             or linkage.default_overhang))
        self.overhang.setEnabled(bool(linkage.overhang_rules))
        del blockers

    # ---------------------------------------------------------------- form -> document

    def _apply(self, scenario: Scenario, text: str) -> None:
        self.document.apply(scenario, text)

    def _list(self, **fields) -> None:
        s = self.document.scenario
        self._apply(replace(s, list_tier=replace(s.list_tier, **fields)),
                    f"Change {', '.join(fields).replace('_', ' ')}")

    def _threshold(self, **fields) -> None:
        s = self.document.scenario
        threshold = replace(s.list_tier.threshold, **fields)
        self._apply(replace(s, list_tier=replace(s.list_tier, threshold=threshold)),
                    "Change threshold")

    def _method_changed(self) -> None:
        method = METHODS[self.method.currentData()]
        s = self.document.scenario
        tier = replace(
            s.list_tier, method=method.id,
            first_divisor=(s.list_tier.first_divisor if method.first_divisor_configurable
                           else None),
            min_seats=s.list_tier.min_seats if method.takes_minimum else 0,
        )
        self._apply(replace(s, list_tier=tier), f"Method: {shown(Term('method', method.short))}")

    def _first_divisor_changed(self, value: float) -> None:
        first = None if value == 0 else Fraction(f"{value:.2f}")
        self._list(first_divisor=first)

    def _district_seats_changed(self, value: int) -> None:
        s = self.document.scenario
        filled = len(s.district_tier.districts) + sum(d.seats for d in s.district_tier.declared)
        if value < filled:
            self.notice.emit(f"District seats cannot be fewer than the {filled} results entered")
            self.show_scenario(s)
            return
        self._apply(replace(s, district_tier=replace(s.district_tier, seats=value)),
                    "Change district seats")

    def _mixed_changed(self) -> None:
        s = self.document.scenario
        mixed = self.mixed.currentData()
        overhang = self.overhang.currentData() if LINKAGES[mixed].overhang_rules else None
        self._apply(replace(s, mixed_type=mixed, overhang=overhang), "Change system")
