"""The command line: the parser built from the registered commands, the dispatch, and the
exit statuses (CONTRACT.md §2: 0 success; 2 bad input or usage, with one line
``error: <field>: <what>`` on stderr and no traceback; 1 an internal fault, with its
traceback).

Importing this loads the core's commands (``core.cli.commands``), never Qt: commands that
need it are registered by the UI (``ui.commands``) and load it when they run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from core.cli import commands as _core_commands  # noqa: F401  (registers the core's commands)
from core.cli.registry import command, commands, default_invocation

PROG = "seatcalc"


class UsageError(Exception):
    """Bad usage: reported as ``error: ...`` with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's usage errors, one line, exit 2
        raise UsageError(f"{message} (see {self.prog} --help)")


def build_parser() -> argparse.ArgumentParser:
    """The parser of every registered command."""
    parser = _Parser(prog=PROG, description="Seat calculator for election analysts.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for each in commands():
        each.arguments(sub.add_parser(each.name, help=each.help))
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: the process arguments); the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            default = default_invocation()
            if default is None:
                raise UsageError(f"no command given (see {PROG} --help)")
            args = default
        return command(args.command).run(args)
    except (UsageError, ValueError) as e:  # ScenarioError, AllocationError, ...: bad input
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"error: {e.filename or ''}: {e.strerror}", file=sys.stderr)
        return 2
