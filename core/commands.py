"""The command-line commands that need no Qt (CONTRACT.md §2)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.allocate import allocate
from core.io import results, scenario_file


def presets(args: argparse.Namespace) -> int:
    """Print the built-in scenarios, one per line: name, then title."""
    for name, title in scenario_file.presets():
        print(f"{name}\t{title}")
    return 0


def compute(args: argparse.Namespace) -> int:
    """Allocate a scenario and print it as a table, JSON or CSV."""
    result = allocate(scenario_file.load(args.scenario))
    writer = {"table": results.to_table, "json": results.to_json, "csv": results.to_csv}
    sys.stdout.write(writer[args.format](result))
    return 0


TEXT_EXPORTS = {".json": results.to_json, ".csv": results.to_csv}


def export(args: argparse.Namespace) -> int:
    """Write the result of a scenario to ``--to``; the suffix chooses the format."""
    out = Path(args.to)
    suffix = out.suffix.lower()
    if suffix not in TEXT_EXPORTS:
        raise ValueError(f"{args.to}: unknown export format {suffix or '(no suffix)'} "
                         f"(known: {', '.join(TEXT_EXPORTS)})")
    result = allocate(scenario_file.load(args.scenario))
    scenario_file.write_atomic(out, TEXT_EXPORTS[suffix](result).encode("utf-8"))
    return 0
