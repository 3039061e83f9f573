"""A small table with Add / Remove / Up / Down beside it, for the speakers and
bridge points of the event editor."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from vnhr_desktop.ui.models.event_edit_models import CountDelegate, LinesDelegate, RowsModel


class EventRowsEditor(QWidget):
    def __init__(self, model: RowsModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        for column, field in enumerate(model.fields):
            if field.kind == "lines":
                self.table.setItemDelegateForColumn(column, LinesDelegate(self.table))
            elif field.kind == "int":
                self.table.setItemDelegateForColumn(column, CountDelegate(self.table))
        model.edited.connect(self.table.resizeRowsToContents)
        model.modelReset.connect(self.table.resizeRowsToContents)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addRow")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeRow")
        self.up_button = QPushButton(self.tr("Up"), self)
        self.up_button.setObjectName("rowUp")
        self.down_button = QPushButton(self.tr("Down"), self)
        self.down_button.setObjectName("rowDown")
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(lambda: self.model.remove_row(self.current()))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(side)

    def current(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def add(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _move(self, step: int) -> None:
        row = self.model.move_row(self.current(), step)
        self.table.selectRow(row)

    def set_widths(self, widths: list[int]) -> None:
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
