"""Scenario files as analysts' editors and folders leave them."""

import os
import stat

import pytest

from core.io import scenario_file
from core.io.scenario_file import load, save, write_atomic


def test_a_scenario_saved_with_a_byte_order_mark_loads(tmp_path):
    text = scenario_file.scenario_path("preset:kz-2023").read_text(encoding="utf-8")
    path = tmp_path / "notepad.seats.json"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load(str(path)) == load("preset:kz-2023")


def test_atomic_writes_keep_usual_permissions_and_leave_no_temp_file(tmp_path):
    umask = os.umask(0o022)
    try:
        path = tmp_path / "out.seats.json"
        save(load("preset:kz-2023"), path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
        path.chmod(0o600)  # an existing file keeps its own permissions
        save(load("preset:kz-2021"), path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(umask)
    assert [p.name for p in tmp_path.iterdir()] == ["out.seats.json"]
    assert load(str(path)).title.endswith("2021")


def test_writing_into_a_missing_folder_names_the_file(tmp_path):
    target = tmp_path / "missing" / "x.csv"
    with pytest.raises(FileNotFoundError) as error:
        write_atomic(target, b"data")
    assert error.value.filename == str(target)
