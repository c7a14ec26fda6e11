"""The projection view's tables and plots, built from core data by plain functions: the
projected house against the base election, the battleground, the coalitions, the seat
distributions (pyqtgraph bars) and the seats-votes curve (pyqtgraph line). The PDF report
draws the same plots (``ui.export.projection_report``); the view itself is
``ui.dialogs.simulation_dialog``."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt

from core.analysis.battleground import Contest
from core.chart.seating import party_colors
from core.message import QT_TRANSLATE_NOOP
from core.rules.metrics import simple_majority, two_thirds_majority
from core.simulate.montecarlo import SimulationResult
from core.simulate.projection import Projection
from core.simulate.seats_votes import SeatsVotesCurve
from core.text import formats
from ui import text as ui_text
from ui.models.rows_model import Cell, number
from ui.text import count, decimal, fill

GAIN, LOSS, MUTED = "#1b6e20", "#b00020", "#777777"
TITLE_CHARS = 22  # longer party names are shortened in a plot's title
MAX_HISTOGRAMS = 8
MAX_COALITIONS = 15


translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in context "Projection", in the window's
    language."""
    return translate("Projection", text)


def swing_names() -> dict[str, str]:
    """The swing models (``core.model.swing.SWING_MODELS``) by name, in the window's
    language."""
    return {"uniform": translate("Projection", "Uniform"),
            "proportional": translate("Projection", "Proportional"),
            "regional": translate("Projection", "Regional")}


def error_names() -> dict[str, str]:
    """The error models (``core.simulate.draws.ERROR_MODELS``) by name."""
    return {"points": translate("Projection", "Points"),
            "logit": translate("Projection", "Relative (logit)"),
            "poll": translate("Projection", "Poll sampling")}


@dataclass(frozen=True, eq=False)
class ProjectionRun:
    """Everything one press of Run computed: the projection (the house at the centre), the
    Monte Carlo around it, the battleground and the seats-votes curve."""

    projection: Projection
    simulation: SimulationResult
    contests: tuple[Contest, ...]
    curve: SeatsVotesCurve | None
    centre: str | None  # the poll the projection is centred on, by name (None: the base)

    @property
    def colors(self) -> dict[str, str]:
        """Each party's colour as the chart shows it (kept apart from the others')."""
        return party_colors(self.projection.base)


def percent(p: float) -> str:
    """A probability as a per cent; "<0.1%" and ">99.9%" rather than a rounded 0 or 100."""
    if 0 < p < 0.001:
        return "<" + ui_text.share(0.001, 1)
    if 0.999 < p < 1:
        return ">" + ui_text.share(0.999, 1)
    return ui_text.share(p, 1)


def signed(n: int) -> str:
    """A change in seats: ``+3``, ``−2``, ``0``."""
    return formats.format_signed(n, ui_text.language)


HOUSE_HEADERS = (
    QT_TRANSLATE_NOOP("Projection", "Party"),
    QT_TRANSLATE_NOOP("Projection", "Share"),
    QT_TRANSLATE_NOOP("Projection", "Base seats"),
    QT_TRANSLATE_NOOP("Projection", "Projected"),
    QT_TRANSLATE_NOOP("Projection", "Change"),
    QT_TRANSLATE_NOOP("Projection", "Mean"),
    QT_TRANSLATE_NOOP("Projection", "90% range"),
    QT_TRANSLATE_NOOP("Projection", "Majority"),
    QT_TRANSLATE_NOOP("Projection", "Qualify"),
)
HOUSE_TIPS = (
    "",
    QT_TRANSLATE_NOOP("Projection", "Projected share of the vote polls ask about: the "
                      "party-list vote, or the district vote where there is no list tier"),
    QT_TRANSLATE_NOOP("Projection", "Seats in the base election"),
    QT_TRANSLATE_NOOP("Projection", "Seats at the projected shares, counted exactly"),
    QT_TRANSLATE_NOOP("Projection", "Projected against base"),
    QT_TRANSLATE_NOOP("Projection", "Average seats over all runs"),
    QT_TRANSLATE_NOOP("Projection", "5th to 95th percentile: 9 runs in 10 fall in this "
                      "range"),
    QT_TRANSLATE_NOOP("Projection", "Chance of a simple majority alone"),
    QT_TRANSLATE_NOOP("Projection", "Chance to pass the threshold"),
)


