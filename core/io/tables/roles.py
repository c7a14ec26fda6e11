"""The role of each column, as the import dialog and ``import --map COLUMN=ROLE`` name it."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from core.io.tables.names import SPACES_RE
from core.io.tables.protocol import KINDS
from core.io.tables.records import ColumnMapping, TableImportError
from core.message import QT_TRANSLATE_NOOP, Term, msg
from core.text.render import render

PARTY_COLUMN = "party_column"
SKIP = ""
SINGLE_ROLES = ("party", "votes", "district", "candidate", "region", "station")
LABELS: dict[str, str] = {
    SKIP: QT_TRANSLATE_NOOP("import", "(not used)"),
    "party": QT_TRANSLATE_NOOP("import", "Party name"),
    "votes": QT_TRANSLATE_NOOP("import", "Votes"),
    "district": QT_TRANSLATE_NOOP("import", "District (rows grouped by it)"),
    "candidate": QT_TRANSLATE_NOOP("import", "Candidate"),
    "region": QT_TRANSLATE_NOOP("import", "Region"),
    "station": QT_TRANSLATE_NOOP("import", "Polling station"),
    PARTY_COLUMN: QT_TRANSLATE_NOOP("import", "Votes of a party (one column per party)"),
}
"""The label of each role that is not a protocol line, in the dialog's combo boxes."""
ROLES: tuple[str, ...] = (*LABELS, *KINDS)
"""Every role, in the order the dialog offers them (kinds as ``core.io.tables.protocol.KINDS``)."""
MEANINGS: dict[str, str] = {
    "party": QT_TRANSLATE_NOOP("import", "the party's name"),
    "votes": QT_TRANSLATE_NOOP("import", "the votes"),
    "district": QT_TRANSLATE_NOOP("import", "the district: rows are grouped by it"),
    "candidate": QT_TRANSLATE_NOOP("import", "the candidate's name"),
    "region": QT_TRANSLATE_NOOP("import",
                                "the region: the districts' regions and the per-region summaries"),
    "station": QT_TRANSLATE_NOOP("import", "the polling station: a row's label in the checks"),
}
"""What a column of each single role is read as, in the mapping shown."""
_ALIASES = {"skip": SKIP, "none": SKIP, "party-votes": PARTY_COLUMN, "party_votes": PARTY_COLUMN,
            "registered-voters": "registered", "electorate": "registered"}


class MappingError(TableImportError):
    """The column choices do not describe a table that can be read."""


def role_label(role: str, lang: str = "en") -> str:
    """A role as the dialog offers it, in ``lang``: ``Party name``, ``Invalid ballots``."""
    if role in LABELS:
        return render(Term("import", LABELS[role]), lang)
    words = render(Term("import", KINDS[role]), lang)
    return words[:1].upper() + words[1:]


def role_name(role: str) -> str:
    """A role as the command line writes it: ``party-votes``, ``ballots-cast``, ``skip``."""
    if role == SKIP:
        return "skip"
    if role == PARTY_COLUMN:
        return "party-votes"
    return role.replace("_", "-")


def parse_role(text: str) -> str:
    """A role from its command-line or internal name."""
    name = text.strip().casefold()
    role = _ALIASES.get(name, name.replace("-", "_"))
    if role not in ROLES:
        raise MappingError(QT_TRANSLATE_NOOP("refusal", "unknown role '{role}' (roles: {roles})"),
                           where="--map", role=text, roles=", ".join(map(role_name, ROLES)))
    return role


def mapping_from_roles(roles: dict[str, str]) -> ColumnMapping:
    """A ``ColumnMapping`` from ``{column: role}`` (roles as in :data:`ROLES`).

    Raises:
        MappingError: a single role given twice, one-column-per-party columns mixed with a
            party/votes column, or no votes mapped at all.
    """
    single: dict[str, str] = {}
    for column, role in roles.items():
        if role in SINGLE_ROLES:
            if role in single:
                raise MappingError(QT_TRANSLATE_NOOP(
                    "refusal", "two columns are marked '{role}': '{first}' and '{second}'; keep "
                               "one"), role=Term("import", LABELS[role]), first=single[role],
                    second=column)
            single[role] = column
    party_columns = [c for c, r in roles.items() if r == PARTY_COLUMN]
    other = {c: r for c, r in roles.items() if r in KINDS}
    if party_columns and ("party" in single or "votes" in single):
        raise MappingError(QT_TRANSLATE_NOOP(
            "refusal", "a table has either a party column and a votes column, or one column per "
                       "party; not both"))
    if not party_columns and not ("votes" in single and ("party" in single
                                                         or "candidate" in single)):
        raise MappingError(QT_TRANSLATE_NOOP(
            "refusal", "mark a party (or candidate) column and a votes column, or the columns "
                       "that hold each party's votes"))
    return ColumnMapping("wide" if party_columns else "long", party=single.get("party"),
                         votes=single.get("votes"), district=single.get("district"),
                         candidate=single.get("candidate"), party_columns=party_columns,
                         other_columns=other, region=single.get("region"),
                         station=single.get("station"))


def roles_from_mapping(mapping: ColumnMapping) -> dict[str, str]:
    """``{column: role}`` of a ``ColumnMapping`` (the inverse of :func:`mapping_from_roles`)."""
    roles = {c: PARTY_COLUMN for c in mapping.party_columns}
    roles.update(mapping.other_columns)
    for role in SINGLE_ROLES:
        column = getattr(mapping, role)
        if column:
            roles[column] = role
    return roles


def apply_overrides(mapping: ColumnMapping, header: list[str], overrides: list[str]
                    ) -> ColumnMapping:
    """``mapping`` with ``--map COLUMN=ROLE`` applied. ``COLUMN`` is a header (compared
    ignoring case and spacing) or its column letter (``F``); ``ROLE`` as :func:`parse_role`.

    Raises:
        MappingError: a malformed override, an unknown column or role, or a mapping that
            no longer describes a table.
    """
    if not overrides:
        return mapping
    roles = roles_from_mapping(mapping)
    chosen: dict[str, str] = {}
    for text in overrides:
        column_text, sep, role_text = text.rpartition("=")
        if not sep or not column_text.strip():
            raise MappingError(QT_TRANSLATE_NOOP("refusal", "expected {syntax}, got '{text}'"),
                               where="--map", syntax="COLUMN=ROLE", text=text)
        column = _column(column_text, header)
        chosen[column] = parse_role(role_text)
    roles.update(chosen)
    new = mapping_from_roles({c: r for c, r in roles.items() if r != SKIP})
    skipped = {c: why for c, why in mapping.skipped.items() if c not in chosen}
    skipped.update({c: msg("import.skip_user", option="--map") for c, r in chosen.items()
                    if r == SKIP})
    new.skipped = {c: skipped[c] for c in header if c in skipped}
    new.guessed = [c for c in mapping.guessed if c in new.party_columns and c not in chosen]
    return new


def _column(text: str, header: list[str]) -> str:
    wanted = SPACES_RE.sub(" ", text).strip().casefold()
    for column in header:
        if column.casefold() == wanted:
            return column
    letters = {get_column_letter(i + 1): c for i, c in enumerate(header)}
    if text.strip().upper() in letters:
        return letters[text.strip().upper()]
    raise MappingError(QT_TRANSLATE_NOOP("refusal", "no column '{column}' in the table (columns: "
                                                    "{columns})"),
                       where="--map", column=text, columns=", ".join(header))
