"""The PDF report an analyst can hand over, written with Qt's own QPdfWriter and QTextDocument.

Contents, in order: title, date and sources; the parliament chart (drawn as vector paths
from the chart's SVG, so it stays sharp at any zoom); who holds the majority; the results
table; the rules in words; the threshold test with its exact denominator; majorities;
disproportionality indices; how the list seats were allocated; ties and warnings; notes.

Only reentrant Qt classes are used (QTextDocument, QSvgRenderer, QPdfWriter), so the
report can be written off the UI thread (a QGuiApplication must exist). :func:`pdf_bytes` is
the PDF format's writer (``ui.export.formats``).
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QRectF, QSizeF
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer

from core.chart.layouts import DEFAULT_LAYOUT
from core.chart.svg import result_svg
from core.io.export import ExplanationTable, explanation_table
from core.io.progress import Steps
from core.io.result_table import AGAINST_ALL, INVALID, PARTY, TOTAL, result_rows
from core.message import Term
from core.model.scenario import THRESHOLD_BASES, TIE_BREAKS
from core.rules.result import Result
from core.text.describe import method_rule, threshold_rule, tie_message
from core.version import version
from ui.application import ensure_application
from ui.panels.results_panel import headline_html
from ui.text import language, shown

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_MARKER = "[[seatcalc-chart]]"
CHART_WIDTH_SHARE = 0.56  # of the text width: leaves room for the results on page 1
MAX_EXPLANATION_ROWS = 120  # longer seat-by-seat tables: the XLSX holds them all
RESOLUTION_DPI = 300

_STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #222; }
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; color: #1a1a1a; }
p { margin-top: 2px; margin-bottom: 4px; }
.small { font-size: 7.5pt; color: #555; }
table { border-collapse: collapse; }
th { background: #eeeeee; text-align: left; font-weight: bold; font-size: 7.5pt; }
td { font-size: 7.5pt; }
td.n, th.n { text-align: right; }
"""


class _ChartObject(QPyTextObject):
    """Draws the chart SVG where the document holds the chart object: vector paths."""

    def __init__(self, svg: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        box = self.renderer.viewBoxF()
        self.aspect = box.height() / box.width() if box.width() else 0.5

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        width = max(doc.textWidth(), doc.pageSize().width(), 400.0) * CHART_WIDTH_SHARE
        return QSizeF(width, width * self.aspect)

    def drawObject(self, painter, rect: QRectF, doc: QTextDocument, pos: int,
                   fmt: QTextFormat) -> None:
        self.renderer.render(painter, rect)


def pdf_bytes(result: Result, steps: Steps, layout: str = DEFAULT_LAYOUT,
              **options: float) -> bytes:
    """The report of ``result`` as a PDF (A4, 300 dpi), its chart in the chart layout
    ``layout`` with its ``options``.

    ``steps(fraction)`` is called between the steps (progress, and a point where a cancel
    stops it). Creates an offscreen application when none runs (the command line).
    """
    ensure_application()
    steps(0.0)
    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    document.setHtml(report_html(result))
    chart = _ChartObject(result_svg(result, layout, language, **options), document)
    document.documentLayout().registerHandler(CHART_OBJECT, chart)
    _place_chart(document)
    steps(0.5)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(result.scenario.title)
    writer.setCreator(f"SeatCalc {version()}")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))
    document.print_(writer)
    del writer  # ends the PDF
    return bytes(buffer.data())


def _place_chart(document: QTextDocument) -> None:
    """Replace the chart marker paragraph's text by the chart object."""
    cursor = document.find(CHART_MARKER)
    if cursor.isNull():
        raise RuntimeError("the report template lost its chart marker")
    fmt = QTextCharFormat()
    fmt.setObjectType(CHART_OBJECT)
    cursor.insertText("\ufffc", fmt)


# --------------------------------------------------------------------------- HTML


