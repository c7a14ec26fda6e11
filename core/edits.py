"""Edits of a Scenario as pure functions: each returns a new Scenario or raises EditError.

The desktop app turns each call into one undo step; the checks here are what make a refused
edit leave everything as it was, with a message that says why and what is expected.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from core.numbers import parse_count
from core.scenario import DEFAULT_COLORS, Candidate, Declared, District, Party, Scenario

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class EditError(ValueError):
    """An edit that cannot be made; the message is meant for the analyst."""


def parse_party_field(name: str, text: Any) -> Any:
    """A typed value for a party field from what was typed, or EditError saying why."""
    if name == "votes":
        if isinstance(text, int) and not isinstance(text, bool):
            if text < 0:
                raise EditError("votes cannot be negative")
            return text
        try:
            return parse_count(str(text))
        except ValueError as e:
            raise EditError(f"{e}; type digits, e.g. 3431510 or 3\u00a0431\u00a0510") from None
    if name == "name":
        value = str(text).strip()
        if not value:
            raise EditError("a party needs a name")
        return value
    if name == "color":
        value = str(text).strip()
        if not _COLOR.match(value):
            raise EditError(f"expected a colour as #rrggbb, got '{value}'")
        return value.lower()
    if name == "threshold_exempt":
        return bool(text)
    raise EditError(f"{name} cannot be edited here")


def set_party_fields(scenario: Scenario, changes: dict[int, dict[str, Any]]) -> Scenario:
    """Apply ``{row: {field: typed value}}`` to the parties at once (a paste is one edit)."""
    parties = list(scenario.parties)
    for row, fields in changes.items():
        parties[row] = replace(parties[row], **fields)
    return replace(scenario, parties=tuple(parties))


def new_party(scenario: Scenario, name: str | None = None) -> Party:
    """A party with a fresh id, the next default colour and no votes."""
    ids = {p.id for p in scenario.parties}
    n = len(scenario.parties) + 1
    while f"party-{n}" in ids:
        n += 1
    order = max((p.registration_order for p in scenario.parties), default=0) + 1
    return Party(f"party-{n}", name or f"Party {n}", 0,
                 DEFAULT_COLORS[(n - 1) % len(DEFAULT_COLORS)], order)


def insert_parties(scenario: Scenario, row: int, parties: list[Party]) -> Scenario:
    """Insert ``parties`` before ``row``."""
    current = list(scenario.parties)
    current[row:row] = parties
    return replace(scenario, parties=tuple(current))


def remove_parties(scenario: Scenario, rows: list[int]) -> Scenario:
    """Remove the parties at ``rows``, refused while a district result still names one."""
    doomed = {scenario.parties[r].id for r in rows}
    if len(doomed) == len(scenario.parties):
        raise EditError("a scenario needs at least one party")
    for pid in sorted(doomed):
        uses = _references(scenario, pid)
        if uses:
            name = scenario.party(pid).name
            raise EditError(f"{name} is named by {uses}; change those first")
    kept = tuple(p for p in scenario.parties if p.id not in doomed)
    return replace(scenario, parties=kept)


def move_party(scenario: Scenario, row: int, to: int) -> Scenario:
    """Move the party at ``row`` to position ``to`` (the chart's left-to-right order)."""
    parties = list(scenario.parties)
    parties.insert(to, parties.pop(row))
    return replace(scenario, parties=tuple(parties))


def _references(scenario: Scenario, pid: str) -> str:
    tier = scenario.district_tier
    candidates = sum(1 for d in tier.districts for c in d.candidates
                     if pid in (c.party, c.affiliation))
    declared = sum(1 for d in tier.declared if pid in (d.party, d.affiliation))
    regions = sum(1 for c in scenario.list_tier.constituencies or () if pid in c.votes)
    parts = [f"{n} {what}" for n, what in ((candidates, "district candidate(s)"),
                                           (declared, "declared district total(s)"),
                                           (regions, "constituency result(s)")) if n]
    return ", ".join(parts)


# ------------------------------------------------------------------------ districts


def party_ref(scenario: Scenario, text: Any) -> str | None:
    """A party id from an id or a name as typed; empty or "self-nominated" gives None."""
    value = str(text or "").strip()
    if not value or value.casefold() in {"self-nominated", "independent", "-", "none"}:
        return None
    for p in scenario.parties:
        if value in (p.id, p.name) or value.casefold() == p.name.casefold():
            return p.id
    raise EditError(f"no party '{value}'; type a party's name or id, or leave empty for "
                    "self-nominated")


def set_candidate(scenario: Scenario, district: int, candidate: int, **fields: Any) -> Scenario:
    """Replace fields of one candidate of one district."""
    tier = scenario.district_tier
    d = tier.districts[district]
    candidates = list(d.candidates)
    candidates[candidate] = replace(candidates[candidate], **fields)
    districts = list(tier.districts)
    districts[district] = replace(d, candidates=tuple(candidates))
    return replace(scenario, district_tier=replace(tier, districts=tuple(districts)))


def add_district(scenario: Scenario) -> Scenario:
    """Append a district with one empty candidate; the tier grows if it is full."""
    tier = scenario.district_tier
    ids = {d.id for d in tier.districts}
    n = len(tier.districts) + 1
    while str(n) in ids:
        n += 1
    district = District(str(n), f"District {n}", None, (Candidate("Candidate 1", None, None, 0),))
    filled = len(tier.districts) + sum(d.seats for d in tier.declared) + 1
    tier = replace(tier, districts=tier.districts + (district,), seats=max(tier.seats, filled))
    return replace(scenario, district_tier=tier)


def remove_districts(scenario: Scenario, indices: list[int]) -> Scenario:
    """Remove the districts at ``indices`` (the tier keeps its seat count)."""
    tier = scenario.district_tier
    kept = tuple(d for i, d in enumerate(tier.districts) if i not in set(indices))
    return replace(scenario, district_tier=replace(tier, districts=kept))


def add_candidate(scenario: Scenario, district: int) -> Scenario:
    """Append an empty candidate to a district."""
    tier = scenario.district_tier
    d = tier.districts[district]
    c = Candidate(f"Candidate {len(d.candidates) + 1}", None, None, 0)
    districts = list(tier.districts)
    districts[district] = replace(d, candidates=d.candidates + (c,))
    return replace(scenario, district_tier=replace(tier, districts=tuple(districts)))


def set_declared(scenario: Scenario, row: int, **fields: Any) -> Scenario:
    """Replace fields of one declared district total, keeping within the tier's seats."""
    tier = scenario.district_tier
    declared = list(tier.declared)
    declared[row] = replace(declared[row], **fields)
    filled = len(tier.districts) + sum(d.seats for d in declared)
    if filled > tier.seats:
        raise EditError(f"that makes {filled} district seats but the tier has {tier.seats}; "
                        "raise the district seats in the rules first")
    return replace(scenario, district_tier=replace(tier, declared=tuple(declared)))


def add_declared(scenario: Scenario) -> Scenario:
    """Append an empty declared total (self-nominated, 0 seats)."""
    tier = scenario.district_tier
    return replace(scenario, district_tier=replace(
        tier, declared=tier.declared + (Declared(None, None, 0),)))
