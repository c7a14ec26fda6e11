"""Compare: the same votes under every method, and under another rule set, side by side.

"Every method" is a table (parties × methods, then the indices and the majority); the method
in use is marked and the seats that differ from it are coloured. "Other rules" puts the
scenario as held next to its votes under a built-in rule set (a template such as Kazakhstan
before 2022: 7%, all 98 seats by list; or a built-in election's rules), as a table and as two
parliament charts. Both follow the window's document and compute off the UI thread.
"""

from __future__ import annotations

import textwrap
from html import escape

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.analysis.compare import (
    AS_HELD,
    Comparison,
    Outcome,
    apply_rules,
    compare_methods,
    comparison,
    outcome,
    why_rules_cannot_apply,
)
from core.chart.seating import party_colors
from core.io import scenario_file
from core.message import Term
from core.model.scenario import THRESHOLD_BASES, Scenario
from core.rules.allocate import allocate
from core.rules.linkages import LINKAGES
from core.rules.methods import METHODS, method_term
from core.rules.result import Result
from ui import text as ui_text
from ui.application import fit_to_screen
from ui.document import Document
from ui.models.rows_model import Cell, RowsModel, fit_height, number, read_only_table
from ui.text import Retranslated, decimal, fill, percent, shown
from ui.worker import Failure, Worker

translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it

MORE, FEWER, MUTED, HEADER_BG = "#1b6e20", "#b00020", "#777777", "#eef2f7"
DEFAULT_RULES = "template:kz-before-2022"


def _seats(o: Outcome, i: int) -> str:
    extra = o.seats_with_affiliated[i] - o.seats[i]
    return f"{o.seats[i]}" + (f" (+{extra})" if extra else "")


def _majority(o: Outcome) -> str:
    return ("—" if o.largest is None else translate("CompareDialog", "two thirds")
            if o.has_two_thirds else translate("CompareDialog", "majority") if o.has_simple
            else translate("CompareDialog", "none"))


def comparison_rows(c: Comparison, colors: dict[str, str], reference: int = 0,
                    change: bool = False) -> list[list[Cell]]:
    """Parties × outcomes (seats, coloured where they differ from outcome ``reference``),
    then the house, the largest party's majority and the indices; with ``change``, a last
    column: the last outcome's seats minus the reference's."""
    ref = c.outcomes[reference]
    rows = []
    for i, (pid, name) in enumerate(zip(c.party_ids, c.party_names, strict=True)):
        row = [Cell(name, name, swatch=colors.get(pid))]
        for k, o in enumerate(c.outcomes):
            diff = o.seats_with_affiliated[i] - ref.seats_with_affiliated[i]
            tip = None if k == reference or not diff else fill(
                translate("CompareDialog", "{diff} against {other}"), diff=f"{diff:+d}",
                other=ref.label) + ("" if o.qualified[i] else translate(
                    "CompareDialog", "; below threshold"))
            row.append(number(_seats(o, i), tip, bold=k == reference,
                              color=MORE if diff > 0 else FEWER if diff < 0 else
                              (MUTED if not o.qualified[i] else None)))
        if change:
            diff = c.outcomes[-1].seats_with_affiliated[i] - ref.seats_with_affiliated[i]
            row.append(number(f"{diff:+d}".replace("-", "−") if diff else "", bold=True,
                              color=MORE if diff > 0 else FEWER))
        rows.append(row)
    names = dict(zip(c.party_ids, c.party_names, strict=True))
    summary = [
        (translate("CompareDialog", "Seats in the house"), lambda o: str(o.house)),
        (translate("CompareDialog", "Largest party"), lambda o: names.get(o.largest, "—")),
        (translate("CompareDialog", "Its majority"), _majority),
        (translate("CompareDialog", "Gallagher index"), lambda o: decimal(o.indices.gallagher)),
        (translate("CompareDialog", "Loosemore-Hanby"),
         lambda o: decimal(o.indices.loosemore_hanby)),
        (translate("CompareDialog", "Effective parties (seats)"),
         lambda o: decimal(o.indices.enp_seats)),
    ]
    for label, show in summary:
        rows.append([Cell(label, italic=True, background=HEADER_BG)] +
                    [number(show(o), show(o), background=HEADER_BG, bold=k == reference)
                     for k, o in enumerate(c.outcomes)] +
                    ([Cell(background=HEADER_BG)] if change else []))
    return rows


def column_title(label: str, wrap: int = 10) -> str:
    """A compact header: a long method name over two or more lines (``Hagenbach-`` /
    ``Bischoff``, ``Хагенбах —`` / ``Бишофф`` / ``квотасы``), a note in brackets below."""
    head, _, note = label.partition(" (")
    lines = textwrap.wrap(head, wrap, break_long_words=False) or [head]
    return "\n".join(lines) + (f"\n({note}" if note else "")


def rule_sets() -> list[tuple[str, str]]:
    """Built-in rule sets to compare with: (spec, title), templates first."""
    lang = ui_text.language
    out = [(f"{scenario_file.TEMPLATE_PREFIX}{n}", t or n)
           for n, t in scenario_file.templates(lang)]
    out += [(f"{scenario_file.PRESET_PREFIX}{n}",
             fill(translate("CompareDialog", "Rules of: {title}"), title=t or n))
            for n, t in scenario_file.presets(lang)]
    return out


