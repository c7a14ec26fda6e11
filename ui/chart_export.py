"""Export the hemicycle chart: PNG (rendered by Qt, crisp at any width) and SVG (vector).

The SVG comes from the project's one SVG writer (``core.chart_svg``), fed with the same seat
model as the widget (``ui.hemicycle_seats``): one ``<circle class="seat">`` per seat.
"""

from __future__ import annotations

from pathlib import Path

from core.allocate import Result
from core.chart_svg import svg_document
from core.io.scenario_file import write_atomic
from ui.hemicycle_seats import (
    key_entries,
    majority_text,
    party_entries,
    seat_groups,
    unseated_entries,
)

# The widget's logical size when exporting a bare Result (the PNG is this, scaled up).
EXPORT_LOGICAL_SIZE = (1000, 620)


def export_png(widget_or_result, path: str | Path, width_px: int = 1600) -> Path:
    """Write the chart as a PNG ``width_px`` pixels wide; returns the path.

    ``widget_or_result`` is a shown HemicycleWidget (exported as laid out on screen) or a
    Result (drawn in an offscreen widget of EXPORT_LOGICAL_SIZE). The widget is painted at a
    device pixel ratio of ``width_px / width`` with the seats drawn as vector paths, so dots,
    text and lines are sharp rather than an enlarged screen grab.
    """
    from ui.hemicycle_widget import HemicycleWidget, render_widget

    if isinstance(widget_or_result, HemicycleWidget):
        image = render_widget(widget_or_result, width_px)
    else:
        widget = HemicycleWidget()
        try:
            widget.resize(*EXPORT_LOGICAL_SIZE)
            widget.set_result(widget_or_result)
            image = render_widget(widget, width_px)
        finally:
            widget.deleteLater()
    path = Path(path)
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write the PNG image {path}")
    return path


# ---------------------------------------------------------------------------------- SVG


def export_svg(result: Result, path: str | Path) -> Path:
    """Write the chart of ``result`` as a standalone SVG file (atomically); returns the path."""
    path = Path(path)
    write_atomic(path, chart_svg(result).encode("utf-8"))
    return path


def chart_svg(result: Result) -> str:
    """The chart of ``result`` as an SVG document (``core.chart_svg.svg_document``): the
    widget's seats, its legend (parties, the style key, unseated winners) and its majority
    label."""
    groups = seat_groups(result)
    legend = party_entries(result) + key_entries(groups) + unseated_entries(result)
    return svg_document(groups, legend, majority_text(result))
