"""Commission protocol tables (issue 18): protocol lines recognised in Russian, Ukrainian,
Kazakh and English, party columns read, the control relations checked row by row, the
mapping shown and changed, and the real Russian table of 2021."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import main
from core.io.tables import (
    ColumnMapping,
    guess_mapping,
    import_table,
    open_table,
    party_header,
    protocol_kind,
)
from core.text.render import render

DATA = Path(__file__).resolve().parents[1] / "data"
SLICE = DATA / "duma-2021-stations-slice.csv"  # every 500th station of the real table
RUSSIA = Path("/work/shared/data/russia/duma-2021-polling-stations.csv.zip")

RU_LINES = {  # the CEC's own headers (20-FZ art. 84), and what each line is
    "Число избирателей, внесенных в список избирателей на момент окончания голосования":
        "registered",
    "Число избирательных бюллетеней, полученных участковой избирательной комиссией":
        "ballots_received",
    "Число избирательных бюллетеней, выданных избирателям, проголосовавшим досрочно":
        "ballots_issued_early",
    "Число избирательных бюллетеней, выданных в помещении для голосования в день голосования":
        "ballots_issued_in_premises",
    "Число избирательных бюллетеней, выданных вне помещения для голосования в день голосования":
        "ballots_issued_outside",
    "Число погашенных избирательных бюллетеней": "ballots_cancelled",
    "Число избирательных бюллетеней, содержащихся в переносных ящиках для голосования":
        "ballots_in_portable_boxes",
    "Число избирательных бюллетеней, содержащихся в стационарных ящиках для голосования":
        "ballots_in_stationary_boxes",
    "Число недействительных избирательных бюллетеней": "invalid",
    "Число действительных избирательных бюллетеней": "valid",
    "Число утраченных избирательных бюллетеней": "ballots_lost",
    "Число избирательных бюллетеней, не учтенных при получении": "ballots_unaccounted",
}
UA_LINES = {  # the CVK's per-precinct table, Verkhovna Rada 2019, abbreviated as printed
    "1) К-сть одержаних бюлетенів": "ballots_received",
    "2) К-сть невикор. бюлетенів": "ballots_cancelled",
    "3) К-сть виборців, внесених до списку": "registered",
    "4) К-сть виборців, внесених до витягу зі списку": "voters_home_extract",
    "5) К-сть виборців, які отримали бюлетені у приміщенні": "ballots_issued_in_premises",
    "6) К-сть виборців, які отримали за місцем перебування": "ballots_issued_outside",
    "7) Сумарна к-сть виборців, які отримали бюлетені": "ballots_issued",
    "8) К-сть бюлетенів, що виявилися у кожній скринці": "ballots_in_boxes",
    "9) К-сть бюлетенів, що не підлягають врахуванню": "ballots_not_counted",
    "10) К-сть виборців, які голосували у приміщенні для гол.": "voted_in_premises",
    "11) К-сть виборців, які голосували за місцем перебування": "voted_outside",
    "12) К-сть виборців, які голосували на виборчій дільниці": "ballots_cast",
    "13) К-сть бюлетенів, визнаних недійсними": "invalid",
    "14) Сумарна к-сть голосів виборців ЗА": "valid",
}
KZ_LINES = {  # phrases of the CEC and commissions (the form itself was not found)
    "Сайлаушылар тізіміне енгізілген азаматтардың жалпы саны": "registered",
    "Бюллетеньдер алған сайлаушылар саны": "ballots_issued",
    "Дауыс беруге қатысқан сайлаушылар саны": "ballots_cast",
    "Жарамсыз бюллетеньдер саны": "invalid",
    "Барлығына қарсы": "against_all",
}
EN_LINES = {
    "Registered voters": "registered", "Ballots received": "ballots_received",
    "Ballots issued": "ballots_issued", "Unused ballots": "ballots_cancelled",
    "Ballots cast": "ballots_cast", "Invalid ballots": "invalid", "Valid votes": "valid",
    "Against all": "against_all",
}


@pytest.mark.parametrize("lines", [RU_LINES, UA_LINES, KZ_LINES, EN_LINES],
                         ids=["ru", "uk", "kk", "en"])
def test_protocol_lines_are_recognised(lines):
    assert {h: protocol_kind(h) for h in lines} == lines


@pytest.mark.parametrize("header", [
    '5. Всероссийская политическая партия "ЕДИНАЯ РОССИЯ"', "Аманат", "ПАРТИЯ ПЕНСИОНЕРОВ",
    'ПОЛІТИЧНА ПАРТІЯ "СЛУГА НАРОДУ"', "Labour", "Республика", "Ak Zhol"])
def test_parties_are_never_protocol_lines(header):
    assert protocol_kind(header) is None


@pytest.mark.parametrize(("header", "name", "pid", "ballot"), [
    ('5. Всероссийская политическая партия "ЕДИНАЯ РОССИЯ"', "ЕДИНАЯ РОССИЯ",
     "edinaya-rossiya", 5),
    ('1. Политическая партия "КОММУНИСТИЧЕСКАЯ ПАРТИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ"',
     "КОММУНИСТИЧЕСКАЯ ПАРТИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ", "kprf", 1),
    ('2. Политическая партия "Российская экологическая партия "ЗЕЛЁНЫЕ"',
     'Российская экологическая партия "ЗЕЛЁНЫЕ"', "zelenye", 2),
    ("3. Политическая партия ЛДПР – Либерально-демократическая партия России",
     "ЛДПР – Либерально-демократическая партия России", "ldpr", 3),
    ("6. Партия СПРАВЕДЛИВАЯ РОССИЯ – ЗА ПРАВДУ", "СПРАВЕДЛИВАЯ РОССИЯ – ЗА ПРАВДУ", "srzp", 6),
    ("9. Политическая партия РОССИЙСКАЯ ПАРТИЯ СВОБОДЫ И СПРАВЕДЛИВОСТИ",
     "РОССИЙСКАЯ ПАРТИЯ СВОБОДЫ И СПРАВЕДЛИВОСТИ", "rpss", 9),
    ("14. ПАРТИЯ ПЕНСИОНЕРОВ", "ПАРТИЯ ПЕНСИОНЕРОВ", "partiya-pensionerov", 14),
    ('ПОЛІТИЧНА ПАРТІЯ "СЛУГА НАРОДУ"', "СЛУГА НАРОДУ", "sluga-narodu", None),
    ("Аманат", "Аманат", "amanat", None),  # a plain header keeps its name and slug
])
def test_party_headers_read(header, name, pid, ballot):
    read = party_header(header)
    assert (read.name, read.id, read.ballot) == (name, pid, ballot)


def _write(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_a_ukrainian_table_is_read_and_checked(tmp_path):
    parties = ['ПОЛІТИЧНА ПАРТІЯ "СЛУГА НАРОДУ"', 'Політична партія "ГОЛОС"']
    header = ["№ ВД", *UA_LINES, *parties, "Дата підписання протоколу"]
    #        1    2   3    4  5   6  7   8   9 10  11 12  13 14
    good = [500, 100, 420, 5, 390, 5, 395, 395, 0, 390, 5, 395, 10, 385, 300, 85, "22.07.2019"]
    bad = [500, 100, 420, 5, 390, 5, 395, 395, 0, 390, 5, 395, 10, 385, 300, 80, "22.07.2019"]
    path = _write(tmp_path / "ua.csv", header, [["1", *good], ["2", *bad]])
    result = import_table(path)
    assert [(p["name"], p["id"], p["votes"]) for p in result.parties] == [
        ("СЛУГА НАРОДУ", "sluga-narodu", 600), ("ГОЛОС", "golos", 165)]
    assert result.registered == 840
    assert result.other_votes == {"invalid": 20}
    assert render(result.mapping.skipped["Дата підписання протоколу"]).startswith("totals, shares")
    failures = result.checks.failures()
    assert [(line, r.code, left, right) for line, _, r, left, right in failures] == [
        (3, "valid_parties", 385, 380)]
    assert result.checks.per_relation() == {"cast": 0, "valid_parties": 1, "issued_total": 0,
                                            "voted_total": 0,
                                            "registered_ge_ballots_issued": 0}


def test_a_kazakh_table_is_read(tmp_path):
    header = ["Учаске", *KZ_LINES, '"AMANAT" партиясы', '"Ақ жол" партиясы']
    path = _write(tmp_path / "kz.csv", header, [["1", 1000, 600, 600, 10, 40, 400, 150],
                                                ["2", 800, 500, 500, 5, 20, 300, 175]])
    result = import_table(path)
    assert [p["votes"] for p in result.parties] == [700, 325]
    assert (result.registered, result.ballots_cast) == (1800, 1100)
    assert result.other_votes == {"invalid": 15, "against_all": 60}
    assert result.mapping.guessed == []
    assert "every row was read" in render(result.describe())


def test_an_english_table_and_an_unexplained_column_is_a_guess(tmp_path):
    header = ["Precinct", *EN_LINES, "Party A", "Party B", "Mystery"]
    rows = [["P1", 1000, 700, 650, 50, 650, 20, 630, 30, 300, 300, 7]]
    result = import_table(_write(tmp_path / "en.csv", header, rows))
    assert result.mapping.guessed == ["Mystery"]  # a protocol line nobody told us about?
    assert "every row was read" not in render(result.describe())
    assert "1 column guessed from its cells only" in render(result.describe())
    # valid (630) = parties (600 + Mystery 7) + against all (30): fails by 7
    (line, _, relation, left, right), = result.checks.failures()
    assert (line, relation.code, left, right) == (2, "valid_parties_against", 630, 637)


# --------------------------------------------------------------------------- Russia, 2021


def _truth(path: Path) -> tuple[list[str], dict[str, int], int]:
    """Party headers, their sums and the rows, by the csv module: an independent count."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    parties = header[17:31]
    sums = {h: sum(int(r[header.index(h)]) for r in rows) for h in header[5:31]}
    return parties, sums, len(rows)


