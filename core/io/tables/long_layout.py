"""Long tables: one row per party, or per candidate (with a district column)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from core.io.tables import limits
from core.io.tables.counts import exact_sum, read_counts, sum_by
from core.io.tables.names import display_series, key_series, unique_ids
from core.io.tables.protocol import protocol_kind
from core.io.tables.records import ColumnMapping, ImportResult, RowProblem, TableImportError
from core.io.tables.table import Table
from core.message import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:
    from core.io.tables.build import Progress

_SELF_NOMINATED = {"", "самовыдвижение", "самовыдвиженец", "self nominated", "self-nominated",
                   "independent", "независимый", "өзін өзі ұсыну", "өзін-өзі ұсыну",
                   "самовисування", "самовисуванець"}  # fmt: skip


def import_long(table: Table, mapping: ColumnMapping, step: Progress) -> ImportResult:
    """Aggregate a long table (see ``core.io.tables.build.import_table``)."""
    from core.io.tables.build import Codes, label_columns, result_from_sums, total_rows

    label_col = mapping.candidate or mapping.party
    if mapping.votes is None or label_col is None:  # the guess and --map check this first
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "a long table needs a votes column and a party or candidate column"))
    labels = label_columns(table, mapping, [label_col, mapping.district])
    texts = [c for c in mapping.used_columns() + labels if c not in mapping.count_columns()]
    needed = list(dict.fromkeys(mapping.used_columns() + labels))
    frames, line_parts, problems = [], [], []
    for chunk in table.chunks(needed, texts=texts):
        frames.append(chunk.frame)
        line_parts.append(chunk.lines)
        problems.extend(chunk.problems)
    df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=needed)
    lines = np.concatenate(line_parts) if line_parts else np.zeros(0, np.int64)
    n = len(df)
    votes = read_counts(df[mapping.votes])
    for i in np.flatnonzero(votes.bad):
        problems.append(RowProblem(int(lines[i]), mapping.votes,
                                   msg("import.row_not_counted", why=votes.reasons[int(i)])))
    for i in np.flatnonzero(votes.empty):
        problems.append(RowProblem(int(lines[i]), mapping.votes, msg("import.no_votes")))
    ok = ~votes.bad & ~votes.empty
    step(0.5)
    ok &= ~total_rows(df, [c for c in labels if c], ok, lines, problems)

    # Rows whose label is "against all", "invalid", ...: other votes, not a party.
    label_shown = display_series(df[label_col])
    row_kinds = [_row_kind(s) for s in label_shown.tolist()]
    other_kind = np.array(row_kinds, dtype=object)
    is_other = np.array([k is not None for k in row_kinds], dtype=bool) & ok
    sums: dict[str, int] = {}
    for i in np.flatnonzero(is_other):
        sums[other_kind[i]] = sums.get(other_kind[i], 0) + int(votes.values[i])
    ok &= ~is_other

    party_shown = display_series(df[mapping.party]) if mapping.party is not None else \
        pd.Series([""] * n, dtype=object)
    named_col = mapping.candidate or mapping.party
    no_name = (label_shown if mapping.candidate else party_shown).eq("").to_numpy(dtype=bool)
    for i in np.flatnonzero(no_name & ok):
        why = msg("import.no_candidate") if mapping.candidate else msg("import.no_party")
        problems.append(RowProblem(int(lines[i]), named_col, why))
    ok &= ~no_name
    party_keys = key_series(party_shown)
    self_nom = party_keys.isin(_SELF_NOMINATED).to_numpy(dtype=bool) if mapping.candidate \
        else np.zeros(n, dtype=bool)

    districts = Codes()
    dcodes = np.full(n, -1, dtype=np.int64)
    if mapping.district:
        codes, empty = districts.encode(df[mapping.district].to_numpy(dtype=object)[ok])
        rows = np.flatnonzero(ok)
        for i in rows[empty]:
            problems.append(RowProblem(int(lines[i]), mapping.district, msg("import.no_district")))
        ok[rows[empty]] = False
        dcodes[rows[~empty]] = codes[~empty]
    step(0.7)

    parties, pcodes, pids = _parties(party_keys, party_shown, votes.values, ok & ~self_nom,
                                     table.name or "table")
    districts_out = _districts(df, mapping, districts, dcodes, pcodes, pids, votes.values, ok,
                               label_shown) if mapping.district else []
    _district_figures(df, mapping, dcodes, ok, lines, problems, sums)
    step(0.9)
    return result_from_sums(parties, districts_out, sums, problems, n, int(ok.sum()))


def _row_kind(label: str) -> str | None:
    """The kind of a long table's row labelled "Против всех", "Недействительные", ...:
    against all, invalid, registered or ballots cast (other protocol lines stay parties)."""
    if not label:
        return None
    kind = protocol_kind(label)
    return kind if kind in ("against_all", "invalid", "registered", "ballots_cast") else None


def _parties(party_keys: pd.Series, party_shown: pd.Series, votes: np.ndarray,
             has_party: np.ndarray, name: str
             ) -> tuple[list[dict[str, Any]], np.ndarray, list[str]]:
    """Parties in order of first appearance, their per-row codes and ids; sums exact."""
    n = len(votes)
    pkeys = party_keys.to_numpy(dtype=object)
    pcodes = np.full(n, -1, dtype=np.int64)
    sub, _ = pd.factorize(pkeys[has_party], sort=False)
    pcodes[has_party] = sub
    k = int(sub.max()) + 1 if len(sub) else 0
    first_rows = np.flatnonzero(has_party)[np.unique(sub, return_index=True)[1]]
    names = [str(x) for x in party_shown.to_numpy(dtype=object)[first_rows]]
    pids = unique_ids(names, "party")
    values = votes[has_party]
    if len(values) and int(values.max()) * len(values) > limits.MAX_TOTAL:
        sums = [exact_sum(values[sub == code]) for code in range(k)]
    else:
        sums = sum_by(sub, values, k).tolist()
    for party, total in zip(names, sums, strict=True):
        limits.check_total(name, party, total)
    parties = [{"id": pid, "name": party, "votes": int(total)}
               for pid, party, total in zip(pids, names, sums, strict=True)]
    return parties, pcodes, pids


def _districts(df: pd.DataFrame, mapping: ColumnMapping, districts: Any, dcodes: np.ndarray,
               pcodes: np.ndarray, pids: list[str], votes: np.ndarray, ok: np.ndarray,
               label_shown: pd.Series) -> list[dict[str, Any]]:
    dids = unique_ids(districts.names, "district")
    frame = pd.DataFrame({"d": dcodes[ok], "p": pcodes[ok], "v": votes[ok]})
    regions = _district_regions(df, mapping, dcodes, ok, len(districts.names))
    out = []
    if mapping.candidate is not None:
        frame["c"] = key_series(label_shown).to_numpy(dtype=object)[ok]
        frame["cn"] = label_shown.to_numpy(dtype=object)[ok]
        grouped = frame.groupby(["d", "c", "p"], sort=False).agg(v=("v", "sum"),
                                                                 cn=("cn", "first"))
        cands: list[list[dict[str, Any]]] = [[] for _ in districts.names]
        for d, p, v, cn in _rows(grouped.reset_index(), "d", "p", "v", "cn"):
            cands[d].append({"name": cn, "party": pids[p] if p >= 0 else None,
                             "votes": int(v)})
        for did, dname, region, cl in zip(dids, districts.names, regions, cands, strict=True):
            district = {"id": did, "name": dname, "candidates": cl}
            if mapping.region:
                district["region"] = region
            out.append(district)
        return out
    per: list[dict[str, int]] = [{} for _ in districts.names]
    totals = frame.groupby(["d", "p"], sort=False)["v"].sum().reset_index()
    for d, p, v in _rows(totals, "d", "p", "v"):
        per[d][pids[p]] = int(v)
    for did, dname, votes_d in zip(dids, districts.names, per, strict=True):
        out.append({"id": did, "name": dname,
                    "votes": {pid: votes_d[pid] for pid in pids if pid in votes_d}})
    return out


def _rows(frame: pd.DataFrame, *columns: str) -> Iterator[tuple[Any, ...]]:
    """The values of ``columns``, row by row, as Python scalars."""
    return zip(*(frame[c].tolist() for c in columns), strict=True)


def _district_regions(df: pd.DataFrame, mapping: ColumnMapping, dcodes: np.ndarray,
                      ok: np.ndarray, k: int) -> list[str | None]:
    """Each district's region: its first non-empty region cell."""
    regions: list[str | None] = [None] * k
    if not mapping.region:
        return regions
    shown = display_series(df[mapping.region]).to_numpy(dtype=object)
    for i in np.flatnonzero(ok).tolist():
        d = int(dcodes[i])
        if regions[d] is None and shown[i]:
            regions[d] = shown[i]
    return regions


def _district_figures(df: pd.DataFrame, mapping: ColumnMapping, dcodes: np.ndarray,
                      ok: np.ndarray, lines: np.ndarray, problems: list[RowProblem],
                      sums: dict[str, int]) -> None:
    """Other columns in a long table: a district figure repeated on each row (registered
    voters, an electorate): the first readable value per district is summed."""
    for c, kind in mapping.other_columns.items():
        counts = read_counts(df[c])
        usable = ok & ~counts.bad & ~counts.empty
        for i in np.flatnonzero(ok & counts.bad):
            problems.append(RowProblem(int(lines[i]), c, msg("import.cell_not_counted",
                                                             why=counts.reasons[int(i)])))
        if usable.any():
            groups = dcodes[usable] if mapping.district else np.zeros(int(usable.sum()), int)
            _, first = np.unique(groups, return_index=True)
            sums[kind] = sums.get(kind, 0) + int(counts.values[usable][first].sum())
