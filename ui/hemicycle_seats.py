"""What each seat of the hemicycle chart shows: the one place that turns a Result into seats.

Qt-free (plain data), so that the chart widget and the SVG export draw exactly the same seats.
To show a new kind of seat (overhang, levelling, ...), extend :func:`seat_groups` and give the
new style a look in the widget (``ui.hemicycle_widget``) and in ``ui.chart_export``.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.allocate import PartyResult, Result

# Seat styles, in the words of the legend key.
LIST = "list"
DISTRICT = "district"
AFFILIATED = "affiliated"  # self-nominated district winner who sits with a party
INDEPENDENT = "independent"  # self-nominated district winner who sits with no party
APPOINTED = "appointed"  # not elected (Kazakhstan before 2023: the Assembly's nine)

STYLE_LABELS = {
    LIST: "list seat",
    DISTRICT: "district seat",
    AFFILIATED: "self-nominated, sits with the party",
    INDEPENDENT: "independent",
    APPOINTED: "appointed (not elected)",
}
INDEPENDENT_COLOR = "#8c8c8c"
APPOINTED_COLOR = "#6e6e6e"


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


def seat_groups(result: Result) -> list[SeatGroup]:
    """The seats of ``result`` as runs of alike seats, ordered left to right.

    Parties in ``result.parties`` order: list seats, then district seats, then self-nominated
    winners who sit with the party; then the other independents; appointed seats last (far
    right). The counts add up to ``result.seats_total``.
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
    """A party's list, district and affiliated seats (the empty ones left out)."""
    note = _seat_notes(party)
    runs = [
        (party.list_seats, LIST, f"{party.name}\nlist seat{note}"),
        (party.district_seats, DISTRICT, f"{party.name}\ndistrict seat{note}"),
        (party.affiliated_seats, AFFILIATED,
         f"Self-nominated district winner\nsits with {party.name}"),
    ]
    return [SeatGroup(n, style, party.color, tip) for n, style, tip in runs if n > 0]


def _seat_notes(party: PartyResult) -> str:
    """Extra counts of compensatory systems (overhang, levelling, unseated winners), if any."""
    notes = [
        (getattr(party, "overhang_seats", 0), "the party's seats include {} overhang"),
        (getattr(party, "levelling_seats", 0), "the party's seats include {} levelling"),
        (getattr(party, "unseated", 0), "{} district winner(s) not seated (not drawn)"),
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


def key_entries(groups: list[SeatGroup], color: str = "#555555") -> list[LegendEntry]:
    """The style key ("● list  ◉ district ..."), for the styles that need one here.

    Shown when the chart mixes list seats with district or affiliated seats; independents and
    appointed seats are already named in the party entries.
    """
    styles = {g.style for g in groups}
    if not styles & {DISTRICT, AFFILIATED}:
        return []
    words = {LIST: "list", DISTRICT: "district", AFFILIATED: "self-nominated, sits with party"}
    return [LegendEntry(s, color, words[s]) for s in (LIST, DISTRICT, AFFILIATED)
            if s in styles]


def majority_text(result: Result) -> str:
    """The majority line's label, e.g. "majority: 50 of 98"."""
    return f"majority: {result.majority.simple} of {result.seats_total}"
