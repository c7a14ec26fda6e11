"""Nothing is lost: unsaved work is autosaved, and a crashed session's work is offered back."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui import autosave
from ui.app import offer_recovery
from ui.models.party_model import LIST, VOTES
from ui.window.main_window import flush_events_until_result

ROOT = Path(__file__).resolve().parents[2]

# A session that edits Amanat's votes and then runs until it is killed.
VICTIM = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from core.io import scenario_file
from ui.window.main_window import MainWindow
from ui.models.party_model import VOTES
window = MainWindow(scenario_file.load("preset:kz-2023"), None)
window.show()
window.party_model.setData(window.party_model.index(0, VOTES), "2000000")
print("edited", flush=True)
app.exec()
"""


def wait_for(path: Path, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


def test_an_autosave_left_by_a_killed_process_is_offered_back(make_window, kz2023, dialogs,
                                                              autosave_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SEATCALC_AUTOSAVE_DIR=str(autosave_dir))
    victim = subprocess.Popen([sys.executable, "-c", VICTIM], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        left = autosave_dir / f"autosave-{victim.pid}.json"
        wait_for(left, victim)
    finally:
        victim.send_signal(signal.SIGKILL)
        victim.communicate()
    assert victim.returncode == -signal.SIGKILL
    assert json.loads(left.read_text())["scenario"]["parties"][0]["votes"] == 2_000_000

    window = make_window(kz2023)
    assert not window.isWindowModified()
    dialogs.answer = QMessageBox.Yes
    offer_recovery(window)
    assert dialogs.kinds() == ["question"]
    assert "Kazakhstan" in dialogs.calls[0][1]
    flush_events_until_result(window)
    assert window.document.scenario.parties[0].votes == 2_000_000
    assert window.party_model.index(0, LIST).data() == 30
    assert window.isWindowModified()
    assert window.document.modified
    assert not left.exists()  # offered once


def test_no_recovery_is_offered_after_a_clean_session(make_window, kz2023, dialogs):
    window = make_window(kz2023)
    offer_recovery(window)
    assert dialogs.calls == []


def test_autosave_is_written_while_unsaved_and_removed_by_a_save(make_window, kz2023, qtbot,
                                                                 tmp_path, autosave_dir):
    window = make_window(kz2023)
    mine = autosave_dir / f"autosave-{os.getpid()}.json"
    window.party_model.setData(window.party_model.index(0, VOTES), "2000000")
    window.autosaver.save_now()  # what the 2 s timer does
    data = json.loads(mine.read_text())
    assert data["pid"] == os.getpid()
    assert data["scenario"]["parties"][0]["votes"] == 2_000_000
    alive = autosave_dir / f"autosave-{os.getppid()}.json"  # another session, still running
    alive.write_text(json.dumps(dict(data, pid=os.getppid())))
    # Our own pid counts: at start-up such a file can only be a dead session's (pid reused).
    assert [o.file for o in autosave.find_orphans()[0]] == [mine]
    window.document.save(tmp_path / "kz.seats.json")
    assert not mine.exists()


@pytest.mark.parametrize("content", [
    "{not json",
    '{"pid": 999999, "saved_at": "yesterday", "path": null, "scenario": {}}',
    '{"pid": 999999, "saved_at": 1, "path": 12, "scenario": {}}',
    '{"pid": 99999999999999999999, "saved_at": 1, "scenario": {}}',
    "[" * 100_000 + "]" * 100_000,
    '{"pid": 999999, "saved_at": 1, "path": null, "scenario": {"format": "x"}}',
])
def test_an_unreadable_autosave_is_set_aside_and_the_app_starts(autosave_dir, make_window,
                                                                kz2023, dialogs, content):
    # Issue 11 item 6: one corrupt autosave used to stop the app at every start.
    broken = autosave_dir / "autosave-999999.json"
    broken.write_text(content)
    orphans, unreadable = autosave.find_orphans()
    assert orphans == []
    assert [u.file for u in unreadable] == [broken]
    assert not broken.exists()
    assert (autosave_dir / "autosave-999999.unreadable").read_text() == content
    assert autosave.find_orphans() == ([], [])  # reported once
    broken.write_text(content)
    window = make_window(kz2023)
    offer_recovery(window)  # the notice, then the app as usual
    assert dialogs.kinds() == ["information"]
    assert "set aside" in dialogs.calls[0][1]
