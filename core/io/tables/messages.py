"""Every sentence the table import says, in English, in one place.

The core is moving to message codes (``core.message.msg``, wording in ``core.text.catalog``);
these texts keep the same shape (a code, named ``{placeholders}``) so that issue 13 can move
them into the catalogue unchanged. :func:`say` formats one.
"""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, str] = {
    # The file as a whole (TableImportError: "error: <file>: <what>").
    "file.missing": "{file}: no such file",
    "file.unreadable": "{file}: cannot be read ({why})",
    "file.empty": "{file}: the file is empty",
    "file.not_text": "{file}: not UTF-8 nor Windows-1251 text",
    "file.utf16": "{file}: not UTF-8 nor Windows-1251 text (it is UTF-16: save it as CSV UTF-8)",
    "file.binary": "{file}: not UTF-8 nor Windows-1251 text (it looks like a binary file)",
    "file.old_xls": "{file}: an old Excel .xls workbook; save it as .xlsx or CSV",
    "file.bad_zip": "{file}: not a readable .xlsx workbook ({why})",
    "file.zip_no_table": "{file}: a zip archive with neither a workbook nor one CSV table in it",
    "file.no_sheets": "{file}: the workbook has no sheets",
    "file.no_sheet_named": "{file}: no sheet named '{sheet}' (sheets: {sheets})",
    "file.no_sheet_number": "{file}: no sheet number {sheet}",
    "file.bad_xml": "{file}: not a readable .xlsx workbook (part {part} is not well-formed XML: "
                    "{why})",
    "file.csv_error": "{file}: line {line}: {why}",
    "file.part_missing": "part {part} is missing",
    "file.bad_reference": "a cell reference '{ref}'",
    "file.string_missing": "shared string {index} is missing",
    "file.sheet_empty": "{file}: the sheet is empty",
    "file.header_only": "{file}: the table has a header but no data rows",
    "file.duplicate_header": "{file}: column '{column}' appears twice in the header",
    # Limits (core.io.tables.limits): each names the limit it enforces.
    "limit.file_bytes": "{file}: the file is {size}, over the limit of {limit} for a table",
    "limit.unpacked_bytes": "{file}: {part} unpacks to {size}, over the limit of {limit} for a "
                            "workbook",
    "limit.inflate_ratio": "{file}: {part} unpacks {ratio}-fold, over the limit of "
                           "{limit}-fold (a zip bomb?)",
    "limit.rows": "{file}: more than {limit} rows, over the limit for a table",
    "limit.columns": "{file}: a cell in column {column}, over the limit of {limit} columns",
    "limit.cells": "{file}: more than {limit} cells, over the limit for a table",
    "limit.where_line": " on line {line}",
    "limit.where_line_or_more": " or more on line {line}",
    "limit.where_cell": " (cell {cell})",
    "limit.where_header": " in the header",
    "limit.cell_chars": "{file}: a cell of {size} characters{where}, over the limit of {limit} "
                        "characters (Excel's own limit)",
    "limit.total": "{file}: the votes of '{column}' add up to {total}, more than a count can "
                   "hold ({limit}); refused rather than wrapped",
    # Rows and cells that were not counted (RowProblem reasons).
    "row.short": "{cells} cells where the header has {width}; row not read (a line cut short? "
                 "empty cells still need their delimiters)",
    "row.long": "{cells} cells where the header has {width}; row not read (a stray delimiter, "
                "or an unquoted number such as 3,431,510?)",
    "row.beyond_header": "a cell in column {column}, which has no header; row not read",
    "cell.not_counted": "{why}; row not counted",
    "cell.formula": "a formula with no saved value ({formula}): open and save the file in a "
                    "spreadsheet program to store its values",
    "cell.bad_other": "{why}; cell not counted",
    "row.no_votes": "no votes (empty cell); row not counted",
    "row.total": "a total row ('{label}'); not counted",
    "row.no_district": "no district name; row not counted",
    "row.no_candidate": "no candidate name; row not counted",
    "row.no_party": "no party name; row not counted",
    # Choosing columns.
    "map.no_votes_column": "{prefix}no votes column: expected a column named {names} (columns "
                           "found: {columns})",
    "map.no_party_for_votes": "{prefix}no party column: a '{votes}' column needs a column "
                              "named {names} (columns found: {columns})",
    "map.no_party_columns": "{prefix}no party column: expected a party and a votes column, or "
                            "one column of vote counts per party (columns found: {columns})",
    "map.missing_column": "{prefix}column '{column}' is not in the table",
    "map.unknown_kind": "{prefix}unknown column kind '{kind}' (expected one of {kinds})",
    "map.no_votes_chosen": "{prefix}no votes column chosen",
    "map.no_party_chosen": "{prefix}no party column chosen",
    "map.candidates_need_district": "{prefix}a table of candidates needs a district column "
                                    "(district / округ)",
    "map.no_party_columns_chosen": "{prefix}no party columns chosen",
    "map.unknown_layout": "{prefix}unknown layout '{layout}'",
    "map.role_twice": "two columns are marked '{role}': '{first}' and '{second}'; keep one",
    "map.both_layouts": "a table has either a party column and a votes column, or one column "
                        "per party; not both",
    "map.nothing_to_read": "mark a party (or candidate) column and a votes column, or the "
                           "columns that hold each party's votes",
    "map.override_syntax": "--map: expected COLUMN=ROLE, got '{text}'",
    "map.override_column": "--map: no column '{column}' in the table (columns: {columns})",
    "map.override_role": "--map: unknown role '{role}' (roles: {roles})",
    "merge.syntax": "--merge: expected 'NAME=INTO', got '{text}'",
    "merge.unknown": "--merge: no party named '{name}' in the table",
    "merge.into_itself": "--merge: '{name}' cannot be merged into itself",
    # Why a column is skipped (the mapping shown before anything is written).
    "skip.text": "text, not counts",
    "skip.empty": "empty",
    "skip.total_or_share": "totals, shares, seats, row numbers or dates",
    "skip.repeat": "a second '{role}' column; the first one is used",
    "skip.level": "an administrative level not used to group the rows",
    "skip.unused": "numbers this layout does not read (one row per party or candidate)",
    "skip.user": "skipped (--map)",
    # What was read.
    "describe.parties": "{n} parties",
    "describe.with_candidates": "{n} districts with candidate votes",
    "describe.summed": "{n} districts or stations, summed into the national votes",
    "describe.line": "{parts}; {votes} party votes; {counted} of {read} rows counted",
    "describe.problems": "; {n} problem(s) listed (rows not counted)",
    "describe.uncertain": "; {n} column(s) guessed from their cells only (check the mapping)",
    "describe.all_read": "; every row was read",
    "describe.checks": "; {n} row(s) fail the protocol checks (listed)",
    "row.where": "line {line}",
    "row.where_column": "line {line}, column '{column}'",
    "role.party": "the party's name",
    "role.votes": "the votes",
    "role.district": "the district: rows are grouped by it",
    "role.candidate": "the candidate's name",
    "role.region": "the region: the districts' regions and the per-region summaries",
    "role.station": "the polling station: a row's label in the checks",
    "mapping.title": "{file}: what each column means (change with --map COLUMN=ROLE):",
    "mapping.layout_wide": "one row per district or polling station, one column per party",
    "mapping.layout_long": "one row per party or candidate",
    "mapping.party": "party '{name}' (id {id}{ballot})",
    "mapping.ballot": ", ballot number {n}",
    "mapping.guessed": " [guessed from the cells]",
    "mapping.skipped": "skipped: {why}",
    "notes.imported": "Imported from {source}: {rows} rows read",
    "notes.problems": ", {n} problem(s) left out (see the import report)",
    "notes.registered": "; {n} registered voters",
    "checks.line": "check: {file}: line {line}{station}: {relation}: {left} {op} {right}",
    "checks.relations": "{n} relation(s) ({each})",
    "checks.summary": "protocol checks: {rows} rows, {relations}: {failed} row(s) fail",
    "checks.none": "protocol checks: none apply (the table lacks the lines they relate)",
    "checks.more": "... and {n} more row(s) failing the protocol checks",
    # What each counted column that is not party votes is (core.io.tables.protocol.KINDS).
    "kind.registered": "registered voters (on the list)",
    "kind.ballots_received": "ballots received by the commission",
    "kind.ballots_issued_early": "ballots issued early",
    "kind.ballots_issued_in_premises": "ballots issued at the station",
    "kind.ballots_issued_outside": "ballots issued outside the station",
    "kind.ballots_issued": "ballots issued (all)",
    "kind.ballots_cancelled": "ballots cancelled or unused",
    "kind.ballots_in_portable_boxes": "ballots in portable boxes",
    "kind.ballots_in_stationary_boxes": "ballots in stationary boxes",
    "kind.ballots_in_boxes": "ballots found in the boxes",
    "kind.ballots_not_counted": "ballots not subject to counting",
    "kind.voters_home_extract": "voters on the home-voting extract",
    "kind.voted_in_premises": "voters who voted at the station",
    "kind.voted_outside": "voters who voted outside the station",
    "kind.ballots_cast": "ballots cast (voters who took part)",
    "kind.invalid": "invalid ballots",
    "kind.valid": "valid ballots",
    "kind.ballots_lost": "ballots lost",
    "kind.ballots_unaccounted": "ballots not accounted for",
    "kind.against_all": "against all",
    # The protocol's control relations (core.io.tables.protocol.RELATIONS).
    "relation.registered_ge_issued": "registered ≥ ballots issued (early + at the station + "
                                     "outside) [20-FZ Annex 5: 1 ≥ 3+4+5]",
    "relation.received": "ballots received = issued + cancelled + lost − not accounted for "
                         "[20-FZ Annex 5: 2 = 3+4+5+6+11−12]",
    "relation.boxes": "ballots in the boxes (portable + stationary) = invalid + valid "
                      "[20-FZ Annex 5: 7+8 = 9+10]",
    "relation.cast": "ballots cast = invalid + valid",
    "relation.valid_parties": "valid ballots = the parties' votes [20-FZ Annex 5: 10 = 13 + "
                              "the following lines]",
    "relation.valid_parties_against": "valid ballots = the parties' votes + against all",
    "relation.issued_total": "ballots issued = at the station + outside",
    "relation.voted_total": "voters who voted = at the station + outside",
    "relation.registered_ge_ballots_issued": "registered ≥ ballots issued",
}


def say(code: str, **args: Any) -> str:
    """The English text of ``code`` with ``args`` filled in."""
    return TEXTS[code].format(**args)


def count_text(n: int) -> str:
    """A count as the import writes it: ``3,431,510``."""
    return f"{n:,}"


def size_text(n: int) -> str:
    """A byte size for a limit message: ``512 MiB``, ``2.3 KiB``."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            value = n / scale
            return f"{value:.0f} {unit}" if value >= 10 or value.is_integer() else \
                f"{value:.1f} {unit}"
    return f"{n} bytes"
