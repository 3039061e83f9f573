"""Table model for training events."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vnhr_desktop.ui.labels import code_label, datetime_text
from vnhr_desktop.ui.models.table_model import Column, RecordTableModel

RIGHT = Qt.AlignRight | Qt.AlignVCenter


class EventTableModel(RecordTableModel):
    def __init__(self, source=None, parent=None):
        super().__init__([], source, parent)
        self.columns = [
            Column("starts_at", self.tr("Starts"), lambda r: datetime_text(r.starts_at)),
            Column("title", self.tr("Title")),
            Column("kind", self.tr("Kind"), lambda r: code_label(r.kind)),
            Column("format", self.tr("Format"), lambda r: code_label(r.format)),
            Column("venue", self.tr("Venue")),
            Column("participants", self.tr("Participants"), align=RIGHT, sortable=False),
            Column("attended", self.tr("Attended"), align=RIGHT, sortable=False),
        ]
