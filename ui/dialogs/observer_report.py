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

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from core.analysis import observer
from core.io.scenario_file import write_atomic
from core.message import QT_TRANSLATE_NOOP
from core.text.formats import format_date
from ui import text as ui_text
from ui.text import fill, shown

translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it
WHOLE_HEADERS = (QT_TRANSLATE_NOOP("ObserverDialog", "Figure"),
                 QT_TRANSLATE_NOOP("ObserverDialog", "Stations"),
                 QT_TRANSLATE_NOOP("ObserverDialog", "At a whole %"),
                 QT_TRANSLATE_NOOP("ObserverDialog", "Expected (smooth data)"),
                 QT_TRANSLATE_NOOP("ObserverDialog", "95% of smooth runs"),
                 QT_TRANSLATE_NOOP("ObserverDialog", "Excess"),
                 QT_TRANSLATE_NOOP("ObserverDialog", "Smooth runs as high (of 200)"))
REGION_HEADERS = (QT_TRANSLATE_NOOP("ObserverDialog", "Region"),
                  QT_TRANSLATE_NOOP("ObserverDialog", "Stations"),
                  QT_TRANSLATE_NOOP("ObserverDialog", "Registered"),
                  QT_TRANSLATE_NOOP("ObserverDialog", "Turnout"),
                  QT_TRANSLATE_NOOP("ObserverDialog", "Leader's share"),
                  QT_TRANSLATE_NOOP("ObserverDialog", "Whole-% turnout"),
                  QT_TRANSLATE_NOOP("ObserverDialog", "Whole-% leader"))
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


def headers(marked: tuple[str, ...]) -> list[str]:
    """Column headings (:data:`WHOLE_HEADERS`, :data:`REGION_HEADERS`) in the window's
    language."""
    return [translate("ObserverDialog", h) for h in marked]


def figure_texts(stations: observer.StationTable, party: int) -> dict[str, tuple[str, str]]:
    """(title, method) of each figure, for the dialog and the PDF alike."""
    name = stations.party_names[party] if party >= 0 else "—"
    turnout = fill(translate("ObserverDialog", "{issued} / registered voters"),
                   issued=shown(stations.issued_from))
    width = bin_width(len(stations))
    return {
        "turnout": (translate("ObserverDialog", "Turnout per station"), fill(translate(
            "ObserverDialog", "Stations per {width:num}-point bin of turnout ({turnout}). "
                              "Smooth data give a smooth curve; peaks at whole or round "
                              "percentages are what Kobak, Shpilkin and Pshenichnikov (2016) "
                              "call integer percentages."), width=width, turnout=turnout)),
        "share": (fill(translate("ObserverDialog", "Share per station: {name}"), name=name),
                  fill(translate("ObserverDialog", "Stations per {width:num}-point bin of "
                                                   "{name}'s votes / ballots cast (valid + "
                                                   "invalid), the leader's result as Kobak et "
                                                   "al. (2016) define it."),
                       width=width, name=name)),
        "comet": (fill(translate("ObserverDialog", "Turnout and share, station by station: "
                                                   "{name}"), name=name),
                  fill(translate("ObserverDialog", "One dot per station: turnout ({turnout}) "
                                                   "across, {name}'s share of ballots cast up. "
                                                   "A tail toward high turnout and high share "
                                                   "(the \"comet\") is what ballot stuffing "
                                                   "would leave, and also what some honest "
                                                   "places (closed institutions, small "
                                                   "villages) do."), turnout=turnout, name=name)),
    }


def whole_method() -> str:
    """How the whole percentages are counted, in a sentence (the dialog and the PDF)."""
    return fill(translate("ObserverDialog", "After {source}: stations within {tolerance:num} "
                                            "points of a whole percentage, against {runs} "
                                            "smooth Monte Carlo runs (binomial, each station's "
                                            "own size and rate); stations under {minimum} "
                                            "voters left out."),
                source=shown(observer.KOBAK_2016), tolerance=0.05, runs=200,
                minimum=observer.MIN_STATION)


def write_observer_pdf(dialog, path: Path) -> Path:
    """Write the report of an ``ObserverDialog`` to ``path`` (A4); returns the path."""
    from pyqtgraph.exporters import ImageExporter

    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    texts = figure_texts(dialog.stations, dialog.party.currentIndex())
    caution = escape(shown(observer.CAUTION))
    title = translate("ObserverDialog", "Observer statistics: {title}")
    heads = (translate("ObserverDialog", "Caution."), translate("ObserverDialog",
                                                               "Whole percentages"),
             translate("ObserverDialog", "Regions"))
    parts = [f"<h1>{escape(fill(title, title=dialog.title))}</h1>",
             "<p class='small'>" + escape(fill(translate(
                 "ObserverDialog", "{n} polling stations; written by SeatCalc on {date}."),
                 n=len(dialog.stations), date=format_date(dt.date.today().isoformat(),
                                                          ui_text.language))) + "</p>",
             f"<p class='caution'><b>{escape(heads[0])}</b> {caution}</p>"]
    for key, (heading, method) in texts.items():
        exporter = ImageExporter(dialog.plots[key].plotItem)
        exporter.parameters()["width"] = IMAGE_WIDTH
        image = exporter.export(toBytes=True)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), image)
        parts += [f"<h2>{escape(heading)}</h2><p>{escape(method)}</p>",
                  f"<p><img src='{key}' width='600'></p>",
                  f"<p class='small'>{caution}</p>"]
    parts += [f"<h2>{escape(heads[1])}</h2><p>{escape(whole_method())}</p>",
              _table(headers(WHOLE_HEADERS), dialog.whole_model),
              f"<p class='small'>{caution}</p>",
              f"<h2>{escape(heads[2])}</h2>",
              _table(headers(REGION_HEADERS), dialog.region_model)]
    document.setHtml("".join(parts))
    buffer = QBuffer()  # written whole in memory, then to disk atomically
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(fill(title, title=dialog.title))
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
