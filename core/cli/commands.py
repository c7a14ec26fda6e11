"""The command-line commands that need no Qt (docs/cli.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.io import results, scenario_file
from core.io.scenario_reader import read_scenario
from core.rules.allocate import allocate


def presets(args: argparse.Namespace) -> int:
    """Print the built-in scenarios, one per line: name, then title."""
    for name, title in scenario_file.presets():
        print(f"{name}\t{title}")
    return 0


def templates(args: argparse.Namespace) -> int:
    """Print the rule templates, one per line: name, then title."""
    for name, title in scenario_file.templates():
        print(f"{name}\t{title}")
    return 0


def compute(args: argparse.Namespace) -> int:
    """Allocate a scenario and print it as a table, JSON or CSV."""
    result = allocate(scenario_file.load(args.scenario))
    writer = {"table": results.to_table, "json": results.to_json, "csv": results.to_csv}
    sys.stdout.write(writer[args.format](result))
    return 0


QT_EXPORTS = (".png", ".pdf")
"""Suffixes written by the UI (``ui.export.export_files.export_command``): main.py routes them."""


def export(args: argparse.Namespace) -> int:
    """Write the result of a scenario to ``--to``; the suffix chooses the format.

    CSV, JSON, XLSX and SVG are written here (``core.io.export``); PNG and PDF need Qt and
    are routed by main.py to ``ui.export.export_files.export_command`` before this is reached.
    """
    from core.io.export import CORE_FORMATS, export_result

    suffix = Path(args.to).suffix.lower()
    if suffix not in CORE_FORMATS:
        known = ", ".join((*CORE_FORMATS, *QT_EXPORTS))
        raise ValueError(f"{args.to}: unknown export format {suffix or '(no suffix)'} "
                         f"(known: {known})")
    export_result(allocate(scenario_file.load(args.scenario)), args.to)
    return 0


def import_table(args: argparse.Namespace) -> int:
    """`import TABLE --to OUT.seats.json`: a CSV/XLSX result table becomes a scenario file.

    The columns are guessed (``core.io.tables.guess_mapping``), changed by ``--map
    COLUMN=ROLE``, and the mapping is printed on stderr before anything is written. Parties
    named in ``--merge NAME=INTO`` are counted as one. The list tier takes ``--rules``'
    rules (a scenario file or ``template:NAME``) or D'Hondt without a threshold, and
    ``--seats`` seats (default: none for a table of district candidates, a
    first-past-the-post parliament; else the rules' seats, else 100). Rows that could not be
    read are listed on stderr with their line and reason, then the protocol checks' failing
    rows and totals; the file is written all the same, and the exit status is 0. A table
    that cannot be read at all is an error (exit 2), and nothing is written.
    """
    from core.io.scenario_writer import scenario_dict
    from core.io.tables import (
        ColumnMapping,
        TableImportError,
        apply_overrides,
        guess_mapping,
        merge_parties,
        open_table,
        parse_merges,
        to_scenario,
    )
    from core.io.tables import import_table as read_votes
    from core.io.tables.report import check_lines, mapping_lines

    if args.seats is not None and args.seats < 0:
        raise ValueError(f"--seats: expected zero or more seats, got {args.seats}")
    table_path, out = Path(args.table), Path(args.to)
    if out.exists() and out.resolve() == table_path.resolve():
        raise ValueError(f"--to: {out.name} is the table being imported; choose another file")
    merges = parse_merges(args.merge)
    rules = scenario_dict(scenario_file.load(args.rules)) if args.rules else None
    table = open_table(table_path, sheet=args.sheet)
    try:
        guessed = guess_mapping(table)
    except TableImportError:
        if not args.map:
            raise
        guessed = ColumnMapping("wide")  # the user says what every column is
    mapping = apply_overrides(guessed, table.header, args.map)
    imported = merge_parties(read_votes(table, mapping), merges)
    title = args.title or table_path.stem
    scenario = read_scenario(to_scenario(imported, title=title, list_seats=args.seats,
                                         rules=rules))
    for line in mapping_lines(table.name, table.header, mapping):  # before anything is written
        print(line, file=sys.stderr)
    scenario_file.save(scenario, out)
    for problem in imported.problems:
        print(f"warning: {table.name}: {problem}", file=sys.stderr)
    if imported.mapping is not None and imported.mapping.layout == "wide":
        for line in check_lines(imported.checks, table.name):
            print(line, file=sys.stderr)
    print(f"{args.to}: {imported.describe()}", file=sys.stderr)
    return 0


def simulate(args: argparse.Namespace) -> int:
    """Monte Carlo over vote-share errors (docs/cli.md), printed as a table or JSON."""

    from core.io.simulation_output import simulation_json, simulation_table
    from core.simulate.montecarlo import simulate_scenario  # numpy only when simulating

    scenario = scenario_file.load(args.scenario)
    result = simulate_scenario(scenario, args.runs, args.sd, args.seed)
    writer = simulation_json if args.format == "json" else simulation_table
    sys.stdout.write(writer(result))
    return 0
