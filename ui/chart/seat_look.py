"""How a seat style looks on screen: the symbol path, pen and brush the chart and its legend
paint it with, from the style's description (``core.chart.styles``), as the SVG draws it.
Cached objects: pyqtgraph's symbol atlas keys on their identity."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF

from core.chart.styles import HATCH, LOOK, seat_style, shape_points


@functools.cache
def _shape(shape: str, scale: float, crossed: bool) -> QPainterPath:
    """The symbol of ``shape`` at ``scale`` of its full size, in dot diameters (y down, as
    pyqtgraph draws symbols), crossed out if asked (the legend's unseated winner)."""
    path = QPainterPath()
    points = shape_points(shape)
    if points:
        path.addPolygon(QPolygonF([QPointF(x * scale, -y * scale) for x, y in points]))
        path.closeSubpath()
    else:
        path.addEllipse(QPointF(0, 0), 0.5 * scale, 0.5 * scale)
    if crossed:
        for x in (-LOOK.cross, LOOK.cross):
            path.moveTo(x, -LOOK.cross)
            path.lineTo(-x, LOOK.cross)
    return path


@functools.cache
def _pen(color: str, width: float) -> QPen:
    """An outline that scales with the dot (not cosmetic: width in dot diameters)."""
    pen = QPen(QColor(color), width)
    pen.setCosmetic(False)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


@functools.cache
def no_pen() -> QPen:
    return QPen(Qt.PenStyle.NoPen)


@functools.cache
def brush(color: str, pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern) -> QBrush:
    return QBrush(QColor(color), pattern)


@functools.cache
def seat_look(style: str, color: str) -> tuple[QPainterPath, QPen, QBrush]:
    """The symbol path, pen and brush of one seat style in one colour (cached objects), drawn
    from the style's description (``core.chart.styles``), as the SVG writer draws it."""
    look = seat_style(style)
    outline = look.outline_color(color)
    path = _shape(look.shape, look.inset, look.crossed)
    pen = no_pen() if outline is None else _pen(outline, look.outline_width)
    if look.fill == HATCH:
        return path, pen, brush(look.fill_color(color), Qt.BrushStyle.BDiagPattern)
    return path, pen, brush(look.fill_color(color))
