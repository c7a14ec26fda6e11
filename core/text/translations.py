"""Translations of the core's messages, read from the Qt Linguist sources the window's
translations live in (``resources/i18n/seatcalc_<lang>.ts``), without Qt: the command line
and the exports say the same words as the window.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from core.resources import resource_path


def translate(context: str, source: str, lang: str) -> str:
    """The finished translation of ``source`` in ``context``, or ``source`` itself."""
    if lang == "en":
        return source
    return _catalogue(lang).get((context, source), source)


@functools.cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    path = resource_path("i18n", f"seatcalc_{lang}.ts")
    if not path.is_file():
        return {}
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                   "vanished"):
                continue
            out[(name, message.findtext("source", ""))] = translation.text or ""
    return out
