"""The command line in Russian and Kazakh (issue 13): ``--lang`` on every command (before or
after it), the default from SEATCALC_LANG, tables, exports and error messages in the
language, JSON keys and ids the same in every language."""

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import main
from core.io import scenario_file
from core.text.languages import default_language, language_of_locale

ROOT = Path(__file__).resolve().parents[2]
KEPT = {"SeatCalc"}  # a name, in any language


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          env=environ, capture_output=True, text=True, timeout=120)


def english_words(text: str, spec: str) -> set[str]:
    """Latin words of ``text`` that are not the scenario's names (data, shown as entered)."""
    s = scenario_file.load(spec)
    for name in sorted({p.name for p in s.parties}, key=len, reverse=True):
        text = text.replace(name, " ")
    return set(re.findall(r"[A-Za-z]{2,}", text)) - KEPT


@pytest.mark.parametrize(("lang", "words"), [
    ("kk", ["Партия", "Дауыстар", "Барлығы", "Өзін-өзі ұсынғандар", "Қазақстан, Мәжіліс"]),
    ("ru", ["Партия", "Голоса", "Всего", "Самовыдвиженцы", "Казахстан, Мажилис"]),
])
def test_compute_prints_the_table_in_the_language(capsys, lang, words) -> None:
    assert main.main(["compute", "preset:kz-2023", "--lang", lang]) == 0
    table = capsys.readouterr().out
    assert english_words(table, "preset:kz-2023") == set()
    for word in words:
        assert word in table
    assert "3\u00a0431\u00a0510" in table  # numbers as the language writes them
    assert "53,90\u00a0%" in table


def test_lang_goes_before_or_after_the_command_and_defaults_to_the_environment(capsys):
    assert main.main(["--lang", "ru", "presets"]) == 0
    before = capsys.readouterr().out
    assert main.main(["presets", "--lang", "ru"]) == 0
    assert capsys.readouterr().out == before
    assert "Казахстан, Мажилис, 19 марта 2023 года" in before
    done = run("presets", SEATCALC_LANG="kk")
    assert "Қазақстан, Мәжіліс" in done.stdout
    done = run("presets", "--lang", "en", SEATCALC_LANG="kk")  # the option wins
    assert "Kazakhstan, Majilis" in done.stdout


def test_an_unknown_language_is_bad_usage(capsys) -> None:
    assert main.main(["compute", "preset:kz-2023", "--lang", "de"]) == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_the_default_language(monkeypatch) -> None:
    assert default_language({"SEATCALC_LANG": "kk", "LANG": "ru_RU.UTF-8"}) == "kk"
    assert default_language({"LANG": "ru_RU.UTF-8"}) == "ru"
    assert default_language({"LC_ALL": "kk_KZ.UTF-8", "LANG": "ru_RU.UTF-8"}) == "kk"
    assert default_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert default_language({"SEATCALC_LANG": "xx", "LANG": "C.UTF-8"}) == "en"
    assert default_language({}) == "en"
    assert language_of_locale("kk-KZ") == "kk"


def test_errors_are_said_in_the_language_with_the_field_as_it_is(tmp_path, capsys) -> None:
    bad = json.loads(scenario_file.scenario_path("preset:kz-2023").read_text("utf-8"))
    bad["parties"][0]["votes"] = "12,5"
    path = tmp_path / "bad.seats.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    assert main.main(["compute", str(path), "--lang", "ru"]) == 2
    assert capsys.readouterr().err == ('error: parties[0].votes: ожидалось неотрицательное '
                                       'целое число, получено: "12,5"\n')
    assert main.main(["compute", "preset:nope", "--lang", "kk"]) == 2
    assert capsys.readouterr().err.startswith(
        "error: preset:nope: мұндай кірістірілген сценарий жоқ (белгілілері: kz-2021")
    assert main.main(["export", "preset:kz-2023", "--to", str(tmp_path / "x.txt"),
                      "--lang", "ru"]) == 2
    assert "неизвестный формат экспорта .txt" in capsys.readouterr().err


def test_usage_errors_are_said_in_the_language_asked_for(capsys) -> None:
    # argparse's own wording, found before the arguments are read: --lang is looked for
    # first, wherever it stands.
    assert main.main(["--lang", "ru", "compute"]) == 2
    assert capsys.readouterr().err == ("error: не хватает обязательных аргументов: scenario "
                                       "(см. seatcalc compute --help)\n")
    assert main.main(["compute", "preset:kz-2023", "--format", "xml", "--lang=kk"]) == 2
    assert capsys.readouterr().err.startswith(
        "error: --format аргументі: 'xml' мәні жарамсыз (жарамдылары: 'table'")
    assert main.main(["compute", "preset:kz-2023", "--bogus"]) == 2
    assert capsys.readouterr().err == ("error: unrecognized arguments: --bogus "
                                       "(see seatcalc --help)\n")


