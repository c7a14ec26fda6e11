"""Writing scenario files (docs/format.md): a ``Scenario`` -> the file's JSON."""

from __future__ import annotations

import json
from typing import Any

from core.model.numbers import json_number
from core.model.polls import Poll
from core.model.presentation import APART, Presentation
from core.model.scenario import FORMAT, VERSION, Constituency, Declared, Party, Scenario, Threshold
from core.rules.adjustments import ADJUSTMENTS


def scenario_json(scenario: Scenario) -> str:
    """Pretty JSON text, UTF-8 safe, with a final newline."""
    return json.dumps(scenario_dict(scenario), ensure_ascii=False, indent=2) + "\n"


def scenario_dict(s: Scenario) -> dict[str, Any]:
    lt, dt, th = s.list_tier, s.district_tier, s.list_tier.threshold
    out: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "title": s.title,
        "date": s.date,
        "sources": list(s.sources),
        "notes": s.notes,
        "parties": [_party_dict(p) for p in s.parties],
        "other_votes": {"against_all": s.against_all, "invalid": s.invalid},
        "list_tier": {
            "seats": lt.seats,
            "method": lt.method,
            "first_divisor": None if lt.first_divisor is None else json_number(lt.first_divisor),
            "min_seats": lt.min_seats,
            "threshold": _threshold_dict(th),
            "tie_break": lt.tie_break,
            "seed": lt.seed,
            "constituencies": None if lt.constituencies is None else [
                _constituency_dict(c) for c in lt.constituencies
            ],
        },
        "district_tier": {
            "seats": dt.seats,
            "rule": dt.rule,
            "districts": [
                {"id": d.id, "name": d.name, "region": d.region, "candidates": [
                    {"name": c.name, "party": c.party, "affiliation": c.affiliation,
                     "votes": c.votes} for c in d.candidates]}
                for d in dt.districts
            ],
            "declared": [_declared_dict(d) for d in dt.declared],
        },
        "mixed": {"type": s.mixed_type, "overhang": s.overhang},
    }
    if lt.list_lengths is not None:
        out["list_tier"]["list_lengths"] = dict(lt.list_lengths)
    if lt.levelling is not None:
        out["list_tier"]["levelling"] = {"seats": lt.levelling.seats,
                                         "percent": json_number(lt.levelling.percent),
                                         "placement": lt.levelling.placement}
    if lt.voter_numbers:
        out["list_tier"]["voter_numbers"] = True
    for key, value in lt.adjustments.items():
        out["list_tier"][key] = ADJUSTMENTS[key].write(value)
    if s.registered_voters is not None:
        out["registered_voters"] = s.registered_voters
    if s.appointed:
        out["appointed"] = [{"name": a.name, "seats": a.seats} for a in s.appointed]
    if s.polls:
        out["polls"] = [_poll_dict(p) for p in s.polls]
    if s.titles:
        out["titles"] = dict(s.titles)
    if s.presentation.used:
        out["presentation"] = _presentation_dict(s.presentation)
    out.update(s.extra)
    return out


# Fields added after version 1 was first published are written only when they differ from
# their default, so that files written before them round-trip byte for byte.


def _party_dict(p: Party) -> dict[str, Any]:
    out = {"id": p.id, "name": p.name, "color": p.color, "votes": p.votes,
           "registration_order": p.registration_order, "threshold_exempt": p.threshold_exempt}
    if p.one_person_list:
        out["independent"] = True
    if p.members != 1:
        out["members"] = p.members
    return out


def _threshold_dict(th: Threshold) -> dict[str, Any]:
    out: dict[str, Any] = {"percent": json_number(th.percent), "base": th.base,
                           "inclusive": th.inclusive,
           "or_district_seats": th.or_district_seats}
    if th.scope != "national":
        out["scope"] = th.scope
    if th.alliances:
        out["alliances"] = [{"members": n, "percent": json_number(p)} for n, p in th.alliances]
    if th.min_lists:
        out["min_lists"] = th.min_lists
    if th.or_constituency_percent:
        out["or_constituency_percent"] = json_number(th.or_constituency_percent)
    return out


def _constituency_dict(c: Constituency) -> dict[str, Any]:
    out: dict[str, Any] = {"id": c.id, "name": c.name, "seats": c.seats, "votes": dict(c.votes)}
    if c.against_all or c.invalid:
        out["other_votes"] = {"against_all": c.against_all, "invalid": c.invalid}
    if c.list_lengths is not None:
        out["list_lengths"] = dict(c.list_lengths)
    if c.population is not None:
        out["population"] = c.population
    if c.levelling_seats:
        out["levelling_seats"] = c.levelling_seats
    return out


def _declared_dict(d: Declared) -> dict[str, Any]:
    out: dict[str, Any] = {"party": d.party, "affiliation": d.affiliation, "seats": d.seats}
    if d.region is not None:
        out["region"] = d.region
    return out


def _poll_dict(p: Poll) -> dict[str, Any]:
    out: dict[str, Any] = {"id": p.id}
    if p.pollster:
        out["pollster"] = p.pollster
    if p.date is not None:
        out["date"] = p.date
    if p.sample_size is not None:
        out["sample_size"] = p.sample_size
    out["shares"] = {k: json_number(v) for k, v in p.shares.items()}
    if p.regions:
        out["regions"] = {r: {k: json_number(v) for k, v in shares.items()}
                          for r, shares in p.regions.items()}
    return out


def _presentation_dict(p: Presentation) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if p.seating:
        out["seating"] = list(p.seating)
    if p.coalitions:
        out["coalitions"] = [{"name": c.name, "parties": list(c.parties)} for c in p.coalitions]
    if p.government is not None:
        out["government"] = p.government
    if p.independents != APART:
        out["independents"] = p.independents
    if p.group_government:
        out["group_government"] = True
    if p.apportionment:
        out["apportionment"] = True
    return out
