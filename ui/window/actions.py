"""The main window's menus: every command of the menu bar, with its shortcut, in one place.

``build_menus(window)`` gives the window a new menu bar filled from its command methods (the
file commands of ``ui.window.files``, the row edits and analysis windows of ``MainWindow``)
and returns the menus that change later (recent files) or that tests and commands look into.
A language change builds them anew: each action belongs to its menu, and the menus to the
bar, so the old bar takes them all with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox, QWidget

from core.chart.layouts import chart_layouts
from core.io import scenario_file
from core.message import Term
from core.text.languages import SPOKEN
from ui import text as ui_text
from ui.text import shown

translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


@dataclass(frozen=True)
class Menus:
    """The parts of the menu bar that are looked into after it is built."""

    recent: QMenu
    templates: QMenu
    flag_columns: QAction  # View > Party flags (checkable)
    layouts: dict[str, QAction]  # View > Chart layout, by layout id (checkable, exclusive)
    arcs: dict[float, QAction]  # View > Hemicycle arc, by degrees (checkable, exclusive)
    inputs: QAction  # View > Show the inputs (checkable)


def add_action(menu: QMenu, label: str, slot: Callable,
               shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
               ) -> QAction:
    """A menu entry running ``slot``, with an optional shortcut; it belongs to ``menu``."""
    action = QAction(label, menu)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> Menus:
    """File, Edit, View, Analysis, Language and Help, in a new menu bar."""
    bar = QMenuBar(window)
    window.setMenuBar(bar)  # the old bar, its menus and actions are deleted
    recent, templates = _file_menu(window, bar.addMenu(translate("Menus", "&File")))
    _edit_menu(window, bar.addMenu(translate("Menus", "&Edit")))
    view = bar.addMenu(translate("Menus", "&View"))
    flags = _view_menu(window, view)
    layouts, arcs, inputs = _chart_menu(window, view)
    _analysis_menu(window, bar.addMenu(translate("Menus", "&Analysis")))
    _language_menu(window, bar.addMenu(translate("Menus", "&Language")))
    help_menu = bar.addMenu(translate("Menus", "&Help"))
    add_action(help_menu, translate("Menus", "SeatCalc &guide"), window.open_guide,
               QKeySequence.StandardKey.HelpContents)
    add_action(help_menu, translate("Menus", "&Sources of this scenario"),
               lambda: show_sources(window))
    add_action(help_menu, translate("Menus", "&About SeatCalc"), lambda: show_about(window))
    return Menus(recent, templates, flags, layouts, arcs, inputs)


def _file_menu(window: MainWindow, file: QMenu) -> tuple[QMenu, QMenu]:
    add_action(file, translate("Menus", "&New"), window.new_scenario, QKeySequence.New)
    add_action(file, translate("Menus", "&Open…"), window.open_dialog, QKeySequence.Open)
    def fill_presets(presets: QMenu) -> None:
        for name, title in scenario_file.presets(ui_text.language):
            add_action(presets, title or name, lambda _=False, n=name: window.open_spec(
                f"{scenario_file.PRESET_PREFIX}{n}"))

    def fill_templates(templates: QMenu) -> None:
        prefix = translate("Menus", "Template: ")  # as the templates' titles begin
        for name, title in scenario_file.templates(ui_text.language):
            add_action(templates, (title or name).removeprefix(prefix),
                       lambda _=False, n=name: window.open_spec(
                           f"{scenario_file.TEMPLATE_PREFIX}{n}"))

    filled_on_show(file.addMenu(translate("Menus", "Open &built-in scenario")), fill_presets)
    templates = filled_on_show(file.addMenu(translate("Menus", "New from &template")),
                               fill_templates)
    recent = file.addMenu(translate("Menus", "&Recent files"))
    file.addSeparator()
    add_action(file, translate("Menus", "&Save"), window.save, QKeySequence.Save)
    add_action(file, translate("Menus", "Save &As…"), window.save_as, QKeySequence.SaveAs)
    file.addSeparator()
    add_action(file, translate("Menus", "&Import table…"), window.import_dialog, "Ctrl+I")
    add_action(file, translate("Menus", "&Export…"), window.export_dialog, "Ctrl+E")
    file.addSeparator()
    add_action(file, translate("Menus", "&Quit"), window.close, QKeySequence.Quit)
    return recent, templates


def filled_on_show(menu: QMenu, fill: Callable[[QMenu], None]) -> QMenu:
    """``menu``, filled by ``fill`` when it first opens: listing the built-in scenarios reads
    every file for its title (20 ms of the start-up)."""
    def once() -> None:
        if menu.isEmpty():
            fill(menu)

    menu.aboutToShow.connect(once)
    return menu


def _edit_menu(window: MainWindow, edit: QMenu) -> None:
    stack = window.document.undo_stack
    undo = stack.createUndoAction(edit, translate("Menus", "&Undo"))
    undo.setShortcut(QKeySequence.Undo)
    redo = stack.createRedoAction(edit, translate("Menus", "&Redo"))
    redo.setShortcut(QKeySequence.Redo)
    edit.addActions([undo, redo])
    edit.addSeparator()
    add_action(edit, translate("Menus", "Cu&t"), lambda: window.active_view().cut())
    add_action(edit, translate("Menus", "&Copy"), lambda: window.active_view().copy())
    add_action(edit, translate("Menus", "&Paste"), lambda: window.active_view().paste())
    edit.addSeparator()
    add_action(edit, translate("Menus", "&Add party"), window.add_party, "Ctrl+Shift+N")
    add_action(edit, translate("Menus", "&Remove party"), window.remove_parties)
    add_action(edit, translate("Menus", "Add &district"), window.add_district)
    add_action(edit, translate("Menus", "Remove d&istrict"), window.remove_district)
    edit.addSeparator()
    add_action(edit, translate("Menus", "&Merge parties…"), lambda: merge_parties_dialog(window))


def _view_menu(window: MainWindow, view: QMenu) -> QAction:
    tabs = window.tabs
    for i in range(tabs.count()):
        add_action(view, tabs.tabText(i),
                   lambda _=False, i=i: tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
    view.addSeparator()
    flags = add_action(view, translate("Menus", "Party &flags (threshold-exempt, one-person list)"),
                       lambda: window.show_flag_columns(window.document.scenario))
    flags.setCheckable(True)
    return flags


ARCS = (120.0, 150.0, 180.0, 210.0, 240.0, 270.0, 300.0, 360.0)  # View > Hemicycle arc


def _chart_menu(window: MainWindow, view: QMenu
                ) -> tuple[dict[str, QAction], dict[float, QAction], QAction]:
    """View > Chart layout and Hemicycle arc (each one choice, remembered), and the switch
    that hides the inputs so the chart takes the window."""
    view.addSeparator()
    menu = view.addMenu(translate("Menus", "Chart &layout"))
    group = QActionGroup(menu)
    layouts = {}
    for layout in chart_layouts():
        action = add_action(menu, shown(Term("chart", layout.label)),
                            lambda _=False, i=layout.id: window.set_chart_layout(i))
        action.setCheckable(True)
        group.addAction(action)
        layouts[layout.id] = action
    arc_menu = view.addMenu(translate("Menus", "Hemicycle &arc"))
    arc_group = QActionGroup(arc_menu)
    arcs = {}
    for degrees in ARCS:
        action = add_action(arc_menu, f"{degrees:g}°",
                            lambda _=False, d=degrees: window.set_chart_arc(d))
        action.setCheckable(True)
        arc_group.addAction(action)
        arcs[degrees] = action
    inputs = add_action(view, translate("Menus", "Show the &inputs"), window.toggle_inputs,
                        "Ctrl+Shift+I")
    inputs.setCheckable(True)
    inputs.setChecked(True)
    return layouts, arcs, inputs


def _analysis_menu(window: MainWindow, menu: QMenu) -> None:
    add_action(menu, translate("Menus", "Compare &methods…"), lambda: window.open_compare(0),
               "Ctrl+M")
    add_action(menu, translate("Menus", "Compare with other &rules…"),
               lambda: window.open_compare(1))
    add_action(menu, translate("Menus", "&Projection and Monte Carlo…"), window.open_simulation,
               "Ctrl+P")
    add_action(menu, translate("Menus", "&What-if…"),
               lambda: window.tabs.setCurrentWidget(window.whatif_panel))


def _language_menu(window: MainWindow, menu: QMenu) -> None:
    """English, Русский, Қазақша: each written in its own language, the current one ticked."""
    group = QActionGroup(menu)
    for lang, spoken in SPOKEN.items():
        action = add_action(menu, spoken.name, lambda _=False, lang=lang: window.choose_language(
            lang))
        action.setCheckable(True)
        action.setChecked(lang == ui_text.language)
        action.setData(lang)
        group.addAction(action)


def merge_parties_dialog(window: MainWindow) -> None:
    """Edit > Merge parties: one party's votes, candidates, constituency votes and poll shares
    become another's (Labour and Co-operative into Labour), as one undo step."""
    from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout

    from core.model.edits import EditError, merge_parties

    scenario = window.document.scenario
    dialog = QDialog(window)
    dialog.setWindowTitle(translate("Menus", "Merge parties"))
    form = QFormLayout(dialog)
    source, target = QComboBox(), QComboBox()
    for p in scenario.parties:
        source.addItem(p.name, p.id)
        target.addItem(p.name, p.id)
    target.setCurrentIndex(min(1, target.count() - 1))
    form.addRow(translate("Menus", "Merge"), source)
    form.addRow(translate("Menus", "into"), target)
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.Accepted:
        return
    try:
        merged = merge_parties(scenario, source.currentData(), target.currentData())
    except EditError as e:
        QMessageBox.warning(window, translate("Menus", "Merge parties"), escape(str(e)))
        return
    window.document.apply(merged, translate("Menus", "Merge {a} into {b}").format(
        a=source.currentText(), b=target.currentText()))


def show_sources(window: MainWindow) -> None:
    """Help > Sources: where the scenario's figures come from, and its notes."""
    s = window.document.scenario
    title = s.title_in(ui_text.language)
    # Everything here is data from a file: escaped, so a name cannot load an image or a link.
    none_given = translate("Menus", "(none given)")
    sources = ("".join(f"<li>{escape(src)}</li>" for src in s.sources)
               or f"<li>{escape(none_given)}</li>")
    notes = escape(s.notes).replace("\n", "<br>")
    QMessageBox.information(window, translate("Menus", "Sources") + f" — {title}",
                            f"<h3>{escape(title)}</h3><ul>{sources}</ul><p>{notes}</p>")


def show_about(window: QWidget) -> None:
    """Help > About: the version, Qt's, and the licences of what the program bundles."""
    from ui.dialogs.about_dialog import AboutDialog  # lazy: read only when asked

    AboutDialog(window).exec()
