"""What each column means, guessed from its header and (for party columns) its cells."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from core.io.tables.names import norm_header
from core.io.tables.protocol import KINDS, party_header, protocol_kind
from core.io.tables.records import ColumnMapping, TableImportError
from core.io.tables.table import FrameTable, Table
from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.model.numbers import parse_count

_CANDIDATE_EXACT = {
    "candidate", "кандидат", "фио", "ф и о", "full name", "candidate name",
    "фамилия имя отчество", "үміткер", "аты жөні", "кандидат аты жөні",
}  # fmt: skip
_CANDIDATE_SUB = ("кандидат", "candidate", "үміткер", "фио", "аты жөні")
_GENERIC_NAME = {"name", "наименование", "название", "атауы", "аты"}
_PARTY_EXACT = {
    "party", "партия", "партиясы", "партии", "list", "party list", "party name",
    "political party", "партия список", "название партии", "наименование партии",
    "политическая партия", "саяси партия", "партия атауы", "партияның атауы",
    "избирательное объединение", "кем выдвинут", "выдвинут", "субъект выдвижения",
    "nominated by", "ұсынған", "ұсынған партия", "партія",
}  # fmt: skip
_PARTY_SUB = ("парти", "party", "партиясы")
_VOTES_EXACT = {
    "votes", "vote", "голоса", "голосов", "голос", "дауыс", "дауыстар", "дауыс саны",
    "дауыстар саны", "количество голосов", "число голосов", "голосов за", "votes received",
    "number of votes", "votes won",
}  # fmt: skip
_VOTES_SUB = ("голос", "vote", "дауыс")
# Level columns: 0 = electoral district, 1 = region, 2 = polling station; "territory" (a
# territorial commission, between region and station) is only ever skipped.
_LEVEL_RULES: tuple[tuple[int | str, set[str], tuple[str, ...], set[str]], ...] = (
    (0, {"district", "округ", "избирательный округ", "constituency", "сайлау округі",
         "округ номер", "номер округа", "electoral district", "riding", "division"},
        ("округ", "district", "constituency"), {"оик", "oik"}),
    ("territory", {"тик", "tik", "territorial commission"}, ("территориальн",),
     {"тик", "tik"}),
    (1, {"region", "регион", "область", "облыс", "аймақ", "county", "province", "state",
         "субъект", "субъект рф", "регіон"},
        ("регион", "област", "облыс", "region", "province"), set()),
    (2, {"участок", "polling station", "уик", "station", "precinct", "избирательный участок",
         "учаске", "сайлау учаскесі", "ward", "номер участка", "уик номер", "номер уик", "вд",
         "дільниця", "виборча дільниця"},
        ("участок", "участк", "polling", "station", "precinct", "учаске", "дільниц"),
        {"уик", "uik", "вд"}),
)  # fmt: skip
# Columns that are never party votes: totals, shares, seats, row numbers.
_IGNORE_EXACT = {"", "n", "no", "nr", "п п", "номер", "id", "number", "rank", "место", "code",
                 "код", "р с", "реттік нөмірі"}  # fmt: skip
_IGNORE_SUB = ("total", "всего", "итого", "барлығы", "turnout", "явка", "процент", "percent",
               "%", "share", "доля", "үлес", "seats", "мандат", "орын", "адрес", "address",
               "дата", "date", "winner")  # fmt: skip
# Kinds that plain party tables carry too; any other protocol line makes an unexplained
# numeric column a guess (it may be a protocol line this importer does not know).
_PLAIN_KINDS = {"against_all", "invalid", "registered", "ballots_cast"}


def level_of(header: str) -> int | str | None:
    """The level of a district-like column (0 district, 1 region, 2 station, "territory")."""
    norm = norm_header(header)
    tokens = set(norm.split())
    for level, exact, subs, token_set in _LEVEL_RULES:
        if norm in exact or tokens & token_set or any(s in norm for s in subs):
            return level
    return None


def mostly_counts(values: pd.Series, share: float = 0.5, sample: int = 300) -> bool:
    """True when more than ``share`` of the non-empty cells (of a sample of the first
    5,000) are counts."""
    head = values.head(5000).to_numpy(dtype=object)
    if len(head) > 2 * sample:  # an even sample, twice the size: empty cells fall out
        head = head[np.linspace(0, len(head) - 1, 2 * sample).astype(np.int64)]
    cells = [str(v) for v in head if str(v).strip()][:sample]
    if not cells:
        return False
    ok = 0
    for c in cells:
        try:
            parse_count(c)
            ok += 1
        except ValueError:
            pass
    return ok > share * len(cells)


def party_like(header: str) -> bool:
    """A header that names a party (a ballot number, a legal form, a party word, quotes)."""
    read = party_header(header)
    norm = norm_header(header)
    return read.ballot is not None or read.name != " ".join(str(header).split()) or \
        any(w in norm for w in ("парти", "партія", "party", "блок")) or \
        any(q in str(header) for q in "\"«»“”")


def _synonym_hint(words: Iterable[str]) -> str:
    return " / ".join(sorted(words, key=len)[:6])


def guess_mapping(source: pd.DataFrame | Table) -> ColumnMapping:
    """Guess what each column means, from its header (and, for the wide layout, its cells).

    Headers are compared case-insensitively after stripping punctuation, with English,
    Russian, Kazakh and Ukrainian synonyms (``party``/``партия``/``партиясы``,
    ``votes``/``голоса``/``дауыс``, ``district``/``округ``/``участок``/``УИК``,
    ``candidate``/``кандидат``/``ФИО``) and the protocol lines of
    ``core.io.tables.protocol`` (registered voters, ballots received, issued, cancelled,
    in the boxes, invalid, valid, against all, ...). Level columns: an electoral district
    groups the rows, else a region, else a polling station; a region and a station column
    are kept as such.

    Long layout: a party (or candidate) column and a votes column. Wide layout: no party
    column; the party columns are the remaining columns whose cells are mostly counts
    (totals, shares, seats, row numbers and text columns are left out, and said why in
    ``skipped``; ``guessed`` lists the party columns whose header does not say party when
    the table has protocol lines this importer may not know).

    Raises:
        TableImportError: a votes column without a party column (or the reverse), or no
            column that could hold votes at all; the message names what is missing.
    """
    table = FrameTable(source) if isinstance(source, pd.DataFrame) else source
    frame = table.preview
    columns = [str(c) for c in table.columns]
    other: dict[str, str] = {}
    skipped: dict[str, Message] = {}
    candidate = party = votes = generic_name = None
    levels: list[tuple[int, int, str]] = []
    party_sub: list[str] = []
    votes_sub: list[str] = []
    for pos, c in enumerate(columns):
        n = norm_header(c)
        kind = protocol_kind(c)
        if kind:
            if kind in other.values():
                skipped[c] = msg("import.skip_repeat", kind=Term("import", KINDS[kind]))
            else:
                other[c] = kind
            continue
        if n in _CANDIDATE_EXACT or any(s in n for s in _CANDIDATE_SUB):
            candidate = candidate or c
        elif n in _GENERIC_NAME:
            generic_name = generic_name or c
        elif n in _PARTY_EXACT:
            party = party or c
        elif n in _VOTES_EXACT:
            votes = votes or c
        elif (level := level_of(c)) is not None:
            if level == "territory":
                skipped[c] = msg("import.skip_level")
            else:
                levels.append((int(level), pos, c))
        elif n in _IGNORE_EXACT or any(s in n for s in _IGNORE_SUB):
            skipped[c] = msg("import.skip_total_or_share")
        else:
            if any(s in n for s in _PARTY_SUB):
                party_sub.append(c)
            if any(s in n for s in _VOTES_SUB):
                votes_sub.append(c)

    if party is None:
        party = next((c for c in party_sub if not mostly_counts(frame[c])), None)
    if party is None and candidate is None and generic_name is not None:
        party = generic_name  # "Name, Votes": the names are the parties'
    elif candidate is None and generic_name is not None and party is not None:
        candidate = generic_name  # "Name, Party, Votes": the names are candidates'
    district, region, station = _levels(levels)

    if party is not None or candidate is not None:
        if votes is None:
            votes = next((c for c in votes_sub if c != party and mostly_counts(frame[c])), None)
        if votes is None:
            raise TableImportError(QT_TRANSLATE_NOOP(
                "refusal", "no votes column: expected a column named {names} (columns found: "
                           "{columns})"),
                where=table.name, names=_synonym_hint(_VOTES_EXACT), columns=", ".join(columns))
        mapping = ColumnMapping(layout="long", party=party, votes=votes, district=district,
                                candidate=candidate, other_columns=other, region=region,
                                station=station)
        return _with_skipped(mapping, columns, skipped, frame)
    if votes is not None:
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "no party column: a '{votes}' column needs a column named {names} "
                       "(columns found: {columns})"),
            where=table.name, votes=votes, names=_synonym_hint(_PARTY_EXACT),
            columns=", ".join(columns))
    used = set(other) | {c for _, _, c in levels} | set(skipped)
    party_columns = [c for c in columns if c not in used and mostly_counts(frame[c])]
    if not party_columns:
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "no party column: expected a party and a votes column, or one column of "
                       "vote counts per party (columns found: {columns})"),
            where=table.name, columns=", ".join(columns))
    unknown_lines = set(other.values()) - _PLAIN_KINDS
    guessed = [c for c in party_columns if unknown_lines and not party_like(c)]
    mapping = ColumnMapping(layout="wide", district=district, party_columns=party_columns,
                            other_columns=other, region=region, station=station,
                            guessed=guessed)
    return _with_skipped(mapping, columns, skipped, frame)


def _levels(levels: list[tuple[int, int, str]]) -> tuple[str | None, str | None, str | None]:
    """(district, region, station): the coarsest level groups the rows (an electoral
    district wins), the first region and station columns are kept as such."""
    if not levels:
        return None, None, None
    best = min(lvl for lvl, _, _ in levels)
    district = next(c for lvl, _, c in sorted(levels) if lvl == best)
    region = next((c for lvl, _, c in sorted(levels) if lvl == 1), None)
    station = next((c for lvl, _, c in sorted(levels) if lvl == 2 and c != district), None)
    return district, region, station


def _with_skipped(mapping: ColumnMapping, columns: list[str], skipped: dict[str, Message],
                  frame: pd.DataFrame) -> ColumnMapping:
    """Every column the mapping leaves out, with the reason."""
    used = set(mapping.used_columns())
    for c in columns:
        if c in used or c in skipped:
            continue
        cells = frame[c].astype(str).str.strip()
        skipped[c] = msg("import.skip_empty") if not cells.ne("").any() else \
            msg("import.skip_text") if not mostly_counts(frame[c]) else msg("import.skip_unused")
    mapping.skipped = {c: skipped[c] for c in columns if c in skipped and c not in used}
    return mapping
