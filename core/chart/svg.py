"""The parliament chart as a standalone SVG document: the one SVG writer of the project.

:func:`result_svg` draws a Result: the CLI's export (``core.io.export``), the app's SVG file,
its export preview and the PDF report all call it, so they are one drawing. It is written as
text: no Qt and no pyqtgraph exporter (pyqtgraph 0.14's SVGExporter breaks on PySide6 >= 6.11,
measured here). :func:`svg_document` draws any seats given as plain data, runs of alike seats
in chart order (``core.chart.seating.SeatGroup`` or anything with ``count``, ``style``,
``color`` and ``tooltip``): one element of class ``seat`` per seat (a ``<circle>`` or, for
the other shapes, a ``<path>``), in the desktop chart's look (``core.chart.styles``), placed by
a chart layout (``core.chart.layouts``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol
from xml.sax.saxutils import escape, quoteattr

import numpy as np

from core.chart.geometry import ChartGeometry
from core.chart.layouts import DEFAULT_LAYOUT, place_seats
from core.chart.legend import caption, total_text
from core.chart.seating import chart_content
from core.chart.styles import HATCH, LOOK, SeatStyle, seat_style, shape_points
from core.rules.result import Result

__all__ = ["LegendLine", "SeatRun", "result_svg", "svg_document"]

# SVG units per layout unit (outer radius): font sizes in whole units, which Qt's SVG renderer
# needs (it rounds font sizes to whole pixels before scaling).
UNIT = 500
_FONT = 22  # legend and majority label text size
_TITLE = 30  # the caption's title
_LINE = 1.5 * _FONT
_MARGIN = 20
_EM = 0.62  # DejaVu Sans's widest usual characters, in font sizes: to fit a caption's width


class SeatRun(Protocol):
    """``count`` neighbouring seats drawn alike (``core.chart.seating.SeatGroup``); among the
    government's (a halo) when ``government``."""

    @property
    def count(self) -> int: ...
    @property
    def style(self) -> str: ...
    @property
    def color(self) -> str: ...
    @property
    def tooltip(self) -> str: ...
    @property
    def government(self) -> bool: ...


class LegendLine(Protocol):
    """A legend line: a sample seat (``style``, ``color``), a ``name`` that may be cut to
    fit and a ``count`` that is never cut (``core.chart.legend.LegendEntry``)."""

    @property
    def style(self) -> str: ...
    @property
    def color(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def count(self) -> str: ...


def result_svg(result: Result, layout: str = DEFAULT_LAYOUT, lang: str = "en",
               captioned: bool = True, **options: Any) -> str:
    """The chart of ``result`` as an SVG document, as the desktop chart shows it: its seats
    (``core.chart.seating.chart_content``) placed by the chart layout ``layout`` with its
    ``options`` (``core.chart.layouts``), majority line and label, total, and its legend
    (parties, the style key, the government, district winners not seated); with
    ``captioned``, the title above and the date, source and "made with SeatCalc" below."""
    chart = chart_content(result, layout, lang)
    geometry = place_seats(chart.seats, layout, chart.benches, **options)
    return svg_document(chart.groups, chart.legend, chart.majority, geometry, chart.total,
                        caption(result.scenario, lang) if captioned else None, chart.speaker)


def svg_document(groups: Sequence[SeatRun], legend: Sequence[LegendLine] = (),
                 majority_label: str = "", geometry: ChartGeometry | None = None,
                 total: str | None = None, captions: tuple[str, str] | None = None,
                 speaker: str = "Speaker") -> str:
    """The chart as an SVG document: seats, majority line and label, total, legend and the
    caption (title, footer) if given.

    Exactly one element of class ``seat`` per seat, in chart order, each with a ``<title>``
    tooltip and its style in ``data-style``; every style is drawn from its description in
    ``core.chart.styles``. Seats of a group with ``government`` set sit on a halo. The seats
    go where ``geometry`` puts them (by default the default layout's). The origin is the
    layout's, its unit :data:`UNIT` SVG units. Raises ValueError for a negative seat count.
    """
    negative = [g.count for g in groups if g.count < 0]
    if negative:
        raise ValueError(f"seat counts must be zero or more, got {negative[0]}")
    if geometry is None:
        geometry = place_seats(sum(g.count for g in groups))
    left_edge, bottom_edge, right_edge, top_edge = geometry.bounds
    looks = [(g.style, g.color) for g in groups] + [(e.style, e.color) for e in legend]
    title_room = 1.6 * _TITLE if captions else 0
    left, top = left_edge * UNIT - _MARGIN, -top_edge * UNIT - _MARGIN - _LINE - title_room
    width = (right_edge - left_edge) * UNIT + 2 * _MARGIN
    legend_top = -bottom_edge * UNIT + _MARGIN
    columns, rows = _legend_grid(legend, (right_edge - left_edge) * UNIT)
    footer_top = legend_top + rows * _LINE
    height = (footer_top + (_LINE if captions else 0) + _MARGIN) - top
    middle = (left_edge + right_edge) / 2 * UNIT
    total_x, total_bottom, _, total_height = geometry.total_box
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:.0f}" '
        f'viewBox="{left:g} {top:g} {width:g} {height:.0f}" '
        'font-family="DejaVu Sans, Arial, sans-serif">',
        _defs(looks),
        f'<rect x="{left:g}" y="{top:g}" width="{width:g}" height="{height:.0f}" fill="#ffffff"/>',
        _majority_line(geometry),
        f'<text class="majority" x="{middle:g}" y="{-top_edge * UNIT - _MARGIN:g}" '
        f'font-size="{_FONT}" text-anchor="middle" fill="{LOOK.text}">'
        f"{escape(majority_label)}</text>",
        _halo(groups, geometry),
        _speaker(geometry, speaker),
        *_seats(groups, geometry.x * UNIT, geometry.y * UNIT,
                geometry.radius * UNIT * LOOK.dot_fill),
        f'<text class="total" x="{total_x * UNIT:g}" '
        f'y="{-(total_bottom + 0.18 * total_height) * UNIT:g}" '
        f'font-size="{round(min(0.12, 0.75 * total_height) * UNIT)}" font-weight="bold" '
        f'text-anchor="middle" fill="{LOOK.text}">'
        f"{escape(total or total_text(geometry.seats))}</text>",
        _legend(legend, left_edge * UNIT, legend_top, columns, rows,
                (right_edge - left_edge) * UNIT),
    ]
    if captions:
        title, footer = captions
        room = width - 2 * _MARGIN
        small = round(_FONT * 0.8)
        parts += [f'<text class="caption-title" x="{left + _MARGIN:g}" '
                  f'y="{top + _MARGIN + _TITLE:g}" font-size="{_TITLE}" font-weight="bold" '
                  f'fill="{LOOK.text}">{escape(_fit(title, room, _TITLE))}</text>',
                  f'<text class="caption" x="{left + _MARGIN:g}" y="{footer_top + _FONT:g}" '
                  f'font-size="{small}" fill="#555555">{escape(_fit(footer, room, small))}'
                  "</text>"]
    return "\n".join([*parts, "</svg>"]) + "\n"


