"""Input refused on purpose.

A :class:`Refusal` says, for the person who gave the input, what is wrong with it: the command
line prints it as ``error: <field>: <what>`` and exits with 2, the window shows it at the cell
or in the dialog. Anything else raised is a bug of ours: exit 1, logged with its traceback.
"""

from __future__ import annotations


class Refusal(ValueError):
    """Input refused on purpose; the message is meant for the user."""
