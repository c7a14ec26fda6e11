"""The chart's legend: party entries with a sample seat each and their counts, then the
style key and the notes; one entry per line beside the chart, or wrapped rows below it."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.chart.legend import LegendEntry
from core.chart.styles import LOOK
from ui.chart.seat_look import seat_look


class ChartLegend(QWidget):
    """Party entries with sample seats and counts, then the style key; a column or rows."""

    SWATCH_SCALE = 0.95  # sample seat diameter, in font heights
    GAP = 6
    MARGIN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._blocks: list[list[LegendEntry]] = []
        self._column_mode = False
        self._max_entry = float("inf")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAutoFillBackground(False)

    def set_entries(self, parties: list[LegendEntry], key: list[LegendEntry],
                    notes: Sequence[LegendEntry] = ()) -> None:
        """Show ``parties`` first, then the ``key`` block and the ``notes`` block (unseated
        winners), each on a line (or lines) of its own."""
        self._blocks = [list(block) for block in (parties, key, notes) if block]
        self.update()

    def set_mode(self, column_mode: bool) -> None:
        """One entry per line (beside the chart) or wrapped rows (below it)."""
        if column_mode != self._column_mode:
            self._column_mode = column_mode
            self.update()

    def text(self) -> str:
        """Every entry's text, one per line."""
        return "\n".join(e.text for block in self._blocks for e in block)

    def column_width(self, most: int) -> int:
        """Width that holds the longest entry on one line, but at most ``most`` pixels."""
        widths = [self._full_width(e) for block in self._blocks for e in block]
        return math.ceil(min(max(widths, default=0) + 2 * self.MARGIN, most))

    def set_max_width(self, width: int) -> None:
        """Shorten entries (their names) to fit a legend ``width`` pixels wide."""
        self._max_entry = max(width - 2 * self.MARGIN, 1)
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if not self._blocks:
            return 0
        rects = self._entry_rects(width, column_mode=False)
        return int(max(r.bottom() for _, r in rects) + self.MARGIN)

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.35

    def _swatch(self) -> float:
        return QFontMetricsF(self.font()).height() * self.SWATCH_SCALE

    def _full_width(self, entry: LegendEntry) -> float:
        metrics = QFontMetricsF(self.font())
        return self._swatch() + self.GAP + metrics.horizontalAdvance(entry.text)

    def _entry_width(self, entry: LegendEntry) -> float:
        return min(self._full_width(entry), self._max_entry)

    def _shown_text(self, entry: LegendEntry, width: float) -> str:
        """The entry's text, its name shortened with "…" when the legend is too narrow.

        Decided on the laid-out widths, not at paint time, so that an export painted at another
        pixel ratio (slightly different text widths) shortens exactly the same entries.
        """
        if self._full_width(entry) <= self._max_entry:
            return entry.text
        metrics = QFontMetricsF(self.font())
        count = f" {entry.count}" if entry.count else ""
        room = width - self._swatch() - self.GAP - metrics.horizontalAdvance(count)
        return metrics.elidedText(entry.name, Qt.TextElideMode.ElideRight, room) + count

    def _entry_rects(self, width: float, column_mode: bool) -> list[tuple[LegendEntry, QRectF]]:
        """Where each entry goes: wrapped rows, each block starting on a new row."""
        line = self._line_height()
        spacing = 2.2 * self.GAP
        x, y = self.MARGIN, self.MARGIN
        out = []
        for block in self._blocks:
            for entry in block:
                w = self._entry_width(entry)
                if column_mode or (x > self.MARGIN and x + w > width - self.MARGIN):
                    if x > self.MARGIN:
                        x, y = self.MARGIN, y + line
                out.append((entry, QRectF(x, y, w, line)))
                x += w + spacing
            x, y = self.MARGIN, y + line * (1.3 if column_mode else 1.0)
        return out

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        swatch = self._swatch()
        for entry, rect in self._entry_rects(self.width(), self._column_mode):
            self._paint_entry(painter, entry, rect, swatch)
        painter.end()

    def _paint_entry(self, painter: QPainter, entry: LegendEntry, rect: QRectF,
                     swatch: float) -> None:
        path, pen, brush = seat_look(entry.style, entry.color)
        painter.save()
        painter.translate(rect.left() + swatch / 2, rect.center().y())
        painter.scale(swatch, swatch)
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawPath(path)
        painter.restore()
        painter.setPen(QColor(LOOK.text))
        text_rect = rect.adjusted(swatch + self.GAP, 0, 0, 0)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(text_rect, align | Qt.TextFlag.TextDontClip,
                         self._shown_text(entry, rect.width()))
