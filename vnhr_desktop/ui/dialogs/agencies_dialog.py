"""Công cụ > Cơ quan, đơn vị: the agencies tasks and placements are given to.
One click adds the starter list; each name can be renamed or removed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.message_line import MessageLine


class AgenciesDialog(QDialog):
    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Agencies"))
        fit_dialog(self, 560, 480)
        self.list = QListWidget(self)
        self.list.setObjectName("agencies")
        self.list.itemDoubleClicked.connect(lambda _item: self.rename())
        self.starter_button = QPushButton(self.tr("Add the usual agencies"), self)
        self.starter_button.setObjectName("addStarter")
        self.starter_button.clicked.connect(self.add_starter)
        add = QPushButton(self.tr("Add…"), self)
        add.clicked.connect(self.add)
        rename = QPushButton(self.tr("Rename…"), self)
        rename.clicked.connect(self.rename)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self.remove)
        self.message = MessageLine(self)
        side = QVBoxLayout()
        for button in (add, rename, remove, self.starter_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self, select: str = "") -> None:
        from vnhr_desktop.services.agencies import list_agencies

        with self.database.Session() as session:
            agencies = list_agencies(session)
        self.list.clear()
        for agency in agencies:
            item = QListWidgetItem(agency.name)
            item.setData(Qt.ItemDataRole.UserRole, agency.id)
            self.list.addItem(item)
            if agency.name == select:
                self.list.setCurrentItem(item)

    def _run(self, action, select: str = "") -> bool:
        self.message.clear_message()
        try:
            with self.database.session() as session:
                action(session)
        except UserError as exc:
            self.message.show_message(exc.message)
            return False
        self.refresh(select)
        return True

    def add_starter(self) -> None:
        from vnhr_desktop.services.first_start import add_starter_agencies

        added = []
        if self._run(lambda s: added.append(add_starter_agencies(s))):
            self.message.show_message(self.tr("%1 agencies added.").replace("%1", str(added[0])), "warning")

    def add(self) -> None:
        from vnhr_desktop.services.agencies import find_or_add_agency

        name, ok = QInputDialog.getText(self, self.tr("New agency"), self.tr("Name of the agency:"))
        if ok and name.strip():
            self._run(lambda s: find_or_add_agency(s, name), name.strip())

    def rename(self) -> None:
        from vnhr_desktop.services.first_start import rename_agency

        item = self.list.currentItem()
        if item is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename agency"), self.tr("Name of the agency:"), text=item.text()
        )
        if ok and name.strip():
            self._run(lambda s: rename_agency(s, item.data(Qt.ItemDataRole.UserRole), name), name.strip())

    def remove(self) -> None:
        from vnhr_desktop.services.first_start import remove_agency

        item = self.list.currentItem()
        if item is not None:
            self._run(lambda s: remove_agency(s, item.data(Qt.ItemDataRole.UserRole)))
