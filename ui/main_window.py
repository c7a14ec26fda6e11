"""The main window: tables and rules on the left, the parliament and results on the right."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import edits
from core.allocate import Result, allocate
from core.io import scenario_file
from core.numbers import format_count, parse_count
from core.scenario import ListTier, Scenario, ScenarioError
from ui import autosave
from ui.constituency_panel import ConstituencyPanel
from ui.district_model import CandidateModel, DeclaredModel
from ui.document import Document
from ui.party_model import COLOR, EXEMPT, NAME, ONE_PERSON, PartyModel
from ui.recompute import Recomputer
from ui.results_panel import ResultsPanel
from ui.rules_panel import RulesPanel
from ui.table_view import SheetView

APP_NAME = "SeatCalc"
MAX_RECENT = 8
FILE_FILTER = "SeatCalc scenarios (*.seats.json);;JSON (*.json);;All files (*)"


class MainWindow(QMainWindow):
    """One document per window; every edit recomputes off the UI thread."""

    result_shown = Signal(object)

    def __init__(self, scenario: Scenario, path: Path | None = None, *,
                 settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.document = Document(scenario, path, self)
        self.result: Result | None = None
        self.recomputer = Recomputer(allocate, self)
        self.party_model = PartyModel(self.document, self)
        self.candidate_model = CandidateModel(self.document, self)
        self.declared_model = DeclaredModel(self.document, self)
        self._build_ui()
        self._build_menus()
        self._connect()
        self.update_title()
        self._restore_settings()
        self.autosaver = autosave.Autosaver(self.document, self)
        self.recomputer.request(scenario)

    # ------------------------------------------------------------------ layout

    def _build_ui(self) -> None:
        from ui.hemicycle_widget import HemicycleWidget  # pyqtgraph: loaded with the window

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { background: #fdecea; color: #8a1020; "
                                   "border: 1px solid #f5c2c7; padding: 4px 6px; }")
        self.message.hide()
        self.message.setTextFormat(Qt.RichText)
        self.message.linkActivated.connect(self.message.hide)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._parties_tab(), "Parties")
        self.tabs.addTab(self._districts_tab(), "Districts")
        self.constituency_panel = ConstituencyPanel(self.document)
        self.tabs.addTab(self.constituency_panel, "Constituencies")
        self.rules = RulesPanel(self.document)
        self.tabs.addTab(self.rules, "Rules")
        self._analysis_tabs()
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(6, 6, 6, 6)
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
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([1000, 1000])  # half each: room for the party names
        self.setCentralWidget(self.splitter)
        self.statusBar()
        self.resize(1400, 900)

    def _parties_tab(self) -> QWidget:
        self.party_view = SheetView(self.document)
        self.party_view.setModel(self.party_model)
        self.party_view.fill_with_column(NAME, 170)
        self.party_view.doubleClicked.connect(self._pick_colour)
        buttons = QHBoxLayout()
        for text, slot in (("Add party", self.add_party), ("Remove", self.remove_parties),
                           ("Move up", lambda: self.move_party(-1)),
                           ("Move down", lambda: self.move_party(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.against_all = QLineEdit()
        self.invalid = QLineEdit()
        self.registered = QLineEdit()
        self.turnout = QLabel()
        other = QFormLayout()
        other.addRow("Against all / blank", self.against_all)
        self.against_all.setToolTip("Ballots for none of the parties that still count as valid: "
                                    "'against all' (Kazakhstan), blank votes (Spain)")
        other.addRow("Invalid ballots", self.invalid)
        other.addRow("Registered voters", self.registered)
        other.addRow("Turnout", self.turnout)
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.addLayout(buttons)
        lay.addWidget(self.party_view, 1)
        lay.addLayout(other)
        return tab

    def _districts_tab(self) -> QWidget:
        self.candidate_view = SheetView(self.document)
        self.candidate_view.setModel(self.candidate_model)
        self.candidate_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.declared_view = SheetView(self.document)
        self.declared_view.setModel(self.declared_model)
        self.declared_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        buttons = QHBoxLayout()
        for text, slot in (("Add district", self.add_district),
                           ("Add candidate", self.add_candidate),
                           ("Remove district", self.remove_district),
                           ("Add declared total", self.add_declared)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.district_summary = QLabel()
        self.district_summary.setWordWrap(True)
        self.no_districts = QLabel(
            "No per-district votes in this scenario: its district seats are given as declared "
            "totals below (official summaries). Add a district to enter candidate votes; its "
            "winner is then computed.")
        self.no_districts.setWordWrap(True)
        self.no_districts.setStyleSheet("color: #555; padding: 12px;")
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.addLayout(buttons)
        lay.addWidget(self.district_summary)
        lay.addWidget(QLabel("Districts with candidate votes (the winner is computed):"))
        lay.addWidget(self.no_districts)
        lay.addWidget(self.candidate_view, 3)
        lay.addWidget(QLabel("Declared totals (when only totals are published):"))
        lay.addWidget(self.declared_view, 1)
        self._show_district_summary(self.document.scenario)
        return tab

    def _show_district_summary(self, s: Scenario) -> None:
        tier = s.district_tier
        counted, declared = len(tier.districts), sum(d.seats for d in tier.declared)
        missing = tier.seats - counted - declared
        text = (f"{tier.seats} district seat(s): {counted} with candidate votes, "
                f"{declared} as declared totals")
        self.district_summary.setText(text + (f", {missing} without a result." if missing
                                              else "."))
        self.no_districts.setVisible(counted == 0)
        self.candidate_view.setVisible(counted > 0)

    # ------------------------------------------------------------------ menus

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        self._action(file, "&New", self.new_scenario, QKeySequence.New)
        self._action(file, "&Open…", self.open_dialog, QKeySequence.Open)
        presets = file.addMenu("Open &built-in scenario")
        for name, title in scenario_file.presets():
            self._action(presets, title or name,
                         lambda _=False, n=name: self.open_spec(f"preset:{n}"))
        self.templates_menu = file.addMenu("New from &template")
        for name, title in scenario_file.templates():
            self._action(self.templates_menu, (title or name).removeprefix("Template: "),
                         lambda _=False, n=name: self.open_spec(
                             f"{scenario_file.TEMPLATE_PREFIX}{n}"))
        self.recent_menu = file.addMenu("&Recent files")
        file.addSeparator()
        self._action(file, "&Save", self.save, QKeySequence.Save)
        self._action(file, "Save &As…", self.save_as, QKeySequence.SaveAs)
        file.addSeparator()
        self._action(file, "&Import table…", self.import_dialog, "Ctrl+I")
        self._action(file, "&Export…", self.export_dialog, "Ctrl+E")
        file.addSeparator()
        self._action(file, "&Quit", self.close, QKeySequence.Quit)
        edit = bar.addMenu("&Edit")
        undo = self.document.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.Undo)
        redo = self.document.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.Redo)
        edit.addActions([undo, redo])
        edit.addSeparator()
        self._action(edit, "Cu&t", lambda: self._active_view().cut())
        self._action(edit, "&Copy", lambda: self._active_view().copy())
        self._action(edit, "&Paste", lambda: self._active_view().paste())
        edit.addSeparator()
        self._action(edit, "&Add party", self.add_party, "Ctrl+Shift+N")
        self._action(edit, "&Remove party", self.remove_parties)
        self._action(edit, "Add &district", self.add_district)
        self._action(edit, "Remove d&istrict", self.remove_district)
        view = bar.addMenu("&View")
        for i in range(self.tabs.count()):
            self._action(view, self.tabs.tabText(i),
                         lambda _=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
        view.addSeparator()
        self.flag_columns = self._action(view, "Party &flags (threshold-exempt, one-person list)",
                                         lambda: self._show_flag_columns(self.document.scenario))
        self.flag_columns.setCheckable(True)
        self._show_flag_columns(self.document.scenario)
        self._analysis_menu(bar.addMenu("&Analysis"))
        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Sources of this scenario", self.show_sources, "F1")
        self._action(help_menu, "&About SeatCalc", self.show_about)
        self._update_recent_menu()

    # ------------------------------------------------------------------ signals

    def _connect(self) -> None:
        self.document.changed.connect(self._scenario_changed)
        # Bound methods, not lambdas: Qt drops them with the window (no calls after close).
        self.document.path_changed.connect(self.update_title)
        self.document.undo_stack.cleanChanged.connect(self.update_title)
        self.recomputer.finished.connect(self.show_result)
        self.recomputer.failed.connect(self._show_failure)
        for model, view in ((self.party_model, self.party_view),
                            (self.candidate_model, self.candidate_view),
                            (self.declared_model, self.declared_view),
                            (self.constituency_panel.model, self.constituency_panel.view)):
            model.input_refused.connect(
                lambda r, c, why, v=view: self.refuse(why, v, r, c))
        for box, field in ((self.against_all, "against_all"), (self.invalid, "invalid"),
                           (self.registered, "registered_voters")):
            box.editingFinished.connect(lambda b=box, f=field: self._other_votes_edited(b, f))
        self.constituency_panel.refused.connect(self.refuse)
        self.constituency_panel.notice.connect(
            lambda text: self.statusBar().showMessage(text, 10000))
        self._show_other_votes(self.document.scenario)

    def _show_flag_columns(self, s: Scenario) -> None:
        """The rarely used flag columns show when asked for, or when a party uses them."""
        for column, used in ((EXEMPT, any(p.threshold_exempt for p in s.parties)),
                             (ONE_PERSON, any(p.independent for p in s.parties))):
            self.party_view.setColumnHidden(column, not (used or self.flag_columns.isChecked()))

    def _scenario_changed(self, scenario: Scenario) -> None:
        self.message.hide()
        self._show_flag_columns(scenario)
        self._show_other_votes(scenario)
        self._show_district_summary(scenario)
        self.update_title()
        self.recomputer.request(scenario)

    def show_result(self, result: Result) -> None:
        """Show a freshly computed result everywhere."""
        self.result = result
        self.party_model.set_result(result)
        self.results_panel.show_result(result)
        self.constituency_panel.show_result(result)
        self.chart.set_result(result)
        self.result_shown.emit(result)

    def _show_failure(self, error: Exception) -> None:
        self.refuse(f"These votes and rules cannot be allocated: {error}")

    def refuse(self, why: str, view: SheetView | None = None, row: int = 0,
               column: int = 0) -> None:
        """Say what is wrong, where the analyst is looking; nothing else changes."""
        self.message.setText(f"{escape(why)} &nbsp;<a href='dismiss'>Dismiss</a>")
        self.message.show()
        self.statusBar().showMessage(why, 8000)
        if view is not None:
            view.show_refusal(row, column, why)

    # ------------------------------------------------------------------ other votes

    def _show_other_votes(self, s: Scenario) -> None:
        self.against_all.setText(format_count(s.against_all))
        self.invalid.setText(format_count(s.invalid))
        self.registered.setText("" if s.registered_voters is None else
                                format_count(s.registered_voters))
        cast = sum(p.votes for p in s.parties) + s.against_all + s.invalid
        if s.registered_voters:
            self.turnout.setText(f"{format_count(cast)} ballots, "
                                 f"{cast / s.registered_voters:.2%} of registered voters")
        else:
            self.turnout.setText(f"{format_count(cast)} ballots (registered voters unknown)")

    def _other_votes_edited(self, box: QLineEdit, field: str) -> None:
        s = self.document.scenario
        text = box.text().strip()
        try:
            value = None if field == "registered_voters" and not text else parse_count(text)
        except ValueError as e:
            self.refuse(f"{field.replace('_', ' ').capitalize()}: {e}")
            self._show_other_votes(s)
            return
        self.document.apply(replace(s, **{field: value}), f"Edit {field.replace('_', ' ')}")

    # ------------------------------------------------------------------ row edits

    def _active_view(self) -> SheetView:
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
            self.refuse(str(e))

    def add_party(self) -> None:
        row = self.party_view.currentIndex().row() + 1 or len(self.document.scenario.parties)
        self._edit(lambda s: edits.insert_parties(s, row, [edits.new_party(s)]), "Add party")
        self.party_view.setCurrentIndex(self.party_model.index(row, NAME))

    def remove_parties(self) -> None:
        rows = sorted({i.row() for i in self.party_view.selectionModel().selectedIndexes()})
        if not rows and self.party_view.currentIndex().isValid():
            rows = [self.party_view.currentIndex().row()]
        if rows:
            self._edit(lambda s: edits.remove_parties(s, rows), "Remove party")

    def move_party(self, step: int) -> None:
        row = self.party_view.currentIndex().row()
        to = row + step
        if row < 0 or not 0 <= to < len(self.document.scenario.parties):
            return
        self._edit(lambda s: edits.move_party(s, row, to), "Move party")
        self.party_view.setCurrentIndex(self.party_model.index(to, NAME))

    def _pick_colour(self, index) -> None:
        if index.column() != COLOR:
            return
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QColorDialog

        colour = QColorDialog.getColor(QColor(index.data(Qt.EditRole)), self, "Party colour")
        if colour.isValid():
            self.party_model.setData(index, colour.name())

    def _current_district(self) -> int:
        row = self.candidate_view.currentIndex().row()
        return self.candidate_model.district_of_row(row) if row >= 0 else -1

    def add_district(self) -> None:
        self._edit(edits.add_district, "Add district")
        self.tabs.setCurrentIndex(1)

    def add_candidate(self) -> None:
        d = self._current_district()
        if d < 0:
            self.refuse("Select a district first (click one of its rows)")
            return
        self._edit(lambda s: edits.add_candidate(s, d), "Add candidate")

    def remove_district(self) -> None:
        d = self._current_district()
        if d >= 0:
            self._edit(lambda s: edits.remove_districts(s, [d]), "Remove district")

    def add_declared(self) -> None:
        self._edit(edits.add_declared, "Add declared total")

    # ------------------------------------------------------------------ files

    def update_title(self, *_) -> None:
        """File name, unsaved mark and the scenario's title."""
        path = self.document.path
        name = path.name if path else "untitled"
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.document.modified)
        s = self.document.scenario
        dated = s.date and s.date[:4] not in s.title  # "…, 19 March 2023 · 2023-03-19": once
        self.title_label.setText(s.title + (f"  ·  {s.date}" if dated else ""))

    def confirm_discard(self) -> bool:
        """Ask before unsaved changes are lost; True when it is fine to go on."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self, APP_NAME, "This scenario has unsaved changes. Save them first?",
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def new_scenario(self) -> None:
        if not self.confirm_discard():
            return
        blank = Scenario("New scenario", (), ListTier(seats=100, method="dhondt"))
        self.document.replace(replace(blank, parties=(edits.new_party(blank),)), None)

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self, "Open scenario", self._last_dir(),
                                              FILE_FILTER)
        if path:
            self.open_spec(path, confirmed=True)

    def open_spec(self, spec: str, confirmed: bool = False) -> bool:
        """Open a scenario file or ``preset:NAME``; a bad file changes nothing."""
        if not confirmed and not self.confirm_discard():
            return False
        try:
            scenario = scenario_file.load(spec)
        except ScenarioError as e:
            QMessageBox.warning(self, APP_NAME, f"Cannot open {spec}:\n\n{e}")
            return False
        is_file = not spec.startswith((scenario_file.PRESET_PREFIX,
                                       scenario_file.TEMPLATE_PREFIX))
        self.document.replace(scenario, Path(spec) if is_file else None)
        if is_file:
            self._add_recent(spec)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, "Save scenario as", self._last_dir(),
                                              FILE_FILTER)
        if not path:
            return False
        if not path.endswith(".json"):
            path += scenario_file.SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except OSError as e:
            QMessageBox.critical(self, APP_NAME, f"Could not save {path}:\n{e.strerror}\n\n"
                                 "Nothing was lost: the previous file is unchanged.")
            return False
        self._add_recent(str(path))
        self.statusBar().showMessage(f"Saved {path}", 4000)
        return True

    def export_dialog(self) -> None:
        from ui.export_dialog import ExportDialog

        ExportDialog(self.document.scenario, self.result, self).exec()

    def import_dialog(self) -> None:
        """File > Import: a CSV/XLSX result table becomes a new, unsaved scenario."""
        from ui.import_dialog import ImportDialog

        dialog = ImportDialog(self, self._last_dir())
        if dialog.exec() and dialog.scenario is not None and self.confirm_discard():
            self.document.replace(dialog.scenario, None)
            self.document.undo_stack.resetClean()  # imported work is unsaved work
            self.update_title()

    # ------------------------------------------------------------------ analysis

    def _analysis_tabs(self) -> None:
        from ui.analysis_panel import AnalysisPanel
        from ui.whatif_panel import WhatIfPanel

        self.analysis_panel = AnalysisPanel()
        self.result_shown.connect(self.analysis_panel.set_result)
        self.tabs.addTab(self.analysis_panel, "Analysis")
        self.whatif_panel = WhatIfPanel(self)
        self.tabs.addTab(self.whatif_panel, "What-if")
        self.compare_dialog = self.simulation_dialog = None

    def _analysis_menu(self, menu) -> None:
        self._action(menu, "Compare &methods…", lambda: self.open_compare(0), "Ctrl+M")
        self._action(menu, "Compare with other &rules…", lambda: self.open_compare(1))
        self._action(menu, "Monte &Carlo simulation…", self.open_simulation)
        self._action(menu, "&What-if…", lambda: self.tabs.setCurrentWidget(self.whatif_panel))

    def open_compare(self, tab: int) -> None:
        """Analysis > Compare: every method (0) or other rules (1), in a window of its own."""
        if self.compare_dialog is None:
            from ui.compare_view import CompareDialog

            self.compare_dialog = CompareDialog(self)
        self.compare_dialog.show_tab(tab)

    def open_simulation(self) -> None:
        """Analysis > Monte Carlo simulation, on the document as it is when Run is pressed."""
        if self.simulation_dialog is None:
            from ui.simulation_dialog import SimulationDialog

            self.simulation_dialog = SimulationDialog(self)
        self.simulation_dialog.show()
        self.simulation_dialog.raise_()

    # ------------------------------------------------------------------ help

    def show_sources(self) -> None:
        s = self.document.scenario
        sources = "".join(f"<li>{src}</li>" for src in s.sources) or "<li>(none given)</li>"
        QMessageBox.information(self, f"Sources — {s.title}",
                                f"<h3>{s.title}</h3><ul>{sources}</ul><p>{s.notes}</p>")

    def show_about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog  # lazy: read only when asked

        AboutDialog(self).exec()

    # ------------------------------------------------------------------ settings

    def _restore_settings(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def _recent(self) -> list[str]:
        if self.settings is None:
            return []
        value = self.settings.value("recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _add_recent(self, path: str) -> None:
        if self.settings is None:
            return
        path = str(Path(path).resolve())
        recent = [path] + [p for p in self._recent() if p != path]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self._recent():
            self._action(self.recent_menu, path, lambda _=False, p=path: self.open_spec(p))
        self.recent_menu.setEnabled(bool(self._recent()))

    def _last_dir(self) -> str:
        recent = self._recent()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/splitter", self.splitter.saveState())
        self.autosaver.discard()
        self.recomputer.wait()
        for dialog in (self.simulation_dialog, self.compare_dialog):
            if dialog is not None:
                dialog.close()  # a simulation in progress is cancelled
        self.analysis_panel.wait()
        event.accept()


def flush_events_until_result(window: MainWindow, timeout_ms: int = 5000) -> None:
    """Process events until the pending recompute has been shown (tests, screenshots)."""
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    window.recomputer.wait()
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < timeout_ms:
        QApplication.processEvents()
        if window.result is not None and window.result.scenario == window.document.scenario:
            return
        window.recomputer.wait()
