"""What the core says, as data: a message code and its arguments, rendered into a sentence
only when shown (``core.text.render``), in the reader's language.

The core never builds English sentences: a threshold decision, a warning, a tie or a note is
a :class:`Message`; the catalogue (``core.text.catalog``) holds each code's wording.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Message:
    """A code (``"threshold.passed"``) and its named arguments.

    Argument values are ints (counts), Fractions or floats (shares and quotients), strings
    (names, data as entered), sequences of those (lists, joined when shown), or nested
    Messages (rendered in the same language).
    """

    code: str
    args: tuple[tuple[str, Any], ...] = ()

    @property
    def kwargs(self) -> dict[str, Any]:
        """The arguments as a dict."""
        return dict(self.args)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form: ``{"code": ..., "args": {...}}`` (nested messages likewise)."""
        return {"code": self.code, "args": {k: _jsonable(v) for k, v in self.args}}


def msg(code: str, **args: Any) -> Message:
    """A :class:`Message` with ``code`` and keyword arguments (sequences become tuples)."""
    return Message(code, tuple((k, tuple(v) if isinstance(v, list) else v)
                               for k, v in args.items()))


def _jsonable(value: Any) -> Any:
    if isinstance(value, Message):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, int | str | float | bool) or value is None:
        return value
    return str(value)  # Fraction: "3431510/6366441", exact


@dataclass(frozen=True)
class Term:
    """A word or phrase of the vocabulary (a method's name, a threshold base), translated as
    it stands: registries keep their English wording next to the entry it names."""

    context: str
    text: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; pyside6-lupdate collects every call of
    this name into resources/i18n/*.ts. Returns ``text`` unchanged."""
    return text