def test_the_russian_slice_is_read_as_the_cec_publishes_it():
    parties, sums, n = _truth(SLICE)
    result = import_table(SLICE)
    assert result.rows_read == n == result.rows_counted == 193
    assert result.problems == []
    assert len(result.parties) == 14
    assert [p["votes"] for p in result.parties] == [sums[h] for h in parties]
    assert [p["registration_order"] for p in result.parties] == list(range(1, 15))
    assert [p["id"] for p in result.parties][:6] == [
        "kprf", "zelenye", "ldpr", "novye-lyudi", "edinaya-rossiya", "srzp"]
    assert result.registered == sums[list(RU_LINES)[0]]
    assert result.other_votes == {"invalid": sums["Число недействительных избирательных "
                                                   "бюллетеней"]}
    mapping = result.mapping
    assert (mapping.region, mapping.district, mapping.station) == ("region", "oik", "uik")
    assert {c: render(why) for c, why in mapping.skipped.items()} == {"level": "text, not counts",
                               "tik": "an administrative level not used to group the rows",
                               "url": "text, not counts"}
    assert [r.code for r in result.checks.relations] == [
        "registered_ge_issued", "received", "boxes", "valid_parties"]
    assert result.checks.rows == 193
    assert result.checks.failed_rows() == 0
    assert "every row was read" in render(result.describe())
    assert len(result.stations) == 193


