"""Tests of core.io.tables: reading, column mapping, counts, aggregation, broken inputs."""

from __future__ import annotations

import json
import os

import openpyxl
import pandas as pd
import pytest

from bench.bench_import import make_polling_table
from core.io.tables import (
    ColumnMapping,
    ImportCancelled,
    TableImportError,
    guess_mapping,
    import_table,
    parse_count,
    read_table,
    slugify,
    to_scenario,
)
from core.text.render import render


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def votes_of(result):
    return {p["name"]: p["votes"] for p in result.parties}


# --------------------------------------------------------------------------- parse_count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3431510", 3431510),
        ("3 431 510", 3431510),
        ("3,431,510", 3431510),
        ("3.431.510", 3431510),
        ("3\u00a0431\u00a0510", 3431510),
        ("3\u202f431\u202f510", 3431510),
        ("  3 431 510 ", 3431510),
        ("\u00a012\u00a0", 12),
        ("0", 0),
        ("007", 7),
        ("1,234", 1234),
        ("999", 999),
    ],
)
def test_parse_count_accepts(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text",
    ["12,5", "12.5", "12,5x", "-5", "abc", "", "   ", "3 431,510", "3,43,510", "3,431,51", "1.2345",
     "3431510.0", "1e5", "+5", "12 34"],
)  # fmt: skip
def test_parse_count_refuses(text):
    with pytest.raises(ValueError, match="expected a whole number of votes"):
        parse_count(text)


def test_parse_count_message_quotes_the_cell():
    with pytest.raises(ValueError, match=r"^expected a whole number of votes, got '12,5x'$"):
        parse_count("12,5x")


# --------------------------------------------------------------------------- reading


LONG_CSV = 'party,votes\nAmanat,"3,431,510"\nAk Zhol,"540 406"\nRespublica,8.7\n'


def test_utf8_with_and_without_bom(tmp_path):
    text = "Партия;Голоса\nАманат;3 431 510\nАуыл;\u00a0629 573\n"
    for name, data in [("bom.csv", b"\xef\xbb\xbf" + text.encode()), ("nobom.csv", text.encode())]:
        path = tmp_path / name
        path.write_bytes(data)
        df = read_table(path)
        assert list(df.columns) == ["Партия", "Голоса"]
        result = import_table(path)
        assert votes_of(result) == {"Аманат": 3431510, "Ауыл": 629573}
        assert result.parties[0]["id"] == "amanat"
        assert result.problems == []


def test_cp1251_file_with_cyrillic_headers(tmp_path):
    text = (
        "Округ;Участок;Аманат;Ак жол;Против всех;Недействительные;Число избирателей в списке\n"
        "Округ №1;УИК 1;1 200;300;10;5;2 000\n"
        "Округ №1;УИК 2;800;100;0;1;1\u00a0500\n"
        "Округ №2;УИК 3;50;60;7;0;400\n"
    )
    path = write(tmp_path, "cp.csv", text, "cp1251")
    result = import_table(path)
    assert result.mapping.layout == "wide"
    assert result.mapping.district == "Округ"
    assert result.mapping.party_columns == ["Аманат", "Ак жол"]
    assert votes_of(result) == {"Аманат": 2050, "Ак жол": 460}
    assert result.other_votes == {"against_all": 17, "invalid": 6}
    assert result.registered == 3900
    assert [d["name"] for d in result.districts] == ["Округ №1", "Округ №2"]
    assert result.districts[0]["votes"] == {"amanat": 2000, "ak-zhol": 400}
    assert result.districts[1]["id"] == "okrug-2"


def test_valid_utf8_is_never_read_as_cp1251(tmp_path):
    # "Ð" + "°" bytes are valid cp1251 too: UTF-8 must win when the bytes are valid UTF-8.
    path = write(tmp_path, "u.csv", "party;votes\nНур Отан;5\n")
    assert votes_of(import_table(path)) == {"Нур Отан": 5}


