"""The main window's menus: every command of the menu bar, with its shortcut, in one place.

``build_menus(window)`` fills the window's menu bar from its command methods (the file
commands of ``ui.window.files``, the row edits and analysis windows of ``MainWindow``) and
returns the menus that change later (recent files) or that tests and commands look into.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from core.chart.layouts import chart_layouts
from core.io import scenario_file
from core.message import Term
from ui.text import shown

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


def add_action(owner: QWidget, menu: QMenu, text: str, slot: Callable,
               shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
               ) -> QAction:
    """A menu entry running ``slot``, with an optional shortcut."""
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> Menus:
    """File, Edit, View, Analysis and Help."""
    bar = window.menuBar()
    recent, templates = _file_menu(window, bar.addMenu("&File"))
    _edit_menu(window, bar.addMenu("&Edit"))
    view = bar.addMenu(window.tr("&View"))
    flags = _view_menu(window, view)
    layouts, arcs, inputs = _chart_menu(window, view)
    _analysis_menu(window, bar.addMenu("&Analysis"))
    help_menu = bar.addMenu("&Help")
    add_action(window, help_menu, window.tr("SeatCalc &guide"), window.open_guide,
               QKeySequence.StandardKey.HelpContents)
    add_action(window, help_menu, "&Sources of this scenario", lambda: show_sources(window))
    add_action(window, help_menu, "&About SeatCalc", lambda: show_about(window))
    return Menus(recent, templates, flags, layouts, arcs, inputs)


def _file_menu(window: MainWindow, file: QMenu) -> tuple[QMenu, QMenu]:
    add_action(window, file, "&New", window.new_scenario, QKeySequence.New)
    add_action(window, file, "&Open…", window.open_dialog, QKeySequence.Open)
    presets = file.addMenu("Open &built-in scenario")
    for name, title in scenario_file.presets():
        add_action(window, presets, title or name,
                   lambda _=False, n=name: window.open_spec(f"{scenario_file.PRESET_PREFIX}{n}"))
    templates = file.addMenu("New from &template")
    for name, title in scenario_file.templates():
        add_action(window, templates, (title or name).removeprefix("Template: "),
                   lambda _=False, n=name: window.open_spec(
                       f"{scenario_file.TEMPLATE_PREFIX}{n}"))
    recent = file.addMenu("&Recent files")
    file.addSeparator()
    add_action(window, file, "&Save", window.save, QKeySequence.Save)
    add_action(window, file, "Save &As…", window.save_as, QKeySequence.SaveAs)
    file.addSeparator()
    add_action(window, file, "&Import table…", window.import_dialog, "Ctrl+I")
    add_action(window, file, "&Export…", window.export_dialog, "Ctrl+E")
    file.addSeparator()
    add_action(window, file, "&Quit", window.close, QKeySequence.Quit)
    return recent, templates


def _edit_menu(window: MainWindow, edit: QMenu) -> None:
    stack = window.document.undo_stack
    undo = stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence.Undo)
    redo = stack.createRedoAction(window, "&Redo")
    redo.setShortcut(QKeySequence.Redo)
    edit.addActions([undo, redo])
    edit.addSeparator()
    add_action(window, edit, "Cu&t", lambda: window.active_view().cut())
    add_action(window, edit, "&Copy", lambda: window.active_view().copy())
    add_action(window, edit, "&Paste", lambda: window.active_view().paste())
    edit.addSeparator()
    add_action(window, edit, "&Add party", window.add_party, "Ctrl+Shift+N")
    add_action(window, edit, "&Remove party", window.remove_parties)
    add_action(window, edit, "Add &district", window.add_district)
    add_action(window, edit, "Remove d&istrict", window.remove_district)


def _view_menu(window: MainWindow, view: QMenu) -> QAction:
    tabs = window.tabs
    for i in range(tabs.count()):
        add_action(window, view, tabs.tabText(i),
                   lambda _=False, i=i: tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
    view.addSeparator()
    flags = add_action(window, view, "Party &flags (threshold-exempt, one-person list)",
                       lambda: window.show_flag_columns(window.document.scenario))
    flags.setCheckable(True)
    return flags


ARCS = (120.0, 150.0, 180.0, 210.0, 240.0, 270.0, 300.0, 360.0)  # View > Hemicycle arc


def _chart_menu(window: MainWindow, view: QMenu
                ) -> tuple[dict[str, QAction], dict[float, QAction], QAction]:
    """View > Chart layout and Hemicycle arc (each one choice, remembered), and the switch
    that hides the inputs so the chart takes the window."""
    view.addSeparator()
    menu = view.addMenu(window.tr("Chart &layout"))
    group = QActionGroup(window)
    layouts = {}
    for layout in chart_layouts():
        action = add_action(window, menu, shown(Term("chart", layout.label)),
                            lambda _=False, i=layout.id: window.set_chart_layout(i))
        action.setCheckable(True)
        group.addAction(action)
        layouts[layout.id] = action
    arc_menu = view.addMenu(window.tr("Hemicycle &arc"))
    arc_group = QActionGroup(window)
    arcs = {}
    for degrees in ARCS:
        action = add_action(window, arc_menu, window.tr("{0:g}°").format(degrees),
                            lambda _=False, d=degrees: window.set_chart_arc(d))
        action.setCheckable(True)
        arc_group.addAction(action)
        arcs[degrees] = action
    inputs = add_action(window, view, window.tr("Show the &inputs"), window.toggle_inputs,
                        "Ctrl+Shift+I")
    inputs.setCheckable(True)
    inputs.setChecked(True)
    return layouts, arcs, inputs


def _analysis_menu(window: MainWindow, menu: QMenu) -> None:
    add_action(window, menu, "Compare &methods…", lambda: window.open_compare(0), "Ctrl+M")
    add_action(window, menu, "Compare with other &rules…", lambda: window.open_compare(1))
    add_action(window, menu, "Monte &Carlo simulation…", window.open_simulation)
    add_action(window, menu, "&What-if…",
               lambda: window.tabs.setCurrentWidget(window.whatif_panel))


def show_sources(window: MainWindow) -> None:
    """Help > Sources: where the scenario's figures come from, and its notes."""
    s = window.document.scenario
    # Everything here is data from a file: escaped, so a name cannot load an image or a link.
    sources = "".join(f"<li>{escape(src)}</li>" for src in s.sources) or "<li>(none given)</li>"
    notes = escape(s.notes).replace("\n", "<br>")
    QMessageBox.information(window, f"Sources — {s.title}",
                            f"<h3>{escape(s.title)}</h3><ul>{sources}</ul><p>{notes}</p>")


def show_about(window: QWidget) -> None:
    """Help > About: the version, Qt's, and the licences of what the program bundles."""
    from ui.dialogs.about_dialog import AboutDialog  # lazy: read only when asked

    AboutDialog(window).exec()
