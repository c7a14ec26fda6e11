"""The parliament chart as plain data: which seat is drawn in which style, and the legend.

The one place that turns a Result into seats: :func:`chart_content` gives the seats
(:func:`seat_groups`, runs of alike seats left to right), the legend lines and the majority
label. Qt-free, so that the desktop chart (``ui.chart.hemicycle_widget``) and the SVG
(``core.chart.svg.result_svg``: the CLI export, the app's SVG file, its preview and the PDF
report) draw exactly the same seats alike. To show a new kind of seat, extend
:func:`seat_groups` and register the new style's look in ``core.chart.styles``.
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
from core.rules.result import PartyResult, Result

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


def chart_content(result: Result) -> ChartContent:
    """The seats, legend and majority label of the chart of ``result``."""
    groups = seat_groups(result)
    return ChartContent(groups, party_entries(result), key_entries(groups),
                        unseated_entries(result), majority_text(result))


def seat_groups(result: Result) -> list[SeatGroup]:
    """The seats of ``result`` as runs of alike seats, ordered left to right.

    Parties in ``result.parties`` order: list seats, bonus seats, levelling seats, district
    seats, overhang
    seats, then self-nominated winners who sit with the party; then the other independents;
    appointed seats last (far right). The counts add up to ``result.seats_total``; district
    winners who are not seated (``drop_uncovered``) have no seat and are not drawn.
    """
    groups: list[SeatGroup] = []
    for party in result.parties:
        groups.extend(_party_groups(party))
    others = _unaffiliated_independents(result)
    if others:
        tip = "Independent\nself-nominated district winner, sits with no party"
        groups.append(SeatGroup(others, INDEPENDENT, INDEPENDENT_COLOR, tip))
    groups.extend(_appointed_groups(result))
    return groups


def _party_groups(party: PartyResult) -> list[SeatGroup]:
    """A party's list, levelling, district, overhang and affiliated seats (empty ones left
    out). Levelling seats are list seats, overhang seats district seats: drawn apart."""
    note = _seat_notes(party)
    levelling = min(max(party.levelling_seats, 0), party.list_seats)
    bonus = min(party.bonus_seats, party.list_seats - levelling)
    overhang = min(party.overhang_seats, party.district_seats)
    runs = [
        (party.list_seats - levelling - bonus, LIST, f"{party.name}\nlist seat{note}"),
        (bonus, BONUS, f"{party.name}\nbonus seat: given by a rule of the list tier beyond "
                       f"the proportional share{note}"),
        (levelling, LEVELLING, f"{party.name}\nlevelling seat: added as the house grew to "
                               f"stay proportional{note}"),
        (party.district_seats - overhang, DISTRICT, f"{party.name}\ndistrict seat{note}"),
        (overhang, OVERHANG, f"{party.name}\noverhang seat: a district seat beyond the "
                             f"party's entitlement of {party.entitlement}{note}"),
        (party.affiliated_seats, AFFILIATED,
         f"Self-nominated district winner\nsits with {party.name}"),
    ]
    return [SeatGroup(n, style, party.color, tip) for n, style, tip in runs if n > 0]


def _seat_notes(party: PartyResult) -> str:
    """Extra counts of compensatory systems (overhang, levelling, unseated winners), if any."""
    notes = [
        (party.bonus_seats, "the party's seats include {} bonus"),
        (party.overhang_seats, "the party's seats include {} overhang"),
        (party.levelling_seats, "the party's seats include {} levelling"),
        (party.unseated, "{} district winner(s) not seated (not drawn)"),
    ]
    return "".join(f"\n{words.format(n)}" for n, words in notes if n)


def _unaffiliated_independents(result: Result) -> int:
    """Self-nominated winners who sit with no party listed in the result."""
    return result.independent_seats - sum(p.affiliated_seats for p in result.parties)


def _appointed_groups(result: Result) -> list[SeatGroup]:
    """Appointed seats, one run per appointing body when the scenario names them."""
    bodies = [(a.seats, a.name) for a in result.scenario.appointed if a.seats > 0]
    if sum(n for n, _ in bodies) != result.appointed_seats:
        bodies = [(result.appointed_seats, "")] if result.appointed_seats else []
    return [SeatGroup(n, APPOINTED, APPOINTED_COLOR,
                      "Appointed (not elected)" + (f"\nby the {name}" if name else ""))
            for n, name in bodies]


def party_entries(result: Result) -> list[LegendEntry]:
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
        entries.append(LegendEntry(INDEPENDENT, INDEPENDENT_COLOR, "Independents", str(others)))
    if result.appointed_seats:
        entries.append(LegendEntry(APPOINTED, APPOINTED_COLOR, "Appointed (not elected)",
                                   str(result.appointed_seats)))
    return entries


def key_entries(groups: list[SeatGroup], color: str = KEY_COLOR) -> list[LegendEntry]:
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
    words = {LIST: "list", DISTRICT: "district", AFFILIATED: "self-nominated, sits with party",
             OVERHANG: f"overhang seat{_plural(count[OVERHANG])} (beyond entitlement)",
             LEVELLING: f"levelling seat{_plural(count[LEVELLING])}",
             BONUS: f"bonus seat{_plural(count[BONUS])}"}
    counts = {s: str(count[s]) for s in (OVERHANG, LEVELLING, BONUS)}
    return [LegendEntry(s, color, words[s], counts.get(s, ""))
            for s in (LIST, BONUS, LEVELLING, DISTRICT, OVERHANG, AFFILIATED) if s in styles]


def unseated_entries(result: Result) -> list[LegendEntry]:
    """Legend notes for district winners who are not seated (they have no seat to draw),
    e.g. "Party A: 8 district winners not seated"."""
    return [LegendEntry(UNSEATED, p.color, f"{p.name}:",
                        f"{p.unseated} district winner{_plural(p.unseated)} not seated")
            for p in result.parties if p.unseated]


def _plural(n: int) -> str:
    return "" if n == 1 else "s"


def house_growth_text(result: Result) -> str:
    """How the house outgrew its legal size, e.g. "120 + 1 overhang"; empty when it did not."""
    overhang, levelling = result.overhang_seats, result.levelling_seats
    if result.seats_total == result.house_base:
        return ""
    # Seats a list-tier rule added to the house (an opposition minimum), not within it.
    bonus = result.seats_total - result.house_base - overhang - levelling
    if not 0 <= bonus <= result.bonus_seats:
        return f"{result.house_base} by law"  # e.g. a quota method's negative levelling
    parts = [str(result.house_base)]
    parts += [f"{n} {word}" for n, word in ((overhang, "overhang"), (levelling, "levelling"),
                                            (bonus, "bonus"))
              if n]
    return " + ".join(parts)


def majority_text(result: Result) -> str:
    """The majority line's label, e.g. "majority: 50 of 98", or "majority: 61 of 121
    (120 + 1 overhang)" when the house grew."""
    growth = house_growth_text(result)
    return (f"majority: {result.majority.simple} of {result.seats_total}"
            + (f" ({growth})" if growth else ""))