@pytest.mark.parametrize(("delim", "quote"), [(";", ""), ("\t", ""), (",", '"')])
def test_delimiter_is_sniffed(tmp_path, delim, quote):
    rows = [["party", "votes"], ["A", f"{quote}3,431,510{quote}"], ["B", "12"]]
    text = "\n".join(delim.join(r) for r in rows) + "\n"
    assert votes_of(import_table(write(tmp_path, "d.csv", text))) == {"A": 3431510, "B": 12}


def test_line_numbers_count_blank_lines(tmp_path):
    text = "\n\nparty;votes\nA;1\n\nB;zwei\nC;3\n"
    path = write(tmp_path, "blank.csv", text)
    df = read_table(path)
    assert list(df.index) == [4, 6, 7]
    result = import_table(path)
    assert [str(p) for p in result.problems] == [
        "line 6, column 'votes': expected a whole number of votes, got 'zwei'; row not counted"
    ]
    assert votes_of(result) == {"A": 1, "C": 3}


def test_quoted_line_break_keeps_line_numbers(tmp_path):
    text = 'party,votes\n"Long\nname",1\nB,x\n'
    result = import_table(write(tmp_path, "q.csv", text))
    assert [p.line for p in result.problems] == [4]
    assert votes_of(result) == {"Long name": 1}


