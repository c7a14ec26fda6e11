"""A Monte Carlo summary as the command line prints it: ``simulate --format json`` (docs/cli.md,
extended, never renamed) and the readable table, in the language asked for."""

from __future__ import annotations

import json
from typing import Any

from core.message import QT_TRANSLATE_NOOP, Term, msg
from core.simulate.montecarlo import SimulationResult
from core.text import formats
from core.text.render import render, render_all


def simulation_dict(result: SimulationResult, lang: str = "en") -> dict[str, Any]:
    """The ``simulate --format json`` object."""
    return {
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
    }


def simulation_json(result: SimulationResult, lang: str = "en") -> str:
    """Pretty JSON of ``simulation_dict``."""
    return json.dumps(simulation_dict(result, lang), ensure_ascii=False, indent=2) + "\n"


_HEAD = (QT_TRANSLATE_NOOP("cli", "Party"), QT_TRANSLATE_NOOP("cli", "Mean"),
         QT_TRANSLATE_NOOP("cli", "5%"), QT_TRANSLATE_NOOP("cli", "95%"),
         QT_TRANSLATE_NOOP("cli", "Qualify"), QT_TRANSLATE_NOOP("cli", "Majority"),
         QT_TRANSLATE_NOOP("cli", "2/3"))
_WIDTHS = (7, 4, 4, 8, 9, 7)


def simulation_table(result: SimulationResult, lang: str = "en") -> str:
    """A readable text table for the command line."""
    head = [render(Term("cli", h), lang) for h in _HEAD]
    width = max(12, len(head[0]), *(len(p.name) for p in result.parties))
    widths = (width, *(max(w, len(h)) for w, h in zip(_WIDTHS, head[1:], strict=True)))

    def line(values: list[str]) -> str:
        return " ".join(v.ljust(w) if i == 0 else v.rjust(w)
                        for i, (v, w) in enumerate(zip(values, widths, strict=True))).rstrip()

    def pct(p: float) -> str:
        return formats.format_share(p, 1, lang)

    rule = "-" * len(line(head))
    lines = [result.title,
             render(msg("simulate.summary", runs=result.runs, sd=result.sd, seed=result.seed,
                        house=result.house), lang), "", line(head), rule]
    lines += [line([p.name, formats.format_decimal(p.seats_mean, 2, lang), str(p.seats_p05),
                    str(p.seats_p95), pct(p.p_qualify), pct(p.p_majority), pct(p.p_two_thirds)])
              for p in result.parties]
    lines += [rule, render(msg("simulate.any_majority", p=result.p_any_majority), lang)]
    names = {p.id: p.name for p in result.parties}
    groups = [c for c in result.coalitions if len(c.parties) > 1 and c.p_minimal > 0]
    if groups:
        lines += ["", render(msg("simulate.coalitions_head"), lang)]
        lines += [render(msg("simulate.coalition", parties=" + ".join(names[i] for i in c.parties),
                             p=c.p_majority, minimal=c.p_minimal), lang) for c in groups[:15]]
    lines += [render(msg("simulate.note", text=n), lang) for n in result.notes]
    return "\n".join(lines) + "\n"
