"""The command-line commands that need no Qt (docs/cli.md), registered with
``core.cli.registry``; each has its arguments beside it."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.chart.layouts import DEFAULT_LAYOUT, chart_layout, layout_options
from core.cli.registry import Command, register_command
from core.io import results, scenario_file
from core.io.formats import export_result, format_for, format_options, output_formats
from core.io.scenario_reader import read_scenario
from core.message import QT_TRANSLATE_NOOP
from core.model.polls import NO_PARTY
from core.options import ChoiceOption
from core.refusal import Refusal
from core.rules.allocate import allocate

if TYPE_CHECKING:
    from core.model.scenario import Scenario
    from core.rules.result import Result
    from core.simulate.draws import Model

SCENARIO_HELP = "a .seats.json file, preset:NAME or template:NAME"


def presets(args: argparse.Namespace) -> int:
    """Print the built-in scenarios, one per line: name, then title."""
    for name, title in scenario_file.presets(args.lang):
        print(f"{name}\t{title}")
    return 0


def templates(args: argparse.Namespace) -> int:
    """Print the rule templates, one per line: name, then title."""
    for name, title in scenario_file.templates(args.lang):
        print(f"{name}\t{title}")
    return 0


def _compute_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("scenario", help=SCENARIO_HELP)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")


def compute(args: argparse.Namespace) -> int:
    """Allocate a scenario and print it as a table, JSON or CSV."""
    result = allocate(scenario_file.load(args.scenario))
    writer = {"table": results.to_table, "json": results.to_json, "csv": results.to_csv}
    sys.stdout.write(writer[args.format](result, args.lang))
    return 0


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("scenario", help=SCENARIO_HELP)
    suffixes = " ".join(f.suffix for f in output_formats())
    p.add_argument("--to", required=True, metavar="OUT",
                   help=f"the file to write; its suffix chooses the format: {suffixes}")
    for name, (option, takers) in format_options().items():
        if isinstance(option, ChoiceOption):
            p.add_argument(f"--{name}", dest=f"option_{name}", metavar="|".join(option.choices),
                           help=f"{option.label} ({' '.join(takers)}), default {option.default}")
            continue
        p.add_argument(f"--{name}", dest=f"option_{name}", metavar=option.unit.upper() or "N",
                       help=f"{option.label} ({' '.join(takers)}): {option.minimum:g} to "
                            f"{option.maximum:g}, default {option.default:g}")


def export(args: argparse.Namespace) -> int:
    """Write the result of a scenario to ``--to``; its suffix chooses the format
    (``core.io.formats``: every registered format, the UI's PNG and PDF included)."""
    fmt = format_for(args.to)  # an unknown suffix is refused before anything is computed
    options = {}
    for name, (option, _) in format_options().items():
        value = getattr(args, f"option_{name}")
        if value is None:
            continue
        if not fmt.takes(name):
            raise Refusal(QT_TRANSLATE_NOOP("refusal", "the {suffix} format takes no {name}"),
                          where=f"--{name}", suffix=fmt.suffix, name=name)
        options[name] = option.check(value, f"--{name}")
    if fmt.takes("layout"):
        layout = str(options.get("layout", DEFAULT_LAYOUT))
        own = {option.name for option in chart_layout(layout).options}
        for name in sorted(set(options) & {o.name for o in layout_options()} - own):
            raise Refusal(QT_TRANSLATE_NOOP("refusal", "the {layout} layout takes no {name}"),
                          where=f"--{name}", layout=layout, name=name)
    scenario_file.refuse_overwriting(args.scenario, args.to)
    export_result(allocate(scenario_file.load(args.scenario)), args.to, options=options,
                  lang=args.lang)
    return 0


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("table")
    p.add_argument("--to", required=True, metavar="OUT.seats.json")
    p.add_argument("--title", default=None)
    p.add_argument("--seats", type=int, default=None,
                   help="list seats of the new scenario (default: 0 for a table of district "
                        "candidates, else the --rules' seats, else 100)")
    p.add_argument("--sheet", default=None, help="XLSX sheet (default: the first)")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=ROLE",
                   help="what a column means (a header or its letter; ROLE as the printed "
                        "mapping shows, or skip); repeatable")
    p.add_argument("--merge", action="append", default=[], metavar="NAME=INTO",
                   help="count party NAME as party INTO; repeatable")
    p.add_argument("--rules", default=None, metavar="SCENARIO",
                   help="take the list tier's rules from a scenario or template:NAME")


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
    scenario_file.refuse_overwriting(args.table, args.to)
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
    from core.text.render import render

    if args.seats is not None and args.seats < 0:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "expected zero or more seats, got {got}"),
                      where="--seats", got=args.seats)
    table_path, out = Path(args.table), Path(args.to)
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
                                         rules=rules, lang=args.lang))
    for line in mapping_lines(table.name, table.header, mapping, args.lang):  # before writing
        print(line, file=sys.stderr)
    scenario_file.save(scenario, out)
    for problem in imported.problems:
        print(f"warning: {table.name}: {render(problem.message(), args.lang)}", file=sys.stderr)
    if imported.mapping is not None and imported.mapping.layout == "wide":
        for line in check_lines(imported.checks, table.name, lang=args.lang):
            print(line, file=sys.stderr)
    print(f"{args.to}: {render(imported.describe(), args.lang)}", file=sys.stderr)
    return 0


