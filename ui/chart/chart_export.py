"""The parliament chart as PNG bytes: painted by the widget, crisp at any width, with its
caption (the title above; the date, source and "made with SeatCalc" below).

The SVG (file, preview and PDF chart) is ``core.chart.svg.result_svg``, which the CLI writes
too: the one SVG of the chart. :func:`png_bytes` is the PNG format's writer
(``ui.export.formats``).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from core.chart.layouts import DEFAULT_LAYOUT
from core.chart.legend import caption
from core.chart.styles import LOOK
from core.io.progress import Steps
from core.rules.result import Result
from ui import text
from ui.application import ensure_application

# The widget's logical size when exporting a bare Result (the PNG is this, scaled up).
EXPORT_LOGICAL_SIZE = (1000, 620)
TITLE_PX, FOOTER_PX = 22, 13  # the caption's fonts, in the chart's logical pixels


def png_bytes(result: Result, steps: Steps, width: int, lang: str = "en",
              layout: str = DEFAULT_LAYOUT, **options: float) -> bytes:
    """The chart of ``result`` in the chart layout ``layout`` (with its ``options``) as a
    captioned PNG ``width`` pixels wide, worded in ``lang`` (creates an offscreen
    application when none runs: the command line)."""
    ensure_application()
    return chart_png(result, width, layout, lang, **options)


def chart_png(widget_or_result, width_px: int = 1600, layout: str = DEFAULT_LAYOUT,
              lang: str | None = None, **options: float) -> bytes:
    """The chart as a PNG ``width_px`` pixels wide, with its caption, worded in ``lang``
    (default: the window's language).

    ``widget_or_result`` is a shown HemicycleWidget (exported as laid out on screen, in its
    own layout and words) or a Result (drawn in an offscreen widget of EXPORT_LOGICAL_SIZE,
    in ``layout``). The widget is painted at a device pixel ratio of ``width_px / width`` with the
    seats drawn as vector paths, so dots, text and lines are sharp rather than an enlarged
    screen grab.
    """
    from ui.chart.hemicycle_widget import HemicycleWidget, render_widget

    if isinstance(widget_or_result, HemicycleWidget):
        image = render_widget(widget_or_result, width_px)
        scenario = widget_or_result.result().scenario if widget_or_result.result() else None
    else:
        widget = HemicycleWidget()
        try:
            widget.resize(*EXPORT_LOGICAL_SIZE)
            widget.set_layout(layout, **options)
            widget.set_result(widget_or_result, lang)
            image = render_widget(widget, width_px)
        finally:
            widget.deleteLater()
        scenario = widget_or_result.scenario
    if scenario is not None:
        image = captioned(image, *caption(scenario, lang or text.language))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("could not encode the chart as a PNG image")
    return bytes(buffer.data())


def captioned(chart: QImage, title: str, footer: str) -> QImage:
    """``chart`` with ``title`` above it and ``footer`` below, in the same pixel ratio."""
    ratio = chart.devicePixelRatio()
    width = chart.width() / ratio  # logical
    top, bottom = TITLE_PX * 2.0, FOOTER_PX * 2.2
    image = QImage(chart.width(), round(chart.height() + (top + bottom) * ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.drawImage(QRectF(0, top, width, chart.height() / ratio), chart)
        margin = 12.0
        for words, px, bold, y, height, colour in (
                (title, TITLE_PX, True, 0.0, top, LOOK.text),
                (footer, FOOTER_PX, False, top + chart.height() / ratio, bottom, "#555555")):
            font = QFont()
            font.setPixelSize(px)
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            room = QRectF(margin, y, width - 2 * margin, height)
            shown = painter.fontMetrics().elidedText(words, Qt.TextElideMode.ElideRight,
                                                     round(room.width()))
            painter.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             shown)
    finally:
        painter.end()
    return image
