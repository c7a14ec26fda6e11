"""The core/UI wall, enforced by import-linter: ``core`` never imports Qt, pyqtgraph or ``ui``.

The second test proves the contract bites: the project's own [tool.importlinter] section,
run on a throwaway tree whose core imports PySide6 (or ui, or pyqtgraph lazily), fails.
"""

import os
import subprocess
import sys
from pathlib import Path

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


def test_core_never_imports_qt_pyqtgraph_or_ui() -> None:
    run = _lint(ROOT, ROOT / "pyproject.toml")
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"{CONTRACT} KEPT" in run.stdout
    assert "0 broken" in run.stdout


@pytest.mark.parametrize(("probe", "forbidden"), [
    ("import PySide6\n", "PySide6"),
    ("def later():\n    from pyqtgraph import exporters\n", "pyqtgraph"),
    ("from ui import window\n", "ui"),
])
def test_the_contract_fails_when_core_imports_the_forbidden(tmp_path: Path, probe: str,
                                                            forbidden: str) -> None:
    for package in ("core", "ui"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "ui" / "window.py").write_text("import PySide6\n")
    (tmp_path / "core" / "methods.py").write_text("import fractions\n")
    (tmp_path / "core" / "_probe.py").write_text(probe)
    config = tmp_path / "pyproject.toml"
    config.write_text(_importlinter_section(), encoding="utf-8")
    run = _lint(tmp_path, config)
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"{CONTRACT} BROKEN" in run.stdout
    assert f"core is not allowed to import {forbidden}" in run.stdout
    assert f"core._probe -> {forbidden}" in run.stdout


def test_the_tree_is_ruff_clean() -> None:
    # The house rules of pyproject.toml [tool.ruff] (pandas only in core/io, no prints in
    # the core, ...) hold on every commit, not only where someone remembered to run ruff.
    run = subprocess.run([str(Path(sys.executable).parent / "ruff"), "check", "--no-cache",
                          str(ROOT)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
