"""A read-only table model of prepared rows: the analysis, comparison and simulation tables.

Each table is a list of ``Cell`` rows built by a pure function from core data (easy to test,
no Qt logic per table); this model only shows them. Numbers are right-aligned, a cell may
carry a tooltip (the exact value behind a rounded one), a colour swatch, a text colour and
bold or italic text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.qt_names import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    ALIGNMENT,
    BACKGROUND,
    DECORATION,
    DISPLAY,
    FONT,
    FOREGROUND,
    HORIZONTAL,
    NO_FLAGS,
    SELECTABLE,
    TOOLTIP,
)
from ui.text import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex
RESIZE_PRECISION = 60  # rows read to size a column to its contents


@dataclass(frozen=True)
class Cell:
    """One shown cell: its text and how it looks."""

    text: str = ""
    tip: str | None = None
    number: bool = False  # right-aligned
    swatch: str | None = None  # a colour shown before the text (party colour)
    color: str | None = None  # text colour
    bold: bool = False
    italic: bool = False
    background: str | None = None


def number(text: str, tip: str | None = None, **look) -> Cell:
    """A right-aligned cell."""
    return Cell(text, tip, number=True, **look)


class RowsModel(QAbstractTableModel):
    """Shows ``headers`` and rows of ``Cell``; ``set_rows`` replaces them all."""

    def __init__(self, headers: Sequence[str], tips: Sequence[str | None] = (),
                 parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._tips = list(tips) + [None] * (len(headers) - len(tips))
        self._rows: list[list[Cell]] = []

    def set_rows(self, rows: Sequence[Sequence[Cell]], headers: Sequence[str] | None = None,
                 tips: Sequence[str | None] = ()) -> None:
        """Replace the rows (and, optionally, the headers: a table whose columns follow the
        data, such as one column per compared method)."""
        width = len(headers) if headers is not None else len(self._headers)
        if any(len(row) != width for row in rows):
            raise ValueError(f"every row needs {width} cells")
        if (headers is None or list(headers) == self._headers) and len(rows) == len(self._rows):
            # Same shape (an edit's new result): repaint the cells, not a full reset.
            if headers is not None:
                self._tips = list(tips) + [None] * (len(headers) - len(tips))
            self._rows = [list(row) for row in rows]
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, len(self._headers) - 1))
            return
        self.beginResetModel()
        if headers is not None:
            self._headers = list(headers)
            self._tips = list(tips) + [None] * (len(headers) - len(tips))
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell:
        """The cell shown at (row, column)."""
        return self._rows[row][column]

    def column_texts(self, column: int) -> list[str]:
        """The texts of one column, top to bottom (tests, exports)."""
        return [row[column].text for row in self._rows]

    def headers(self) -> list[str]:
        return list(self._headers)

    # ---------------------------------------------------------------- Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY):
        if orientation == HORIZONTAL and 0 <= section < len(self._headers):
            if role == DISPLAY:
                return self._headers[section]
            if role == TOOLTIP:
                return self._tips[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        return SELECTABLE

    def data(self, index: _Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role == DISPLAY:
            return cell.text
        if role == TOOLTIP:
            return plain_tooltip(cell.tip)
        if role == ALIGNMENT:
            return ALIGN_RIGHT if cell.number else ALIGN_LEFT
        if role == DECORATION and cell.swatch:
            return QColor(cell.swatch)
        if role == FOREGROUND and cell.color:
            return QBrush(QColor(cell.color))
        if role == BACKGROUND and cell.background:
            return QBrush(QColor(cell.background))
        if role == FONT and (cell.bold or cell.italic):
            font = QFont()
            font.setBold(cell.bold)
            font.setItalic(cell.italic)
            return font
        return None


def read_only_table(model: QAbstractTableModel, stretch: int | None = 0) -> QTableView:
    """A compact, read-only, selectable table for ``model``; column ``stretch`` takes the
    spare width (None: none does)."""
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    # Widths from the first rows only: Qt reads every row otherwise (a 650-district table
    # re-measured on each what-if step); the rows further down look alike.
    header.setResizeContentsPrecision(RESIZE_PRECISION)
    header.setStretchLastSection(False)
    if stretch is not None:
        model.modelReset.connect(lambda: _stretch(view, stretch))
        _stretch(view, stretch)
    return view


def _stretch(view: QTableView, column: int) -> None:
    if column < view.model().columnCount():
        view.horizontalHeader().setSectionResizeMode(column, QHeaderView.Stretch)


def fit_height(view: QTableView, max_rows: int | None = None) -> None:
    """Keep ``view`` exactly as tall as its rows (at most ``max_rows``, then it scrolls), so a
    short table leaves no empty box below it; follows the model's resets."""

    def fit() -> None:
        rows = view.model().rowCount()
        shown = rows if max_rows is None else min(rows, max_rows)
        height = (view.horizontalHeader().sizeHint().height()
                  + shown * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth())
        if view.horizontalScrollBar().isVisible() or view.horizontalScrollBar().maximum():
            height += view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(height)

    view.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
    view.model().modelReset.connect(fit)
    view.horizontalScrollBar().rangeChanged.connect(lambda *_: fit())
    fit()


def scrolled_page(owner: QWidget) -> QWidget:
    """A page filling ``owner`` that scrolls when taller than it (a long panel in a tab)."""
    page = QWidget()
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return page
