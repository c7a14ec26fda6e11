"""The parliament chart as plain data: which seat is drawn in which style, where, and the
legend.

The one place that turns a Result into seats: :func:`chart_content` gives the seats
(:func:`seat_groups`, runs of alike seats in chart order), the legend lines
(``core.chart.legend``), the majority label and, for a layout with sides, the benches. Every
text is rendered here in the reader's language, so that the desktop chart
(``ui.chart.hemicycle_widget``) and the SVG (``core.chart.svg.result_svg``: the CLI export,
the app's SVG file, its preview and the PDF report) draw exactly the same seats alike.

Chart order: for the usual layouts, the parties in the scenario's seating order
(``core.model.presentation``) from the left, the self-nominated winners who sit with no
party apart at the end or in the centre, appointed members last. For a layout with sides
(Westminster), the government's parties first, then the opposition's, then the
cross-benches (independents and appointed members). Each party shows its list, bonus,
levelling, district and overhang seats, then the self-nominated winners who sit with it; a
district seat's tooltip names its district, winner, votes and margin.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from core.chart.geometry import Benches
from core.chart.layouts import DEFAULT_LAYOUT, chart_layout
from core.chart.legend import (
    APPOINTED_NAME,
    LegendEntry,
    legend_lines,
    majority_text,
    total_text,
)
from core.chart.palette import MOST_PARTIES, shown_colors
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
    OVERHANG,
)
from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.model.presentation import CENTRE
from core.rules.result import DistrictWinner, PartyResult, Result
from core.text.render import render

# What kind of seat a tooltip's second line names (context "chart").
SEAT_KINDS = {
    LIST: QT_TRANSLATE_NOOP("chart", "list seat"),
    BONUS: QT_TRANSLATE_NOOP("chart", "bonus seat: given by a rule of the list tier beyond "
                                      "the proportional share"),
    LEVELLING: QT_TRANSLATE_NOOP("chart", "levelling seat: added as the house grew to stay "
                                          "proportional"),
    DISTRICT: QT_TRANSLATE_NOOP("chart", "district seat"),
    INDEPENDENT: QT_TRANSLATE_NOOP("chart", "self-nominated district winner, sits with no "
                                            "party"),
}
INDEPENDENT_NAME = QT_TRANSLATE_NOOP("chart", "Independent")
SPEAKER = QT_TRANSLATE_NOOP("chart", "The Speaker's chair")
DECLARED = QT_TRANSLATE_NOOP("chart", "known from the declared totals (no district results)")


@dataclass(frozen=True)
class Tooltip:
    """A seat's tooltip, rendered in ``lang`` only when shown: a chart of 650 districts has
    650 of them, and a redrawn chart shows none until a seat is hovered."""

    lang: str
    lines: tuple[str | Term | Message, ...]

    def text(self) -> str:
        return "\n".join(render(line, self.lang) for line in self.lines)


@dataclass(frozen=True)
class SeatGroup:
    """``count`` neighbouring seats drawn alike, in chart order; ``tip`` its tooltip (text,
    or a Tooltip rendered when asked); ``government``: among the government's seats (drawn
    with a halo)."""

    count: int
    style: str
    color: str
    tip: str | Tooltip
    government: bool = False

    @property
    def tooltip(self) -> str:
        return self.tip if isinstance(self.tip, str) else self.tip.text()


@dataclass(frozen=True)
class ChartContent:
    """Everything the parliament chart of a Result shows, as plain data in one language."""

    groups: list[SeatGroup]  # the seats, in chart order
    parties: list[LegendEntry]  # legend lines with seat counts
    key: list[LegendEntry]  # the style key
    notes: list[LegendEntry]  # the government, district winners not seated
    majority: str  # the majority line's label
    total: str  # "98 seats"
    benches: Benches | None = None  # for a layout with sides
    speaker: str = ""  # the Speaker's chair's tooltip

    @property
    def legend(self) -> list[LegendEntry]:
        """The legend's lines in order: parties, the style key, the notes."""
        return [*self.parties, *self.key, *self.notes]

    @property
    def seats(self) -> int:
        return sum(g.count for g in self.groups)


def chart_content(result: Result, layout: str = DEFAULT_LAYOUT, lang: str = "en"
                  ) -> ChartContent:
    """The seats, legend, majority label and total of the chart of ``result`` in the chart
    layout ``layout``, its texts in ``lang``."""
    blocks, benches = _blocks(result, chart_layout(layout).sides, lang)
    groups = [g for block in blocks for g in block.groups]
    colors = party_colors(result)
    parties, key, notes = legend_lines(result, [b.party for b in blocks if b.party],
                                       groups, colors, _government(result), lang)
    return ChartContent(groups, parties, key, notes, majority_text(result, lang),
                        total_text(sum(g.count for g in groups), lang), benches,
                        render(Term("chart", SPEAKER), lang))


