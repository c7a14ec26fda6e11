"""The options an extension point takes: a number with its range (a format's PNG width, a
layout's arc) or a choice among names (the chart's layout).

Declared once with the format or layout, so that the command line, the dialogs and the
error messages all read the same name, range, unit or choices.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from core.message import QT_TRANSLATE_NOOP, Message, Term
from core.refusal import ONE_OF, Refusal

NO_OPTIONS = QT_TRANSLATE_NOOP("refusal", "no options")


@dataclass(frozen=True)
class NumberOption:
    """``name`` (a keyword argument and the command line's ``--name``), a ``label`` for
    people, a default and an inclusive range. ``integer`` options take whole numbers;
    ``step`` is a spin box's step; ``hint(value)`` says what a value means (or None)."""

    name: str
    label: str
    default: float
    minimum: float
    maximum: float
    unit: str = ""
    integer: bool = False
    step: float = 1
    hint: Callable[[float], Message | str] | None = None

    def check(self, value: Any, field: str | None = None) -> float:
        """``value`` as a number in range; ValueError naming ``field`` (default: the label)."""
        field = field or self.label
        try:
            number = int(value) if self.integer else float(value)
        except (TypeError, ValueError):
            raise Refusal(QT_TRANSLATE_NOOP("refusal", "expected a number, got {got}"),
                          where=field, got=repr(value)) from None
        if not self.minimum <= number <= self.maximum:
            unit = f" {self.unit}" if self.unit else ""
            raise Refusal(QT_TRANSLATE_NOOP("refusal", "expected {low} to {high}, got {got}"),
                          where=field, low=f"{self.minimum:g}", high=f"{self.maximum:g}{unit}",
                          got=str(value))
        return number


@dataclass(frozen=True)
class ChoiceOption:
    """``name`` (a keyword argument and the command line's ``--name``), a ``label`` for
    people, the ``choices`` (ids, in the order offered) with their ``labels`` (same order),
    and the default."""

    name: str
    label: str
    default: str
    choices: tuple[str, ...]
    labels: tuple[str, ...]

    def check(self, value: Any, field: str | None = None) -> str:
        """``value`` if it is one of the choices; ValueError naming ``field`` and them."""
        if value not in self.choices:
            raise Refusal(ONE_OF,
                          where=field or self.label, allowed=", ".join(self.choices),
                          got=repr(value))
        return str(value)


Option = NumberOption | ChoiceOption


def option_values(options: tuple[Option, ...], given: Mapping[str, Any],
                  owner: str) -> dict[str, Any]:
    """Every option's value: ``given`` where given (checked), else its default. A name that
    ``owner`` (e.g. "the .csv format", a ``core.text.render.Rendered`` message) does not take
    is a ValueError."""
    known = {option.name: option for option in options}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "{owner} takes no such option (it takes: "
                                                   "{takes})"), where=unknown[0], owner=owner,
                      takes=", ".join(known) or Term("refusal", NO_OPTIONS))
    return {name: option.check(given[name]) if name in given else option.default
            for name, option in known.items()}
