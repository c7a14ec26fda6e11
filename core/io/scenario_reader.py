"""Reading scenario files (docs/format.md): decoded JSON -> a validated ``Scenario``.

``read_scenario`` walks the decoded file field by field and raises ``ScenarioError`` naming
the first bad field (``parties[3].votes``) and what is wrong with it.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from core.io.context_reader import DUPLICATE_ID, PRESENTATION_KEYS, ContextReader
from core.io.json_fields import load_json, shown
from core.message import QT_TRANSLATE_NOOP
from core.model import limits
from core.model.scenario import (
    COLOR_RE,
    DEFAULT_COLORS,
    DISTRICT_RULES,
    FORMAT,
    LEVELLING_PLACEMENTS,
    THRESHOLD_BASES,
    THRESHOLD_SCOPES,
    TIE_BREAKS,
    VERSION,
    Appointed,
    Candidate,
    Constituency,
    Declared,
    District,
    DistrictTier,
    Levelling,
    ListTier,
    Party,
    Scenario,
    ScenarioError,
    Threshold,
)
from core.rules.adjustments import ADJUSTMENTS
from core.rules.linkages import LINKAGES, overhang_rules
from core.rules.methods import METHODS, AllocationError, divisor_rule

# The fields of each object the reader knows; any other key inside one is refused by name
# (docs/format.md: never ignored in silence). Unknown top-level keys are kept on save and
# reported as a warning when the scenario is computed (``Scenario.extra``).
_TOP = {"format", "version", "title", "titles", "date", "sources", "notes", "parties",
        "other_votes", "list_tier", "district_tier", "mixed", "registered_voters", "appointed",
        "presentation", "polls"}
_PARTY = {"id", "name", "color", "votes", "registration_order", "threshold_exempt",
          "independent", "members"}
_OTHER = {"against_all", "invalid"}
_LIST_TIER = {"seats", "method", "first_divisor", "min_seats", "threshold", "tie_break", "seed",
              "constituencies", "list_lengths", "levelling", "voter_numbers", *ADJUSTMENTS}
_THRESHOLD = {"percent", "base", "inclusive", "or_district_seats", "scope", "alliances",
              "min_lists", "or_constituency_percent"}
_ALLIANCE = {"members", "percent"}
_LEVELLING = {"seats", "percent", "placement"}
_CONSTITUENCY = {"id", "name", "seats", "votes", "other_votes", "list_lengths", "population",
                 "levelling_seats"}
_DISTRICT_TIER = {"seats", "rule", "districts", "declared"}
_DISTRICT = {"id", "name", "region", "candidates"}
_CANDIDATE = {"name", "party", "affiliation", "votes"}
_DECLARED = {"party", "affiliation", "seats", "region"}
_MIXED = {"type", "overhang"}
_APPOINTED = {"name", "seats"}
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def read_scenario(data: Any) -> Scenario:
    """Validate a decoded scenario file; ``ScenarioError`` names the first bad field."""
    return _Reader(data).scenario()


def parse_scenario(text: str) -> Scenario:
    """Parse and validate scenario JSON text (exact numbers, no duplicate keys)."""
    return read_scenario(load_json(text))


class _Reader(ContextReader):
    """Walks a decoded scenario, checking each field; ids are checked across sections (the
    polls, the presentation and the party references: ``ContextReader``)."""

    def __init__(self, data: Any) -> None:
        self.data = data
        self.party_ids: set[str] = set()
        self.refs: set[str | None] = {None}  # what a candidate's party may name

    def scenario(self) -> Scenario:
        d = self.obj(self.data, "file")
        if d.get("format") != FORMAT:
            raise ScenarioError("format", QT_TRANSLATE_NOOP(
                "refusal", "expected \"{expected}\", got {got}"), expected=FORMAT,
                got=shown(d.get("format")))
        version = d.get("version")
        if type(version) is not int or version != VERSION:  # not true or 1.0, though == 1
            raise ScenarioError("version", QT_TRANSLATE_NOOP(
                "refusal", "expected {expected} (this SeatCalc reads version 1), got {got}"),
                expected=VERSION, got=shown(version))
        parties = self.parties(self.need(d, "parties", "file"))
        other = self.section(d, "other_votes", "other_votes", _OTHER)
        list_tier = self.list_tier(self.obj(self.need(d, "list_tier", "file"), "list_tier",
                                            _LIST_TIER))
        district_tier = self.district_tier(d.get("district_tier"))
        mixed = self.section(d, "mixed", "mixed", _MIXED)
        mixed_type = self.choice(mixed.get("type", "parallel"), LINKAGES, "mixed.type")
        overhang = mixed.get("overhang")
        if overhang is not None:
            overhang = self.choice(overhang, overhang_rules(), "mixed.overhang")
        if overhang is None:
            overhang = LINKAGES[mixed_type].default_overhang
        appointed = tuple(self.appointed(a, f"appointed[{i}]") for i, a in
                          enumerate(self.array(d.get("appointed") or [], "appointed",
                                               limits.MAX_PARTIES)))
        scenario = Scenario(
            title=self.text(d.get("title", "Untitled scenario"), "title"),
            parties=parties,
            list_tier=list_tier,
            district_tier=district_tier,
            mixed_type=mixed_type,
            overhang=overhang,
            against_all=self.count(other.get("against_all", 0), "other_votes.against_all"),
            invalid=self.count(other.get("invalid", 0), "other_votes.invalid"),
            registered_voters=self.optional(d.get("registered_voters"), self.count,
                                            "registered_voters"),
            appointed=appointed,
            date=self.optional(d.get("date"), self.text, "date"),
            sources=tuple(self.text(s, f"sources[{i}]", limits.MAX_NOTES, lines=True)
                          for i, s in enumerate(self.array(d.get("sources") or [], "sources",
                                                           limits.MAX_TEXT))),
            notes=self.text(d.get("notes") or "", "notes", limits.MAX_NOTES, lines=True),
            presentation=self.presentation(self.section(d, "presentation", "presentation",
                                                        PRESENTATION_KEYS)),
            titles=self.titles(self.section(d, "titles", "titles")),
            extra={k: v for k, v in d.items() if k not in _TOP},
            polls=self.polls(d.get("polls")),
        )
        if scenario.house_size == 0:
            raise ScenarioError("list_tier.seats", QT_TRANSLATE_NOOP(
                "refusal", "the house has no seats (every tier has 0)"))
        if scenario.house_size > limits.MAX_SEATS:
            raise ScenarioError("list_tier.seats", QT_TRANSLATE_NOOP(
                "refusal", "a house of {n} seats is more than the limit of {limit}"),
                n=scenario.house_size, limit=limits.MAX_SEATS)
        return scenario

    # ---- sections

    def titles(self, titles: dict[str, Any]) -> tuple[tuple[str, str], ...]:
        """The title in other languages, by language code (``"ru"``, ``"kk"``)."""
        for code in titles:
            if not _LANGUAGE_CODE.fullmatch(code):
                raise ScenarioError(f"titles[{shown(code)}]", QT_TRANSLATE_NOOP(
                    "refusal", "expected a language code such as ru or kk"))
        return tuple((code, self.text(title, f"titles.{code}"))
                     for code, title in sorted(titles.items()))

    def parties(self, raw: Any) -> tuple[Party, ...]:
        items = self.array(raw, "parties", limits.MAX_PARTIES)
        if not items:
            raise ScenarioError("parties", QT_TRANSLATE_NOOP(
                "refusal", "expected at least one party, got none"))
        parties = []
        for i, p in enumerate(items):
            where = f"parties[{i}]"
            p = self.obj(p, where, _PARTY)
            pid = self.text(self.need(p, "id", where), f"{where}.id")
            if not pid.strip():
                raise ScenarioError(f"{where}.id", QT_TRANSLATE_NOOP(
                    "refusal", "expected a non-empty id"))
            if pid in self.party_ids:
                raise ScenarioError(f"{where}.id", DUPLICATE_ID, id=pid)
            self.party_ids.add(pid)
            self.refs.add(pid)
            color = p.get("color") or DEFAULT_COLORS[i % len(DEFAULT_COLORS)]
            if not isinstance(color, str) or not COLOR_RE.match(color):
                raise ScenarioError(f"{where}.color", QT_TRANSLATE_NOOP(
                    "refusal", "expected #rrggbb, got {got}"), got=shown(color))
            parties.append(Party(
                id=pid,
                name=self.text(p.get("name", pid), f"{where}.name"),
                votes=self.count(self.need(p, "votes", where), f"{where}.votes"),
                color=color.lower(),
                registration_order=self.count(p.get("registration_order", i + 1),
                                              f"{where}.registration_order"),
                threshold_exempt=self.flag(p.get("threshold_exempt", False),
                                           f"{where}.threshold_exempt"),
                one_person_list=self.flag(p.get("independent", False), f"{where}.independent"),
                members=self.positive(p.get("members", 1), f"{where}.members"),
            ))
        return tuple(parties)

    def list_tier(self, t: dict[str, Any]) -> ListTier:
        method = self.choice(self.need(t, "method", "list_tier"), tuple(METHODS),
                             "list_tier.method")
        first = t.get("first_divisor")
        if first is not None:
            if METHODS[method].kind != "divisor":
                raise ScenarioError("list_tier.first_divisor", QT_TRANSLATE_NOOP(
                    "refusal", "applies to divisor methods only, not {method}"), method=method)
            first = self.decimal(first, "list_tier.first_divisor")
            try:
                divisor_rule(method, first)
            except AllocationError as e:
                raise ScenarioError("list_tier.first_divisor", e.template, **e.values
                                    ) from None
        min_seats = self.count(t.get("min_seats", 0), "list_tier.min_seats", limits.MAX_SEATS)
        if min_seats and METHODS[method].kind != "divisor":
            raise ScenarioError("list_tier.min_seats", QT_TRANSLATE_NOOP(
                "refusal", "a minimum per unit needs a divisor method, not {method}"),
                method=method)
        seats = self.count(self.need(t, "seats", "list_tier"), "list_tier.seats",
                           limits.MAX_SEATS)
        constituencies = t.get("constituencies")
        if constituencies is not None:
            constituencies = self.constituencies(constituencies)
            seats = sum(c.seats for c in constituencies) if seats == 0 else seats
            if seats != sum(c.seats for c in constituencies):
                raise ScenarioError("list_tier.seats", QT_TRANSLATE_NOOP(
                    "refusal", "is {seats} but the constituencies have {total} seats"),
                    seats=seats, total=sum(c.seats for c in constituencies))
        if constituencies is not None and t.get("list_lengths") is not None:
            raise ScenarioError("list_tier.list_lengths", QT_TRANSLATE_NOOP(
                "refusal", "with constituencies, give list_lengths in each constituency (the "
                "lists are theirs)"))
        return ListTier(
            seats=seats,
            method=method,
            first_divisor=first,
            min_seats=min_seats,
            threshold=self.threshold(self.section(t, "threshold", "list_tier.threshold",
                                                  _THRESHOLD)),
            tie_break=self.choice(t.get("tie_break", "registration_order"), tuple(TIE_BREAKS),
                                  "list_tier.tie_break"),
            seed=self.count(t.get("seed", 0), "list_tier.seed"),
            constituencies=constituencies,
            list_lengths=self.list_lengths(t.get("list_lengths"), "list_tier.list_lengths"),
            adjustments=self.adjustments(t),
            levelling=self.levelling(t.get("levelling"), constituencies),
            voter_numbers=self.flag(t.get("voter_numbers", False), "list_tier.voter_numbers"),
        )

    def list_lengths(self, raw: Any, where: str) -> dict[str, int] | None:
        """``{"party_id": n}``: candidates who can still take list seats (absent: no limit)."""
        if raw is None:
            return None
        lengths = self.obj(raw, where)
        return {self.known_party(pid, where): self.count(n, f"{where}.{pid}", limits.MAX_SEATS)
                for pid, n in lengths.items()}

    def adjustments(self, t: dict[str, Any]) -> dict[str, Any]:
        """The list-tier rules of ``core.rules.adjustments`` present in ``t``, each read by
        its own module."""
        return {key: rule.read(t[key], f"list_tier.{key}", self)
                for key, rule in ADJUSTMENTS.items() if t.get(key) is not None}

    def levelling(self, raw: Any, constituencies: tuple[Constituency, ...] | None
                  ) -> Levelling | None:
        """``{"seats", "percent", "placement"}``: national levelling seats (Norway, Sweden)."""
        if raw is None:
            return None
        where = "list_tier.levelling"
        d = self.obj(raw, where, _LEVELLING)
        out = Levelling(self.count(self.need(d, "seats", where), f"{where}.seats",
                                   limits.MAX_SEATS),
                        self.percent(d.get("percent") or 0, f"{where}.percent"),
                        self.choice(d.get("placement", "national_table"),
                                    tuple(LEVELLING_PLACEMENTS), f"{where}.placement"))
        placed = sum(c.levelling_seats for c in constituencies or ())
        if out.placement == "national_table" and placed != out.seats:
            raise ScenarioError(f"{where}.seats", QT_TRANSLATE_NOOP(
                "refusal", "is {seats} but the constituencies take {placed} levelling seats "
                "(levelling_seats)"), seats=out.seats, placed=placed)
        return out

    def threshold(self, t: dict[str, Any]) -> Threshold:
        percent = self.percent(t.get("percent") or 0, "list_tier.threshold.percent")
        return Threshold(
            percent=percent,
            base=self.choice(t.get("base", "valid"), tuple(THRESHOLD_BASES),
                             "list_tier.threshold.base"),
            inclusive=self.flag(t.get("inclusive", True), "list_tier.threshold.inclusive"),
            or_district_seats=self.count(t.get("or_district_seats") or 0,
                                         "list_tier.threshold.or_district_seats",
                                         limits.MAX_SEATS),
            scope=self.choice(t.get("scope", "national"), tuple(THRESHOLD_SCOPES),
                              "list_tier.threshold.scope"),
            alliances=self.alliances(t.get("alliances")),
            min_lists=self.count(t.get("min_lists") or 0, "list_tier.threshold.min_lists",
                                 limits.MAX_PARTIES),
            or_constituency_percent=self.percent(t.get("or_constituency_percent") or 0,
                                                 "list_tier.threshold.or_constituency_percent"),
        )

    def alliances(self, raw: Any) -> tuple[tuple[int, Fraction], ...]:
        """``[{"members": 2, "percent": 8}, ...]``: the threshold of coalitions of at least
        that many parties (Poland, Kodeks wyborczy art. 196; Czechia 2021)."""
        out = []
        for i, a in enumerate(self.array(raw or [], "list_tier.threshold.alliances",
                                         limits.MAX_PARTIES)):
            where = f"list_tier.threshold.alliances[{i}]"
            a = self.obj(a, where, _ALLIANCE)
            out.append((self.positive(self.need(a, "members", where), f"{where}.members"),
                        self.percent(self.need(a, "percent", where), f"{where}.percent")))
        return tuple(sorted(out))

    def positive(self, value: Any, where: str) -> int:
        """A whole number of at least 1."""
        n = self.count(value, where, limits.MAX_PARTIES)
        if n < 1:
            raise ScenarioError(where, QT_TRANSLATE_NOOP(
                "refusal", "expected a whole number of at least 1, got {got}"), got=n)
        return n

    def constituencies(self, raw: Any) -> tuple[Constituency, ...]:
        out, ids = [], set()
        for i, c in enumerate(self.array(raw, "list_tier.constituencies",
                                         limits.MAX_CONSTITUENCIES)):
            where = f"list_tier.constituencies[{i}]"
            c = self.obj(c, where, _CONSTITUENCY)
            cid = self.text(self.need(c, "id", where), f"{where}.id")
            if cid in ids:
                raise ScenarioError(f"{where}.id", DUPLICATE_ID, id=cid)
            ids.add(cid)
            votes = self.obj(self.need(c, "votes", where), f"{where}.votes")
            for pid in votes:
                self.known_party(pid, f"{where}.votes")
            other = self.obj(c.get("other_votes") or {}, f"{where}.other_votes", _OTHER)
            out.append(Constituency(
                id=cid,
                name=self.text(c.get("name", cid), f"{where}.name"),
                seats=self.count(self.need(c, "seats", where), f"{where}.seats", limits.MAX_SEATS),
                votes={pid: self.count(n, f"{where}.votes.{pid}") for pid, n in votes.items()},
                against_all=self.count(other.get("against_all", 0),
                                       f"{where}.other_votes.against_all"),
                invalid=self.count(other.get("invalid", 0), f"{where}.other_votes.invalid"),
                list_lengths=self.list_lengths(c.get("list_lengths"), f"{where}.list_lengths"),
                population=self.optional(c.get("population"), self.count, f"{where}.population"),
                levelling_seats=self.count(c.get("levelling_seats") or 0,
                                           f"{where}.levelling_seats", limits.MAX_SEATS),
            ))
        if not out:
            raise ScenarioError("list_tier.constituencies", QT_TRANSLATE_NOOP(
                "refusal", "expected at least one, or null"))
        return tuple(out)

    def district_tier(self, raw: Any) -> DistrictTier:
        if raw is None:
            return DistrictTier()
        t = self.obj(raw, "district_tier", _DISTRICT_TIER)
        seats = self.count(t.get("seats", 0), "district_tier.seats", limits.MAX_SEATS)
        raw_districts = self.array(t.get("districts") or [], "district_tier.districts",
                                   limits.MAX_DISTRICTS)
        districts = tuple(self.district(d, f"district_tier.districts[{i}]")
                          for i, d in enumerate(raw_districts))
        seen: set[str] = set()
        for i, d in enumerate(districts):
            if d.id in seen:
                raise ScenarioError(f"district_tier.districts[{i}].id", DUPLICATE_ID, id=d.id)
            seen.add(d.id)
        declared = tuple(self.declared(d, f"district_tier.declared[{i}]") for i, d in
                         enumerate(self.array(t.get("declared") or [], "district_tier.declared",
                                              limits.MAX_DISTRICTS)))
        filled = len(districts) + sum(d.seats for d in declared)
        if filled > seats:
            raise ScenarioError(
                "district_tier.declared" if declared else "district_tier.districts",
                QT_TRANSLATE_NOOP("refusal", "{filled} district seats are given but the tier "
                                  "has {seats}"), filled=filled, seats=seats)
        return DistrictTier(
            seats=seats,
            rule=self.choice(t.get("rule", "plurality"), DISTRICT_RULES, "district_tier.rule"),
            districts=districts,
            declared=declared,
        )

    def district(self, raw: Any, where: str) -> District:
        d = self.obj(raw, where, _DISTRICT)
        candidates = self.array(self.need(d, "candidates", where), f"{where}.candidates",
                                limits.MAX_CANDIDATES)
        if not candidates:
            raise ScenarioError(f"{where}.candidates", QT_TRANSLATE_NOOP(
                "refusal", "expected at least one candidate"))
        return District(
            id=self.text(self.need(d, "id", where), f"{where}.id"),
            name=self.text(d.get("name", d.get("id")), f"{where}.name"),
            region=self.optional(d.get("region"), self.text, f"{where}.region"),
            candidates=tuple(self.candidate(c, where, j) for j, c in enumerate(candidates)),
        )

    def candidate(self, raw: Any, district: str, j: int) -> Candidate:
        # The common, valid case without building field paths (loading 650 districts fast);
        # anything unusual takes the checked path below, which names the field.
        if (type(raw) is dict and raw.keys() <= _CANDIDATE and type(raw.get("votes")) is int
                and 0 <= raw["votes"] <= limits.MAX_VOTES and type(raw.get("name", "")) is str
                and len(raw.get("name", "")) <= limits.MAX_TEXT
                and type(raw.get("party")) in (str, type(None)) and raw.get("party") in self.refs
                and type(raw.get("affiliation")) in (str, type(None))
                and raw.get("affiliation") in self.refs and raw.get("name", "").isprintable()):
            return Candidate(raw.get("name", ""), raw.get("party"), raw.get("affiliation"),
                             raw["votes"])
        where = f"{district}.candidates[{j}]"
        c = self.obj(raw, where, _CANDIDATE)
        return Candidate(
            name=self.text(c.get("name", ""), f"{where}.name"),
            party=self.party_ref(c.get("party"), f"{where}.party"),
            affiliation=self.party_ref(c.get("affiliation"), f"{where}.affiliation"),
            votes=self.count(self.need(c, "votes", where), f"{where}.votes"),
        )

    def declared(self, raw: Any, where: str) -> Declared:
        d = self.obj(raw, where, _DECLARED)
        return Declared(
            party=self.party_ref(d.get("party"), f"{where}.party"),
            affiliation=self.party_ref(d.get("affiliation"), f"{where}.affiliation"),
            seats=self.count(self.need(d, "seats", where), f"{where}.seats", limits.MAX_SEATS),
            region=self.optional(d.get("region"), self.text, f"{where}.region"),
        )

    def appointed(self, raw: Any, where: str) -> Appointed:
        a = self.obj(raw, where, _APPOINTED)
        return Appointed(self.text(a.get("name", "Appointed"), f"{where}.name"),
                         self.count(self.need(a, "seats", where), f"{where}.seats",
                                    limits.MAX_SEATS))
