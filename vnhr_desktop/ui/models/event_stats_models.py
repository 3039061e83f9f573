"""Small read-only tables of event figures (by bridge point, unit, gender):
a handful of rows computed by services/event_stats.py, held in memory."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from vnhr_desktop.domain.dates import fmt_int
from vnhr_desktop.ui.labels import code_label

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
WARN = QColor("#fff1d6")


class FiguresModel(QAbstractTableModel):
    """Rows of display values; numbers right-aligned; an optional bold total row;
    cells listed in ``warn`` get an amber background."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self._rows: list[list] = []
        self._total: list | None = None
        self._warn: set[tuple[int, int]] = set()

    def set_rows(self, rows: list[list], total: list | None = None, warn: AbstractSet[tuple[int, int]] = frozenset()):
        self.beginResetModel()
        self._rows, self._total, self._warn = rows, total, set(warn)
        self.endResetModel()

    def _all(self) -> list[list]:
        return self._rows + ([self._total] if self._total is not None else [])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._all())

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def cell(self, row: int, column: int):
        return self._all()[row][column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, bool):
                return "✓" if value else ""
            if isinstance(value, (int, float)):
                return fmt_int(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, bool):
                return CENTER
            return RIGHT if isinstance(value, (int, float)) else None
        if role == Qt.ItemDataRole.FontRole and self._total is not None and index.row() == len(self._rows):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), index.column()) in self._warn:
            return WARN
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class BridgeFiguresModel(FiguresModel):
    def __init__(self, parent=None):
        super().__init__([], parent)
        self.headers = [
            self.tr("Bridge point"),
            self.tr("Place"),
            self.tr("Main hall"),
            self.tr("Expected"),
            self.tr("Present"),
            self.tr("On the list"),
            self.tr("Marked present"),
        ]

    def set_figures(self, figures: list) -> None:
        rows = [[f.name, f.place, f.is_main, f.expected, f.actual, f.listed, f.listed_present] for f in figures]
        warn = {(i, 4) for i, f in enumerate(figures) if f.actual is not None and f.listed_present > f.actual}
        total = (
            [
                self.tr("Total"),
                "",
                None,
                sum(f.expected or 0 for f in figures),
                sum(f.actual or 0 for f in figures),
                sum(f.listed for f in figures),
                sum(f.listed_present for f in figures),
            ]
            if figures
            else None
        )
        self.set_rows(rows, total, warn)


class CountPairsModel(FiguresModel):
    """By unit or by gender: label, on the list, present, absent."""

    def __init__(self, first_header: str, codes: bool = False, parent=None):
        super().__init__([], parent)
        self.codes = codes
        self.headers = [first_header, self.tr("On the list"), self.tr("Present"), self.tr("Absent")]

    def set_pairs(self, pairs: list) -> None:
        rows = [
            [code_label(p.label) if self.codes else p.label, p.registered, p.attended, p.registered - p.attended]
            for p in pairs
        ]
        total = (
            [
                self.tr("Total"),
                sum(p.registered for p in pairs),
                sum(p.attended for p in pairs),
                sum(p.registered - p.attended for p in pairs),
            ]
            if pairs
            else None
        )
        self.set_rows(rows, total)
