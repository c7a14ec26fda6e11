"""From what a table held to a scenario: party merges, colours, the scenario dict."""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from core.io.tables.names import key
from core.io.tables.records import ImportResult, TableImportError
from core.message import QT_TRANSLATE_NOOP, msg
from core.text.render import render

DEFAULT_LIST_SEATS = 100
"""List seats of an imported table of party votes when the caller says none."""

# Kelly's 22 colours of maximum contrast (K. L. Kelly, "Twenty-two colors of maximum
# contrast", Color Engineering 3(6), 1965), without white, black and grey (the chart's
# colour for independents). The familiar party colours first (red, blue, orange, yellow,
# green), then each colour the farthest (CIE76) from all those before it: the first 14
# are at least 27 apart, the whole palette at least 15.
PALETTE = (
    "#be0032", "#0067a5", "#f38400", "#f3c300", "#008856", "#654522", "#e68fac", "#c2b280",
    "#a1caf1", "#8db600", "#875692", "#f99379", "#882d17", "#2b3d26", "#b3446c", "#e25822",
    "#f6a600", "#dcd300", "#604e97",
)


def party_colours(parties: list[dict[str, Any]], seats: dict[str, int]) -> dict[str, str]:
    """A colour per party id: the parties that win seats first (most seats, then most
    votes), then the rest by votes, each taking the next colour of :data:`PALETTE`. Up to
    19 seat winners therefore never share a colour; beyond that the palette repeats.

    The one place where an imported scenario's colours are chosen.
    """
    order = sorted(parties, key=lambda p: (-seats.get(p["id"], 0), -p["votes"]))
    return {p["id"]: PALETTE[i % len(PALETTE)] for i, p in enumerate(order)}


def district_winners(result: ImportResult) -> dict[str, int]:
    """Districts won per party id in a candidate table (plurality; None = self-nominated)."""
    won: dict[str, int] = {}
    for district in result.districts:
        candidates = district.get("candidates") or []
        if candidates:
            best = max(candidates, key=lambda c: c["votes"])
            if best["party"] is not None:
                won[best["party"]] = won.get(best["party"], 0) + 1
    return won


def parse_merges(texts: list[str]) -> list[tuple[str, str]]:
    """``["Labour and Co-operative=Labour"]`` as ``[(name, into)]``."""
    merges = []
    for text in texts:
        name, sep, into = text.partition("=")
        if not sep or not name.strip() or not into.strip():
            raise TableImportError(QT_TRANSLATE_NOOP(
                "refusal", "expected '{syntax}', got '{text}'"), where="--merge",
                syntax="NAME=INTO", text=text)
        merges.append((name.strip(), into.strip()))
    return merges


def merge_parties(result: ImportResult, merges: list[tuple[str, str]]) -> ImportResult:
    """``result`` with each party ``name`` merged into ``into`` (names matched ignoring
    case, quotes and spacing; ``into`` may be a new name): votes summed, candidates and
    district votes moved, per-station columns summed. The merged party keeps the place,
    id and ballot number of the first of its parts in the table.

    Raises:
        TableImportError: a name that is not a party of the table, or merged into itself.
    """
    if not merges:
        return result
    by_key = {key(p["name"]): p for p in result.parties}
    target: dict[str, str] = {}  # party id -> the display name of its group
    for name, into in merges:
        party = by_key.get(key(name))
        if party is None:
            raise TableImportError(QT_TRANSLATE_NOOP(
                "refusal", "no party named '{name}' in the table"), where="--merge", name=name)
        if key(name) == key(into):
            raise _into_itself(name)
        target[party["id"]] = by_key[key(into)]["name"] if key(into) in by_key else into
    group_of = {p["id"]: _final(target.get(p["id"], p["name"]), target, by_key)
                for p in result.parties}
    groups: dict[str, list[dict[str, Any]]] = {}
    for p in result.parties:
        groups.setdefault(key(group_of[p["id"]]), []).append(p)
    new_id: dict[str, str] = {}
    parties = []
    for members in groups.values():
        lead = next((p for p in members if key(p["name"]) == key(group_of[p["id"]])),
                    members[0])
        merged = {**lead, "name": group_of[lead["id"]],
                  "votes": sum(p["votes"] for p in members)}
        parties.append(merged)
        for p in members:
            new_id[p["id"]] = lead["id"]
    out = replace(result, parties=parties, districts=_merged_districts(result.districts, new_id))
    if result.stations is not None:
        columns = {p["id"]: i for i, p in enumerate(result.parties)}
        index = [[columns[p["id"]] for p in members] for members in groups.values()]
        out.stations = result.stations.merged(index, [p["id"] for p in parties],
                                              [p["name"] for p in parties])
    return out


def _final(name: str, target: dict[str, str], by_key: dict[str, dict[str, Any]]) -> str:
    """Where a chain of merges ends (A into B, B into C: A into C)."""
    seen = set()
    while key(name) in by_key and by_key[key(name)]["id"] in target:
        if key(name) in seen:
            raise _into_itself(name)
        seen.add(key(name))
        name = target[by_key[key(name)]["id"]]
    return name


