"""Edits of a Scenario as pure functions: each returns a new Scenario or raises EditError.

The desktop app turns each call into one undo step; the checks here are what make a refused
edit leave everything as it was, with a message that says why and what is expected.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from core.message import QT_TRANSLATE_NOOP
from core.model import limits
from core.model.numbers import parse_count
from core.model.scenario import (
    COLOR_RE,
    DEFAULT_COLORS,
    Candidate,
    Constituency,
    Declared,
    District,
    Party,
    Scenario,
)
from core.refusal import Refusal

_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


class EditError(Refusal):
    """An edit that cannot be made; the message is meant for the analyst."""


def parse_name(text: Any, empty: str | None = None) -> str:
    """A name as typed or pasted: runs of spaces, tabs and line breaks become one space;
    other control characters are refused (they break the XLSX, SVG and PDF a name goes
    into); at most ``limits.MAX_TEXT`` characters. ``empty`` is the refusal for an empty
    name (a template marked in context "refusal" where it is written); None: a name may be
    empty."""
    value = " ".join(str(text).split())
    if empty is not None and not value:
        raise EditError(empty)
    if _CONTROL.search(value):
        raise EditError(QT_TRANSLATE_NOOP("refusal", "the name has a control character: {got}"),
                        got=repr(value))
    if len(value) > limits.MAX_TEXT:
        raise EditError(QT_TRANSLATE_NOOP(
            "refusal", "a name of {n} characters is more than the limit of {limit}"),
            n=len(value), limit=limits.MAX_TEXT)
    return value


# The names given to what an edit creates ({n}: its number). The window passes them in its
# language (``names``); the English ones are the default.
NEW_NAMES: Mapping[str, str] = {
    "scenario": QT_TRANSLATE_NOOP("names", "New scenario"),
    "party": QT_TRANSLATE_NOOP("names", "Party {n}"),
    "district": QT_TRANSLATE_NOOP("names", "District {n}"),
    "candidate": QT_TRANSLATE_NOOP("names", "Candidate {n}"),
    "constituency": QT_TRANSLATE_NOOP("names", "Constituency {n}"),
    "whole_country": QT_TRANSLATE_NOOP("names", "Whole country"),
}
TYPE_DIGITS = QT_TRANSLATE_NOOP("refusal", "{why}; type digits, e.g. {example}")


def parse_party_field(name: str, text: Any) -> Any:
    """A typed value for a party field from what was typed, or EditError saying why."""
    if name == "votes":
        if isinstance(text, int) and not isinstance(text, bool):
            if text < 0:
                raise EditError(QT_TRANSLATE_NOOP("refusal", "votes cannot be negative"))
            return text
        try:
            return parse_count(str(text))
        except Refusal as e:
            raise EditError(TYPE_DIGITS, why=e, example="3431510 / 3\u00a0431\u00a0510"
                            ) from None
    if name == "name":
        return parse_name(text, QT_TRANSLATE_NOOP("refusal", "a party needs a name"))
    if name == "color":
        value = str(text).strip()
        if not COLOR_RE.match(value):
            raise EditError(QT_TRANSLATE_NOOP("refusal", "expected a colour as #rrggbb, got "
                                                         "'{got}'"), got=value)
        return value.lower()
    if name in ("threshold_exempt", "one_person_list"):
        return bool(text)
    raise EditError(QT_TRANSLATE_NOOP("refusal", "{field} cannot be edited here"), field=name)


def set_party_fields(scenario: Scenario, changes: dict[int, dict[str, Any]]) -> Scenario:
    """Apply ``{row: {field: typed value}}`` to the parties at once (a paste is one edit)."""
    parties = list(scenario.parties)
    for row, fields in changes.items():
        parties[row] = replace(parties[row], **fields)
    return replace(scenario, parties=tuple(parties))


def new_party(scenario: Scenario, names: Mapping[str, str] = NEW_NAMES) -> Party:
    """A party with a fresh id, the next default colour and no votes."""
    ids = {p.id for p in scenario.parties}
    n = len(scenario.parties) + 1
    while f"party-{n}" in ids:
        n += 1
    order = max((p.registration_order for p in scenario.parties), default=0) + 1
    return Party(f"party-{n}", names["party"].format(n=n), 0,
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
        raise EditError(QT_TRANSLATE_NOOP("refusal", "a scenario needs at least one party"))
    for pid in sorted(doomed):
        candidates, declared, regions, lengths, rules = _references(scenario, pid)
        if candidates or declared or regions or lengths or rules:
            raise EditError(QT_TRANSLATE_NOOP(
                "refusal", "{name} is still named by district candidates ({candidates}), "
                "declared district totals ({declared}), constituency vote counts ({regions}), "
                "list lengths ({lengths}) or list-tier rules ({rules}); change those first"),
                name=scenario.party(pid).name, candidates=candidates, declared=declared,
                regions=regions, lengths=lengths, rules=rules)
    kept = tuple(p for p in scenario.parties if p.id not in doomed)
    polls = tuple(replace(p, shares={k: v for k, v in p.shares.items() if k not in doomed},
                          regions={r: {k: v for k, v in t.items() if k not in doomed}
                                   for r, t in p.regions.items()}) for p in scenario.polls)
    polls = tuple(p for p in polls if p.shares)
    tier = scenario.list_tier
    if tier.constituencies:  # only zero-vote entries are left to drop (checked above)
        kept_votes = tuple(replace(c, votes={k: v for k, v in c.votes.items()
                                             if k not in doomed})
                           for c in tier.constituencies)
        tier = replace(tier, constituencies=kept_votes)
    return replace(scenario, parties=kept, list_tier=tier, polls=polls,
                   presentation=scenario.presentation.without_parties(doomed))


def move_party(scenario: Scenario, row: int, to: int) -> Scenario:
    """Move the party at ``row`` to position ``to`` in the table (the chart's seating order
    is the presentation's: ``core.model.presentation``)."""
    parties = list(scenario.parties)
    parties.insert(to, parties.pop(row))
    return replace(scenario, parties=tuple(parties))


def _references(scenario: Scenario, pid: str) -> tuple[int, int, int, int, int]:
    """How many district candidates, declared totals, constituency vote counts, list lengths
    and list-tier rules name the party ``pid``."""
    tier = scenario.district_tier
    candidates = sum(1 for d in tier.districts for c in d.candidates
                     if pid in (c.party, c.affiliation))
    declared = sum(1 for d in tier.declared if pid in (d.party, d.affiliation))
    lt = scenario.list_tier
    regions = sum(1 for c in lt.constituencies or () if c.votes.get(pid))
    lengths = sum(1 for lengths in (lt.list_lengths, *(c.list_lengths for c in
                                                         lt.constituencies or ()))
                  if lengths and pid in lengths)
    rules = sum(1 for value in lt.adjustments.values() if _mentions(value, pid))
    return candidates, declared, regions, lengths, rules


def _mentions(value: Any, pid: str) -> bool:
    """Whether a list-tier rule's value names party ``pid`` (a surplus agreement)."""
    if isinstance(value, str):
        return value == pid
    if isinstance(value, tuple | list):
        return any(_mentions(v, pid) for v in value)
    return False


# ------------------------------------------------------------------------ districts


def party_ref(scenario: Scenario, text: Any) -> str | None:
    """A party id from an id or a name as typed; empty or "self-nominated" gives None."""
    value = str(text or "").strip()
    if not value or value.casefold() in {"self-nominated", "independent", "-", "none"}:
        return None
    for p in scenario.parties:
        if value in (p.id, p.name) or value.casefold() == p.name.casefold():
            return p.id
    raise EditError(QT_TRANSLATE_NOOP("refusal", "no party '{got}'; type a party's name or id, "
                                                 "or leave empty for self-nominated"), got=value)


def set_candidate(scenario: Scenario, district: int, candidate: int, **fields: Any) -> Scenario:
    """Replace fields of one candidate of one district."""
    tier = scenario.district_tier
    d = tier.districts[district]
    candidates = list(d.candidates)
    candidates[candidate] = replace(candidates[candidate], **fields)
    districts = list(tier.districts)
    districts[district] = replace(d, candidates=tuple(candidates))
    return replace(scenario, district_tier=replace(tier, districts=tuple(districts)))


def add_district(scenario: Scenario, names: Mapping[str, str] = NEW_NAMES) -> Scenario:
    """Append a district with one empty candidate; the tier grows if it is full."""
    tier = scenario.district_tier
    ids = {d.id for d in tier.districts}
    n = len(tier.districts) + 1
    while str(n) in ids:
        n += 1
    district = District(str(n), names["district"].format(n=n), None,
                        (Candidate(names["candidate"].format(n=1), None, None, 0),))
    filled = len(tier.districts) + sum(d.seats for d in tier.declared) + 1
    tier = replace(tier, districts=tier.districts + (district,), seats=max(tier.seats, filled))
    return replace(scenario, district_tier=tier)


def remove_districts(scenario: Scenario, indices: list[int]) -> Scenario:
    """Remove the districts at ``indices`` (the tier keeps its seat count)."""
    tier = scenario.district_tier
    kept = tuple(d for i, d in enumerate(tier.districts) if i not in set(indices))
    return replace(scenario, district_tier=replace(tier, districts=kept))


def add_candidate(scenario: Scenario, district: int,
                  names: Mapping[str, str] = NEW_NAMES) -> Scenario:
    """Append an empty candidate to a district."""
    tier = scenario.district_tier
    d = tier.districts[district]
    c = Candidate(names["candidate"].format(n=len(d.candidates) + 1), None, None, 0)
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
        raise EditError(QT_TRANSLATE_NOOP(
            "refusal", "that makes {filled} district seats but the tier has {seats}; raise the "
            "district seats in the rules first"), filled=filled, seats=tier.seats)
    return replace(scenario, district_tier=replace(tier, declared=tuple(declared)))


def add_declared(scenario: Scenario) -> Scenario:
    """Append an empty declared total (self-nominated, 0 seats)."""
    tier = scenario.district_tier
    return replace(scenario, district_tier=replace(
        tier, declared=tier.declared + (Declared(None, None, 0),)))


# ------------------------------------------------------------------- constituencies


def use_constituencies(scenario: Scenario, on: bool,
                       names: Mapping[str, str] = NEW_NAMES) -> Scenario:
    """Count the list tier by constituency or nationwide again.

    On: one constituency, "Whole country", holds every list seat and the parties' national
    votes (split it by adding constituencies). Off: the constituencies go, and each party's
    votes stay the sum of its constituency votes (what the allocation used).
    """
    tier = scenario.list_tier
    if on == (tier.constituencies is not None):
        return scenario
    if not on:
        threshold = replace(tier.threshold, scope="national")
        return replace(scenario, list_tier=replace(tier, constituencies=None,
                                                   threshold=threshold))
    if scenario.mixed_type == "compensatory":
        raise EditError(QT_TRANSLATE_NOOP(
            "refusal", "a compensatory (MMP) system shares its entitlement nationwide; choose "
            "the parallel or additional member system to use constituencies"))
    whole = Constituency("c-1", names["whole_country"], tier.seats,
                         {p.id: p.votes for p in scenario.parties}, scenario.against_all,
                         scenario.invalid)
    return replace(scenario, list_tier=replace(tier, constituencies=(whole,)))


def parse_constituency_field(name: str, text: Any) -> Any:
    """A typed value for a constituency's ``name``, ``seats`` or a party's votes (any other
    ``name`` is a party id), or EditError saying why."""
    if name == "name":
        return parse_name(text, QT_TRANSLATE_NOOP("refusal", "a constituency needs a name"))
    if isinstance(text, int) and not isinstance(text, bool) and text >= 0:
        return text
    try:
        return parse_count(str(text))
    except Refusal as e:
        if name == "seats":
            raise EditError(QT_TRANSLATE_NOOP("refusal", "expected a whole number of seats, got "
                                                         "'{got}'"), got=str(text).strip()
                            ) from None
        raise EditError(TYPE_DIGITS, why=e, example="120345 / 120\u00a0345") from None


def set_constituency_fields(scenario: Scenario, changes: dict[int, dict[str, Any]]) -> Scenario:
    """Apply ``{row: {field: typed value}}`` to the constituencies at once (a paste is one
    edit); a field is ``name``, ``seats`` or a party id (its votes there). The list tier's
    seats and each party's national votes follow (their sums over the constituencies)."""
    regions = list(_constituencies(scenario))
    for row, fields in changes.items():
        c = regions[row]
        votes = dict(c.votes)
        plain = {}
        for key, value in fields.items():
            if key in ("name", "seats"):
                plain[key] = value
            else:
                scenario.party(key)  # KeyError for an unknown party: a programming error
                votes[key] = value
        regions[row] = replace(c, votes=votes, **plain)
    return _with_constituencies(scenario, regions)


def add_constituencies(scenario: Scenario, count: int = 1,
                       names: Mapping[str, str] = NEW_NAMES) -> Scenario:
    """Append ``count`` constituencies without seats or votes, named "Constituency N"."""
    regions = list(_constituencies(scenario))
    ids = {c.id for c in regions}
    n = len(regions)
    for _ in range(count):
        n += 1
        while f"c-{n}" in ids:
            n += 1
        ids.add(f"c-{n}")
        regions.append(Constituency(f"c-{n}", names["constituency"].format(n=n), 0,
                                    dict.fromkeys((p.id for p in scenario.parties), 0)))
    return _with_constituencies(scenario, regions)


def remove_constituencies(scenario: Scenario, rows: list[int]) -> Scenario:
    """Remove the constituencies at ``rows``: their seats and votes leave the totals.

    Refused for the last one (untick "Use constituencies" to count nationwide) and for a
    region that district results still lie in (additional member system).
    """
    regions = _constituencies(scenario)
    doomed = {regions[r].id for r in rows}
    if len(doomed) >= len(regions):
        raise EditError(QT_TRANSLATE_NOOP(
            "refusal", "the list tier needs at least one constituency; to count it nationwide, "
            "untick \"Use constituencies\""))
    tier = scenario.district_tier
    for c in regions:
        inside = (sum(1 for d in tier.districts if d.region == c.id)
                  + sum(d.seats for d in tier.declared if d.region == c.id))
        if c.id in doomed and inside:
            raise EditError(QT_TRANSLATE_NOOP(
                "refusal", "district seats lie in {name} ({n}); move them to another region "
                "first"), n=inside, name=c.name)
    return _with_constituencies(scenario, [c for c in regions if c.id not in doomed])


def _constituencies(scenario: Scenario) -> tuple[Constituency, ...]:
    regions = scenario.list_tier.constituencies
    if regions is None:
        raise EditError(QT_TRANSLATE_NOOP("refusal", "the list tier is counted nationwide; tick "
                                                     "\"Use constituencies\" first"))
    return regions


def _with_constituencies(scenario: Scenario, regions: list[Constituency]) -> Scenario:
    """``regions`` as the list tier's constituencies, with the sums that follow from them:
    the tier's seats and each party's national votes (which ``core.rules.allocate`` would otherwise
    replace by the sum, with a warning)."""
    tier = replace(scenario.list_tier, constituencies=tuple(regions),
                   seats=sum(c.seats for c in regions))
    parties = tuple(replace(p, votes=sum(c.votes.get(p.id, 0) for c in regions))
                    for p in scenario.parties)
    return replace(scenario, list_tier=tier, parties=parties)


# ------------------------------------------------------------------------ merging parties


def merge_parties(scenario: Scenario, source: str, target: str) -> Scenario:
    """Merge party ``source`` into ``target`` (Labour and Co-operative into Labour): list
    votes, constituency votes and poll shares add up, district candidates and declared totals
    of ``source`` are ``target``'s; ``source`` goes. Refused when the two share a district
    (two candidates of one party in one race would have to be counted as one)."""
    if source == target:
        raise EditError(QT_TRANSLATE_NOOP("refusal", "choose two different parties to merge"))
    a, b = scenario.party(source), scenario.party(target)
    tier = scenario.district_tier
    for d in tier.districts:
        if {source, target} <= {c.party for c in d.candidates}:
            raise EditError(QT_TRANSLATE_NOOP(
                "refusal", "{a} and {b} both have a candidate in {district}; merging would put "
                "two candidates of one party in one race"), a=a.name, b=b.name, district=d.name)

    def moved(pid: str | None) -> str | None:
        return target if pid == source else pid

    districts = tuple(replace(d, candidates=tuple(
        replace(c, party=moved(c.party), affiliation=moved(c.affiliation))
        for c in d.candidates)) for d in tier.districts)
    declared = tuple(replace(x, party=moved(x.party), affiliation=moved(x.affiliation))
                     for x in tier.declared)
    parties = tuple(replace(p, votes=p.votes + a.votes) if p.id == target else p
                    for p in scenario.parties if p.id != source)
    lt = scenario.list_tier
    constituencies = None if lt.constituencies is None else tuple(
        replace(c, votes=_merged(c.votes, source, target)) for c in lt.constituencies)
    polls = tuple(replace(p, shares=_merged(p.shares, source, target),
                          regions={r: _merged(v, source, target) for r, v in p.regions.items()})
                  for p in scenario.polls)
    return replace(scenario, parties=parties, polls=polls,
                   list_tier=replace(lt, constituencies=constituencies),
                   district_tier=replace(tier, districts=districts, declared=declared))


def _merged(table: dict[str, Any], source: str, target: str) -> dict[str, Any]:
    """``table`` (party -> number) with ``source``'s number added to ``target``'s."""
    if source not in table:
        return table
    out = {k: v for k, v in table.items() if k != source}
    out[target] = out.get(target, 0) + table[source]
    return out
