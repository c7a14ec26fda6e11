"""The main window's file commands: new, open, save, recent files, import and export.

:class:`FileCommands` is the base of ``MainWindow``: it works on ``self.document`` and
``self.settings`` (``ui.settings``), keeps the title and the remembered layout, and asks
before unsaved changes are lost. A file that cannot be read or written changes nothing and
says why.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter

from core.io import scenario_file
from core.model import edits
from core.model.scenario import ListTier, Scenario, ScenarioError
from ui import text as ui_text
from ui.document import Document
from ui.settings import (
    APP_NAME,
    EXPORT_FOLDER,
    IMPORT_FOLDER,
    LANGUAGE,
    RECENT_FILES,
    SCENARIO_FOLDER,
    SPLITTER_STATE,
    WINDOW_GEOMETRY,
    Setting,
    Settings,
)
from ui.text import fill, new_names, said
from ui.translations import set_language
from ui.window.actions import Menus, add_action


class FileCommands(QMainWindow):
    """File commands of the main window, which builds the attributes declared here."""

    document: Document
    settings: Settings
    menus: Menus
    title_label: QLabel
    splitter: QSplitter
    _split_pending: bool  # the splitter is still to be sized to the party table

    def chart_options(self) -> dict[str, object]:  # MainWindow's: the chart as shown
        raise NotImplementedError

    def update_title(self, *_) -> None:
        """File name, unsaved mark and the scenario's title."""
        path = self.document.path
        name = path.name if path else self.tr("untitled")
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.document.modified)
        s = self.document.scenario
        title = s.title_in(ui_text.language)
        dated = s.date and s.date[:4] not in title  # "…, 19 March 2023 · 2023-03-19": once
        self.title_label.setText(title + (f"  ·  {s.date}" if dated else ""))

    def choose_language(self, lang: str) -> None:
        """Language > English / Русский / Қазақша: from now on, and at the next start."""
        self.settings.set(LANGUAGE, lang)
        set_language(lang)

    def file_filter(self) -> str:
        """The file dialogs' filter of scenario files."""
        return self.tr("SeatCalc scenarios (*.seats.json);;JSON (*.json);;All files (*)")

    def confirm_discard(self) -> bool:
        """Ask before unsaved changes are lost; True when it is fine to go on."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self, APP_NAME, self.tr("This scenario has unsaved changes. Save them first?"),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def new_scenario(self) -> None:
        if not self.confirm_discard():
            return
        names = new_names()
        blank = Scenario(names["scenario"], (), ListTier(seats=100, method="dhondt"))
        self.document.replace(replace(blank, parties=(edits.new_party(blank, names),)), None)

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open scenario"),
                                              self._folder(SCENARIO_FOLDER), self.file_filter())
        if path:
            self.open_spec(path, confirmed=True)

    def open_spec(self, spec: str, confirmed: bool = False) -> bool:
        """Open a scenario file or ``preset:NAME``; a bad file changes nothing."""
        if not confirmed and not self.confirm_discard():
            return False
        try:
            scenario = scenario_file.load(spec)
        except ScenarioError as e:
            QMessageBox.warning(self, APP_NAME, fill(self.tr("Cannot open {spec}:"), spec=spec)
                                + f"\n\n{said(e)}")
            return False
        is_file = not spec.startswith((scenario_file.PRESET_PREFIX,
                                       scenario_file.TEMPLATE_PREFIX))
        self.document.replace(scenario, Path(spec) if is_file else None)
        if is_file:
            self._remember(Path(spec))
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save scenario as"),
                                              self._folder(SCENARIO_FOLDER), self.file_filter())
        if not path:
            return False
        if not path.endswith(".json"):
            path += scenario_file.SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except OSError as e:
            QMessageBox.critical(self, APP_NAME, fill(
                self.tr("Could not save {path}:"), path=path) + f"\n{e.strerror}\n\n" + self.tr(
                "Nothing was lost: the previous file is unchanged."))
            return False
        self._remember(path)
        self.statusBar().showMessage(fill(self.tr("Saved {path}"), path=path), 4000)
        return True

    def export_dialog(self) -> None:
        """File > Export: the document's result, to a file of the chosen format."""
        from ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.document, self._folder(EXPORT_FOLDER), self,
                              chart=self.chart_options())
        dialog.exported.connect(lambda path: self.settings.set(EXPORT_FOLDER, str(path.parent)))
        dialog.exec()

    def import_dialog(self) -> None:
        """File > Import: a CSV/XLSX result table becomes a new, unsaved scenario."""
        from ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self, self._folder(IMPORT_FOLDER))
        if dialog.exec() and dialog.scenario is not None and self.confirm_discard():
            if dialog.path is not None:
                self.settings.set(IMPORT_FOLDER, str(dialog.path.parent))
            self.document.replace(dialog.scenario, None)
            self.document.undo_stack.resetClean()  # imported work is unsaved work
            self.update_title()

    # ---------------------------------------------------------------- remembered

    def _folder(self, setting: Setting[str]) -> str:
        """The folder a file dialog starts in: the last one used for its kind of file."""
        return (self.settings.get(setting) or self.settings.get(SCENARIO_FOLDER)
                or str(Path.home()))

    def _remember(self, path: Path) -> None:
        """A scenario file opened or saved: first in the recent files, its folder next time."""
        path = path.resolve()
        self.settings.set(SCENARIO_FOLDER, str(path.parent))
        self.settings.add_recent(str(path))
        self.update_recent_menu()

    def update_recent_menu(self) -> None:
        menu, recent = self.menus.recent, self.settings.get(RECENT_FILES)
        menu.clear()
        for path in recent:
            add_action(menu, path, lambda _=False, p=path: self.open_spec(p))
        menu.setEnabled(bool(recent))

    def restore_layout(self) -> None:
        """The window's size, place and splitter as the analyst left them."""
        self.restoreGeometry(self.settings.get(WINDOW_GEOMETRY))
        if self.splitter.restoreState(self.settings.get(SPLITTER_STATE)):
            self._split_pending = False

    def save_layout(self) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(SPLITTER_STATE, self.splitter.saveState())
