"""A Monte Carlo summary as the command line prints it: ``simulate --format json`` (docs/cli.md,
extended, never renamed) and the readable table, in the language asked for; with a
projection, its house, the battleground and a seats-votes curve when they were asked for."""

from __future__ import annotations

import json
from typing import Any

from core.analysis.battleground import Contest
from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.simulate.montecarlo import SimulationResult
from core.simulate.projection import Projection
from core.simulate.seats_votes import SeatsVotesCurve
from core.text import formats
from core.text.render import render, render_all

BATTLEGROUND_SHOWN = 15  # closest districts in the table (the JSON has every one)


def simulation_dict(result: SimulationResult, lang: str = "en", *,
                    projection: Projection | None = None,
                    contests: tuple[Contest, ...] = (),
                    curve: SeatsVotesCurve | None = None) -> dict[str, Any]:
    """The ``simulate --format json`` object."""
    m = result.model
    out: dict[str, Any] = {
        "runs": result.runs,
        "seed": result.seed,
        "sd": result.sd,
        "title": result.title,
        "house": result.house,
        "parties": [
            {"id": p.id, "seats_mean": round(p.seats_mean, 4), "seats_p05": p.seats_p05,
             "seats_p95": p.seats_p95, "p_qualify": p.p_qualify,
             "p_majority": p.p_majority, "name": p.name, "p_two_thirds": p.p_two_thirds,
             "histogram": {str(s): n for s, n in enumerate(p.histogram) if n}}
            for p in result.parties
        ],
        "p_any_majority": result.p_any_majority,
        "coalitions": [{"parties": list(c.parties), "p_majority": c.p_majority,
                        "p_minimal": c.p_minimal} for c in result.coalitions],
        "notes": render_all(result.notes, lang),
        "model": {"swing": m.swing, "error": m.error, "sd": m.sd, "regional_sd": m.regional_sd,
                  "district_sd": m.district_sd, "sample_size": m.sample_size,
                  "target": m.target},
        "nothing_moves": None if result.nothing_moves is None
        else render(result.nothing_moves, lang),
    }
    if result.districts:
        out["districts"] = [
            {"id": d.id, "name": d.name, "winner": d.winner,
             "p_win": [{"party": k, "p": v}
                       for k, v in sorted(d.p_win.items(), key=lambda kv: -kv[1])]}
            for d in result.districts]
    if result.constituencies:
        out["constituencies"] = [{"id": c.id, "name": c.name, "seats_mean": c.seats_mean}
                                 for c in result.constituencies]
    if projection is not None:
        out["projection"] = projection_dict(projection)
    if contests:
        chances = {d.id: d.p_win for d in result.districts}
        out["battleground"] = [
            {"id": c.district_id, "name": c.district, "winner": c.winner_party,
             "runner_up": c.runner_up_party, "margin": c.margin,
             "margin_share": float(c.margin_share), "swing_to_flip": float(c.swing_to_flip),
             "p_hold": chances.get(c.district_id, {}).get(c.winner_party)}
            for c in contests]
    if curve is not None:
        out["seats_votes"] = curve_dict(curve)
    return out


def projection_dict(p: Projection) -> dict[str, Any]:
    """The projected house beside the base election's, party by party."""
    return {"parties": [
        {"id": r.id, "base_share": round(p.base_shares[r.id], 6),
         "share": round(p.shares[r.id], 6), "base_seats": b.seats, "seats": r.seats}
        for b, r in zip(p.base.parties, p.result.parties, strict=True)],
        "house": p.result.seats_total, "base_house": p.base.seats_total}


def curve_dict(c: SeatsVotesCurve) -> dict[str, Any]:
    return {"party": c.party, "share": c.share, "seats": c.seats_now,
            "responsiveness": c.responsiveness, "rival": c.rival, "bias_seats": c.bias_seats,
            "bias": c.bias, "equal_share": c.equal_share,
            "points": [[round(s, 6), n, h] for s, n, h in zip(c.shares, c.seats, c.houses,
                                                              strict=True)]}


def simulation_json(result: SimulationResult, lang: str = "en", **extra: Any) -> str:
    """Pretty JSON of ``simulation_dict``."""
    return json.dumps(simulation_dict(result, lang, **extra), ensure_ascii=False,
                      indent=2) + "\n"


_HEAD = (QT_TRANSLATE_NOOP("cli", "Party"), QT_TRANSLATE_NOOP("cli", "Mean"),
         QT_TRANSLATE_NOOP("cli", "5%"), QT_TRANSLATE_NOOP("cli", "95%"),
         QT_TRANSLATE_NOOP("cli", "Qualify"), QT_TRANSLATE_NOOP("cli", "Majority"),
         QT_TRANSLATE_NOOP("cli", "2/3"))
_WIDTHS = (7, 4, 4, 8, 9, 7)


