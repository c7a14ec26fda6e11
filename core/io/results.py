"""A Result as the JSON, CSV and text table of the command line (docs/cli.md).

All three are read off ``core.io.result_table`` (the rows and columns every output shares)
and ``core.text`` (the sentences), in the language asked for; JSON keys and ids never change
with the language.
"""

from __future__ import annotations

import csv
import io
import json
from fractions import Fraction
from typing import Any

from core.io.result_table import COLUMNS, PARTY, Row, result_rows, seat_share
from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.rules.linkages import LINKAGES
from core.rules.result import ConstituencyResult, DistrictWinner, PartyResult, Result
from core.rules.thresholds import constituency_bases
from core.text import formats
from core.text.describe import (
    adjustment_rules,
    constituency_notes,
    headline,
    linkage_notes,
    linkage_rule,
    method_rule,
    threshold_rule,
    tie_message,
)
from core.text.render import render, render_all

CSV_COLUMNS = ("kind", "id", *(c.id for c in COLUMNS))
"""Columns of ``compute --format csv``: the row kind (party, independents, appointed,
against_all, invalid, total), the party id, then the result table's columns. The header row
names them by these ids in English; in another language the result table's columns are
headed in it (the row kind and the id, which hold ids, keep their names)."""


def csv_header(lang: str = "en") -> list[str]:
    """The header row of the CSV in ``lang``."""
    if lang == "en":
        return list(CSV_COLUMNS)
    return ["kind", "id", *(render(Term("table", c.header), lang) for c in COLUMNS)]


def result_dict(result: Result, lang: str = "en") -> dict[str, Any]:
    """The ``compute --format json`` object: docs/cli.md, extended, never renamed."""
    s = result.scenario
    majority = result.majority
    indices = result.indices
    names = {p.id: p.name for p in result.parties}
    out: dict[str, Any] = {
        "title": s.title,
        "seats_total": result.seats_total,
        "parties": [_party_dict(result, p) for p in result.parties],
        "independent_seats": result.independent_seats,
        "appointed_seats": result.appointed_seats,
        "ties": [{"tier": render(t.tier, lang), "seats": t.seats,
                  "contenders": list(t.contenders), "winners": list(t.winners),
                  "rule": t.rule, "description": render(tie_message(t, names), lang)}
                 for t in result.ties],
        "warnings": render_all(result.warnings, lang),
        "warning_codes": [w.to_dict() for w in result.warnings],
        "notes": render_all(result.notes, lang),
        "note_codes": [n.to_dict() for n in result.notes],
        "linkage": _linkage_dict(result, lang),
        "threshold": {
            "rule": render(threshold_rule(s), lang),
            "base": s.list_tier.threshold.base,
            "base_votes": result.threshold_base,
            "tests": [{"id": t.party_id, "votes": t.votes, "passed": t.passed,
                       "reason": render(t.reason, lang)} for t in result.thresholds],
        },
        "method": {"id": s.list_tier.method, "description": render(method_rule(s), lang)},
        "rules": [{"key": key, "description": render(text, lang)}
                  for key, text in adjustment_rules(s)],
        "majority": {"house": majority.house, "simple": majority.simple,
                     "two_thirds": majority.two_thirds, "largest": majority.largest,
                     "largest_seats": majority.largest_seats,
                     "has_simple": majority.has_simple,
                     "has_two_thirds": majority.has_two_thirds},
        "indices": {"gallagher": round(indices.gallagher, 4),
                    "loosemore_hanby": round(indices.loosemore_hanby, 4),
                    "enp_votes": round(indices.enp_votes, 4),
                    "enp_seats": round(indices.enp_seats, 4)},
    }
    if s.list_tier.constituencies is not None:
        out["constituencies"] = [_constituency_dict(result, c) for c in result.constituencies]
    return out


def _party_dict(result: Result, p: PartyResult) -> dict[str, Any]:
    """A party row; compensatory systems add the entitlement and what happened to it."""
    share = seat_share(result, p.seats)
    out: dict[str, Any] = {
        "id": p.id, "name": p.name, "votes": p.votes,
        "vote_share": round(float(p.vote_share), 6), "qualified": p.qualified,
        "list_seats": p.list_seats, "district_seats": p.district_seats, "seats": p.seats,
        "seats_with_affiliated": p.seats_with_affiliated,
        "seat_share": None if share is None else round(float(share), 6),
    }
    if result.scenario.list_tier.adjustments:
        out["bonus_seats"] = p.bonus_seats
    if LINKAGES[result.scenario.mixed_type].entitlements:
        out |= {"entitlement": p.entitlement, "overhang_seats": p.overhang_seats,
                "levelling_seats": p.levelling_seats, "districts_won": p.districts_won,
                "unseated": [_winner_dict(w) for w in result.unseated if w.party == p.id]}
    return out


def _winner_dict(w: DistrictWinner) -> dict[str, Any]:
    return {"district": w.district or None, "candidate": w.candidate or None, "votes": w.votes,
            "share": None if w.share is None else round(float(w.share), 6)}


def _linkage_dict(result: Result, lang: str) -> dict[str, Any]:
    """How the tiers were linked and how the house grew (or did not)."""
    s = result.scenario
    return {"type": s.mixed_type, "overhang": s.overhang,
            "description": render(linkage_rule(s), lang), "base_seats": result.house_base,
            "seats_total": result.seats_total,
            "proportional_seats": result.proportional_seats,
            "overhang_seats": result.overhang_seats,
            "levelling_seats": result.levelling_seats,
            "unseated": len(result.unseated)}


