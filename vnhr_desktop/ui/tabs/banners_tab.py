"""Băng rôn - Khẩu hiệu: which slogans go up where, when and by whom, for one
plan at a time: the placements with their timeline, and the slogan library."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from vnhr_desktop.ui.screen_fit import long_choice
from vnhr_desktop.ui.widgets.placement_panel import PlacementPanel
from vnhr_desktop.ui.widgets.slogan_panel import SloganPanel

if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle


class BannersTab(QWidget):
    dataChanged = Signal()

    def __init__(self, parent=None, today=None):
        super().__init__(parent)
        self.database: DatabaseHandle | None = None
        self.today = today  # None: the real date (tests pass a fixed day)
        self.plan = QComboBox(self)
        self.plan.setObjectName("bannerPlan")
        long_choice(self.plan, 30)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.placements = PlacementPanel(self)
        self.slogans = SloganPanel(self)
        self.inner = QTabWidget(self)
        self.inner.setObjectName("bannerPages")
        self.inner.addTab(self.placements, self.tr("Placements and timeline"))
        self.inner.addTab(self.slogans, self.tr("Slogan library"))
        for panel in (self.placements, self.slogans):
            panel.statusMessage.connect(self._show_message)
            panel.dataChanged.connect(self._panel_changed)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan:"), self))
        top.addWidget(self.plan, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.inner)

    @property
    def view(self):
        """The placement list (the tab's main table)."""
        return self.placements.view

    @property
    def model(self):
        return self.placements.model

    def plan_id(self) -> int | None:
        return self.plan.currentData()

    def attach(self, database: DatabaseHandle) -> None:
        self.database = database
        self.placements.attach(database)
        self.slogans.attach(database)
        self.refresh()

    def refresh(self) -> None:
        """Reload the plans (keeping the chosen one) and both panels."""
        if self.database is None:
            return
        from vnhr_desktop.services.banner_schedule import opening_plan, plan_choices

        with self.database.Session() as session:
            choices = plan_choices(session)
            current = self.plan.currentData()
            if current is None or current not in {plan_id for plan_id, _label in choices}:
                current = opening_plan(session, self.today)
        self.plan.blockSignals(True)
        self.plan.clear()
        for plan_id, label in choices:
            self.plan.addItem(label, plan_id)
            self.plan.setItemData(self.plan.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        index = self.plan.findData(current) if current is not None else 0
        self.plan.setCurrentIndex(max(index, 0) if choices else -1)
        self.plan.blockSignals(False)
        self.plan.setToolTip(self.plan.currentText())
        self._plan_changed()

    def select_plan(self, plan_id: int) -> None:
        index = self.plan.findData(plan_id)
        if index >= 0:
            self.plan.setCurrentIndex(index)

    def _plan_changed(self, *_args) -> None:
        self.placements.set_plan(self.plan_id(), self.plan.currentText())
        self.slogans.set_plan(self.plan_id())

    def _panel_changed(self) -> None:
        if self.sender() is self.slogans:
            self.placements.refresh()
        else:
            self.slogans.refresh()
        self.dataChanged.emit()

    def _show_message(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)
