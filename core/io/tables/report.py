"""What an import says in words: the column mapping, and the protocol checks, in the
reader's language (``lang``; the command line's ``--lang``)."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from core.io.tables.protocol import KINDS, CheckReport, party_header
from core.io.tables.records import ColumnMapping
from core.io.tables.roles import MEANINGS, PARTY_COLUMN, role_name, roles_from_mapping
from core.message import Message, Term, msg
from core.text.formats import format_count
from core.text.render import render

MAX_HEADER_SHOWN = 60
MAX_FAILURES_SHOWN = 1000
"""The command line lists this many failing rows, then says how many more there are."""
MAP_OPTION = "--map COLUMN=ROLE"


def column_meaning(column: str, role: str, mapping: ColumnMapping) -> Message | Term:
    """What one column is read as, in words."""
    if role == PARTY_COLUMN:
        head = party_header(column)
        text = msg("import.party", name=head.name, id=head.id) if head.ballot is None else \
            msg("import.party_ballot", name=head.name, id=head.id, n=head.ballot)
        return msg("import.guessed", meaning=text) if column in mapping.guessed else text
    if role in KINDS:
        return Term("import", KINDS[role])
    return Term("import", MEANINGS[role])


def mapping_lines(name: str, header: list[str], mapping: ColumnMapping,
                  lang: str = "en") -> list[str]:
    """The mapping as the command line prints it before anything is written: one line per
    column, with its letter, its header and what it is read as (its role's command-line
    name first), or why it is skipped."""
    roles = roles_from_mapping(mapping)
    layout = msg("import.layout_wide" if mapping.layout == "wide" else "import.layout_long")
    lines = [render(msg("import.mapping_title", file=name, option=MAP_OPTION, layout=layout),
                    lang)]
    width = min(MAX_HEADER_SHOWN, max((len(h) for h in header), default=0))
    for i, column in enumerate(header):
        if column in roles:
            role = roles[column]
            meaning = f"{role_name(role)}: {render(column_meaning(column, role, mapping), lang)}"
        elif column in mapping.skipped:
            meaning = f"{role_name('')}: {render(mapping.skipped[column], lang)}"
        else:
            continue  # an unnamed, empty column
        shown = column if len(column) <= width else column[: width - 1] + "…"
        lines.append(f"  {get_column_letter(i + 1):>3}  {shown:<{width}}  -> {meaning}")
    return lines


def check_lines(report: CheckReport | None, name: str, limit: int = MAX_FAILURES_SHOWN,
                lang: str = "en") -> list[str]:
    """The protocol checks: one ``check:`` line per failing row and relation (up to
    ``limit``), then the totals."""
    if report is None:
        return [render(msg("import.checks_none"), lang)]
    lines = []
    failures = report.failures()
    for line, station, relation, left, right in failures[:limit]:
        args = dict(file=name, line=line, relation=relation.words, left=left,
                    op="<" if relation.op == ">=" else "≠", right=right)
        said = msg("import.check_at_station", station=station, **args) if station else \
            msg("import.check", **args)
        lines.append("check: " + render(said, lang))  # a prefix, as error: and warning:
    if len(failures) > limit:
        lines.append(render(msg("import.checks_more", n=len(failures) - limit), lang))
    per = report.per_relation()
    each = "; ".join(f"{r.code} {format_count(per[r.code], lang)}" for r in report.relations)
    lines.append(render(msg("import.checks_summary", rows=report.rows,
                            relations=msg("import.checks_relations", n=len(report.relations),
                                          each=each),
                            failed=report.failed_rows()), lang))
    return lines
