"""The results in words and numbers: majority status, seats against votes, indices, ties."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.chart.seating import party_colors
from core.io.result_table import AGAINST_ALL, INDEPENDENTS, INVALID, PARTY, Row, result_rows
from core.message import msg
from core.rules.linkages import LINKAGES
from core.rules.result import PartyResult, Result
from core.text.describe import adjustment_rules, headline, linkage_notes, tie_message
from ui.models.rows_model import Cell, RowsModel, number, read_only_table
from ui.text import Retranslated, decimal, fill, shown

translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it


def columns(entitled: bool = False) -> tuple[str, ...]:
    """The panel's column headings; compensatory systems add "Entitled" after "Seats %"."""
    return (translate("ResultsPanel", "Party"), translate("ResultsPanel", "Votes %"),
            translate("ResultsPanel", "Seats %"),
            *((translate("ResultsPanel", "Entitled"),) if entitled else ()),
            translate("ResultsPanel", "List"), translate("ResultsPanel", "District"),
            translate("ResultsPanel", "Seats"))


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
    lines += [escape(fill(translate(
        "ResultsPanel", "Gallagher index {gallagher} · Loosemore-Hanby {lh} · effective parties "
        "{votes} (votes), {seats} (seats)"), gallagher=decimal(ix.gallagher),
        lh=decimal(ix.loosemore_hanby), votes=decimal(ix.enp_votes),
        seats=decimal(ix.enp_seats)))]
    ties = [shown(msg("cli.tie", text=tie_message(t, names))) for t in result.ties]
    lines += [f"<span style='color:#8a5300'>{escape(tie)}</span>" for tie in ties]
    lines += [f"<span style='color:#b00020'>⚠ {escape(shown(w))}</span>"
              for w in result.warnings]
    return "<br>".join(lines)


class ResultsPanel(Retranslated, QWidget):
    """Read-only view of a Result."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: Result | None = None
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.RichText)
        self.model = RowsModel(columns(), parent=self)
        self.table = read_only_table(self.model, stretch=0)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)

    def retranslate(self) -> None:
        """The result shown, in the new language."""
        if self.result is not None:
            self.show_result(self.result)

    def clear(self, why: str) -> None:
        """No result to show: say why, and empty the table."""
        self.result = None
        self.headline.setText(escape(why))
        self.notes.clear()
        self.model.set_rows([])

    def show_result(self, result: Result) -> None:
        self.result = result
        self.headline.setText(headline_html(result))
        self.notes.setText(notes_html(result))
        entitled = LINKAGES[result.scenario.mixed_type].entitlements
        rows = [r for r in result_rows(result) if r.kind not in (AGAINST_ALL, INVALID)]
        colors = party_colors(result)  # as the chart shows them
        cells = [self._cells(r, colors.get(r.id or "", r.color)) for r in rows]
        if entitled:
            extra = [_entitlement_cell(p) for p in result.parties]
            extra += [number("")] * (len(cells) - len(extra) - 1)
            extra.append(number(str(result.proportional_seats or ""), translate(
                "ResultsPanel", "Seats shared in proportion among the qualifying parties")))
            cells = [row[:3] + [cell] + row[3:] for row, cell in zip(cells, extra, strict=True)]
        self.model.set_rows(cells, columns(entitled))

    @staticmethod
    def _cells(row: Row, color: str | None) -> list[Cell]:
        """A row of the result table (``core.io.result_table``) as the panel shows it, its
        swatch in ``color``."""
        v = row.values

        def percent(key: str) -> str:
            return "" if v[key] is None else decimal(float(v[key]) * 100)

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
        return number("–", fill(translate("ResultsPanel", "{party} did not qualify: no "
                                                          "entitlement"), party=p.name))
    tip = fill(translate("ResultsPanel", "{party}'s proportional share of the house: {n} "
                                         "{n:plural:seat|seats}"), party=p.name, n=p.entitlement)
    if p.districts_won:
        tip += fill(translate("ResultsPanel", "; it won {n} {n:plural:district|districts}"),
                    n=p.districts_won)
    return number(str(p.entitlement), tip)
