"""The records the table import passes around: errors, column mappings, problems, results."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from core.message import Message, msg
from core.refusal import Refusal
from core.text.render import render

if TYPE_CHECKING:
    from core.analysis.observer import StationTable
    from core.io.tables.protocol import CheckReport

LINE_INDEX_NAME = "line"
"""Name of the index of a table's DataFrame: the row's line in the file."""


class TableImportError(Refusal):
    """A table that cannot be read at all; the message is one line for an analyst: a
    template in context "refusal", ``where`` the file (or the option) at fault."""


class ImportCancelled(Exception):
    """Raised by ``import_table`` when its ``cancel()`` callback returns True."""


@dataclass(frozen=True)
class RowProblem:
    """A row (or one cell of it) that was not counted.

    ``line`` is the 1-based line as a spreadsheet user sees it (header = line 1, or the
    header's own line when blank lines precede it); ``column`` is the header of the
    offending cell, or None when the whole row is at fault; ``reason`` says why (an
    ``import.*`` message, said in the reader's language).
    """

    line: int
    column: str | None
    reason: Message

    def message(self) -> Message:
        """Where and why: ``line 4, column 'Votes': ...``."""
        if self.column:
            return msg("import.at_cell", line=self.line, column=self.column, reason=self.reason)
        return msg("import.at_line", line=self.line, reason=self.reason)

    def __str__(self) -> str:
        return render(self.message())


@dataclass
class ColumnMapping:
    """Which column of the table means what.

    ``layout`` is ``"long"`` (one row per party or candidate: ``party`` and/or
    ``candidate`` plus ``votes``) or ``"wide"`` (one column per party: ``party_columns``,
    headers used as party names). ``district`` is the column whose rows are aggregated into
    one district (None = one nationwide count); ``region`` and ``station`` are level columns
    kept for the districts' regions, the per-region summaries and the station labels.
    ``other_columns`` maps a column to one of the counted kinds that are not party votes
    (``core.io.tables.protocol.KINDS``: against all, invalid, registered voters, and the
    protocol's other lines). ``skipped`` says why each unused column is not read (an
    ``import.skip_*`` message), and
    ``guessed`` lists the party columns recognised from their cells only.
    """

    layout: Literal["long", "wide"]
    party: str | None = None
    votes: str | None = None
    district: str | None = None
    candidate: str | None = None
    party_columns: list[str] = field(default_factory=list)
    other_columns: dict[str, str] = field(default_factory=dict)
    region: str | None = None
    station: str | None = None
    skipped: dict[str, Message] = field(default_factory=dict)
    guessed: list[str] = field(default_factory=list)

    def used_columns(self) -> list[str]:
        """Every column this mapping reads, in no particular order."""
        cols = [self.party, self.votes, self.district, self.candidate, self.region,
                self.station]
        used = [c for c in cols if c] + list(self.party_columns) + list(self.other_columns)
        return list(dict.fromkeys(used))

    def count_columns(self) -> list[str]:
        """The columns read as counts."""
        votes = [self.votes] if self.layout == "long" and self.votes else []
        return [*votes, *self.party_columns, *self.other_columns]


@dataclass
class ImportResult:
    """What ``import_table`` read.

    * ``parties``: ``{"id", "name", "votes"}`` in order of first appearance (and
      ``"registration_order"``, the ballot number, when the header gave one); ``votes``
      are national sums (for a candidate table: the sum of the party's candidates' votes).
    * ``districts``: ``{"id", "name", "votes": {party_id: n}}`` per district, or for a
      candidate table ``{"id", "name", "region", "candidates": [{"name", "party", "votes"}]}``
      (``party`` None = self-nominated), in order of first appearance; empty without a
      district column. A candidate table's ``"registered"`` is the district's electorate
      when the table has one.
    * ``other_votes``: summed ``against_all`` / ``invalid`` (only the kinds found).
    * ``registered`` / ``ballots_cast``: summed, None when the table has no such data.
    * ``protocol``: the sum of every counted column that is not party votes, by kind.
    * ``problems``: every row or cell not counted, sorted by line.
    * ``rows_read``: non-blank data rows in the table; ``rows_counted``: those aggregated.
    * ``checks``: the protocol's control relations, tested on every counted row (wide
      tables with protocol lines); ``stations``: per-row figures for the observer
      statistics (wide tables), both None otherwise.
    """

    parties: list[dict[str, Any]]
    districts: list[dict[str, Any]]
    other_votes: dict[str, int]
    registered: int | None
    problems: list[RowProblem]
    rows_read: int
    rows_counted: int = 0
    ballots_cast: int | None = None
    mapping: ColumnMapping | None = None
    source: str | None = None
    protocol: dict[str, int] = field(default_factory=dict)
    checks: CheckReport | None = None
    stations: StationTable | None = None

    def describe(self) -> Message:
        """What was read and where it goes, in one line (the CLI and the import dialog)."""
        with_candidates = sum(1 for d in self.districts if "candidates" in d)
        summed = len(self.districts) - with_candidates
        guessed = self.mapping.guessed if self.mapping else []
        failed = self.checks.failed_rows() if self.checks is not None else 0
        if self.problems:
            problems: Message | str = msg("import.problems", n=len(self.problems))
        else:
            problems = "" if guessed else msg("import.every_row")
        return msg("import.summary", parties=len(self.parties),
                   districts=msg("import.with_candidates", n=with_candidates)
                   if with_candidates else "",
                   summed=msg("import.summed", n=summed) if summed else "",
                   votes=sum(p["votes"] for p in self.parties), counted=self.rows_counted,
                   read=self.rows_read, problems=problems,
                   uncertain=msg("import.uncertain", n=len(guessed)) if guessed else "",
                   checks=msg("import.failing_checks", n=failed) if failed else "")