def _simulate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("scenario", help=SCENARIO_HELP)
    p.add_argument("--runs", type=int, required=True)
    p.add_argument("--sd", type=float, default=2.0,
                   help="national error in percentage points (logit: at a 50%% share)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--swing", default="uniform",
                   help="how districts and constituencies follow: uniform, proportional, "
                        "regional")
    p.add_argument("--error", default="points",
                   help="national error model: points, logit, poll (the poll's sample size)")
    p.add_argument("--regional-sd", type=float, default=0.0,
                   help="error per region and party, percentage points")
    p.add_argument("--district-sd", type=float, default=0.0,
                   help="error per district candidate (or constituency and party), points")
    p.add_argument("--poll", default=None,
                   help="project to a poll of the scenario's poll table: its id, or average")
    p.add_argument("--shares", default=None,
                   help='project to these national shares: "party=percent,party=percent"')
    p.add_argument("--sample-size", type=int, default=None,
                   help="the poll's sample size (for --error poll)")
    p.add_argument("--half-life", type=float, default=14.0,
                   help="days after which a poll counts half in the average (--poll average)")
    p.add_argument("--curve", default=None,
                   help="add the seats-votes curve of this party (an id, or largest)")


def simulate(args: argparse.Namespace) -> int:
    """Monte Carlo over vote-share errors, around the base election or a projection from a
    poll (docs/cli.md, docs/projections.md), printed as a table or JSON."""
    from core.analysis.battleground import battleground
    from core.io.simulation_output import simulation_json, simulation_table
    from core.simulate.draws import Model  # numpy only when simulating
    from core.simulate.montecarlo import simulate_scenario
    from core.simulate.projection import project
    from core.simulate.seats_votes import seats_votes

    scenario = scenario_file.load(args.scenario)
    model = Model(swing=args.swing, error=args.error, sd=args.sd,
                  regional_sd=args.regional_sd, district_sd=args.district_sd,
                  sample_size=args.sample_size)
    model = _projected(scenario, model, args).check()
    result = simulate_scenario(scenario, args.runs, seed=args.seed, model=model)
    extra: dict[str, Any] = {}
    if model.target is not None:
        extra["projection"] = projection = project(scenario, model)
        reference = projection.result
    else:
        reference = allocate(scenario)
    if result.districts:
        extra["contests"] = battleground(reference)
    if args.curve is not None and result.nothing_moves is None:
        extra["curve"] = seats_votes(scenario, _curve_party(scenario, reference, args.curve),
                                     model)
    if args.format == "json":
        sys.stdout.write(simulation_json(result, args.lang, **extra))
    else:  # the table heads with the title in the language asked for
        sys.stdout.write(simulation_table(replace(result, title=scenario.title_in(args.lang)),
                                          args.lang, **extra))
    return 0


def _projected(scenario: Scenario, model: Model, args: argparse.Namespace) -> Model:
    """``model`` with the target of ``--poll`` or ``--shares``, if any."""
    from dataclasses import replace

    from core.model.polls import poll_by_id
    from core.simulate.projection import model_for_poll

    if args.poll is not None and args.shares is not None:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "give one or the other"),
                      where="--poll, --shares")
    if args.poll is not None:
        return model_for_poll(poll_by_id(scenario.polls, args.poll, args.half_life), model)
    if args.shares is not None:
        return replace(model, target=_parse_shares(args.shares))
    return model


def _parse_shares(text: str) -> dict[str, float]:
    """``"lab=35, con=25.5"`` -> {"lab": 35.0, "con": 25.5}."""
    out = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        pid, sep, value = part.partition("=")
        try:
            number = float(value)
        except ValueError:
            number = float("nan")
        if not sep or not pid.strip() or not 0 <= number <= 100:
            raise Refusal(QT_TRANSLATE_NOOP(
                "refusal", "expected \"party=percent\" with a percent from 0 to 100, got {got}"),
                where="--shares", got=repr(part))
        out[pid.strip()] = number
    if not out:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "no share given"), where="--shares")
    return out


def _curve_party(scenario: Scenario, result: Result, wanted: str) -> str:
    if wanted == "largest":
        return max(result.parties, key=lambda p: (p.seats, p.votes)).id
    if wanted not in {p.id for p in scenario.parties}:
        raise Refusal(NO_PARTY, where="--curve", party=repr(wanted))
    return wanted


register_command(Command("presets", "list the built-in scenarios (use as preset:NAME)", presets))
register_command(Command("templates", "list the rule templates (use as template:NAME)",
                         templates))
register_command(Command("compute", "allocate the seats and print the result", compute,
                         _compute_arguments))
register_command(Command("export", "write the result; the format follows OUT's suffix", export,
                         _export_arguments))
register_command(Command("simulate", "Monte Carlo: perturb vote shares, allocate each run",
                         simulate, _simulate_arguments))
register_command(Command("import", "turn a CSV/XLSX result table into a scenario file",
                         import_table, _import_arguments))
