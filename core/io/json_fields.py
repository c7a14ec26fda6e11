"""Reading JSON that a person or another program wrote, without trusting it: exact numbers,
no duplicate keys, no unknown fields in silence, every value checked where it is read.

``load_json`` decodes text with exact numbers (``Fraction``, never a float) bounded in size,
refuses NaN and a key given twice; ``Fields`` checks values one field at a time and raises
``ScenarioError`` naming the field (docs/format.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable
from fractions import Fraction
from typing import Any

from core.message import QT_TRANSLATE_NOOP, Term
from core.model import limits
from core.model.scenario import ScenarioError
from core.refusal import ONE_OF

_NUMBER = re.compile(r"-?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_CONTROL_OR_BREAK = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


class OutOfRange(str):
    """A number written in a file that is too long to be read (``1e100000000``): kept as its
    text, refused with the field's name where a number is read."""


def _number(text: str) -> Fraction | OutOfRange:
    """A JSON number, exactly; an unreasonably long one becomes ``OutOfRange``."""
    m = _NUMBER.fullmatch(text)
    digits = len(m.group(1) or "") + len(m.group(2) or "") if m else len(text)
    exponent = abs(int(m.group(3))) if m and m.group(3) and len(m.group(3)) < 9 else 0
    if (not m or digits > limits.MAX_NUMBER_DIGITS or exponent > limits.MAX_NUMBER_DIGITS
            or (m.group(3) and len(m.group(3)) >= 9)):
        return OutOfRange(text)
    return Fraction(text)


def _integer(text: str) -> int | OutOfRange:
    return OutOfRange(text) if len(text) > limits.MAX_NUMBER_DIGITS else int(text)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ScenarioError("file", QT_TRANSLATE_NOOP(
                "refusal", "the key {key} appears twice in one object (which one is meant "
                "cannot be told)"), key=json.dumps(key))
        out[key] = value
    return out


def _constant(name: str) -> Any:
    raise ScenarioError("file", QT_TRANSLATE_NOOP(
        "refusal", "{name} is not a number a count can hold"), name=name)


def load_json(text: str) -> Any:
    """Decode ``text``: numbers exact, duplicate keys and NaN refused, size bounded."""
    if len(text) > limits.MAX_FILE_BYTES:
        raise ScenarioError("file", QT_TRANSLATE_NOOP("refusal", "larger than the limit of {limit} "
                                                      "characters for a scenario"),
                            limit=limits.MAX_FILE_BYTES)
    try:
        return json.loads(text, object_pairs_hook=_object, parse_float=_number,
                          parse_int=_integer, parse_constant=_constant)
    except json.JSONDecodeError as e:
        raise ScenarioError("file", QT_TRANSLATE_NOOP(
            "refusal", "not valid JSON ({why} at line {line})"), why=e.msg,
            line=str(e.lineno)) from None
    except RecursionError:
        raise ScenarioError("file", QT_TRANSLATE_NOOP("refusal", "not a scenario (JSON nested too "
                                                      "deeply)")) from None


def shown(value: Any) -> str:
    """A value as a message quotes it: JSON, one line, control characters escaped."""
    if isinstance(value, Fraction):
        return str(value.numerator) if value.denominator == 1 else str(float(value))
    if isinstance(value, OutOfRange):
        return str.__str__(value)[:40] + ("…" if len(value) > 40 else "")
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except ValueError:  # a structure nested too deeply to write back
        text = "(a nested value)"
    text = _CONTROL_OR_BREAK.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text if len(text) <= 80 else text[:77] + "…"


def _key_path(where: str, key: str) -> str:
    """``where.key``, or ``where["k y"]`` (escaped) for a key that is not a plain word."""
    if key.isidentifier():
        return key if where == "file" else f"{where}.{key}"
    return f"{'' if where == 'file' else where}[{shown(key)}]"


_KINDS = {dict: QT_TRANSLATE_NOOP("refusal", "an object"),
          list: QT_TRANSLATE_NOOP("refusal", "a list"), str: QT_TRANSLATE_NOOP("refusal", "text"),
          bool: QT_TRANSLATE_NOOP("refusal", "true/false"), type(None): "null"}


def _kind(value: Any) -> Term | str:
    kind = _KINDS.get(type(value))
    return shown(value) if kind is None else Term("refusal", kind)


