"""The parliament chart as a standalone SVG document: the one SVG writer of the project.

:func:`result_svg` draws a Result: the CLI's export (``core.io.export``), the app's SVG file,
its export preview and the PDF report all call it, so they are one drawing. It is written as
text: no Qt and no pyqtgraph exporter (pyqtgraph 0.14's SVGExporter breaks on PySide6 >= 6.11,
measured here). :func:`svg_document` draws any seats given as plain data, runs of alike seats left
to right (``core.chart.seating.SeatGroup`` or anything with ``count``, ``style``, ``color`` and
``tooltip``): one ``<circle class="seat">`` per seat, in the desktop chart's look
(``core.chart.styles``), placed by a chart layout (``core.chart.layouts``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol
from xml.sax.saxutils import escape, quoteattr

import numpy as np

from core.chart.geometry import ChartGeometry
from core.chart.layouts import DEFAULT_LAYOUT, place_seats
from core.chart.seating import chart_content, total_text
from core.chart.styles import HATCH, LOOK, SeatStyle, seat_style
from core.rules.result import Result

__all__ = ["LegendLine", "SeatRun", "result_svg", "svg_document"]

# SVG units per layout unit (outer radius): font sizes in whole units, which Qt's SVG renderer
# needs (it rounds font sizes to whole pixels before scaling).
UNIT = 500
_FONT = 22  # legend and majority label text size
_LINE = 1.5 * _FONT
_MARGIN = 20


class SeatRun(Protocol):
    """``count`` neighbouring seats drawn alike (``core.chart.seating.SeatGroup``)."""

    @property
    def count(self) -> int: ...
    @property
    def style(self) -> str: ...
    @property
    def color(self) -> str: ...
    @property
    def tooltip(self) -> str: ...


class LegendLine(Protocol):
    """A legend line: a sample seat (``style``, ``color``) and its ``text``."""

    @property
    def style(self) -> str: ...
    @property
    def color(self) -> str: ...
    @property
    def text(self) -> str: ...


def result_svg(result: Result, layout: str = DEFAULT_LAYOUT, lang: str = "en") -> str:
    """The chart of ``result`` as an SVG document, as the desktop chart shows it: its seats
    (``core.chart.seating.chart_content``) placed by the chart layout ``layout``
    (``core.chart.layouts``), majority line and label, total, and its legend (parties, the
    style key, district winners not seated), worded in ``lang``."""
    chart = chart_content(result, lang)
    geometry = place_seats(sum(g.count for g in chart.groups), layout)
    return svg_document(chart.groups, chart.legend, chart.majority, geometry, lang)


def svg_document(groups: Sequence[SeatRun], legend: Sequence[LegendLine] = (),
                 majority_label: str = "", geometry: ChartGeometry | None = None,
                 lang: str = "en") -> str:
    """The chart as an SVG document: seats, majority line and label, total, legend.

    Exactly one ``<circle class="seat">`` per seat, in chart order (a district seat's centre
    dot and an appointed seat's hatching are fills of that one element), each with a
    ``<title>`` tooltip and its style in ``data-style``; every style is drawn from its
    description in ``core.chart.styles``. The seats go where ``geometry`` puts them (by
    default the default layout's). The origin is the layout's, its unit :data:`UNIT` SVG
    units. Raises ValueError for a negative seat count.
    """
    negative = [g.count for g in groups if g.count < 0]
    if negative:
        raise ValueError(f"seat counts must be zero or more, got {negative[0]}")
    if geometry is None:
        geometry = place_seats(sum(g.count for g in groups))
    left_edge, bottom_edge, right_edge, top_edge = geometry.bounds
    looks = [(g.style, g.color) for g in groups] + [(e.style, e.color) for e in legend]
    left, top = left_edge * UNIT - _MARGIN, -top_edge * UNIT - _MARGIN - _LINE
    width = (right_edge - left_edge) * UNIT + 2 * _MARGIN
    legend_top = -bottom_edge * UNIT + _MARGIN
    height = -top - bottom_edge * UNIT + _MARGIN + len(legend) * _LINE + _MARGIN
    middle = (left_edge + right_edge) / 2 * UNIT
    total_x, total_bottom, _, _ = geometry.total_box
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:.0f}" '
        f'viewBox="{left:g} {top} {width:g} {height:.0f}" '
        'font-family="DejaVu Sans, Arial, sans-serif">',
        _defs(looks),
        f'<rect x="{left:g}" y="{top}" width="{width:g}" height="{height:.0f}" fill="#ffffff"/>',
        _majority_line(geometry),
        f'<text class="majority" x="{middle:g}" y="{-top_edge * UNIT - _MARGIN:g}" '
        f'font-size="{_FONT}" text-anchor="middle" fill="{LOOK.text}">'
        f"{escape(majority_label)}</text>",
        *_seats(groups, geometry.x * UNIT, geometry.y * UNIT,
                geometry.radius * UNIT * LOOK.dot_fill),
        f'<text class="total" x="{total_x * UNIT:g}" y="{-total_bottom * UNIT - 24:g}" '
        f'font-size="{round(0.12 * UNIT)}" font-weight="bold" text-anchor="middle" '
        f'fill="{LOOK.text}">{escape(total_text(geometry.seats, lang))}</text>',
        _legend(legend, left=left_edge * UNIT, top=legend_top),
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


def _majority_line(geometry: ChartGeometry) -> str:
    """The dashed majority line, drawn half a margin beyond its outer end."""
    (x1, y1), (x2, y2) = geometry.majority_line
    dx, dy = geometry.majority_direction()
    beyond = _MARGIN / 2
    return (f'<line class="majority-line" x1="{x1 * UNIT:g}" y1="{-y1 * UNIT:g}" '
            f'x2="{x2 * UNIT + dx * beyond:g}" y2="{-y2 * UNIT - dy * beyond:g}" '
            f'stroke="{LOOK.majority_line}" stroke-width="1.5" stroke-dasharray="8 6"/>')


def _defs(looks: list[tuple[str, str]]) -> str:
    """Fills that need a definition: a target's centre dot and a hatching."""
    defs = []
    for name, color in sorted(set(looks)):
        style = seat_style(name)
        c = quoteattr(color)
        outline = style.outline_color(color)
        if style.centre_dot and outline:  # a dot in the outline's colour on the fill
            stop = f'offset="{style.centre_dot / (1 - style.outline_width):.3f}"'
            defs.append(f'<radialGradient id="{_fill_id(name, color)}"><stop {stop} '
                        f"stop-color={quoteattr(outline)}/><stop {stop} "
                        f"stop-color={quoteattr(style.fill_color(color))}/></radialGradient>")
        elif style.fill == HATCH:
            defs.append(f'<pattern id="{_fill_id(name, color)}" patternUnits="userSpaceOnUse" '
                        'width="6" height="6" patternTransform="rotate(45)">'
                        f'<rect width="6" height="6" fill="{LOOK.empty_fill}"/>'
                        f'<line x1="0" y1="0" x2="0" y2="6" stroke={c} stroke-width="2"/>'
                        "</pattern>")
    return f"<defs>{''.join(defs)}</defs>"


def _fill_id(style: str, color: str) -> str:
    return f"{style}-" + "".join(ch for ch in color if ch.isalnum())


def _seat_paint(name: str, color: str, r: float) -> str:
    """Radius, fill and stroke attributes of a seat of outer radius ``r``, from its style.

    An outline is a stroke inside ``r``, so every seat has the same outer size.
    """
    style = seat_style(name)
    if style.centre_dot or style.fill == HATCH:
        fill = quoteattr(f"url(#{_fill_id(name, color)})")
    else:
        fill = quoteattr(style.fill_color(color))
    outline = style.outline_color(color)
    if outline is None:
        return f'r="{r:.2f}" fill={fill}'
    ring = 2 * r * style.outline_width
    dashes = ""
    if style.dashes:
        dash, gap = style.dashes
        dashes = f' stroke-dasharray="{dash * ring:.2f} {gap * ring:.2f}"'
    return (f'r="{r - ring / 2:.2f}" fill={fill} stroke={quoteattr(outline)} '
            f'stroke-width="{ring:.2f}"{dashes}')


def _cross(style: SeatStyle, color: str, cx: float, cy: float, r: float) -> str:
    """The strokes that cross out a mark of ``style`` (none if it is not crossed)."""
    outline = style.outline_color(color)
    if not style.crossed or outline is None:
        return ""
    a = 2 * r * LOOK.cross
    return (f'<path class="cross" d="M{cx - a:g} {cy - a:g}L{cx + a:g} {cy + a:g}'
            f'M{cx + a:g} {cy - a:g}L{cx - a:g} {cy + a:g}" stroke={quoteattr(outline)} '
            f'stroke-width="{2 * r * style.outline_width:.2f}"/>')


def _seats(groups: Sequence[SeatRun], x: np.ndarray, y: np.ndarray, r: float) -> list[str]:
    """One ``<circle class="seat">`` per seat, in chart order (y flipped: SVG's y points down)."""
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


def _legend(entries: Sequence[LegendLine], left: float, top: float) -> str:
    """Legend entries one per line under the chart, each with a sample seat."""
    lines = []
    r = _FONT * 0.45
    for i, entry in enumerate(entries):
        x, y = left + _FONT / 2, top + (i + 0.5) * _LINE
        mark = _seat_paint(entry.style, entry.color, r)
        lines.append(
            f'<circle class="legend-mark" cx="{x:g}" cy="{y:g}" {mark}/>'
            f"{_cross(seat_style(entry.style), entry.color, x, y, r)}"
            f'<text x="{left + 1.6 * _FONT:g}" y="{y + _FONT * 0.35:g}" font-size="{_FONT}" '
            f'fill="{LOOK.text}">{escape(entry.text)}</text>'
        )
    return f'<g class="legend">{"".join(lines)}</g>'
