"""Kế hoạch: plans received from above and the office's own plans."""

from __future__ import annotations

from vnhr_desktop.ui.models.plan_models import PlanTableModel
from vnhr_desktop.ui.tabs.list_tab import ListTab


class PlansTab(ListTab):
    list_name = "plans"

    def __init__(self, parent=None):
        super().__init__(PlanTableModel(), self.tr("plans"), parent)
        self.view.set_column_widths([120, 90, 520, 110, 100, 100, 80])
