"""Monte Carlo simulation: runs, error size and seed; a progress bar and Cancel; per party the
seat distribution as a histogram, the chance to qualify and of a majority, and the chance
of each coalition reaching one.

``montecarlo.simulate_scenario`` runs in a worker thread, chunk by chunk; between chunks
it reports progress (queued to the UI thread) and checks the Cancel flag, so Cancel stops a
long run within one chunk and leaves the dialog ready for another run.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.chart.seating import party_colors
from core.model.scenario import Scenario
from core.rules.metrics import simple_majority, two_thirds_majority
from core.simulate.montecarlo import SimulationCancelled, SimulationResult, simulate_scenario
from ui import text as ui_text
from ui.application import fit_to_screen
from ui.document import Document
from ui.models.rows_model import Cell, RowsModel, fit_height, number, read_only_table
from ui.text import Retranslated, decimal, fill, share, shown
from ui.worker import Failure, Worker

translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it

DEFAULT_RUNS, MAX_RUNS = 20_000, 10_000_000
DEFAULT_CHUNK = 50_000  # runs between progress reports and Cancel checks
HISTOGRAM_COLUMNS = 2  # side by side when the histograms have this many px, else one
HISTOGRAM_WIDE = 560
HISTOGRAM_HEIGHT = 150  # px a row of histograms keeps: more parties scroll, never shrink
NAME_WIDTH = 170  # px of the party table's names (the full name in the tooltip)
TITLE_CHARS = 22  # longer party names are shortened in a histogram's title
MUTED, FAILED = "#777777", "#b00020"
MAX_COALITIONS = 15


def party_columns() -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """Headings and tooltips of the table of parties."""
    return ((translate("SimulationDialog", "Party"), translate("SimulationDialog", "Mean seats"),
             translate("SimulationDialog", "90% range"), translate("SimulationDialog", "Qualify"),
             translate("SimulationDialog", "Majority"),
             translate("SimulationDialog", "Two thirds")),
            (None, translate("SimulationDialog", "Average seats over all runs"),
             translate("SimulationDialog", "5th to 95th percentile: 9 runs in 10 fall in this "
                                           "range"),
             translate("SimulationDialog", "Chance to pass the threshold"),
             translate("SimulationDialog", "Chance of a simple majority alone"),
             translate("SimulationDialog", "Chance of a two-thirds majority alone")))


def coalition_columns() -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """Headings and tooltips of the table of coalitions."""
    return ((translate("SimulationDialog", "Coalition"),
             translate("SimulationDialog", "Majority"),
             translate("SimulationDialog", "Every member needed")),
            (None, translate("SimulationDialog", "Chance that together they hold a simple "
                                                 "majority"),
             translate("SimulationDialog", "Chance that they hold one and no smaller part of "
                                           "them does")))


def percent(p: float) -> str:
    """A probability as a per cent; "<0.1%" and ">99.9%" rather than a rounded 0 or 100."""
    if 0 < p < 0.001:
        return "<" + share(0.001, 1)
    if 0.999 < p < 1:
        return ">" + share(0.999, 1)
    return share(p, 1)


def party_rows(r: SimulationResult, colors: dict[str, str]) -> list[list[Cell]]:
    """Per party: mean seats, the 90% range, the chances to qualify and of a majority."""
    return [[Cell(p.name, p.name, swatch=colors.get(p.id)),
             number(decimal(p.seats_mean), bold=True),
             number(f"{p.seats_p05}–{p.seats_p95}"), number(percent(p.p_qualify)),
             number(percent(p.p_majority)), number(percent(p.p_two_thirds))]
            for p in r.parties]


def coalition_rows(r: SimulationResult) -> list[list[Cell]]:
    """A party alone or a group of up to three that holds a majority in some run with every
    member needed, most often first."""
    names = {p.id: p.name for p in r.parties}
    groups = [c for c in r.coalitions if c.p_minimal > 0]
    if not groups:
        return [[Cell(translate("SimulationDialog", "No party alone and no group of up to three "
                                                    "reached a majority in any run"),
                      italic=True, color=MUTED), number(""), number("")]]
    alone = " " + translate("SimulationDialog", "(alone)")
    return [[Cell(" + ".join(names[i] for i in c.parties) + (alone if len(c.parties) == 1
                                                              else "")),
             number(percent(c.p_majority)), number(percent(c.p_minimal))]
            for c in groups[:MAX_COALITIONS]]


class SimulationDialog(Retranslated, QDialog):
    """Non-modal; simulates the window's document as it is when Run is pressed."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.chunk = DEFAULT_CHUNK
        self.result: SimulationResult | None = None
        self.scenario: Scenario | None = None  # the scenario of the run shown or running
        # The core refuses what it cannot simulate with a plain ValueError.
        self._worker = Worker(self, expected=(SimulationCancelled, ValueError))
        self.party_model = RowsModel(*party_columns(), self)
        self.coalition_model = RowsModel(*coalition_columns(), self)
        self.bars: dict[str, object] = {}  # party id -> BarGraphItem
        self._build()
        self.retranslate()
        fit_to_screen(self, 1260, 780)

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        self.runs = QSpinBox()
        self.runs.setRange(100, MAX_RUNS)
        self.runs.setSingleStep(10_000)
        self.runs.setGroupSeparatorShown(True)
        self.runs.setValue(DEFAULT_RUNS)
        self.sd = QDoubleSpinBox()
        self.sd.setRange(0.0, 25.0)
        self.sd.setDecimals(2)
        self.sd.setSingleStep(0.5)
        self.sd.setValue(2.0)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.run_button = QPushButton()
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        top = QHBoxLayout()
        self.field_labels = [QLabel() for _ in range(3)]
        for label, w in zip(self.field_labels, (self.runs, self.sd, self.seed), strict=True):
            top.addWidget(label)
            top.addWidget(w)
            top.addSpacing(12)
        top.addStretch(1)
        top.addWidget(self.run_button)
        top.addWidget(self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.summary)
        parties = read_only_table(self.party_model, stretch=None)
        coalitions = read_only_table(self.coalition_model)
        fit_height(parties, max_rows=8)
        parties.horizontalHeader().setMinimumSectionSize(40)
        self.party_model.modelReset.connect(lambda: parties.setColumnWidth(0, NAME_WIDTH))
        parties.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        # Coalitions of long names wrap: each reads whole, none is cut to look like another.
        coalitions.setWordWrap(True)
        coalitions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.coalition_model.modelReset.connect(coalitions.resizeRowsToContents)
        self.coalition_view = coalitions
        lay.addWidget(parties)
        self.coalitions_caption = QLabel()
        lay.addWidget(self.coalitions_caption)
        lay.addWidget(coalitions, 1)
        self.histograms = self._histogram_view()
        right = QWidget()
        lay = QVBoxLayout(right)
        lay.setContentsMargins(0, 0, 0, 0)
        self.histograms_caption = caption = QLabel()
        caption.setStyleSheet(f"color: {MUTED};")
        lay.addWidget(caption)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.histograms.setMinimumWidth(0)
        scroll.setWidget(self.histograms)
        lay.addWidget(scroll, 1)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([500, 600])
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    def retranslate(self) -> None:
        """Every word of the window, and the run shown, in the window's language."""
        self.setWindowTitle(self.tr("Monte Carlo simulation — SeatCalc"))
        self.sd.setSuffix(" " + self.tr("points"))
        self.sd.setToolTip(self.tr("Standard deviation of the error added to each party's vote "
                                   "share"))
        self.seed.setToolTip(self.tr("The same seed gives the same result"))
        self.run_button.setText(self.tr("Run"))
        self.cancel_button.setText(self.tr("Cancel"))
        for label, text in zip(self.field_labels, (self.tr("Runs"), self.tr("Error (sd)"),
                                                   self.tr("Seed")), strict=True):
            label.setText(text)
        self.coalitions_caption.setText(self.tr("Who reaches a majority: a party alone, or up "
                                                "to three together"))
        self.histograms_caption.setText(self.tr("Seats won, in % of runs; dashed: the majority "
                                                "and two-thirds lines"))
        self.party_model.set_rows([], *party_columns())
        self.coalition_model.set_rows([], *coalition_columns())
        if self.result is None:
            self.status.setText(self.tr("Each run adds a normal error to every party's share "
                                        "of the party votes and allocates the seats exactly."))
        elif not self.is_running():
            self._done(self.result)

    @staticmethod
    def _histogram_view():
        import pyqtgraph as pg  # loaded with the window already; lazy for the core tests

        view = pg.GraphicsLayoutWidget()
        view.setBackground("w")
        return view

    # ---------------------------------------------------------------- running

    def is_running(self) -> bool:
        return not self.run_button.isEnabled()

    def run(self) -> None:
        """Simulate the document as it is now with the runs, sd and seed shown."""
        if self.is_running():
            return
        scenario = self.scenario = self.document.scenario
        runs, sd, seed, chunk = self.runs.value(), self.sd.value(), self.seed.value(), self.chunk
        self._set_running(True)
        self.progress.setRange(0, runs)
        self.progress.setValue(0)
        self.progress.setFormat(fill(self.tr("%p% — {done} of {runs} runs"), done=0, runs=runs))
        self.status.setText(fill(self.tr("Simulating {runs} runs…"), runs=runs))
        self._worker.run_with_progress(
            lambda progress, cancelled: simulate_scenario(
                scenario, runs, sd, seed, chunk=chunk, cancel=cancelled,
                progress=lambda done, total: progress((done, total))),
            self._done, self._failed, self._progress)

    def cancel(self) -> None:
        """Stop the run in progress after its current chunk."""
        if self.is_running():
            self._worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def wait(self) -> None:
        """Block until no run is in progress (tests, closing)."""
        self._worker.wait()

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for w in (self.runs, self.sd, self.seed):
            w.setEnabled(not running)

    def _progress(self, done_of: tuple[int, int]) -> None:
        done, runs = done_of
        self.progress.setValue(done)
        self.progress.setFormat(fill(self.tr("%p% — {done} of {runs} runs"), done=done,
                                     runs=runs))

    def _failed(self, failure: Failure) -> None:
        self._set_running(False)
        if isinstance(failure.error, SimulationCancelled):
            previous = (" " + fill(self.tr("The results below are from the previous run of "
                                           "{runs}."), runs=self.result.runs)
                        if self.result is not None else "")
            cancelled = fill(self.tr("Cancelled: {why}."), why=failure.message)
            self.status.setText(f"<span style='color:{FAILED}'>{escape(cancelled)}</span>"
                                + escape(previous))
            return
        why = failure.message if failure.bug else fill(self.tr("Cannot simulate: {why}"),
                                                       why=failure.message)
        self.status.setText(f"<span style='color:{FAILED}'>{escape(why)}</span>")
        self.progress.setValue(0)

    def _done(self, result: SimulationResult) -> None:
        self._set_running(False)
        self.result = result
        done = fill(self.tr("Done: {runs} runs, error sd {sd:num} points, seed {seed:raw}."),
                    runs=result.runs, sd=result.sd, seed=result.seed)
        self.status.setText(escape(done + "".join(f" {shown(n)}" for n in result.notes)))
        self._show(result)

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

    def _show(self, r: SimulationResult) -> None:
        colors = {p.id: p.color for p in self.scenario.parties}
        result = self.document.current_result()
        if result is not None and result.scenario is self.scenario:
            colors = party_colors(result)  # as the chart shows them
        self.party_model.set_rows(party_rows(r, colors), *party_columns())
        self.coalition_model.set_rows(coalition_rows(r), *coalition_columns())
        title = self.scenario.title_in(ui_text.language)
        self.summary.setText(f"<b>{escape(title)}</b>: " + fill(self.tr(
            "{runs} runs, house of {house} (majority {majority}). Some single party has a "
            "majority in {p} of runs."), runs=r.runs, house=r.house,
            majority=simple_majority(r.house),
            p=f"<b>{escape(percent(r.p_any_majority))}</b>"))
        self._draw_histograms(r, colors)

    def _draw_histograms(self, r: SimulationResult, colors: dict[str, str]) -> None:
        import numpy as np
        import pyqtgraph as pg

        self.histograms.clear()
        self.bars = {}
        majority = simple_majority(r.house)
        two_thirds = two_thirds_majority(r.house)
        drawn = [p for p in r.parties if len(p.histogram) > 1]
        never = [p.name for p in r.parties if len(p.histogram) <= 1]
        columns = HISTOGRAM_COLUMNS if self.histograms.width() >= HISTOGRAM_WIDE else 1
        for n, p in enumerate(drawn):
            plot = self.histograms.addPlot(row=n // columns, col=n % columns)
            most = TITLE_CHARS * HISTOGRAM_COLUMNS // columns  # one column: twice the room
            name = p.name if len(p.name) <= most else p.name[:most - 1] + "…"
            plot.setTitle(escape(fill(self.tr("{party}: {mean} seats"), party=name,
                                      mean=decimal(p.seats_mean, 1))), size="9pt", color="#222")
            counts = np.asarray(p.histogram, dtype=float)
            seats = np.nonzero(counts)[0]
            bars = pg.BarGraphItem(x=seats, height=counts[seats] / r.runs * 100, width=0.8,
                                   brush=colors.get(p.id, "#888888"), pen=None)
            plot.addItem(bars)
            self.bars[p.id] = bars
            low, high = int(seats[0]), int(seats[-1])
            aff = p.affiliated_seats  # the bars count own nominees; majorities these too
            for needed, label in ((majority, self.tr("majority")), (two_thirds, "⅔")):
                line = needed - aff
                text = f"{label} {needed}" + (f" = {line} + {aff}" if aff else "")
                if high >= line - 3:  # within reach: show the line and the room to it
                    plot.addItem(pg.InfiniteLine(line - 0.5, pen=pg.mkPen(
                        "#333", style=Qt.DashLine), label=text,
                        labelOpts={"position": 0.92, "color": "#333", "anchors": [(0, 0),
                                                                                   (0, 0)]}))
                    low, high = min(low, line), max(high, line)
            plot.setXRange(low - 1, high + 1, padding=0)
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            plot.setMenuEnabled(False)
        rows = (len(drawn) + columns - 1) // columns
        self.histograms.setMinimumHeight(rows * HISTOGRAM_HEIGHT + (30 if never else 0))
        if never:
            self.histograms.addLabel(escape(fill(self.tr("No seat in any run: {parties}"),
                                                 parties=", ".join(never))), row=rows,
                                     col=0, colspan=columns, color=MUTED)
