"""The main window's view of the chart: its layout and arc (View menu, remembered), the
inputs that fold away so the chart takes the window, the split between them, and the guide.

:class:`ChartView` is a base of ``MainWindow``, which builds the attributes declared here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSplitter, QWidget

from core.chart.layouts import ARC, DEFAULT_LAYOUT, chart_layout
from ui.document import Document
from ui.models.party_model import NAME
from ui.models.table_view import SheetView
from ui.settings import CHART_ARC, CHART_LAYOUT, INPUTS_SHOWN, Settings

if TYPE_CHECKING:
    from ui.chart.hemicycle_widget import HemicycleWidget
    from ui.dialogs.guide_dialog import GuideDialog
    from ui.window.actions import Menus


class ChartView:
    """The chart's layout, the inputs' room and the guide, for the window that builds the
    attributes below."""

    document: Document
    settings: Settings
    menus: Menus
    chart: HemicycleWidget
    inputs: QWidget
    splitter: QSplitter
    party_view: SheetView
    guide: GuideDialog | None
    _arc: float

    def split_for_the_table(self) -> None:
        """The inputs as wide as the party table needs with its longest name (up to 300 px),
        at least a third of the window and at most 42% (half, if the table's figures and 110
        px of names need it); the chart takes the rest."""
        header = self.party_view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != NAME and not header.isSectionHidden(c))
        others += (self.party_view.verticalHeader().width() + 2 * self.party_view.frameWidth()
                   + 20)  # the tab's and the panel's margins
        metrics = self.party_view.fontMetrics()
        names = max((metrics.horizontalAdvance(p.name) + 16
                     for p in self.document.scenario.parties), default=0)
        width = self.splitter.width()
        most = min(max(0.42 * width, others + 110), width / 2)
        left = round(min(max(others + min(max(names, 110), 300), width / 3), most))
        self.splitter.setSizes([left, width - left])

    def _restore_chart(self) -> None:
        """The chart layout and arc as the analyst left them (a bad stored value: default)."""
        layout = self.settings.get(CHART_LAYOUT)
        if layout not in self.menus.layouts:
            layout = DEFAULT_LAYOUT
        try:
            arc = ARC.check(self.settings.get(CHART_ARC))
        except ValueError:
            arc = ARC.default
        self.set_chart_layout(layout, arc)
        if self.settings.get(INPUTS_SHOWN) == "hidden":
            self.menus.inputs.setChecked(False)
            self.toggle_inputs()

    def chart_options(self) -> dict[str, object]:
        """The chart's layout and its options as shown: the export's defaults."""
        return {"layout": self.chart.layout_id(), "arc": self._arc}

    def set_chart_layout(self, layout: str, arc: float | None = None) -> None:
        """View > Chart layout (and the hemicycle's arc): drawn now, remembered."""
        self._arc = self._arc if arc is None else arc
        takes = {option.name for option in chart_layout(layout).options}
        self.chart.set_layout(layout, **({"arc": self._arc} if "arc" in takes else {}))
        self.check_chart_menu()
        self.settings.set(CHART_LAYOUT, layout)
        self.settings.set(CHART_ARC, f"{self._arc:g}")

    def check_chart_menu(self) -> None:
        """The View menu's chart entries as the chart is (also after the menus are built
        anew in another language): its layout and arc ticked, the arcs only for a layout
        that takes one."""
        layout = self.chart.layout_id()
        takes = {option.name for option in chart_layout(layout).options}
        self.menus.layouts[layout].setChecked(True)
        if self._arc in self.menus.arcs:
            self.menus.arcs[self._arc].setChecked(True)
        for action in self.menus.arcs.values():
            action.setEnabled("arc" in takes)

    def set_chart_arc(self, degrees: float) -> None:
        """View > Hemicycle arc."""
        self.set_chart_layout(self.chart.layout_id(), degrees)

    def toggle_inputs(self) -> None:
        """View > Show the inputs: the left panel folds away and the chart takes the
        window (or comes back)."""
        shown = self.menus.inputs.isChecked()
        self.inputs.setVisible(shown)
        self.settings.set(INPUTS_SHOWN, "shown" if shown else "hidden")

    def open_guide(self) -> None:
        """Help > SeatCalc guide (F1): the user guide, offline."""
        from ui.dialogs.guide_dialog import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()