def _fit(text: str, width: float, font: float) -> str:
    """``text`` cut with "…" to fit ``width`` at ``font`` (estimated: an SVG has no metrics)."""
    most = max(int(width / (_EM * font)), 1)
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


def _majority_line(geometry: ChartGeometry) -> str:
    """The dashed majority line, drawn half a margin beyond its outer end."""
    (x1, y1), (x2, y2) = geometry.majority_line
    dx, dy = geometry.majority_direction()
    beyond = _MARGIN / 2
    return (f'<line class="majority-line" x1="{x1 * UNIT:g}" y1="{-y1 * UNIT:g}" '
            f'x2="{x2 * UNIT + dx * beyond:g}" y2="{-y2 * UNIT - dy * beyond:g}" '
            f'stroke="{LOOK.majority_line}" stroke-width="1.5" stroke-dasharray="8 6"/>')


def _halo(groups: Sequence[SeatRun], geometry: ChartGeometry) -> str:
    """A disc in the government's colour behind each of its seats: one tinted region."""
    chosen = np.repeat([g.government for g in groups], [g.count for g in groups]).astype(bool)
    r = geometry.radius * UNIT * LOOK.halo
    discs = "".join(f'<circle cx="{x:.2f}" cy="{-y:.2f}" r="{r:.2f}"/>'
                    for x, y in zip(geometry.x[chosen] * UNIT, geometry.y[chosen] * UNIT,
                                    strict=True))
    return f'<g class="government" fill="{LOOK.government}">{discs}</g>' if discs else ""


def _speaker(geometry: ChartGeometry, label: str) -> str:
    """The Speaker's chair (a mark, not a seat), where the layout has one."""
    if geometry.speaker is None:
        return ""
    x, y = geometry.speaker[0] * UNIT, -geometry.speaker[1] * UNIT
    a = geometry.radius * UNIT * 0.9
    return (f'<rect class="speaker" x="{x - a:.2f}" y="{y - a:.2f}" width="{2 * a:.2f}" '
            f'height="{2 * a:.2f}" fill="#ffffff" stroke="{LOOK.outline}" '
            f'stroke-width="{a / 4:.2f}"><title>{escape(label)}</title></rect>')


def _defs(looks: list[tuple[str, str]]) -> str:
    """Fills that need a definition: a hatching."""
    defs = []
    for name, color in sorted(set(looks)):
        if seat_style(name).fill == HATCH:
            defs.append(f'<pattern id="{_fill_id(name, color)}" patternUnits="userSpaceOnUse" '
                        'width="6" height="6" patternTransform="rotate(45)">'
                        f'<rect width="6" height="6" fill="{LOOK.empty_fill}"/>'
                        f'<line x1="0" y1="0" x2="0" y2="6" stroke={quoteattr(color)} '
                        'stroke-width="2"/></pattern>')
    return f"<defs>{''.join(defs)}</defs>"


