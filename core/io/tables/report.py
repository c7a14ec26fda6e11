"""What an import says in words: the column mapping, and the protocol checks."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from core.io.tables.messages import count_text, say
from core.io.tables.protocol import KINDS, CheckReport, party_header
from core.io.tables.records import ColumnMapping
from core.io.tables.roles import PARTY_COLUMN, role_name, roles_from_mapping

MAX_HEADER_SHOWN = 60
MAX_FAILURES_SHOWN = 1000
"""The command line lists this many failing rows, then says how many more there are."""


def column_meaning(column: str, role: str, mapping: ColumnMapping) -> str:
    """What one column is read as, in words (the role's CLI name first)."""
    if role == PARTY_COLUMN:
        head = party_header(column)
        ballot = say("mapping.ballot", n=head.ballot) if head.ballot is not None else ""
        text = say("mapping.party", name=head.name, id=head.id, ballot=ballot)
        if column in mapping.guessed:
            text += say("mapping.guessed")
        return f"{role_name(role)}: {text}"
    if role in KINDS:
        return f"{role_name(role)}: {KINDS[role]}"
    return f"{role_name(role)}: {say('role.' + role)}"


def mapping_lines(name: str, header: list[str], mapping: ColumnMapping) -> list[str]:
    """The mapping as the command line prints it before anything is written: one line per
    column, with its letter, its header and what it is read as (or why it is skipped)."""
    roles = roles_from_mapping(mapping)
    layout = say(f"mapping.layout_{mapping.layout}")
    lines = [say("mapping.title", file=name) + f" {layout}"]
    width = min(MAX_HEADER_SHOWN, max((len(h) for h in header), default=0))
    for i, column in enumerate(header):
        if column in roles:
            meaning = column_meaning(column, roles[column], mapping)
        elif column in mapping.skipped:
            meaning = "skip: " + mapping.skipped[column]
        else:
            continue  # an unnamed, empty column
        shown = column if len(column) <= width else column[: width - 1] + "…"
        lines.append(f"  {get_column_letter(i + 1):>3}  {shown:<{width}}  -> {meaning}")
    return lines


def check_lines(report: CheckReport | None, name: str,
                limit: int = MAX_FAILURES_SHOWN) -> list[str]:
    """The protocol checks: one ``check:`` line per failing row and relation (up to
    ``limit``), then the totals."""
    if report is None:
        return [say("checks.none")]
    lines = []
    failures = report.failures()
    for line, station, relation, left, right in failures[:limit]:
        lines.append(say("checks.line", file=name, line=line,
                         station=f" ({station})" if station else "",
                         relation=relation.text.split(" [")[0], left=count_text(left),
                         op="<" if relation.op == ">=" else "≠", right=count_text(right)))
    if len(failures) > limit:
        lines.append(say("checks.more", n=count_text(len(failures) - limit)))
    per = report.per_relation()
    each = "; ".join(f"{r.code} {count_text(per[r.code])}" for r in report.relations)
    lines.append(say("checks.summary", rows=count_text(report.rows),
                     relations=say("checks.relations", n=len(report.relations), each=each),
                     failed=count_text(report.failed_rows())))
    return lines