def test_xlsx_is_read(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Partiya", "ignored"])  # first sheet is not the data when sheet= is given
    data = wb.create_sheet("results")
    data.append(["Партиясы", "Дауыс саны"])
    data.append(["Аманат", 3431510])
    data.append(["Ақ жол", "540 406"])
    data.append([None, None])
    data.append(["Ауыл", 629573.0])
    data.append(["Respublica", 12.5])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    df = read_table(path, sheet="results")
    assert list(df.index) == [2, 3, 5, 6]
    result = import_table(df)
    assert votes_of(result) == {"Аманат": 3431510, "Ақ жол": 540406, "Ауыл": 629573}
    assert result.parties[1]["id"] == "aq-zhol"
    assert len(result.problems) == 1
    assert result.problems[0].line == 6
    assert "12.5" in render(result.problems[0].reason)
    assert read_table(path).columns[0] == "Partiya"
    with pytest.raises(TableImportError, match="no sheet named 'nope'"):
        read_table(path, sheet="nope")


# --------------------------------------------------------------------------- layouts


def test_long_layout_with_problem_row(tmp_path):
    result = import_table(write(tmp_path, "votes.csv", LONG_CSV))
    assert result.mapping.layout == "long"
    assert votes_of(result) == {"Amanat": 3431510, "Ak Zhol": 540406}
    assert [str(p) for p in result.problems] == [
        "line 4, column 'votes': expected a whole number of votes, got '8.7'; row not counted"
    ]
    assert result.rows_read == 3
    assert result.rows_counted == 2


def test_long_layout_aggregates_rows_per_district(tmp_path):
    text = (
        "Округ,Партия,Голосов\n"
        "Астана,Аманат,100\n"
        "Астана,Ак жол,40\n"
        "Алматы,Ак жол,10\n"
        "астана ,«Аманат»,5\n"
        "Против всех,Против всех,3\n"
        "Алматы,Аманат,1\n"
        "Алматы,Недействительные бюллетени,2\n"
    )
    result = import_table(write(tmp_path, "l.csv", text))
    assert result.parties == [
        {"id": "amanat", "name": "Аманат", "votes": 106},
        {"id": "ak-zhol", "name": "Ак жол", "votes": 50},
    ]
    assert result.other_votes == {"against_all": 3, "invalid": 2}
    assert result.districts == [
        {"id": "astana", "name": "Астана", "votes": {"amanat": 105, "ak-zhol": 40}},
        {"id": "almaty", "name": "Алматы", "votes": {"amanat": 1, "ak-zhol": 10}},
    ]
    assert result.problems == []


def test_wide_layout_aggregates_polling_stations_and_skips_total_row(tmp_path):
    text = "УИК,Аманат,Ауыл,Явка %\n1,10,,55.5\n2,20,3,60\n3,,4,61\nИтого,30,7,59\n"
    result = import_table(write(tmp_path, "w.csv", text))
    assert result.mapping.party_columns == ["Аманат", "Ауыл"]
    assert votes_of(result) == {"Аманат": 30, "Ауыл": 7}
    assert len(result.districts) == 3  # only polling stations: each is its own unit
    assert [p.line for p in result.problems] == [5]
    assert "total row" in render(result.problems[0].reason)


def test_wide_layout_row_with_text_is_reported_and_skipped(tmp_path):
    text = "District;A;B\nd1;1;2\nd1;3;abc\nd2;5;6\n"
    result = import_table(write(tmp_path, "w.csv", text))
    assert [str(p) for p in result.problems] == [
        "line 3, column 'B': expected a whole number of votes, got 'abc'; row not counted"
    ]
    assert votes_of(result) == {"A": 6, "B": 8}
    assert result.districts[0]["votes"] == {"a": 1, "b": 2}


def test_long_layout_with_candidates(tmp_path):
    text = (
        "Округ;ФИО;Кем выдвинут;Голоса\n"
        "Округ №1;Иванов Иван;Аманат;1 000\n"
        "Округ №1;Петров Пётр;Самовыдвижение;700\n"
        "Округ №1;Иванов Иван;Аманат;200\n"
        "Округ №2;Сидоров;Ак жол;900\n"
        "Округ №2;Ким;Аманат;800\n"
        "Округ №2;Против всех;;50\n"
    )
    result = import_table(write(tmp_path, "c.csv", text))
    assert result.mapping.candidate == "ФИО"
    assert result.mapping.party == "Кем выдвинут"
    assert result.districts == [
        {"id": "okrug-1", "name": "Округ №1", "candidates": [
            {"name": "Иванов Иван", "party": "amanat", "votes": 1200},
            {"name": "Петров Пётр", "party": None, "votes": 700}]},
        {"id": "okrug-2", "name": "Округ №2", "candidates": [
            {"name": "Сидоров", "party": "ak-zhol", "votes": 900},
            {"name": "Ким", "party": "amanat", "votes": 800}]},
    ]  # fmt: skip
    assert result.other_votes == {"against_all": 50}
    scenario = to_scenario(result, title="SMD")
    tier = scenario["district_tier"]
    assert tier["seats"] == 2
    assert tier["districts"][0]["candidates"][1] == {
        "name": "Петров Пётр", "party": None, "affiliation": None, "votes": 700
    }  # fmt: skip
    assert {p["id"] for p in scenario["parties"]} == {"amanat", "ak-zhol"}


def test_kazakh_headers(tmp_path):
    text = "Сайлау округі;Партиясы;Дауыс саны;Жарамсыз\nА;Аманат;10;1\nА;Ауыл;5;1\n"
    result = import_table(write(tmp_path, "kz.csv", text))
    assert result.mapping.district == "Сайлау округі"
    assert votes_of(result) == {"Аманат": 10, "Ауыл": 5}
    assert result.other_votes == {"invalid": 1}  # a district figure, counted once


def test_explicit_mapping_and_dataframe_input():
    df = pd.DataFrame({"who": ["X", "Y", "X"], "n": ["1", "2", "3"]}, dtype=str)
    mapping = ColumnMapping(layout="long", party="who", votes="n")
    result = import_table(df, mapping)
    assert votes_of(result) == {"X": 4, "Y": 2}
    with pytest.raises(TableImportError, match="column 'nope' is not in the table"):
        import_table(df, ColumnMapping(layout="long", party="nope", votes="n"))


def test_guess_mapping_distinguishes_district_levels():
    df = pd.DataFrame(
        {"Участок": ["1", "2"], "Избирательный округ": ["a", "a"], "Область": ["r", "r"],
         "Партия «Народная партия»": ["5", "6"], "Всего голосов": ["5", "6"]},
        dtype=str,
    )  # fmt: skip
    mapping = guess_mapping(df)
    assert mapping.layout == "wide"
    assert mapping.district == "Избирательный округ"
    assert mapping.party_columns == ["Партия «Народная партия»"]


def test_slugs_transliterate_and_stay_unique():
    assert slugify("Ақ жол") == "aq-zhol"
    assert slugify("Щёлково-Юг") == "shchelkovo-yug"
    assert slugify("Ұлттық Һ Ғ Ң Ө Ү І Ә") == "ulttyq-h-g-n-o-u-i-a"
    assert slugify("«»") == "party"
    df = pd.DataFrame({"party": ["Ак жол", "Ak-Zhol", "АК ЖОЛ!"], "votes": ["1", "2", "3"]})
    ids = [p["id"] for p in import_table(df).parties]
    assert ids == ["ak-zhol", "ak-zhol-2", "ak-zhol-3"]  # three names, three parties
    df = pd.DataFrame({"party": ["Ак жол", "«АК  ЖОЛ»"], "votes": ["1", "2"]})
    assert import_table(df).parties == [{"id": "ak-zhol", "name": "Ак жол", "votes": 3}]


# --------------------------------------------------------------------------- broken inputs


def test_empty_files(tmp_path):
    for name, data in [("votes.csv", b""), ("blank.csv", b"\xef\xbb\xbf\r\n  \n")]:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(TableImportError, match=rf"^{name}: the file is empty$"):
            import_table(path)


def test_utf16_file_is_refused(tmp_path):
    path = write(tmp_path, "votes.csv", "party,votes\nA,1\n", "utf-16")
    with pytest.raises(TableImportError, match="^votes.csv: not UTF-8 nor Windows-1251 text"):
        read_table(path)


def test_random_binary_is_refused(tmp_path):
    path = tmp_path / "votes.csv"
    path.write_bytes(os.urandom(1) + bytes(range(256)) * 40)
    with pytest.raises(TableImportError, match="not UTF-8 nor Windows-1251 text"):
        read_table(path)
    path.write_bytes(bytes(b for b in range(1, 256) if b not in (0x98,)) * 40)
    with pytest.raises(TableImportError, match="not UTF-8 nor Windows-1251 text"):
        read_table(path)


def test_broken_workbooks_are_refused(tmp_path):
    fake = tmp_path / "r.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(TableImportError, match="r.xlsx: not a readable .xlsx workbook"):
        read_table(fake)
    old = tmp_path / "r.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(TableImportError, match="old Excel .xls"):
        read_table(old)
    with pytest.raises(TableImportError, match="nothere.csv: no such file"):
        read_table(tmp_path / "nothere.csv")


def test_missing_party_column_names_what_is_missing(tmp_path):
    path = write(tmp_path, "votes.csv", "district,votes\nA,1\nB,2\n")
    with pytest.raises(TableImportError, match="no party column") as info:
        import_table(path)
    assert "party" in str(info.value)
    assert "партия" in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_votes_column(tmp_path):
    path = write(tmp_path, "votes.csv", "party,leader\nA,x\nB,y\n")
    with pytest.raises(TableImportError, match="no votes column"):
        import_table(path)


def test_duplicate_headers(tmp_path):
    path = write(tmp_path, "votes.csv", "party,votes,Votes \nA,1,2\n")
    with pytest.raises(TableImportError, match="column 'Votes' appears twice in the header"):
        read_table(path)
    wb = openpyxl.Workbook()
    wb.active.append(["party", "votes", "party"])
    wb.save(tmp_path / "d.xlsx")
    with pytest.raises(TableImportError, match="column 'party' appears twice"):
        read_table(tmp_path / "d.xlsx")


def test_ragged_row_is_reported_not_dropped(tmp_path):
    text = "party,votes\nA,1\nB,3,431,510\nC,2\n"
    result = import_table(write(tmp_path, "r.csv", text))
    assert votes_of(result) == {"A": 1, "C": 2}
    assert [(p.line, p.column) for p in result.problems] == [(3, None)]
    assert "4 cells where the header has 2" in render(result.problems[0].reason)
    # pandas only warns (and drops the cell) when the first row is the long one
    result = import_table(write(tmp_path, "f.csv", "party;votes\nA;1;7\nB;2\n"))
    assert votes_of(result) == {"B": 2}
    assert [(p.line, p.column) for p in result.problems] == [(2, None)]


def test_trailing_delimiters_are_harmless(tmp_path):
    for text in ["party;votes;\nA;1;\nB;2;\n", "party;votes\nA;1;\nB;2;\n", "party;votes;\nA;1\n"]:
        result = import_table(write(tmp_path, "t.csv", text))
        assert result.problems == []
        assert list(read_table(tmp_path / "t.csv").columns) == ["party", "votes"]


def test_every_problem_is_reported_in_long_layout(tmp_path):
    text = "party;votes\nA;1\n;2\nB;\nC;-4\nD;5\n"
    result = import_table(write(tmp_path, "p.csv", text))
    assert votes_of(result) == {"A": 1, "D": 5}
    assert [p.line for p in result.problems] == [3, 4, 5]
    assert result.rows_read == 5
    assert result.rows_counted == 2


# --------------------------------------------------------------------------- progress, scenario


def test_progress_and_cancel(tmp_path):
    path = write(tmp_path, "v.csv", LONG_CSV)
    seen: list[float] = []
    import_table(path, progress=seen.append)
    assert 2 <= len(seen) <= 20
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    calls = iter([False, False, True])
    with pytest.raises(ImportCancelled):
        import_table(path, cancel=lambda: next(calls))


def test_to_scenario_follows_the_contract(tmp_path):
    result = import_table(write(tmp_path, "votes.csv", LONG_CSV))
    scenario = to_scenario(result, title="Test", list_seats=69)
    json.dumps(scenario)  # serialisable
    assert scenario["format"] == "seatcalc-scenario"
    assert scenario["version"] == 1
    assert scenario["title"] == "Test"
    assert scenario["parties"][0] == {"id": "amanat", "name": "Amanat", "votes": 3431510,
                                      "color": "#be0032"}  # the palette's first colour
    assert scenario["other_votes"] == {"against_all": 0, "invalid": 0}
    tier = scenario["list_tier"]
    assert tier["seats"] == 69
    assert tier["method"] == "dhondt"
    assert tier["tie_break"] == "more_votes"
    assert tier["constituencies"] is None
    assert tier["threshold"]["percent"] == 0
    assert scenario["district_tier"]["seats"] == 0
    assert scenario["district_tier"]["districts"] == []
    assert scenario["mixed"] == {"type": "parallel", "overhang": None}
    assert "1 problem" in scenario["notes"]
    assert to_scenario(result, title="x")["list_tier"]["seats"] == 100


# --------------------------------------------------------------------------- generated data


def test_generated_polling_table_aggregates_to_known_totals(tmp_path):
    path = tmp_path / "stations.csv"
    truth = make_polling_table(path, rows=5_000, parties=7, seed=3)
    assert path.read_bytes().decode("cp1251")  # really Windows-1251
    result = import_table(path)
    assert result.problems == []
    assert result.rows_read == 5_000 == result.rows_counted
    assert votes_of(result) == truth["parties"]
    assert result.other_votes == {"against_all": truth["against_all"], "invalid": truth["invalid"]}
    assert result.registered == truth["registered"]
    assert result.mapping.district == "Округ"
    names = {p["id"]: p["name"] for p in result.parties}
    got = {d["name"]: {names[k]: v for k, v in d["votes"].items()} for d in result.districts}
    assert list(got) == list(truth["districts"])
    assert got == truth["districts"]