def _constituency_dict(result: Result, c: ConstituencyResult) -> dict[str, Any]:
    """``{"id", "seats": {party_id: n}}`` (parties with seats), extended."""
    out: dict[str, Any] = {
        "id": c.id, "name": c.name, "seats_total": c.seats_total,
        "seats": {p: n for p, n in c.seats.items() if n},
        "qualified": list(c.qualified),
    }
    if c.levelling:
        out["levelling_seats"] = dict(c.levelling)
    regional = result.scenario.mixed_type == "additional_member"
    if c.district_seats or regional:
        out["district_seats"] = dict(c.district_seats)
    if regional:
        out["awards"] = [{"seat": a.seat, "party": a.party, "held": a.held,
                          "quotient": round(float(a.quotient), 4)} for a in c.awards]
        nxt = c.next_in_line
        out["next_in_line"] = None if nxt is None else {
            "party": nxt.party, "held": nxt.held, "quotient": round(float(nxt.quotient), 4)}
    return out


def to_json(result: Result, lang: str = "en") -> str:
    """Pretty JSON of ``result_dict``."""
    return json.dumps(result_dict(result, lang), ensure_ascii=False, indent=2) + "\n"


def to_csv(result: Result, lang: str = "en") -> str:
    """Every row of the result table (parties, then independents, appointed members, the
    other ballots and the total), with the ``csv_header``: numbers as numbers, shares as
    decimals of 1, flags as true/false; names of the non-party rows in ``lang``."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(csv_header(lang))
    for row in result_rows(result):
        writer.writerow([row.kind, _csv_text(row.id or ""), _csv_text(render(row.name, lang)),
                         *(_csv_value(row.values.get(c.id)) for c in COLUMNS[1:])])
    return buf.getvalue()


def _csv_text(text: str) -> str:
    """Text a spreadsheet will not run as a formula (OWASP, CSV injection): a cell that would
    start with = + - @ or a tab or carriage return gets a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Fraction):
        return round(float(value), 6)
    return value


# Headings of the text table (translated in context "cli").
_HEAD = (QT_TRANSLATE_NOOP("cli", "Party"), QT_TRANSLATE_NOOP("cli", "Votes"),
         QT_TRANSLATE_NOOP("cli", "Share"), QT_TRANSLATE_NOOP("cli", "Thr."),
         QT_TRANSLATE_NOOP("cli", "List"), QT_TRANSLATE_NOOP("cli", "Dist."),
         QT_TRANSLATE_NOOP("cli", "Seats"), QT_TRANSLATE_NOOP("cli", "+Aff."))
_YES, _NO = QT_TRANSLATE_NOOP("cli", "yes"), QT_TRANSLATE_NOOP("cli", "no")
_WIDTHS = (10, 8, 4, 5, 5, 5, 5)


def to_table(result: Result, lang: str = "en") -> str:
    """A readable text table with the threshold, majorities, indices, ties and warnings."""
    s = result.scenario
    rows = [r for r in result_rows(result) if r.kind not in ("against_all", "invalid")]
    cells = [_table_cells(r, lang) for r in rows]
    head = [render(Term("cli", h), lang) for h in _HEAD]
    width = max(12, len(head[0]), *(len(c[0]) for c in cells))
    widths = (width, *(max(w, len(h)) for w, h in zip(_WIDTHS, head[1:], strict=True)))

    def line(values: list[str]) -> str:
        return " ".join(v.ljust(w) if i == 0 else v.rjust(w)
                        for i, (v, w) in enumerate(zip(values, widths, strict=True))).rstrip()

    rule = "-" * len(line(head))
    names = {p.id: p.name for p in result.parties}
    ix = result.indices
    lines = [s.title_in(lang),
             render(msg("cli.method", text=method_rule(s)), lang),
             render(_threshold_line(result), lang)]
    lines += [render(text, lang) for _, text in adjustment_rules(s)]
    lines += ["", line(head), rule]
    lines += [line(c) for c in cells[:-1]]
    lines += [rule, line(cells[-1]), "", render(_majority_line(result), lang),
              render(msg("cli.indices", gallagher=ix.gallagher,
                              lh=ix.loosemore_hanby, enp_votes=ix.enp_votes,
                              enp_seats=ix.enp_seats), lang)]
    lines += render_all(linkage_notes(result), lang)
    lines += render_all(constituency_notes(result), lang)
    lines += render_all(result.notes, lang)
    lines += [render(msg("cli.tie", text=tie_message(t, names)), lang) for t in result.ties]
    lines += [render(msg("cli.warning", text=w), lang) for w in result.warnings]
    return "\n".join(lines) + "\n"


def _table_cells(row: Row, lang: str) -> list[str]:
    v = row.values

    def count(key: str) -> str:
        return "" if v.get(key) is None else formats.format_count(v[key], lang)

    share = "" if row.kind != PARTY else formats.format_share(v["vote_share"], 2, lang)
    flag = "" if row.kind != PARTY else render(Term("cli", _YES if v["qualified"] else _NO),
                                               lang)
    return [render(row.name, lang), count("votes"), share, flag, count("list_seats"),
            count("district_seats"), count("seats"), count("seats_with_affiliated")]


def _threshold_line(result: Result) -> Message:
    """The threshold and its base: national, or each constituency's own (its range)."""
    s = result.scenario
    bases = constituency_bases(s)
    if not bases:
        return msg("cli.threshold", text=threshold_rule(s), base=result.threshold_base)
    low, high = min(bases, key=lambda b: b[1]), max(bases, key=lambda b: b[1])
    return msg("cli.threshold_by_constituency", text=threshold_rule(s), low=low[1],
               low_name=low[0], high=high[1], high_name=high[0])


def _majority_line(result: Result) -> Message:
    m = result.majority
    if result.scenario.presentation.apportionment:  # states share the seats: no majority
        return headline(result)
    return msg("cli.majority", text=headline(result), simple=m.simple, house=m.house,
               two_thirds=m.two_thirds)

