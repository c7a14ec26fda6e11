"""SeatCalc's version: one number, written once, as ``version`` in pyproject.toml's [project].

Everything that shows a version (``seatcalc --version``, Help > About, the PDF report's
footer, the package file names) asks :func:`version`. Installed (pip, or the PyInstaller
bundle, which carries a minimal ``seatcalc-VERSION.dist-info``) the number comes from the
package metadata. In a source tree the pyproject.toml beside the code is read instead: it
is what the metadata is made from, and an editable install's metadata keeps the number it
had when it was installed, so after a version bump it would be stale.

Computed on first use, not at import: ``importlib.metadata`` alone takes about 70 ms to
import here, which the window's start-up should not pay.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DISTRIBUTION = "seatcalc"
SOURCE_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@cache
def version() -> str:
    """The version of SeatCalc, e.g. ``0.1.0``."""
    source = source_version(SOURCE_PYPROJECT)
    if source is not None:
        return source
    from importlib.metadata import version as installed_version

    return installed_version(DISTRIBUTION)


def source_version(pyproject: Path) -> str | None:
    """The [project] version in ``pyproject``, if it is SeatCalc's; None if there is no such
    file (an installed or bundled SeatCalc has none beside its code)."""
    try:
        data = pyproject.read_bytes()
    except FileNotFoundError:
        return None
    import tomllib

    project = tomllib.loads(data.decode("utf-8")).get("project", {})
    return project["version"] if project.get("name") == DISTRIBUTION else None