def report_html(result: Result) -> str:
    """The report as Qt rich-text HTML (the chart as a marker paragraph)."""
    parts = [
        _title(result),
        f'<p align="center">{CHART_MARKER}</p>',
        f"<p>{headline_html(result)}</p>",
        "<h2>Results</h2>", _results_table(result),
        "<h2>Rules</h2>", _rules(result),
        "<h2>Threshold test</h2>", _threshold(result),
        "<h2>Majorities</h2>", _majorities(result),
        "<h2>Indices</h2>", _indices(result),
        "<h2>How the list seats were allocated</h2>", _explanation(explanation_table(result)),
        "<h2>Ties and warnings</h2>", _ties_and_warnings(result),
    ]
    if result.scenario.notes:
        parts += ["<h2>Notes</h2>", f'<p class="small">{escape(result.scenario.notes)}</p>']
    return f"<html><body>{''.join(parts)}</body></html>"


def _title(result: Result) -> str:
    s = result.scenario
    when = f"Election of {escape(s.date)} · " if s.date else ""
    made = f"report made with SeatCalc {version()} on {dt.date.today().isoformat()}"
    sources = "".join(f"<br>{escape(src)}" for src in s.sources) or "<br>(no sources given)"
    return (f"<h1>{escape(s.title)}</h1><p class='small'>{when}{made}</p>"
            f"<p class='small'><b>Sources:</b>{sources}</p>")


def _table(header: list[str], rows: list[list[str]], numeric: set[int],
           widths: list[int] | None = None) -> str:
    """An HTML table; the columns in ``numeric`` are right-aligned and never wrap;
    ``widths`` are the columns' shares of the page width, in percent."""
    def cell(tag: str, i: int, text: str) -> str:
        nowrap = ' style="white-space:nowrap"' if tag == "td" else ""
        cls = f' class="n"{nowrap}' if i in numeric else ""
        width = f' width="{widths[i]}%"' if widths and tag == "th" else ""
        return f"<{tag}{cls}{width}>{text}</{tag}>"

    head = "".join(cell("th", i, escape(h)) for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(cell("td", i, t) for i, t in enumerate(r)) + "</tr>"
                   for r in rows)
    return (f'<table border="1" cellspacing="0" cellpadding="2" width="100%" '
            f'style="border-color:#bbbbbb">'
            f"<tr>{head}</tr>{body}</table>")


def _swatch(color: str) -> str:
    return f'<span style="color:{escape(color)}; font-size:11pt">●</span>'


def _results_table(result: Result) -> str:
    """The result table (``core.io.result_table``), as every other output shows it."""
    rows = []
    for row in result_rows(result):
        if row.kind in (AGAINST_ALL, INVALID):
            continue
        v = row.values
        name = escape(shown(row.name))
        if row.color:
            name = f"{_swatch(row.color)} {name}"
        elif row.kind == TOTAL:
            name = f"<b>{name}</b>"
        extra = f" (+{row.affiliated})" if row.affiliated else ""
        share = None if row.kind == TOTAL else v["seat_share"]
        rows.append([
            name, "" if v["votes"] is None else f"{v['votes']:,}",
            "" if row.kind != PARTY else f"{float(v['vote_share']):.2%}",
            "" if row.kind != PARTY else ("yes" if v["qualified"] else "no"),
            *("" if v[k] is None else str(v[k]) for k in ("list_seats", "district_seats")),
            f"<b>{v['seats']}</b>{extra}",
            "" if share is None else f"{float(share):.1%}"])
    header = ["Party", "Votes", "Share", "Passed", "List", "District", "Seats", "Seat share"]
    base = shown(Term("rules", THRESHOLD_BASES[result.scenario.list_tier.threshold.base]))
    return (_table(header, rows, {1, 2, 4, 5, 6, 7}, [33, 13, 9, 9, 6, 10, 10, 10])
            + f"<p class='small'>Share: of {escape(base)}. Seats count a party's own nominees; "
            "(+n): self-nominated district winners who sit with it. Seat share: of the elected "
            "seats, by nominating party (as the indices).</p>")

