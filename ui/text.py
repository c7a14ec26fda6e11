"""Words and numbers as the window shows them, in its language (``language``).

The core's messages (``shown``), templates of the window's own translated texts with the
core's placeholders (``fill``: plurals and numbers as the language writes them), counts and
shares (``count``, ``share``: the one formatting helper, ``core.text.formats``) and refusals
(``said``). ``ui.translations.set_language`` changes ``language`` and tells every widget
(:class:`Retranslated`).
"""

from __future__ import annotations

from fractions import Fraction
from html import escape
from typing import Any

from PySide6.QtCore import QEvent

from core.message import Message, Term
from core.model.edits import NEW_NAMES
from core.refusal import Refusal
from core.text import formats
from core.text.render import fill as fill_in
from core.text.render import refusal_text, render
from core.text.translations import translate

language = "en"  # the window's language: "en", "ru" or "kk" (ui.translations sets it)


def shown(message: Message | Term | str) -> str:
    """``message`` as the window shows it."""
    return render(message, language)


def fill(template: str, **args: Any) -> str:
    """A translated template (``self.tr("{n} {n:plural:seat|seats}")``) filled with ``args``
    as the window's language writes them (``core.text.render`` placeholders)."""
    return fill_in(template, language, **args)


def said(refusal: Refusal) -> str:
    """A refusal (``core.refusal``) in the window's language."""
    return refusal_text(refusal, language)


def count(n: int) -> str:
    """A whole count, grouped as the language writes it: ``3,431,510`` / ``3 431 510``."""
    return formats.format_count(n, language)


def decimal(x: float | Fraction, places: int = 2) -> str:
    """A decimal with ``places`` places: ``86,546.65`` / ``86 546,65``."""
    return formats.format_decimal(x, places, language)


def share(x: float | Fraction, places: int = 2) -> str:
    """A share of 1 as a percentage: ``53.90%`` / ``53,90 %``."""
    return formats.format_share(x, places, language)


def percent(value: float | Fraction) -> str:
    """A value already in percent, as short as exact: ``7.5%`` / ``7,5 %``."""
    return formats.format_percent(value, language)


def percent_sign() -> str:
    """The percent sign as the language writes it after a number."""
    return formats.percent_sign(language)


def new_names() -> dict[str, str]:
    """The names given to what an edit creates (``core.model.edits.NEW_NAMES``), in the
    window's language."""
    return {key: translate("names", text, language) for key, text in NEW_NAMES.items()}


class Retranslated:
    """A widget whose words are set in ``retranslate()``: its class calls it once built, and
    every language change calls it again (Qt sends LanguageChange to every widget when a
    translator is installed), so the window follows a new language without a restart."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def plain_tooltip(text: str | None) -> str | None:
    """``text`` as a tooltip that shows exactly these characters: Qt takes a tooltip that
    looks like markup for rich text, so a party named ``<img src=...>`` would load a file."""
    if not text:
        return text
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>"
