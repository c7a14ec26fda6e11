"""Every export format in one place: the core's (CSV, JSON, XLSX, SVG) and Qt's (PNG, PDF).

Used by File > Export and by ``main.py export SCENARIO --to OUT.png|OUT.pdf``
(:func:`export_command`). PNG is painted by a widget, so it runs on the UI thread; every
other format may run in a worker thread (:func:`runs_in_worker`).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.io.export import CORE_FORMATS, export_result
from core.rules.result import Result

QT_FORMATS = {
    ".png": "the parliament chart as a PNG image",
    ".pdf": "a PDF report: rules, chart, results, threshold test, explanation",
}
ALL_FORMATS = {**CORE_FORMATS, **QT_FORMATS}
DEFAULT_PNG_WIDTH = 2400  # pixels: 20 cm at 300 dpi


def runs_in_worker(path: str | Path) -> bool:
    """True when the format of ``path`` can be written off the UI thread (all but PNG)."""
    return Path(path).suffix.lower() != ".png"


def write_export(result: Result, path: str | Path, *, png_width: int = DEFAULT_PNG_WIDTH,
                 progress: Callable[[float], Any] | None = None,
                 cancel: Callable[[], bool] | None = None) -> Path:
    """Write ``result`` to ``path`` in the format of its suffix (:data:`ALL_FORMATS`).

    ``png_width`` is the PNG's width in pixels. Raises ValueError for an unknown suffix and
    ``core.io.export.ExportCancelled`` when ``cancel()`` returns True (nothing written).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from ui.export.report import write_pdf

        return write_pdf(result, path, progress=progress, cancel=cancel)
    if suffix == ".png":
        return _write_png(result, path, png_width)
    if suffix in CORE_FORMATS:  # SVG too: the chart as previewed and in the PDF
        return export_result(result, path, progress=progress, cancel=cancel)
    raise ValueError(f"{path.name}: unknown export format {suffix or '(no suffix)'} "
                     f"(known: {', '.join(ALL_FORMATS)})")


def _write_png(result: Result, path: Path, width: int) -> Path:
    """The chart as a PNG ``width`` pixels wide, written beside ``path`` then renamed."""
    from ui.chart.chart_export import export_png

    if not 100 <= width <= 20000:
        raise ValueError(f"PNG width: expected 100 to 20000 pixels, got {width}")
    tmp = path.with_name(f".{path.stem}.tmp.png")
    try:
        export_png(result, tmp, width)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def export_command(args: argparse.Namespace) -> int:
    """`export SCENARIO --to OUT` for every format, without a screen (PNG and PDF need Qt)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from core.io import scenario_file
    from core.rules.allocate import allocate
    from ui.app import application

    result = allocate(scenario_file.load(args.scenario))
    application()
    write_export(result, args.to, png_width=getattr(args, "width", None) or DEFAULT_PNG_WIDTH)
    return 0
