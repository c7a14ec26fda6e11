"""The hemicycle chart as PNG bytes: painted by the widget, crisp at any width.

The SVG (file, preview and PDF chart) is ``core.chart.svg.result_svg``, which the CLI writes
too: the one SVG of the chart. :func:`png_bytes` is the PNG format's writer
(``ui.export.formats``).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice

from core.io.progress import Steps
from core.rules.result import Result
from ui.application import ensure_application

# The widget's logical size when exporting a bare Result (the PNG is this, scaled up).
EXPORT_LOGICAL_SIZE = (1000, 620)


def png_bytes(result: Result, steps: Steps, width: int, lang: str = "en") -> bytes:
    """The chart of ``result`` as a PNG ``width`` pixels wide, worded in ``lang`` (creates an
    offscreen application when none runs: the command line)."""
    ensure_application()
    return chart_png(result, width, lang)


def chart_png(widget_or_result, width_px: int = 1600, lang: str | None = None) -> bytes:
    """The chart as a PNG ``width_px`` pixels wide.

    ``widget_or_result`` is a shown HemicycleWidget (exported as laid out on screen) or a
    Result (drawn in an offscreen widget of EXPORT_LOGICAL_SIZE, worded in ``lang``, default
    the window's language). The widget is painted at a
    device pixel ratio of ``width_px / width`` with the seats drawn as vector paths, so dots,
    text and lines are sharp rather than an enlarged screen grab.
    """
    from ui.chart.hemicycle_widget import HemicycleWidget, render_widget

    if isinstance(widget_or_result, HemicycleWidget):
        image = render_widget(widget_or_result, width_px)
    else:
        widget = HemicycleWidget()
        try:
            widget.resize(*EXPORT_LOGICAL_SIZE)
            widget.set_result(widget_or_result, lang)
            image = render_widget(widget, width_px)
        finally:
            widget.deleteLater()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("could not encode the chart as a PNG image")
    return bytes(buffer.data())
