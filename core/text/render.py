"""Messages into sentences: the catalogue's wording in the reader's language, its arguments
formatted as that language writes numbers.

Placeholders are Python format fields with our own specs (``core.text.catalog`` uses them):
``{votes}`` a count (grouped), ``{share:pct}`` a share of 1 as a percentage (``pct4``: four
decimals), ``{limit:pctv}`` a value already in percent, ``{q:dec3}`` a decimal,
``{n:plural:seat|seats}`` the word for that count, ``{names:list}`` a comma-joined list,
``{parts:plus}`` parts joined by " + " (a sum: "120 + 1 overhang + 43 levelling"),
``{x:num}`` a number as short as exact (1.4), ``{n:raw}`` a number as it is (a seat's
place), ``{n:signed}`` a change in a count (+3, −2), ``{x:spct1}`` a signed share. A nested
Message is rendered in place, a nested Refusal said (``refusal_text``), a ``Rendered`` message
(a refusal's value) rendered anew in the language.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from core.message import Message, Term
from core.refusal import Refusal
from core.text import catalog, formats
from core.text.translations import translate


def render(message: Message | Term | str, lang: str = "en") -> str:
    """``message`` as a sentence in ``lang`` (a Term translated, text passed through)."""
    if isinstance(message, str):
        return message
    if isinstance(message, Term):
        return translate(message.context, message.text, lang)
    context, english = catalog.entry(message.code)
    return fill(translate(context, english, lang), lang, **message.kwargs)


def fill(template: str, lang: str = "en", **args: Any) -> str:
    """``template``, wording already in ``lang`` with the placeholders above (e.g. a window's
    translated text), filled with ``args`` as ``lang`` writes them."""
    return _Formatter(lang).vformat(template, (), args)


def refusal_text(refusal: Refusal, lang: str = "en") -> str:
    """``refusal`` in ``lang``: ``where: what``, its wording translated in context
    "refusal" (English when it has no translation) and its values written as ``lang``
    writes them."""
    what = translate("refusal", refusal.template, lang)
    if refusal.values:
        what = fill(what, lang, **{k: refusal_text(v, lang) if isinstance(v, Refusal) else v
                                   for k, v in refusal.values.items()})
    return f"{refusal.where}: {what}" if refusal.where else what


class Rendered(str):
    """A message as a refusal's value (``core.refusal``): its English rendering as text (so
    ``str()`` of the refusal reads in English), said in the reader's language by
    ``refusal_text``."""

    message: Message

    def __new__(cls, message: Message) -> Rendered:
        text = super().__new__(cls, render(message))
        text.message = message
        return text


def render_all(messages: Sequence[Message | Term | str], lang: str = "en") -> list[str]:
    """Each of ``messages`` rendered."""
    return [render(m, lang) for m in messages]


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, spec: str) -> str:
        kind, _, rest = spec.partition(":")
        if kind == "plural":
            forms = rest.split("|")
            return forms[min(formats.plural_index(int(value), self.lang), len(forms) - 1)]
        if kind == "list":
            return ", ".join(self.format_field(v, "") for v in value)
        if kind.startswith("spct"):
            text = formats.format_share(abs(value), int(kind[4:] or 2), self.lang)
            return ("+" if value > 0 else "\u2212" if value < 0 else "") + text
        if kind == "plus":
            return " + ".join(self.format_field(v, "") for v in value)
        if kind.startswith("pct") and kind != "pctv":
            return formats.format_share(value, int(kind[3:] or 2), self.lang)
        if kind == "pctv":
            return formats.format_percent(value, self.lang)
        if kind.startswith("dec"):
            return formats.format_decimal(value, int(kind[3:] or 2), self.lang)
        if kind == "num":
            return formats.format_number(value, self.lang)
        if kind == "raw":
            return str(value)
        if kind == "signed":
            return formats.format_signed(int(value), self.lang)
        if kind:
            raise ValueError(f"unknown format spec {spec!r}")
        return self._plain(value)

    def _plain(self, value: Any) -> str:
        if isinstance(value, Rendered):
            return render(value.message, self.lang)
        if isinstance(value, Message):
            return render(value, self.lang)
        if isinstance(value, Term):
            return translate(value.context, value.text, self.lang)
        if isinstance(value, Refusal):  # a cell's reason, kept with the row it refused
            return refusal_text(value, self.lang)
        if isinstance(value, bool):
            return str(value).lower()
        if isinstance(value, int):
            return formats.format_count(value, self.lang)
        if isinstance(value, Fraction | float):
            return formats.format_decimal(value, 2, self.lang)
        if isinstance(value, tuple | list):
            return ", ".join(self._plain(v) for v in value)
        return str(value)