def house_rows(run: ProjectionRun, colors: dict[str, str]) -> list[list[Cell]]:
    """Per party with seats somewhere: its projected share, base and projected seats, the
    change, and the Monte Carlo's mean, 90% range and chance of a majority alone."""
    p = run.projection
    sims = {s.id: s for s in run.simulation.parties}
    rows: list[tuple[int, list[Cell]]] = []
    for base, now in zip(p.base.parties, p.result.parties, strict=True):
        sim = sims[now.id]
        if not (base.seats or now.seats or len(sim.histogram) > 1 or 0 < sim.p_qualify < 1):
            continue
        change = now.seats - base.seats
        rows.append((now.seats, [
            Cell(now.name, now.name, swatch=colors.get(now.id)),
            number(ui_text.share(p.shares[now.id], 1),
                   fill(translate("Projection", "Base election: {share:pct1}"),
                        share=p.base_shares[now.id])),
            number(count(base.seats)),
            number(count(now.seats), bold=True),
            number(signed(change), color=GAIN if change > 0 else LOSS if change < 0 else None),
            number(decimal(sim.seats_mean, 1)),
            number(f"{count(sim.seats_p05)}–{count(sim.seats_p95)}"),
            number(percent(sim.p_majority)),
            number(percent(sim.p_qualify))]))
    rows.sort(key=lambda r: -r[0])
    return [row for _, row in rows]


def headline_html(run: ProjectionRun) -> str:
    """What a journalist would write first: the projected house, who can govern, how sure."""
    p, s = run.projection, run.simulation
    house = p.result.seats_total
    need = simple_majority(house)
    top = sorted(p.result.parties, key=lambda r: -r.seats)[:5]
    moved = p.model.target is not None
    seats = ", ".join(f"{escape(r.name)} <b>{r.seats}</b>"
                      + (f" ({signed(r.seats - p.base.party(r.id).seats)})" if moved else "")
                      for r in top if r.seats)
    leader = top[0]
    odds = {x.id: x.p_majority for x in s.parties}
    if leader.seats_with_affiliated >= need:
        verdict = translate("Projection", "{party} would have a majority ({seats} of {house}; "
                                          "{need} needed).")
    else:
        verdict = translate("Projection", "No majority: {party} would be largest, {short} "
                                          "short of {need}.")
    verdict = fill(verdict, party=escape(leader.name), seats=leader.seats_with_affiliated,
                   house=house, need=need, short=need - leader.seats_with_affiliated)
    chance = fill(translate("Projection", "Over {runs} runs: a single-party majority in {any}; "
                                          "{party} alone in {mine}."),
                  runs=s.runs, any=percent(s.p_any_majority), party=escape(leader.name),
                  mine=percent(odds[leader.id]))
    return (f"<b>{escape(centre_words(run.centre))}</b><br>{seats}.<br>{verdict} {chance}")


def centre_words(centre: str | None) -> str:
    """What the projection is centred on, in the language shown now."""
    if centre is None:
        return translate("SimulationDialog", "The base election")
    return fill(translate("SimulationDialog", "Projection: {centre}"), centre=centre)


BATTLE_HEADERS = (
    QT_TRANSLATE_NOOP("Projection", "District"),
    QT_TRANSLATE_NOOP("Projection", "Holder"),
    QT_TRANSLATE_NOOP("Projection", "Runner-up"),
    QT_TRANSLATE_NOOP("Projection", "Margin"),
    QT_TRANSLATE_NOOP("Projection", "Swing to flip"),
    QT_TRANSLATE_NOOP("Projection", "Holder keeps"),
)


def battleground_rows(run: ProjectionRun, colors: dict[str, str],
                      names: dict[str | None, str]) -> list[list[Cell]]:
    """Every district, closest first: holder and runner-up in the projection, the margin, the
    two-party swing that flips it, and how often the holder keeps it in the runs."""
    chances = {d.id: d.p_win for d in run.simulation.districts}
    nobody = translate("Projection", "self-nominated")
    rows = []
    for c in run.contests:
        keep = chances.get(c.district_id, {}).get(c.winner_party)
        rows.append([
            Cell(c.district, c.region),
            Cell(names.get(c.winner_party, nobody), swatch=colors.get(c.winner_party or "")),
            Cell(names.get(c.runner_up_party, nobody) if c.runner_up else "",
                 swatch=colors.get(c.runner_up_party or "")),
            number(ui_text.share(c.margin_share, 1),
                   fill(translate("Projection", "{votes} {votes:plural:vote|votes}"),
                        votes=c.margin)),
            number(fill(translate("Projection", "{points:dec2} pts"),
                        points=float(c.swing_to_flip) * 100)),
            number("" if keep is None else percent(keep))])
    return rows