def compare_with(scenario: Scenario, spec: str) -> tuple[Result, Result, str]:
    """(the scenario as held, its votes under the rules of ``spec``, a label); ValueError
    (or ScenarioError) when the rules cannot take these votes."""
    rules = scenario_file.load(spec)
    label = rules.title_in(ui_text.language).removeprefix(translate("Menus", "Template: "))
    return allocate(scenario), allocate(apply_rules(scenario, rules)), label


def rules_summary(s: Scenario) -> str:
    """The rules of ``s`` in a line: list seats, method, threshold, districts, appointed."""
    t = s.list_tier
    parts = [fill(translate("CompareDialog", "{n} list {n:plural:seat|seats} by {method}"),
                  n=t.seats, method=method_term(t.method))]
    parts.append(fill(translate("CompareDialog", "threshold {p} of {base}"),
                      p=percent(t.threshold.percent),
                      base=Term("rules", THRESHOLD_BASES[t.threshold.base]))
                 if t.threshold.percent else translate("CompareDialog", "no threshold"))
    parts.append(fill(translate("CompareDialog", "{n} district {n:plural:seat|seats}"),
                      n=s.district_tier.seats) if s.district_tier.seats
                 else translate("CompareDialog", "no district seats"))
    parts += [fill(translate("CompareDialog", "{n} appointed ({body})"), n=a.seats, body=a.name)
              for a in s.appointed]
    if s.mixed_type != "parallel":
        parts.append(shown(Term("linkage", LINKAGES[s.mixed_type].name)))
    return "; ".join(parts)


def _colored(text: str, color: str) -> str:
    return f"<span style='color:{color}'>{escape(text)}</span>"


def _colors(scenario: Scenario, result: Result | None) -> dict[str, str]:
    """The parties' colours as the charts show them (kept apart for colour-blind readers),
    from ``result`` when it is the scenario's; else as in the file."""
    if result is not None and result.scenario == scenario:
        return party_colors(result)
    return {p.id: p.color for p in scenario.parties}


NAMES_MOST, COLUMN_MOST = 260, 130  # px of party names and of a column of seats in a
# comparison table; longer texts are cut (the whole is the cell's tooltip)


def _cap_names(view) -> None:
    """Long party names take no more than NAMES_MOST px and a column of seats no more than
    COLUMN_MOST (a long name of the largest party would widen it): the columns stay in
    view."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        most = NAMES_MOST if column == 0 else COLUMN_MOST
        if header.sectionSize(column) > most:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, most)


class _Chart(QWidget):
    """A titled hemicycle chart."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from ui.chart.hemicycle_widget import HemicycleWidget  # pyqtgraph, loaded with the window

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignCenter)
        self.title.setStyleSheet("font-weight: 600;")
        self.chart = HemicycleWidget()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.chart, 1)

    def show_result(self, title: str, result: Result) -> None:
        self.title.setText(title)
        self.chart.set_result(result)