def simulation_table(result: SimulationResult, lang: str = "en", *,
                     projection: Projection | None = None, contests: tuple[Contest, ...] = (),
                     curve: SeatsVotesCurve | None = None) -> str:
    """A readable text table for the command line (one line when nothing can move)."""
    if result.nothing_moves is not None:
        return render(result.nothing_moves, lang) + "\n"
    shown = sorted((p for p in result.parties if len(p.histogram) > 1 or 0 < p.p_qualify < 1),
                   key=lambda p: -p.seats_mean)  # largest first, ties in the scenario's order
    qualify = any(p.p_qualify < 1 for p in result.parties)  # else the column says nothing
    columns = [i for i in range(len(_HEAD)) if qualify or _HEAD[i] != _HEAD[4]]
    head = [render(Term("cli", _HEAD[i]), lang) for i in columns]
    width = max(12, len(head[0]), *(len(p.name) for p in shown))
    widths = (width, *(max(_WIDTHS[i - 1], len(h)) for i, h in zip(columns[1:], head[1:],
                                                                    strict=True)))

    def line(values: list[str]) -> str:
        return " ".join(v.ljust(w) if i == 0 else v.rjust(w)
                        for i, (v, w) in enumerate(zip(values, widths, strict=True))).rstrip()

    def pct(p: float) -> str:
        return formats.format_share(p, 1, lang)

    rule = "-" * len(line(head))
    lines = [result.title,
             render(msg("simulate.summary", runs=result.runs, sd=result.sd, seed=result.seed,
                        house=result.house), lang)]
    if projection is not None:
        lines.append(render(_projection_line(projection), lang))
    lines += ["", line(head), rule]
    for p in shown:
        cells = [p.name, formats.format_decimal(p.seats_mean, 2, lang), str(p.seats_p05),
                 str(p.seats_p95), pct(p.p_qualify), pct(p.p_majority), pct(p.p_two_thirds)]
        lines.append(line([cells[i] for i in columns]))
    hidden = len(result.parties) - len(shown)
    if hidden:
        lines.append(render(msg("simulate.hidden_parties", n=hidden), lang))
    lines += [rule, render(msg("simulate.any_majority", p=result.p_any_majority), lang)]
    names = {p.id: p.name for p in result.parties}
    groups = [c for c in result.coalitions if len(c.parties) > 1 and c.p_minimal > 0]
    if groups:
        lines += ["", render(msg("simulate.coalitions_head"), lang)]
        lines += [render(msg("simulate.coalition", parties=" + ".join(names[i] for i in c.parties),
                             p=c.p_majority, minimal=c.p_minimal), lang) for c in groups[:15]]
    if contests:
        lines += ["", *_battleground_lines(result, contests, names, lang)]
    if curve is not None:
        lines += ["", render(_curve_line(curve, names), lang)]
    lines += [render(msg("simulate.note", text=n), lang) for n in result.notes]
    return "\n".join(lines) + "\n"


def _projection_line(p: Projection) -> Message:
    names = {r.id: r.name for r in p.result.parties}
    top = sorted(p.result.parties, key=lambda r: -r.seats)[:4]
    return msg("simulate.projected", parties=[
        msg("simulate.projected_party", party=names[r.id], share=p.shares[r.id],
            seats=r.seats, change=r.seats - p.base.party(r.id).seats) for r in top])


def _battleground_lines(result: SimulationResult, contests: tuple[Contest, ...],
                        names: dict[str, str], lang: str) -> list[str]:
    chances = {d.id: d.p_win for d in result.districts}
    lines = [render(msg("simulate.battleground_head", n=min(len(contests),
                                                           BATTLEGROUND_SHOWN)), lang)]
    for c in contests[:BATTLEGROUND_SHOWN]:
        nobody = render(msg("simulate.self_nominated"), lang)
        holder = nobody if c.winner_party is None else names.get(c.winner_party, nobody)
        rival = nobody if c.runner_up_party is None else names.get(c.runner_up_party, nobody)
        hold = chances.get(c.district_id, {}).get(c.winner_party, 0.0)
        lines.append(render(msg("simulate.contest", district=c.district, holder=holder,
                                rival=rival, margin=c.margin, share=c.margin_share,
                                swing=c.swing_to_flip, hold=hold), lang))
    return lines


def _curve_line(c: SeatsVotesCurve, names: dict[str, str]) -> Message:
    if c.rival is None or c.responsiveness is None:
        return msg("simulate.curve_short", party=names[c.party], share=c.share,
                   seats=c.seats_now)
    return msg("simulate.curve", party=names[c.party], share=c.share, seats=c.seats_now,
               responsiveness=c.responsiveness, rival=names[c.rival],
               equal=c.equal_share, gap=c.bias_seats, bias=c.bias)