CONSTITUENCY_HEADERS = (
    QT_TRANSLATE_NOOP("Projection", "Constituency"),
    QT_TRANSLATE_NOOP("Projection", "Seats"),
    QT_TRANSLATE_NOOP("Projection", "Mean seats per party"),
)


def fixed_district_rows(run: ProjectionRun) -> list[list[Cell]]:
    """One row saying why there is no battleground: the district seats do not move."""
    s = run.projection.scenario
    declared = sum(d.seats for d in s.district_tier.declared)
    if declared:
        text = fill(translate("Projection", "The {n} district seats are known only as declared "
                                            "totals: they stay as they are in every run."),
                    n=declared)
    else:
        text = translate("Projection", "No single-member districts: nothing to fight over "
                                       "seat by seat.")
    return [[Cell(text)]]


def constituency_rows(run: ProjectionRun, names: dict[str | None, str]) -> list[list[Cell]]:
    """Each list constituency: its seats and the parties' mean seats over the runs."""
    seats = {c.id: c.seats for c in run.projection.scenario.list_tier.constituencies or ()}
    return [[Cell(c.name), number(count(seats[c.id]) if c.id in seats else ""),
             Cell(", ".join(f"{names[k]} {decimal(v, 1)}" for k, v in sorted(
                 c.seats_mean.items(), key=lambda kv: -kv[1]) if v >= 0.05))]
            for c in run.simulation.constituencies]


COALITION_HEADERS = (
    QT_TRANSLATE_NOOP("Projection", "Coalition"),
    QT_TRANSLATE_NOOP("Projection", "Majority"),
    QT_TRANSLATE_NOOP("Projection", "Every member needed"),
)


def coalition_rows(r: SimulationResult) -> list[list[Cell]]:
    """A party alone or a group of up to three that holds a majority in some run with every
    member needed, most often first."""
    names = {p.id: p.name for p in r.parties}
    groups = [c for c in r.coalitions if c.p_minimal > 0]
    if not groups:
        return [[Cell(translate("Projection", "No party alone and no group of up to three "
                                              "reached a majority in any run"),
                      italic=True, color=MUTED), number(""), number("")]]
    alone = translate("Projection", " (alone)")
    return [[Cell(" + ".join(names[i] for i in c.parties) + (alone if len(c.parties) == 1
                                                              else "")),
             number(percent(c.p_majority)), number(percent(c.p_minimal))]
            for c in groups[:MAX_COALITIONS]]


def curve_text(curve: SeatsVotesCurve, names: dict[str | None, str]) -> str:
    """The figures read from the curve, in a sentence or two."""
    text = fill(translate("Projection", "At {share:pct1} {party} holds {seats} "
                                        "{seats:plural:seat|seats}."),
                share=curve.share, party=escape(names[curve.party]), seats=curve.seats_now)
    if curve.responsiveness is not None:
        text += " " + fill(translate("Projection", "Responsiveness {r:dec2}: each point of the "
                                                   "vote is worth about {s:dec1} seats here."),
                           r=curve.responsiveness,
                           s=curve.responsiveness * curve.houses[0] / 100)
    if curve.rival is not None and curve.bias is not None:
        if curve.bias_seats == 0:
            words = translate("Projection", "With the same share as {rival} ({equal:pct1} "
                                            "each) it would hold as many seats: no partisan "
                                            "bias between them.")
        elif curve.bias_seats > 0:
            words = translate("Projection", "With the same share as {rival} ({equal:pct1} "
                                            "each) it would hold {gap} {gap:plural:seat|seats} "
                                            "more: a partisan bias of {bias:pct1} of the house "
                                            "in its favour.")
        else:
            words = translate("Projection", "With the same share as {rival} ({equal:pct1} "
                                            "each) it would hold {gap} {gap:plural:seat|seats} "
                                            "fewer: a partisan bias of {bias:pct1} of the house "
                                            "against it.")
        text += " " + fill(words, rival=escape(names[curve.rival]), equal=curve.equal_share,
                           gap=abs(curve.bias_seats), bias=abs(curve.bias))
    return text


# ---------------------------------------------------------------------------- plots


