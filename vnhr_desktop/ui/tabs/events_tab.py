"""Hội nghị - Tập huấn: conferences, trainings and outside events attended."""

from __future__ import annotations

from vnhr_desktop.ui.models.event_models import EventTableModel
from vnhr_desktop.ui.tabs.list_tab import ListTab


class EventsTab(ListTab):
    list_name = "events"

    def __init__(self, parent=None):
        super().__init__(EventTableModel(), self.tr("events"), parent)
        self.view.set_column_widths([120, 420, 110, 140, 180, 90, 80])
