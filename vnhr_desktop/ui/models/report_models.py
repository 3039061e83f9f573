"""Table model for result reports."""

from __future__ import annotations


from vnhr_desktop.ui.labels import code_label, date_text
from vnhr_desktop.ui.models.table_model import Column, RecordTableModel


class ReportTableModel(RecordTableModel):
    def __init__(self, source=None, parent=None):
        super().__init__([], source, parent)
        self.columns = [
            Column("number_symbol", self.tr("Number/symbol")),
            Column("issued_on", self.tr("Date"), lambda r: date_text(r.issued_on)),
            Column("title", self.tr("Title")),
            Column("period_start", self.tr("Period"),
                   lambda r: f"{date_text(r.period_start)} - {date_text(r.period_end)}"),
            Column("status", self.tr("Status"), lambda r: code_label(r.status)),
        ]