def test_json_keys_and_ids_do_not_change_with_the_language(capsys) -> None:
    outputs = {}
    for lang in ("en", "ru", "kk"):
        assert main.main(["compute", "preset:kz-2023", "--format", "json", "--lang", lang]) == 0
        outputs[lang] = json.loads(capsys.readouterr().out)

    def keys(value):
        if isinstance(value, dict):
            return {k: keys(v) for k, v in value.items()}
        if isinstance(value, list):
            return [keys(v) for v in value]
        return None

    assert keys(outputs["ru"]) == keys(outputs["en"]) == keys(outputs["kk"])
    assert [p["id"] for p in outputs["kk"]["parties"]] == [p["id"] for p in
                                                           outputs["en"]["parties"]]
    assert outputs["ru"]["threshold"]["rule"].startswith("Не менее 5\u00a0%") is False
    assert "действительных голосов" in outputs["ru"]["threshold"]["rule"]


def test_csv_heads_its_columns_in_the_language_and_keeps_the_ids(capsys) -> None:
    assert main.main(["compute", "preset:kz-2023", "--format", "csv", "--lang", "kk"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:4] == ["kind", "id", "Партия", "Дауыстар"]
    assert rows[1][:3] == ["party", "amanat", "Amanat"]
    assert rows[-1][:3] == ["total", "", "Барлығы"]


def test_the_workbook_speaks_russian_and_its_votes_import_back(tmp_path) -> None:
    out = tmp_path / "r.xlsx"
    done = run("export", "preset:kz-2023", "--lang", "ru", "--to", str(out))
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Результаты", "Голоса за партии", "Округа", "Правила",
                               "Объяснение"]
    assert book["Результаты"]["A1"].value == "Партия"
    assert book["Правила"]["A1"].value == "Правило"
    again = run("import", str(out), "--sheet", "Голоса за партии", "--to",
                str(tmp_path / "back.seats.json"), "--lang", "ru")
    assert again.returncode == 0, again.stderr
    back = scenario_file.load(str(tmp_path / "back.seats.json"))
    assert [p.votes for p in back.parties] == [
        p.votes for p in scenario_file.load("preset:kz-2023").parties]
    assert (back.against_all, back.invalid) == (248_291, 155_419)
    assert "партии" in again.stderr  # the import's summary, in Russian


def pdf_text(tmp_path: Path, lang: str) -> str:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = tmp_path / f"r-{lang}.pdf"
    done = run("export", "preset:kz-2023", "--lang", lang, "--to", str(out))
    assert done.returncode == 0, done.stderr
    return subprocess.run([pdftotext, "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout


def data_words(spec: str) -> set[str]:
    """Every word of a scenario file's texts: names, notes, sources (data, not translated)."""
    def texts(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for v in value.values():
                yield from texts(v)
        elif isinstance(value, list):
            for v in value:
                yield from texts(v)

    data = json.loads(scenario_file.scenario_path(spec).read_text(encoding="utf-8"))
    return {w for t in texts(data) for w in re.findall(r"[A-Za-z]{2,}", t)}


@pytest.mark.parametrize(("lang", "headings"), [
    ("ru", ["Результаты", "Правила", "Проверка барьера", "Как распределены места по спискам"]),
    ("kk", ["Нәтижелер", "Ережелер", "Межені тексеру", "Тізім бойынша орындар қалай бөлінді"]),
])
def test_the_pdf_report_is_written_in_the_language(tmp_path, lang, headings) -> None:
    # The report's own words are those of the English report less the scenario's data
    # (party names, sources, notes: kept as written); none of them is left.
    data = data_words("preset:kz-2023")
    english = set(re.findall(r"[A-Za-z]{2,}", pdf_text(tmp_path, "en")))
    program_words = {w for w in english - KEPT  # the data's words, whole or hyphenated
                     if not any(w.lower() in d.lower() for d in data)}
    assert {"Threshold", "Denominator", "Majorities", "Indices"} <= program_words
    text = pdf_text(tmp_path, lang)
    for heading in headings:
        assert heading in text
    assert set(re.findall(r"[A-Za-z]{2,}", text)) & program_words == set()


def test_the_svg_legend_is_in_kazakh(capsys, tmp_path) -> None:
    out = tmp_path / "c.svg"
    assert main.main(["export", "preset:kz-2023", "--to", str(out), "--lang", "kk"]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "98 орын" in svg
    assert "Өзін-өзі ұсынғандар" in svg
    assert "көпшілік: 98 орынның 50" in svg


def test_every_kazakh_letter_reaches_the_pdf_in_an_embedded_font(tmp_path) -> None:
    # The nine letters of the Kazakh alphabet Russian lacks, in a party's name: the report
    # embeds a font that has them (DejaVu Sans: the system's or the one SeatCalc carries).
    pdftotext, pdffonts = shutil.which("pdftotext"), shutil.which("pdffonts")
    if pdftotext is None or pdffonts is None:
        pytest.skip("poppler-utils is not installed")
    letters = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"
    data = json.loads(scenario_file.scenario_path("preset:kz-2023").read_text("utf-8"))
    data["parties"][1]["name"] = letters
    scenario = tmp_path / "kk.seats.json"
    scenario.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "kk.pdf"
    done = run("export", str(scenario), "--lang", "kk", "--to", str(out))
    assert done.returncode == 0, done.stderr
    text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert letters in text
    fonts = subprocess.run([pdffonts, str(out)], capture_output=True, text=True,
                           check=True).stdout
    assert re.search(r"DejaVuSans\s.*\byes\b", fonts), fonts
