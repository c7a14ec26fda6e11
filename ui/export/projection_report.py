"""The projection report (PDF), written from the projection view: what it projects and how,
the projected house against the base election with its uncertainty, the seat distributions
and the seats-votes curve (the view's own pyqtgraph plots, drawn offscreen), the coalitions,
and the battleground.

A report of its own rather than a section of the result report: a projection depends on
choices that are not part of the scenario's result (the poll, the swing and error models, the
runs and seed), and the result report is a function of the result alone (``export`` writes it
from the command line too).
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QTextDocument

from core.rules.metrics import simple_majority
from core.text import formats
from core.version import version
from ui import text as ui_text
from ui.application import ensure_application
from ui.export.report import new_document, swatch, table_html, write_pdf
from ui.panels import projection_parts as parts
from ui.panels.projection_parts import ProjectionRun, error_names, percent, signed, swing_names
from ui.text import fill, shown

translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it

PLOT_WIDTH, PLOT_HEIGHT = 1600, 1000  # pixels of a plot image (about 150 dpi on the page)
BATTLEGROUND_ROWS = 40


def projection_pdf(run: ProjectionRun) -> bytes:
    """The report of ``run`` as a PDF (A4)."""
    ensure_application()
    document = new_document(projection_html(run))
    _add_image(document, "plot:histograms", _histograms_image(run))
    if run.curve is not None:
        _add_image(document, "plot:curve", _curve_image(run))
    return write_pdf(document, run.projection.scenario.title_in(ui_text.language))


def _say(text: str, **args: object) -> str:
    """A text of the report in the window's language, filled, escaped for HTML."""
    return escape(fill(text, **args))


def projection_html(run: ProjectionRun) -> str:
    """The report as Qt rich-text HTML, in the window's language (plots as image links)."""
    p, s = run.projection, run.simulation
    scenario = p.scenario
    m = p.model
    colors = {x.id: x.color for x in scenario.parties}
    names = {x.id: x.name for x in scenario.parties}
    lang = ui_text.language
    made = f"SeatCalc {version()}, {formats.format_date(dt.date.today().isoformat(), lang)}"
    how = _say(translate("Projection", "Swing: {swing}. Error: {error}, national sd {sd:num} "
                                       "points, regional {regional:num}, district "
                                       "{district:num}."),
               swing=swing_names().get(m.swing, m.swing), error=error_names().get(m.error, m.error),
               sd=m.sd, regional=m.regional_sd, district=m.district_sd)
    if m.sample_size:
        how += " " + _say(translate("Projection", "Sample size {n}."), n=m.sample_size)
    how += " " + _say(translate("Projection", "{runs} runs, seed {seed:raw}."), runs=s.runs,
                      seed=s.seed)

    def heading(text: str) -> str:
        return f"<h2>{escape(text)}</h2>"

    parts_html = [
        f"<h1>{_say(translate('Projection', '{title}: projection'), title=scenario.title_in(lang))}"
        "</h1>",
        f"<p class='small'>{escape(made)}. {how}</p>",
        f"<p>{parts.headline_html(run)}</p>",
        heading(translate("Projection", "The projected house")), _house(run, colors),
        heading(translate("Projection", "Seat distributions")),
        '<p align="center"><img src="plot:histograms" width="620"></p>',
    ]
    if run.curve is not None:
        parts_html += [heading(translate("Projection", "Seats and votes")),
                       '<p align="center"><img src="plot:curve" width="520"></p>',
                       f"<p>{parts.curve_text(run.curve, names)}</p>"]
    parts_html += [heading(translate("Projection", "Coalitions")), _coalitions(run)]
    if run.contests:
        parts_html += [heading(translate("Projection", "Battleground")),
                       _battleground(run, names)]
    parts_html += [heading(translate("Projection", "Notes"))] + [
        f"<p class='small'>{escape(shown(n))}</p>" for n in s.notes]
    return f"<html><body>{''.join(parts_html)}</body></html>"


