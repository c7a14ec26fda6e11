"""Fuzzing the command line with hostile scenario files (issue 11): valid files from the
built-in scenarios and templates, mutated at random, go through ``main.main(["compute", ...])``
in-process. The invariant: a result (exit 0), or exit 2 with exactly one ``error: <field>:
<what>`` line; never a traceback, never exit 1, always within seconds.

The normal run tries a few dozen files; ``pytest -m fuzz`` tries thousands.
"""

from __future__ import annotations

import contextlib
import io
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import main
from core.io import scenario_file

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*ROOT.glob("resources/scenarios/*.seats.json"),
                  *ROOT.glob("resources/templates/*.seats.json")])
HOSTILE_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=False), st.sampled_from([1e308, -0.0, 0.5, 1e-300]),
    st.text(max_size=20), st.sampled_from(["", "\n", "a\nerror: forged", "\ud800", "1e400",
                                           "1e100000000", "2/3", "=HYPERLINK(1)", "<b>x</b>"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                         max_size=3),
)


def _paths(node, prefix=()):
    """Every path to a value inside a decoded JSON document."""
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node[:5]):
            yield from _paths(v, (*prefix, i))


@st.composite
def hostile_files(draw) -> str:
    data = json.loads(draw(st.sampled_from(SOURCES)).read_text(encoding="utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(data) if p]
        path = draw(st.sampled_from(paths))
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "delete", "unknown", "duplicate"]))
        if action == "replace":
            parent[path[-1]] = draw(HOSTILE_VALUES)
        elif action == "delete":
            del parent[path[-1]]
        elif action == "unknown" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=8))] = draw(HOSTILE_VALUES)
        elif isinstance(parent, list) and parent:
            parent.append(parent[0])  # a duplicated party, district or constituency
    text = json.dumps(data, ensure_ascii=False)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]  # a file cut short
    return text


def _compute(path: Path) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main.main(["compute", str(path), "--format", "json"])
    return status, err.getvalue()


@pytest.mark.parametrize("examples", [pytest.param(30, id="quick"),
                                      pytest.param(3000, id="long", marks=pytest.mark.fuzz)])
def test_hostile_scenario_files_get_a_result_or_one_error_line(tmp_path, examples) -> None:
    path = tmp_path / "fuzzed.seats.json"

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(hostile_files())
    def check(text: str) -> None:
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        start = time.perf_counter()
        status, err = _compute(path)
        assert time.perf_counter() - start < 60  # a hang guard, not a timing
        assert status in (0, 2), err
        if status == 2:
            assert err.count("\n") == 1, err
            assert err.startswith("error: ")
            assert "Traceback" not in err

    check()


def test_the_sources_are_valid_to_begin_with() -> None:
    for source in SOURCES:
        scenario_file.load(str(source))
