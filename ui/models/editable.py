"""The base of the editable tables (parties, candidates, declared totals, constituencies).

An :class:`EditableTableModel` shows the document's scenario and its Result. A subclass
declares its columns and rows (``headers``, ``row_count``, ``shape``), which cells are
typed in (``editable``), how a typed cell is read (``parse_cell``) and how the cells read
change the scenario (``apply_cells``); this class does the rest the same way for every
table: it follows the document, refuses bad input at the cell with a reason
(``input_refused``), and turns an edit, a pasted block included, into one undo step, or
into nothing at all when any cell is refused (no half-pasted block, nothing left to redo).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from core.model.scenario import Scenario
from core.refusal import Refusal
from core.rules.allocate import Result
from ui.document import Document
from ui.qt_names import DISPLAY, EDIT, EDITABLE, HORIZONTAL, NO_FLAGS, SELECTABLE, TOOLTIP
from ui.text import fill, said

Index = QModelIndex | QPersistentModelIndex
Cells = dict[tuple[int, int], object]


class EditableTableModel(QAbstractTableModel):
    """A table of the document's scenario, edited cell by cell or by pasted blocks."""

    input_refused = Signal(int, int, str)  # row, column, why
    input_accepted = Signal()  # an edit was read (it may change nothing)
    grows = False  # a pasted block may run past the last row (new rows are added)

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.scenario: Scenario = document.scenario
        self.result: Result | None = None
        self._headers: Sequence[str] | None = None  # headers() until scenario or language change
        # A view emits this on a change of language (SheetView.changeEvent): worded anew.
        self.headerDataChanged.connect(self._forget_headers)
        document.changed.connect(self.set_scenario)
        document.result_changed.connect(self.set_result)
        if document.current_result() is not None:
            self.set_result(document.current_result())

    # ---------------------------------------------------------------- declared by a table

    def headers(self) -> Sequence[str]:
        """The column titles for the current scenario."""
        raise NotImplementedError

    def row_count(self) -> int:
        raise NotImplementedError

    def shape(self, scenario: Scenario) -> Hashable:
        """What decides the rows and columns: when it changes the view is reset."""
        raise NotImplementedError

    def editable(self, column: int) -> bool:
        """Whether the cells of ``column`` take a value (typed, pasted or picked)."""
        raise NotImplementedError

    def parse_cell(self, row: int, column: int, raw: object) -> object:
        """The value of a typed cell; raises ValueError (EditError) saying why not."""
        raise NotImplementedError

    def apply_cells(self, scenario: Scenario, cells: Cells) -> Scenario:
        """``scenario`` with the parsed ``cells`` set; raises EditError when they do not
        make a valid scenario together."""
        raise NotImplementedError

    def header_tip(self, column: int) -> str | None:
        return None

    def shown_headers(self) -> Sequence[str]:
        """``headers()``, kept until the scenario or the language changes: Qt asks for the
        column count and titles thousands of times in one repaint."""
        if self._headers is None:
            self._headers = self.headers()
        return self._headers

    def _forget_headers(self) -> None:
        self._headers = None

    def edit_text(self, row: int, column: int) -> str:
        """How the undo history names an edit of one cell."""
        return fill(self.tr("Edit {column}"), column=self.shown_headers()[column])

    # ---------------------------------------------------------------- following the document

    def set_scenario(self, scenario: Scenario) -> None:
        """A reset when the rows or columns change, else a repaint of every cell; the result
        shown stays until the new one comes (an edit repaints once, not twice)."""
        self._forget_headers()
        if self.shape(scenario) != self.shape(self.scenario):
            self.beginResetModel()
            self.scenario, self.result = scenario, None
            self.endResetModel()
            return
        self.scenario = scenario
        self._all_changed()

    def set_result(self, result: Result) -> None:
        if result.scenario is not self.scenario:
            return  # a result for an older scenario; the next one is on its way
        self.result = result
        self._all_changed()

    def _all_changed(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    # ---------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown_headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation != HORIZONTAL:
            return str(section + 1) if role == DISPLAY else None
        if not 0 <= section < self.columnCount():
            return None
        if role == DISPLAY:
            return self.shown_headers()[section]
        if role == TOOLTIP:
            return self.header_tip(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        return EDITABLE if self.editable(index.column()) else SELECTABLE

    def setData(self, index: Index, value, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or not self.editable(index.column()):
            return False
        return self.set_cells({(index.row(), index.column()): value},
                              self.edit_text(index.row(), index.column()))

    # ---------------------------------------------------------------- edits

    def set_cells(self, cells: Cells, text: str) -> bool:
        """Set many cells as one undo step described by ``text``: all of them, or none
        with the first reason when any is refused. Cells of read-only columns are skipped
        (a block copied from the whole table pastes back)."""
        width = self.columnCount()
        typed = {(row, col): raw for (row, col), raw in sorted(cells.items())
                 if 0 <= col < width and self.editable(col)}
        if not typed:
            return False
        first = next(iter(typed))
        last_row = max(row for row, _ in typed)
        if last_row >= self.rowCount() and not self.grows:
            return self._refuse(first, fill(self.tr("the block runs past the last row ({n})"),
                                            n=self.rowCount()))
        parsed = {}
        for (row, col), raw in typed.items():
            try:
                parsed[(row, col)] = self.parse_cell(row, col, raw)
            except Refusal as e:  # a cell that cannot be read: said at the cell
                return self._refuse((row, col), _why(e))
        try:
            scenario = self.apply_cells(self.scenario, parsed)
        except Refusal as e:
            return self._refuse(first, _why(e))
        self.input_accepted.emit()
        self.document.apply(scenario, text)
        return True

    def _refuse(self, cell: tuple[int, int], why: str) -> bool:
        row, col = cell
        self.input_refused.emit(row, col, fill(self.tr("{column}, row {row}: {why}"),
                                               column=self.shown_headers()[col], row=row + 1,
                                               why=why))
        return False


def _why(error: ValueError) -> str:
    """Why a cell was refused, in the window's language when it is a deliberate refusal."""
    return said(error) if isinstance(error, Refusal) else str(error)
