"""The parliament chart as plain data: which seat is drawn in which style, and the legend.

The one place that turns a Result into seats: :func:`chart_content` gives the seats
(:func:`seat_groups`, runs of alike seats left to right), the legend lines and the majority
label, worded in the language asked for. Qt-free, so that the desktop chart
(``ui.chart.hemicycle_widget``) and the SVG (``core.chart.svg.result_svg``: the CLI export,
the app's SVG file, its preview and the PDF report) draw exactly the same seats alike. To
show a new kind of seat, extend :func:`seat_groups` and register the new style's look in
``core.chart.styles``.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.chart.styles import (
    AFFILIATED,
    APPOINTED,
    BONUS,
    DISTRICT,
    INDEPENDENT,
    LEVELLING,
    LIST,
    OVERHANG,
    UNSEATED,
)
from core.message import QT_TRANSLATE_NOOP, Term, msg
from core.rules.result import PartyResult, Result
from core.text.render import render

INDEPENDENT_COLOR = "#8c8c8c"
APPOINTED_COLOR = "#6e6e6e"
KEY_COLOR = "#555555"  # the style key's sample seats


@dataclass(frozen=True)
class SeatGroup:
    """``count`` neighbouring seats drawn alike, left to right in chart order."""

    count: int
    style: str
    color: str
    tooltip: str


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


@dataclass(frozen=True)
class ChartContent:
    """Everything the parliament chart of a Result shows, as plain data."""

    groups: list[SeatGroup]  # the seats, left to right
    parties: list[LegendEntry]  # legend lines with seat counts
    key: list[LegendEntry]  # the style key
    notes: list[LegendEntry]  # district winners not seated
    majority: str  # the majority line's label

    @property
    def legend(self) -> list[LegendEntry]:
        """The legend's lines in order: parties, the style key, the notes."""
        return [*self.parties, *self.key, *self.notes]


def chart_content(result: Result, lang: str = "en") -> ChartContent:
    """The seats, legend and majority label of the chart of ``result``, worded in ``lang``."""
    groups = seat_groups(result, lang)
    return ChartContent(groups, party_entries(result, lang), key_entries(groups, lang=lang),
                        unseated_entries(result, lang), majority_text(result, lang))


def seat_groups(result: Result, lang: str = "en") -> list[SeatGroup]:
    """The seats of ``result`` as runs of alike seats, ordered left to right.

    Parties in ``result.parties`` order: list seats, bonus seats, levelling seats, district
    seats, overhang
    seats, then self-nominated winners who sit with the party; then the other independents;
    appointed seats last (far right). The counts add up to ``result.seats_total``; district
    winners who are not seated (``drop_uncovered``) have no seat and are not drawn.
    """
    groups: list[SeatGroup] = []
    for party in result.parties:
        groups.extend(_party_groups(party, lang))
    others = _unaffiliated_independents(result)
    if others:
        groups.append(SeatGroup(others, INDEPENDENT, INDEPENDENT_COLOR,
                                render(msg("chart.independent_seat"), lang)))
    groups.extend(_appointed_groups(result, lang))
    return groups


def _party_groups(party: PartyResult, lang: str) -> list[SeatGroup]:
    """A party's list, levelling, district, overhang and affiliated seats (empty ones left
    out). Levelling seats are list seats, overhang seats district seats: drawn apart."""
    notes = _seat_notes(party, lang)
    levelling = min(max(party.levelling_seats, 0), party.list_seats)
    bonus = min(party.bonus_seats, party.list_seats - levelling)
    overhang = min(party.overhang_seats, party.district_seats)
    runs = [
        (party.list_seats - levelling - bonus, LIST, "chart.list_seat"),
        (bonus, BONUS, "chart.bonus_seat"),
        (levelling, LEVELLING, "chart.levelling_seat"),
        (party.district_seats - overhang, DISTRICT, "chart.district_seat"),
        (overhang, OVERHANG, "chart.overhang_seat"),
        (party.affiliated_seats, AFFILIATED, "chart.affiliated_seat"),
    ]
    return [SeatGroup(n, style, party.color, render(msg(
        code, party=party.name, entitlement=party.entitlement), lang) + notes)
        for n, style, code in runs if n > 0]


def _seat_notes(party: PartyResult, lang: str) -> str:
    """Extra counts of compensatory systems (overhang, levelling, unseated winners), if any."""
    notes = [(party.bonus_seats, "chart.includes_bonus"),
             (party.overhang_seats, "chart.includes_overhang"),
             (party.levelling_seats, "chart.includes_levelling"),
             (party.unseated, "chart.not_drawn")]
    return "".join("\n" + render(msg(code, n=n), lang) for n, code in notes if n)


def _unaffiliated_independents(result: Result) -> int:
    """Self-nominated winners who sit with no party listed in the result."""
    return result.independent_seats - sum(p.affiliated_seats for p in result.parties)


