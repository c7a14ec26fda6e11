"""The command line: the parser built from the registered commands, the dispatch, and the
exit statuses (docs/cli.md): 0 success; 2 input refused on purpose (``core.refusal``), bad
usage or a file that cannot be read or written, with one line ``error: <field>: <what>`` on
stderr and no traceback; 1 a bug of ours, with one line saying so and where the traceback
was logged (``core.logs``).

Importing this loads the core's commands (``core.cli.commands``), never Qt: commands that
need it are registered by the UI (``ui.commands``) and load it when they run.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from core.cli import commands as _core_commands  # noqa: F401  (registers the core's commands)
from core.cli.registry import command, commands, default_invocation
from core.logs import log_file, setup_logging
from core.message import QT_TRANSLATE_NOOP
from core.refusal import Refusal
from core.text.languages import LANGUAGES, default_language
from core.text.render import refusal_text

PROG = "seatcalc"
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
log = logging.getLogger("seatcalc.cli")


class UsageError(Refusal):
    """Bad usage: reported as ``error: ...`` with exit status 2, in the language asked for."""


SEE_HELP = QT_TRANSLATE_NOOP("refusal", "{what} (see {prog} {help})")  # help: --help


class _Version(argparse.Action):  # lazy: importlib.metadata costs ~70 ms (core/version.py)
    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from core.version import version

        print(f"{PROG} {version()}")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's usage errors, one line, exit 2
        raise UsageError(SEE_HELP, what=_argparse_said(message), prog=self.prog,
                         help="--help")


def _argparse_said(message: str) -> Refusal | str:
    """argparse's own message (Python 3.11's wording) as a template the languages translate;
    one it does not know, as it is."""
    for pattern, template in (
        (r"the following arguments are required: (?P<names>.+)", QT_TRANSLATE_NOOP(
            "refusal", "the following arguments are required: {names}")),
        (r"argument (?P<argument>\S+): invalid choice: (?P<value>.+) \(choose from "
         r"(?P<choices>.+)\)", QT_TRANSLATE_NOOP(
            "refusal", "argument {argument}: invalid choice: {value} (choose from "
                       "{choices})")),
        (r"unrecognized arguments: (?P<names>.+)", QT_TRANSLATE_NOOP(
            "refusal", "unrecognized arguments: {names}")),
        (r"argument (?P<argument>\S+): expected one argument", QT_TRANSLATE_NOOP(
            "refusal", "argument {argument}: expected one argument")),
        (r"argument (?P<argument>\S+): invalid (?P<kind>\w+) value: (?P<value>.+)",
         QT_TRANSLATE_NOOP("refusal", "argument {argument}: invalid {kind} value: {value}")),
    ):
        found = re.fullmatch(pattern, message)
        if found:
            return Refusal(template, **found.groupdict())
    return message


def _asked_language(argv: Sequence[str], default: str) -> str:
    """The ``--lang`` of ``argv`` when it names a language, else ``default``: the usage
    errors are found before the arguments are read."""
    for i, arg in enumerate(argv):
        value = (argv[i + 1] if arg == "--lang" and i + 1 < len(argv)
                 else arg.removeprefix("--lang=") if arg.startswith("--lang=") else None)
        if value in LANGUAGES:
            default = value
    return default


def _language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang``, before or after the command: absent, it leaves the value alone (a
    sub-parser's default would overwrite the one given before the command)."""
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help="language of tables, reports, exports and messages (default: "
                             "$SEATCALC_LANG, else the locale's, else en)")


def build_parser() -> argparse.ArgumentParser:
    """The parser of every registered command."""
    parser = _Parser(prog=PROG, description="Seat calculator for election analysts.")
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    _language_option(parser)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for each in commands():
        each_parser = sub.add_parser(each.name, help=each.help)
        each.arguments(each_parser)
        _language_option(each_parser)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: the process arguments); the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _asked_language(argv, default_language())
    try:
        args = build_parser().parse_args(argv)
        lang = getattr(args, "lang", lang)
        if args.command is None:
            default = default_invocation()
            if default is None:
                raise UsageError(SEE_HELP, what=Refusal(QT_TRANSLATE_NOOP(
                    "refusal", "no command given")), prog=PROG, help="--help")
            args = argparse.Namespace(**vars(default), given_lang=getattr(args, "lang", None))
        else:
            args.given_lang = getattr(args, "lang", None)
        args.lang = lang
        return command(args.command).run(args)
    except Refusal as e:  # UsageError included
        return _error(refusal_text(e, lang))
    except OSError as e:
        where = e.filename or "file"
        return _error(f"{where}: {e.strerror or type(e).__name__}")
    except Exception as e:  # a bug of ours: logged with its traceback
        setup_logging()
        log.error("the command line failed: %s", argv, exc_info=e)
        where = log_file()
        print(_one_line(f"error: internal error ({type(e).__name__}: {e}); this is a bug in "
                        "SeatCalc, not in your input"
                        + (f"; details in {where}" if where else "")), file=sys.stderr)
        return 1


def _error(text: str) -> int:
    print(_one_line(f"error: {text}"), file=sys.stderr)
    return 2


def _one_line(text: str) -> str:
    """``text`` on one line: control characters (a name with a line break) escaped."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
