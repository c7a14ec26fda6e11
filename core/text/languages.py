"""The languages SeatCalc speaks, and which one a run starts in.

``SEATCALC_LANG`` chooses (``en``, ``ru`` or ``kk``); without it the locale's language does
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them), and English when the locale
is none of the three. The window reads the same from its setting, then the system locale.

Adding a language: its code here with its own name, and ``resources/i18n/seatcalc_<code>.ts``
(README, "Adding a language").
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("en", "ru", "kk")
NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}  # each in its own language
# Qt has no Kazakh translation of its own dialogs in PySide6 6.10: Russian stands in for it.
QT_FALLBACK = {"kk": "ru"}


def language_of_locale(name: str | None) -> str | None:
    """The language of a locale name (``ru_RU.UTF-8`` -> ``ru``, ``kk-KZ`` -> ``kk``), or
    None when SeatCalc does not speak it."""
    code = (name or "").split(".")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def default_language(environ: Mapping[str, str] = os.environ) -> str:
    """``SEATCALC_LANG`` if it names a language, else the locale's language, else English."""
    chosen = language_of_locale(environ.get("SEATCALC_LANG"))
    if chosen:
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(variable):  # the first one set decides, as gettext has it
            return language_of_locale(environ[variable]) or "en"
    return "en"
