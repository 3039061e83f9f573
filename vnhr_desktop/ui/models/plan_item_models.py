"""In-memory table models for the lists inside the plan editor (tasks,
targets): the rows are frozen dataclasses that the editor replaces as the
officer types; nothing is written until the plan is saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from vnhr_desktop.domain.dates import fmt_date, fmt_decimal
from vnhr_desktop.domain.target_units import value_with_unit
from vnhr_desktop.ui.labels import code_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass
class ItemColumn:
    title: str
    value: Callable[[int, Any], Any]
    align: Qt.AlignmentFlag = LEFT


class PlanItemModel(QAbstractTableModel):
    """Rows of dataclasses shown through ``columns``; ``flagged`` rows (by index)
    are tinted to point at a finding."""

    def __init__(self, columns: list[ItemColumn], parent=None):
        super().__init__(parent)
        self.columns = columns
        self._rows: list = []
        self.flagged: dict[int, str] = {}

    def items(self) -> list:
        return list(self._rows)

    def set_items(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace_item(self, row: int, item) -> None:
        if 0 <= row < len(self._rows) and self._rows[row] != item:
            self._rows[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def insert_item(self, row: int, item) -> int:
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, item)
        self.endInsertRows()
        return row

    def remove_item(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move_item(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns its new index."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        self.beginResetModel()
        self._rows[row], self._rows[target] = self._rows[target], self._rows[row]
        self.endResetModel()
        return target

    def set_flags(self, flagged: dict[int, str]) -> None:
        self.flagged = dict(flagged)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # -- Qt model ----------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), self.columns[index.column()]
        item = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(row, item)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.BackgroundRole and row in self.flagged:
            return QColor("#fde7e9") if self.flagged[row] == "error" else QColor("#fff4d6")
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return section + 1


def task_model(parent=None) -> PlanItemModel:
    return PlanItemModel(
        [
            ItemColumn(QCoreApplication.translate("PlanItemModel", "Task"), lambda i, t: t.content.replace("\n", " ")),
            ItemColumn(QCoreApplication.translate("PlanItemModel", "Lead agency"), lambda i, t: t.lead_agency),
            ItemColumn(
                QCoreApplication.translate("PlanItemModel", "Cooperating"), lambda i, t: "; ".join(t.cooperators)
            ),
            ItemColumn(QCoreApplication.translate("PlanItemModel", "Due"), lambda i, t: fmt_date(t.due_date)),
            ItemColumn(QCoreApplication.translate("PlanItemModel", "Status"), lambda i, t: code_label(t.status)),
            ItemColumn(QCoreApplication.translate("PlanItemModel", "Note"), lambda i, t: t.note),
        ],
        parent,
    )


def _value(value, unit: str) -> str:
    if value is None:
        return ""
    return value_with_unit(value, unit)


def target_model(parent=None) -> PlanItemModel:
    return PlanItemModel(
        [
            ItemColumn(
                QCoreApplication.translate("PlanItemModel", "Target"), lambda i, t: t.description.replace("\n", " ")
            ),
            ItemColumn(
                QCoreApplication.translate("PlanItemModel", "Target value"),
                lambda i, t: _value(t.target_value, t.shown_unit),
                RIGHT,
            ),
            ItemColumn(
                QCoreApplication.translate("PlanItemModel", "Achieved"),
                lambda i, t: _value(t.achieved_value, t.shown_unit),
                RIGHT,
            ),
            ItemColumn(
                QCoreApplication.translate("PlanItemModel", "% of target"),
                lambda i, t: "" if t.percent_of_target is None else f"{fmt_decimal(t.percent_of_target)} %",
                RIGHT,
            ),
        ],
        parent,
    )
