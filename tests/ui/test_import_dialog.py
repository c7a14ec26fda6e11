"""File > Import: guessed columns, editable mapping, problems listed, broken files refused.

Every broken input must give a clear message and leave the open scenario exactly as it was.
"""

import threading

import pytest
from PySide6.QtWidgets import QDialog

import core.io.tables as tables
from ui.dialogs.import_dialog import (
    ImportDialog,
    MappingError,
    mapping_from_roles,
    roles_from_mapping,
)

KZ_CP1251 = ("Партия;Голоса\n"
             "Аманат;3 431 510\n"
             "Ак жол;535 139\n"
             "Респу6лика;много\n"  # text in the vote column: listed, not counted
             "Против всех;248 291\n")


@pytest.fixture
def dialog(qtbot):
    d = ImportDialog(None, "/tmp")
    qtbot.addWidget(d)
    return d


def load(qtbot, dialog, path):
    dialog.open_file(path)  # read in the worker: wait until it is done
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)


def read_votes(qtbot, dialog):
    dialog.read_votes()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)


def test_cp1251_table_with_a_bad_row(qtbot, dialog, tmp_path):
    path = tmp_path / "kz.csv"
    path.write_bytes(KZ_CP1251.encode("cp1251"))
    load(qtbot, dialog, path)
    assert dialog.roles() == {"Партия": "party", "Голоса": "votes"}
    assert dialog.preview.rowCount() == 4
    assert dialog.preview.verticalHeaderItem(0).text() == "2"  # the line in the file
    read_votes(qtbot, dialog)
    assert [(p["name"], p["votes"]) for p in dialog.imported.parties] == [
        ("Аманат", 3431510), ("Ак жол", 535139)]
    assert dialog.imported.other_votes == {"against_all": 248291}
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(problems) == 1
    assert problems[0].startswith("line 4, column 'Голоса'")
    assert "'много'" in problems[0]
    assert "1 problem listed" in dialog.summary.text()
    dialog.title.setText("Test")
    dialog.seats.setValue(69)
    dialog.create_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    s = dialog.scenario
    assert (s.title, s.list_tier.seats, s.against_all) == ("Test", 69, 248291)
    assert [p.votes for p in s.parties] == [3431510, 535139]


def test_the_mapping_can_be_changed_by_hand(qtbot, dialog, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Who,How many,Where\nA,10,X\nB,20,X\nA,5,Y\n", encoding="utf-8")
    load(qtbot, dialog, path)
    dialog.set_role("Who", "party")
    dialog.set_role("How many", "votes")
    dialog.set_role("Where", "district")
    assert not dialog.create_button.isEnabled()  # a changed mapping must be read again
    read_votes(qtbot, dialog)
    assert [(p["name"], p["votes"]) for p in dialog.imported.parties] == [("A", 15), ("B", 20)]
    assert [d["name"] for d in dialog.imported.districts] == ["X", "Y"]


def test_wide_layout_guess(qtbot, dialog, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("УИК,Аманат,Ак жол\n1,100,20\n2,50,30\n", encoding="utf-8-sig")
    load(qtbot, dialog, path)
    assert dialog.roles() == {"УИК": "district", "Аманат": "party_column",
                              "Ак жол": "party_column"}
    read_votes(qtbot, dialog)
    assert [p["votes"] for p in dialog.imported.parties] == [150, 50]


def test_cancel_while_reading_votes(qtbot, dialog, tmp_path, monkeypatch):
    path = tmp_path / "kz.csv"
    path.write_bytes(KZ_CP1251.encode("cp1251"))
    load(qtbot, dialog, path)
    started = threading.Event()

    def slow_import(frame, mapping, *, progress=None, cancel=None):
        started.set()
        while not cancel():  # a very large table
            threading.Event().wait(0.01)
        raise tables.ImportCancelled()

    monkeypatch.setattr(tables, "import_table", slow_import)
    dialog.read_votes()
    assert started.wait(5)
    qtbot.waitUntil(lambda: not dialog.stop_button.isHidden(), timeout=5000)
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert "cancelled" in dialog.summary.text()
    assert dialog.imported is None
    assert not dialog.create_button.isEnabled()


BROKEN = {
    "empty file": (b"", "empty"),
    "wrong encoding": ("Партия,Голоса\nА,1\n".encode("utf-16"), "UTF-16"),
    "binary": (bytes(range(256)) * 40, "not UTF-8 nor Windows-1251"),
    "duplicate headers": (b"Party,Votes,Votes\nA,1,2\n", "appears twice"),
    "missing party column": (b"Votes\n10\n20\n", "party"),
    "header only": (b"Party,Votes\n", "no data rows"),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_input_gives_a_clear_message_and_changes_nothing(
        qtbot, window, dialogs, tmp_path, monkeypatch, name):
    data, words = BROKEN[name]
    path = tmp_path / "broken.csv"
    path.write_bytes(data)
    before = window.document.scenario
    messages = []

    def exec_(self):
        self.failed.connect(messages.append)
        load(qtbot, self, path)
        if self.frame is not None:
            read_votes(qtbot, self)
        self.create_scenario()  # nothing to create: the button is (and stays) disabled
        return self.result()

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    window.import_dialog()
    assert messages, "no message was shown"
    assert words.casefold() in messages[0].casefold()
    assert window.document.scenario is before
    assert not window.document.modified


def test_import_menu_replaces_the_scenario(qtbot, window, dialogs, tmp_path, monkeypatch):
    path = tmp_path / "kz.csv"
    path.write_bytes(KZ_CP1251.encode("cp1251"))

    def exec_(self):
        load(qtbot, self, path)
        read_votes(qtbot, self)
        self.create_scenario()
        return self.result()

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    window.import_dialog()
    assert [p.name for p in window.document.scenario.parties] == ["Аманат", "Ак жол"]
    assert window.document.path is None
    assert window.document.modified


def test_mapping_roles_round_trip_and_refusals():
    mapping = mapping_from_roles({"P": "party", "V": "votes", "D": "district",
                                  "AA": "against_all", "X": ""})
    assert (mapping.layout, mapping.party, mapping.votes, mapping.district) == (
        "long", "P", "V", "D")
    assert roles_from_mapping(mapping) == {"P": "party", "V": "votes", "D": "district",
                                           "AA": "against_all"}
    with pytest.raises(MappingError, match="two columns are marked 'Votes'"):
        mapping_from_roles({"P": "party", "V": "votes", "W": "votes"})
    with pytest.raises(MappingError, match="not both"):
        mapping_from_roles({"P": "party", "V": "votes", "A": "party_column"})
    with pytest.raises(MappingError, match="mark a party"):
        mapping_from_roles({"V": "votes"})
