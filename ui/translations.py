"""The window's language: Qt's translators, the locale of numbers, and ``ui.text.language``.

:func:`set_language` installs two ``QTranslator``s, ours (``resources/i18n/seatcalc_<lang>``)
and Qt's own for its dialogs and standard buttons (``qtbase_<lang>``; Kazakh, which
PySide6 6.10 lacks, falls back to Russian for those alone), sets the default ``QLocale``
(spin boxes write ``5,5 %`` in Russian and Kazakh) and ``ui.text.language`` (the core's
words). Installing a translator sends every widget a LanguageChange: they retranslate
(``ui.text.Retranslated``).

Qt reads compiled translations (``.qm``); the repository keeps only the sources (``.ts``).
A package carries them compiled (``build_spec/seatcalc.spec`` runs ``pyside6-lrelease`` at
build time). A source checkout compiles each on first use with the ``lrelease`` that ships
in PySide6, into the cache folder under a name made of the source's hash, so an edited
``.ts`` is compiled again and a stale ``.qm`` is never read (docs/translations.md).
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    QTranslator,
)

from core.resources import resource_path
from core.text.languages import SPOKEN, language_of_locale
from ui import text
from ui.settings import LANGUAGE, Settings

log = logging.getLogger("seatcalc.translations")
LRELEASE_TIMEOUT_S = 60
_installed: list[QTranslator] = []  # kept alive while installed (Qt does not own them)


def set_language(lang: str) -> None:
    """Show the window in ``lang`` ("en", "ru", "kk") from now on: every open widget
    retranslates (a QApplication must exist)."""
    app = QCoreApplication.instance()
    text.language = lang
    QLocale.setDefault(QLocale(SPOKEN[lang].locale))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for translator in (_ours(lang), _qt_own(lang)):
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)


def initial_language(settings: Settings, given: str | None = None) -> str:
    """The language to start in: ``given`` (the command line's ``--lang``), else the one
    chosen in the Language menu, else ``SEATCALC_LANG``, else the system's, else English."""
    for candidate in (given, settings.get(LANGUAGE), os.environ.get("SEATCALC_LANG"),
                      QLocale.system().name()):
        lang = language_of_locale(candidate)
        if lang:
            return lang
    return "en"


def _ours(lang: str) -> QTranslator | None:
    qm = qm_file(lang)
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        return None
    return translator


def _qt_own(lang: str) -> QTranslator | None:
    """Qt's translation of its own dialogs and buttons (``qtbase_<lang>``, else the fallback
    language's), from PySide6's translations folder."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for code in (lang, SPOKEN[lang].qt_fallback):
        translator = QTranslator()
        if code and translator.load(f"qtbase_{code}", folder):
            return translator
    return None


def qm_file(lang: str) -> Path | None:
    """The compiled translation of ``lang``: the package's, or the source's compiled into
    the cache on first use; None when there is none (English, or no lrelease)."""
    if lang not in SPOKEN or lang == "en":
        return None
    bundled = resource_path("i18n", f"seatcalc_{lang}.qm")
    if bundled.is_file():
        return bundled
    source = resource_path("i18n", f"seatcalc_{lang}.ts")
    if not source.is_file():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    compiled = cache_dir() / f"seatcalc_{lang}-{digest}.qm"
    if not compiled.is_file():
        try:
            compile_ts(source, compiled)
        except (OSError, subprocess.SubprocessError) as e:
            log.warning("could not compile %s: %s; the window stays in English", source, e)
            return None
    return compiled


def cache_dir() -> Path:
    """Where compiled translations go: $SEATCALC_CACHE_DIR, else the per-user cache folder."""
    env = os.environ.get("SEATCALC_CACHE_DIR")
    base = Path(env) if env else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    folder = base / "i18n"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def lrelease() -> Path:
    """PySide6's ``lrelease`` (``pyside6-lrelease`` runs the same program)."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def compile_ts(source: Path, target: Path) -> None:
    """Compile ``source`` (.ts) into ``target`` (.qm), atomically: two programs starting at
    once may both compile, and each replaces the file whole."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".qm", dir=target.parent)
    os.close(fd)
    try:
        subprocess.run([str(lrelease()), "-silent", str(source), "-qm", tmp], check=True,
                       capture_output=True, timeout=LRELEASE_TIMEOUT_S)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a package's copy is read by all
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
