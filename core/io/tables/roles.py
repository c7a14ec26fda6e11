"""The role of each column, as the import dialog and ``import --map COLUMN=ROLE`` name it."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from core.io.tables.messages import say
from core.io.tables.names import SPACES_RE
from core.io.tables.protocol import KINDS
from core.io.tables.records import ColumnMapping, TableImportError

PARTY_COLUMN = "party_column"
SKIP = ""
SINGLE_ROLES = ("party", "votes", "district", "candidate", "region", "station")
ROLES: dict[str, str] = {
    SKIP: "(not used)",
    "party": "Party name",
    "votes": "Votes",
    "district": "District (rows grouped by it)",
    "candidate": "Candidate",
    "region": "Region",
    "station": "Polling station",
    PARTY_COLUMN: "Votes of a party (one column per party)",
    **{kind: label[0].upper() + label[1:] for kind, label in KINDS.items()},
}
"""Every role, with its label in the dialog (kinds as ``core.io.tables.protocol.KINDS``)."""
_ALIASES = {"skip": SKIP, "none": SKIP, "party-votes": PARTY_COLUMN, "party_votes": PARTY_COLUMN,
            "registered-voters": "registered", "electorate": "registered"}


class MappingError(TableImportError):
    """The column choices do not describe a table that can be read."""


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
        raise MappingError(say("map.override_role", role=text,
                               roles=", ".join(role_name(r) for r in ROLES)))
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
                raise MappingError(say("map.role_twice", role=ROLES[role],
                                       first=single[role], second=column))
            single[role] = column
    party_columns = [c for c, r in roles.items() if r == PARTY_COLUMN]
    other = {c: r for c, r in roles.items() if r in KINDS}
    if party_columns and ("party" in single or "votes" in single):
        raise MappingError(say("map.both_layouts"))
    if not party_columns and not ("votes" in single and ("party" in single
                                                         or "candidate" in single)):
        raise MappingError(say("map.nothing_to_read"))
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
            raise MappingError(say("map.override_syntax", text=text))
        column = _column(column_text, header)
        chosen[column] = parse_role(role_text)
    roles.update(chosen)
    new = mapping_from_roles({c: r for c, r in roles.items() if r != SKIP})
    skipped = {c: why for c, why in mapping.skipped.items() if c not in chosen}
    skipped.update({c: say("skip.user") for c, r in chosen.items() if r == SKIP})
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
    raise MappingError(say("map.override_column", column=text, columns=", ".join(header)))
