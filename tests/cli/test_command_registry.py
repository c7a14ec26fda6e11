"""The command line's one home (``core.cli``): the parser is built from the registered
commands, the UI's commands plug in without Qt, and no command opens the app."""

import pytest

import main
from core.cli.registry import Command, commands, register_command
from core.cli.run import build_parser


def test_every_registered_command_is_in_the_parser():
    names = {c.name for c in commands()}
    assert names == {"open", "screenshot", "presets", "templates", "compute", "export",
                     "simulate", "import"}  # docs/cli.md, Commands
    help_text = build_parser().format_help()
    for command in commands():
        assert command.name in help_text
        assert command.help in help_text


@pytest.mark.parametrize(("argv", "scenario"), [
    ([], "preset:kz-2023"),  # no command: the app on the default scenario
    (["open", "my.seats.json"], "my.seats.json"),
])
def test_the_app_opens_through_the_uis_command(monkeypatch, argv, scenario):
    import ui.app  # the command loads it (and Qt) when it runs; stand in for the event loop

    opened = []
    monkeypatch.setattr(ui.app, "run_app", lambda spec, lang: opened.append(spec) or 0)
    assert main.main(argv) == 0
    assert opened == [scenario]


def test_a_command_name_is_registered_once():
    with pytest.raises(ValueError, match="command 'compute' is already registered"):
        register_command(Command("compute", "again", lambda args: 0))
