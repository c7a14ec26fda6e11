"""Input refused on purpose.

A :class:`Refusal` says, for the person who gave the input, what is wrong with it: the command
line prints it as ``error: <field>: <what>`` and exits with 2, the window shows it at the cell
or in the dialog. Anything else raised is a bug of ours: exit 1, logged with its traceback.

The common refusals are said in the reader's language: their wording is a template marked
``QT_TRANSLATE_NOOP("refusal", ...)`` with plain ``{name}`` placeholders, its values given
apart (``Refusal(template, got=text)``), and ``core.text.render.refusal_text`` says it in a
language. ``str()`` of a refusal is its English text.
"""

from __future__ import annotations

from typing import Any

from core.message import QT_TRANSLATE_NOOP, Term

ONE_OF = QT_TRANSLATE_NOOP("refusal", "expected one of {allowed}; got {got}")


class Refusal(ValueError):
    """Input refused on purpose; the message is meant for the user.

    ``text`` is the English wording, a template when ``args`` are given (``{name}``
    placeholders, no format specs: the languages write the values); ``where`` names the
    field, option or file at fault (kept as it is: a JSON path or a name)."""

    def __init__(self, text: str, /, *, where: str = "", **args: Any) -> None:
        self.where, self.template, self.values = where, text, args
        super().__init__(self.english())

    def english(self) -> str:
        """The refusal in English: ``where: what``."""
        what = (self.template.format(**{k: _english(v) for k, v in self.values.items()})
                if self.values else self.template)
        return f"{self.where}: {what}" if self.where else what


def _english(value: Any) -> Any:
    """A value as the English wording writes it: counts grouped by commas, a Term as it
    stands."""
    if isinstance(value, Term):
        return value.text
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else value
