"""The slogan library: search, this plan's slogans or all, in use or not;
add by hand, paste a block of a plan, edit, stop using, delete."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QMessageBox, QPushButton, QToolBar, QVBoxLayout, QWidget

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.models.banner_models import SloganTableModel
from vnhr_desktop.ui.models.table_model import DatabaseListSource
from vnhr_desktop.ui.widgets.record_list import RecordListView

if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle


class SloganPanel(QWidget):
    statusMessage = Signal(str)
    dataChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database: DatabaseHandle | None = None
        self.plan_id: int | None = None
        self.model = SloganTableModel()
        self.view = RecordListView(self.model, self.tr("slogans"), self)
        self.view.set_column_widths([620, 160, 60, 90, 60], 0)
        self.view.activated.connect(lambda row: self.edit(row.id) if row else None)
        self.view.selectionChanged.connect(self._update_buttons)
        self.this_plan = QCheckBox(self.tr("This plan only"), self)
        self.this_plan.setObjectName("thisPlanOnly")
        self.this_plan.setChecked(True)
        self.in_use = QComboBox(self)
        self.in_use.setObjectName("inUseFilter")
        self.in_use.addItem(self.tr("In use and not"), None)
        self.in_use.addItem(self.tr("In use"), True)
        self.in_use.addItem(self.tr("Not in use"), False)
        self.view.filters.addWidget(self.this_plan)
        self.view.filters.addWidget(self.in_use)
        self.view.filters.addStretch(1)
        self.this_plan.toggled.connect(lambda *_: self.refresh())
        self.in_use.currentIndexChanged.connect(lambda *_: self.refresh())

        self.add_button = self._button(self.tr("Add…"), "addSlogan", lambda: self.add())
        self.paste_button = self._button(self.tr("Paste from a plan…"), "pasteSlogans", lambda: self.paste())
        self.edit_button = self._button(
            self.tr("Edit…"), "editSlogan", lambda: self.edit(row.id) if (row := self.view.current_row()) else None
        )
        self.use_button = self._button(self.tr("Use"), "useSlogan", lambda: self.set_active(True))
        self.unuse_button = self._button(self.tr("Stop using"), "unuseSlogan", lambda: self.set_active(False))
        self.delete_button = self._button(self.tr("Delete"), "deleteSlogan", self.delete_selected)
        toolbar = QToolBar(self)
        toolbar.setObjectName("sloganTools")
        for button in (
            self.add_button,
            self.paste_button,
            self.edit_button,
            self.use_button,
            self.unuse_button,
            self.delete_button,
        ):
            toolbar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view)
        self._update_buttons()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def attach(self, database: DatabaseHandle) -> None:
        self.database = database
        self.model.source = DatabaseListSource(database, "slogans")

    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        self.refresh()

    def refresh(self) -> None:
        if self.database is None:
            return
        filters = {}
        if self.this_plan.isChecked() and self.plan_id is not None:
            filters["plan_id"] = self.plan_id
        if self.in_use.currentData() is not None:
            filters["active"] = self.in_use.currentData()
        self.model.request = replace(self.model.request, filters=filters)
        self.model.refresh()
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.view.selected_rows()) if self.database is not None else False
        for button in (self.edit_button, self.use_button, self.unuse_button, self.delete_button):
            button.setEnabled(selected)

    def _changed(self, message: str) -> None:
        self.refresh()
        self.dataChanged.emit()
        self.statusMessage.emit(message)

    def add(self) -> None:
        from vnhr_desktop.ui.dialogs.slogan_dialog import SloganDialog

        if SloganDialog(self.database, plan_id=self.plan_id, parent=self).exec():
            self._changed(self.tr("Slogan added."))

    def paste(self) -> None:
        from vnhr_desktop.ui.dialogs.slogan_paste_dialog import SlogansPasteDialog

        dialog = SlogansPasteDialog(self.database, self.plan_id, parent=self)
        if dialog.exec():
            self._changed(self.tr("%1 slogans added.").replace("%1", str(len(dialog.added))))

    def edit(self, slogan_id: int) -> None:
        from vnhr_desktop.ui.dialogs.slogan_dialog import SloganDialog

        if SloganDialog(self.database, slogan_id, parent=self).exec():
            self._changed(self.tr("Slogan saved."))

    def set_active(self, active: bool) -> None:
        from vnhr_desktop.services.slogans import set_active

        rows = self.view.selected_rows()
        assert self.database is not None  # attached before the widget is used
        with self.database.session() as session:
            count = set_active(session, [r.id for r in rows], active)
        message = self.tr("%1 slogans in use.") if active else self.tr("%1 slogans no longer in use.")
        self._changed(message.replace("%1", str(count)))

    def delete_selected(self) -> None:
        from vnhr_desktop.services.slogans import delete_slogan

        rows = self.view.selected_rows()
        if not rows:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete slogans"), self.tr("Delete %1 selected slogans?").replace("%1", str(len(rows)))
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            assert self.database is not None  # attached before the widget is used
            with self.database.session() as session:
                for row in rows:
                    delete_slogan(session, row.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), exc.message)
            return
        self._changed(self.tr("%1 slogans deleted.").replace("%1", str(len(rows))))