def seat_groups(result: Result, layout: str = DEFAULT_LAYOUT, lang: str = "en"
                ) -> list[SeatGroup]:
    """The seats of ``result`` as runs of alike seats, in chart order (see the module's
    docstring). The counts add up to ``result.seats_total``; district winners who are not
    seated (``drop_uncovered``) have no seat and are not drawn."""
    return chart_content(result, layout, lang).groups


def party_colors(result: Result) -> dict[str, str]:
    """The colour the chart shows for each party: its own, unless too close to another
    party's or the independents' grey in normal or red-green colour-blind vision
    (``core.chart.palette``); parties earlier in the table keep theirs first. Every party of
    the scenario is kept apart (not only those with seats), so that a party keeps its colour
    when a what-if or other rules give seats to others; in a scenario of more than
    ``MOST_PARTIES``, only those that win seats."""
    chosen = [p for p in result.parties if len(result.parties) <= MOST_PARTIES
              or p.seats_with_affiliated]
    shown = shown_colors(tuple(p.color for p in chosen), (INDEPENDENT_COLOR, APPOINTED_COLOR))
    colors = {p.id: p.color for p in result.parties}
    colors.update({p.id: c for p, c in zip(chosen, shown, strict=True)})
    return colors


# --------------------------------------------------------------------------- order


@dataclass(frozen=True)
class _Block:
    """The seats of one party (``party``), the independents or an appointing body."""

    groups: list[SeatGroup]
    party: PartyResult | None = None

    @property
    def seats(self) -> int:
        return sum(g.count for g in self.groups)


def _government(result: Result) -> tuple[str, ...]:
    return result.scenario.presentation.government_parties()


def _blocks(result: Result, sides: bool, lang: str) -> tuple[list[_Block], Benches | None]:
    """The blocks in chart order, and the benches for a layout with sides."""
    presentation = result.scenario.presentation
    government = set(_government(result))
    colors = party_colors(result)
    by_id = {p.id: p for p in result.parties}
    winners = _seated(result)
    seated = [(pid, _Block(_party_groups(winners, by_id[pid], colors[pid], pid in government,
                                         lang), by_id[pid]))
              for pid in presentation.order(tuple(by_id))]
    seated = [(pid, b) for pid, b in seated if b.seats]
    parties = [b for _, b in seated]
    independents = _Block(_independent_groups(result, winners.get(None, []), lang))
    appointed = _Block(_appointed_groups(result, lang))
    if sides:
        if not government and seated:  # no government named: the largest party's benches
            government = {max(seated, key=lambda s: s[1].seats)[0]}
        ours = [b for pid, b in seated if pid in government]
        theirs = [b for pid, b in seated if pid not in government]
        benches = Benches(sum(b.seats for b in ours), sum(b.seats for b in theirs),
                          independents.seats + appointed.seats)
        return [*ours, *theirs, independents, appointed], benches
    if presentation.independents == CENTRE:
        at = _middle(parties, independents.seats)
        return [*parties[:at], independents, *parties[at:], appointed], None
    return [*parties, independents, appointed], None


def _middle(parties: list[_Block], seats: int) -> int:
    """Where ``seats`` seats go among the parties so that their middle is nearest the
    chart's: the index of the party they precede."""
    total = sum(b.seats for b in parties) + seats
    before, best, at = 0, float("inf"), 0
    for i in range(len(parties) + 1):
        gap = abs(2 * before + seats - total)
        if gap < best:
            best, at = gap, i
        if i < len(parties):
            before += parties[i].seats
    return at


# --------------------------------------------------------------------------- the seats


def _tip(lang: str, *lines: str | Term | Message) -> Tooltip:
    return Tooltip(lang, lines)


def _party_groups(winners: dict[str | None, list[DistrictWinner]], party: PartyResult,
                  color: str, government: bool, lang: str) -> list[SeatGroup]:
    """A party's list, bonus, levelling, district, overhang and affiliated seats (empty ones
    left out). Bonus and levelling seats are list seats, overhang seats district seats."""
    notes = _seat_notes(party)
    votes = msg("chart.list_votes", votes=party.votes, share=party.vote_share)
    levelling = min(max(party.levelling_seats, 0), party.list_seats)
    bonus = min(max(party.bonus_seats, 0), party.list_seats - levelling)
    runs = [(party.list_seats - levelling - bonus, LIST), (bonus, BONUS),
            (levelling, LEVELLING)]
    groups = [SeatGroup(n, style, color,
                        _tip(lang, party.name, Term("chart", SEAT_KINDS[style]), votes, *notes),
                        government)
              for n, style in runs if n > 0]
    groups += _district_groups(winners, party, color, government, notes, lang)
    if party.affiliated_seats:
        groups.append(SeatGroup(party.affiliated_seats, AFFILIATED, color, _tip(
            lang, msg("chart.affiliated", party=party.name)), government))
    return groups


