"""SeatCalc entry point: no arguments opens the desktop app; subcommands are the CLI.

Imports are lazy so that the command line never loads Qt, and the window loads only what
it needs (docs/cli.md: exit 0 success, 2 bad input with a one-line ``error: ...``,
1 an internal fault).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

DEFAULT_SCENARIO = "preset:kz-2023"


class UsageError(Exception):
    """Bad input or bad usage: reported as ``error: ...`` with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's usage errors, one line, exit 2
        raise UsageError(f"{message} (see {self.prog} --help)")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="seatcalc", description="Seat calculator for election analysts.")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    sub.add_parser("presets", help="list the built-in scenarios (use as preset:NAME)")
    sub.add_parser("templates", help="list the rule templates (use as template:NAME)")
    o = sub.add_parser("open", help="open the desktop app on a scenario file")
    o.add_argument("scenario")
    c = sub.add_parser("compute", help="allocate the seats and print the result")
    c.add_argument("scenario", help="a .seats.json file, preset:NAME or template:NAME")
    c.add_argument("--format", choices=("table", "json", "csv"), default="table")
    e = sub.add_parser("export", help="write the result; the format follows OUT's suffix")
    e.add_argument("scenario")
    e.add_argument("--to", required=True, metavar="OUT")
    s = sub.add_parser("screenshot", help="render the main window to a PNG, without a screen")
    s.add_argument("scenario")
    s.add_argument("--to", required=True, metavar="OUT.png")
    s.add_argument("--size", default="1400x900", help="window size WIDTHxHEIGHT")
    m = sub.add_parser("simulate", help="Monte Carlo: perturb vote shares, allocate each run")
    m.add_argument("scenario")
    m.add_argument("--runs", type=int, required=True)
    m.add_argument("--sd", type=float, default=2.0, help="error in percentage points")
    m.add_argument("--seed", type=int, default=0)
    m.add_argument("--format", choices=("table", "json"), default="table")
    i = sub.add_parser("import", help="turn a CSV/XLSX result table into a scenario file")
    i.add_argument("table")
    i.add_argument("--to", required=True, metavar="OUT.seats.json")
    i.add_argument("--title", default=None)
    i.add_argument("--seats", type=int, default=None,
                   help="list seats of the new scenario (default: 0 for a table of district "
                        "candidates, else the --rules' seats, else 100)")
    i.add_argument("--sheet", default=None, help="XLSX sheet (default: the first)")
    i.add_argument("--map", action="append", default=[], metavar="COLUMN=ROLE",
                   help="what a column means (a header or its letter; ROLE as the printed "
                        "mapping shows, or skip); repeatable")
    i.add_argument("--merge", action="append", default=[], metavar="NAME=INTO",
                   help="count party NAME as party INTO; repeatable")
    i.add_argument("--rules", default=None, metavar="SCENARIO",
                   help="take the list tier's rules from a scenario or template:NAME")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run SeatCalc with ``argv`` (default: the process arguments); returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parser().parse_args(argv)
        if args.command in (None, "open"):
            from ui.app import run_app

            return run_app(getattr(args, "scenario", None) or DEFAULT_SCENARIO)
        return _run_command(args)
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except ValueError as e:  # ScenarioError, AllocationError, import errors: bad input
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"error: {e.filename or ''}: {e.strerror}", file=sys.stderr)
        return 2


def _run_command(args: argparse.Namespace) -> int:
    if args.command == "screenshot":
        from ui.export.screenshot import screenshot

        return screenshot(args.scenario, args.to, args.size)
    if args.command == "export" and Path(args.to).suffix.lower() in (".png", ".pdf"):
        from ui.export.export_files import export_command  # needs Qt: rendering and QPdfWriter

        return export_command(args)
    from core.cli import commands

    if args.command == "import":  # a Python keyword: the function is import_table
        return commands.import_table(args)
    return getattr(commands, args.command)(args)


if __name__ == "__main__":
    sys.exit(main())
