"""Small editable tables of the event editor: speakers with their topics, and
bridge points with expected and actual attendance (one of them the main hall)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QStyledItemDelegate

from vnhr_desktop.domain.events import BridgePointData, SpeakerData


@dataclass(frozen=True)
class Field:
    key: str
    title: str
    kind: str = "text"  # text, lines, int, main


class RowsModel(QAbstractTableModel):
    """Rows of plain dicts edited in place; ``id`` keys are kept but not shown."""

    edited = Signal()
    fields: list[Field] = []

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()
        self.edited.emit()

    def rows(self) -> list[dict]:
        return [dict(r) for r in self._rows]

    def blank(self) -> dict:
        return {f.key: (None if f.kind == "int" else False if f.kind == "main" else "") for f in self.fields}

    def add_row(self) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(self.blank())
        self.endInsertRows()
        self.edited.emit()
        return position

    def remove_row(self, position: int) -> None:
        if 0 <= position < len(self._rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()
            self.edited.emit()

    def move_row(self, position: int, step: int) -> int:
        target = position + step
        if not (0 <= position < len(self._rows) and 0 <= target < len(self._rows)):
            return position
        self.beginResetModel()
        self._rows[position], self._rows[target] = self._rows[target], self._rows[position]
        self.endResetModel()
        self.edited.emit()
        return target

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.fields[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        field = self.fields[index.column()]
        value = self._rows[index.row()].get(field.key)
        if field.kind == "main":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if field.kind == "lines":
                return "\n".join(line for line in (value or "").splitlines() if line.strip())
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and field.kind == "int":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex):
        flags = super().flags(index)
        if index.isValid():
            kind = self.fields[index.column()].kind
            flags |= Qt.ItemFlag.ItemIsUserCheckable if kind == "main" else Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        field = self.fields[index.column()]
        row = self._rows[index.row()]
        if field.kind == "main" and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            for other in self._rows:  # one main hall
                other[field.key] = False
            row[field.key] = on
            self.dataChanged.emit(self.index(0, index.column()), self.index(len(self._rows) - 1, index.column()))
        elif role == Qt.ItemDataRole.EditRole and field.kind != "main":
            row[field.key] = value if field.kind == "int" else ("" if value is None else str(value))
            self.dataChanged.emit(index, index)
        else:
            return False
        self.edited.emit()
        return True


class SpeakersModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.fields = [
            Field("name", self.tr("Name")),
            Field("title", self.tr("Title, position")),
            Field("organisation", self.tr("Organisation")),
            Field("topics", self.tr("Topics (one per line)"), "lines"),
        ]

    def set_speakers(self, speakers) -> None:
        self.set_rows(
            [
                {"name": s.name, "title": s.title, "organisation": s.organisation, "topics": s.topics, "id": s.id}
                for s in speakers
            ]
        )

    def speakers(self) -> tuple[SpeakerData, ...]:
        return tuple(
            SpeakerData(r["name"], r["title"], r["organisation"], r["topics"], r.get("id")) for r in self._rows
        )


class BridgePointsModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.fields = [
            Field("name", self.tr("Bridge point")),
            Field("place", self.tr("Place")),
            Field("is_main", self.tr("Main hall"), "main"),
            Field("expected_count", self.tr("Expected"), "int"),
            Field("actual_count", self.tr("Present"), "int"),
        ]

    def set_points(self, points) -> None:
        self.set_rows(
            [
                {
                    "name": p.name,
                    "place": p.place,
                    "is_main": p.is_main,
                    "expected_count": p.expected_count,
                    "actual_count": p.actual_count,
                    "id": p.id,
                }
                for p in points
            ]
        )

    def points(self) -> tuple[BridgePointData, ...]:
        return tuple(
            BridgePointData(
                r["name"], r["place"], bool(r["is_main"]), r["expected_count"], r["actual_count"], r.get("id")
            )
            for r in self._rows
        )


class LinesDelegate(QStyledItemDelegate):
    """Several lines in one cell (a speaker's topics)."""

    def createEditor(self, parent, option, index):
        editor = QPlainTextEdit(parent)
        editor.setMinimumHeight(90)
        return editor

    def setEditorData(self, editor, index):
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        rect.setHeight(max(rect.height(), 90))
        editor.setGeometry(rect)


class CountDelegate(QStyledItemDelegate):
    """A whole number that may be left empty (shown blank, stored None): a
    digits-only line, so clearing it clears the count and whatever was typed is
    kept when Tab moves on, even into the check-box column."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        # empty is acceptable input: Enter on a cleared cell commits "no count"
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,7}"), editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor, index):
        if editor.isModified():  # typing has started (the first key opened the editor)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else str(int(value)))

    def setModelData(self, editor, model, index):
        text = editor.text().strip()
        model.setData(index, int(text) if text.isdigit() else None, Qt.ItemDataRole.EditRole)