def _fill_id(style: str, color: str) -> str:
    return f"{style}-" + "".join(ch for ch in color if ch.isalnum())


def _shape(style: SeatStyle, cx: float, cy: float, d: float) -> tuple[str, str]:
    """The element and its geometry attributes for a seat of ``style`` centred at (cx, cy)
    in SVG coordinates, ``d`` its dot diameter: the shape inset for its outline."""
    points = shape_points(style.shape)
    scale = d * style.inset
    if not points:
        return "circle", f'cx="{cx:.2f}" cy="{cy:.2f}" r="{0.5 * scale:.2f}"'
    path = "L".join(f"{cx + x * scale:.2f} {cy - y * scale:.2f}" for x, y in points)
    return "path", f'd="M{path}Z"'


def _paint(name: str, color: str, d: float) -> str:
    """Fill and stroke attributes of a seat of style ``name``, ``d`` its dot diameter."""
    style = seat_style(name)
    fill = (f"url(#{_fill_id(name, color)})" if style.fill == HATCH
            else style.fill_color(color))
    outline = style.outline_color(color)
    if outline is None:
        return f"fill={quoteattr(fill)}"
    return (f"fill={quoteattr(fill)} stroke={quoteattr(outline)} "
            f'stroke-width="{d * style.outline_width:.2f}" stroke-linejoin="miter"')


def _cross(style: SeatStyle, color: str, cx: float, cy: float, d: float) -> str:
    """The strokes that cross out a mark of ``style`` (none if it is not crossed)."""
    outline = style.outline_color(color)
    if not style.crossed or outline is None:
        return ""
    a = d * LOOK.cross
    return (f'<path class="cross" d="M{cx - a:g} {cy - a:g}L{cx + a:g} {cy + a:g}'
            f'M{cx + a:g} {cy - a:g}L{cx - a:g} {cy + a:g}" stroke={quoteattr(outline)} '
            f'stroke-width="{d * style.outline_width:.2f}"/>')


def _seats(groups: Sequence[SeatRun], x: np.ndarray, y: np.ndarray, r: float) -> list[str]:
    """One element of class ``seat`` per seat, in chart order (y flipped: SVG's y points
    down); ``r`` is the dot radius."""
    elements = []
    seat = 0
    for group in groups:
        style = seat_style(group.style)
        paint = _paint(group.style, group.color, 2 * r)
        title = f"<title>{escape(group.tooltip)}</title>"
        data = quoteattr(group.style)
        for _ in range(group.count):
            tag, where = _shape(style, x[seat], -y[seat], 2 * r)
            elements.append(f'<{tag} class="seat" data-style={data} {where} {paint}>'
                            f"{title}</{tag}>")
            seat += 1
    return elements


LEGEND_ROWS = 10  # a longer legend flows into columns (down, then across) ...
LEGEND_COLUMNS = 4  # ... at most this many (long names are cut to their column)


def _legend_grid(entries: Sequence[LegendLine], width: float) -> tuple[int, int]:
    """Columns and rows of the legend under a chart ``width`` wide: one column up to
    LEGEND_ROWS entries, else enough columns for LEGEND_ROWS lines each (at most
    LEGEND_COLUMNS), and more if whole lines fit."""
    n = len(entries)
    if n <= LEGEND_ROWS:
        return 1, n
    widest = max(len(_text(e)) for e in entries) * _EM * _FONT + 2 * _FONT
    fit = int(width // widest)
    columns = max(1, min(max(fit, -(-n // LEGEND_ROWS)), LEGEND_COLUMNS))
    return columns, -(-n // columns)


def _text(entry: LegendLine, width: float = 0.0) -> str:
    """The entry's line, its name cut to fit ``width`` (0: as it is), its count whole."""
    count = f" {entry.count}" if entry.count else ""
    if not width:
        return entry.name + count
    return _fit(entry.name, width - len(count) * _EM * _FONT, _FONT) + count


def _legend(entries: Sequence[LegendLine], left: float, top: float, columns: int = 1,
            rows: int | None = None, width: float = 0.0) -> str:
    """Legend entries under the chart, each with a sample seat: in ``columns`` of ``rows``
    lines (down, then across) over ``width``."""
    lines = []
    d = _FONT * 0.9
    rows = rows or len(entries)
    column = width / columns if width else 0.0
    for i, entry in enumerate(entries):
        x = left + _FONT / 2 + (i // rows) * column
        y = top + (i % rows + 0.5) * _LINE
        text = _text(entry, column - 2 * _FONT if columns > 1 else 0.0)
        style = seat_style(entry.style)
        tag, where = _shape(style, x, y, d)
        lines.append(
            f'<{tag} class="legend-mark" {where} {_paint(entry.style, entry.color, d)}/>'
            f"{_cross(style, entry.color, x, y, d)}"
            f'<text x="{x + 1.1 * _FONT:g}" y="{y + _FONT * 0.35:g}" font-size="{_FONT}" '
            f'fill="{LOOK.text}">{escape(text)}</text>'
        )
    return f'<g class="legend">{"".join(lines)}</g>'