class Fields:
    """Checks of one value at a time; each raises ``ScenarioError(where, what)``."""

    @staticmethod
    def obj(value: Any, where: str, known: Collection[str] | None = None) -> dict[str, Any]:
        """An object; with ``known``, a key it does not list is refused by name (a file
        written for a newer SeatCalc is never computed wrongly in silence)."""
        if not isinstance(value, dict):
            raise ScenarioError(where, QT_TRANSLATE_NOOP(
                "refusal", "expected an object, got {got}"), got=_kind(value))
        if known is not None:
            for key in value:
                if key not in known:
                    path = _key_path(where, key)
                    raise ScenarioError(path, QT_TRANSLATE_NOOP("refusal",
                        "not a field this version of SeatCalc knows (docs/format.md); a file "
                        "from a newer version?"))
        return value

    def section(self, d: dict[str, Any], key: str, where: str,
                known: Collection[str] | None = None) -> dict[str, Any]:
        """An optional object: absent or null is empty, anything but an object is refused."""
        value = d.get(key)
        return {} if value is None else self.obj(value, where, known)

    @staticmethod
    def array(value: Any, where: str, limit: int | None = None) -> list[Any]:
        if not isinstance(value, list):
            raise ScenarioError(where, QT_TRANSLATE_NOOP("refusal", "expected a list, got {got}"),
                                got=_kind(value))
        if limit is not None and len(value) > limit:
            raise ScenarioError(where, QT_TRANSLATE_NOOP(
                "refusal", "{n} entries, more than the limit of {limit}"), n=len(value),
                limit=limit)
        return value

    @staticmethod
    def need(d: dict[str, Any], key: str, where: str) -> Any:
        if key not in d:
            prefix = "" if where == "file" else f"{where}."
            raise ScenarioError(f"{prefix}{key}",
                                QT_TRANSLATE_NOOP("refusal", "missing (required)"))
        return d[key]

    @staticmethod
    def count(value: Any, where: str, limit: int = limits.MAX_VOTES) -> int:
        """A whole number from 0 to ``limit`` (written 6000 or 6000.0; never rounded)."""
        if isinstance(value, Fraction) and value.denominator == 1:
            value = int(value)
        elif isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            value = int(value)  # a whole float from Python code: exact below 2**53
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ScenarioError(where, QT_TRANSLATE_NOOP(
                "refusal", "expected a non-negative integer, got {got}"), got=shown(value))
        if value > limit:
            raise ScenarioError(where, QT_TRANSLATE_NOOP("refusal", "{n} is more than the limit of "
                                                         "{limit}"), n=value, limit=limit)
        return value

    @staticmethod
    def decimal(value: Any, where: str) -> Fraction:
        """An exact decimal from a number or a string: 7.5 -> 15/2, "2/3" -> 2/3."""
        if isinstance(value, Fraction | int) and not isinstance(value, bool):
            return Fraction(value)
        if isinstance(value, float) and value == value and abs(value) != float("inf"):
            return Fraction(repr(value))  # the decimal it was written as: 7.1 -> 71/10
        if isinstance(value, str) and not isinstance(value, OutOfRange):
            parsed = _number(value.strip()) if "/" not in value else _fraction(value)
            if isinstance(parsed, Fraction):
                return parsed
        raise ScenarioError(where, QT_TRANSLATE_NOOP("refusal", "expected a number, got {got}"),
                            got=shown(value))

    @staticmethod
    def text(value: Any, where: str, limit: int = limits.MAX_TEXT,
             lines: bool = False) -> str:
        """Text without control characters (``lines``: line breaks and tabs allowed)."""
        if not isinstance(value, str) or isinstance(value, OutOfRange):
            raise ScenarioError(where, QT_TRANSLATE_NOOP("refusal", "expected text, got {got}"),
                                got=shown(value))
        if len(value) > limit:
            raise ScenarioError(where, QT_TRANSLATE_NOOP("refusal", "{n} characters, more than the "
                                                         "limit of {limit}"),
                                n=len(value), limit=limit)
        if (_CONTROL if lines else _CONTROL_OR_BREAK).search(value):
            raise ScenarioError(where, QT_TRANSLATE_NOOP("refusal", "contains a control character: "
                                                         "{got}"), got=shown(value))
        return value

    @staticmethod
    def flag(value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise ScenarioError(where, QT_TRANSLATE_NOOP(
                "refusal", "expected true or false, got {got}"), got=shown(value))
        return value

    @staticmethod
    def choice(value: Any, allowed: Iterable[str], where: str) -> str:
        allowed = tuple(allowed)
        if not isinstance(value, str) or value not in allowed:
            raise ScenarioError(where, ONE_OF, allowed=", ".join(allowed), got=shown(value))
        return value

    @staticmethod
    def optional(value: Any, check: Callable[[Any, str], Any], where: str) -> Any:
        return None if value is None else check(value, where)


def _fraction(text: str) -> Fraction | None:
    """``"2/3"``: two bounded integers."""
    num, _, den = text.strip().partition("/")
    if (num.strip().lstrip("-").isdigit() and den.strip().isdigit()
            and len(num) + len(den) <= limits.MAX_NUMBER_DIGITS and int(den)):
        return Fraction(int(num), int(den))
    return None
