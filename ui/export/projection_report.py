"""The projection report (PDF), written from the projection view: what it projects and how,
the projected house against the base election with its uncertainty, the seat distributions
and the seats-votes curve (the view's own pyqtgraph plots, drawn offscreen), the coalitions,
and the battleground; in the window's language, laid out in pages as the result report is
(``ui.export.pages``: no table row straddles two pages, no heading ends one).

A report of its own rather than a section of the result report: a projection depends on
choices that are not part of the scenario's result (the poll, the swing and error models, the
runs and seed), and the result report is a function of the result alone (``export`` writes it
from the command line too).
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import QImage, QPainter, QTextDocument

from core.message import msg
from core.rules.metrics import simple_majority
from core.text import formats
from core.version import version
from ui import text as ui_text
from ui.application import ensure_application
from ui.export.pages import (
    RESOLUTION_DPI,
    Section,
    Table,
    lay_out,
    paged_document,
    pdf_writer,
    print_pages,
    swatch,
)
from ui.panels import projection_parts as parts
from ui.panels.projection_parts import ProjectionRun, error_names, percent, signed, swing_names
from ui.text import fill, shown

translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it

PLOT_WIDTH, PLOT_HEIGHT = 900, 560  # a plot drawn offscreen, in pixels of the view (its
HISTOGRAM_ROW_HEIGHT = 250  # fonts read as on screen) ... a row of two histograms
SHARPNESS = 3  # ... drawn at three times these pixels (about 450 dpi on the page)
HISTOGRAMS_SHARE, CURVE_SHARE = 0.95, 0.75  # of the text width on the page, at most ...
IMAGE_HEIGHT_SHARE = 0.85  # ... and of the page's height (with its heading, on one page)
CSS_DPI = 96  # the resolution at which Qt's rich text reads an image's size
BATTLEGROUND_ROWS = 40


def projection_pdf(run: ProjectionRun) -> bytes:
    """The report of ``run`` as a PDF (A4, pages with a footer)."""
    ensure_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    title = run.projection.scenario.title_in(ui_text.language)
    writer = pdf_writer(buffer, title, f"SeatCalc {version()}")
    document = paged_document(writer)
    images = {"plot:histograms": _histograms_image(run)}
    if run.curve is not None:
        images["plot:curve"] = _curve_image(run)

    def add_images(doc: QTextDocument) -> None:
        for url, image in images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)

    lay_out(document, projection_sections(run, images, document.pageSize()), _head(run),
            "</body></html>", add_images)
    made = shown(msg("chart.caption_made", version=version()))
    print_pages(document, writer, f"{title} · {made}")
    del writer  # ends the PDF
    return bytes(buffer.data())


def _say(text: str, **args: object) -> str:
    """A text of the report in the window's language, filled, escaped for HTML."""
    return escape(fill(text, **args))


def _head(run: ProjectionRun) -> str:
    p, s, m = run.projection, run.simulation, run.projection.model
    lang = ui_text.language
    made = f"SeatCalc {version()}, {formats.format_date(dt.date.today().isoformat(), lang)}"
    how = _say(translate("Projection", "Swing: {swing}. Error: {error}, national sd {sd:num} "
                                       "points, regional {regional:num}, district "
                                       "{district:num}."),
               swing=swing_names().get(m.swing, m.swing),
               error=error_names().get(m.error, m.error), sd=m.sd, regional=m.regional_sd,
               district=m.district_sd)
    if m.sample_size:
        how += " " + _say(translate("Projection", "Sample size {n}."), n=m.sample_size)
    how += " " + _say(translate("Projection", "{runs} runs, seed {seed:raw}."), runs=s.runs,
                      seed=s.seed)
    heading = _say(translate("Projection", "{title}: projection"),
                   title=p.scenario.title_in(lang))
    return (f"<html><body><h1>{heading}</h1><p class='small'>{escape(made)}. {how}</p>"
            f"<p>{parts.headline_html(run)}</p>")


def projection_sections(run: ProjectionRun, images: dict[str, QImage], page: QSizeF
                        ) -> list[Section]:
    """The report's sections, the plots ``images`` (by url) sized for ``page`` (the text's
    page in the document's pixels)."""
    names = {x.id: x.name for x in run.projection.scenario.parties}
    sections = [
        Section(translate("Projection", "The projected house"), _house(run)),
        Section(translate("Projection", "Seat distributions"),
                [_picture("plot:histograms", images["plot:histograms"], page,
                          HISTOGRAMS_SHARE)]),
    ]
    if run.curve is not None:
        sections.append(Section(translate("Projection", "Seats and votes"), [
            _picture("plot:curve", images["plot:curve"], page, CURVE_SHARE),
            f"<p>{parts.curve_text(run.curve, names)}</p>"]))
    sections.append(Section(translate("Projection", "Coalitions"), _coalitions(run)))
    if run.contests:
        sections.append(Section(translate("Projection", "Battleground"),
                                _battleground(run, names)))
    notes = [f"<p class='small'>{escape(shown(n))}</p>" for n in run.simulation.notes]
    if notes:
        sections.append(Section(translate("Projection", "Notes"), notes))
    return sections


