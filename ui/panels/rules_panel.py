"""The rules of the election: seats per tier, method, threshold, ties, linkage.

Each widget edits one field; a change becomes one undo step through the document. The panel
follows the document (undo included) without echoing its own updates back as edits.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
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
    LOCAL_THRESHOLD,
    MEMBERS,
    rule_texts,
    with_rule_text,
)
from core.message import QT_TRANSLATE_NOOP, Term
from core.model.scenario import THRESHOLD_BASES, THRESHOLD_SCOPES, TIE_BREAKS, Scenario
from core.refusal import Refusal
from core.rules.adjustments import ADJUSTMENTS
from core.rules.linkages import LINKAGES, overhang_rules
from core.rules.methods import METHODS
from ui.document import Document
from ui.text import Retranslated, fill, said, shown


def _combo(items: dict[str, str], context: str) -> QComboBox:
    """A drop-down of ``items`` (id -> English name, shown translated in ``context``: see
    :func:`_name_items`)."""
    box = QComboBox()
    # Long names ("Parallel (tiers independent: ...)") must not set the window's minimum width.
    box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(18)
    for key in items:
        box.addItem("", key)
    box.setProperty("names", (context, items))
    return box


def _name_items(box: QComboBox) -> None:
    """Each item of a :func:`_combo` named in the window's language, with its name as a
    tooltip (a long name is cut short in the closed box)."""
    context, items = box.property("names")
    for i in range(box.count()):
        name = shown(Term(context, items[box.itemData(i)]))
        box.setItemText(i, name)
        box.setItemData(i, name, Qt.ItemDataRole.ToolTipRole)
    box.setToolTip(box.currentText())


# The special rules of the list tier that are not adjustments: the label, an example of the
# line's syntax (the file format's, not translated but for "by constituency") and what the
# rule does.
_SPECIAL = {
    LIST_LENGTHS: (QT_TRANSLATE_NOOP("RulesPanel", "List lengths"),
                   "party=4, other=12   ({by_constituency}: block: party=1; ...)",
                   QT_TRANSLATE_NOOP("RulesPanel", "Candidates who can still take list seats; "
                                     "a list that wins more keeps that many and the rest go to "
                                     "the other lists (Japan, the Netherlands)")),
    MEMBERS: (QT_TRANSLATE_NOOP("RulesPanel", "Coalition lists"), "ko=2, td=3",
              QT_TRANSLATE_NOOP("RulesPanel", "The parties in each electoral coalition (lists "
                                "not named run alone)")),
    ALLIANCES: (QT_TRANSLATE_NOOP("RulesPanel", "Coalition thresholds"), "2=8, 3=11",
                QT_TRANSLATE_NOOP("RulesPanel", "members=percent: the threshold of a coalition "
                                  "of at least that many parties (Poland 8%; Czechia 8% and "
                                  "11%)")),
    LOCAL_THRESHOLD: (QT_TRANSLATE_NOOP("RulesPanel", "Or in a constituency (%)"), "12",
                      QT_TRANSLATE_NOOP("RulesPanel", "A list below the national threshold "
                                        "still shares the seats of a constituency where it has "
                                        "this percentage of the votes, those seats only "
                                        "(Sweden: 12%)")),
    LEVELLING: (QT_TRANSLATE_NOOP("RulesPanel", "Levelling seats"),
                "seats=19, percent=4, placement=national_table",
                QT_TRANSLATE_NOOP("RulesPanel", "National seats on top of the constituencies' "
                                  "(System: levelling seats); placement national_table (Norway) "
                                  "or party_by_party (Sweden)")),
    LEVELLING_BY: (QT_TRANSLATE_NOOP("RulesPanel", "… by constituency"), "oslo=1, akershus=1",
                   QT_TRANSLATE_NOOP("RulesPanel", "How many levelling seats each "
                                     "constituency takes under the national table (Norway: one "
                                     "each)")),
}


def _line(example: str) -> QLineEdit:
    """A line of text for a special rule (``core.io.rule_text``), with an example."""
    line = QLineEdit()
    line.setPlaceholderText(example)
    return line


def _spin(maximum: int = 100_000) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setKeyboardTracking(False)  # one edit per committed value, not per keystroke
    return spin


class RulesPanel(Retranslated, QWidget):
    """Form over ``document.scenario``'s list tier, district tier and linkage."""

    notice = Signal(str)  # a change that could not be made: the window's message bar

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.list_seats = _spin()
        self.method = _combo({m.id: m.name for m in METHODS.values()}, "method")
        self.first_divisor = QDoubleSpinBox()
        self.first_divisor.setRange(0, 3)
        self.first_divisor.setDecimals(2)
        self.first_divisor.setSingleStep(0.1)
        self.first_divisor.setKeyboardTracking(False)
        self.min_seats = _spin(1000)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(2)
        self.threshold.setSuffix(" %")
        self.threshold.setKeyboardTracking(False)
        self.base = _combo(THRESHOLD_BASES, "rules")
        self.inclusive = QCheckBox()
        self.or_district = _spin(1000)
        self.scope = _combo(THRESHOLD_SCOPES, "rules")
        self.tie_break = _combo(TIE_BREAKS, "rules")
        self.seed = _spin(2**31 - 1)
        self.district_seats = _spin()
        self.mixed = _combo({k: link.name for k, link in LINKAGES.items()}, "linkage")
        self.overhang = _combo(overhang_rules(), "linkage")
        self.min_lists = _spin(1000)
        self.voter_numbers = QCheckBox()
        self.special = {key: QLineEdit() for key in _SPECIAL}  # examples: in retranslate
        self.special |= {key: _line(rule.example) for key, rule in ADJUSTMENTS.items()}
        self._build()
        self._connect()
        document.changed.connect(self.show_scenario)
        self.retranslate()

    def _build(self) -> None:
        self.list_box = QGroupBox()
        self.list_form = form = QFormLayout(self.list_box)
        for field in (self.list_seats, self.method, self.first_divisor, self.min_seats,
                      self.threshold, self.base, self.inclusive, self.or_district, self.scope,
                      self.tie_break, self.seed):
            form.addRow(QLabel(), field)
        self.district_box = QGroupBox()
        self.district_form = form2 = QFormLayout(self.district_box)
        for field in (self.district_seats, self.mixed, self.overhang):
            form2.addRow(QLabel(), field)
        self.special_box = QGroupBox()
        self.special_form = form3 = QFormLayout(self.special_box)
        for field in (self.special[LIST_LENGTHS], self.special[MEMBERS], self.special[ALLIANCES],
                      self.special[LOCAL_THRESHOLD], self.min_lists, self.special[LEVELLING],
                      self.special[LEVELLING_BY], self.voter_numbers,
                      *(self.special[key] for key in ADJUSTMENTS)):
            form3.addRow(QLabel(), field)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.list_box)
        layout.addWidget(self.district_box)
        layout.addWidget(self.special_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def retranslate(self) -> None:
        """Every label, name and hint in the window's language."""
        self.list_box.setTitle(self.tr("List tier"))
        self.district_box.setTitle(self.tr("District tier and linkage"))
        for form, field, label in (
                (self.list_form, self.list_seats, self.tr("Seats")),
                (self.list_form, self.method, self.tr("Method")),
                (self.list_form, self.first_divisor, self.tr("First divisor")),
                (self.list_form, self.min_seats, self.tr("Minimum seats each")),
                (self.list_form, self.threshold, self.tr("Threshold")),
                (self.list_form, self.base, self.tr("of")),
                (self.list_form, self.or_district, self.tr("or district seats won")),
                (self.list_form, self.scope, self.tr("Threshold tested")),
                (self.list_form, self.tie_break, self.tr("Ties go to")),
                (self.list_form, self.seed, self.tr("Lot seed")),
                (self.district_form, self.district_seats, self.tr("District seats")),
                (self.district_form, self.mixed, self.tr("System")),
                (self.district_form, self.overhang, self.tr("Overhang")),
                (self.special_form, self.min_lists, self.tr("At least N lists")),
                (self.special_form, self.voter_numbers, self.tr("Biproportional"))):
            form.labelForField(field).setText(label)
        self.special_box.setTitle(self.tr("Special rules of the list tier"))
        for key, (label, example, tip) in _SPECIAL.items():
            self.special_form.labelForField(self.special[key]).setText(
                shown(Term("RulesPanel", label)))
            self.special[key].setToolTip(shown(Term("RulesPanel", tip)))
            self.special[key].setPlaceholderText(example.format(
                by_constituency=self.tr("by constituency")))
        for key, rule in ADJUSTMENTS.items():
            name = shown(Term("adjustment", rule.name))
            self.special_form.labelForField(self.special[key]).setText(name)
            self.special[key].setToolTip(fill(self.tr("{rule}: list_tier.{key} of the file "
                                                      "(docs/format.md)"), rule=name, key=key))
        self.min_lists.setSpecialValueText(self.tr("no minimum"))
        self.min_lists.setToolTip(self.tr("If fewer lists pass the threshold, the largest "
                                          "others are admitted until this many take part "
                                          "(Armenia: 3)"))
        self.voter_numbers.setText(self.tr("upper apportionment on voter numbers (Zurich)"))
        self.voter_numbers.setToolTip(self.tr("Biproportional: each list's votes in a district "
                                              "÷ the district's seats, rounded, summed for the "
                                              "upper apportionment"))
        self.inclusive.setText(self.tr("exactly at the threshold passes (\"at least\")"))
        self.first_divisor.setSpecialValueText(self.tr("standard"))
        self.or_district.setSpecialValueText(self.tr("no"))
        self.scope.setToolTip(self.tr("Where the threshold is tested when the list tier has "
                                      "constituencies (the Constituencies tab)"))
        for box in (self.method, self.base, self.scope, self.tie_break, self.mixed,
                    self.overhang):
            with QSignalBlocker(box):
                _name_items(box)
        self.show_scenario(self.document.scenario)

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
        self.list_seats.setToolTip("" if lt.constituencies is None else self.tr(
            "The sum of the constituencies' seats: edit them in the Constituencies tab"))
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
        for box in (self.method, self.base, self.tie_break, self.mixed, self.overhang):
            box.setToolTip(box.currentText())  # the whole name, when the box cuts it short
        del blockers

    # ---------------------------------------------------------------- form -> document

    def _apply(self, scenario: Scenario, text: str) -> None:
        self.document.apply(scenario, text)

    def _list(self, **fields) -> None:
        s = self.document.scenario
        self._apply(replace(s, list_tier=replace(s.list_tier, **fields)),
                    self.tr("Change the rules"))

    def _threshold(self, **fields) -> None:
        s = self.document.scenario
        threshold = replace(s.list_tier.threshold, **fields)
        self._apply(replace(s, list_tier=replace(s.list_tier, threshold=threshold)),
                    self.tr("Change the threshold"))

    def _method_changed(self) -> None:
        method = METHODS[self.method.currentData()]
        s = self.document.scenario
        tier = replace(
            s.list_tier, method=method.id,
            first_divisor=(s.list_tier.first_divisor if method.first_divisor_configurable
                           else None),
            min_seats=s.list_tier.min_seats if method.takes_minimum else 0,
        )
        self._apply(replace(s, list_tier=tier), fill(self.tr("Method: {method}"),
                                                     method=Term("method", method.short)))

    def _first_divisor_changed(self, value: float) -> None:
        first = None if value == 0 else Fraction(f"{value:.2f}")
        self._list(first_divisor=first)

    def _district_seats_changed(self, value: int) -> None:
        s = self.document.scenario
        filled = len(s.district_tier.districts) + sum(d.seats for d in s.district_tier.declared)
        if value < filled:
            self.notice.emit(fill(self.tr("District seats cannot be fewer than the {n} results "
                                          "entered"), n=filled))
            self.show_scenario(s)
            return
        self._apply(replace(s, district_tier=replace(s.district_tier, seats=value)),
                    self.tr("Change the district seats"))

    def _special_changed(self, key: str) -> None:
        """A special rule typed in its line: read back as a file would be, or refused."""
        s = self.document.scenario
        line = self.special[key]
        if line.text().strip() == rule_texts(s)[key]:
            return
        try:
            changed = with_rule_text(s, key, line.text())
        except Refusal as e:
            self.notice.emit(said(e))
            self.show_scenario(s)
            return
        self._apply(changed, fill(self.tr("Change {rule}"),
                                  rule=self.special_form.labelForField(line).text()))

    def _mixed_changed(self) -> None:
        s = self.document.scenario
        mixed = self.mixed.currentData()
        rules = LINKAGES[mixed].overhang_rules
        overhang = self.overhang.currentData() if rules else None
        if rules and overhang not in rules:
            overhang = LINKAGES[mixed].default_overhang
        self._apply(replace(s, mixed_type=mixed, overhang=overhang), self.tr("Change the system"))
