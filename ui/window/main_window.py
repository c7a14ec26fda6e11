"""The main window: tables and rules on the left, the parliament and results on the right."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.chart.layouts import ARC
from core.model import edits
from core.model.numbers import parse_count
from core.model.scenario import Scenario
from core.refusal import Refusal
from core.rules.result import Result
from ui import autosave
from ui.document import Document
from ui.models.district_model import CandidateModel, DeclaredModel
from ui.models.party_model import COLOR, EXEMPT, NAME, ONE_PERSON, PartyModel
from ui.models.table_view import SheetView
from ui.panels.coalition_panel import CoalitionPanel
from ui.panels.constituency_panel import ConstituencyPanel
from ui.panels.results_panel import ResultsPanel
from ui.panels.rules_panel import RulesPanel
from ui.settings import APP_NAME, Settings
from ui.text import Retranslated, count, fill, new_names, said, share
from ui.window.actions import build_menus
from ui.window.chart_view import ChartView
from ui.window.elided_label import ElidedLabel
from ui.window.files import FileCommands


class MainWindow(Retranslated, ChartView, FileCommands):
    """One document per window; its Result, computed off the UI thread, feeds the tables,
    the chart and the panels. A language change retranslates every word in place
    (``retranslate``) and builds the menus anew."""

    def __init__(self, scenario: Scenario, path: Path | None = None, *,
                 settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = Settings(settings)
        self.document = Document(scenario, path, self)
        self.party_model = PartyModel(self.document, self)
        self.candidate_model = CandidateModel(self.document, self)
        self.declared_model = DeclaredModel(self.document, self)
        self._build_ui()
        self.menus = build_menus(self)
        self._arc = ARC.default
        self._restore_chart()
        self.show_flag_columns(scenario)
        self._connect()
        self.retranslate()
        self.restore_layout()
        self.autosaver = autosave.Autosaver(self.document, self)

    @property
    def result(self) -> Result | None:
        """The latest Result shown (the document's)."""
        return self.document.result

    # ------------------------------------------------------------------ layout

    def _build_ui(self) -> None:
        from ui.chart.hemicycle_widget import HemicycleWidget  # pyqtgraph: loaded with the window

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { background: #fdecea; color: #8a1020; "
                                   "border: 1px solid #f5c2c7; padding: 4px 6px; }")
        self.message.hide()
        self.message.setTextFormat(Qt.RichText)
        self.message.linkActivated.connect(self.message.hide)
        self._banner_for_input = False  # the banner refuses an entry (not the allocation)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._parties_tab(), "")
        self.tabs.addTab(self._districts_tab(), "")
        self.constituency_panel = ConstituencyPanel(self.document)
        self.tabs.addTab(self.constituency_panel, "")
        self.rules = RulesPanel(self.document)
        self.tabs.addTab(self.rules, "")
        self._analysis_tabs()
        self.title_label = ElidedLabel()
        self.title_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.inputs = left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(4, 4, 2, 4)
        lay.addWidget(self.title_label)
        lay.addWidget(self.message)
        lay.addWidget(self.tabs, 1)
        self.chart = HemicycleWidget()
        self.results_panel = ResultsPanel()
        right = QSplitter(Qt.Vertical)
        right.addWidget(self.chart)
        right.addWidget(self.results_panel)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([3000, 2000])  # 3:2 from the start, not the chart's size hint
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)  # the chart gets the room; the inputs fold away
        self.splitter.setCollapsible(1, False)
        self._split_pending = True  # sized to the party table when first shown
        self.setCentralWidget(self.splitter)
        self.statusBar()
        self.resize(1400, 900)

    def _parties_tab(self) -> QWidget:
        self.party_view = SheetView()
        self.party_view.setModel(self.party_model)
        self.party_view.fill_with_column(NAME, 110)
        self.party_view.doubleClicked.connect(self._pick_colour)
        buttons = QHBoxLayout()
        self.party_buttons = []
        for slot in (self.add_party, self.remove_parties, lambda: self.move_party(-1),
                     lambda: self.move_party(1)):
            button = QPushButton()
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.party_buttons.append(button)
        buttons.addStretch(1)
        self.against_all = QLineEdit()
        self.invalid = QLineEdit()
        self.registered = QLineEdit()
        self.turnout = QLabel()
        self.turnout.setWordWrap(True)
        self.turnout.setTextFormat(Qt.TextFormat.RichText)  # our own markup: numbers only
        self.other_form = other = QFormLayout()
        for field in (self.against_all, self.invalid, self.registered, self.turnout):
            other.addRow(QLabel(), field)
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(4, 4, 4, 4)  # the table's columns take the width
        lay.addLayout(buttons)
        lay.addWidget(self.party_view, 1)
        lay.addLayout(other)
        return tab

    def _districts_tab(self) -> QWidget:
        self.candidate_view = SheetView()
        self.candidate_view.setModel(self.candidate_model)
        self.candidate_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.declared_view = SheetView()
        self.declared_view.setModel(self.declared_model)
        self.declared_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        buttons = QHBoxLayout()
        self.district_buttons = []
        for slot in (self.add_district, self.add_candidate, self.remove_district,
                     self.add_declared):
            button = QPushButton()
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.district_buttons.append(button)
        buttons.addStretch(1)
        self.district_summary = QLabel()
        self.district_summary.setWordWrap(True)
        self.no_districts = QLabel()
        self.no_districts.setWordWrap(True)
        self.no_districts.setStyleSheet("color: #555; padding: 12px;")
        self.candidates_caption = QLabel()
        self.declared_caption = QLabel()
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.addLayout(buttons)
        lay.addWidget(self.district_summary)
        lay.addWidget(self.candidates_caption)
        lay.addWidget(self.no_districts)
        lay.addWidget(self.candidate_view, 3)
        lay.addWidget(self.declared_caption)
        lay.addWidget(self.declared_view, 1)
        return tab

    def retranslate(self) -> None:
        """Every word of the window in the current language (``ui.translations``)."""
        self.setLocale(QLocale())  # numbers in spin boxes: 5,5 % in Russian and Kazakh
        for i, name in enumerate((self.tr("Parties"), self.tr("Districts"),
                                  self.tr("Constituencies"), self.tr("Rules"),
                                  self.tr("Analysis"), self.tr("What-if"),
                                  self.tr("Coalitions"))):
            self.tabs.setTabText(i, name)
        for button, text in zip(self.party_buttons, (
                self.tr("Add party"), self.tr("Remove"), self.tr("Move up"),
                self.tr("Move down")), strict=True):
            button.setText(text)
        for button, text in zip(self.district_buttons, (
                self.tr("Add district"), self.tr("Add candidate"), self.tr("Remove district"),
                self.tr("Add declared total")), strict=True):
            button.setText(text)
        for field, text in ((self.against_all, self.tr("Against all / blank")),
                            (self.invalid, self.tr("Invalid ballots")),
                            (self.registered, self.tr("Registered voters")),
                            (self.turnout, self.tr("Turnout"))):
            self.other_form.labelForField(field).setText(text)
        self.against_all.setToolTip(self.tr(
            "Ballots for none of the parties that still count as valid: 'against all' "
            "(Kazakhstan), blank votes (Spain)"))
        self.no_districts.setText(self.tr(
            "No per-district votes in this scenario: its district seats are given as declared "
            "totals below (official summaries). Add a district to enter candidate votes; its "
            "winner is then computed."))
        self.candidates_caption.setText(self.tr(
            "Districts with candidate votes (the winner is computed):"))
        self.declared_caption.setText(self.tr(
            "Declared totals (when only totals are published):"))
        self._show_other_votes(self.document.scenario)
        self._show_district_summary(self.document.scenario)
        flags, inputs = self.menus.flag_columns.isChecked(), self.menus.inputs.isChecked()
        self.menus = build_menus(self)
        self.menus.flag_columns.setChecked(flags)
        self.menus.inputs.setChecked(inputs)
        self.check_chart_menu()
        if self.results_panel.result is None and self.document.failure is not None:
            self._no_result(self.document.failure)  # "no votes yet" in the new language
        self.update_recent_menu()
        self.update_title()

    def _show_district_summary(self, s: Scenario) -> None:
        tier = s.district_tier
        counted, declared = len(tier.districts), sum(d.seats for d in tier.declared)
        missing = tier.seats - counted - declared
        text = fill(self.tr("{n} district {n:plural:seat|seats}: {counted} with candidate votes, "
                            "{declared} as declared totals"),
                    n=tier.seats, counted=counted, declared=declared)
        self.district_summary.setText(
            text + (fill(self.tr(", {n} without a result."), n=missing) if missing else "."))
        self.no_districts.setVisible(counted == 0)
        self.candidate_view.setVisible(counted > 0)

    # ------------------------------------------------------------------ signals

    def _connect(self) -> None:
        self.document.changed.connect(self._scenario_changed)
        # Bound methods, not lambdas: Qt drops them with the window (no calls after close).
        self.document.path_changed.connect(self.update_title)
        self.document.undo_stack.cleanChanged.connect(self.update_title)
        self.document.result_changed.connect(self.show_result)
        self.document.result_failed.connect(self._no_result)
        self.whatif_panel.preview.connect(self.show_result)
        for model, view in ((self.party_model, self.party_view),
                            (self.candidate_model, self.candidate_view),
                            (self.declared_model, self.declared_view),
                            (self.constituency_panel.model, self.constituency_panel.view)):
            model.input_refused.connect(
                lambda r, c, why, v=view: self.refuse(why, v, r, c))
            model.input_accepted.connect(self._input_accepted)
        for box, field in ((self.against_all, "against_all"), (self.invalid, "invalid"),
                           (self.registered, "registered_voters")):
            box.editingFinished.connect(lambda b=box, f=field: self._other_votes_edited(b, f))
        self.constituency_panel.refused.connect(self.refuse)
        self.constituency_panel.notice.connect(
            lambda text: self.statusBar().showMessage(text, 10000))
        self.coalition_panel.notice.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.rules.notice.connect(self.refuse)  # a refused rule: the message bar
        self._show_other_votes(self.document.scenario)

    def show_flag_columns(self, s: Scenario) -> None:
        """The rarely used flag columns show when asked for, or when a party uses them."""
        asked = self.menus.flag_columns.isChecked()
        for column, used in ((EXEMPT, any(p.threshold_exempt for p in s.parties)),
                             (ONE_PERSON, any(p.one_person_list for p in s.parties))):
            self.party_view.setColumnHidden(column, not (used or asked))

    def _scenario_changed(self, scenario: Scenario) -> None:
        self.message.hide()
        self.show_flag_columns(scenario)
        self._show_other_votes(scenario)
        self._show_district_summary(scenario)
        self.update_title()

    def show_result(self, result: Result) -> None:
        """Show a result in the chart and the results panel: the document's, or a what-if
        preview (the tables and panels follow the document by themselves)."""
        self.results_panel.show_result(result)
        self.chart.set_result(result)
        if self._split_pending and self.isVisible():  # the table's columns now hold figures
            self._split_pending = False
            self.split_for_the_table()

    def _no_result(self, why: str) -> None:
        """The scenario cannot be allocated: no chart and no results (an older result would
        pass for this scenario's), and why, in the banner; a scenario with no votes at all
        yet (File > New) is not an error: the results say what to do."""
        self.chart.clear()
        s = self.document.scenario
        if not any(p.votes for p in s.parties) and not s.district_tier.districts:
            self.results_panel.clear(self.tr("No votes yet: enter the parties' votes in the "
                                             "Parties tab to see the seats."))
            self.message.hide()
            return
        self.results_panel.clear(why)
        self.refuse(why)
        self._banner_for_input = False

    def _input_accepted(self) -> None:
        """An entry was read: a banner that refused an earlier entry is out of date."""
        if self._banner_for_input:
            self.message.hide()

    def refuse(self, why: str, view: SheetView | None = None, row: int = 0,
               column: int = 0) -> None:
        """Say what is wrong, where the analyst is looking; nothing else changes."""
        self._banner_for_input = True
        dismiss = self.tr("Dismiss")
        self.message.setText(f"{escape(why)} &nbsp;<a href='dismiss'>{escape(dismiss)}</a>")
        self.message.show()
        self.statusBar().showMessage(why, 8000)
        if view is not None:
            view.show_refusal(row, column, why)

    # ------------------------------------------------------------------ other votes

    def _show_other_votes(self, s: Scenario) -> None:
        self.against_all.setText(count(s.against_all))
        self.invalid.setText(count(s.invalid))
        self.registered.setText("" if s.registered_voters is None else
                                count(s.registered_voters))
        cast = s.ballots_cast
        if s.presentation.apportionment:  # the "votes" are the states' populations
            self.turnout.setText(fill(self.tr("{n} people: an apportionment by population, not "
                                              "an election"), n=cast))
        elif s.registered_voters:
            ratio = cast / s.registered_voters
            text = fill(self.tr("{cast} ballots, {share} of registered voters"),
                        cast=cast, share=share(ratio))
            if ratio > 1:  # impossible: one of the figures is wrong (the result warns too)
                text = "<span style='color:#b00020'>{}</span>".format(escape(fill(self.tr(
                    "{cast} ballots, {share} of registered voters: more ballots than "
                    "registered voters, check both figures"), cast=cast, share=share(ratio))))
            self.turnout.setText(text)
        else:
            self.turnout.setText(fill(self.tr("{cast} ballots (registered voters unknown)"),
                                      cast=cast))

    def _other_votes_edited(self, box: QLineEdit, field: str) -> None:
        s = self.document.scenario
        text = box.text().strip()
        label = self.other_form.labelForField(box).text()
        try:
            value = None if field == "registered_voters" and not text else parse_count(text)
        except Refusal as e:
            self.refuse(f"{label}: {said(e)}")
            self._show_other_votes(s)
            return
        self._input_accepted()
        self.document.apply(replace(s, **{field: value}), label)

    # ------------------------------------------------------------------ row edits

    def active_view(self) -> SheetView:
        for view in (self.candidate_view, self.declared_view, self.constituency_panel.view,
                     self.party_view):
            if view.hasFocus():
                return view
        if self.tabs.currentWidget() is self.constituency_panel:
            return self.constituency_panel.view
        return self.candidate_view if self.tabs.currentIndex() == 1 else self.party_view

    def _edit(self, func, text: str) -> None:
        try:
            self.document.apply(func(self.document.scenario), text)
        except edits.EditError as e:
            self.refuse(said(e))

    def add_party(self) -> None:
        row = self.party_view.currentIndex().row() + 1 or len(self.document.scenario.parties)
        self._edit(lambda s: edits.insert_parties(s, row, [edits.new_party(s, new_names())]),
                   self.tr("Add party"))
        self.party_view.setCurrentIndex(self.party_model.index(row, NAME))

    def remove_parties(self) -> None:
        rows = sorted({i.row() for i in self.party_view.selectionModel().selectedIndexes()})
        if not rows and self.party_view.currentIndex().isValid():
            rows = [self.party_view.currentIndex().row()]
        if rows:
            self._edit(lambda s: edits.remove_parties(s, rows), self.tr("Remove party"))

    def move_party(self, step: int) -> None:
        row = self.party_view.currentIndex().row()
        to = row + step
        if row < 0 or not 0 <= to < len(self.document.scenario.parties):
            return
        self._edit(lambda s: edits.move_party(s, row, to), self.tr("Move party"))
        self.party_view.setCurrentIndex(self.party_model.index(to, NAME))

    def _pick_colour(self, index) -> None:
        if index.column() != COLOR:
            return
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QColorDialog

        colour = QColorDialog.getColor(QColor(index.data(Qt.EditRole)), self,
                                       self.tr("Party colour"))
        if colour.isValid():
            self.party_model.setData(index, colour.name())

    def _current_district(self) -> int:
        row = self.candidate_view.currentIndex().row()
        return self.candidate_model.district_of_row(row) if row >= 0 else -1

    def add_district(self) -> None:
        tier = self.document.scenario.district_tier
        if len(tier.districts) + sum(d.seats for d in tier.declared) >= tier.seats:
            house = self.document.scenario.house_size
            answer = QMessageBox.question(
                self, APP_NAME,
                fill(self.tr("Every one of the {n} district seats already has a result. Add a "
                             "district seat? The house grows from {house} to {grown} seats."),
                     n=tier.seats, house=house, grown=house + 1),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                return
        self._edit(lambda s: edits.add_district(s, new_names()), self.tr("Add district"))
        self.tabs.setCurrentIndex(1)

    def add_candidate(self) -> None:
        d = self._current_district()
        if d < 0:
            self.refuse(self.tr("Select a district first (click one of its rows)"))
            return
        self._edit(lambda s: edits.add_candidate(s, d, new_names()), self.tr("Add candidate"))

    def remove_district(self) -> None:
        d = self._current_district()
        if d >= 0:
            self._edit(lambda s: edits.remove_districts(s, [d]), self.tr("Remove district"))

    def add_declared(self) -> None:
        self._edit(edits.add_declared, self.tr("Add declared total"))

    # ------------------------------------------------------------------ analysis

    def _analysis_tabs(self) -> None:
        from ui.panels.analysis_panel import AnalysisPanel
        from ui.panels.whatif_panel import WhatIfPanel

        self.analysis_panel = AnalysisPanel(self.document)
        self.tabs.addTab(self.analysis_panel, "")
        self.whatif_panel = WhatIfPanel(self.document)
        self.tabs.addTab(self.whatif_panel, "")
        self.coalition_panel = CoalitionPanel(self.document)
        self.tabs.addTab(self.coalition_panel, "")
        self.compare_dialog = self.simulation_dialog = self.guide = None

    def open_compare(self, tab: int) -> None:
        """Analysis > Compare: every method (0) or other rules (1), in a window of its own."""
        if self.compare_dialog is None:
            from ui.dialogs.compare_view import CompareDialog

            self.compare_dialog = CompareDialog(self.document, self)
        self.compare_dialog.show_tab(tab)

    def open_simulation(self) -> None:
        """Analysis > Monte Carlo simulation, on the document as it is when Run is pressed."""
        if self.simulation_dialog is None:
            from ui.dialogs.simulation_dialog import SimulationDialog

            self.simulation_dialog = SimulationDialog(self.document, self)
        self.simulation_dialog.show()
        self.simulation_dialog.raise_()

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.save_layout()
        self.autosaver.discard()
        self.document.stop()
        for dialog in (self.simulation_dialog, self.compare_dialog):
            if dialog is not None:
                dialog.close()  # a simulation in progress is cancelled
        self.analysis_panel.wait()
        self.coalition_panel.wait()
        event.accept()


def flush_events_until_result(window: MainWindow, timeout_ms: int = 5000) -> None:
    """Process events until the window shows its document's result (tests, screenshots)."""
    window.document.wait(timeout_ms)
