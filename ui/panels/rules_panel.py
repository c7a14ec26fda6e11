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
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.io.rule_text import (
    ALLIANCES,
    LEVELLING,
    LEVELLING_BY,
    LIST_LENGTHS,
    MEMBERS,
    rule_texts,
    with_rule_text,
)
from core.message import Term
from core.model.scenario import (
    THRESHOLD_BASES,
    THRESHOLD_SCOPES,
    TIE_BREAKS,
    Scenario,
    ScenarioError,
)
from core.rules.adjustments import ADJUSTMENTS
from core.rules.linkages import LINKAGES, overhang_rules
from core.rules.methods import METHODS
from ui.document import Document
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


def _line(example: str, tip: str) -> QLineEdit:
    """A line of text for a special rule (``core.io.rule_text``), with an example."""
    line = QLineEdit()
    line.setPlaceholderText(example)
    line.setToolTip(tip)
    line.setAccessibleName(tip.split(":")[0].split(" (")[0].lower())
    return line


# The special rules that are not list-tier adjustments: example and what they mean.
_SPECIAL = {
    LIST_LENGTHS: ("party=4, other=12   (by constituency: block: party=1; ...)",
                   "List lengths: candidates who can still take list seats; a list that wins "
                   "more keeps that many and the rest go to the other lists (Japan, the "
                   "Netherlands)"),
    MEMBERS: ("ko=2, td=3", "Coalition lists: the parties in each electoral coalition (lists "
                            "not named run alone)"),
    ALLIANCES: ("2=8, 3=11", "Coalition thresholds: members=percent, the threshold of a "
                             "coalition of at least that many parties (Poland 8%; Czechia "
                             "8% and 11%)"),
    LEVELLING: ("seats=19, percent=4, placement=national_table",
                "Levelling seats: national seats on top of the constituencies' (System: "
                "levelling seats); placement national_table (Norway) or party_by_party "
                "(Sweden)"),
    LEVELLING_BY: ("oslo=1, akershus=1", "Levelling seats by constituency: how many each "
                                         "takes under the national table (Norway: one each)"),
}


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
        self.min_lists = _spin(1000)
        self.min_lists.setSpecialValueText("no minimum")
        self.voter_numbers = QCheckBox("upper apportionment on voter numbers (Zurich)")
        self.voter_numbers.setToolTip("Biproportional: each list's votes in a district ÷ the "
                                      "district's seats, rounded, summed for the upper "
                                      "apportionment")
        self.min_lists.setToolTip("If fewer lists pass the threshold, the largest others are "
                                  "admitted until this many take part (Armenia: 3)")
        self.special = {key: _line(*tip) for key, tip in _SPECIAL.items()}
        self.special |= {key: _line(rule.example, f"{shown(Term('adjustment', rule.name))}: "
                                                  f"list_tier.{key} of the file (docs/format.md)")
                         for key, rule in ADJUSTMENTS.items()}
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
        special_box = QGroupBox("Special rules of the list tier")
        form3 = QFormLayout(special_box)
        form3.addRow("List lengths", self.special[LIST_LENGTHS])
        form3.addRow("Coalition lists", self.special[MEMBERS])
        form3.addRow("Coalition thresholds", self.special[ALLIANCES])
        form3.addRow("At least N lists", self.min_lists)
        form3.addRow("Levelling seats", self.special[LEVELLING])
        form3.addRow("… by constituency", self.special[LEVELLING_BY])
        form3.addRow("Biproportional", self.voter_numbers)
        for key, rule in ADJUSTMENTS.items():
            form3.addRow(shown(Term("adjustment", rule.name)), self.special[key])
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(list_box)
        layout.addWidget(district_box)
        layout.addWidget(special_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

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
        self.min_lists.valueChanged.connect(lambda v: self._threshold(min_lists=v))
        self.voter_numbers.toggled.connect(lambda v: self._list(voter_numbers=v))
        for key, line in self.special.items():
            line.editingFinished.connect(lambda key=key: self._special_changed(key))

    # ---------------------------------------------------------------- document -> form

    def show_scenario(self, s: Scenario) -> None:
        """Show ``s`` in the form without emitting edits."""
        lt, th = s.list_tier, s.list_tier.threshold
        widgets = (self.list_seats, self.method, self.first_divisor, self.min_seats,
                   self.threshold, self.base, self.inclusive, self.or_district, self.scope,
                   self.tie_break, self.seed, self.district_seats, self.mixed, self.overhang,
                   self.min_lists, self.voter_numbers, *self.special.values())
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
        self.min_lists.setValue(th.min_lists)
        self.voter_numbers.setChecked(lt.voter_numbers)
        for key, text in rule_texts(s).items():
            self.special[key].setText(text)
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

    def _special_changed(self, key: str) -> None:
        """A special rule typed in its line: read back as a file would be, or refused."""
        s = self.document.scenario
        line = self.special[key]
        if line.text().strip() == rule_texts(s)[key]:
            return
        try:
            changed = with_rule_text(s, key, line.text())
        except ScenarioError as e:
            refuse = getattr(self.window(), "refuse", None)
            if refuse is not None:
                refuse(f"Rules: {e}")
            self.show_scenario(s)
            return
        self._apply(changed, f"Change {line.accessibleName() or key.replace('_', ' ')}")

    def _mixed_changed(self) -> None:
        s = self.document.scenario
        mixed = self.mixed.currentData()
        rules = LINKAGES[mixed].overhang_rules
        overhang = self.overhang.currentData() if rules else None
        if rules and overhang not in rules:
            overhang = LINKAGES[mixed].default_overhang
        self._apply(replace(s, mixed_type=mixed, overhang=overhang), "Change system")
