"""A Result as the JSON, CSV and text table of CONTRACT.md §3."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any

from core.rules.allocate import (
    DistrictWinner,
    PartyResult,
    Result,
    describe_linkage,
    describe_method,
    describe_threshold,
)

CSV_COLUMNS = ("id", "name", "votes", "vote_share", "qualified", "list_seats",
               "district_seats", "seats", "seats_with_affiliated")


def result_dict(result: Result) -> dict[str, Any]:
    """The ``compute --format json`` object: CONTRACT.md §3, extended, never renamed."""
    s = result.scenario
    majority = result.majority
    indices = result.indices
    out: dict[str, Any] = {
        "title": s.title,
        "seats_total": result.seats_total,
        "parties": [_party_dict(result, p) for p in result.parties],
        "independent_seats": result.independent_seats,
        "appointed_seats": result.appointed_seats,
        "ties": [{"tier": t.tier, "seats": t.seats, "contenders": list(t.contenders),
                  "winners": list(t.winners), "rule": t.rule} for t in result.ties],
        "warnings": list(result.warnings),
        "linkage": _linkage_dict(result),
        "threshold": {
            "rule": describe_threshold(s),
            "base": s.list_tier.threshold.base,
            "base_votes": result.threshold_base,
            "tests": [{"id": t.party_id, "votes": t.votes, "passed": t.passed,
                       "reason": t.reason} for t in result.thresholds],
        },
        "method": {"id": s.list_tier.method, "description": describe_method(s)},
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
    out: dict[str, Any] = {
        "id": p.id, "name": p.name, "votes": p.votes,
        "vote_share": round(float(p.vote_share), 6), "qualified": p.qualified,
        "list_seats": p.list_seats, "district_seats": p.district_seats, "seats": p.seats,
        "seats_with_affiliated": p.seats_with_affiliated,
    }
    if result.scenario.mixed_type == "compensatory":
        out |= {"entitlement": p.entitlement, "overhang_seats": p.overhang_seats,
                "levelling_seats": p.levelling_seats, "districts_won": p.districts_won,
                "unseated": [_winner_dict(w) for w in result.unseated if w.party == p.id]}
    return out


def _winner_dict(w: DistrictWinner) -> dict[str, Any]:
    return {"district": w.district, "candidate": w.candidate, "votes": w.votes,
            "share": None if w.share is None else round(float(w.share), 6)}


def _linkage_dict(result: Result) -> dict[str, Any]:
    """How the tiers were linked and how the house grew (or did not)."""
    s = result.scenario
    return {"type": s.mixed_type, "overhang": s.overhang,
            "description": describe_linkage(s), "base_seats": result.house_base,
            "seats_total": result.seats_total,
            "proportional_seats": result.proportional_seats,
            "overhang_seats": result.overhang_seats,
            "levelling_seats": result.levelling_seats,
            "unseated": len(result.unseated)}


def _constituency_dict(result: Result, c) -> dict[str, Any]:
    """CONTRACT.md §3: ``{"id", "seats": {party_id: n}}`` (parties with seats), extended."""
    out: dict[str, Any] = {
        "id": c.id, "name": c.name, "seats_total": c.seats_total,
        "seats": {p: n for p, n in c.seats.items() if n},
        "qualified": list(c.qualified),
    }
    if result.scenario.mixed_type == "additional_member":
        out["district_seats"] = dict(c.district_seats)
        out["awards"] = [{"seat": a.seat, "party": a.party, "held": a.held,
                          "quotient": round(float(a.quotient), 4)} for a in c.awards]
        nxt = c.next_in_line
        out["next_in_line"] = None if nxt is None else {
            "party": nxt.party, "held": nxt.held, "quotient": round(float(nxt.quotient), 4)}
    return out


def to_json(result: Result) -> str:
    """Pretty JSON of ``result_dict``."""
    return json.dumps(result_dict(result), ensure_ascii=False, indent=2) + "\n"


def to_csv(result: Result) -> str:
    """One row per party, in scenario order, with the CSV_COLUMNS header."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for p in result_dict(result)["parties"]:
        writer.writerow([str(p[c]).lower() if isinstance(p[c], bool) else p[c]
                         for c in CSV_COLUMNS])
    return buf.getvalue()


