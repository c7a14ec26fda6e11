"""The results in words and numbers: majority status, seats against votes, indices, ties."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.chart.seating import party_colors
from core.io.result_table import AGAINST_ALL, INDEPENDENTS, INVALID, PARTY, Row, result_rows
from core.rules.linkages import LINKAGES
from core.rules.result import PartyResult, Result
from core.text.describe import adjustment_rules, headline, linkage_notes, tie_message
from ui.models.rows_model import Cell, RowsModel, number, read_only_table
from ui.text import shown

COLUMNS = ("Party", "Votes %", "Seats %", "List", "District", "Seats")
ENTITLED = "Entitled"  # a column of compensatory systems, after "Seats %"


def headline_html(result: Result) -> str:
    """Who holds what, the first thing an analyst wants to know (``core.text``'s sentence)."""
    return escape(shown(headline(result)))


def notes_html(result: Result) -> str:
    """Linkage, indices, ties and warnings as short HTML lines."""
    ix = result.indices
    names = {p.id: p.name for p in result.parties}
    lines = [escape(shown(line)) for line in linkage_notes(result)]
    lines += [escape(shown(text)) for _, text in adjustment_rules(result.scenario)]
    lines += [escape(shown(note)) for note in result.notes]
    lines += [f"Gallagher index {ix.gallagher:.2f} · Loosemore-Hanby {ix.loosemore_hanby:.2f} · "
              f"effective parties {ix.enp_votes:.2f} (votes), {ix.enp_seats:.2f} (seats)"]
    lines += [f"<span style='color:#8a5300'>Tie — {escape(shown(tie_message(t, names)))}."
              "</span>" for t in result.ties]
    lines += [f"<span style='color:#b00020'>⚠ {escape(shown(w))}</span>"
              for w in result.warnings]
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

    def clear(self, why: str) -> None:
        """No result to show: say why, and empty the table."""
        self.headline.setText(escape(why))
        self.notes.clear()
        self.model.set_rows([])

    def show_result(self, result: Result) -> None:
        self.headline.setText(headline_html(result))
        self.notes.setText(notes_html(result))
        entitled = LINKAGES[result.scenario.mixed_type].entitlements
        rows = [r for r in result_rows(result) if r.kind not in (AGAINST_ALL, INVALID)]
        colors = party_colors(result)  # as the chart shows them
        cells = [self._cells(r, colors.get(r.id or "", r.color)) for r in rows]
        if entitled:
            extra = [_entitlement_cell(p) for p in result.parties]
            extra += [number("")] * (len(cells) - len(extra) - 1)
            extra.append(number(str(result.proportional_seats or ""),
                                "Seats shared in proportion among the qualifying parties"))
            cells = [row[:3] + [cell] + row[3:] for row, cell in zip(cells, extra, strict=True)]
        headers = COLUMNS[:3] + (ENTITLED,) + COLUMNS[3:] if entitled else COLUMNS
        self.model.set_rows(cells, headers)

    @staticmethod
    def _cells(row: Row, color: str | None) -> list[Cell]:
        """A row of the result table (``core.io.result_table``) as the panel shows it, its
        swatch in ``color``."""
        v = row.values

        def percent(key: str) -> str:
            return "" if v[key] is None else f"{float(v[key]) * 100:.2f}"

        seats = "" if v["seats"] is None else str(v["seats"])
        if row.affiliated:
            seats += f" (+{row.affiliated})"
        share = percent("vote_share") if row.kind == PARTY else ""
        return [Cell(shown(row.name), swatch=color), number(share),
                number(percent("seat_share") if row.kind in (PARTY, INDEPENDENTS) else ""),
                *(number("" if v[k] is None else str(v[k]))
                  for k in ("list_seats", "district_seats")), number(seats)]

    def row(self, name: str) -> dict[str, str]:
        """The shown row whose first cell is ``name``, by column header (tests, copying)."""
        headers = self.model.headers()
        names = self.model.column_texts(0)
        if name not in names:
            raise KeyError(name)
        r = names.index(name)
        return {h: self.model.cell(r, c).text for c, h in enumerate(headers)}



def _entitlement_cell(p: PartyResult) -> Cell:
    """A party's proportional entitlement (compensatory systems), explained in the tooltip."""
    if p.entitlement is None or not p.qualified:
        return number("–", f"{p.name} did not qualify: no entitlement")
    tip = f"{p.name}'s proportional share of the house: {p.entitlement} seats"
    if p.districts_won:
        tip += f"; it won {p.districts_won} district(s)"
    return number(str(p.entitlement), tip)
