"""The hemicycle chart: one dot per seat, a majority line, the total and a legend.

Static (no pan or zoom). Dots are sized in screen pixels (``pxMode``), recomputed whenever the
view's scale changes, so they stay round, crisp and just apart at any window size and pixel
ratio; a new result only replaces the data of one ScatterPlotItem, with QPen/QBrush/path objects
cached per style and colour (pyqtgraph's symbol atlas keys on their identity).
Import this module lazily: it imports pyqtgraph.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QGraphicsLineItem,
    QWidget,
)

from core.chart.geometry import ChartGeometry
from core.chart.layouts import DEFAULT_LAYOUT, place_seats
from core.chart.seating import ChartContent, SeatGroup, chart_content
from core.chart.styles import LOOK
from core.rules.result import Result
from ui import text
from ui.chart.legend_widget import ChartLegend
from ui.chart.seat_look import brush, no_pen, seat_look
from ui.text import plain_tooltip

# Around the seats' bounds (layout units, outer radius 1), room for the labels; the majority
# line runs on beyond the seats, into the room above.
VIEW_MARGIN = 0.02
MAJORITY_BEYOND = 0.04
LEGEND_SHARE = 0.4
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum size"


class HemicycleWidget(QWidget):
    """The parliament chart of one Result: ``set_result(result)`` redraws it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_update_seconds = 0.0
        self._layout_id = DEFAULT_LAYOUT
        self._layout_options: dict[str, float] = {}
        self._result: Result | None = None
        self._lang: str | None = None  # None: the window's language, followed
        self._geometry: ChartGeometry | None = None
        self._placed: tuple | None = None  # what the geometry was placed for
        self._bounds = place_seats(0, self._layout_id).bounds
        self._groups: list[SeatGroup] = []  # their tooltips are rendered on hover
        self._dot_px = 0.0
        self._majority_text = ""
        self._majority_shown: tuple[str, str] = ("", "")
        self._view = pg.GraphicsLayoutWidget()
        self._view.setBackground("w")
        self._view.setAntialiasing(True)
        self._view.ci.setContentsMargins(2, 2, 2, 2)
        # The majority label sits in its own row above the chart, centred like the line below
        # it, so it is never clipped, whatever the size.
        self._majority_label = self._view.addLabel(" ", row=0, col=0, color=LOOK.text)
        self._box = self._view.addViewBox(row=1, col=0, lockAspect=True, enableMouse=False,
                                          enableMenu=False)
        self._show_bounds()
        self._scatter = pg.ScatterPlotItem(pxMode=True, antialias=True, hoverable=True,
                                           tip=self._tip)
        # Behind the seats: the government's halo; beside them, the Speaker's chair.
        self._halo = pg.ScatterPlotItem(pxMode=True, antialias=True, pen=no_pen(),
                                        brush=brush(LOOK.government), symbol="o")
        self._halo.setZValue(-2)
        self._speaker = pg.ScatterPlotItem(pxMode=True, antialias=True, symbol="s",
                                           pen=pg.mkPen(LOOK.outline, width=2),
                                           brush=brush(LOOK.empty_fill))
        for item in (self._halo, self._scatter, self._speaker):
            self._box.addItem(item)
        self._add_labels()
        self._legend = ChartLegend()
        self._box_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._box_layout.setContentsMargins(0, 0, 0, 0)
        self._box_layout.setSpacing(0)
        self._box_layout.addWidget(self._view, 1)
        self._box_layout.addWidget(self._legend)
        self._box_layout.addStretch(0)  # takes what a tall window leaves below the legend
        self._box.sigResized.connect(self._fit_to_view)
        self._box.sigTransformChanged.connect(self._fit_to_view)
        self.setMinimumSize(240, 160)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def _add_labels(self) -> None:
        pen = QPen(QColor(LOOK.majority_line), 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._majority_line = QGraphicsLineItem()
        self._majority_line.setPen(pen)
        self._majority_line.setZValue(-1)  # behind the dots: seen between them
        self._box.addItem(self._majority_line)
        self._total_label = pg.TextItem(color=LOOK.text, anchor=(0.5, 1.0))
        self._box.addItem(self._total_label)

    # ------------------------------------------------------------------ public

    def set_layout(self, layout_id: str, **options: float) -> None:
        """Place the seats by the chart layout ``layout_id`` with its ``options``
        (``core.chart.layouts``); the result shown is redrawn."""
        self._layout_id, self._layout_options = layout_id, options
        if self._result is not None:
            self.set_result(self._result, self._lang)

    def result(self) -> Result | None:
        """The Result drawn (None before the first)."""
        return self._result

    def layout_id(self) -> str:
        """The chart layout the seats are placed by."""
        return self._layout_id

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the legend and labels of the result shown are worded again (the
        window's chart; an exported one keeps the language it was asked for)."""
        if (event.type() == QEvent.Type.LanguageChange and self._result is not None
                and self._lang is None):
            self.set_result(self._result)
        super().changeEvent(event)

    def set_result(self, result: Result, lang: str | None = None) -> None:
        """Draw ``result``: its seats, majority line, total and legend, worded in ``lang``
        (default: the window's language, followed when it changes)."""
        start = time.perf_counter()
        self._result, self._lang = result, lang
        chart = chart_content(result, self._layout_id, lang or text.language)
        groups = chart.groups
        counts = np.array([g.count for g in groups], dtype=np.int64)
        geometry = self._place(chart)
        looks = np.empty((len(groups), 3), dtype=object)  # symbol, pen, brush per group
        for row, group in enumerate(groups):
            looks[row, 0], looks[row, 1], looks[row, 2] = seat_look(group.style, group.color)
        group_of_seat = np.repeat(np.arange(len(groups)), counts)
        per_seat = looks[group_of_seat]
        self._groups = groups
        self._dot_px = self._dot_size()
        self._scatter.setData(
            x=geometry.x, y=geometry.y, data=group_of_seat, size=self._dot_px,
            symbol=per_seat[:, 0], pen=per_seat[:, 1], brush=per_seat[:, 2],
        )
        government = np.repeat([g.government for g in groups], counts).astype(bool)
        self._halo.setData(x=geometry.x[government], y=geometry.y[government],
                           size=self._halo_size())
        speaker = [geometry.speaker] if geometry.speaker else []
        self._speaker.setData(pos=speaker, size=self._dot_px, tip=lambda *_: chart.speaker)
        (x1, y1), (x2, y2) = geometry.majority_line
        dx, dy = geometry.majority_direction()
        self._majority_line.setLine(x1, y1, x2 + dx * MAJORITY_BEYOND, y2 + dy * MAJORITY_BEYOND)
        self._majority_text = chart.majority
        self._total_label.setText(chart.total)
        centre, bottom, _, _ = geometry.total_box
        self._total_label.setPos(centre, bottom + VIEW_MARGIN)
        self._legend.set_entries(chart.parties, chart.key, chart.notes)
        self._fit_labels()
        self._place_legend()
        self.last_update_seconds = time.perf_counter() - start

    def clear(self) -> None:
        """Draw nothing (the scenario has no result): no seats, no legend, no labels."""
        self._result = None
        self._groups = []
        for item in (self._scatter, self._halo, self._speaker):
            item.setData(x=[], y=[])
        self._majority_line.setLine(0, 0, 0, 0)
        self._majority_text = ""
        self._total_label.setText("")
        self._legend.set_entries([], [], [])
        self._fit_labels()
        self._place_legend()

    def _place(self, chart: ChartContent) -> ChartGeometry:
        """The geometry of ``chart``'s seats, placed again only when they or the layout
        change."""
        key = (chart.seats, chart.benches, self._layout_id, tuple(self._layout_options.items()))
        if self._geometry is None or key != self._placed:
            self._geometry = place_seats(chart.seats, self._layout_id, chart.benches,
                                         **self._layout_options)
            self._placed = key
            if self._geometry.bounds != self._bounds:
                self._bounds = self._geometry.bounds
                self._show_bounds()
        return self._geometry

    def dot_pixel_size(self) -> float:
        """The current dot diameter in (logical) pixels."""
        return self._dot_px

    def seat_pixel_positions(self) -> np.ndarray:
        """Seat centres in the view's pixel coordinates, shape (seats, 2) (for tests/checks)."""
        if self._geometry is None:
            return np.empty((0, 2))
        points = [self._box.mapViewToScene(QPointF(x, y))
                  for x, y in zip(self._geometry.x, self._geometry.y, strict=True)]
        return np.array([(p.x(), p.y()) for p in points])

    def tooltips(self) -> list[str]:
        """Every run of seats' tooltip, rendered (on screen, only a hovered seat's is)."""
        return [g.tooltip for g in self._groups]

    def legend_text(self) -> str:
        """The legend as plain text, one entry per line."""
        return self._legend.text()

    def scatter_item(self) -> pg.ScatterPlotItem:
        """The ScatterPlotItem that holds the seats (one spot per seat)."""
        return self._scatter

    def scatter_items(self) -> tuple[pg.ScatterPlotItem, ...]:
        """Every item drawn with symbols: the government's halo, the seats, the Speaker."""
        return self._halo, self._scatter, self._speaker

    def sizeHint(self) -> QSize:
        return QSize(720, 460)

    # ------------------------------------------------------------------ sizing

    def _view_range(self) -> tuple[float, float, float, float]:
        """Left, right, bottom and top of the plane shown: the seats' bounds and margins."""
        left, bottom, right, top = self._bounds
        return (left - VIEW_MARGIN, right + VIEW_MARGIN, bottom - VIEW_MARGIN,
                top + MAJORITY_BEYOND)

    def _show_bounds(self) -> None:
        left, right, bottom, top = self._view_range()
        self._box.setRange(xRange=(left, right), yRange=(bottom, top), padding=0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_legend()

    def _place_legend(self) -> None:
        """Legend to the right or below, whichever leaves the chart larger.

        Beside the chart, the legend takes at most LEGEND_SHARE of the width (long party names
        are shortened with "…", counts never are); its font follows the widget's size.
        """
        width, height = self.width(), self.height()
        self._legend.setFont(_pixel_font(min(max(min(width / 64, height / 30), 10.0), 17.0)))
        left, right, bottom, top = self._view_range()
        aspect = (right - left) / (top - bottom)
        column = self._legend.column_width(int(width * LEGEND_SHARE))
        self._legend.set_max_width(column)
        below = self._legend.heightForWidth(width)
        scale_right = min((width - column) / aspect, height)
        scale_below = min(width / aspect, height - below)
        column_mode = scale_right > scale_below
        self._legend.set_mode(column_mode)
        if column_mode:
            self._box_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            self._legend.setFixedSize(column, max(height, 1))
            self._view.setMaximumHeight(QWIDGETSIZE_MAX)
        else:
            self._legend.set_max_width(width)
            self._box_layout.setDirection(QBoxLayout.Direction.TopToBottom)
            self._legend.setFixedSize(max(width, 1), self._legend.heightForWidth(width))
            # No band of white between the chart and its legend in a tall window.
            label = self._majority_label.boundingRect().height()
            self._view.setMaximumHeight(math.ceil(width / aspect + label + 8))

    def _pixels_per_unit(self) -> float:
        step = self._box.viewPixelSize()[0]
        return 1.0 / step if step > 0 and np.isfinite(step) else 0.0

    def _dot_size(self) -> float:
        """Dot diameter in pixels for the current view scale, rounded to half pixels."""
        if self._geometry is None:
            return 0.0
        size = 2.0 * self._geometry.radius * LOOK.dot_fill * self._pixels_per_unit()
        return max(1.0, round(size * 2.0) / 2.0)

    def _halo_size(self) -> float:
        """The government halo's diameter in pixels: a little more than the seats' spacing,
        so that neighbours' halos merge into one tinted region."""
        return self._dot_px / LOOK.dot_fill * LOOK.halo

    def _fit_to_view(self) -> None:
        """The view's scale changed: resize the dots and the labels to it."""
        size = self._dot_size()
        if size and size != self._dot_px:
            self._dot_px = size
            for item in (self._scatter, self._halo, self._speaker):
                item.fragmentAtlas.clear()  # old sizes would pile up in the atlas
            self._scatter.setSize(size)
            self._speaker.setSize(size)
            self._halo.setSize(self._halo_size())
        self._fit_labels()

    def _fit_labels(self) -> None:
        """The total fills the inner hole; the majority label stays readable."""
        ppu = self._pixels_per_unit()
        if not ppu or self._geometry is None:
            return
        _, _, width, height = self._geometry.total_box
        self._total_label.setFont(_fitted_font(self._total_label.toPlainText(),
                                               width * ppu, height * ppu, bold=True))
        small = min(max(0.035 * ppu, 10.0), 22.0)
        label = (self._majority_text, f"{small:.0f}px")
        if label != self._majority_shown:  # setText re-lays out the chart: only on change
            self._majority_shown = label
            self._majority_label.setText(label[0], size=label[1])

    def _tip(self, x: float, y: float, data: int) -> str:
        return plain_tooltip(self._groups[int(data)].tooltip)


def _pixel_font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def _fitted_font(text: str, width: float, height: float, bold: bool) -> QFont:
    """The largest font (in pixels) whose rendering of ``text`` fits ``width`` x ``height``."""
    probe = _pixel_font(100, bold)
    metrics = QFontMetricsF(probe)
    scale = min(width / max(metrics.horizontalAdvance(text), 1.0),
                height / metrics.height())
    return _pixel_font(max(8.0, 100 * scale), bold)


def render_widget(widget: HemicycleWidget, width_px: int) -> QImage:
    """Paint ``widget`` into a white image ``width_px`` wide (height in proportion).

    Painted at a device pixel ratio of ``width_px / widget.width()``, with the seats in
    export mode (vector paths instead of the on-screen pixmap atlas), so nothing is blurred.
    A widget never shown is laid out offscreen first.
    """
    if not widget.isVisible():
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        widget.show()
        QApplication.processEvents()
    ratio = width_px / max(widget.width(), 1)
    image = QImage(width_px, max(1, round(widget.height() * ratio)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.white)
    items = widget.scatter_items()
    for item in items:
        item.setExportMode(True, {"antialias": True})
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
        for item in items:
            item.setExportMode(False)
    return image
