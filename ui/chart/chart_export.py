"""Export the hemicycle chart as PNG: painted by the widget, crisp at any width.

The SVG (file, preview and PDF chart) is ``core.chart.svg.result_svg``, which the CLI writes
too: the one SVG of the chart.
"""

from __future__ import annotations

from pathlib import Path

# The widget's logical size when exporting a bare Result (the PNG is this, scaled up).
EXPORT_LOGICAL_SIZE = (1000, 620)


def export_png(widget_or_result, path: str | Path, width_px: int = 1600) -> Path:
    """Write the chart as a PNG ``width_px`` pixels wide; returns the path.

    ``widget_or_result`` is a shown HemicycleWidget (exported as laid out on screen) or a
    Result (drawn in an offscreen widget of EXPORT_LOGICAL_SIZE). The widget is painted at a
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
            widget.set_result(widget_or_result)
            image = render_widget(widget, width_px)
        finally:
            widget.deleteLater()
    path = Path(path)
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write the PNG image {path}")
    return path
