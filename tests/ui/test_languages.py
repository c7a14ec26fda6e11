"""The window in Russian and Kazakh (issue 13): switched while it runs, every visible text,
tooltip, header and menu is in the new language (names from the scenario aside), numbers
are written the language's way, and it comes back to English."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import html
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from core.io import scenario_file
from core.model.scenario import Scenario
from ui import text as ui_text
from ui.application import add_fonts
from ui.dialogs.compare_view import DEFAULT_RULES
from ui.translations import initial_language, qm_file
from ui.window.main_window import flush_events_until_result

ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
# Names of programs, formats and units a translated window may show as they are;
# "English" is the Language menu's entry, in its own language.
KEPT = {"SeatCalc", "CSV", "JSON", "XLSX", "PDF", "PNG", "SVG", "px", "dpi", "English"}
KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"


def data_names(s: Scenario) -> list[str]:
    """The names a scenario brings (data: shown as entered, in any language)."""
    names = [p.name for p in s.parties] + [a.name for a in s.appointed]
    for d in s.district_tier.districts:
        names += [d.name, *(c.name for c in d.candidates)]
    names += [c.name for c in s.list_tier.constituencies or ()]
    return sorted(set(names), key=len, reverse=True)


def plain(text: str) -> str:
    """What a text reads: markup, colour codes (#1f5aa6), the field paths of a refusal
    (``list_tier.constituencies 'central'``) and the file's keys and values a tooltip quotes
    (``national_table``): JSON keys and ids, never translated, out."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text or ""))
    text = re.sub(r"\b[a-z_]+(?:\.[a-z_]+|\[\d+\])+(?: '[^']*')?", " ", text)
    text = re.sub(r"\b[a-z]+(?:_[a-z]+)+\b", " ", text)
    return re.sub(r"#[0-9a-fA-F]{6}", " ", text)


def model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    # A list widget's model has one column (its columnCount is private in Qt).
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
        for row in range(min(model.rowCount(QModelIndex()), 40)):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                yield "" if value is None else str(value)


def widget_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every visible widget of ``top``: texts, items, tooltips, headers."""
    if top.isWindow():
        yield "title", top.windowTitle()
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        where = type(w).__name__
        yield f"{where} tooltip", w.toolTip()
        if isinstance(w, QLabel):
            yield where, w.text()
        elif isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where, w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where, w.tabText(i)
        elif isinstance(w, QAbstractSpinBox):
            yield where, w.text()
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from ((where, t) for t in model_texts(w))


def menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    menu.aboutToShow.emit()  # menus filled when they open (built-in scenarios, templates)
    yield "menu", menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_texts(action.menu())
        elif not action.isSeparator():
            yield "menu", action.text()


def english_left(texts: Iterator[tuple[str, str]], names: list[str]) -> list[tuple[str, str]]:
    found = []
    for where, text in texts:
        shown = plain(text)
        for name in names:  # data, shown as entered
            shown = shown.replace(name, " ")
        words = set(ENGLISH_WORD.findall(shown)) - KEPT
        if words:
            found.append((where, f"{sorted(words)} in {text!r}"))
    return found


def switch(window, lang: str, qtbot) -> None:
    window.choose_language(lang)
    for _ in range(3):  # LanguageChange is posted to every window, then to its children
        QCoreApplication.processEvents()
    flush_events_until_result(window)


def everything_shown(window, qtbot) -> list[tuple[str, str]]:
    """Every tab of the main window in turn, its menus, chart and the analysis windows."""
    texts = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QCoreApplication.processEvents()
        if window.tabs.currentWidget() in (window.analysis_panel, window.coalition_panel):
            window.tabs.currentWidget().wait()
            QCoreApplication.processEvents()
        texts += list(widget_texts(window))
    for action in window.menuBar().actions():
        texts += list(menu_texts(action.menu()))
    texts += [("chart", window.chart.legend_text()), ("chart", window.chart._majority_text),
              ("chart", window.chart._total_label.toPlainText()),
              *(("chart tooltip", tip) for tip in window.chart.tooltips())]
    for dialog in (window.compare_dialog, window.simulation_dialog):
        dialog.wait()
        QCoreApplication.processEvents()
        for i in range(getattr(dialog, "tabs", QTabWidget()).count()):
            dialog.tabs.setCurrentIndex(i)
            QCoreApplication.processEvents()
            texts += list(widget_texts(dialog))
        texts += list(widget_texts(dialog))
    return texts


def open_analysis_windows(window, qtbot) -> None:
    window.open_compare(1)
    window.open_simulation()
    simulation = window.simulation_dialog
    simulation.runs.setValue(200)
    simulation.run()
    simulation.wait()
    QCoreApplication.processEvents()
    window.compare_dialog.wait()
    QCoreApplication.processEvents()


@pytest.mark.parametrize("spec", ["preset:kz-2023", "template:nz", "template:scotland"])
def test_each_language_leaves_no_english_word_and_english_comes_back(make_window, qtbot,
                                                                     spec) -> None:
    scenario = scenario_file.load(spec)
    window = make_window(scenario)
    open_analysis_windows(window, qtbot)
    # The compare window also shows the names of the rules it compares with (data too).
    names = data_names(scenario) + data_names(scenario_file.load(DEFAULT_RULES))
    english = everything_shown(window, qtbot)
    assert ("QTabWidget", "Parties") in english
    for lang in ("ru", "kk"):
        switch(window, lang, qtbot)
        assert ui_text.language == lang
        left = english_left(iter(everything_shown(window, qtbot)), names)
        assert not left, f"{lang}: {len(left)} English texts, e.g. {sorted(set(left))[:40]}"
    switch(window, "en", qtbot)
    back = everything_shown(window, qtbot)
    assert ("QTabWidget", "Parties") in back
    assert window.menuBar().actions()[0].text() == "&File"
    window.simulation_dialog.close()
    window.compare_dialog.close()


def test_numbers_follow_the_language(window, qtbot) -> None:
    switch(window, "ru", qtbot)
    assert window.against_all.text() == "248\u00a0291"
    assert "54,19\u00a0%" in window.turnout.text()
    assert window.results_panel.row("Amanat")["Голоса, %"] == "53,90"
    assert window.rules.threshold.text() == "5,00 %"  # the spin box in the Russian locale
    assert window.chart.legend_text().splitlines()[0] == "Amanat 62 (+1)"
    assert window.chart._total_label.toPlainText() == "98 мест"
    switch(window, "kk", qtbot)
    assert window.chart._total_label.toPlainText() == "98 орын"  # the noun stays singular
    assert window.tabs.tabText(0) == "Партиялар"
    assert window.windowTitle().endswith("SeatCalc")
    assert window.title_label.text().startswith("Қазақстан, Мәжіліс")  # the preset's titles
    switch(window, "en", qtbot)
    assert window.against_all.text() == "248,291"


def test_a_typed_vote_is_refused_in_the_window_language(window, qtbot) -> None:
    switch(window, "kk", qtbot)
    model = window.party_model
    assert not model.setData(model.index(0, 2), "12,5x")
    assert "дауыстардың бүтін саны күтілді" in window.message.text()
    assert window.document.scenario.parties[0].votes == 3_431_510


def test_qts_own_buttons_follow_and_kazakh_falls_back_to_russian(window, qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    switch(window, "ru", qtbot)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"
    switch(window, "kk", qtbot)  # PySide6 6.10 has no qtbase_kk: Russian, for Qt's own words
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"
    assert QLocale().name() == "kk_KZ"
    switch(window, "en", qtbot)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_the_menu_offers_each_language_in_its_own_words(window) -> None:
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Language")
    assert [a.text() for a in menu.actions()] == ["English", "Русский", "Қазақша"]
    assert [a.isChecked() for a in menu.actions()] == [True, False, False]


def test_the_first_start_follows_the_system_and_then_the_setting(monkeypatch) -> None:
    from ui.settings import LANGUAGE, Settings

    class Store:
        def __init__(self, value=None):
            self.value_ = value

        def value(self, key):
            return self.value_

    monkeypatch.delenv("SEATCALC_LANG")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("kk_KZ")))
    assert initial_language(Settings(Store())) == "kk"  # first start: the system's
    assert initial_language(Settings(Store("ru"))) == "ru"  # then the menu's choice
    assert initial_language(Settings(Store("ru")), "en") == "en"  # --lang wins
    assert LANGUAGE.default == ""


def test_translations_compile_once_into_the_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SEATCALC_CACHE_DIR", str(tmp_path))
    first = qm_file("ru")
    assert first is not None
    assert first.parent == tmp_path / "i18n"
    assert first.read_bytes()[:4] == b"\x3c\xb8\x64\x18"  # Qt's .qm magic
    stamp = first.stat().st_mtime_ns
    assert qm_file("ru") == first
    assert first.stat().st_mtime_ns == stamp  # not compiled again
    assert qm_file("en") is None


def test_every_kazakh_letter_has_a_glyph_in_the_window_font(qapp) -> None:
    add_fonts()
    for family in (QFont().family(), "DejaVu Sans"):
        metrics = QFontMetrics(QFont(family))
        missing = [c for c in KAZAKH_LETTERS if not metrics.inFontUcs4(ord(c))]
        assert not missing, f"{family} lacks {missing}"