def _house(run: ProjectionRun, colors: dict[str, str]) -> str:
    rows = [[f"{swatch(colors[r.id])} {escape(r.name)}" if r.id in colors else escape(r.name),
             escape(p[1].text), escape(p[2].text), f"<b>{escape(p[3].text)}</b>",
             escape(p[4].text), escape(p[5].text), escape(p[6].text), escape(p[7].text)]
            for p in parts.house_rows(run, colors)
            for r in [next(x for x in run.projection.result.parties if x.name == p[0].text)]]
    house = run.projection.result.seats_total
    headers = [parts.translated(h) for h in parts.HOUSE_HEADERS[:8]]
    headers[2] = translate("Projection", "Base")
    return (table_html(headers, rows, {1, 2, 3, 4, 5, 6, 7}, [30, 9, 8, 10, 8, 9, 13, 13])
            + "<p class='small'>" + _say(translate(
                "Projection", "House {house}; majority {need}. Mean, 90% range and majority: "
                "over the runs; a majority counts seats with affiliated members."),
                house=house, need=simple_majority(house)) + "</p>")


def _coalitions(run: ProjectionRun) -> str:
    rows = [[escape(r[0].text), r[1].text, r[2].text]
            for r in parts.coalition_rows(run.simulation)]
    if not rows:
        return f"<p>{_say(translate('Projection', 'No run needs a coalition.'))}</p>"
    return table_html([parts.translated(h) for h in parts.COALITION_HEADERS], rows, {1, 2},
                      [60, 20, 20])


def _battleground(run: ProjectionRun, names: dict[str, str]) -> str:
    chances = {d.id: d.p_win for d in run.simulation.districts}
    nobody = translate("Projection", "self-nominated")
    rows = []
    for c in run.contests[:BATTLEGROUND_ROWS]:
        keep = chances.get(c.district_id, {}).get(c.winner_party)
        rows.append([escape(c.district),
                     escape(names.get(c.winner_party or "", nobody)),
                     escape(names.get(c.runner_up_party or "", nobody) if c.runner_up else ""),
                     escape(f"{ui_text.count(c.margin)} ({ui_text.share(c.margin_share, 1)})"),
                     escape(ui_text.decimal(float(c.swing_to_flip) * 100, 2)),
                     "" if keep is None else escape(percent(keep))])
    headers = [parts.translated(h) for h in parts.BATTLE_HEADERS]
    headers[4] = translate("Projection", "Swing to flip (pts)")
    changes = ", ".join(f"{r.name} {signed(r.seats - b.seats)}"
                        for r, b in zip(run.projection.result.parties,
                                        run.projection.base.parties, strict=True)
                        if r.seats or b.seats)
    return (table_html(headers, rows, {3, 4, 5}, [28, 17, 17, 16, 11, 11])
            + "<p class='small'>" + _say(translate(
                "Projection", "The {shown} closest of {n} districts in the projection; the "
                "JSON of the simulate command has them all. Change since the base election: "
                "{changes}."), shown=min(len(run.contests), BATTLEGROUND_ROWS),
                n=len(run.contests), changes=changes) + "</p>")


# ---------------------------------------------------------------------------- plots


def _add_image(document: QTextDocument, url: str, image: QImage) -> None:
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)


def _render(widget) -> QImage:
    """The widget drawn offscreen at the report's plot size."""
    widget.resize(PLOT_WIDTH, PLOT_HEIGHT)
    return widget.grab().toImage()


def _histograms_image(run: ProjectionRun) -> QImage:
    import pyqtgraph as pg

    view = pg.GraphicsLayoutWidget()
    view.setBackground("w")
    colors = {x.id: x.color for x in run.projection.scenario.parties}
    parts.draw_histograms(view, run.simulation, colors)
    return _render(view)


def _curve_image(run: ProjectionRun) -> QImage:
    import pyqtgraph as pg

    plot = pg.PlotWidget(background="w")
    color = next((x.color for x in run.projection.scenario.parties
                  if x.id == run.curve.party), "#444444")
    parts.draw_curve(plot.getPlotItem(), run.curve, color)
    return _render(plot)
