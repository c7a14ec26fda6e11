"""The Russian and Kazakh translations (resources/i18n/*.ts): every string the program marks
for translation is translated, the files are exactly what pyside6-lupdate makes of the code
(nothing new, nothing obsolete), and each translation keeps its placeholders, its plural
forms and its menu accelerator, and no English word is left in it."""

from __future__ import annotations

import ast
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core.text.formats import plural_forms
from core.text.languages import SPOKEN

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = tuple(code for code in SPOKEN if code != "en")  # each has its .ts file
# Latin words a translation may keep: names of programs, formats, licences and file fields.
LATIN = {"SeatCalc", "Qt", "PySide", "Python", "LGPL", "GPL", "MIT", "CSV", "JSON", "XLSX",
         "PDF", "PNG", "SVG", "UTF", "dpi", "px", "true", "false", "ru", "kk", "rrggbb",
         "Excel", "json", "compute", "format", "sd", "Windows", "ZIP", "XML",
         # values of the scenario file, quoted in a refusal
         "compensatory", "constituencies", "null"}
TS_WORDS = re.compile(r"[A-Za-z]{2,}")


def ts_path(lang: str) -> Path:
    return ROOT / "resources" / "i18n" / f"seatcalc_{lang}.ts"


def read_ts(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            out[(name, message.findtext("source", ""))] = message.find("translation")
    return out


class _Marked(ast.NodeVisitor):
    """The strings pyside6-lupdate collects from a module: QT_TRANSLATE_NOOP(context, text)
    and translate(context, text) anywhere, self.tr(text) in a class (context: its name)."""

    def __init__(self) -> None:
        self.found: set[tuple[str, str]] = set()
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)
                 and isinstance(a.value, str)]
        if name in ("QT_TRANSLATE_NOOP", "translate") and len(texts) >= 2 and len(
                node.args) >= 2:
            self.found.add((texts[0], texts[1]))
        elif (name == "tr" and isinstance(node.func, ast.Attribute) and self.classes
              and texts and node.args and isinstance(node.args[0], ast.Constant)):
            self.found.add((self.classes[-1], texts[0]))
        self.generic_visit(node)


def marked() -> set[tuple[str, str]]:
    """Every (context, text) marked for translation in core/, ui/ and main.py."""
    visitor = _Marked()
    for path in [*(ROOT / "core").rglob("*.py"), *(ROOT / "ui").rglob("*.py"),
                 ROOT / "main.py"]:
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
    return visitor.found


def fields(text: str) -> dict[str, list[str]]:
    """The placeholders of a template (``core.text.render``): name -> its format specs."""
    out: dict[str, list[str]] = {}
    for _, name, spec, _ in string.Formatter().parse(text):
        if name is not None:
            out.setdefault(name, []).append(spec)
    return out


def words(text: str) -> str:
    """What a template shows in words: placeholders out, plural forms in."""
    return re.sub(r"\{[^}:]*(?::plural:([^}]*)|:[^}]*)?\}",
                  lambda m: (m.group(1) or "").replace("|", " "), text)


def kinds(specs: list[str]) -> set[str]:
    """The kinds of format (``pct``, ``dec2``, ...) a placeholder is written with."""
    return {spec.partition(":")[0] for spec in specs} - {"", "plural"}


@pytest.fixture(scope="module")
def catalogues() -> dict[str, dict[tuple[str, str], ET.Element]]:
    return {lang: read_ts(ts_path(lang)) for lang in LANGUAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_marked_string_has_a_finished_translation(catalogues, lang) -> None:
    entries = catalogues[lang]
    untranslated = sorted(key for key in marked() if key not in entries
                          or entries[key].get("type") is not None or not entries[key].text)
    assert not untranslated, (f"{len(untranslated)} strings without a {lang} translation "
                              f"(run build_spec/update_translations.sh, then translate): "
                              f"{untranslated[:10]}")


def test_lupdate_finds_nothing_new_and_nothing_obsolete(tmp_path) -> None:
    # The acceptance's own check: the command of build_spec/update_translations.sh, run on
    # copies, reports no new and no obsolete entry and changes nothing in the files.
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copies = []
    for lang in LANGUAGES:
        shutil.copy(ts_path(lang), tmp_path / ts_path(lang).name)
        copies.append(str(tmp_path / ts_path(lang).name))
    run = subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", "-extensions",
                          "py", "core", "ui", "main.py", "-ts", *copies], cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=120)
    report = run.stdout + run.stderr
    assert re.findall(r"\((\d+) new and \d+ already existing\)", report) == ["0"] * len(
        LANGUAGES), report
    assert "obsolete" not in report.lower(), report
    for lang in LANGUAGES:
        copy = (tmp_path / ts_path(lang).name).read_text(encoding="utf-8")
        assert 'type="unfinished"' not in copy
        assert 'type="vanished"' not in copy
        assert copy == ts_path(lang).read_text(encoding="utf-8"), \
            f"{ts_path(lang).name} is not as lupdate writes it: run update_translations.sh"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_plurals_and_accelerators(catalogues, lang) -> None:
    for (context, source), element in catalogues[lang].items():
        text = element.text or ""
        where = f"{lang} {context}: {source!r} -> {text!r}"
        ours, theirs = fields(source), fields(text)
        assert set(ours) == set(theirs), where
        for name, specs in theirs.items():
            assert kinds(specs) == kinds(ours[name]), where
            for spec in specs:
                if spec.startswith("plural:"):
                    assert len(spec.split(":", 1)[1].split("|")) == plural_forms(lang), where
            if plural_forms(lang) > 1 and any(s.startswith("plural") for s in ours[name]):
                assert any(s.startswith("plural") for s in specs), where
        assert ("&" in source) == ("&" in text), where


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_word_is_left_in_a_translation(catalogues, lang) -> None:
    for (context, source), element in catalogues[lang].items():
        text = re.sub(r"\S*(?:[/_*]|\.[A-Za-z])\S*", " ", words(element.text or ""))
        latin = set(TS_WORDS.findall(text)) - LATIN
        assert not latin, f"{lang} {context}: {source!r} keeps {sorted(latin)}"
        if set(TS_WORDS.findall(words(source))) - LATIN:
            assert element.text != source, f"{lang}: {source!r} is not translated"


def test_kazakh_letters_are_in_the_kazakh_file(catalogues) -> None:
    # Written in the Kazakh alphabet (Cyrillic), not Russian with Kazakh words left out (Һ
    # is rare: loanwords; tests/ui/test_languages.py checks that all nine letters render).
    text = "".join(e.text or "" for e in catalogues["kk"].values())
    assert set("әғқңөұүі") <= set(text)