def _merged_districts(districts: list[dict[str, Any]], new_id: dict[str, str]
                      ) -> list[dict[str, Any]]:
    out = []
    for d in districts:
        d = copy.deepcopy(d)
        if "candidates" in d:
            for c in d["candidates"]:
                if c["party"] is not None:
                    c["party"] = new_id[c["party"]]
        else:
            votes: dict[str, int] = {}
            for pid, v in d["votes"].items():
                votes[new_id[pid]] = votes.get(new_id[pid], 0) + v
            d["votes"] = votes
        out.append(d)
    return out


def is_candidate_table(result: ImportResult) -> bool:
    """A table of districts with candidates (and so no party-list votes)."""
    return bool(result.districts) and all("candidates" in d for d in result.districts)


def to_scenario(result: ImportResult, *, title: str, list_seats: int | None = None,
                rules: dict[str, Any] | None = None, lang: str = "en") -> dict[str, Any]:
    """A scenario dict (docs/format.md, format ``seatcalc-scenario`` version 1) from an import.

    Parties carry the national sums, their ballot number as ``registration_order`` when
    the table gave one, and colours from :func:`party_colours`; ``other_votes`` always has
    ``against_all`` and ``invalid`` (0 when the table had none); ``registered_voters`` is
    set when the table has registered voters (or an electorate per district).

    The list tier: ``rules`` (a scenario dict, e.g. a template's) gives its rules and the
    system type; otherwise D'Hondt, no threshold, ties to the party with more votes, one
    nationwide count, parallel tiers. Its seats: ``list_seats``; when None, 0 for a table
    of districts with candidates (a first-past-the-post parliament: the candidates' votes
    are not list votes), else the rules' seats, else :data:`DEFAULT_LIST_SEATS`.

    A candidate table fills ``district_tier.districts`` (one plurality seat per district,
    ``district_tier.seats`` = the number of districts); otherwise the district tier is
    empty. Per-district party votes of a polling-station table are not put into
    ``list_tier.constituencies`` (their seat numbers are not in the table). ``notes`` says
    where the numbers come from and how many rows were left out, in ``lang``.
    """
    candidates = is_candidate_table(result)
    list_tier = _list_tier(rules)
    if list_seats is not None:
        list_tier["seats"] = int(list_seats)
    elif candidates:
        list_tier["seats"] = 0
    districts = [
        {"id": d["id"], "name": d["name"], "region": d.get("region"),
         "candidates": [{"name": c["name"], "party": c["party"], "affiliation": None,
                         "votes": c["votes"]} for c in d["candidates"]]}
        for d in result.districts if "candidates" in d
    ]
    colours = party_colours(result.parties, district_winners(result))
    scenario: dict[str, Any] = {
        "format": "seatcalc-scenario",
        "version": 1,
        "title": title,
        "sources": [result.source] if result.source else [],
        "notes": _notes(result, lang),
        "parties": [_party(p, colours[p["id"]]) for p in result.parties],
        "other_votes": {"against_all": int(result.other_votes.get("against_all", 0)),
                        "invalid": int(result.other_votes.get("invalid", 0))},
        "list_tier": list_tier,
        "district_tier": {"seats": len(districts), "rule": "plurality",
                          "districts": districts, "declared": []},
        "mixed": (copy.deepcopy(rules["mixed"]) if rules and "mixed" in rules
                  else {"type": "parallel", "overhang": None}),
    }
    if result.registered is not None:
        scenario["registered_voters"] = int(result.registered)
    return scenario


def _list_tier(rules: dict[str, Any] | None) -> dict[str, Any]:
    if rules and "list_tier" in rules:
        tier: dict[str, Any] = copy.deepcopy(rules["list_tier"])
        tier["constituencies"] = None  # the table's votes are national
        tier.pop("list_lengths", None)
        return tier
    return {"seats": DEFAULT_LIST_SEATS, "method": "dhondt", "first_divisor": None,
            "min_seats": 0,
            "threshold": {"percent": 0, "base": "valid", "inclusive": True,
                          "or_district_seats": 0},
            "tie_break": "more_votes", "constituencies": None}


def _party(p: dict[str, Any], colour: str) -> dict[str, Any]:
    party = {"id": p["id"], "name": p["name"], "color": colour, "votes": int(p["votes"])}
    if p.get("registration_order") is not None:
        party["registration_order"] = int(p["registration_order"])
    return party


def _notes(result: ImportResult, lang: str) -> str:
    """What the scenario was made from, in the language of the import (notes are data)."""
    args = dict(rows=result.rows_read,
                problems=msg("import.notes_problems", n=len(result.problems))
                if result.problems else "",
                registered=msg("import.notes_registered", n=result.registered)
                if result.registered is not None else "")
    notes = msg("import.notes", source=result.source, **args) if result.source else \
        msg("import.notes_no_source", **args)
    return render(notes, lang)


def _into_itself(name: str) -> TableImportError:
    return TableImportError(QT_TRANSLATE_NOOP("refusal", "'{name}' cannot be merged into itself"),
                            where="--merge", name=name)
