"""A Result as the JSON, CSV and text table of CONTRACT.md §3."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from core.allocate import Result, describe_method, describe_threshold

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
        "parties": [
            {"id": p.id, "name": p.name, "votes": p.votes,
             "vote_share": round(float(p.vote_share), 6), "qualified": p.qualified,
             "list_seats": p.list_seats, "district_seats": p.district_seats, "seats": p.seats,
             "seats_with_affiliated": p.seats_with_affiliated}
            for p in result.parties
        ],
        "independent_seats": result.independent_seats,
        "appointed_seats": result.appointed_seats,
        "ties": [{"tier": t.tier, "seats": t.seats, "contenders": list(t.contenders),
                  "winners": list(t.winners), "rule": t.rule} for t in result.ties],
        "warnings": list(result.warnings),
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
    holder = f"{m.largest} holds {m.largest_seats}" if m.largest else "no party holds seats"
    lines.append(f"Majority: {m.simple} of {m.house} seats (two thirds: {m.two_thirds}); "
                 f"{holder}: {_majority_words(m)}.")
    lines.append(f"Gallagher {ix.gallagher:.2f}, Loosemore-Hanby {ix.loosemore_hanby:.2f}, "
                 f"effective parties {ix.enp_votes:.2f} by votes, {ix.enp_seats:.2f} by seats.")
    lines += [f"Tie: {t.describe()}." for t in result.ties]
    lines += [f"Warning: {w}" for w in result.warnings]
    return "\n".join(lines) + "\n"


def _majority_words(m) -> str:
    if m.has_two_thirds:
        return "a two-thirds majority"
    if m.has_simple:
        return "a simple majority"
    return "no majority alone"