def _rules(result: Result) -> str:
    s = result.scenario
    tier = s.list_tier
    lines = [f"<b>List tier:</b> {tier.seats} seats, {escape(shown(method_rule(s)))}.",
             f"<b>Threshold:</b> {escape(shown(threshold_rule(s)))}",
             "<b>Ties:</b> decided in favour of "
             f"{escape(shown(Term('rules', TIE_BREAKS[tier.tie_break])))}."]
    if s.district_tier.seats:
        lines.append(f"<b>District tier:</b> {s.district_tier.seats} seats, "
                     f"{escape(s.district_tier.rule)} in single-member districts.")
    if s.list_tier.seats and s.district_tier.seats:
        lines.append(f"<b>Tiers:</b> {escape(s.mixed_type)}"
                     + (f", overhang: {escape(s.overhang)}" if s.overhang else "") + ".")
    if s.appointed:
        lines.append(f"<b>Appointed:</b> {sum(a.seats for a in s.appointed)} seats "
                     f"({escape(', '.join(a.name for a in s.appointed))}).")
    return "".join(f"<p>{line}</p>" for line in lines)


def _threshold(result: Result) -> str:
    s = result.scenario
    base_rule = s.list_tier.threshold.base
    parts = {"parties": ["party votes"], "valid": ["party votes", "against all"],
             "cast": ["party votes", "against all", "invalid ballots"]}[base_rule]
    values = {"party votes": sum(p.votes for p in s.parties), "against all": s.against_all,
              "invalid ballots": s.invalid}
    sum_text = " + ".join(f"{values[k]:,} {k}" for k in parts)
    base_words = shown(Term("rules", THRESHOLD_BASES[base_rule]))
    intro = (f"<p>Denominator ({escape(base_words)}): {sum_text} = "
             f"<b>{result.threshold_base:,}</b> votes. The test compares whole numbers "
             "(votes × 100 against percent × denominator), never rounded shares.</p>")
    names = {p.id: p.name for p in s.parties}
    rows = [[escape(names[t.party_id]), f"{t.votes:,}", f"{t.base:,}",
             f"{float(t.share):.4%}", "yes" if t.passed else "<b>no</b>",
             escape(shown(t.reason))]
            for t in result.thresholds]
    return intro + _table(["Party", "Votes", "Base", "Share", "Passed", "Why"], rows,
                          {1, 2, 3}, [33, 12, 15, 11, 9, 20])


def _majorities(result: Result) -> str:
    m = result.majority
    return (f"<p>House: {m.house} seats. Simple majority: {m.simple} seats; two-thirds "
            f"majority: {m.two_thirds} seats.</p>")


def _indices(result: Result) -> str:
    ix = result.indices
    return (f"<p>Gallagher least-squares index {ix.gallagher:.2f}; Loosemore-Hanby index "
            f"{ix.loosemore_hanby:.2f}; effective number of parties {ix.enp_votes:.2f} by "
            f"votes and {ix.enp_seats:.2f} by seats.</p><p class='small'>Vote shares over "
            "all parties' votes, seat shares over the elected seats; independent winners "
            "count as one-seat units.</p>")


def _explanation(ex: ExplanationTable) -> str:
    text = "".join(f"<p>{escape(line)}</p>" for line in ex.summary)
    if not ex.columns:
        return text
    rows = [[_cell_text(v, f) for v, f in zip(row, ex.formats, strict=True)]
            for row in ex.rows[:MAX_EXPLANATION_ROWS]]
    numeric = {i for i, v in enumerate(ex.rows[0]) if isinstance(v, int | float)}
    widths = [32, 12, 11, 9, 14, 7, 8, 7] if ex.kind == "quota" else [8, 34, 10, 10, 12, 16, 10]
    table = _table(list(ex.columns), rows, numeric, widths)
    if len(ex.rows) > MAX_EXPLANATION_ROWS:
        table += (f"<p class='small'>The first {MAX_EXPLANATION_ROWS} of {len(ex.rows)} rows; "
                  "the XLSX export has them all.</p>")
    return text + table


def _cell_text(value: Any, fmt: str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.3f}" if fmt else f"{value:g}"
    if isinstance(value, int) and fmt:
        return f"{value:,}"
    return escape(str(value))


def _ties_and_warnings(result: Result) -> str:
    names = {p.id: p.name for p in result.parties}
    lines = [f"Tie: {escape(shown(tie_message(t, names)))}." for t in result.ties]
    lines += [f"Warning: {escape(shown(w))}" for w in result.warnings]
    return "".join(f"<p>{line}</p>" for line in lines) or "<p>No ties and no warnings.</p>"
