"""The catalogue holds every code the core speaks in, with the context lupdate will give it,
and renders each as a sentence; numbers and plurals follow the language."""

from __future__ import annotations

import ast
import re
from fractions import Fraction
from pathlib import Path

import pytest

from core.message import Message, Term, msg
from core.text import catalog, formats
from core.text.render import render

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"[a-z]+\.[a-z_]+")


def _sources() -> list[Path]:
    """The program's modules: the core's, and the UI's (its writers use codes too)."""
    return [*(ROOT / "core").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]


def _codes_used() -> set[str]:
    """Every literal code passed to ``msg(...)`` in core/ and ui/."""
    codes = set()
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "msg"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                codes.add(node.args[0].value)
            # A code chosen by a condition: ``"a.b" if x else "a.c"``.
            if isinstance(node, ast.IfExp) and all(
                    isinstance(b, ast.Constant) and isinstance(b.value, str)
                    and CODE.fullmatch(b.value) for b in (node.body, node.orelse)):
                codes.update((node.body.value, node.orelse.value))
    return codes


def test_every_code_the_core_uses_is_in_the_catalogue() -> None:
    missing = _codes_used() - set(catalog.MESSAGES)
    assert not missing, f"codes without wording: {sorted(missing)}"


def test_every_catalogue_entry_is_used() -> None:
    used = _codes_used()
    source = "".join(p.read_text(encoding="utf-8") for p in _sources()
                     if p.name != "catalog.py")
    unused = [c for c in catalog.MESSAGES if c not in used and f'"{c}"' not in source]
    assert not unused, f"catalogue entries nobody uses: {unused}"


def test_each_entry_is_marked_in_the_context_of_its_code() -> None:
    # lupdate files each string under the context written in the call: it must be the code's
    # first part, which is where core.text.render looks the translation up.
    for module in ("catalog.py", "catalog_tables.py"):
        tree = ast.parse((ROOT / "core/text" / module).read_text(encoding="utf-8"))
        table = next(n for n in tree.body if isinstance(n, ast.AnnAssign))
        for key, value in zip(table.value.keys, table.value.values, strict=True):
            assert isinstance(value, ast.Call)
            assert value.func.id == "QT_TRANSLATE_NOOP"
            assert value.args[0].value == key.value.split(".")[0], key.value


def test_a_threshold_decision_in_words() -> None:
    m = msg("threshold.passed_at_least", share=Fraction(3431510, 6366441), limit=5)
    assert render(m) == "53.90% ≥ 5%"
    assert render(m, "ru") == "53,90\u00a0% ≥ 5\u00a0%"


@pytest.mark.parametrize(("n", "en", "ru"), [
    (1, "seat", "место"), (2, "seats", "места"), (5, "seats", "мест"), (11, "seats", "мест"),
    (21, "seats", "место"), (22, "seats", "места"), (112, "seats", "мест"),
])
def test_plural_forms(n: int, en: str, ru: str) -> None:
    assert formats.plural_index(n, "en") == (0 if en == "seat" else 1)
    assert ["место", "места", "мест"][formats.plural_index(n, "ru")] == ru
    assert formats.plural_index(n, "kk") == 0  # Kazakh: the noun stays singular (5 орын)


def test_numbers_and_dates_by_language() -> None:
    assert formats.format_count(3431510) == "3,431,510"
    assert formats.format_count(3431510, "kk") == "3\u00a0431\u00a0510"
    assert formats.format_decimal(86546.654, 2, "ru") == "86\u00a0546,65"
    assert formats.format_percent(Fraction(15, 2), "ru") == "7,5\u00a0%"
    assert formats.format_date("2023-03-19") == "19 March 2023"
    assert formats.format_date("2023-03-19", "kk") == "19.03.2023"


def test_nested_messages_terms_and_lists_render_in_place() -> None:
    tie = msg("tie.describe", tier=msg("tier.constituency", name="Oslo"), seats=1,
              contenders=("A", "B"), rule=Term("rules", "drawing lots (seeded)"), winners=("B",))
    assert render(tie) == ("constituency Oslo: a tie for 1 seat between A, B, resolved by "
                           "drawing lots (seeded) in favour of B")


def test_an_unknown_code_is_an_error_not_a_silent_blank() -> None:
    with pytest.raises(KeyError):
        render(Message("no.such.code"))
