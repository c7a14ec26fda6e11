"""Edits of a scenario's poll table (the projection view), as the other edits
(``core.model.edits``): each returns a new Scenario or raises EditError."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from typing import Any

from core.message import QT_TRANSLATE_NOOP
from core.model.edits import EditError
from core.model.numbers import parse_count
from core.model.polls import MAX_POLL_TOTAL, Poll, check_date
from core.model.scenario import Scenario
from core.model.swing import reference_votes


def parse_poll_field(name: str, text: Any) -> Any:
    """A typed value for a poll's ``pollster``, ``date``, ``sample_size`` or a party's share
    (any other ``name`` is a party id), or EditError saying why."""
    value = str(text if text is not None else "").strip()
    if name == "pollster":
        return value
    if name == "date":
        if not value:
            return None
        try:
            return check_date(value)
        except ValueError:
            raise EditError(QT_TRANSLATE_NOOP("refusal", "expected a date written YYYY-MM-DD, "
                                                         "got '{got}'"), got=value) from None
    if name == "sample_size":
        if not value:
            return None
        try:
            return parse_count(value)
        except ValueError as e:
            raise EditError(QT_TRANSLATE_NOOP("refusal", "{why}; type the number of people "
                                                         "asked, e.g. 2000"), why=e) from None
    if not value:
        return None  # no figure for this party in this poll
    try:
        share = Fraction(value.replace(",", ".").rstrip("%").strip())
    except (ValueError, ZeroDivisionError):
        raise EditError(QT_TRANSLATE_NOOP("refusal", "expected a percentage, e.g. 31 or 27.5, "
                                                     "got '{got}'"), got=value) from None
    if not 0 <= share <= 100:
        raise EditError(QT_TRANSLATE_NOOP("refusal", "expected a percentage from 0 to 100, got "
                                                     "'{got}'"), got=value)
    return share


def set_poll_fields(scenario: Scenario, changes: dict[int, dict[str, Any]]) -> Scenario:
    """Apply ``{row: {field: typed value}}`` to the polls at once; a party's share of None
    takes it out of that poll."""
    polls = list(scenario.polls)
    for row, fields in changes.items():
        p = polls[row]
        shares = dict(p.shares)
        plain = {}
        for key, value in fields.items():
            if key in ("pollster", "date", "sample_size"):
                plain[key] = value
            elif value is None:
                shares.pop(key, None)
            else:
                scenario.party(key)  # KeyError for an unknown party: a programming error
                shares[key] = value
        if not shares:
            raise EditError(QT_TRANSLATE_NOOP("refusal", "a poll needs at least one party's "
                                                         "share"))
        if sum(shares.values()) > MAX_POLL_TOTAL:
            raise EditError(QT_TRANSLATE_NOOP("refusal", "the shares add up to {total:pctv}, "
                                                         "more than {most:pctv}"),
                            total=sum(shares.values()), most=MAX_POLL_TOTAL)
        polls[row] = replace(p, shares=shares, **plain)
    return replace(scenario, polls=tuple(polls))


def add_poll(scenario: Scenario, shares: dict[str, Fraction] | None = None) -> Scenario:
    """Append a poll (by default with the parties' shares of the reference vote now, the
    largest first: a row to type over)."""
    ids = {p.id for p in scenario.polls}
    n = len(scenario.polls) + 1
    while f"poll-{n}" in ids:
        n += 1
    if shares is None:
        votes = reference_votes(scenario)
        total = sum(votes.values()) or 1
        top = sorted(votes, key=lambda pid: -votes[pid])[:8]
        shares = {pid: Fraction(round(1000 * votes[pid] / total), 10) for pid in top
                  if votes[pid]}
        shares = shares or {scenario.parties[0].id: Fraction(0)}
    return replace(scenario, polls=scenario.polls + (Poll(f"poll-{n}", shares),))


def remove_polls(scenario: Scenario, rows: list[int]) -> Scenario:
    """Remove the polls at ``rows``."""
    return replace(scenario, polls=tuple(p for i, p in enumerate(scenario.polls)
                                         if i not in set(rows)))
