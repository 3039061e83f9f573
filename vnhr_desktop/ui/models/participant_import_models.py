"""Models of the import preview: the column mapping the user can change, and
the checked rows with their errors and warnings."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from vnhr_desktop.imports import header_mapping as hm
from vnhr_desktop.ui.labels import code_label

ERROR_BG = QColor("#fde7e9")
WARN_BG = QColor("#fff4d6")


def field_labels() -> dict[str, str]:
    return {
        hm.IGNORE: QCoreApplication.translate("ParticipantImport", "(not imported)"),
        hm.FULL_NAME: QCoreApplication.translate("ParticipantImport", "Full name"),
        hm.FAMILY_NAME: QCoreApplication.translate("ParticipantImport", "Family and middle name"),
        hm.GIVEN_NAME: QCoreApplication.translate("ParticipantImport", "Given name"),
        hm.GENDER: QCoreApplication.translate("ParticipantImport", "Gender"),
        hm.MALE_MARK: QCoreApplication.translate("ParticipantImport", "Male (mark)"),
        hm.FEMALE_MARK: QCoreApplication.translate("ParticipantImport", "Female (mark)"),
        hm.POSITION: QCoreApplication.translate("ParticipantImport", "Position"),
        hm.AGENCY: QCoreApplication.translate("ParticipantImport", "Unit"),
        hm.PHONE: QCoreApplication.translate("ParticipantImport", "Phone"),
        hm.BRIDGE_POINT: QCoreApplication.translate("ParticipantImport", "Bridge point"),
        hm.ATTENDED: QCoreApplication.translate("ParticipantImport", "Present"),
        hm.STT: QCoreApplication.translate("ParticipantImport", "No. (STT)"),
    }


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class MappingModel(QAbstractTableModel):
    """One row per sheet column: letter, header, sample values, field."""

    mappingChanged = Signal()
    FIELD_COLUMN = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.samples: list[str] = []
        self.mapping: dict[int, str] = {}

    def set_sheet(self, headers: list[str], samples: list[str], mapping: dict[int, str]) -> None:
        self.beginResetModel()
        self.headers, self.samples, self.mapping = list(headers), list(samples), dict(mapping)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Column"), self.tr("Header in the file"), self.tr("First values"), self.tr("Import as"))[
                section
            ]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        field = self.mapping.get(row, hm.IGNORE)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return column_letter(row)
            if column == 1:
                return self.headers[row]
            if column == 2:
                return self.samples[row]
            return field if role == Qt.ItemDataRole.EditRole else field_labels()[field]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FIELD_COLUMN and field == hm.IGNORE:
            return QColor("#777777")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.FIELD_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.FIELD_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        if value == hm.IGNORE:
            self.mapping.pop(index.row(), None)
        else:
            self.mapping[index.row()] = value
        self.dataChanged.emit(index, index)
        self.mappingChanged.emit()
        return True


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the fields for the "Import as" column."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for code, label in field_labels().items():
            combo.addItem(label, code)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        if model.data(index, Qt.ItemDataRole.EditRole) != editor.currentData():
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewRowsModel(QAbstractTableModel):
    """The checked rows; with ``problems_only`` just those with errors or warnings."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list = []
        self._rows: list = []
        self._points: dict[int, str] = {}
        self.problems_only = False

    def set_preview(self, rows: list, point_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._all, self._points = list(rows), dict(point_names)
        self._rows = [r for r in self._all if r.errors or r.warnings] if self.problems_only else self._all
        self.endResetModel()

    def set_problems_only(self, on: bool) -> None:
        self.problems_only = on
        self.set_preview(self._all, self._points)

    def row_at(self, row: int):
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Row"),
                self.tr("Full name"),
                self.tr("Gender"),
                self.tr("Position"),
                self.tr("Unit"),
                self.tr("Phone"),
                self.tr("Bridge point"),
                self.tr("Present"),
                self.tr("Problems"),
            )[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            d = row.data
            point = self._points.get(d.bridge_point_id, row.bridge_text) if d.bridge_point_id else row.bridge_text
            values = (
                row.line,
                d.full_name,
                code_label(d.gender),
                d.position_title,
                d.agency_name,
                d.phone,
                point,
                "✓" if d.attended else "",
                " ".join(row.errors + row.warnings),
            )
            return str(values[index.column()])
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BG if row.errors else WARN_BG if row.warnings else None
        if role == Qt.ItemDataRole.ToolTipRole and (row.errors or row.warnings):
            return "\n".join(row.errors + row.warnings)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
