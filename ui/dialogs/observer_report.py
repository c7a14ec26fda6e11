"""The observer report: the observer dialog's figures and tables as a PDF of their own.

A separate PDF rather than a section of the scenario's report: the per-station figures live
only in the import (the scenario file keeps national totals), so the report is written from
the import, and says which table it describes. Written with Qt's QPdfWriter and
QTextDocument, as the scenario report is; the plots are drawn with pyqtgraph's image
exporter (the dots of the comet plot are sized in pixels, so they export true). The PDF is
made in memory and written with the house's atomic writer, so an existing report stays
whole on failure.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from core.analysis import observer
from core.io.scenario_file import write_atomic

WHOLE_HEADERS = ("Figure", "Stations", "At a whole %", "Expected (smooth data)",
                 "95% of smooth runs", "Excess", "Smooth runs as high (of 200)")
REGION_HEADERS = ("Region", "Stations", "Registered", "Turnout", "Leader's share",
                  "Whole-% turnout", "Whole-% leader")
IMAGE_WIDTH = 1400  # pixels of each plot image
_STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #222; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 12px; }
.caution { background: #fff6d8; color: #6a4a00; padding: 4px; }
.small { font-size: 7.5pt; color: #555; }
th { background: #eeeeee; font-size: 7.5pt; text-align: left; } td { font-size: 7.5pt; }
td.n { text-align: right; }
"""


def bin_width(stations: int) -> float:
    """Percentage points per histogram bin: 0.1 for a national table (whole-percentage peaks
    stay visible), wider for a few thousand stations or fewer (else every bin holds 0 or 1)."""
    return 0.1 if stations >= 20_000 else 0.5 if stations >= 2_000 else 1.0


def figure_texts(stations: observer.StationTable, party: int) -> dict[str, tuple[str, str]]:
    """(title, method) of each figure, for the dialog and the PDF alike."""
    name = stations.party_names[party] if party >= 0 else "—"
    turnout = f"{stations.issued_from} / registered voters"
    width = bin_width(len(stations))
    return {
        "turnout": ("Turnout per station",
                    f"Stations per {width:g}-point bin of turnout ({turnout}). "
                    "Smooth data give a smooth curve; peaks at whole or round percentages "
                    "are what Kobak, Shpilkin and Pshenichnikov (2016) call integer "
                    "percentages."),
        "share": (f"Share per station: {name}",
                  f"Stations per {width:g}-point bin of {name}'s votes / ballots cast "
                  "(valid + invalid), the leader's result as Kobak et al. (2016) define it."),
        "comet": (f"Turnout and share, station by station: {name}",
                  f"One dot per station: turnout ({turnout}) across, {name}'s share of "
                  "ballots cast up. A tail toward high turnout and high share (the "
                  "\"comet\") is what ballot stuffing would leave, and also what some honest "
                  "places (closed institutions, small villages) do."),
    }


def write_observer_pdf(dialog, path: Path) -> Path:
    """Write the report of an ``ObserverDialog`` to ``path`` (A4); returns the path."""
    from pyqtgraph.exporters import ImageExporter

    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    texts = figure_texts(dialog.stations, dialog.party.currentIndex())
    parts = [f"<h1>Observer statistics: {escape(dialog.title)}</h1>",
             f"<p class='small'>{len(dialog.stations):,} polling stations; written by "
             f"SeatCalc on {dt.date.today().isoformat()}.</p>",
             f"<p class='caution'><b>Caution.</b> {escape(observer.CAUTION)}</p>"]
    for key, (title, method) in texts.items():
        exporter = ImageExporter(dialog.plots[key].plotItem)
        exporter.parameters()["width"] = IMAGE_WIDTH
        image = exporter.export(toBytes=True)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), image)
        parts += [f"<h2>{escape(title)}</h2><p>{escape(method)}</p>",
                  f"<p><img src='{key}' width='600'></p>",
                  f"<p class='small'>{escape(observer.CAUTION)}</p>"]
    parts += [f"<h2>Whole percentages</h2><p>After {escape(observer.KOBAK_2016)}: stations "
              "within 0.05 points of a whole percentage, against 200 smooth Monte Carlo runs "
              "(binomial, each station's own size and rate); stations under 100 voters left "
              "out.</p>", _table(WHOLE_HEADERS, dialog.whole_model),
              f"<p class='small'>{escape(observer.CAUTION)}</p>",
              "<h2>Regions</h2>", _table(REGION_HEADERS, dialog.region_model)]
    document.setHtml("".join(parts))
    buffer = QBuffer()  # written whole in memory, then to disk atomically
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"Observer statistics: {dialog.title}")
    writer.setCreator("SeatCalc")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter))
    document.print_(writer)
    del writer  # ends the PDF
    data = bytes(buffer.data())
    if not data.startswith(b"%PDF"):
        raise OSError(f"{path.name}: the PDF could not be made")
    write_atomic(path, data)
    return path


def _table(headers, model) -> str:
    rows = ["<tr>" + "".join(f"<th>{escape(h)}</th>" for h in headers) + "</tr>"]
    for r in range(model.rowCount()):
        cells = [model.cell(r, c) for c in range(len(headers))]
        rows.append("<tr>" + "".join(
            f"<td{' class=n' if cell.number else ''}>{escape(cell.text)}</td>" for cell in cells)
            + "</tr>")
    return "<table cellspacing='0' cellpadding='2' border='0.5'>" + "".join(rows) + "</table>"