def test_a_forged_row_fails_its_relations_and_is_listed(tmp_path, capsys):
    text = SLICE.read_text(encoding="utf-8").split("\n")
    cells = next(csv.reader([text[5]]))
    cells[14] = str(int(cells[14]) + 7)  # valid ballots: 7 more than the boxes and parties
    buf = [text[0], *text[1:5], ",".join(f'"{c}"' if "," in c else c for c in cells),
           *text[6:]]
    path = tmp_path / "forged.csv"
    path.write_text("\n".join(buf), encoding="utf-8")
    status = main.main(["import", str(path), "--to", str(tmp_path / "f.seats.json")])
    err = capsys.readouterr().err
    assert status == 0
    checks = [x for x in err.splitlines() if x.startswith("check:")]
    assert len(checks) == 2
    assert checks[0].startswith(f"check: forged.csv: line 6 ({cells[4]}): ballots in the boxes")
    assert "valid ballots = the parties' votes" in checks[1]
    assert "protocol checks: 193 rows, 4 relation(s)" in err
    assert "1 row(s) fail" in err


def test_the_mapping_is_printed_first_and_can_be_changed(tmp_path, capsys):
    out = tmp_path / "s.seats.json"
    status = main.main(["import", str(SLICE), "--to", str(out), "--map", "AE=skip",
                        "--map", "Число утраченных избирательных бюллетеней=skip"])
    err = capsys.readouterr().err.splitlines()
    assert status == 0
    assert err[0].startswith("duma-2021-stations-slice.csv: what each column means")
    assert any(x.strip().startswith("AE  14. ПАРТИЯ ПЕНСИОНЕРОВ") and "skip: skipped (--map)"
               in x for x in err)
    scenario = json.loads(out.read_text(encoding="utf-8"))
    assert len(scenario["parties"]) == 13  # the pensioners' column no longer read
    assert "registered_ge_issued" in err[-2]
    assert "received" not in err[-2]


