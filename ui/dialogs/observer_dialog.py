"""What observers read in a polling-station table: histograms, the comet, whole percentages,
regions (``core.analysis.observer``), reached from the import dialog.

Every plot says what it counts and by which method, and every page carries the same plain
caution: an anomaly is a reason to look closer, not proof. "Save observer report (PDF)…"
writes the same figures and tables to a PDF of their own (``ui.dialogs.observer_report``):
the station data lives only in the import, not in the scenario file, so the report is made
here, from the table it describes.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.analysis import observer
from ui.dialogs.observer_report import REGION_HEADERS, WHOLE_HEADERS, bin_width, figure_texts
from ui.models.rows_model import Cell, RowsModel, number, read_only_table
from ui.worker import Failure, Worker

MAX_SCATTER = 200_000  # stations drawn in the comet plot (a seeded sample beyond)
CAUTION_STYLE = "QLabel { color: #6a4a00; background: #fff6d8; padding: 6px; }"


class ObserverDialog(QDialog):
    """The observer statistics of ``stations`` (``core.analysis.observer.StationTable``)."""

    computed = Signal()  # the whole-percentage Monte Carlo is done

    def __init__(self, stations: observer.StationTable, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Observer statistics — {title}" if title else
                            "Observer statistics")
        self.resize(1100, 780)
        self.stations, self.title = stations, title
        self.whole: list[observer.IntegerPercentages] | None = None
        self._worker = Worker(self)
        self.turnout = observer.turnout(stations)
        self._build()
        self.party.setCurrentIndex(max(stations.leader(), 0))
        self._party_changed()
        self._compute_whole()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        import pyqtgraph as pg

        self.party = QComboBox()
        self.party.addItems(self.stations.party_names)
        self.party.currentIndexChanged.connect(self._party_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(f"{len(self.stations):,} stations counted. Party:"))
        top.addWidget(self.party)
        top.addStretch(1)
        self.plots = {key: pg.PlotWidget(background="w") for key in ("turnout", "share",
                                                                     "comet")}
        self.methods = {key: QLabel() for key in self.plots}
        self.tabs = QTabWidget()
        for key, label in (("turnout", "Turnout"), ("share", "Party share"),
                           ("comet", "Turnout and share")):
            self.tabs.addTab(self._page(self.methods[key], self.plots[key]), label)
        self.whole_model = RowsModel(WHOLE_HEADERS, parent=self)
        self.whole_note = QLabel("Counting the stations at whole percentages against 200 "
                                 "smooth Monte Carlo runs…")
        self.whole_note.setWordWrap(True)
        self.tabs.addTab(self._page(self.whole_note, read_only_table(self.whole_model, None)),
                         "Whole percentages")
        self.region_model = RowsModel(REGION_HEADERS, parent=self)
        self.region_model.set_rows(region_rows(self.stations))
        region_note = QLabel("Per region: turnout and the leader's share over the region's "
                             "stations; stations (of 100 voters or more) at a whole "
                             "percentage. Largest regions first.")
        region_note.setWordWrap(True)
        self.tabs.addTab(self._page(region_note, read_only_table(self.region_model, 0)),
                         "Regions")
        self.caution = QLabel(observer.CAUTION)
        self.caution.setWordWrap(True)
        self.caution.setStyleSheet(CAUTION_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.pdf_button = buttons.addButton("Save observer report (PDF)…",
                                            QDialogButtonBox.ActionRole)
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.caution)
        lay.addWidget(buttons)

    @staticmethod
    def _page(note: QLabel, body: QWidget) -> QWidget:
        note.setWordWrap(True)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(note)
        lay.addWidget(body, 1)
        return page

    # ------------------------------------------------------------------ figures

    def _party_changed(self) -> None:
        party = self.party.currentIndex()
        texts = figure_texts(self.stations, party)
        for key, (title, method) in texts.items():
            self.methods[key].setText(f"<b>{title}</b><br>{method}")
        draw_histogram(self.plots["turnout"], self.turnout, "Turnout, %")
        share = observer.share(self.stations, party) if party >= 0 else self.turnout * np.nan
        draw_histogram(self.plots["share"], share, "Share of ballots cast, %")
        draw_comet(self.plots["comet"], self.turnout, share)

    # ------------------------------------------------------------------ whole percentages

    def _compute_whole(self) -> None:
        stations = self.stations
        self._worker.run(lambda: whole_percentages(stations), self._whole_done,
                         self._whole_failed)

    def _whole_failed(self, failure: Failure) -> None:
        self.whole_note.setText(f"The whole-percentage count failed: {escape(failure.message)}")

    def _whole_done(self, value: list[observer.IntegerPercentages]) -> None:
        self.whole = value
        self.whole_model.set_rows(whole_rows(value))
        self.whole_note.setText(
            f"<b>Whole percentages</b>, after {observer.KOBAK_2016}. A station's figure "
            "counts as whole when it is within 0.05 points of a whole percentage (it shows "
            "as 62.0%). Expected: the mean over 200 Monte Carlo runs in which each station's "
            "count is drawn again from a binomial with the station's own size and rate "
            "(smooth data, no preference for round numbers); stations under 100 voters are "
            "left out. A large excess says that round figures were reported more often than "
            "chance gives; it does not say why.")
        self.computed.emit()

    def is_busy(self) -> bool:
        """True while the whole-percentage Monte Carlo runs."""
        return self._worker.busy

    # ------------------------------------------------------------------ PDF

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        """Write the observer report to ``path`` (asked for when None)."""
        from ui.dialogs.observer_report import write_observer_pdf  # QPdfWriter: when asked

        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, "Save observer report",
                                                    f"{self.title or 'observer'}-observer.pdf",
                                                    "PDF (*.pdf)")
            if not chosen:
                return None
            path = chosen
        try:
            return write_observer_pdf(self, Path(path))
        except OSError as e:
            QMessageBox.critical(self, "Observer report", f"Could not write {path}: {e}")
            return None

    def done(self, code: int) -> None:
        self._worker.abandon()
        super().done(code)


def whole_percentages(stations: observer.StationTable) -> list[observer.IntegerPercentages]:
    """Turnout and the leader's share at whole percentages (the slow part: in a worker)."""
    out = []
    if stations.registered is not None:
        out.append(observer.integer_percentages(stations.issued, stations.registered,
                                                "Turnout"))
    leader = stations.leader()
    if leader >= 0:
        out.append(observer.integer_percentages(
            stations.votes[:, leader], stations.cast,
            f"Leader's share ({stations.party_names[leader]})"))
    return out


def whole_rows(results: list[observer.IntegerPercentages]) -> list[list[Cell]]:
    """One row per figure tested."""
    return [[Cell(r.what), number(f"{r.stations:,}"), number(f"{r.observed:,}", bold=True),
             number(f"{r.expected:,.1f}"), number(f"{r.low:,.0f}–{r.high:,.0f}"),
             number(f"{r.excess:+,.1f}"), number(f"{r.p_value:.1%}",
                                                  tip=f"of {r.runs} runs")] for r in results]


def region_rows(stations: observer.StationTable) -> list[list[Cell]]:
    """One row per region (``core.analysis.observer.region_summary``)."""
    def pct(x: float) -> str:
        return "—" if x != x else f"{x:.1f}%"

    def whole(n: int, of: int) -> Cell:
        return number(f"{n:,} ({100 * n / of:.0f}%)" if of else "—",
                      tip="stations of 100 voters or more at a whole percentage; about 10% "
                          "by chance (a 0.1-point window in each point)")

    return [[Cell(r.region or "(no region)"), number(f"{r.stations:,}"),
             number(f"{r.registered:,}"), number(pct(r.turnout)), number(pct(r.leader_share)),
             whole(r.whole_turnout, r.large_stations), whole(r.whole_leader, r.large_cast)]
            for r in observer.region_summary(stations)]


def draw_histogram(plot, percent: np.ndarray, label: str) -> None:
    """Stations per bin of ``percent`` as a filled step curve."""
    plot.clear()
    hist = observer.histogram(percent, bin_width(len(percent)))
    plot.plot(hist.edges, hist.counts, stepMode="center", fillLevel=0,
              brush=(60, 100, 170, 160), pen=(40, 70, 130))
    plot.setLabel("bottom", label)
    plot.setLabel("left", "Stations")
    plot.setXRange(0, 100, padding=0.01)
    if hist.over_100:
        plot.setTitle(f"{hist.over_100:,} station(s) above 100% not drawn: look at their "
                      "protocols", color="#b00020", size="9pt")
    else:
        plot.setTitle("")


def draw_comet(plot, turnout: np.ndarray, share: np.ndarray) -> None:
    """One dot per station (a seeded sample of :data:`MAX_SCATTER` for larger tables)."""
    import pyqtgraph as pg

    plot.clear()
    keep = np.flatnonzero(~np.isnan(turnout) & ~np.isnan(share))
    if len(keep) > MAX_SCATTER:
        keep = np.sort(np.random.default_rng(0).choice(keep, MAX_SCATTER, replace=False))
        plot.setTitle(f"a random sample of {MAX_SCATTER:,} of {len(turnout):,} stations",
                      size="9pt")
    else:
        plot.setTitle("")
    dots = pg.ScatterPlotItem(x=turnout[keep], y=share[keep], size=2, pen=None,
                              brush=pg.mkBrush(30, 60, 140, 50))
    plot.addItem(dots)
    plot.setLabel("bottom", "Turnout, %")
    plot.setLabel("left", "Share of ballots cast, %")
    plot.setXRange(0, 100, padding=0.01)
    plot.setYRange(0, 100, padding=0.01)
