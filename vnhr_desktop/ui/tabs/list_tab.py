"""Shared shape of a tab whose heart is one record list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from vnhr_desktop.ui.models.table_model import DatabaseListSource, RecordTableModel
from vnhr_desktop.ui.widgets.record_list import RecordListView

if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle


class ListTab(QWidget):
    """A tab showing ``list_name`` of services.listing through ``model``."""

    list_name = ""
    dataChanged = Signal()

    def __init__(self, model: RecordTableModel, noun: str, parent=None):
        super().__init__(parent)
        self.database: DatabaseHandle | None = None
        self.model = model
        self.view = RecordListView(model, noun, self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.view)

    def attach(self, database: DatabaseHandle) -> None:
        self.database = database
        self.model.set_source(DatabaseListSource(database, self.list_name))

    def refresh(self) -> None:
        if self.database is not None:
            self.model.refresh()
