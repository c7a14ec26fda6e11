"""The architecture, enforced by import-linter: ``core`` never imports Qt, pyqtgraph or
``ui``, and the packages of each keep their layers (pyproject.toml [tool.importlinter]).

The contracts are shown to bite: the project's own [tool.importlinter] section, run on a
throwaway tree whose core imports PySide6 (or ui, or pyqtgraph lazily), or whose lower layer
imports a higher one, fails. And no module of ``ui`` takes part in an import cycle.
"""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
CONTRACT = "The core never imports Qt, pyqtgraph or the UI"


def _lint(cwd: Path, config: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo", str(config)],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def _importlinter_section() -> str:
    """The [tool.importlinter] tables of pyproject.toml, verbatim."""
    lines, keep = [], False
    for line in (ROOT / "pyproject.toml").read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            keep = line.lstrip("[").startswith("tool.importlinter")
        if keep:
            lines.append(line)
    return "\n".join(lines) + "\n"


def _layered_modules() -> set[str]:
    """Every module a layers contract of pyproject.toml names."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    return {name.strip() for c in contracts if c["type"] == "layers"
            for layer in c["layers"] for name in layer.split("|")}


def _skeleton(tmp_path: Path) -> None:
    """A throwaway tree with every layered package (empty) and a PySide6-using ui.window."""
    for module in sorted({"core", "ui", *_layered_modules(), "ui.window"}):
        folder = tmp_path.joinpath(*module.split("."))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "__init__.py").write_text("")
    (tmp_path / "ui" / "window" / "main_window.py").write_text("import PySide6\n")
    (tmp_path / "core" / "rules" / "methods.py").write_text("import fractions\n")
    config = tmp_path / "pyproject.toml"
    config.write_text(_importlinter_section(), encoding="utf-8")


def test_the_import_contracts_hold() -> None:
    run = _lint(ROOT, ROOT / "pyproject.toml")
    assert run.returncode == 0, run.stdout + run.stderr
    for contract in (CONTRACT, "The core's layers", "The UI's layers"):
        assert f"{contract} KEPT" in run.stdout
    assert "0 broken" in run.stdout


@pytest.mark.parametrize(("probe", "forbidden"), [
    ("import PySide6\n", "PySide6"),
    ("def later():\n    from pyqtgraph import exporters\n", "pyqtgraph"),
    ("from ui import window\n", "ui"),
])
def test_the_contract_fails_when_core_imports_the_forbidden(tmp_path: Path, probe: str,
                                                            forbidden: str) -> None:
    _skeleton(tmp_path)
    (tmp_path / "core" / "_probe.py").write_text(probe)
    run = _lint(tmp_path, tmp_path / "pyproject.toml")
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"{CONTRACT} BROKEN" in run.stdout
    assert f"core is not allowed to import {forbidden}" in run.stdout
    assert f"core._probe -> {forbidden}" in run.stdout


@pytest.mark.parametrize(("module", "probe", "contract", "words"), [
    # The chart drawing the export registry: a lower layer importing a higher one.
    ("core/chart/svg.py", "from core.io import formats\n", "The core's layers",
     "core.chart.svg -> core.io (l.1)"),
    # Siblings of one layer may not import each other, lazily neither.
    ("core/simulate/batch.py", "def later():\n    from core.analysis import explain\n",
     "The core's layers", "core.simulate.batch -> core.analysis (l.2)"),
    # The circle issue 12 found: an export helper reaching up into the app.
    ("ui/export/files.py", "def later():\n    from ui.app import application\n",
     "The UI's layers", "ui.export.files -> ui.app (l.2)"),
])
def test_a_layer_violation_is_caught(tmp_path: Path, module: str, probe: str, contract: str,
                                     words: str) -> None:
    _skeleton(tmp_path)
    clean = _lint(tmp_path, tmp_path / "pyproject.toml")
    assert clean.returncode == 0, clean.stdout + clean.stderr  # the skeleton itself is fine
    (tmp_path / module).write_text(probe)
    run = _lint(tmp_path, tmp_path / "pyproject.toml")
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"{contract} BROKEN" in run.stdout
    assert words in run.stdout


def import_cycles(package: str, path: Path) -> list[list[str]]:
    """The import cycles among the modules of ``package`` (found under ``path``): each a
    strongly connected group of modules that import each other, lazily or not. Imports made
    only for type checking (``if TYPE_CHECKING:``) run never, so they make no cycle."""
    sys.path.insert(0, str(path))
    try:
        graph = grimp.build_graph(package, cache_dir=None, exclude_type_checking_imports=True)
    finally:
        sys.path.remove(str(path))
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while not group or group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1 or module in graph.find_modules_directly_imported_by(module):
                cycles.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return cycles


def test_ui_has_no_import_cycle() -> None:
    assert import_cycles("ui", ROOT) == []


def test_an_import_cycle_is_found(tmp_path: Path) -> None:
    package = tmp_path / "loop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from loop import b\n")
    (package / "b.py").write_text("def later():\n    from loop import c\n")
    (package / "c.py").write_text("import loop.a\n")
    (package / "d.py").write_text("from loop import a\n")  # imports the cycle, not in it
    assert import_cycles("loop", tmp_path) == [["loop.a", "loop.b", "loop.c"]]


def test_the_tree_is_ruff_clean() -> None:
    # The house rules of pyproject.toml [tool.ruff] (pandas only in core/io, no prints in
    # the core, ...) hold on every commit, not only where someone remembered to run ruff.
    run = subprocess.run([str(Path(sys.executable).parent / "ruff"), "check", "--no-cache",
                          str(ROOT)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_core_type_checks() -> None:
    # The [tool.mypy] settings of pyproject.toml (strict) over core/, on every commit.
    run = subprocess.run([str(Path(sys.executable).parent / "mypy")], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Success: no issues found" in run.stdout
