"""Băng rôn - Khẩu hiệu: slogans and where they hang."""

from __future__ import annotations

from vnhr_desktop.ui.models.banner_models import PlacementTableModel
from vnhr_desktop.ui.tabs.list_tab import ListTab


class BannersTab(ListTab):
    list_name = "placements"

    def __init__(self, parent=None):
        super().__init__(PlacementTableModel(), self.tr("placements"), parent)
        self.view.set_column_widths([360, 110, 260, 100, 90, 50, 90, 90, 90])
