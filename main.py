"""SeatCalc's entry point: the composition root.

It plugs the UI's commands (``open``, the default, and ``screenshot``) and output formats
(PNG, PDF) into the command line, none of which loads Qt until it runs, then hands over to
``core.cli.run``: the parser, the dispatch and the exit statuses live there. So the command
line never loads Qt for the core's commands.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from core.cli.run import run
from ui import commands as ui_commands  # noqa: F401  (registers open and screenshot)
from ui.export import formats as ui_formats  # noqa: F401  (registers PNG and PDF)


def main(argv: Sequence[str] | None = None) -> int:
    """Run SeatCalc with ``argv`` (default: the process arguments); returns the exit status."""
    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
