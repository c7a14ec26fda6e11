"""The core's messages in the window's language (``core.text.render``)."""

from __future__ import annotations

from html import escape

from core.message import Message, Term
from core.text.render import render

language = "en"  # the window's language; issue 13 makes it a setting


def shown(message: Message | Term | str) -> str:
    """``message`` as the window shows it."""
    return render(message, language)


def plain_tooltip(text: str | None) -> str | None:
    """``text`` as a tooltip that shows exactly these characters: Qt takes a tooltip that
    looks like markup for rich text, so a party named ``<img src=...>`` would load a file."""
    if not text:
        return text
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>"
