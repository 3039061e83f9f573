"""Table models for training events and their participants (paged, searched
and sorted in SQL by the generic base)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from vnhr_desktop.ui.labels import code_label, datetime_text
from vnhr_desktop.ui.models.table_model import Column, RecordTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


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


def _present_background(row):
    return QColor("#e6f4ea") if row.attended else None


class ParticipantTableModel(RecordTableModel):
    """Participants of one event. The "Present" column is a check box: ticking
    it asks :attr:`attendanceToggled` to record it (the tab writes it)."""

    attendanceToggled = Signal(int, bool)  # participant id, present

    ATTENDED_COLUMN = 1

    def __init__(self, source=None, parent=None):
        super().__init__([], source, parent)
        self.columns = [
            Column("full_name", self.tr("Full name")),
            Column("attended", self.tr("Present"), lambda r: "", CENTER, background=_present_background),
            Column("gender", self.tr("Gender"), lambda r: code_label(r.gender)),
            Column("position_title", self.tr("Position")),
            Column("agency", self.tr("Unit")),
            Column("bridge_point", self.tr("Bridge point")),
            Column("phone", self.tr("Phone"), sortable=False),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self.ATTENDED_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            row = self.row_at(index.row())
            return Qt.CheckState.Checked if row is not None and row.attended else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.ATTENDED_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.ATTENDED_COLUMN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self.row_at(index.row())
        if row is None:
            return False
        present = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.attendanceToggled.emit(row.id, present)
        return True

    def mark_rows(self, ids: set[int], present: bool) -> None:
        """Show a new attendance on the loaded rows without reloading them."""
        changed = []
        for position, row in enumerate(self._rows):
            if row.id in ids and row.attended != present:
                self._rows[position] = replace(row, attended=present)
                changed.append(position)
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(self.columns) - 1))
