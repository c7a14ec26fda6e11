"""The list tier's special rules as short lines of text, for the Rules tab: list lengths,
coalition lists and their thresholds, a constituency's own threshold, levelling seats, and
each rule of ``core.rules.adjustments``.

Each line is the file's field in a compact form (docs/format.md): pairs ``key=value`` joined
by commas (``min_percent=25, seats_at_min=20``), groups of lists joined by ``+``
(``likud+rzp, shas+utj``), a single value (``1/3``), or, for list lengths by constituency,
``constituency: party=n; ...``. An edit is read back through the scenario reader, so a bad
value is refused exactly as in a file, naming the field.
"""

from __future__ import annotations

from typing import Any

from core.io.scenario_reader import read_scenario
from core.io.scenario_writer import scenario_dict
from core.message import QT_TRANSLATE_NOOP
from core.model.numbers import json_number
from core.model.scenario import Scenario, ScenarioError
from core.rules.adjustments import ADJUSTMENTS

LIST_LENGTHS, MEMBERS, ALLIANCES = "list_lengths", "members", "alliances"
LOCAL_THRESHOLD = "or_constituency_percent"
LEVELLING, LEVELLING_BY = "levelling", "levelling_seats"


def rule_texts(s: Scenario) -> dict[str, str]:
    """Every special rule of ``s`` as text (empty: not used)."""
    lt = s.list_tier
    if lt.constituencies is None:
        lengths = _pairs_text(lt.list_lengths or {})
    else:
        lengths = "; ".join(f"{c.id}: {_pairs_text(c.list_lengths)}"
                            for c in lt.constituencies if c.list_lengths)
    out = {LIST_LENGTHS: lengths,
           MEMBERS: _pairs_text({p.id: p.members for p in s.parties if p.members != 1}),
           ALLIANCES: _pairs_text({n: json_number(p) for n, p in lt.threshold.alliances}),
           LOCAL_THRESHOLD: (str(json_number(lt.threshold.or_constituency_percent))
                             if lt.threshold.or_constituency_percent else ""),
           LEVELLING: "" if lt.levelling is None else _pairs_text(
               scenario_dict(s)["list_tier"]["levelling"]),
           LEVELLING_BY: _pairs_text({c.id: c.levelling_seats for c in lt.constituencies or ()
                                      if c.levelling_seats})}
    for key, rule in ADJUSTMENTS.items():
        value = lt.adjustments.get(key)
        out[key] = "" if value is None else _text(rule.write(value))
    return out


def with_rule_text(s: Scenario, key: str, text: str) -> Scenario:
    """``s`` with the rule ``key`` set from ``text`` (empty: removed); ``ScenarioError``
    names the field when the text does not make a valid rule."""
    data = scenario_dict(s)
    tier = data["list_tier"]
    text = text.strip()
    if key == LIST_LENGTHS and s.list_tier.constituencies is not None:
        _constituency_lengths(tier["constituencies"], text)
    elif key in (LIST_LENGTHS, LEVELLING):
        tier.pop(key, None)
        if text:
            tier[key] = _pairs(text, f"list_tier.{key}")
    elif key == MEMBERS:
        members = _pairs(text, "parties[].members") if text else {}
        for p in data["parties"]:
            p.pop("members", None)
            if p["id"] in members:
                p["members"] = members.pop(p["id"])
        if members:
            raise ScenarioError("parties[].members", QT_TRANSLATE_NOOP(
                "refusal", "names unknown party \"{party}\""), party=next(iter(members)))
    elif key == LEVELLING_BY:
        _per_constituency(tier["constituencies"] or [], key, _pairs(
            text, "list_tier.constituencies[].levelling_seats") if text else {})
    elif key == LOCAL_THRESHOLD:
        tier["threshold"].pop(key, None)
        if text:
            tier["threshold"][key] = text
    elif key == ALLIANCES:
        pairs = _pairs(text, "list_tier.threshold.alliances") if text else {}
        tier["threshold"]["alliances"] = [{"members": _int(n, "list_tier.threshold.alliances"),
                                           "percent": p} for n, p in pairs.items()]
    else:
        tier.pop(key, None)
        if text:
            tier[key] = _value(text, f"list_tier.{key}")
    return read_scenario(data)


def _constituency_lengths(constituencies: list[dict[str, Any]], text: str) -> None:
    given: dict[str, dict[str, Any]] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        cid, colon, pairs = part.partition(":")
        if not colon:
            raise ScenarioError("list_tier.constituencies[].list_lengths", QT_TRANSLATE_NOOP(
                "refusal", "expected \"{syntax}\", got \"{got}\""),
                syntax="constituency: party=n, ...", got=part)
        given[cid.strip()] = _pairs(pairs, f"list_tier.constituencies[{cid.strip()}]")
    _per_constituency(constituencies, LIST_LENGTHS, given)


def _per_constituency(constituencies: list[dict[str, Any]], key: str,
                      values: dict[str, Any]) -> None:
    """Set ``key`` of each constituency named in ``values`` (by id), remove it elsewhere."""
    values = dict(values)
    for c in constituencies:
        c.pop(key, None)
        if c["id"] in values:
            c[key] = values.pop(c["id"])
    if values:
        raise ScenarioError("list_tier.constituencies", QT_TRANSLATE_NOOP(
            "refusal", "no constituency \"{id}\""), id=next(iter(values)))


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return _pairs_text(value)
    if isinstance(value, list):
        return ", ".join("+".join(g) if isinstance(g, list) else str(g) for g in value)
    return str(value)


def _pairs_text(pairs: dict[Any, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in pairs.items())


def _value(text: str, where: str) -> Any:
    """A rule's JSON from its text: pairs, groups of lists, or one value."""
    if "=" in text:
        return _pairs(text, where)
    if "+" in text:
        return [[p.strip() for p in g.split("+")] for g in text.split(",")]
    return text


def _pairs(text: str, where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, eq, value = (x.strip() for x in part.partition("="))
        if not eq or not key or not value:
            raise ScenarioError(where, QT_TRANSLATE_NOOP(
                "refusal", "expected \"{syntax}\", got \"{got}\""), syntax="name=value", got=part)
        out[key] = int(value) if value.isdigit() else value
    return out


def _int(text: Any, where: str) -> int:
    if isinstance(text, int) or str(text).isdigit():
        return int(text)
    raise ScenarioError(where, QT_TRANSLATE_NOOP(
        "refusal", "expected a whole number of parties, got \"{got}\""), got=str(text))
