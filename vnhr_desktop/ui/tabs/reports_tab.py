"""Báo cáo kết quả: result reports."""

from __future__ import annotations

from vnhr_desktop.ui.models.report_models import ReportTableModel
from vnhr_desktop.ui.tabs.list_tab import ListTab


class ReportsTab(ListTab):
    list_name = "reports"

    def __init__(self, parent=None):
        super().__init__(ReportTableModel(), self.tr("reports"), parent)
        self.view.set_column_widths([120, 90, 520, 180, 100])
