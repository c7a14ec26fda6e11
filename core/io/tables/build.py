"""Votes read from a table and added up per party, per district and per station."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from core.io.tables import limits
from core.io.tables.counts import exact_sum, read_counts, sum_by
from core.io.tables.guess import guess_mapping
from core.io.tables.long_layout import import_long
from core.io.tables.names import display, key, unique, unique_ids
from core.io.tables.protocol import CheckReport, check_rows, party_header, relations_for
from core.io.tables.records import (
    ColumnMapping,
    ImportCancelled,
    ImportResult,
    RowProblem,
    TableImportError,
)
from core.io.tables.stations import StationCollector
from core.io.tables.table import FrameTable, Table, open_table
from core.message import QT_TRANSLATE_NOOP, msg

OTHER_KINDS = ("against_all", "invalid", "registered", "ballots_cast")
"""The kinds of counted columns that are not party votes and that every table may have
(``core.io.tables.protocol.KINDS`` lists the protocol's other lines)."""
_TOTAL_LABELS = ("итого", "всего", "total", "барлығы", "жиыны", "сумма", "усього", "разом")
_TOTAL_RE = re.compile(r"^\s*(?:" + "|".join(_TOTAL_LABELS) + r")\b")


class Progress:
    """Calls ``progress`` a few times and checks ``cancel`` at the same points."""

    def __init__(self, progress: Callable[[float], Any] | None,
                 cancel: Callable[[], bool] | None) -> None:
        self.progress, self.cancel = progress, cancel

    def __call__(self, fraction: float) -> None:
        if self.cancel is not None and self.cancel():
            raise ImportCancelled("import cancelled")
        if self.progress is not None:
            self.progress(min(1.0, max(0.0, fraction)))


def import_table(
    source: pd.DataFrame | Table | str | os.PathLike[str],
    mapping: ColumnMapping | None = None,
    *,
    progress: Callable[[float], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """Read votes from a table and aggregate them per party and per district.

    ``source`` is a path (opened with ``open_table``), an open :class:`Table`, or a
    DataFrame of strings (from ``read_table``, or any DataFrame whose header was line 1).
    ``mapping`` is guessed with ``guess_mapping`` when None.

    Rules, applied a chunk of rows at a time (vectorised; memory stays bounded):

    * A vote cell is read with ``parse_count``. A row with a cell that cannot be read
      (text, a decimal, a negative, a formula without a saved value) is not counted at all
      and each such cell is listed in ``problems`` with its line, its column and the
      reason; every other row is counted. Sums are exact; a total that a 64-bit count
      cannot hold is refused (``core.io.tables.limits.MAX_TOTAL``), never wrapped.
    * Wide layout: an **empty** cell in a party column (or any other counted column)
      counts as 0 votes and is not reported: polling-station tables often leave a party's
      cell empty when it had no votes. Long layout: an empty votes cell is a problem.
    * A row labelled ``Итого`` / ``Всего`` / ``Total`` / ``Барлығы`` (in the district or
      party column, or the first column) is a total row: reported and not counted.
    * Long layout: a row whose party is ``Против всех`` / ``Against all`` / ``Недействительные``
      ... goes to ``other_votes`` (or registered / ballots cast); an empty party name is a
      problem. Party names are matched ignoring case, quotes and spacing (``«Аманат»`` is
      ``Аманат``). An other column in a long table (e.g. registered voters) is a district
      figure repeated on every row: its first readable value per district is used.
    * With a district column, rows of one district are summed; an empty district cell is a
      problem. Candidate tables: a candidate's votes are summed over rows of the same
      district, name and party; an empty or ``самовыдвижение`` party means self-nominated.
    * Wide layout with protocol lines: every counted row is tested against the protocol's
      control relations (``result.checks``), and the per-station figures are kept for the
      observer statistics (``result.stations``).

    ``progress(fraction)`` is called a few times (once per chunk at most); when ``cancel()``
    returns True at one of those points, :class:`ImportCancelled` is raised.

    Raises:
        TableImportError: the file cannot be read, the mapping names missing columns, or a
            limit is exceeded.
        ImportCancelled: ``cancel()`` returned True.
    """
    step = Progress(progress, cancel)
    step(0.0)
    if isinstance(source, Table):
        table = source
    elif isinstance(source, pd.DataFrame):
        table = FrameTable(source)
    else:
        table = open_table(source)
    step(0.2)
    if len(table.preview) == 0 and not table.preview.attrs.get("read_problems"):
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "the table has a header but no data rows"), where=table.name)
    if mapping is None:
        mapping = guess_mapping(table)
    check_mapping(table, mapping)
    step(0.3)
    if mapping.layout == "wide":
        result = _import_wide(table, mapping, step)
    else:
        result = import_long(table, mapping, step)
    result.problems.sort(key=lambda p: (p.line, p.column or ""))
    result.mapping = mapping
    result.source = table.name or None
    step(1.0)
    return result


def check_mapping(table: Table, mapping: ColumnMapping) -> None:
    """Refuse a mapping that names a column the table lacks, or cannot be read."""
    from core.io.tables.protocol import KINDS

    missing = [c for c in mapping.used_columns() if c not in table.header]
    if missing:
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "column '{column}' is not in the table"), where=table.name,
            column=missing[0])
    bad_kinds = {k for k in mapping.other_columns.values() if k not in KINDS}
    if bad_kinds:
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "unknown column kind '{kind}' (expected one of {kinds})"),
            where=table.name, kind=sorted(bad_kinds)[0], kinds=", ".join(KINDS))
    if mapping.layout == "long":
        if mapping.votes is None:
            raise TableImportError(QT_TRANSLATE_NOOP("refusal", "no votes column chosen"),
                                   where=table.name)
        if mapping.party is None and mapping.candidate is None:
            raise TableImportError(QT_TRANSLATE_NOOP("refusal", "no party column chosen"),
                                   where=table.name)
        if mapping.candidate is not None and mapping.district is None:
            raise TableImportError(QT_TRANSLATE_NOOP(
                "refusal", "a table of candidates needs a district column ({names})"),
                where=table.name, names="district / округ")
    elif mapping.layout == "wide":
        if not mapping.party_columns:
            raise TableImportError(QT_TRANSLATE_NOOP("refusal", "no party columns chosen"),
                                   where=table.name)
    else:
        raise TableImportError(QT_TRANSLATE_NOOP("refusal", "unknown layout '{layout}'"),
                               where=table.name, layout=mapping.layout)


