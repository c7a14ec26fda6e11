"""The wording of the table import's message codes (``import.*``, ``core.io.tables``; and
``observer.*``, ``core.analysis.observer``), in English, marked for translation: what was
read, the rows not counted and why, the columns skipped, the mapping and the protocol checks
as the command line prints them, the scenario's notes, and the observer statistics' caution.
``core.text.catalog`` adds them to its table; the refusals of the import (a file that cannot
be read at all) are templates in context "refusal" where they are raised, as every
refusal's."""

from __future__ import annotations

from core.message import QT_TRANSLATE_NOOP

TABLE_MESSAGES: dict[str, str] = {
    # What was read (ImportResult.describe): the command line's last line, the dialog's summary.
    "import.summary": QT_TRANSLATE_NOOP(
        "import", "{parties} {parties:plural:party|parties}{districts}{summed}; {votes} party "
                  "votes; {counted} of {read} rows counted{problems}{uncertain}{checks}"),
    "import.with_candidates": QT_TRANSLATE_NOOP(
        "import", ", {n} {n:plural:district|districts} with candidate votes"),
    "import.summed": QT_TRANSLATE_NOOP(
        "import", ", {n} {n:plural:district or station|districts or stations}, summed into the "
                  "national votes"),
    "import.problems": QT_TRANSLATE_NOOP(
        "import", "; {n} {n:plural:problem|problems} listed (rows not counted)"),
    "import.every_row": QT_TRANSLATE_NOOP("import", "; every row was read"),
    "import.uncertain": QT_TRANSLATE_NOOP(
        "import", "; {n} {n:plural:column|columns} guessed from {n:plural:its|their} cells only "
                  "(check the mapping)"),
    "import.failing_checks": QT_TRANSLATE_NOOP(
        "import", "; {n} {n:plural:row fails|rows fail} the protocol checks (listed)"),
    # A row or cell not counted (RowProblem): where, then why.
    "import.at_line": QT_TRANSLATE_NOOP("import", "line {line:raw}: {reason}"),
    "import.at_cell": QT_TRANSLATE_NOOP("import", "line {line:raw}, column '{column}': {reason}"),
    "import.row_short": QT_TRANSLATE_NOOP(
        "import", "{cells} {cells:plural:cell|cells} where the header has {width}; row not read "
                  "(a line cut short? empty cells still need their delimiters)"),
    "import.row_long": QT_TRANSLATE_NOOP(
        "import", "{cells} {cells:plural:cell|cells} where the header has {width}; row not read "
                  "(a stray delimiter, or an unquoted number such as 3,431,510?)"),
    "import.row_beyond_header": QT_TRANSLATE_NOOP(
        "import", "a cell in column {column}, which has no header; row not read"),
    "import.row_not_counted": QT_TRANSLATE_NOOP("import", "{why}; row not counted"),
    "import.cell_not_counted": QT_TRANSLATE_NOOP("import", "{why}; cell not counted"),
    "import.formula": QT_TRANSLATE_NOOP(
        "import", "a formula with no saved value ({formula}): open and save the file in a "
                  "spreadsheet program to store its values"),
    "import.no_votes": QT_TRANSLATE_NOOP("import", "no votes (empty cell); row not counted"),
    "import.total_row": QT_TRANSLATE_NOOP("import", "a total row ('{label}'); not counted"),
    "import.no_district": QT_TRANSLATE_NOOP("import", "no district name; row not counted"),
    "import.no_candidate": QT_TRANSLATE_NOOP("import", "no candidate name; row not counted"),
    "import.no_party": QT_TRANSLATE_NOOP("import", "no party name; row not counted"),
    # Why a column is not read (ColumnMapping.skipped).
    "import.skip_text": QT_TRANSLATE_NOOP("import", "text, not counts"),
    "import.skip_empty": QT_TRANSLATE_NOOP("import", "empty"),
    "import.skip_total_or_share": QT_TRANSLATE_NOOP(
        "import", "totals, shares, seats, row numbers or dates"),
    "import.skip_repeat": QT_TRANSLATE_NOOP(
        "import", "a second '{kind}' column; the first one is used"),
    "import.skip_level": QT_TRANSLATE_NOOP(
        "import", "an administrative level not used to group the rows"),
    "import.skip_unused": QT_TRANSLATE_NOOP(
        "import", "numbers this layout does not read (one row per party or candidate)"),
    "import.skip_user": QT_TRANSLATE_NOOP("import", "skipped ({option})"),
    # The mapping, as the command line prints it before anything is written.
    "import.mapping_title": QT_TRANSLATE_NOOP(
        "import", "{file}: what each column means (change with {option}): {layout}"),
    "import.layout_wide": QT_TRANSLATE_NOOP(
        "import", "one row per district or polling station, one column per party"),
    "import.layout_long": QT_TRANSLATE_NOOP("import", "one row per party or candidate"),
    "import.party": QT_TRANSLATE_NOOP("import", "party '{name}' (id {id})"),
    "import.party_ballot": QT_TRANSLATE_NOOP(
        "import", "party '{name}' (id {id}, ballot number {n:raw})"),
    "import.guessed": QT_TRANSLATE_NOOP("import", "{meaning} [guessed from the cells]"),
    # The protocol checks (the command line's lines after the problems).
    "import.check": QT_TRANSLATE_NOOP(
        "import", "{file}: line {line:raw}: {relation}: {left} {op} {right}"),
    "import.check_at_station": QT_TRANSLATE_NOOP(
        "import", "{file}: line {line:raw} ({station}): {relation}: {left} {op} {right}"),
    "import.checks_more": QT_TRANSLATE_NOOP(
        "import", "... and {n} more row(s) failing the protocol checks"),
    "import.checks_summary": QT_TRANSLATE_NOOP(
        "import", "protocol checks: {rows} rows, {relations}: {failed} row(s) fail"),
    "import.checks_relations": QT_TRANSLATE_NOOP("import", "{n} relation(s) ({each})"),
    "import.checks_none": QT_TRANSLATE_NOOP(
        "import", "protocol checks: none apply (the table lacks the lines they relate)"),
    "import.law_20fz": QT_TRANSLATE_NOOP("import", "20-FZ Annex 5: {formula}"),
    # The new scenario's notes (written once, in the language of the import).
    "import.notes": QT_TRANSLATE_NOOP(
        "import", "Imported from {source}: {rows} rows read{problems}{registered}."),
    "import.notes_no_source": QT_TRANSLATE_NOOP(
        "import", "Imported from a table: {rows} rows read{problems}{registered}."),
    "import.notes_problems": QT_TRANSLATE_NOOP(
        "import", ", {n} {n:plural:problem|problems} left out (see the import report)"),
    "import.notes_registered": QT_TRANSLATE_NOOP("import", "; {n} registered voters"),
    # The observer statistics of a polling-station table (core.analysis.observer).
    "observer.caution": QT_TRANSLATE_NOOP(
        "observer", "An anomaly is not proof of fraud: it says where to look closer (the "
                    "stations, their protocols, the observers' reports), not what happened "
                    "there."),
    "observer.source": QT_TRANSLATE_NOOP(
        "observer", "Kobak, Shpilkin and Pshenichnikov (2016), {title}"),
}