class CompareDialog(Retranslated, QDialog):
    """A non-modal window next to the main one; follows its document."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.methods_model = RowsModel(("",), (), self)
        self.rules_model = RowsModel(("",), (), self)
        self.comparison: Comparison | None = None
        self.rules_comparison: Comparison | None = None
        self._methods = Worker(self)
        # The core refuses rules that cannot take these votes with a plain ValueError.
        self._rules = Worker(self, expected=(ValueError,))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._methods_tab(), "")
        self.tabs.addTab(self._rules_tab(), "")
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        fit_to_screen(self, 1180, 760)
        document.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the window in the window's language; the comparisons are shown
        again in it."""
        self.setWindowTitle(self.tr("Compare — SeatCalc"))
        self.tabs.setTabText(0, self.tr("Every method"))
        self.tabs.setTabText(1, self.tr("Other rules"))
        self.rules_caption.setText(self.tr("Same votes under the rules of"))
        with QSignalBlocker(self.rules_box):
            for i, (_, title) in enumerate(rule_sets()):
                self.rules_box.setItemText(i, title)
        self.refresh()

    # ---------------------------------------------------------------- layout

    def _methods_tab(self) -> QWidget:
        self.methods_note = QLabel()
        self.methods_note.setWordWrap(True)
        self.methods_view = read_only_table(self.methods_model, stretch=None)
        self.methods_model.modelReset.connect(lambda: _cap_names(self.methods_view))
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.addWidget(self.methods_note)
        lay.addWidget(self.methods_view)
        lay.addStretch(1)
        fit_height(self.methods_view)
        return tab

    def _rules_tab(self) -> QWidget:
        self.rules_box = QComboBox()
        self._rule_sets = {}
        for spec, _ in rule_sets():
            self.rules_box.addItem("", spec)
            self._rule_sets[spec] = scenario_file.load(spec)
        self.rules_box.setCurrentIndex(max(self.rules_box.findData(DEFAULT_RULES), 0))
        self.rules_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.rules_note = QLabel()
        self.rules_note.setWordWrap(True)
        self.rules_view = read_only_table(self.rules_model, stretch=None)
        self.rules_model.modelReset.connect(lambda: _cap_names(self.rules_view))
        self.held_chart, self.other_chart = _Chart(), _Chart()
        charts = QWidget()
        pair = QHBoxLayout(charts)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.held_chart)
        pair.addWidget(self.other_chart)
        split = QSplitter(Qt.Vertical)
        split.addWidget(charts)
        split.addWidget(self.rules_view)
        split.setSizes([400, 340])
        choose = QHBoxLayout()
        self.rules_caption = QLabel()
        choose.addWidget(self.rules_caption)
        choose.addWidget(self.rules_box, 1)
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.addLayout(choose)
        lay.addWidget(self.rules_note)
        lay.addWidget(split, 1)
        return tab

    def show_tab(self, index: int) -> None:
        """Show the dialog on "Every method" (0) or "Other rules" (1)."""
        self.tabs.setCurrentIndex(index)
        self.show()
        self.raise_()
        self.activateWindow()

    # ---------------------------------------------------------------- work

    def _offer_rules(self, s: Scenario) -> None:
        """Only the rule sets these votes can be counted under can be chosen; the others
        stay in the list, greyed, saying why not."""
        model = self.rules_box.model()
        for row in range(self.rules_box.count()):
            rules = self._rule_sets.get(self.rules_box.itemData(row))
            why = None if rules is None else why_rules_cannot_apply(s, rules)
            item = model.item(row)
            item.setEnabled(why is None)
            item.setToolTip("" if why is None else fill(self.tr("Cannot apply: {why}"), why=why))
        if not model.item(self.rules_box.currentIndex()).isEnabled():
            usable = [r for r in range(self.rules_box.count()) if model.item(r).isEnabled()]
            if usable:
                self.rules_box.blockSignals(True)
                self.rules_box.setCurrentIndex(usable[0])
                self.rules_box.blockSignals(False)

    def refresh(self, *_) -> None:
        """Recompute both comparisons for the document as it is now."""
        s = self.document.scenario
        self._offer_rules(s)
        self._methods.run(lambda: compare_methods(s), lambda c: self._show_methods(s, c),
                          lambda f: self.methods_note.setText(escape(fill(self.tr(
                              "Cannot compare: {why}"), why=f.message))))
        spec = self.rules_box.currentData()
        if spec:
            self.rules_note.setText(self.tr("Computing…"))
            self._rules.run(lambda: compare_with(s, spec),
                            lambda found: self._show_rules(s, spec, *found), self._rules_failed)

    def wait(self) -> None:
        """Block until the background work is done (tests, screenshots)."""
        self._methods.wait()
        self._rules.wait()

    def _show_methods(self, s: Scenario, c: Comparison) -> None:
        used = shown(method_term(s.list_tier.method))
        reference = next((k for k, o in enumerate(c.outcomes) if o.method_id ==
                          s.list_tier.method), 0)
        self.comparison = c
        in_use = " " + self.tr("(in use)")
        headers = [self.tr("Party")] + [
            column_title(shown(o.label) + (in_use if k == reference else ""))
            for k, o in enumerate(c.outcomes)]
        tips = [None] + [shown(Term("method", METHODS[o.method_id].name)) for o in c.outcomes]
        colors = _colors(s, self.document.current_result())
        self.methods_model.set_rows(comparison_rows(c, colors, reference), headers, tips)
        self.methods_note.setText(fill(
            self.tr("The same votes, threshold and district seats under every method; seats "
                    "coloured {green} or {red} where they differ from {used}, the method in "
                    "use."), green=_colored(self.tr("green"), MORE),
            red=_colored(self.tr("red"), FEWER), used=escape(used)))

    def _show_rules(self, s: Scenario, spec: str, held: Result, other: Result,
                    label: str) -> None:
        if s != self.document.scenario or spec != self.rules_box.currentData():
            return
        c = comparison(s, (outcome(AS_HELD, held), outcome(label, other)))
        self.rules_comparison = c
        title = s.title_in(ui_text.language)
        self.rules_model.set_rows(
            comparison_rows(c, _colors(s, held), change=True),
            [self.tr("Party"), shown(AS_HELD), self.tr("Under these rules"), self.tr("Change")],
            [None, title, label, self.tr("Seats under these rules − as held")])
        self.rules_note.setText(escape(fill(self.tr("Under these rules: {rules}."),
                                            rules=rules_summary(other.scenario))))
        self.held_chart.show_result(fill(self.tr("As held: {title}"), title=title), held)
        self.other_chart.show_result(fill(self.tr("Under: {rules}"), rules=label), other)
        self.other_chart.show()

    def _rules_failed(self, failure: Failure) -> None:
        self.rules_comparison = None
        self.rules_model.set_rows([])
        why = failure.message if failure.bug else fill(
            self.tr("These votes cannot be counted under these rules: {why}"),
            why=failure.message)
        self.rules_note.setText(f"<span style='color:{FEWER}'>{escape(why)}</span>")
        self.other_chart.hide()
