"""A window that fits (issue 16 item 5): 1024x600 and 1366x768 at 100%, and a 1920x1080
screen at 200% (960x540 logical pixels), with nothing cut off; a long title never widens it;
the chart gets the room."""

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage

from core.io.scenario_file import load
from ui.models.party_model import TOTAL
from ui.window.main_window import flush_events_until_result

ROOT = Path(__file__).resolve().parents[2]
THIRTY = str(ROOT / "tests" / "data" / "thirty-parties.seats.json")


def _inside(window, widget) -> bool:
    """``widget`` is shown and wholly inside the window's frame."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("spec", ["preset:kz-2023", THIRTY, "template:us-house"])
def test_the_window_can_be_as_small_as_1024_by_600(make_window, spec):
    scenario = load(spec)
    window = make_window(replace(scenario, title=scenario.title + " — a very long title that "
                                 "once widened the window by itself to 1,099 pixels and more"))
    hint = window.minimumSizeHint()
    assert hint.width() <= 960  # a 1920x1080 screen at 200%: 960x540 logical pixels
    assert hint.height() <= 540


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1366, 768), (960, 540)])
def test_nothing_is_cut_off(qtbot, make_window, kz2023, width, height):
    window = make_window(kz2023)
    window.resize(width, height)
    window.split_for_the_table()
    qtbot.wait(20)
    flush_events_until_result(window)
    assert (window.width(), window.height()) == (width, height)
    for widget in (window.title_label, window.tabs, window.party_view, window.chart,
                   window.results_panel.table, window.results_panel.headline):
        assert _inside(window, widget), widget
    # The party table's last figures (total seats) in view: no sideways scrolling needed.
    view = window.party_view
    total = view.visualRect(window.party_model.index(0, TOTAL))
    assert view.viewport().rect().contains(total)
    # The chart gets the room: half the width at least (more once the table has it), its
    # seats all drawn inside it.
    assert window.chart.width() >= 0.49 * width
    points = window.chart.seat_pixel_positions()
    assert len(points) == 98
    assert (points[:, 0] >= 0).all()
    assert (points[:, 1] >= 0).all()


def test_the_inputs_fold_away_and_come_back(qtbot, window):
    wide = window.chart.width()
    window.menus.inputs.trigger()
    qtbot.wait(20)
    assert not window.inputs.isVisible()
    assert window.chart.width() > wide + 300
    window.menus.inputs.trigger()
    assert window.inputs.isVisible()


@pytest.mark.parametrize(("size", "scale", "pixels"), [
    ("1024x600", "1", (1024, 600)), ("1366x768", "1", (1366, 768)),
    ("960x540", "2", (1920, 1080))])
def test_screenshot_renders_exactly_the_size_asked(tmp_path, size, scale, pixels):
    out = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "screenshot", "preset:kz-2023",
                           "--to", str(out), "--size", size], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == pixels
