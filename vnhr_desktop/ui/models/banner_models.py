"""Table model for banner placements."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vnhr_desktop.ui.labels import code_label, date_text
from vnhr_desktop.ui.models.table_model import Column, RecordTableModel


class PlacementTableModel(RecordTableModel):
    def __init__(self, source=None, parent=None):
        super().__init__([], source, parent)
        self.columns = [
            Column("title", self.tr("Slogan")),
            Column("form", self.tr("Form"), lambda r: code_label(r.form)),
            Column("location", self.tr("Location")),
            Column("commune", self.tr("Commune/ward")),
            Column("size_text", self.tr("Size"), sortable=False),
            Column("quantity", self.tr("Qty"), align=Qt.AlignRight | Qt.AlignVCenter),
            Column("start_date", self.tr("From"), lambda r: date_text(r.start_date)),
            Column("end_date", self.tr("To"), lambda r: date_text(r.end_date)),
            Column("status", self.tr("Status"), lambda r: code_label(r.status)),
        ]