@pytest.mark.parametrize(("args", "words"), [
    (["--map", "nonsense"], "--map: expected COLUMN=ROLE"),
    (["--map", "ZZ=skip"], "--map: no column 'ZZ'"),
    (["--map", "uik=mayor"], "--map: unknown role 'mayor'"),
    (["--merge", "ЕДИНАЯ РОССИЯ"], "--merge: expected 'NAME=INTO'"),
    (["--merge", "Nobody=ЕДИНАЯ РОССИЯ"], "--merge: no party named 'Nobody'"),
])
def test_bad_options_are_one_error_line(tmp_path, capsys, args, words):
    out = tmp_path / "x.seats.json"
    status = main.main(["import", str(SLICE), "--to", str(out), *args])
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith("error: ")
    assert words in err
    assert len(err.splitlines()) == 1
    assert not out.exists()


def test_map_rescues_a_table_nothing_could_be_guessed_from(tmp_path, capsys):
    path = _write(tmp_path / "odd.csv", ["Label", "Votes"], [["A", 10], ["B", 20]])
    out = tmp_path / "odd.seats.json"
    assert main.main(["import", str(path), "--to", str(out)]) == 2
    assert "no party column: a 'Votes' column needs" in capsys.readouterr().err
    # Nothing was guessed: every column read is named (the mapping printed says the rest).
    assert main.main(["import", str(path), "--to", str(out), "--map", "Label=party",
                      "--map", "B=votes"]) == 0
    scenario = json.loads(out.read_text(encoding="utf-8"))
    assert [(p["name"], p["votes"]) for p in scenario["parties"]] == [("A", 10), ("B", 20)]


def test_a_level_column_is_only_a_guess_for_the_grouping():
    mapping = guess_mapping(open_table(SLICE))
    assert isinstance(mapping, ColumnMapping)
    assert mapping.layout == "wide"
    assert len(mapping.party_columns) == 14
    assert len(mapping.other_columns) == 12


@pytest.mark.skipif(not RUSSIA.exists(), reason="the full table is in /work/shared")
def test_the_full_russian_table_gives_the_official_list_seats(tmp_path, capsys):
    out = tmp_path / "ru.seats.json"
    assert main.main(["import", str(RUSSIA), "--to", str(out)]) == 0
    plain = json.loads(out.read_text(encoding="utf-8"))
    assert len(plain["parties"]) == 14
    assert plain["registered_voters"] == 109_204_662
    assert plain["other_votes"]["invalid"] == 1_171_581
    assert main.main(["import", str(RUSSIA), "--to", str(out), "--rules",
                      "template:ru-duma"]) == 0
    err = capsys.readouterr().err
    assert "96,325 rows, 4 relation(s)" in err
    assert "0 row(s) fail" in err
    assert "every row was read" in err.splitlines()[-1]
    assert main.main(["compute", str(out), "--format", "json"]) == 0
    seats = {p["id"]: p["list_seats"] for p in json.loads(capsys.readouterr().out)["parties"]}
    assert {k: v for k, v in seats.items() if v} == {
        "edinaya-rossiya": 126, "kprf": 48, "ldpr": 19, "srzp": 19, "novye-lyudi": 13}
