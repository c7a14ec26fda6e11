"""The languages SeatCalc speaks, how each writes numbers and plurals, and which one a run
starts in.

``SEATCALC_LANG`` chooses (``en``, ``ru`` or ``kk``); without it the locale's language does
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them), and English when the locale
is none of these. The window reads the same from its setting, then the system locale.

Adding a language: one entry in :data:`SPOKEN`, and its translations in
``resources/i18n/seatcalc_<code>.ts`` (README, "Languages").
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass


def _one_other(n: int) -> int:  # English: 1 seat, 2 seats
    return 0 if n == 1 else 1


def _east_slavic(n: int) -> int:  # Russian: 1 место, 2 места, 5 мест; 21 место, 11 мест
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def _one(n: int) -> int:  # Kazakh: the noun stays singular after a numeral (5 орын)
    return 0


# A plural rule: which form a count takes, and how many forms a translation writes.
PLURALS: dict[str, tuple[Callable[[int], int], int]] = {
    "one_other": (_one_other, 2), "east_slavic": (_east_slavic, 3), "one": (_one, 1)}


@dataclass(frozen=True)
class Language:
    """How a language is named (in itself) and writes numbers (CLDR), its plural rule (a
    key of :data:`PLURALS`), the Qt locale of its spin boxes, and the language whose Qt
    translation stands in where Qt has none of its own (``qt_fallback``)."""

    name: str
    group: str  # thousands separator
    point: str  # decimal separator
    percent: str  # after a number: "%" or a no-break space and "%"
    plurals: str
    locale: str
    dates: str | None = "%d.%m.%Y"  # None: English, "19 March 2023"
    qt_fallback: str | None = None


NBSP = "\u00a0"
SPOKEN: dict[str, Language] = {
    "en": Language("English", ",", ".", "%", "one_other", "en_US", dates=None),
    "ru": Language("Русский", NBSP, ",", NBSP + "%", "east_slavic", "ru_RU"),
    "kk": Language("Қазақша", NBSP, ",", NBSP + "%", "one", "kk_KZ", qt_fallback="ru"),
}
LANGUAGES = tuple(SPOKEN)


def language_of_locale(name: str | None) -> str | None:
    """The language of a locale name (``ru_RU.UTF-8`` -> ``ru``, ``kk-KZ`` -> ``kk``), or
    None when SeatCalc does not speak it."""
    code = (name or "").split(".")[0].replace("-", "_").split("_")[0].lower()
    return code if code in SPOKEN else None


def default_language(environ: Mapping[str, str] = os.environ) -> str:
    """``SEATCALC_LANG`` if it names a language, else the locale's language, else English."""
    chosen = language_of_locale(environ.get("SEATCALC_LANG"))
    if chosen:
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(variable):  # the first one set decides, as gettext has it
            return language_of_locale(environ[variable]) or "en"
    return "en"
