"""A table view with spreadsheet copy and paste (tab-separated), one undo step per paste."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
)

from ui.models.rows_model import RESIZE_PRECISION
from ui.text import fill


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from spreadsheet clipboard text (tab-separated, one row per line)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return [line.split("\t") for line in lines]


class TextDelegate(QStyledItemDelegate):
    """Every cell is typed as text and the model reads it, refusing with a reason.

    Qt's default editor for a number is a QSpinBox, which silently drops what it cannot read
    (``12,5x`` became 125 votes) and stops at 2**31 - 1.
    """

    def createEditor(self, parent, option, index) -> QLineEdit:
        return QLineEdit(parent)

    def setEditorData(self, editor: QLineEdit, index) -> None:
        value = index.data(Qt.EditRole)
        editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QLineEdit, model, index) -> None:
        model.setData(index, editor.text(), Qt.EditRole)


class SheetView(QTableView):
    """QTableView + Ctrl+C / Ctrl+X / Ctrl+V / Delete like a spreadsheet.

    Its model is an ``EditableTableModel``: a pasted block is one undo step, taken whole
    (new rows included) or refused whole, with the reason at the cell.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setItemDelegate(TextDelegate(self))
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.AnyKeyPressed)
        self.verticalHeader().setDefaultSectionSize(24)
        self._fill: tuple[int, int] | None = None

    def fill_with_column(self, column: int, minimum: int) -> None:
        """Give ``column`` the width the others leave, but never less than ``minimum`` px
        (names stay readable in a narrow window; the table scrolls sideways instead)."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setResizeContentsPrecision(RESIZE_PRECISION)  # not every row on every edit
        header.setSectionResizeMode(column, QHeaderView.Interactive)
        self._fill = (column, minimum)
        header.sectionResized.connect(lambda *_: self._refill())

    def _refill(self) -> None:
        if self._fill is None or self.model() is None:
            return
        column, minimum = self._fill
        header = self.horizontalHeader()
        own = 0 if header.isSectionHidden(column) else header.sectionSize(column)
        others = header.length() - own  # the visible sections' total, without a sum per resize
        width = max(minimum, self.viewport().width() - others)
        if header.sectionSize(column) != width:
            header.resizeSection(column, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refill()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.Copy):
            self.copy()
        elif event.matches(QKeySequence.Paste):
            self.paste()
        elif event.matches(QKeySequence.Cut):
            self.cut()
        elif event.key() == Qt.Key_Delete and self.state() != QAbstractItemView.EditingState:
            self.clear_cells()
        else:
            super().keyPressEvent(event)

    def selected_block(self) -> list[QModelIndex]:
        return sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))

    def copy(self) -> None:
        """Copy the selection as tab-separated text."""
        indexes = self.selected_block()
        if not indexes:
            return
        rows: dict[int, dict[int, str]] = {}
        for i in indexes:
            value = i.data(Qt.EditRole)
            value = i.data(Qt.DisplayRole) if value is None else value
            rows.setdefault(i.row(), {})[i.column()] = "" if value is None else str(value)
        cols = sorted({i.column() for i in indexes})
        text = "\n".join("\t".join(r.get(c, "") for c in cols) for _, r in sorted(rows.items()))
        QGuiApplication.clipboard().setText(text + "\n")

    def cut(self) -> None:
        self.copy()
        self.clear_cells()

    def clear_cells(self) -> None:
        """Set the selected vote cells to 0 (other cells keep their text)."""
        cells = {}
        for i in self.selected_block():
            if isinstance(i.data(Qt.EditRole), int) and i.flags() & Qt.ItemIsEditable:
                cells[(i.row(), i.column())] = "0"
        self.set_cells(cells, self.tr("Clear cells"))

    def paste(self, text: str | None = None) -> bool:
        """Paste a block at the current cell; returns whether it was taken."""
        text = QGuiApplication.clipboard().text() if text is None else text
        block = parse_block(text)
        start = self.currentIndex()
        if not block or not start.isValid():
            return False
        cells = {(start.row() + r, start.column() + c): value
                 for r, line in enumerate(block) for c, value in enumerate(line)
                 if start.column() + c < self.model().columnCount()}
        return self.set_cells(cells, fill(self.tr("Paste {rows}×{columns} cells"),
                                          rows=len(block), columns=len(block[0])))

    def set_cells(self, cells: dict[tuple[int, int], str], text: str) -> bool:
        """Hand ``cells`` to the model as one edit: all taken, or none (refused at a cell)."""
        return bool(cells) and self.model().set_cells(cells, text)

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the model's headings and cells are worded again (they are asked
        for as they are painted)."""
        model = self.model()
        if event.type() == QEvent.Type.LanguageChange and model is not None:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                         max(model.columnCount() - 1, 0))
            self.viewport().update()
        super().changeEvent(event)

    def show_refusal(self, row: int, column: int, message: str) -> None:
        """Say at the cell why the input was refused."""
        rect: QRect = self.visualRect(self.model().index(row, column))
        QToolTip.showText(self.viewport().mapToGlobal(rect.bottomLeft()), message, self)
