"""The parliament chart's words: legend lines, the style key, the majority label and the
total, rendered in the reader's language (``core.chart.seating`` assembles the chart)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.chart.styles import (
    AFFILIATED,
    APPOINTED,
    APPOINTED_COLOR,
    BONUS,
    DISTRICT,
    INDEPENDENT,
    INDEPENDENT_COLOR,
    LEVELLING,
    LIST,
    LOOK,
    OVERHANG,
    UNSEATED,
)
from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.text.formats import format_date
from core.text.render import render
from core.version import version

if TYPE_CHECKING:
    from core.chart.seating import SeatGroup
    from core.model.scenario import Scenario
    from core.rules.result import PartyResult, Result

KEY_COLOR = "#555555"  # the style key's sample seats
SOURCE_CHARACTERS = 90  # of a source in a caption; the rest is cut with "…"

# The style key's words (context "chart"); overhang, levelling and bonus seats are counted.
KEY_WORDS = {
    LIST: QT_TRANSLATE_NOOP("chart", "list"),
    DISTRICT: QT_TRANSLATE_NOOP("chart", "district"),
    AFFILIATED: QT_TRANSLATE_NOOP("chart", "self-nominated, sits with party"),
}
KEY_COUNTED = {OVERHANG: "chart.key_overhang", LEVELLING: "chart.key_levelling",
               BONUS: "chart.key_bonus"}
KEY_ORDER = (LIST, BONUS, LEVELLING, DISTRICT, OVERHANG, AFFILIATED)
# The result table's name for the self-nominated winners (core.io.result_table.ROW_NAMES),
# so that the legend and the table say the same.
INDEPENDENTS_NAME = QT_TRANSLATE_NOOP("table", "Independents (self-nominated)")
APPOINTED_NAME = QT_TRANSLATE_NOOP("chart", "Appointed (not elected)")


@dataclass(frozen=True)
class LegendEntry:
    """One legend line: a sample seat (style and colour), a name and a count (may be empty).

    The name may be shortened to fit; the count never is.
    """

    style: str
    color: str
    name: str
    count: str = ""

    @property
    def text(self) -> str:
        """Name and count as one line, e.g. "Amanat 62 (+1)"."""
        return f"{self.name} {self.count}" if self.count else self.name


def legend_lines(result: Result, parties: Sequence[PartyResult], groups: Sequence[SeatGroup],
                 colors: dict[str, str], government: Sequence[str], lang: str
                 ) -> tuple[list[LegendEntry], list[LegendEntry], list[LegendEntry]]:
    """The party lines (in chart order), the style key and the notes (the government,
    district winners not seated)."""
    return (party_entries(result, parties, colors, lang), key_entries(groups, lang),
            [*_government_entry(result, government, lang), *unseated_entries(result, colors,
                                                                              lang)])


def party_entries(result: Result, parties: Sequence[PartyResult], colors: dict[str, str],
                  lang: str) -> list[LegendEntry]:
    """Legend lines with seat counts: seated parties, independents, appointed seats.

    A party's count is its own nominees; self-nominated winners who sit with it follow in
    brackets ("Amanat 62 (+1)"). The independents count every self-nominated winner, as the
    result table does, and say how many sit with a party ("7 (1 sits with a party)").
    """
    entries = []
    for p in parties:
        if p.seats_with_affiliated:
            extra = f" (+{p.affiliated_seats})" if p.affiliated_seats else ""
            entries.append(LegendEntry(LIST, colors[p.id], p.name, f"{p.seats}{extra}"))
    if result.independent_seats:
        sitting = sum(p.affiliated_seats for p in result.parties)
        count = (render(msg("chart.independents_count", n=result.independent_seats,
                            sitting=sitting), lang)
                 if sitting else str(result.independent_seats))
        entries.append(LegendEntry(INDEPENDENT, INDEPENDENT_COLOR,
                                   render(Term("table", INDEPENDENTS_NAME), lang), count))
    if result.appointed_seats:
        entries.append(LegendEntry(APPOINTED, APPOINTED_COLOR,
                                   render(Term("chart", APPOINTED_NAME), lang),
                                   str(result.appointed_seats)))
    return entries



def key_entries(groups: Sequence[SeatGroup], lang: str, color: str = KEY_COLOR
                ) -> list[LegendEntry]:
    """The style key ("● list  ■ district ..."), for the styles that need one here, with the
    number of overhang, levelling and bonus seats.

    Shown when the chart mixes list seats with any other kind of elected seat; independents
    and appointed seats are already named in the party entries.
    """
    styles = {g.style for g in groups}
    if not styles & {DISTRICT, AFFILIATED, *KEY_COUNTED}:
        return []
    entries = []
    for style in KEY_ORDER:
        if style not in styles:
            continue
        if style in KEY_COUNTED:
            n = sum(g.count for g in groups if g.style == style)
            entries.append(LegendEntry(style, color, render(msg(KEY_COUNTED[style], n=n), lang),
                                       str(n)))
        else:
            entries.append(LegendEntry(style, color, render(Term("chart", KEY_WORDS[style]),
                                                            lang)))
    return entries


def _government_entry(result: Result, government: Sequence[str], lang: str
                      ) -> list[LegendEntry]:
    """The government's line, on its halo's colour, when the scenario names one."""
    if not government:
        return []
    name = result.scenario.presentation.government or ""
    seats = sum(p.seats_with_affiliated for p in result.parties if p.id in government)
    return [LegendEntry(LIST, LOOK.government, render(msg("chart.government", name=name), lang),
                        render(msg("chart.of_house", seats=seats, house=result.seats_total),
                               lang))]


def unseated_entries(result: Result, colors: dict[str, str], lang: str) -> list[LegendEntry]:
    """Legend notes for district winners who are not seated (they have no seat to draw),
    e.g. "Party A: 8 district winners not seated"."""
    return [LegendEntry(UNSEATED, colors[p.id], f"{p.name}:",
                        render(msg("chart.unseated", n=p.unseated), lang))
            for p in result.parties if p.unseated]


def house_growth(result: Result) -> Message | None:
    """How the house outgrew its legal size, e.g. "120 + 1 overhang"; None when it did not."""
    added = {"chart.added_overhang": result.overhang_seats,
             "chart.added_levelling": result.levelling_seats}
    if result.seats_total == result.house_base:
        return None
    # Seats a list-tier rule added to the house (an opposition minimum), not within it.
    added["chart.added_bonus"] = result.seats_total - result.house_base - sum(added.values())
    if not 0 <= added["chart.added_bonus"] <= sum(p.bonus_seats for p in result.parties):
        # e.g. a quota method's negative levelling
        return msg("chart.house_by_law", n=result.house_base)
    return msg("chart.house_grew", base=result.house_base,
               added=[msg(code, n=n) for code, n in added.items() if n])


def majority_text(result: Result, lang: str = "en") -> str:
    """The majority line's label, e.g. "majority: 50 of 98", or "majority: 61 of 121
    (120 + 1 overhang)" when the house grew."""
    growth = house_growth(result)
    label = msg("chart.majority", simple=result.majority.simple, total=result.seats_total)
    if growth is not None:
        label = msg("chart.majority_grown", majority=label, growth=growth)
    return render(label, lang)


def total_text(seats: int, lang: str = "en") -> str:
    """The total written in the chart, e.g. "98 seats"."""
    return render(msg("chart.total", n=seats), lang)


def caption(scenario: Scenario, lang: str = "en") -> tuple[str, str]:
    """The chart's caption when it stands alone (an exported SVG or PNG, the report's
    figure): the title, and a line with the date, "made with SeatCalc" and its version, and
    the source (last: a long one is cut to fit)."""
    parts = [format_date(scenario.date, lang)] if scenario.date else []
    parts.append(render(msg("chart.caption_made", version=version()), lang))
    if scenario.sources:
        first = scenario.sources[0].splitlines()[0] if scenario.sources[0] else ""
        if len(first) > SOURCE_CHARACTERS:
            first = first[:SOURCE_CHARACTERS - 1] + "…"
        more = len(scenario.sources) - 1
        parts.append(render(msg("chart.caption_sources", source=first, more=more) if more
                            else msg("chart.caption_source", source=first), lang))
    return scenario.title_in(lang), " · ".join(parts)
