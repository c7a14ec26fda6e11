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

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from core.rules.metrics import simple_majority
from core.version import version
from ui.application import ensure_application
from ui.export.report import new_document, swatch, table_html, write_pdf
from ui.panels import projection_parts as parts
from ui.panels.projection_parts import ProjectionRun, percent, signed
from ui.text import shown

PLOT_WIDTH, PLOT_HEIGHT = 1600, 1000  # pixels of a plot image (about 150 dpi on the page)
BATTLEGROUND_ROWS = 40


def projection_pdf(run: ProjectionRun) -> bytes:
    """The report of ``run`` as a PDF (A4)."""
    ensure_application()
    document = new_document(projection_html(run))
    _add_image(document, "plot:histograms", _histograms_image(run))
    if run.curve is not None:
        _add_image(document, "plot:curve", _curve_image(run))
    return write_pdf(document, run.projection.scenario.title)


def projection_html(run: ProjectionRun) -> str:
    p, s = run.projection, run.simulation
    scenario = p.scenario
    m = p.model
    colors = {x.id: x.color for x in scenario.parties}
    names = {x.id: x.name for x in scenario.parties}
    made = f"SeatCalc {version()}, {dt.date.today().isoformat()}"
    how = (f"Swing: {escape(m.swing)}. Error: {escape(m.error)}, national sd {m.sd:g} points, "
           f"regional {m.regional_sd:g}, district {m.district_sd:g}"
           + (f", sample size {m.sample_size:,}" if m.sample_size else "")
           + f". {s.runs:,} runs, seed {s.seed}.")
    parts_html = [
        f"<h1>{escape(scenario.title)}: projection</h1>",
        f"<p class='small'>{escape(made)}. {how}</p>",
        f"<p>{parts.headline_html(run)}</p>",
        "<h2>The projected house</h2>", _house(run, colors),
        "<h2>Seat distributions</h2>",
        '<p align="center"><img src="plot:histograms" width="620"></p>',
    ]
    if run.curve is not None:
        parts_html += ["<h2>Seats and votes</h2>",
                       '<p align="center"><img src="plot:curve" width="520"></p>',
                       f"<p>{parts.curve_text(run.curve, names)}</p>"]
    parts_html += ["<h2>Coalitions</h2>", _coalitions(run, names)]
    if run.contests:
        parts_html += ["<h2>Battleground</h2>", _battleground(run, names)]
    parts_html += ["<h2>Notes</h2>"] + [f"<p class='small'>{escape(shown(n))}</p>"
                                        for n in s.notes]
    return f"<html><body>{''.join(parts_html)}</body></html>"


def _house(run: ProjectionRun, colors: dict[str, str]) -> str:
    rows = [[f"{swatch(colors[r.id])} {escape(r.name)}" if r.id in colors else escape(r.name),
             escape(p[1].text), escape(p[2].text), f"<b>{escape(p[3].text)}</b>",
             escape(p[4].text), escape(p[5].text), escape(p[6].text), escape(p[7].text)]
            for p in parts.house_rows(run, colors)
            for r in [next(x for x in run.projection.result.parties if x.name == p[0].text)]]
    house = run.projection.result.seats_total
    return (table_html(["Party", "Share", "Base", "Projected", "Change", "Mean", "90% range",
                        "Majority"], rows, {1, 2, 3, 4, 5, 6, 7},
                       [30, 9, 8, 10, 8, 9, 13, 13])
            + f"<p class='small'>House {house}; majority {simple_majority(house)}. Mean, 90% "
            "range and majority: over the runs; a majority counts seats with affiliated "
            "members.</p>")


def _coalitions(run: ProjectionRun, names: dict[str, str]) -> str:
    rows = [[escape(r[0].text), r[1].text, r[2].text]
            for r in parts.coalition_rows(run.simulation)]
    if not rows:
        return "<p>No run needs a coalition.</p>"
    return table_html(["Coalition", "Majority", "Every member needed"], rows, {1, 2},
                      [60, 20, 20])


def _battleground(run: ProjectionRun, names: dict[str, str]) -> str:
    chances = {d.id: d.p_win for d in run.simulation.districts}
    rows = []
    for c in run.contests[:BATTLEGROUND_ROWS]:
        keep = chances.get(c.district_id, {}).get(c.winner_party)
        rows.append([escape(c.district), escape(names.get(c.winner_party, "self-nominated")),
                     escape(names.get(c.runner_up_party, "self-nominated")
                            if c.runner_up else ""),
                     f"{c.margin:,} ({float(c.margin_share) * 100:.1f}%)",
                     f"{float(c.swing_to_flip) * 100:.2f}",
                     "" if keep is None else percent(keep)])
    return (table_html(["District", "Holder", "Runner-up", "Margin", "Swing to flip (pts)",
                        "Holder keeps"], rows, {3, 4, 5}, [28, 17, 17, 16, 11, 11])
            + f"<p class='small'>The {min(len(run.contests), BATTLEGROUND_ROWS)} closest of "
            f"{len(run.contests)} districts in the projection; the JSON of "
            "<code>simulate</code> has them all. Change since the base election: "
            + ", ".join(f"{escape(r.name)} {signed(r.seats - b.seats)}"
                        for r, b in zip(run.projection.result.parties,
                                        run.projection.base.parties, strict=True)
                        if r.seats or b.seats) + ".</p>")


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