def _picture(url: str, image: QImage, page: QSizeF, share: float) -> str:
    """The image at ``url``, centred, ``share`` of the text's width and no taller than
    IMAGE_HEIGHT_SHARE of the page. Qt reads an image's width and height at 96 dpi and
    scales them to the PDF's resolution: the page's pixels are converted."""
    width = page.width() * share
    height = width * image.height() / image.width()
    if height > page.height() * IMAGE_HEIGHT_SHARE:
        height = page.height() * IMAGE_HEIGHT_SHARE
        width = height * image.width() / image.height()
    css = CSS_DPI / RESOLUTION_DPI
    return (f'<p align="center"><img src="{url}" width="{round(width * css)}" '
            f'height="{round(height * css)}"></p>')


def _house(run: ProjectionRun) -> list[str | Table]:
    colors = run.colors
    by_name = {x.name: x.id for x in run.projection.result.parties}
    rows = []
    for p in parts.house_rows(run, colors):
        pid = by_name.get(p[0].text)
        name = escape(p[0].text)
        rows.append([f"{swatch(colors[pid])} {name}" if pid in colors else name,
                     escape(p[1].text), escape(p[2].text), f"<b>{escape(p[3].text)}</b>",
                     escape(p[4].text), escape(p[5].text), escape(p[6].text),
                     escape(p[7].text)])
    house = run.projection.result.seats_total
    headers = [parts.translated(h) for h in parts.HOUSE_HEADERS[:8]]
    headers[2] = translate("Projection", "Base")
    return [Table(headers, rows, {1, 2, 3, 4, 5, 6, 7}, [30, 9, 8, 10, 8, 9, 13, 13]),
            "<p class='small'>" + _say(translate(
                "Projection", "House {house}; majority {need}. Mean, 90% range and majority: "
                "over the runs; a majority counts seats with affiliated members."),
                house=house, need=simple_majority(house)) + "</p>"]


def _coalitions(run: ProjectionRun) -> list[str | Table]:
    rows = [[escape(r[0].text), escape(r[1].text), escape(r[2].text)]
            for r in parts.coalition_rows(run.simulation)]
    return [Table([parts.translated(h) for h in parts.COALITION_HEADERS], rows, {1, 2},
                  [60, 20, 20])]


def _battleground(run: ProjectionRun, names: dict[str, str]) -> list[str | Table]:
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
    return [Table(headers, rows, {3, 4, 5}, [28, 17, 17, 16, 11, 11]),
            "<p class='small'>" + _say(translate(
                "Projection", "The {shown} closest of {n} districts in the projection; the "
                "JSON of the simulate command has them all. Change since the base election: "
                "{changes}."), shown=min(len(run.contests), BATTLEGROUND_ROWS),
                n=len(run.contests), changes=changes) + "</p>"]


# ---------------------------------------------------------------------------- plots


def _render(view, height: int = PLOT_HEIGHT) -> QImage:
    """The pyqtgraph view drawn offscreen, PLOT_WIDTH by ``height`` in its own pixels (its
    fonts as on screen), at SHARPNESS times as many pixels."""
    view.resize(PLOT_WIDTH, height)
    view.grab()  # lays the view out at its new size
    image = QImage(PLOT_WIDTH * SHARPNESS, height * SHARPNESS, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        view.render(painter, QRectF(image.rect()), QRect(0, 0, PLOT_WIDTH, height))
    finally:
        painter.end()
    return image


def _histograms_image(run: ProjectionRun) -> QImage:
    import pyqtgraph as pg

    view = pg.GraphicsLayoutWidget()
    view.setBackground("w")
    bars = parts.draw_histograms(view, run.simulation, run.colors)
    rows = max(1, -(-len(bars) // 2))
    return _render(view, rows * HISTOGRAM_ROW_HEIGHT)


def _curve_image(run: ProjectionRun) -> QImage:
    import pyqtgraph as pg

    plot = pg.PlotWidget(background="w")
    curve = run.curve
    if curve is not None:
        parts.draw_curve(plot.getPlotItem(), curve, run.colors.get(curve.party, "#444444"))
    return _render(plot)
