"""The results in words and numbers: majority status, seats against votes, indices, ties."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.allocate import Result
from ui.rows_model import Cell, RowsModel, number, read_only_table

COLUMNS = ("Party", "Votes %", "Seats %", "List", "District", "Seats")


def headline(result: Result) -> str:
    """One sentence on who holds what: the first thing an analyst wants to know."""
    m = result.majority
    if m.largest is None:
        return "No seats allocated."
    party = result.party(m.largest)
    seats = f"{party.seats_with_affiliated} of {m.house} seats"
    if party.affiliated_seats:
        seats += f" ({party.seats} + {party.affiliated_seats} self-nominated sitting with it)"
    if m.has_two_thirds:
        status = f"a two-thirds majority ({m.two_thirds} needed)"
    elif m.has_simple:
        status = (f"a simple majority ({m.simple} needed), "
                  f"{m.two_thirds - m.largest_seats} short of two thirds")
    else:
        status = f"no majority alone: {m.simple - m.largest_seats} short of {m.simple}"
    return f"<b>{escape(party.name)}</b> holds {seats}: {status}."


def notes_html(result: Result) -> str:
    """Indices, ties and warnings as short HTML lines."""
    ix = result.indices
    lines = [f"Gallagher index {ix.gallagher:.2f} · Loosemore-Hanby {ix.loosemore_hanby:.2f} · "
             f"effective parties {ix.enp_votes:.2f} (votes), {ix.enp_seats:.2f} (seats)"]
    lines += [f"<span style='color:#8a5300'>Tie — {escape(t.describe())}.</span>"
              for t in result.ties]
    lines += [f"<span style='color:#b00020'>⚠ {escape(w)}</span>" for w in result.warnings]
    return "<br>".join(lines)


class ResultsPanel(QWidget):
    """Read-only view of a Result."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.RichText)
        self.model = RowsModel(COLUMNS, parent=self)
        self.table = read_only_table(self.model, stretch=0)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)

    def show_result(self, result: Result) -> None:
        self.headline.setText(headline(result))
        self.notes.setText(notes_html(result))
        elected = result.seats_total - result.appointed_seats
        rows = [self._party_row(p, elected) for p in result.parties]
        if result.independent_seats:
            sitting = sum(p.affiliated_seats for p in result.parties)
            label = "Self-nominated" + (f" ({sitting} sit with a party, shown as +)"
                                        if sitting else "")
            rows.append((label, None, "", "", "", result.independent_seats,
                         result.independent_seats))
        if result.appointed_seats:
            rows.append(("Appointed (not elected)", None, "", "", "", "",
                         result.appointed_seats))
        rows.append(("Total", None, "", "", "", "", result.seats_total))
        self.model.set_rows([self._cells(row) for row in rows])

    @staticmethod
    def _party_row(p, elected: int) -> tuple:
        seats = f"{p.seats}" + (f" (+{p.affiliated_seats})" if p.affiliated_seats else "")
        seat_share = p.seats / elected * 100 if elected else 0  # as the indices: by nominee
        return (p.name, p.color, f"{float(p.vote_share) * 100:.2f}", f"{seat_share:.2f}",
                p.list_seats, p.district_seats, seats)

    @staticmethod
    def _cells(row: tuple) -> list[Cell]:
        name, color, *values = row
        return [Cell(name, swatch=color)] + [number(str(v)) for v in values]

    def row(self, name: str) -> dict[str, str]:
        """The shown row whose first cell is ``name``, by column header (tests, copying)."""
        headers = self.model.headers()
        names = self.model.column_texts(0)
        if name not in names:
            raise KeyError(name)
        r = names.index(name)
        return {h: self.model.cell(r, c).text for c, h in enumerate(headers)}
