"""`python main.py screenshot SCENARIO --to OUT.png`: the window rendered without a screen."""

import os
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_main(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_screenshot_writes_a_png_of_the_requested_size(tmp_path):
    out = tmp_path / "kz.png"
    done = run_main("screenshot", "preset:kz-2023", "--to", str(out), "--size", "1000x640")
    assert done.returncode == 0, done.stderr
    assert png_size(out) == (1000, 640)
    assert out.stat().st_size > 20_000  # a painted window, not a blank page


def test_a_bad_scenario_gives_error_and_exit_2(tmp_path):
    out = tmp_path / "x.png"
    for spec in ("preset:no-such-election", str(tmp_path / "missing.seats.json")):
        done = run_main("screenshot", spec, "--to", str(out))
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("error:")
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_a_bad_size_or_suffix_gives_error_and_exit_2(tmp_path):
    for extra in (["--to", str(tmp_path / "x.png"), "--size", "big"],
                  ["--to", str(tmp_path / "x.jpg")]):
        done = run_main("screenshot", "preset:kz-2023", *extra)
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("error:")
