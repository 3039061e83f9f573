"""Choose the slogans to print for the print shop: every slogan of the plan is
listed (those with printed placements ticked), with the paper size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SloganSheetsDialog(QDialog):
    def __init__(self, choices, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print-shop sheets"))
        self.resize(700, 460)
        self.list = QListWidget(self)
        self.list.setObjectName("sheetSlogans")
        self.list.setWordWrap(True)
        for slogan_id, text, placed in choices:
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, slogan_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if placed else Qt.CheckState.Unchecked)
        self.paper = QComboBox(self)
        self.paper.setObjectName("sheetPaper")
        self.paper.addItem("A4", "A4")
        self.paper.addItem("A3", "A3")
        every = QPushButton(self.tr("Tick all"), self)
        every.clicked.connect(lambda: self._tick(Qt.CheckState.Checked))
        none = QPushButton(self.tr("Tick none"), self)
        none.clicked.connect(lambda: self._tick(Qt.CheckState.Unchecked))
        row = QHBoxLayout()
        row.addWidget(every)
        row.addWidget(none)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Paper"), self))
        row.addWidget(self.paper)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save sheets…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _i: self._refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One page per ticked slogan (ticked: those with placements to print)"), self))
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self._refresh()

    def _tick(self, state) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def _refresh(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))

    def chosen(self) -> tuple[int, ...]:
        return tuple(
            self.list.item(i).data(ID_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )
