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
from PySide6.QtCore import QCoreApplication, Signal
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
from ui.dialogs.buttons import close_buttons
from ui.dialogs.observer_report import (
    REGION_HEADERS,
    WHOLE_HEADERS,
    bin_width,
    figure_texts,
    headers,
    whole_method,
)
from ui.models.rows_model import Cell, RowsModel, number, read_only_table
from ui.text import count, decimal, fill, shown
from ui.text import share as percent_of
from ui.worker import Failure, Worker

translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it

MAX_SCATTER = 200_000  # stations drawn in the comet plot (a seeded sample beyond)
CAUTION_STYLE = "QLabel { color: #6a4a00; background: #fff6d8; padding: 6px; }"


class ObserverDialog(QDialog):
    """The observer statistics of ``stations`` (``core.analysis.observer.StationTable``)."""

    computed = Signal()  # the whole-percentage Monte Carlo is done

    def __init__(self, stations: observer.StationTable, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Observer statistics — {title}"), title=title)
                            if title else self.tr("Observer statistics"))
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
        top.addWidget(QLabel(fill(self.tr("{n} stations counted. Party:"),
                                  n=len(self.stations))))
        top.addWidget(self.party)
        top.addStretch(1)
        self.plots = {key: pg.PlotWidget(background="w") for key in ("turnout", "share",
                                                                     "comet")}
        self.methods = {key: QLabel() for key in self.plots}
        self.tabs = QTabWidget()
        for key, label in (("turnout", self.tr("Turnout")), ("share", self.tr("Party share")),
                           ("comet", self.tr("Turnout and share"))):
            self.tabs.addTab(self._page(self.methods[key], self.plots[key]), label)
        self.whole_model = RowsModel(headers(WHOLE_HEADERS), parent=self)
        self.whole_note = QLabel(self.tr("Counting the stations at whole percentages against "
                                         "200 smooth Monte Carlo runs…"))
        self.whole_note.setWordWrap(True)
        self.tabs.addTab(self._page(self.whole_note, read_only_table(self.whole_model, None)),
                         self.tr("Whole percentages"))
        self.region_model = RowsModel(headers(REGION_HEADERS), parent=self)
        self.region_model.set_rows(region_rows(self.stations))
        region_note = QLabel(fill(self.tr("Per region: turnout and the leader's share over the "
                                          "region's stations; stations (of {n} voters or more) "
                                          "at a whole percentage. Largest regions first."),
                                  n=observer.MIN_STATION))
        region_note.setWordWrap(True)
        self.tabs.addTab(self._page(region_note, read_only_table(self.region_model, 0)),
                         self.tr("Regions"))
        self.caution = QLabel(shown(observer.CAUTION))
        self.caution.setWordWrap(True)
        self.caution.setStyleSheet(CAUTION_STYLE)
        buttons = close_buttons()
        self.pdf_button = buttons.addButton(self.tr("Save observer report (PDF)…"),
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
        draw_histogram(self.plots["turnout"], self.turnout, self.tr("Turnout, %"))
        share = observer.share(self.stations, party) if party >= 0 else self.turnout * np.nan
        draw_histogram(self.plots["share"], share, self.tr("Share of ballots cast, %"))
        draw_comet(self.plots["comet"], self.turnout, share)

    # ------------------------------------------------------------------ whole percentages

    def _compute_whole(self) -> None:
        stations = self.stations
        self._worker.run(lambda: whole_percentages(stations), self._whole_done,
                         self._whole_failed)

    def _whole_failed(self, failure: Failure) -> None:
        self.whole_note.setText(fill(self.tr("The whole-percentage count failed: {why}"),
                                     why=escape(failure.message)))

    def _whole_done(self, value: list[observer.IntegerPercentages]) -> None:
        self.whole = value
        self.whole_model.set_rows(whole_rows(value))
        self.whole_note.setText(
            "<b>" + escape(self.tr("Whole percentages")) + "</b>. " + escape(whole_method())
            + " " + escape(fill(self.tr("A station's figure counts as whole when it shows as "
                                        "{example} or the like. Expected: the mean of the "
                                        "smooth runs, in which each station's count is drawn "
                                        "again from a binomial (no preference for round "
                                        "numbers). A large excess says that round figures "
                                        "were reported more often than chance gives; it does "
                                        "not say why."), example=percent_of(0.62, 1))))
        self.computed.emit()

    def is_busy(self) -> bool:
        """True while the whole-percentage Monte Carlo runs."""
        return self._worker.busy

    # ------------------------------------------------------------------ PDF

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        """Write the observer report to ``path`` (asked for when None)."""
        from ui.dialogs.observer_report import write_observer_pdf  # QPdfWriter: when asked

        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save observer report"),
                                                    f"{self.title or 'observer'}-observer.pdf",
                                                    "PDF (*.pdf)")
            if not chosen:
                return None
            path = chosen
        try:
            return write_observer_pdf(self, Path(path))
        except OSError as e:
            QMessageBox.critical(self, self.tr("Observer report"),
                                 fill(self.tr("Could not write {path}: {why}"), path=str(path),
                                      why=e.strerror or str(e)))
            return None

    def done(self, code: int) -> None:
        self._worker.abandon()
        super().done(code)


def whole_percentages(stations: observer.StationTable) -> list[observer.IntegerPercentages]:
    """Turnout and the leader's share at whole percentages (the slow part: in a worker)."""
    out = []
    if stations.registered is not None:
        out.append(observer.integer_percentages(stations.issued, stations.registered,
                                                translate("ObserverDialog", "Turnout")))
    leader = stations.leader()
    if leader >= 0:
        out.append(observer.integer_percentages(
            stations.votes[:, leader], stations.cast,
            fill(translate("ObserverDialog", "Leader's share ({party})"),
                 party=stations.party_names[leader])))
    return out


def whole_rows(results: list[observer.IntegerPercentages]) -> list[list[Cell]]:
    """One row per figure tested."""
    return [[Cell(r.what), number(count(r.stations)), number(count(r.observed), bold=True),
             number(decimal(r.expected, 1)),
             number(f"{decimal(r.low, 0)}–{decimal(r.high, 0)}"),
             number(("+" if r.excess >= 0 else "-") + decimal(abs(r.excess), 1)),
             number(percent_of(r.p_value, 1),
                    tip=fill(translate("ObserverDialog", "of {n} runs"), n=r.runs))]
            for r in results]


def region_rows(stations: observer.StationTable) -> list[list[Cell]]:
    """One row per region (``core.analysis.observer.region_summary``)."""
    def pct(x: float) -> str:
        return "—" if x != x else percent_of(x / 100, 1)

    tip = fill(translate("ObserverDialog", "stations of {n} voters or more at a whole "
                                           "percentage; about {chance} by chance (a "
                                           "{window:num}-point window in each point)"),
               n=observer.MIN_STATION, chance=percent_of(0.1, 0), window=0.1)

    def whole(n: int, of: int) -> Cell:
        return number(f"{count(n)} ({percent_of(n / of, 0)})" if of else "—", tip=tip)

    no_region = translate("ObserverDialog", "(no region)")
    return [[Cell(r.region or no_region), number(count(r.stations)),
             number(count(r.registered)), number(pct(r.turnout)), number(pct(r.leader_share)),
             whole(r.whole_turnout, r.large_stations), whole(r.whole_leader, r.large_cast)]
            for r in observer.region_summary(stations)]


def draw_histogram(plot, percent: np.ndarray, label: str) -> None:
    """Stations per bin of ``percent`` as a filled step curve."""
    plot.clear()
    hist = observer.histogram(percent, bin_width(len(percent)))
    plot.plot(hist.edges, hist.counts, stepMode="center", fillLevel=0,
              brush=(60, 100, 170, 160), pen=(40, 70, 130))
    plot.setLabel("bottom", label)
    plot.setLabel("left", translate("ObserverDialog", "Stations"))
    plot.setXRange(0, 100, padding=0.01)
    if hist.over_100:
        plot.setTitle(fill(translate("ObserverDialog", "{n} {n:plural:station|stations} above "
                                                       "{limit} not drawn: look at their "
                                                       "protocols"),
                           n=hist.over_100, limit=percent_of(1, 0)), color="#b00020",
                      size="9pt")
    else:
        plot.setTitle("")


def draw_comet(plot, turnout: np.ndarray, share: np.ndarray) -> None:
    """One dot per station (a seeded sample of :data:`MAX_SCATTER` for larger tables)."""
    import pyqtgraph as pg

    plot.clear()
    keep = np.flatnonzero(~np.isnan(turnout) & ~np.isnan(share))
    if len(keep) > MAX_SCATTER:
        keep = np.sort(np.random.default_rng(0).choice(keep, MAX_SCATTER, replace=False))
        plot.setTitle(fill(translate("ObserverDialog", "a random sample of {shown} of {n} "
                                                       "stations"),
                           shown=MAX_SCATTER, n=len(turnout)), size="9pt")
    else:
        plot.setTitle("")
    dots = pg.ScatterPlotItem(x=turnout[keep], y=share[keep], size=2, pen=None,
                              brush=pg.mkBrush(30, 60, 140, 50))
    plot.addItem(dots)
    plot.setLabel("bottom", translate("ObserverDialog", "Turnout, %"))
    plot.setLabel("left", translate("ObserverDialog", "Share of ballots cast, %"))
    plot.setXRange(0, 100, padding=0.01)
    plot.setYRange(0, 100, padding=0.01)
