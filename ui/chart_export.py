"""Export the hemicycle chart: PNG (rendered by Qt, crisp at any width) and SVG (vector).

The SVG is written as text from the same seat model as the widget (``ui.hemicycle_seats``):
no Qt and no pyqtgraph exporter involved (pyqtgraph 0.14's SVGExporter breaks on
PySide6 >= 6.11, DESIGN.md), one ``<circle class="seat">`` per seat.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import numpy as np

from core.allocate import Result
from core.hemicycle import hemicycle_layout, majority_line_points
from ui.hemicycle_seats import (
    AFFILIATED,
    APPOINTED,
    DISTRICT,
    LegendEntry,
    SeatGroup,
    key_entries,
    majority_text,
    party_entries,
    seat_groups,
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

# SVG units per layout unit (outer radius): font sizes in whole units, which Qt's SVG renderer
# needs (it rounds font sizes to whole pixels before scaling).
_UNIT = 500
_DOT_FILL = 0.84  # as in the widget: the share of the non-overlapping diameter a dot fills
_RING = 0.2  # outline width, in dot diameters (as in the widget)
_TARGET_RING = 0.16  # a district seat's outer ring, in dot diameters
_FONT = 22  # legend and majority label text size
_LINE = 1.5 * _FONT
_MARGIN = 20
_AFFILIATED_FILL = "#d9d9d9"
_TEXT = "#222222"


def export_svg(result: Result, path: str | Path) -> Path:
    """Write the chart of ``result`` as a standalone SVG file; returns the path."""
    path = Path(path)
    path.write_text(chart_svg(result), encoding="utf-8")
    return path


def chart_svg(result: Result) -> str:
    """The chart as an SVG document: seats, majority line and label, total, legend.

    Exactly one ``<circle class="seat">`` per seat, left to right (a district seat's centre
    dot and an appointed seat's hatching are fills of that one element), each with a
    ``<title>`` tooltip. The origin is the centre of the arc, the outer radius 500 units.
    """
    groups = seat_groups(result)
    layout = hemicycle_layout(sum(g.count for g in groups))
    entries = party_entries(result) + key_entries(groups)
    looks = [(g.style, g.color) for g in groups] + [(e.style, e.color) for e in entries]
    left, top = -_UNIT - _MARGIN, -_UNIT - _MARGIN - _LINE
    width = 2 * (_UNIT + _MARGIN)
    height = -top + _MARGIN + len(entries) * _LINE + _MARGIN
    (_, y1), (_, y2) = majority_line_points(layout)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height:.0f}" '
        f'viewBox="{left} {top} {width} {height:.0f}" '
        'font-family="DejaVu Sans, Arial, sans-serif">',
        _svg_defs(looks),
        f'<rect x="{left}" y="{top}" width="{width}" height="{height:.0f}" fill="#ffffff"/>',
        f'<line class="majority-line" x1="0" y1="{-y1 * _UNIT:g}" x2="0" '
        f'y2="{-y2 * _UNIT - _MARGIN / 2:g}" stroke="#333333" stroke-width="1.5" '
        'stroke-dasharray="8 6"/>',
        f'<text class="majority" x="0" y="{-_UNIT - _MARGIN:g}" font-size="{_FONT}" '
        f'text-anchor="middle" fill="{_TEXT}">{escape(majority_text(result))}</text>',
        *_svg_seats(groups, layout.x * _UNIT, layout.y * _UNIT, layout.radius * _UNIT * _DOT_FILL),
        f'<text class="total" x="0" y="-24" font-size="{round(0.12 * _UNIT)}" '
        f'font-weight="bold" text-anchor="middle" fill="{_TEXT}">{layout.seats} seats</text>',
        _svg_legend(entries, top=_MARGIN),
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


def _svg_defs(looks: list[tuple[str, str]]) -> str:
    """Fills that need a definition: the district target and the appointed hatching."""
    defs = []
    for style, color in sorted(set(looks)):
        c = quoteattr(color)
        if style == DISTRICT:  # a coloured centre dot on white, inside the stroked ring
            defs.append(f'<radialGradient id="{_fill_id(style, color)}"><stop offset="0.48" '
                        f'stop-color={c}/><stop offset="0.48" stop-color="#ffffff"/>'
                        "</radialGradient>")
        elif style == APPOINTED:
            defs.append(f'<pattern id="{_fill_id(style, color)}" patternUnits="userSpaceOnUse" '
                        'width="6" height="6" patternTransform="rotate(45)">'
                        '<rect width="6" height="6" fill="#ffffff"/>'
                        f'<line x1="0" y1="0" x2="0" y2="6" stroke={c} stroke-width="2"/>'
                        "</pattern>")
    return f"<defs>{''.join(defs)}</defs>"


def _fill_id(style: str, color: str) -> str:
    return f"{style}-" + "".join(ch for ch in color if ch.isalnum())


def _seat_paint(style: str, color: str, r: float) -> str:
    """Radius, fill and stroke attributes of a seat of outer radius ``r`` (the widget's look).

    Outlined styles draw their stroke inside ``r``, so every seat has the same outer size.
    """
    c = quoteattr(color)
    if style == DISTRICT:
        fill = quoteattr(f"url(#{_fill_id(style, color)})")
        ring = 2 * r * _TARGET_RING
    elif style == APPOINTED:
        fill = quoteattr(f"url(#{_fill_id(style, color)})")
        ring = 2 * r * _RING
    elif style == AFFILIATED:
        fill, ring = quoteattr(_AFFILIATED_FILL), 2 * r * _RING
    else:
        return f'r="{r:.2f}" fill={c}'
    return f'r="{r - ring / 2:.2f}" fill={fill} stroke={c} stroke-width="{ring:.2f}"'


def _svg_seats(groups: list[SeatGroup], x: np.ndarray, y: np.ndarray, r: float) -> list[str]:
    """One ``<circle class="seat">`` per seat, left to right (y flipped: SVG's y points down)."""
    elements = []
    seat = 0
    for group in groups:
        paint = _seat_paint(group.style, group.color, r)
        title = f"<title>{escape(group.tooltip)}</title>"
        for _ in range(group.count):
            elements.append(
                f'<circle class="seat" data-style="{group.style}" cx="{x[seat]:.2f}" '
                f'cy="{-y[seat]:.2f}" {paint}>{title}</circle>'
            )
            seat += 1
    return elements


def _svg_legend(entries: list[LegendEntry], top: float) -> str:
    """Legend entries one per line under the chart, each with a sample seat."""
    lines = []
    for i, entry in enumerate(entries):
        y = top + (i + 0.5) * _LINE
        mark = _seat_paint(entry.style, entry.color, _FONT * 0.45)
        lines.append(
            f'<circle class="legend-mark" cx="{-_UNIT + _FONT / 2:g}" cy="{y:g}" {mark}/>'
            f'<text x="{-_UNIT + 1.6 * _FONT:g}" y="{y + _FONT * 0.35:g}" font-size="{_FONT}" '
            f'fill="{_TEXT}">{escape(entry.text)}</text>'
        )
    return f'<g class="legend">{"".join(lines)}</g>'
