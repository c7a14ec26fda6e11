"""The Scenario value object: parties, votes, districts and the electoral system.

Values are immutable: an edit makes a new Scenario (``dataclasses.replace``), which is what
the undo stack and the background recompute rely on. Files are read by ``core.model.reader``
(which validates and names the bad field) and written by ``core.model.writer``
(docs/format.md describes every field).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Any

from core.message import QT_TRANSLATE_NOOP
from core.model.polls import Poll
from core.model.presentation import Presentation
from core.refusal import Refusal

FORMAT = "seatcalc-scenario"
VERSION = 1
# Choices of the file format with their English names (translated in context "rules").
THRESHOLD_BASES = {
    "parties": QT_TRANSLATE_NOOP("rules", "party votes"),
    "valid": QT_TRANSLATE_NOOP("rules", "valid votes (party votes + against all)"),
    "cast": QT_TRANSLATE_NOOP("rules", "all ballots cast (valid + invalid)"),
}
TIE_BREAKS = {
    "more_votes": QT_TRANSLATE_NOOP("rules", "the party with more votes"),
    "registration_order": QT_TRANSLATE_NOOP("rules", "the party registered earlier"),
    "lot": QT_TRANSLATE_NOOP("rules", "drawing lots (seeded)"),
}
THRESHOLD_SCOPES = {
    "national": QT_TRANSLATE_NOOP("rules", "on each party's national votes (the sum over "
                                           "constituencies)"),
    "constituency": QT_TRANSLATE_NOOP("rules", "in each constituency separately, on its own "
                                               "votes"),
}
DISTRICT_RULES = {
    "plurality": QT_TRANSLATE_NOOP("rules", "plurality: the candidate with the most votes wins"),
}
COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
# A stable default colour per position (Tableau 10), for parties without one.
DEFAULT_COLORS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)


class ScenarioError(Refusal):
    """An invalid scenario: ``field`` is the JSON path, ``problem`` what is wrong (in
    English; a template with ``args``, see ``core.refusal``)."""

    def __init__(self, field_path: str, problem: str, **args: Any) -> None:
        super().__init__(problem, where=field_path, **args)
        self.field = field_path
        self.problem = self.english().removeprefix(f"{field_path}: ")


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    votes: int
    color: str
    registration_order: int
    threshold_exempt: bool = False
    # A one-person list (Scotland's individual regional candidates): at most one seat.
    one_person_list: bool = False
    # Parties in the electoral coalition that runs this list (alliance thresholds).
    members: int = 1


@dataclass(frozen=True)
class Threshold:
    percent: Fraction = Fraction(0)
    base: str = "valid"
    inclusive: bool = True
    or_district_seats: int = 0
    scope: str = "national"
    # Higher thresholds for electoral coalitions: (members at least, percent), ascending.
    alliances: tuple[tuple[int, Fraction], ...] = ()
    min_lists: int = 0  # if fewer lists pass, the largest others are admitted (Armenia: 3)
    # With constituencies: a party below the national threshold still shares the seats of a
    # constituency where it has this percentage (Sweden: 12%, Regeringsformen 3:7). 0: none.
    or_constituency_percent: Fraction = Fraction(0)

    def percent_for(self, members: int) -> Fraction:
        """The percentage a list run by a coalition of ``members`` parties needs."""
        return max((p for n, p in self.alliances if members >= n), default=self.percent)


@dataclass(frozen=True)
class Constituency:
    id: str
    name: str
    seats: int
    votes: dict[str, int] = field(hash=False)  # equal when equal; a dict has no hash
    against_all: int = 0
    invalid: int = 0
    # Candidates who can still take this constituency's list seats, per party (none: no limit).
    list_lengths: dict[str, int] | None = field(default=None, hash=False)
    population: int | None = None  # the people a seat quota counts (Germany's Länder)
    levelling_seats: int = 0  # levelling seats placed here at most (Norway: one per county)


LEVELLING_PLACEMENTS = {
    "national_table": QT_TRANSLATE_NOOP("rules", "one national table of quotients, each "
                                                 "constituency taking its own levelling seats "
                                                 "(Norway)"),
    "party_by_party": QT_TRANSLATE_NOOP("rules", "each party's seats to its highest "
                                                 "comparison figures (Sweden)"),
}


@dataclass(frozen=True)
class Levelling:
    """National levelling (adjustment) seats on top of the constituency seats: ``seats`` of
    them, among the parties with ``percent`` of the threshold base, placed by ``placement``."""

    seats: int
    percent: Fraction = Fraction(0)
    placement: str = "national_table"


@dataclass(frozen=True)
class ListTier:
    seats: int
    method: str = "dhondt"
    first_divisor: Fraction | None = None
    min_seats: int = 0
    threshold: Threshold = Threshold()
    tie_break: str = "registration_order"
    seed: int = 0
    constituencies: tuple[Constituency, ...] | None = None
    # Candidates who can still take list seats, per party (none: no limit).
    list_lengths: dict[str, int] | None = field(default=None, hash=False)
    levelling: Levelling | None = None
    # Biproportional: the upper apportionment counts voters (votes ÷ district seats, Zurich).
    voter_numbers: bool = False
    # The list-tier rules of ``core.rules.adjustments`` by file key (majority_bonus, ...): each
    # value is the rule's own frozen object.
    adjustments: dict[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Candidate:
    name: str
    party: str | None
    affiliation: str | None
    votes: int


@dataclass(frozen=True)
class District:
    id: str
    name: str
    region: str | None
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class Declared:
    """District seats known only as a total: ``party`` nominated, ``affiliation`` sits with."""

    party: str | None
    affiliation: str | None
    seats: int
    region: str | None = None


@dataclass(frozen=True)
class DistrictTier:
    seats: int = 0
    rule: str = "plurality"
    districts: tuple[District, ...] = ()
    declared: tuple[Declared, ...] = ()


@dataclass(frozen=True)
class Appointed:
    """Seats filled without an election (Kazakhstan before 2023: the Assembly's nine)."""

    name: str
    seats: int


@dataclass(frozen=True)
class Scenario:
    title: str
    parties: tuple[Party, ...]
    list_tier: ListTier
    district_tier: DistrictTier = DistrictTier()
    mixed_type: str = "parallel"
    overhang: str | None = None
    against_all: int = 0
    invalid: int = 0
    registered_voters: int | None = None
    appointed: tuple[Appointed, ...] = ()
    date: str | None = None
    sources: tuple[str, ...] = ()
    notes: str = ""
    presentation: Presentation = Presentation()  # how the chart seats it: no seat changes
    titles: tuple[tuple[str, str], ...] = ()  # (language, title): the title in other languages
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    polls: tuple[Poll, ...] = ()  # opinion polls for projections (core.model.polls)

    def title_in(self, lang: str) -> str:
        """The title in ``lang`` when the file gives one (``titles``), else ``title``."""
        return dict(self.titles).get(lang, self.title)

    def party(self, party_id: str) -> Party:
        """The party with this id (KeyError when there is none)."""
        for p in self.parties:
            if p.id == party_id:
                return p
        raise KeyError(party_id)

    @property
    def house_size(self) -> int:
        """Seats before any overhang: list (and levelling) + district + appointed."""
        appointed = sum(a.seats for a in self.appointed)
        levelling = self.list_tier.levelling.seats if self.list_tier.levelling else 0
        return self.list_tier.seats + levelling + self.district_tier.seats + appointed

    @property
    def ballots_cast(self) -> int:
        """Ballots cast: the list votes with against-all and invalid ballots; with no list
        tier (first past the post) the district candidates' votes instead of list votes."""
        if self.list_tier.seats == 0 and self.district_tier.districts:
            valid = sum(c.votes for d in self.district_tier.districts for c in d.candidates)
        else:
            valid = sum(p.votes for p in self.parties)
        return valid + self.against_all + self.invalid

    def with_votes(self, votes: dict[str, int]) -> Scenario:
        """A copy with some parties' votes replaced."""
        parties = tuple(replace(p, votes=votes.get(p.id, p.votes)) for p in self.parties)
        return replace(self, parties=parties)