def to_table(result: Result) -> str:
    """A readable text table with the threshold, majorities, indices, ties and warnings."""
    s = result.scenario
    labels = [p.name for p in result.parties] + [f"{a.name} (appointed)" for a in s.appointed]
    name_width = max(12, *(len(label) for label in labels))
    head = (f"{'Party':<{name_width}} {'Votes':>10} {'Share':>7} {'Thr.':>4} "
            f"{'List':>5} {'Dist.':>5} {'Seats':>5} {'+Aff.':>5}")
    lines = [s.title, f"Method: {describe_method(s)}",
             f"Threshold: {describe_threshold(s)} Base: {result.threshold_base:,} votes.", "",
             head, "-" * len(head)]
    for p in result.parties:
        lines.append(
            f"{p.name:<{name_width}} {p.votes:>10,} {float(p.vote_share) * 100:>6.2f}% "
            f"{'yes' if p.qualified else 'no':>4} {p.list_seats:>5} {p.district_seats:>5} "
            f"{p.seats:>5} {p.seats_with_affiliated:>5}"
        )
    if result.independent_seats:
        lines.append(f"{'Independents':<{name_width}} {'':>29} {result.independent_seats:>5} "
                     f"{result.independent_seats:>5} {result.independent_seats:>5}")
    for a in s.appointed:
        lines.append(f"{a.name + ' (appointed)':<{name_width}} {'':>35} {a.seats:>5}")
    m, ix = result.majority, result.indices
    lines += ["-" * len(head), f"{'Total':<{name_width}} {'':>35} {result.seats_total:>5}", ""]
    holder = (f"{result.party(m.largest).name} holds {m.largest_seats}" if m.largest
              else "no party holds seats")
    lines.append(f"Majority: {m.simple} of {m.house} seats (two thirds: {m.two_thirds}); "
                 f"{holder}: {_majority_words(m)}.")
    lines.append(f"Gallagher {ix.gallagher:.2f}, Loosemore-Hanby {ix.loosemore_hanby:.2f}, "
                 f"effective parties {ix.enp_votes:.2f} by votes, {ix.enp_seats:.2f} by seats.")
    lines += _linkage_lines(result)
    lines += [f"Tie: {t.describe()}." for t in result.ties]
    lines += [f"Warning: {w}" for w in result.warnings]
    return "\n".join(lines) + "\n"


def _linkage_lines(result: Result) -> list[str]:
    """Overhang, levelling, unseated winners and constituencies, when there are any."""
    s = result.scenario
    lines: list[str] = []
    if s.mixed_type != "parallel" or s.list_tier.constituencies is not None:
        lines.append(describe_linkage(s))
    names = {p.id: p.name for p in result.parties}
    if s.mixed_type == "compensatory":
        lines.append("Entitlement: " + ", ".join(
            f"{p.name} {p.entitlement}" for p in result.parties if p.entitlement))
        lines += [f"Overhang: {p.name} won {p.districts_won} district seat(s), entitled to "
                  f"{p.entitlement}: {p.overhang_seats} overhang seat(s)."
                  for p in result.parties if p.overhang_seats]
        lines += [f"Levelling: {p.name} +{p.levelling_seats}."
                  for p in result.parties if p.levelling_seats]
        lines += [f"Not seated: {w.candidate} ({names[w.party]}, {w.district}, "
                  f"{float(w.share) * 100:.2f}% of the district's votes)."
                  for w in result.unseated if w.share is not None]
        declared = Counter(w.party for w in result.unseated if w.share is None)
        lines += [f"Not seated: {n} of {names[p]}'s winners known only from declared totals."
                  for p, n in declared.items()]
        if result.seats_total != result.house_base:
            lines.append(f"The house: {result.house_base} seats by law, "
                         f"{result.seats_total} after the overhang rule.")
    for c in result.constituencies:
        won = ", ".join(f"{names[p]} {n}" for p, n in c.seats.items() if n) or "none"
        line = f"{c.name}, {c.seats_total} list seat(s): {won}"
        if c.district_seats:
            line += "; district seats: " + ", ".join(
                f"{names[p]} {n}" for p, n in c.district_seats.items())
        lines.append(line + ".")
    return lines


def _majority_words(m) -> str:
    if m.has_two_thirds:
        return "a two-thirds majority"
    if m.has_simple:
        return "a simple majority"
    return "no majority alone"