def _seat_notes(party: PartyResult) -> list[Message]:
    """Extra counts of compensatory systems and list-tier rules, if any."""
    counts = [("chart.note_bonus", party.bonus_seats),
              ("chart.note_overhang", party.overhang_seats),
              ("chart.note_levelling", party.levelling_seats),
              ("chart.note_unseated", party.unseated)]
    return [msg(code, n=n) for code, n in counts if n]


def _district_groups(winners: dict[str | None, list[DistrictWinner]], party: PartyResult,
                     color: str, government: bool, notes: list[Message], lang: str
                     ) -> list[SeatGroup]:
    """One seat per district won (its district, winner, votes and margin), the overhang
    ones (the party's narrowest wins) last; the seats known from declared totals together."""
    seated = [w for w in winners.get(party.id, ()) if w.votes is not None]
    counted = sorted(seated, key=lambda w: -float(w.share or 0))[:party.district_seats]
    declared = party.district_seats - len(counted)
    overhang = min(party.overhang_seats, party.district_seats)
    kinds: dict[str, Term | Message] = {DISTRICT: Term("chart", SEAT_KINDS[DISTRICT]),
                                        OVERHANG: _overhang_kind(party)}
    groups = []
    for i, winner in enumerate(counted):
        style = OVERHANG if i >= len(counted) - overhang else DISTRICT
        groups.append(SeatGroup(1, style, color, _tip(lang, party.name, kinds[style],
                                                      _won(winner), *notes), government))
    if declared:
        plain = max(declared - max(overhang - len(counted), 0), 0)
        for n, style in ((plain, DISTRICT), (declared - plain, OVERHANG)):
            if n:
                groups.append(SeatGroup(n, style, color, _tip(
                    lang, party.name, kinds[style], Term("chart", DECLARED), *notes),
                    government))
    return groups


def _overhang_kind(party: PartyResult) -> Message:
    """An overhang seat: beyond the party's entitlement at the house's legal size."""
    return msg("chart.overhang_kind", entitlement=party.districts_won - party.overhang_seats)


def _won(winner: DistrictWinner) -> Message:
    return msg("chart.district_won", district=winner.district, candidate=winner.candidate,
               votes=winner.votes, margin=winner.margin)


def _seated(result: Result) -> dict[str | None, list[DistrictWinner]]:
    """The district winners who take their seats, by nominating party (None:
    self-nominated), in district order."""
    unseated = Counter(result.unseated)
    out: dict[str | None, list[DistrictWinner]] = {}
    for w in result.district_winners:
        if unseated[w]:
            unseated[w] -= 1
        else:
            out.setdefault(w.party, []).append(w)
    return out


def unaffiliated_independents(result: Result) -> int:
    """Self-nominated winners who sit with no party listed in the result."""
    return result.independent_seats - sum(p.affiliated_seats for p in result.parties)


def _independent_groups(result: Result, self_nominated: list[DistrictWinner], lang: str
                        ) -> list[SeatGroup]:
    parties = {p.id for p in result.parties}
    alone = [w for w in self_nominated if w.affiliation not in parties]
    kind = Term("chart", SEAT_KINDS[INDEPENDENT])
    counted = [w for w in alone if w.votes is not None][:unaffiliated_independents(result)]
    groups = [SeatGroup(1, INDEPENDENT, INDEPENDENT_COLOR,
                        _tip(lang, Term("chart", INDEPENDENT_NAME), kind, _won(w)))
              for w in counted]
    declared = unaffiliated_independents(result) - len(groups)
    if declared > 0:
        groups.append(SeatGroup(declared, INDEPENDENT, INDEPENDENT_COLOR, _tip(
            lang, Term("chart", INDEPENDENT_NAME), kind, Term("chart", DECLARED))))
    return groups


def _appointed_groups(result: Result, lang: str) -> list[SeatGroup]:
    """Appointed seats, one run per appointing body when the scenario names them."""
    bodies = [(a.seats, a.name) for a in result.scenario.appointed if a.seats > 0]
    if sum(n for n, _ in bodies) != result.appointed_seats:
        bodies = [(result.appointed_seats, "")] if result.appointed_seats else []
    return [SeatGroup(n, APPOINTED, APPOINTED_COLOR,
                      _tip(lang, msg("chart.appointed_by", name=name) if name
                           else Term("chart", APPOINTED_NAME)))
            for n, name in bodies]
