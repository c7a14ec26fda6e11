"""The parliament chart as a standalone SVG document: the one SVG writer of the project.

:func:`result_svg` draws a Result: the CLI's export (``core.io.export``), the app's SVG file,
its export preview and the PDF report all call it, so they are one drawing. It is written as
text: no Qt and no pyqtgraph exporter (pyqtgraph 0.14's SVGExporter breaks on PySide6 >= 6.11,
measured here). :func:`svg_document` draws any seats given as plain data, runs of alike seats left
to right (``core.chart.seating.SeatGroup`` or anything with ``count``, ``style``, ``color`` and
``tooltip``): one ``<circle class="seat">`` per seat, in the desktop chart's look
(``core.chart.seating.LOOK``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol
from xml.sax.saxutils import escape, quoteattr

import numpy as np

from core.chart.hemicycle import hemicycle_layout, majority_line_points
from core.chart.seating import (
    AFFILIATED,
    APPOINTED,
    BONUS,
    DISTRICT,
    LEVELLING,
    LOOK,
    OVERHANG,
    UNSEATED,
    chart_content,
)
from core.rules.result import Result

__all__ = ["LegendLine", "SeatRun", "result_svg", "svg_document"]

# SVG units per layout unit (outer radius): font sizes in whole units, which Qt's SVG renderer
# needs (it rounds font sizes to whole pixels before scaling).
UNIT = 500
_FONT = 22  # legend and majority label text size
_LINE = 1.5 * _FONT
_MARGIN = 20
# The district seat's centre dot ends here, as a share of the radius of its stroked circle.
_TARGET_STOP = LOOK.target_dot / (1 - LOOK.target_ring)


class SeatRun(Protocol):
    """``count`` neighbouring seats drawn alike (``core.chart.seating.SeatGroup``)."""

    count: int
    style: str
    color: str
    tooltip: str


class LegendLine(Protocol):
    """A legend line: a sample seat (``style``, ``color``) and its ``text``."""

    style: str
    color: str

    @property
    def text(self) -> str: ...


def result_svg(result: Result) -> str:
    """The chart of ``result`` as an SVG document, as the desktop chart shows it: its seats
    (``core.chart.seating.chart_content``), majority line and label, total, and its legend (parties,
    the style key, district winners not seated)."""
    chart = chart_content(result)
    return svg_document(chart.groups, chart.legend, chart.majority)


def svg_document(groups: Sequence[SeatRun], legend: Sequence[LegendLine] = (),
                 majority_label: str = "") -> str:
    """The chart as an SVG document: seats, majority line and label, total, legend.

    Exactly one ``<circle class="seat">`` per seat, left to right (a district seat's centre
    dot and an appointed seat's hatching are fills of that one element), each with a
    ``<title>`` tooltip and its style in ``data-style``. The origin is the centre of the arc,
    the outer radius :data:`UNIT` units. Raises ValueError for a negative seat count.
    """
    negative = [g.count for g in groups if g.count < 0]
    if negative:
        raise ValueError(f"seat counts must be zero or more, got {negative[0]}")
    layout = hemicycle_layout(sum(g.count for g in groups))
    looks = [(g.style, g.color) for g in groups] + [(e.style, e.color) for e in legend]
    left, top = -UNIT - _MARGIN, -UNIT - _MARGIN - _LINE
    width = 2 * (UNIT + _MARGIN)
    height = -top + _MARGIN + len(legend) * _LINE + _MARGIN
    (_, y1), (_, y2) = majority_line_points(layout)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height:.0f}" '
        f'viewBox="{left} {top} {width} {height:.0f}" '
        'font-family="DejaVu Sans, Arial, sans-serif">',
        _defs(looks),
        f'<rect x="{left}" y="{top}" width="{width}" height="{height:.0f}" fill="#ffffff"/>',
        f'<line class="majority-line" x1="0" y1="{-y1 * UNIT:g}" x2="0" '
        f'y2="{-y2 * UNIT - _MARGIN / 2:g}" stroke="{LOOK.majority_line}" '
        'stroke-width="1.5" stroke-dasharray="8 6"/>',
        f'<text class="majority" x="0" y="{-UNIT - _MARGIN:g}" font-size="{_FONT}" '
        f'text-anchor="middle" fill="{LOOK.text}">{escape(majority_label)}</text>',
        *_seats(groups, layout.x * UNIT, layout.y * UNIT,
                layout.radius * UNIT * LOOK.dot_fill),
        f'<text class="total" x="0" y="-24" font-size="{round(0.12 * UNIT)}" '
        f'font-weight="bold" text-anchor="middle" fill="{LOOK.text}">'
        f"{layout.seats} seats</text>",
        _legend(legend, top=_MARGIN),
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


def _defs(looks: list[tuple[str, str]]) -> str:
    """Fills that need a definition: the district target and the appointed hatching."""
    defs = []
    for style, color in sorted(set(looks)):
        c = quoteattr(color)
        if style == DISTRICT:  # a coloured centre dot on white, inside the stroked ring
            stop = f'offset="{_TARGET_STOP:.3f}"'
            defs.append(f'<radialGradient id="{_fill_id(style, color)}"><stop {stop} '
                        f'stop-color={c}/><stop {stop} stop-color="{LOOK.empty_fill}"/>'
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
    stroke, dashes = c, ""
    if style == DISTRICT:
        fill = quoteattr(f"url(#{_fill_id(style, color)})")
        ring = 2 * r * LOOK.target_ring
    elif style == APPOINTED:
        fill = quoteattr(f"url(#{_fill_id(style, color)})")
        ring = 2 * r * LOOK.ring
    elif style == AFFILIATED:
        fill, ring = quoteattr(LOOK.affiliated_fill), 2 * r * LOOK.ring
    elif style == OVERHANG:
        fill, ring, stroke = c, 2 * r * LOOK.bold_ring, quoteattr(LOOK.outline)
    elif style == LEVELLING:
        fill, ring, stroke = c, 2 * r * LOOK.ring, quoteattr(LOOK.outline)
        dash, gap = LOOK.levelling_dashes
        dashes = f' stroke-dasharray="{dash * ring:.2f} {gap * ring:.2f}"'
    elif style == BONUS:
        fill, ring, stroke = c, 2 * r * LOOK.ring, quoteattr(LOOK.empty_fill)
    elif style == UNSEATED:
        fill, ring = quoteattr(LOOK.empty_fill), 2 * r * LOOK.thin_ring
    else:
        return f'r="{r:.2f}" fill={c}'
    return f'r="{r - ring / 2:.2f}" fill={fill} stroke={stroke} stroke-width="{ring:.2f}"{dashes}'


def _seats(groups: Sequence[SeatRun], x: np.ndarray, y: np.ndarray, r: float) -> list[str]:
    """One ``<circle class="seat">`` per seat, left to right (y flipped: SVG's y points down)."""
    elements = []
    seat = 0
    for group in groups:
        paint = _seat_paint(group.style, group.color, r)
        title = f"<title>{escape(group.tooltip)}</title>"
        style = quoteattr(group.style)
        for _ in range(group.count):
            elements.append(
                f'<circle class="seat" data-style={style} cx="{x[seat]:.2f}" '
                f'cy="{-y[seat]:.2f}" {paint}>{title}</circle>'
            )
            seat += 1
    return elements


def _legend(entries: Sequence[LegendLine], top: float) -> str:
    """Legend entries one per line under the chart, each with a sample seat."""
    lines = []
    for i, entry in enumerate(entries):
        y = top + (i + 0.5) * _LINE
        mark = _seat_paint(entry.style, entry.color, _FONT * 0.45)
        lines.append(
            f'<circle class="legend-mark" cx="{-UNIT + _FONT / 2:g}" cy="{y:g}" {mark}/>'
            f'<text x="{-UNIT + 1.6 * _FONT:g}" y="{y + _FONT * 0.35:g}" font-size="{_FONT}" '
            f'fill="{LOOK.text}">{escape(entry.text)}</text>'
        )
    return f'<g class="legend">{"".join(lines)}</g>'