def label_columns(table: Table, mapping: ColumnMapping, own: list[str | None]) -> list[str]:
    """Where total rows are looked for: ``own`` and the table's first column (unless it
    holds counts)."""
    first = table.columns[0] if table.columns else None
    cols = [c for c in own if c]
    if first and first not in mapping.count_columns() and first not in cols:
        cols.append(first)
    return cols


def total_rows(frame: pd.DataFrame, columns: list[str], ok: np.ndarray, lines: np.ndarray,
               problems: list[RowProblem]) -> np.ndarray:
    """Rows labelled ``Итого`` / ``Total`` / ``Барлығы`` in one of ``columns``; each one still
    counted (``ok``) is listed as a problem."""
    mask = np.zeros(len(frame), dtype=bool)
    for c in columns:
        codes, uniques = pd.factorize(frame[c].to_numpy(dtype=object), sort=False)
        is_total = _TOTAL_RE.match  # judged once per distinct label, not per row
        labelled = np.fromiter((bool(is_total(str(u).casefold())) for u in uniques),
                               dtype=bool, count=len(uniques))
        hit = labelled[codes] & (codes >= 0) & ~mask if len(uniques) else \
            np.zeros(len(frame), dtype=bool)
        for i in np.flatnonzero(hit & ok):
            label = display(frame[c].iat[int(i)])
            problems.append(RowProblem(int(lines[i]), c, msg("import.total_row", label=label)))
        mask |= hit
    return mask


class Codes:
    """Names (districts, regions) numbered in order of first appearance across chunks,
    matched ignoring case, quotes and spacing."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self.names: list[str] = []

    def encode(self, cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per-cell codes and a mask of the empty cells (code -1)."""
        raw_codes, uniques = pd.factorize(cells, sort=False)
        mapped = np.empty(len(uniques), dtype=np.int64)
        for j, cell in enumerate(uniques):
            shown = display(cell)
            if not shown:
                mapped[j] = -1
                continue
            k = key(shown)
            if k not in self.codes:
                self.codes[k] = len(self.names)
                self.names.append(shown)
            mapped[j] = self.codes[k]
        codes = mapped[raw_codes] if len(raw_codes) else np.zeros(0, dtype=np.int64)
        return codes, codes < 0


