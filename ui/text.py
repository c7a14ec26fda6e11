"""The core's messages in the window's language (``core.text.render``)."""

from __future__ import annotations

from core.message import Message, Term
from core.text.render import render

language = "en"  # the window's language; issue 13 makes it a setting


def shown(message: Message | Term | str) -> str:
    """``message`` as the window shows it."""
    return render(message, language)
