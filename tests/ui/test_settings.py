"""The settings declaration: every value comes back as its declared type, whatever the store."""

import pytest
from PySide6.QtCore import QByteArray, QSettings

from ui.settings import (
    EXPORT_FOLDER,
    IMPORT_FOLDER,
    MAX_RECENT,
    RECENT_FILES,
    SCENARIO_FOLDER,
    SPLITTER_STATE,
    WINDOW_GEOMETRY,
    Settings,
)

VALUES = [
    (WINDOW_GEOMETRY, QByteArray(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00")),
    (SPLITTER_STATE, QByteArray(b"\x00\x00\x00\xff")),
    (RECENT_FILES, ("/home/ana/kz.seats.json", "/home/ana/nz.seats.json")),
    (SCENARIO_FOLDER, "/home/ana/elections"),
    (IMPORT_FOLDER, "/home/ana/Загрузки"),
    (EXPORT_FOLDER, "C:\\Users\\ana\\Reports"),
]


def store(path) -> QSettings:
    return QSettings(str(path), QSettings.IniFormat)


@pytest.mark.parametrize(("setting", "value"), VALUES, ids=[s.key for s, _ in VALUES])
def test_each_setting_comes_back_as_written(qapp, tmp_path, setting, value):
    ini = tmp_path / "seatcalc.ini"
    writer = store(ini)
    Settings(writer).set(setting, value)
    writer.sync()
    assert Settings(store(ini)).get(setting) == value  # a fresh store reads the file


def test_a_single_recent_file_is_still_a_list(qapp, tmp_path):
    # An INI file holds a one-item list as a plain string, and QSettings reads it so.
    ini = tmp_path / "seatcalc.ini"
    ini.write_text("[General]\nrecent=/home/ana/kz.seats.json\n", encoding="utf-8")
    assert store(ini).value(RECENT_FILES.key) == "/home/ana/kz.seats.json"
    assert Settings(store(ini)).get(RECENT_FILES) == ("/home/ana/kz.seats.json",)


def test_missing_or_unreadable_values_read_as_the_default(qapp, tmp_path):
    ini = tmp_path / "seatcalc.ini"
    ini.write_text("[window]\ngeometry=not bytes\n", encoding="utf-8")
    settings = Settings(store(ini))
    assert settings.get(WINDOW_GEOMETRY) == QByteArray()
    assert settings.get(RECENT_FILES) == ()
    assert settings.get(EXPORT_FOLDER) == ""


def test_recent_files_are_newest_first_once_and_at_most_eight(qapp, tmp_path):
    settings = Settings(store(tmp_path / "seatcalc.ini"))
    for n in range(10):
        settings.add_recent(f"/s/{n}.seats.json")
    settings.add_recent("/s/5.seats.json")
    recent = settings.get(RECENT_FILES)
    assert len(recent) == MAX_RECENT
    assert recent[:3] == ("/s/5.seats.json", "/s/9.seats.json", "/s/8.seats.json")
    assert recent.count("/s/5.seats.json") == 1


def test_without_a_store_settings_are_defaults_and_writes_go_nowhere():
    settings = Settings(None)
    settings.set(SCENARIO_FOLDER, "/tmp")
    assert settings.get(SCENARIO_FOLDER) == ""
    assert settings.add_recent("/s/a.seats.json") == ("/s/a.seats.json",)
    assert settings.get(RECENT_FILES) == ()