class _Totals:
    """Exact running totals per column, checked against the limit as they grow."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.sums: dict[str, int] = {}

    def add(self, column: str, values: np.ndarray) -> None:
        total = self.sums.get(column, 0) + exact_sum(values)
        limits.check_total(self.name, column, total)
        self.sums[column] = total


def _import_wide(table: Table, mapping: ColumnMapping, step: Progress) -> ImportResult:
    count_cols = list(mapping.party_columns) + list(mapping.other_columns)
    labels = label_columns(table, mapping, [mapping.district])
    texts = list(dict.fromkeys(labels + [c for c in (mapping.region, mapping.station) if c]))
    needed = list(dict.fromkeys(count_cols + texts))
    problems: list[RowProblem] = []
    totals = _Totals(table.name or "table")
    districts = Codes()
    district_sums: dict[str, np.ndarray] = {c: np.zeros(0, np.int64) for c in mapping.party_columns}
    report = CheckReport(relations_for(set(mapping.other_columns.values())))
    stations = StationCollector(mapping)
    rows_read = rows_counted = 0
    hint = getattr(table, "rows_hint", None)
    for chunk in table.chunks(needed, texts=texts):
        frame, lines = chunk.frame, chunk.lines
        problems.extend(chunk.problems)
        ok = np.ones(len(frame), dtype=bool)
        parsed: dict[str, np.ndarray] = {}
        for c in count_cols:
            counts = read_counts(frame[c])
            for i in np.flatnonzero(counts.bad):
                problems.append(RowProblem(int(lines[i]), c, msg(
                    "import.row_not_counted", why=counts.reasons[int(i)])))
            ok &= ~counts.bad
            parsed[c] = counts.values
        ok &= ~total_rows(frame, labels, ok, lines, problems)
        if mapping.district:
            codes, empty = districts.encode(frame[mapping.district].to_numpy(dtype=object)[ok])
            for i in np.flatnonzero(ok)[empty]:
                problems.append(RowProblem(int(lines[i]), mapping.district,
                                           msg("import.no_district")))
            ok[np.flatnonzero(ok)[empty]] = False
            codes = codes[~empty]
        for c in count_cols:
            totals.add(c, parsed[c][ok])
        if mapping.district:
            for c in mapping.party_columns:
                grown = np.zeros(len(districts.names), np.int64)
                grown[: len(district_sums[c])] = district_sums[c]
                district_sums[c] = grown + sum_by(codes, parsed[c][ok], len(districts.names))
        _check_and_collect(frame, parsed, ok, lines, mapping, report, stations)
        rows_read += len(frame)
        rows_counted += int(ok.sum())
        step(0.3 + 0.6 * (min(1.0, rows_read / hint) if hint else 0.5))
    return _wide_result(mapping, totals.sums, districts, district_sums, problems, rows_read,
                        rows_counted, report, stations)


def _check_and_collect(frame: pd.DataFrame, parsed: dict[str, np.ndarray], ok: np.ndarray,
                       lines: np.ndarray, mapping: ColumnMapping, report: CheckReport,
                       stations: StationCollector) -> None:
    """The protocol checks on the counted rows, and their station figures kept."""
    kinds: dict[str, np.ndarray] = {}
    for c, kind in mapping.other_columns.items():
        values = parsed[c][ok]
        kinds[kind] = values if kind not in kinds else kinds[kind] + values
    party_sum = np.zeros(int(ok.sum()), dtype=np.int64)
    for c in mapping.party_columns:
        party_sum = party_sum + parsed[c][ok]
    if report.relations:
        label_col = mapping.station or mapping.district
        labels = frame[label_col].to_numpy(dtype=object)[ok] if label_col else None
        check_rows(report, kinds, party_sum, lines[ok], labels)
    region = frame[mapping.region].to_numpy(dtype=object)[ok] if mapping.region else None
    stations.add(lines[ok], region, kinds, [parsed[c][ok] for c in mapping.party_columns])


def _wide_result(mapping: ColumnMapping, sums: dict[str, int], districts: Codes,
                 district_sums: dict[str, np.ndarray], problems: list[RowProblem],
                 rows_read: int, rows_counted: int, report: CheckReport,
                 stations: StationCollector) -> ImportResult:
    heads = [party_header(c) for c in mapping.party_columns]
    party_ids = unique([h.id for h in heads])
    parties: list[dict[str, Any]] = []
    for pid, head, c in zip(party_ids, heads, mapping.party_columns, strict=True):
        name = head.name if head.ballot is not None or head.name != c else display(c)
        party: dict[str, Any] = {"id": pid, "name": name, "votes": sums.get(c, 0)}
        if head.ballot is not None:
            party["registration_order"] = head.ballot
        parties.append(party)
    district_list = []
    if mapping.district:
        ids = unique_ids(districts.names, "district")
        for k, (did, dname) in enumerate(zip(ids, districts.names, strict=True)):
            votes = {pid: int(district_sums[c][k])
                     for pid, c in zip(party_ids, mapping.party_columns, strict=True)}
            district_list.append({"id": did, "name": dname, "votes": votes})
    protocol: dict[str, int] = {}
    for c, kind in mapping.other_columns.items():
        protocol[kind] = protocol.get(kind, 0) + sums.get(c, 0)
    result = result_from_sums(parties, district_list, protocol, problems, rows_read,
                              rows_counted)
    result.checks = report if report.relations else None
    result.stations = stations.table(party_ids, [p["name"] for p in parties])
    return result


def result_from_sums(parties: list[dict[str, Any]], districts: list[dict[str, Any]],
                     protocol: dict[str, int], problems: list[RowProblem], rows_read: int,
                     rows_counted: int) -> ImportResult:
    """The ImportResult of a wide or long table: ``protocol`` the sums per counted kind."""
    cast = protocol.get("ballots_cast")
    if cast is None and {"ballots_in_portable_boxes", "ballots_in_stationary_boxes"} <= \
            protocol.keys():
        cast = protocol["ballots_in_portable_boxes"] + protocol["ballots_in_stationary_boxes"]
    return ImportResult(
        parties=parties,
        districts=districts,
        other_votes={k: v for k, v in protocol.items() if k in ("against_all", "invalid")},
        registered=protocol.get("registered"),
        ballots_cast=cast,
        problems=problems,
        rows_read=rows_read,
        rows_counted=rows_counted,
        protocol=protocol,
    )