_APPOINTED = Term("chart", QT_TRANSLATE_NOOP("chart", "Appointed (not elected)"))


def _appointed_groups(result: Result, lang: str) -> list[SeatGroup]:
    """Appointed seats, one run per appointing body when the scenario names them."""
    bodies = [(a.seats, a.name) for a in result.scenario.appointed if a.seats > 0]
    if sum(n for n, _ in bodies) != result.appointed_seats:
        bodies = [(result.appointed_seats, "")] if result.appointed_seats else []
    return [SeatGroup(n, APPOINTED, APPOINTED_COLOR, render(
        msg("chart.appointed_by", name=name) if name else _APPOINTED, lang))
            for n, name in bodies]


def party_entries(result: Result, lang: str = "en") -> list[LegendEntry]:
    """Legend lines with seat counts: seated parties, independents, appointed seats.

    A party's count is its own nominees; self-nominated winners who sit with it follow in
    brackets ("Amanat 62 (+1)"). Parties without seats are left out (nothing to point at).
    """
    entries = []
    for p in result.parties:
        if p.seats_with_affiliated:
            extra = f" (+{p.affiliated_seats})" if p.affiliated_seats else ""
            entries.append(LegendEntry(LIST, p.color, p.name, f"{p.seats}{extra}"))
    others = _unaffiliated_independents(result)
    if others:
        entries.append(LegendEntry(INDEPENDENT, INDEPENDENT_COLOR, render(Term(
            "chart", QT_TRANSLATE_NOOP("chart", "Independents")), lang), str(others)))
    if result.appointed_seats:
        entries.append(LegendEntry(APPOINTED, APPOINTED_COLOR, render(_APPOINTED, lang),
                                   str(result.appointed_seats)))
    return entries


_KEY_WORDS = {LIST: "chart.key_list", DISTRICT: "chart.key_district",
              AFFILIATED: "chart.key_affiliated", OVERHANG: "chart.key_overhang",
              LEVELLING: "chart.key_levelling", BONUS: "chart.key_bonus"}


def key_entries(groups: list[SeatGroup], color: str = KEY_COLOR,
                lang: str = "en") -> list[LegendEntry]:
    """The style key ("● list  ◉ district ..."), for the styles that need one here, with the
    number of overhang and levelling seats.

    Shown when the chart mixes list seats with district, affiliated, overhang or levelling
    seats; independents and appointed seats are already named in the party entries.
    """
    styles = {g.style for g in groups}
    if not styles & {DISTRICT, AFFILIATED, OVERHANG, LEVELLING, BONUS}:
        return []
    count = {s: sum(g.count for g in groups if g.style == s)
             for s in (OVERHANG, LEVELLING, BONUS)}
    counts = {s: str(count[s]) for s in (OVERHANG, LEVELLING, BONUS)}
    return [LegendEntry(s, color, render(msg(_KEY_WORDS[s], n=count.get(s, 0)), lang),
                        counts.get(s, ""))
            for s in (LIST, BONUS, LEVELLING, DISTRICT, OVERHANG, AFFILIATED) if s in styles]


def unseated_entries(result: Result, lang: str = "en") -> list[LegendEntry]:
    """Legend notes for district winners who are not seated (they have no seat to draw),
    e.g. "Party A: 8 district winners not seated"."""
    return [LegendEntry(UNSEATED, p.color, f"{p.name}:",
                        render(msg("chart.unseated", n=p.unseated), lang))
            for p in result.parties if p.unseated]


def house_growth_text(result: Result, lang: str = "en") -> str:
    """How the house outgrew its legal size, e.g. "120 + 1 overhang"; empty when it did not."""
    overhang, levelling = result.overhang_seats, result.levelling_seats
    if result.seats_total == result.house_base:
        return ""
    # Seats a list-tier rule added to the house (an opposition minimum), not within it.
    bonus = result.seats_total - result.house_base - overhang - levelling
    if not 0 <= bonus <= result.bonus_seats:
        # e.g. a quota method's negative levelling
        return render(msg("chart.by_law", n=result.house_base), lang)
    parts = [str(result.house_base)]
    parts += [render(msg(code, n=n), lang) for n, code in (
        (overhang, "chart.growth_overhang"), (levelling, "chart.growth_levelling"),
        (bonus, "chart.growth_bonus")) if n]
    return " + ".join(parts)


def majority_text(result: Result, lang: str = "en") -> str:
    """The majority line's label, e.g. "majority: 50 of 98", or "majority: 61 of 121
    (120 + 1 overhang)" when the house grew."""
    growth = house_growth_text(result, lang)
    text = render(msg("chart.majority", simple=result.majority.simple,
                      total=result.seats_total), lang)
    return text + (f" ({growth})" if growth else "")


def total_text(seats: int, lang: str = "en") -> str:
    """The chart's total, e.g. "98 seats"."""
    return render(msg("chart.total", n=seats), lang)
