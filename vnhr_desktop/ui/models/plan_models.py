"""Table model for the plan list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from vnhr_desktop.ui.labels import code_label, date_text, days_text, number_text
from vnhr_desktop.ui.models.table_model import Column, RecordTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _days_left_colour(row):
    if row.days_left is None:
        return None
    if row.days_left < 0:
        return QColor("#b00020")
    if row.days_left <= 7:
        return QColor("#a05a00")
    return None


class PlanTableModel(RecordTableModel):
    def __init__(self, source=None, parent=None):
        super().__init__([], source, parent)
        self.columns = [
            Column("number_symbol", self.tr("Number/symbol"), number_text),
            Column("issued_on", self.tr("Date"), lambda r: date_text(r.issued_on)),
            Column("title", self.tr("Title")),
            Column("kind", self.tr("Kind"), lambda r: code_label(r.kind)),
            Column("status", self.tr("Status"), lambda r: code_label(r.status)),
            Column("report_deadline", self.tr("Report due"), lambda r: date_text(r.report_deadline)),
            Column(
                "days_left", self.tr("Days left"), lambda r: days_text(r.days_left), RIGHT, foreground=_days_left_colour
            ),
        ]