def draw_histograms(view, r: SimulationResult, colors: dict[str, str],
                    columns: int = 2) -> dict[str, object]:
    """One bar chart per party that won seats in some run (the largest first): seats won,
    in % of runs, with the majority and two-thirds lines when within reach. Returns the bar
    items by party id."""
    import numpy as np
    import pyqtgraph as pg

    view.clear()
    bars = {}
    majority, two_thirds = simple_majority(r.house), two_thirds_majority(r.house)
    drawn = sorted((p for p in r.parties if len(p.histogram) > 1),
                   key=lambda p: -p.seats_mean)[:MAX_HISTOGRAMS]
    columns = min(columns, max(len(drawn), 1))
    for n, p in enumerate(drawn):
        plot = view.addPlot(row=n // columns, col=n % columns)
        most = TITLE_CHARS * 2 // columns  # one column: twice the room
        name = p.name if len(p.name) <= most else p.name[:most - 1] + "…"
        plot.setTitle(f"{escape(name)}: {decimal(p.seats_mean, 1)}", size="9pt", color="#222")
        plot.setLabel("left", translate("Projection", "% of runs"))
        counts = np.asarray(p.histogram, dtype=float)
        seats = np.nonzero(counts)[0]
        # Wide ranges in bins of several seats (at most about 40 bars), % of runs per bin.
        step = max(1, -(-(int(seats[-1]) - int(seats[0]) + 1) // 40))
        first = int(seats[0]) - int(seats[0]) % step
        binned = np.add.reduceat(counts[first:], np.arange(0, counts.size - first, step))
        x = first + step * np.arange(binned.size) + (step - 1) / 2
        keep = binned > 0
        item = pg.BarGraphItem(x=x[keep], height=binned[keep] / r.runs * 100,
                               width=0.8 * step, brush=colors.get(p.id, "#888888"), pen=None)
        plot.addItem(item)
        bars[p.id] = item
        low, high = int(seats[0]), int(seats[-1])
        aff = p.affiliated_seats  # the bars count own nominees; majorities these too
        for needed, label in ((majority, translate("Projection", "majority")), (two_thirds, "⅔")):
            line = needed - aff
            text = f"{label} {needed}" + (f" = {line} + {aff}" if aff else "")
            if high >= line - 3:  # within reach: show the line and the room to it
                plot.addItem(pg.InfiniteLine(line - 0.5, pen=pg.mkPen(
                    "#333", style=Qt.DashLine), label=text,
                    labelOpts={"position": 0.92, "color": "#333", "anchors": [(0, 0), (0, 0)]}))
                low, high = min(low, line), max(high, line)
        plot.setXRange(low - 1, high + 1, padding=0)
        _quiet(plot)
    return bars


def draw_curve(plot, curve: SeatsVotesCurve, color: str) -> None:
    """Seats against national vote share (%), the proportional diagonal, the party's point
    now, and where it would stand at equal shares with its rival."""
    import numpy as np
    import pyqtgraph as pg

    plot.clear()
    shares = np.asarray(curve.shares) * 100
    seats = np.asarray(curve.seats, dtype=float)
    house = float(max(curve.houses))
    plot.plot(shares, shares / 100 * house, pen=pg.mkPen("#999999", style=Qt.DashLine))
    plot.plot(shares, seats, pen=pg.mkPen(color, width=2.5))
    plot.addItem(pg.InfiniteLine(simple_majority(int(house)), angle=0, pen=pg.mkPen(
        "#333333", style=Qt.DotLine), label=translate("Projection", "majority"),
        labelOpts={"position": 0.05, "color": "#333"}))
    plot.plot([curve.share * 100], [curve.seats_now], pen=None, symbol="o", symbolSize=10,
              symbolBrush=color, symbolPen="#222")
    if curve.equal_share is not None:
        plot.addItem(pg.InfiniteLine(curve.equal_share * 100, pen=pg.mkPen(
            MUTED, style=Qt.DotLine), label=translate("Projection", "equal shares"),
            labelOpts={"position": 0.9, "color": MUTED}))
    plot.setLabel("bottom", translate("Projection", "National vote share (%)"))
    plot.setLabel("left", translate("Projection", "Seats"))
    top = min(100.0, max(60.0, curve.share * 200))
    plot.setXRange(0, top, padding=0.01)
    plot.setYRange(0, house, padding=0.02)
    _quiet(plot)


def _quiet(plot) -> None:
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
