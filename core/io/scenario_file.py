"""Scenario files: load by path, ``preset:NAME`` or ``template:NAME``; list them; save atomically.

Presets are real elections; templates are rule sets of other countries' systems that an
analyst starts from (placeholder parties and votes, except the US House: 2020 census).
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path

from core.io.scenario_reader import parse_scenario
from core.io.scenario_writer import scenario_json
from core.message import QT_TRANSLATE_NOOP
from core.model.scenario import Scenario, ScenarioError
from core.refusal import Refusal
from core.resources import resource_path

PRESET_PREFIX = "preset:"
TEMPLATE_PREFIX = "template:"
SUFFIX = ".seats.json"


def preset_dir() -> Path:
    """The folder of the built-in scenarios."""
    return resource_path("scenarios")


def template_dir() -> Path:
    """The folder of the rule templates."""
    return resource_path("templates")


def presets(lang: str = "en") -> list[tuple[str, str]]:
    """Built-in scenarios as (name, title in ``lang``), sorted by name."""
    return _listing(preset_dir(), lang)


def templates(lang: str = "en") -> list[tuple[str, str]]:
    """Rule templates as (name, title in ``lang``), sorted by name."""
    return _listing(template_dir(), lang)


def _listing(folder: Path, lang: str) -> list[tuple[str, str]]:
    out = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        title = (data.get("titles") or {}).get(lang) or data.get("title", "")
        out.append((path.name.removesuffix(SUFFIX), title))
    return out


def scenario_path(spec: str) -> Path:
    """The file behind ``preset:NAME``, ``template:NAME`` or a path; ``ScenarioError`` if
    there is none."""
    for prefix, folder, listing, missing in (
        (PRESET_PREFIX, preset_dir(), presets,
         QT_TRANSLATE_NOOP("refusal", "no such built-in scenario (known: {known})")),
        (TEMPLATE_PREFIX, template_dir(), templates,
         QT_TRANSLATE_NOOP("refusal", "no such template (known: {known})")),
    ):
        if spec.startswith(prefix):
            path = folder / f"{spec.removeprefix(prefix)}{SUFFIX}"
            if not path.is_file():
                raise ScenarioError(spec, missing, known=", ".join(n for n, _ in listing()))
            return path
    path = Path(spec)
    if not path.is_file():
        raise ScenarioError(spec, QT_TRANSLATE_NOOP("refusal", "no such file"))
    return path


def load(spec: str) -> Scenario:
    """Read and validate a scenario from a path or ``preset:NAME``."""
    path = scenario_path(spec)
    try:
        text = path.read_text(encoding="utf-8-sig")  # Windows editors write a BOM
    except UnicodeDecodeError:
        raise ScenarioError("file", QT_TRANSLATE_NOOP("refusal", "not UTF-8 text")) from None
    except OSError as e:
        raise ScenarioError(spec, QT_TRANSLATE_NOOP("refusal", "cannot be read ({why})"),
                            why=e.strerror) from None
    return parse_scenario(text)


def save(scenario: Scenario, path: str | os.PathLike[str]) -> None:
    """Write ``scenario`` atomically: a temporary file beside it, flushed, then renamed."""
    write_atomic(Path(path), scenario_json(scenario).encode("utf-8"))


def refuse_overwriting(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Refuse to write ``target`` when it is the input file ``source`` (the same file by any
    path or link): the input would be destroyed. ``preset:`` and ``template:`` sources are
    built in and never written."""
    if str(source).startswith((PRESET_PREFIX, TEMPLATE_PREFIX)):
        return
    try:
        same = Path(target).exists() and os.path.samefile(source, target)
    except OSError:
        same = False
    if same:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "{target} is the input file; writing there "
                                                   "would destroy it (choose another name)"),
                      where="--to", target=str(target))


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file whole.

    A symbolic link is written through: its target gets the new data, the link stays."""
    path = Path(os.path.realpath(path))
    folder = path.parent
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder to write into", str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _mode_for(path))  # mkstemp makes it private (0600)
        os.replace(tmp, path)
    except OSError as e:  # a full disk names no file: say which one could not be written
        Path(tmp).unlink(missing_ok=True)
        raise OSError(e.errno, e.strerror or str(e), str(path)) from e
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permissions the file keeps, or a new file's usual ones under the umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
