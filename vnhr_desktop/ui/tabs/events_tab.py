"""Hội nghị - Tập huấn: conferences, trainings, seminars and tọa đàm the office
runs, and outside events its staff attend. The list on the left, the chosen
event (participants, bridge points, statistics, printouts) on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.ui.models.event_models import EventTableModel
from vnhr_desktop.ui.tabs.list_tab import ListTab
from vnhr_desktop.ui.widgets.event_detail import EventDetail


class EventsTab(ListTab):
    list_name = "events"

    def __init__(self, parent=None):
        super().__init__(EventTableModel(), self.tr("events"), parent)
        self.view.set_column_widths([130, 300, 90, 110, 140, 80, 80], 1)
        self.new_button = QPushButton(self.tr("&New event…"), self)
        self.new_button.setObjectName("newEvent")
        self.new_button.clicked.connect(self.new_event)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editEventInList")
        self.edit_button.clicked.connect(lambda: self.edit_event(self.current_id()))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deleteEvent")
        self.delete_button.clicked.connect(self.delete_event)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        self.layout_.removeWidget(self.view)
        self.view.setParent(left)
        left_layout.addWidget(self.view)
        self.detail = EventDetail(self)
        self.detail.changed.connect(self._figures_changed)
        self.detail.editRequested.connect(self.edit_event)
        # On a small screen the detail scrolls instead of forcing the window wide.
        scroll = QScrollArea(self)
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([480, 760])
        self.layout_.addWidget(self.splitter)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.view.activated.connect(lambda row: self.edit_event(row.id) if row else None)
        self.view.selectionChanged.connect(self._selection_changed)
        self._update_buttons()

    def attach(self, database) -> None:
        self.detail.attach(database)
        super().attach(database)
        self._select_first()

    def refresh(self) -> None:
        current = self.current_id()
        super().refresh()
        self.select_event(current)

    # -- selection -----------------------------------------------------------------
    def current_id(self) -> int | None:
        row = self.view.current_row()
        return row.id if row else None

    def select_event(self, event_id: int | None) -> None:
        """Select ``event_id`` in the list (loading pages until it shows)."""
        if event_id is None:
            self.detail.show_event(None)
            return
        while True:
            for position in range(self.model.rowCount()):
                if self.model.row_at(position).id == event_id:
                    self.view.table.selectRow(position)
                    self.view.table.scrollTo(self.model.index(position, 0))
                    self.detail.show_event(event_id)
                    return
            if not self.model.canFetchMore():
                break
            self.model.fetchMore()
        self.detail.show_event(event_id)

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.view.table.selectRow(0)
        else:
            self.detail.show_event(None)

    def _selection_changed(self) -> None:
        event_id = self.current_id()
        if self.detail.record is None or self.detail.record.id != event_id:
            self.detail.show_event(event_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _figures_changed(self) -> None:
        """Participant counts changed: update the list columns, keep the selection."""
        current = self.current_id()
        self.view.blockSignals(True)
        self.model.refresh()
        self.view.blockSignals(False)
        for position in range(self.model.rowCount()):
            if self.model.row_at(position).id == current:
                self.view.table.selectionModel().blockSignals(True)
                self.view.table.selectRow(position)
                self.view.table.selectionModel().blockSignals(False)
                break
        self.dataChanged.emit()

    # -- actions -------------------------------------------------------------------
    def new_event(self) -> None:
        self.edit_event(None)

    def edit_event(self, event_id: int | None) -> None:
        from vnhr_desktop.ui.dialogs.event_dialog import EventDialog

        if self.database is None:
            return
        dialog = EventDialog(self.database, event_id, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.model.refresh()
            self.select_event(dialog.saved_id)
            self.detail.show_event(dialog.saved_id)
            self.dataChanged.emit()

    def delete_event(self) -> None:
        from vnhr_desktop.services.events import delete_event
        from vnhr_desktop.ui.undo import delete_undoable

        row = self.view.current_row()
        if row is None:
            return
        text = (
            self.tr("Delete “%1” with its %2 participants?")
            .replace("%1", row.title)
            .replace("%2", str(row.participants))
        )
        if (
            QMessageBox.question(
                self, self.tr("Delete event"), text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        delete_undoable(
            self,
            self.database,
            self.tr("Delete “%1”").replace("%1", row.title),
            "training_event",
            [row.id],
            lambda session: delete_event(session, row.id),
        )
        self.model.refresh()
        self._select_first()
        self.dataChanged.emit()
