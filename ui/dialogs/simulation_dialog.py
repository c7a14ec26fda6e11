"""The projection view (Analysis > Projection and Monte Carlo): the house the base election
would give at a poll's shares, or at the base election itself, and its uncertainty.

Above, the settings: what the projection is centred on (the base election, a poll of the
scenario's poll table, or their average weighted by recency and size), the swing model, the
error model and its sizes (national, regional, district), runs and seed. Left, the poll table
(edited as every table: one undo step per edit) and the projected house against the base
election. Right, the seat distributions, the battleground (or each constituency's seats), the
coalitions and the seats-votes curve of a party with its responsiveness and bias.

Run computes everything in a worker thread (``core.simulate``), chunk by chunk, with progress
and Cancel; closing cancels a run in progress. "Report (PDF)…" writes what is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.analysis.battleground import battleground
from core.model.poll_edits import add_poll, remove_polls
from core.model.polls import AVERAGE_ID, poll_by_id
from core.model.scenario import Scenario
from core.model.swing import SWING_MODELS
from core.refusal import Refusal
from core.simulate.draws import ERROR_MODELS, Model
from core.simulate.montecarlo import SimulationCancelled, simulate_scenario
from core.simulate.projection import model_for_poll, project
from core.simulate.seats_votes import seats_votes
from ui.application import fit_to_screen
from ui.dialogs.buttons import close_buttons, word_close
from ui.document import Document
from ui.models.poll_model import PollModel
from ui.models.rows_model import RowsModel, fit_height, read_only_table
from ui.models.table_view import SheetView
from ui.panels import projection_parts as parts
from ui.panels.projection_parts import (
    ProjectionRun,
    error_names,
    percent,  # noqa: F401 (tests)
    swing_names,
)
from ui.text import Retranslated, fill, said, shown
from ui.worker import Failure, Worker

DEFAULT_RUNS, MAX_RUNS = 20_000, 10_000_000
DEFAULT_CHUNK = 50_000  # runs between progress reports and Cancel checks
HISTOGRAM_WIDE = 560  # px the histograms need to stand two side by side
HISTOGRAM_HEIGHT = 150  # px a row of histograms keeps: more parties scroll, never shrink
MUTED, FAILED = "#777777", "#b00020"


class SimulationDialog(Retranslated, QDialog):
    """Non-modal; projects and simulates the window's document as it is when Run is
    pressed. Its words are set in ``retranslate`` (and again at a change of language, the
    results shown included)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.chunk = DEFAULT_CHUNK
        self.run_result: ProjectionRun | None = None
        self.scenario: Scenario | None = None  # the scenario of the run shown or running
        self._worker = Worker(self, expected=(SimulationCancelled, ValueError))
        self._curve_worker = Worker(self, expected=(ValueError,))
        self.poll_model = PollModel(document, self)
        self.house_model = RowsModel(parts.HOUSE_HEADERS, (), self)
        self.battle_model = RowsModel(parts.BATTLE_HEADERS, (), self)
        self.coalition_model = RowsModel(parts.COALITION_HEADERS, (), self)
        self.bars: dict[str, object] = {}
        self._status: Callable[[], str] = lambda: escape(self.tr(
            "Choose what to project and press Run: every run moves every district and "
            "constituency by the swing model and counts the seats exactly."))
        self._build()
        document.changed.connect(self._fill_centres)
        self.retranslate()
        fit_to_screen(self, 1400, 860)

    def retranslate(self) -> None:
        """Every word of the view in the window's language, the results shown included."""
        self.setWindowTitle(self.tr("Projection and Monte Carlo — SeatCalc"))
        word_close(self.buttons)
        self.centre.setToolTip(self.tr("The base election as it is, one poll of the poll "
                                       "table, or the polls' average"))
        tips = {"uniform": self.tr("Uniform: each party's candidates gain or lose the same "
                                   "points of their district's votes"),
                "proportional": self.tr("Proportional: each party's share in a district is "
                                        "scaled by its national ratio"),
                "regional": self.tr("Regional: uniform swing by region, from each region's "
                                    "own figures where a poll gives them")}
        for i, (key, name) in enumerate(swing_names().items()):
            self.swing.setItemText(i, name)
            self.swing.setItemData(i, tips[key], Qt.ToolTipRole)
        tips = {"points": self.tr("Each party's share moves by a normal error of the national "
                                  "sd, in points"),
                "logit": self.tr("Relative: small parties move less (normal on the log-odds "
                                 "of each share)"),
                "poll": self.tr("The sampling error of a poll of the sample size")}
        for i, (key, name) in enumerate(error_names().items()):
            self.error.setItemText(i, name)
            self.error.setItemData(i, tips[key], Qt.ToolTipRole)
        for box, tip in ((self.sd, self.tr("National error: sd of each party's share")),
                         (self.regional_sd, self.tr("Regional error, shared by a region's "
                                                    "districts and constituencies")),
                         (self.district_sd, self.tr("District error: sd of each candidate's "
                                                    "(or constituency party's) share"))):
            box.setToolTip(tip)
            box.setSuffix(self.tr(" pts"))
        self.sample.setSpecialValueText(self.tr("the poll's"))
        self.sample.setToolTip(self.tr("Sample size for the poll sampling error (0: the "
                                       "poll's own)"))
        self.seed.setToolTip(self.tr("The same seed gives the same result"))
        self.run_button.setText(self.tr("Run"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.report_button.setText(self.tr("Report (PDF)…"))
        words = (self.tr("Project"), self.tr("Swing"), self.tr("Error"), self.tr("National sd"),
                 self.tr("Regional sd"), self.tr("District sd"), self.tr("Sample"),
                 self.tr("Runs"), self.tr("Seed"))
        for label, text in zip(self.labels, words, strict=True):
            label.setText(text)
        self.polls_box.setTitle(self.tr("Polls (shares in %; kept with the scenario)"))
        self.no_polls.setText(self.tr("No polls yet: Add poll starts one from the base "
                                      "election's shares; type the poll's figures over it, or "
                                      "paste a block from a spreadsheet."))
        for button, text in zip(self.poll_buttons, (self.tr("Add poll"), self.tr("Remove poll"),
                                                    self.tr("Use the average")), strict=True):
            button.setText(text)
        self.caption.setText(self.tr("Seats won, in % of runs; dashed: the majority and "
                                     "two-thirds lines"))
        self.curve_party_label.setText(self.tr("Party"))
        for i, text in enumerate((self.tr("Distributions"), self.tr("Battleground"),
                                  self.tr("Coalitions"), self.tr("Seats–votes"))):
            self.tabs.setTabText(i, text)
        self._fill_centres()
        self.status.setText(self._status())
        if self.run_result is None:
            for model, headers in ((self.house_model, parts.HOUSE_HEADERS),
                                   (self.battle_model, parts.BATTLE_HEADERS),
                                   (self.coalition_model, parts.COALITION_HEADERS)):
                model.set_rows((), [parts.translated(h) for h in headers])
        else:
            self._show(self.run_result)

    def _say(self, make: Callable[[], str]) -> None:
        """Show the status ``make()`` makes (HTML), and make it again at a change of
        language."""
        self._status = make
        self.status.setText(make())

    @property
    def result(self):
        """The Monte Carlo result shown (None before a run)."""
        return None if self.run_result is None else self.run_result.simulation

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._settings())
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self._left())
        split.addWidget(self._right())
        split.setSizes([600, 800])
        layout.addWidget(split, 1)
        self.buttons = buttons = close_buttons()
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _settings(self) -> QGridLayout:
        self.centre = QComboBox()
        self.swing = QComboBox()
        for key in SWING_MODELS:
            self.swing.addItem(key, key)
        self.error = QComboBox()
        for key in ERROR_MODELS:
            self.error.addItem(key, key)
        self.sd = self._points(2.0)
        self.regional_sd = self._points(0.0)
        self.district_sd = self._points(0.0)
        self.sample = QSpinBox()
        self.sample.setRange(0, 10_000_000)
        self.sample.setGroupSeparatorShown(True)
        self.runs = QSpinBox()
        self.runs.setRange(100, MAX_RUNS)
        self.runs.setSingleStep(10_000)
        self.runs.setGroupSeparatorShown(True)
        self.runs.setValue(DEFAULT_RUNS)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.run_button = QPushButton()
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.report_button = QPushButton()
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.save_report)
        grid = QGridLayout()
        self.labels = [QLabel() for _ in range(9)]  # their words: retranslate
        row = (self.centre, self.swing, self.error, self.sd, self.regional_sd, self.district_sd)
        for col, widget in enumerate(row):
            grid.addWidget(self.labels[col], 0, 2 * col)
            grid.addWidget(widget, 0, 2 * col + 1)
        for col, widget in enumerate((self.sample, self.runs, self.seed)):
            grid.addWidget(self.labels[6 + col], 1, 2 * col)
            grid.addWidget(widget, 1, 2 * col + 1)
        buttons = QHBoxLayout()
        for b in (self.run_button, self.cancel_button, self.report_button):
            buttons.addWidget(b)
        grid.addLayout(buttons, 1, 8, 1, 4)
        return grid

    @staticmethod
    def _points(value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, 25.0)
        box.setDecimals(2)
        box.setSingleStep(0.5)
        box.setValue(value)
        return box

    def _left(self) -> QWidget:
        polls = self.polls_box = QGroupBox()
        lay = QVBoxLayout(polls)
        self.poll_view = SheetView()
        self.poll_view.setModel(self.poll_model)
        self.poll_model.input_refused.connect(lambda _r, _c, why: self._say(
            lambda: f"<span style='color:{FAILED}'>{escape(why)}</span>"))
        lay.addWidget(self.poll_view)
        self.no_polls = QLabel()
        self.no_polls.setWordWrap(True)
        self.no_polls.setStyleSheet(f"color: {MUTED};")
        lay.addWidget(self.no_polls)
        row = QHBoxLayout()
        self.poll_buttons = []
        for slot in (self._add_poll, self._remove_polls, self._use_average):
            button = QPushButton()
            button.clicked.connect(slot)
            row.addWidget(button)
            self.poll_buttons.append(button)
        row.addStretch(1)
        lay.addLayout(row)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.RichText)
        house = read_only_table(self.house_model)
        fit_height(house, max_rows=18)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(polls, 2)
        lay.addWidget(self.headline)
        lay.addWidget(house, 3)
        return left

    def _right(self) -> QTabWidget:
        import pyqtgraph as pg  # loaded with the window already; lazy for the core tests

        self.tabs = QTabWidget()
        self.histograms = pg.GraphicsLayoutWidget()
        self.histograms.setBackground("w")
        page = QWidget()
        lay = QVBoxLayout(page)
        self.caption = QLabel()
        self.caption.setStyleSheet(f"color: {MUTED};")
        lay.addWidget(self.caption)
        scroll = QScrollArea()  # more parties scroll, each row keeps its height
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.histograms.setMinimumWidth(0)
        scroll.setWidget(self.histograms)
        lay.addWidget(scroll, 1)
        self.tabs.addTab(page, "")
        self.battle_view = read_only_table(self.battle_model)
        self.battle_model.modelReset.connect(self._narrow_party_columns)
        self.tabs.addTab(self.battle_view, "")
        coalitions = read_only_table(self.coalition_model)
        # Coalitions of long names wrap: each reads whole, none is cut to look like another.
        coalitions.setWordWrap(True)
        self.coalition_model.modelReset.connect(coalitions.resizeRowsToContents)
        self.tabs.addTab(coalitions, "")
        page = QWidget()
        lay = QVBoxLayout(page)
        row = QHBoxLayout()
        self.curve_party_label = QLabel()
        row.addWidget(self.curve_party_label)
        self.curve_party = QComboBox()
        self.curve_party.activated.connect(self._curve_for)
        row.addWidget(self.curve_party, 1)
        lay.addLayout(row)
        self.curve_plot = pg.PlotWidget(background="w")
        lay.addWidget(self.curve_plot, 1)
        self.curve_label = QLabel()
        self.curve_label.setWordWrap(True)
        self.curve_label.setTextFormat(Qt.RichText)
        lay.addWidget(self.curve_label)
        self.tabs.addTab(page, "")
        return self.tabs

    def _narrow_party_columns(self) -> None:
        """Holder and runner-up at a fixed width, so that the district names get the room."""
        from PySide6.QtWidgets import QHeaderView

        header = self.battle_view.horizontalHeader()
        if self.battle_model.columnCount() == len(parts.BATTLE_HEADERS):
            for column in (1, 2):
                header.setSectionResizeMode(column, QHeaderView.Interactive)
                header.resizeSection(column, 170)

    # ---------------------------------------------------------------- polls

    def _fill_centres(self, *_args) -> None:
        keep = self.centre.currentData()
        self.centre.blockSignals(True)
        self.centre.clear()
        self.centre.addItem(self.tr("Base election"), None)
        polls = self.document.scenario.polls
        for p in polls:
            label = " ".join(x for x in (p.pollster or p.id, p.date or "") if x)
            self.centre.addItem(label, p.id)
        if polls:
            self.centre.addItem(fill(self.tr("Average of {n} {n:plural:poll|polls}"),
                                     n=len(polls)), AVERAGE_ID)
        found = self.centre.findData(keep)
        self.centre.setCurrentIndex(max(found, 0))
        self.centre.blockSignals(False)
        self.no_polls.setVisible(not polls)

    def _add_poll(self) -> None:
        self.document.apply(add_poll(self.document.scenario), self.tr("Add poll"))
        self.poll_view.setCurrentIndex(self.poll_model.index(self.poll_model.rowCount() - 1, 0))

    def _remove_polls(self) -> None:
        rows = sorted({i.row() for i in self.poll_view.selectedIndexes()})
        if rows:
            self.document.apply(remove_polls(self.document.scenario, rows),
                                self.tr("Remove poll"))

    def _use_average(self) -> None:
        index = self.centre.findData(AVERAGE_ID)
        if index >= 0:
            self.centre.setCurrentIndex(index)

    # ---------------------------------------------------------------- running

    def model(self) -> Model:
        """The projection and error model the settings describe (a Refusal if they cannot
        be used together)."""
        scenario = self.document.scenario
        model = Model(swing=self.swing.currentData(), error=self.error.currentData(),
                      sd=self.sd.value(), regional_sd=self.regional_sd.value(),
                      district_sd=self.district_sd.value(),
                      sample_size=self.sample.value() or None)
        centre = self.centre.currentData()
        if centre is not None:
            poll = poll_by_id(scenario.polls, centre)
            model = model_for_poll(poll, model)
            if self.sample.value():
                model = replace(model, sample_size=self.sample.value())
        return model.check()

    def is_running(self) -> bool:
        return not self.run_button.isEnabled()

    def run(self) -> None:
        """Project and simulate the document as it is now with the settings shown."""
        if self.is_running():
            return
        scenario = self.scenario = self.document.scenario
        try:
            model = self.model()
        except ValueError as e:
            error = e  # said again in a new language
            self._say(lambda: f"<span style='color:{FAILED}'>"
                      f"{escape(said(error) if isinstance(error, Refusal) else str(error))}"
                      "</span>")
            return
        runs, seed, chunk = self.runs.value(), self.seed.value(), self.chunk
        centre = None if self.centre.currentData() is None else self.centre.currentText()
        self._set_running(True)
        self.progress.setRange(0, runs)
        self.progress.setValue(0)
        self.progress.setFormat(fill(self.tr("%p% — 0 of {runs} runs"), runs=runs))
        self._say(lambda: escape(fill(self.tr("Simulating {runs} runs…"), runs=runs)))

        def work(progress, cancelled) -> ProjectionRun:
            projection = project(scenario, model)
            simulation = simulate_scenario(
                scenario, runs, seed=seed, model=model, chunk=chunk, cancel=cancelled,
                progress=lambda done, total: progress((done, total)))
            contests = battleground(projection.result)
            leader = max(projection.result.parties, key=lambda p: (p.seats, p.votes))
            curve = (None if simulation.nothing_moves is not None
                     else seats_votes(scenario, leader.id, model))
            return ProjectionRun(projection, simulation, contests, curve, centre)

        self._worker.run_with_progress(work, self._done, self._failed, self._progress)

    def cancel(self) -> None:
        """Stop the run in progress after its current chunk."""
        if self.is_running():
            self._worker.cancel()
            self._say(lambda: escape(self.tr("Cancelling…")))

    def wait(self) -> None:
        """Block until no run is in progress (tests, closing)."""
        self._worker.wait()
        self._curve_worker.wait()

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for w in (self.runs, self.sd, self.seed, self.regional_sd, self.district_sd,
                  self.sample, self.centre, self.swing, self.error):
            w.setEnabled(not running)

    def _progress(self, done_of: tuple[int, int]) -> None:
        done, runs = done_of
        self.progress.setValue(done)
        self.progress.setFormat(fill(self.tr("%p% — {done} of {runs} runs"), done=done,
                                     runs=runs))

    def _failed(self, failure: Failure) -> None:
        self._set_running(False)
        if isinstance(failure.error, SimulationCancelled):
            shown_runs = None if self.result is None else self.result.runs

            def cancelled() -> str:
                previous = ("" if shown_runs is None else fill(self.tr(
                    " The results below are from the previous run of {runs}."), runs=shown_runs))
                return (f"<span style='color:{FAILED}'>" + escape(fill(
                    self.tr("Cancelled: {why}."), why=failure.message)) + "</span>"
                    + escape(previous))

            self._say(cancelled)
            return
        why = failure.message if failure.bug else fill(self.tr("Cannot simulate: {why}"),
                                                       why=failure.message)
        self._say(lambda: f"<span style='color:{FAILED}'>{escape(why)}</span>")
        self.progress.setValue(0)

    def _done(self, run: ProjectionRun) -> None:
        self._set_running(False)
        self.run_result = run
        s = run.simulation
        if s.nothing_moves is not None:
            moves = s.nothing_moves
            self._say(lambda: escape(shown(moves)))
        else:
            self._say(lambda: escape(fill(self.tr("Done: {runs} runs, error sd {sd:num} points, "
                                                  "seed {seed:raw}."),
                                          runs=s.runs, sd=s.sd, seed=s.seed))
                      + "".join(f" {escape(shown(n))}" for n in s.notes))
        self.report_button.setEnabled(True)
        self._show(run)

    def reject(self) -> None:
        """Close: a run in progress is cancelled first."""
        self._worker.cancel()
        self.wait()
        super().reject()

    def closeEvent(self, event) -> None:
        self._worker.cancel()
        self.wait()
        super().closeEvent(event)

    # ---------------------------------------------------------------- results

    def _names(self) -> dict[str | None, str]:
        return {p.id: p.name for p in self.scenario.parties}

    def _colors(self) -> dict[str, str]:
        """Each party's colour as the chart shows it."""
        if self.run_result is not None:
            return self.run_result.colors
        return {p.id: p.color for p in self.scenario.parties}

    def _show(self, run: ProjectionRun) -> None:
        colors, names = self._colors(), self._names()
        self.headline.setText(parts.headline_html(run))
        rows = parts.house_rows(run, colors)
        headers = [parts.translated(h) for h in parts.HOUSE_HEADERS]
        keep = list(range(len(headers)))
        if all(r.p_qualify == 1 for r in run.simulation.parties):  # no threshold at stake
            keep.remove(8)
        if run.projection.model.target is None:  # the base election: nothing projected
            keep = [k for k in keep if k not in (3, 4)]
            headers[2] = self.tr("Seats")
        self.house_model.set_rows([[r[k] for k in keep] for r in rows],
                                  [headers[k] for k in keep],
                                  [parts.translated(parts.HOUSE_TIPS[k]) if parts.HOUSE_TIPS[k]
                                   else None for k in keep])
        if run.contests:
            self.battle_model.set_rows(parts.battleground_rows(run, colors, names),
                                       [parts.translated(h) for h in parts.BATTLE_HEADERS])
        elif run.simulation.constituencies:
            self.battle_model.set_rows(parts.constituency_rows(run, names),
                                       [parts.translated(h) for h in parts.CONSTITUENCY_HEADERS])
        else:
            self.battle_model.set_rows(parts.fixed_district_rows(run), [self.tr("Districts")])
        self.tabs.setTabText(1, self.tr("Constituencies") if run.simulation.constituencies
                             and not run.contests else self.tr("Battleground"))
        self.coalition_model.set_rows(parts.coalition_rows(run.simulation),
                                      [parts.translated(h) for h in parts.COALITION_HEADERS])
        columns = 2 if self.histograms.width() >= HISTOGRAM_WIDE else 1
        self.bars = parts.draw_histograms(self.histograms, run.simulation, colors, columns)
        shown_plots = min(parts.MAX_HISTOGRAMS,
                          sum(len(p.histogram) > 1 for p in run.simulation.parties))
        self.histograms.setMinimumHeight(-(-shown_plots // columns) * HISTOGRAM_HEIGHT)
        self.curve_party.clear()
        for p in sorted(run.projection.result.parties, key=lambda p: -p.seats):
            if p.seats or p.votes:
                self.curve_party.addItem(p.name, p.id)
        if run.curve is not None:
            self.curve_party.setCurrentIndex(max(self.curve_party.findData(run.curve.party), 0))
        self._show_curve(run.curve)

    def _show_curve(self, curve) -> None:
        if curve is None:
            self.curve_plot.clear()
            self.curve_label.setText(self.tr("No curve: nothing in this house moves with "
                                             "the votes."))
            return
        parts.draw_curve(self.curve_plot.getPlotItem(), curve,
                         self._colors().get(curve.party, "#444444"))
        self.curve_label.setText(parts.curve_text(curve, self._names()))

    def _curve_for(self, index: int) -> None:
        """The seats-votes curve of the party chosen, computed aside."""
        run, party = self.run_result, self.curve_party.itemData(index)
        if run is None or party is None:
            return
        scenario, model = self.scenario, run.projection.model

        def shown_if_current(curve) -> None:
            if self.run_result is run:
                self.run_result = replace(run, curve=curve)
                self._show_curve(curve)

        self._curve_worker.run(lambda: seats_votes(scenario, party, model), shown_if_current,
                               lambda f: self.curve_label.setText(escape(f.message)))

    def save_report(self) -> None:
        """Write the projection report (PDF) of what is shown."""
        if self.run_result is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Projection report"),
                                              "projection.pdf", self.tr("PDF (*.pdf)"))
        if path:
            from ui.export.projection_report import projection_pdf

            with open(path, "wb") as f:
                f.write(projection_pdf(self.run_result))
            self._say(lambda: escape(fill(self.tr("Report written: {path}"), path=path)))
