"""The output formats that need Qt, registered from the UI: the chart as PNG, the PDF report.

Imports no Qt (nor anything of the UI): each writer loads its module, and Qt, when called.
So the command line, importing this to know every format, stays free of Qt until it writes
a PNG or a PDF. See ``core.io.formats`` for the registry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.chart.layouts import chosen_options
from core.io.formats import OutputFormat, chart_options, register_format
from core.message import QT_TRANSLATE_NOOP, msg
from core.options import NumberOption

if TYPE_CHECKING:
    from core.io.progress import Steps
    from core.rules.result import Result

DPI = 300  # the print resolution the PNG width hint speaks of
PNG_WIDTH = NumberOption(
    "width", QT_TRANSLATE_NOOP("formats", "PNG width"), default=2400, minimum=100,
    maximum=20000, unit="px", integer=True, step=400,
    hint=lambda px: msg("formats.png_width", cm=px / DPI * 2.54, dpi=DPI))


def _png(result: Result, steps: Steps, lang: str, width: int, layout: str,
         **options: float) -> bytes:
    from ui.chart.chart_export import png_bytes

    return png_bytes(result, steps, width, lang, layout, **chosen_options(layout, options))


def _pdf(result: Result, steps: Steps, lang: str, layout: str, **options: float) -> bytes:
    from ui.export.report import pdf_bytes

    return pdf_bytes(result, steps, lang, layout, **chosen_options(layout, options))


# PNG is painted by a widget: on the UI thread. The PDF uses reentrant Qt classes only.
register_format(OutputFormat(
    ".png", QT_TRANSLATE_NOOP("formats", "Chart as PNG image"),
    QT_TRANSLATE_NOOP("formats", "the parliament chart as a PNG image"), _png, needs_qt=True,
    off_ui_thread=False, options=(PNG_WIDTH, *chart_options())))
register_format(OutputFormat(
    ".pdf", QT_TRANSLATE_NOOP("formats", "PDF report"),
    QT_TRANSLATE_NOOP("formats", "a PDF report: rules, chart, results, threshold test, "
                                 "explanation"), _pdf, needs_qt=True, options=chart_options()))
