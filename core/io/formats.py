"""Output formats: every file format a Result can be written in, one entry each, by suffix.

An :class:`OutputFormat` carries all that varies between formats: its suffix, a short label
(menus and messages), a longer description, its writer, whether the writer needs Qt, whether
it may run off the UI thread, and the options it takes (``core.options``: e.g. the PNG width,
the chart's layout). The command line's ``export``, its list of known formats, and File > Export
all read this registry. The core registers CSV, JSON, XLSX and SVG below; the UI registers
PNG and PDF (``ui.export.formats``).

A writer is ``write(result, steps, lang, **options) -> bytes``: it returns the file's bytes in
the language ``lang`` ("en", "ru", "kk": headings, sentences and number formats; never the
ids or keys) and calls ``steps(fraction)`` now and then (``core.io.progress.Steps``: progress
and cancel), and :func:`export_result` writes the bytes atomically. Writers import their
modules when called, so listing the formats loads neither openpyxl nor Qt.

Adding a format: write ``my_bytes(result, steps, lang) -> bytes`` in a module of its own and
register an ``OutputFormat`` whose writer imports it (see ``_csv`` below).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.chart.layouts import chosen_options, layout_option, layout_options
from core.io.progress import Steps
from core.io.scenario_file import write_atomic
from core.message import QT_TRANSLATE_NOOP, msg
from core.options import Option, option_values
from core.refusal import Refusal
from core.registry import Registry
from core.text.render import Rendered

if TYPE_CHECKING:
    from core.rules.result import Result

Writer = Callable[..., bytes]
"""``write(result, steps, lang, **options) -> bytes``."""


@dataclass(frozen=True)
class OutputFormat:
    """One file format: ``suffix`` (".csv", lower case), ``label`` ("CSV table"),
    ``description`` (a sentence for tooltips; both English, translated in context
    "formats"), ``write`` (see the module docstring),
    ``needs_qt`` (the writer loads Qt: a QGuiApplication must exist or be creatable),
    ``off_ui_thread`` (the writer may run in a worker thread) and ``options``."""

    suffix: str
    label: str
    description: str
    write: Writer
    needs_qt: bool = False
    off_ui_thread: bool = True
    options: tuple[Option, ...] = ()

    def takes(self, option: str) -> bool:
        """True when this format takes the option called ``option``."""
        return any(o.name == option for o in self.options)


FORMATS: Registry[OutputFormat] = Registry("export format",
                                           "unknown export format {key} (known: {known})")


def register_format(fmt: OutputFormat) -> OutputFormat:
    """Add ``fmt`` to the formats every export offers; a suffix may be registered once."""
    if fmt.suffix != fmt.suffix.lower() or not fmt.suffix.startswith("."):
        raise ValueError(f"format suffix: expected a lower-case '.ext', got {fmt.suffix!r}")
    return FORMATS.register(fmt.suffix, fmt)


def output_formats() -> tuple[OutputFormat, ...]:
    """Every registered format, in registration order (the core's first)."""
    return FORMATS.entries()


def output_format(suffix: str) -> OutputFormat:
    """The format registered for ``suffix`` (".pdf"); ValueError naming the known ones."""
    return FORMATS[suffix or "(no suffix)"]


def format_for(path: str | Path) -> OutputFormat:
    """The format of ``path``'s suffix; ValueError naming the path and the known suffixes."""
    suffix = Path(path).suffix.lower()
    try:
        return output_format(suffix)
    except ValueError:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "unknown export format {suffix} (known: "
                                                   "{known})"), where=str(path),
                      suffix=suffix or "(no suffix)",
                      known=", ".join(f.suffix for f in output_formats())) from None


def format_options() -> dict[str, tuple[Option, tuple[str, ...]]]:
    """Every option the registered formats take, once each (the first format's, by name),
    with the suffixes that take it: the command line's flags, the dialog's fields."""
    found: dict[str, tuple[Option, tuple[str, ...]]] = {}
    for fmt in FORMATS.entries():
        for option in fmt.options:
            first, takers = found.get(option.name, (option, ()))
            found[option.name] = (first, (*takers, fmt.suffix))
    return found


def export_result(result: Result, path: str | Path, *, options: Mapping[str, Any] | None = None,
                  progress: Callable[[float], Any] | None = None,
                  cancel: Callable[[], bool] | None = None, lang: str = "en") -> Path:
    """Write ``result`` to ``path`` in the format of its suffix, in the language ``lang``;
    returns the path.

    ``options`` are the format's (e.g. ``{"width": 1200}`` for PNG; the rest take their
    defaults). ``progress(fraction)`` is called now and then and ``cancel()`` checked at the
    same points (``ExportCancelled``: nothing is written). The file is replaced atomically,
    so a failed or cancelled export leaves an existing file whole. Raises ValueError for an
    unknown suffix or option, naming the known ones.
    """
    path = Path(path)
    fmt = format_for(path)
    values = option_values(fmt.options, options or {},
                           Rendered(msg("formats.the_format", suffix=fmt.suffix)))
    steps = Steps(progress, cancel)
    steps(0.0)
    try:
        data = fmt.write(result, steps, lang, **values)
    except OSError as e:  # a writer's scratch file on a full disk: the file is what failed
        if e.filename:
            raise
        raise OSError(e.errno, e.strerror or str(e), str(path)) from e
    steps(0.99)
    write_atomic(path, data)
    steps(1.0)
    return path


# --------------------------------------------------------------------------- the core's formats


def _csv(result: Result, steps: Steps, lang: str) -> bytes:
    from core.io.results import to_csv

    return to_csv(result, lang).encode("utf-8")


def _json(result: Result, steps: Steps, lang: str) -> bytes:
    from core.io.results import to_json

    return to_json(result, lang).encode("utf-8")


def _xlsx(result: Result, steps: Steps, lang: str) -> bytes:
    from core.io.export import to_xlsx_bytes  # openpyxl: loaded only to write a workbook

    return to_xlsx_bytes(result, steps, lang)


def chart_options() -> tuple[Option, ...]:
    """The options of every format that draws the chart: its layout and the layouts'
    options (``--layout``, ``--arc``)."""
    return (layout_option(), *layout_options())


def _svg(result: Result, steps: Steps, lang: str, layout: str, **options: float) -> bytes:
    from core.chart.svg import result_svg

    # the app's chart, legend and caption included
    return result_svg(result, layout, lang, **chosen_options(layout, options)).encode("utf-8")


register_format(OutputFormat(".csv", QT_TRANSLATE_NOOP("formats", "CSV table"),
                             QT_TRANSLATE_NOOP("formats", "CSV, one row per party"), _csv))
register_format(OutputFormat(".json", "JSON", QT_TRANSLATE_NOOP(
    "formats", "JSON (the compute --format json object)"), _json))
register_format(OutputFormat(
    ".xlsx", QT_TRANSLATE_NOOP("formats", "Excel workbook"),
    QT_TRANSLATE_NOOP("formats", "Excel workbook: results, party votes, districts, rules, "
                                 "explanation"), _xlsx))
register_format(OutputFormat(".svg", QT_TRANSLATE_NOOP("formats", "Chart as SVG vector drawing"),
                             QT_TRANSLATE_NOOP("formats", "the parliament chart as a vector SVG"),
                             _svg, options=chart_options()))
