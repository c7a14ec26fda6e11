"""The results in words and numbers: majority status, seats against votes, indices, ties."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.chart.seating import house_growth_text
from core.rules.allocate import PartyResult, Result, describe_linkage
from ui.models.rows_model import Cell, RowsModel, number, read_only_table

COLUMNS = ("Party", "Votes %", "Seats %", "List", "District", "Seats")
ENTITLED = "Entitled"  # a column of compensatory systems, after "Seats %"


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


def linkage_lines(result: Result) -> list[str]:
    """How the tiers were linked, as plain sentences: the system, and for compensatory systems
    the house's growth, overhang, levelling and unseated district winners. Empty for a
    parallel system counted nationwide."""
    s = result.scenario
    if s.mixed_type == "parallel" and s.list_tier.constituencies is None:
        return []
    lines = [describe_linkage(s)]
    if s.mixed_type != "compensatory":
        return lines
    growth = house_growth_text(result)
    lines.append(f"House: {result.house_base} seats by law"
                 + (f", {result.seats_total} seated ({growth})." if growth else
                    ", no growth."))
    lines += [f"{p.name}: {p.districts_won} district seats won, entitled to {p.entitlement}: "
              f"{p.overhang_seats} overhang seat{'' if p.overhang_seats == 1 else 's'}."
              for p in result.parties if p.overhang_seats]
    levelled = [f"{p.name} +{p.levelling_seats}" for p in result.parties if p.levelling_seats]
    if levelled:
        lines.append(f"Levelling seats: {', '.join(levelled)}.")
    lines += [f"{p.name}: {p.unseated} district winner{'' if p.unseated == 1 else 's'} not "
              "seated (" + (f"beyond its entitlement of {p.entitlement})." if p.qualified
                            else "the party did not qualify).")
              for p in result.parties if p.unseated]
    return lines


def notes_html(result: Result) -> str:
    """Linkage, indices, ties and warnings as short HTML lines."""
    ix = result.indices
    lines = [escape(line) for line in linkage_lines(result)]
    lines += [f"Gallagher index {ix.gallagher:.2f} · Loosemore-Hanby {ix.loosemore_hanby:.2f} · "
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
        entitled = result.scenario.mixed_type == "compensatory"
        rows: list[tuple] = [self._party_row(p, elected) for p in result.parties]
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
        cells = [self._cells(row) for row in rows]
        if entitled:
            extra = [_entitlement_cell(p) for p in result.parties]
            extra += [number("")] * (len(cells) - len(extra) - 1)
            extra.append(number(str(result.proportional_seats or ""),
                                "Seats shared in proportion among the qualifying parties"))
            cells = [row[:3] + [cell] + row[3:] for row, cell in zip(cells, extra, strict=True)]
        headers = COLUMNS[:3] + (ENTITLED,) + COLUMNS[3:] if entitled else COLUMNS
        self.model.set_rows(cells, headers)

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



def _entitlement_cell(p: PartyResult) -> Cell:
    """A party's proportional entitlement (compensatory systems), explained in the tooltip."""
    if p.entitlement is None or not p.qualified:
        return number("–", f"{p.name} did not qualify: no entitlement")
    tip = f"{p.name}'s proportional share of the house: {p.entitlement} seats"
    if p.districts_won:
        tip += f"; it won {p.districts_won} district(s)"
    return number(str(p.entitlement), tip)
