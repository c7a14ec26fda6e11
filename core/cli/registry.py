"""The command line's subcommands, registered by who implements them.

The core registers the commands that need no Qt (``core.cli.commands``); the UI registers
``open`` (also what runs when no command is named) and ``screenshot`` from ``ui.commands``,
which imports no Qt until one of them runs. ``core.cli.run`` builds the parser from here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.registry import Registry


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    """A command that takes no arguments."""


@dataclass(frozen=True)
class Command:
    """A subcommand: its ``name``, one line of ``help``, ``run(args) -> exit status``, and
    ``arguments(parser)``, which adds its arguments to its argparse sub-parser."""

    name: str
    help: str
    run: Callable[[argparse.Namespace], int]
    arguments: Callable[[argparse.ArgumentParser], None] = field(default=_no_arguments)


COMMANDS: Registry[Command] = Registry("command", "no command {key!r} (known: {known})")
_DEFAULT: dict[str, Any] = {}  # "command" and the arguments it runs with when none is named


def register_command(command: Command, *,
                     default_args: Mapping[str, Any] | None = None) -> Command:
    """Add ``command``; a name may be registered once. With ``default_args``, the command
    runs with them when the command line names no command (the desktop app)."""
    COMMANDS.register(command.name, command)
    if default_args is not None:
        _DEFAULT.clear()
        _DEFAULT.update(default_args, command=command.name)
    return command


def commands() -> tuple[Command, ...]:
    """Every registered command, in registration order."""
    return COMMANDS.entries()


def command(name: str) -> Command:
    """The command registered as ``name`` (the parser knows them all)."""
    return COMMANDS[name]


def default_invocation() -> argparse.Namespace | None:
    """The arguments of the command run when none is named; None if none is registered."""
    return argparse.Namespace(**_DEFAULT) if _DEFAULT else None
