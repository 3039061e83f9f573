"""The results log: quick entry on top, then the searchable list with filters by
kind, channel and date range, and edit / delete."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.domain.enums import MediaKind
from vnhr_desktop.ui.labels import code_label
from vnhr_desktop.ui.models.media_models import MediaListSource, MediaTableModel
from vnhr_desktop.ui.widgets.media_fields import date_edit, to_date
from vnhr_desktop.ui.widgets.media_quick_entry import MediaQuickEntry
from vnhr_desktop.ui.widgets.record_list import RecordListView

if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle


class MediaLogPanel(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database: DatabaseHandle | None = None
        self.entry = MediaQuickEntry(self)
        self.entry.added.connect(self._after_change)
        box = QGroupBox(self.tr("Record a result"), self)
        QVBoxLayout(box).addWidget(self.entry)

        self.model = MediaTableModel()
        self.view = RecordListView(self.model, self.tr("results"), self)
        self.view.set_column_widths([86, 150, 220, 420, 80, 70], 3)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for code in MediaKind:
            self.kind_filter.addItem(code_label(code), str(code))
        self.kind_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("kind", self.kind_filter.currentData())
        )
        self.channel_filter = QComboBox(self)
        self.channel_filter.setObjectName("channelFilter")
        self.channel_filter.setMinimumContentsLength(8)
        self.channel_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("channel", self.channel_filter.currentData())
        )
        self.use_from = QCheckBox(self.tr("From"), self)
        self.date_from = date_edit(self, dt.date.today().replace(day=1), "dateFrom")
        self.use_to = QCheckBox(self.tr("to"), self)
        self.date_to = date_edit(self, dt.date.today(), "dateTo")
        for check in (self.use_from, self.use_to):
            check.toggled.connect(self._apply_dates)
        for field in (self.date_from, self.date_to):
            field.dateChanged.connect(self._apply_dates)
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_filter.setMinimumContentsLength(7)
        self.channel_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:"), self))
        for widget, stretch in (
            (self.kind_filter, 2),
            (self.channel_filter, 3),
            (self.use_from, 0),
            (self.date_from, 0),
            (self.use_to, 0),
            (self.date_to, 0),
        ):
            filters.addWidget(widget, stretch)

        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.activated.connect(lambda _row: self.edit_current())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def attach(self, database: DatabaseHandle) -> None:
        self.database = database
        self.entry.attach(database)
        self._reload_channel_filter()
        self.model.set_source(MediaListSource(database))

    def set_plan(self, plan_id: int | None) -> None:
        self.entry.set_plan(plan_id)
        self.model.set_filter("plan_id", plan_id)

    def refresh(self) -> None:
        if self.database is not None:
            self._reload_channel_filter()
            self.entry.reload_channels()
            self.model.refresh()

    def _reload_channel_filter(self) -> None:
        from vnhr_desktop.services.media import channels

        assert self.database is not None  # attached before the widget is used
        with self.database.Session() as session:
            names = channels(session)
        current = self.channel_filter.currentData()
        self.channel_filter.blockSignals(True)
        self.channel_filter.clear()
        self.channel_filter.addItem(self.tr("All channels"), "")
        for name in sorted(names):
            self.channel_filter.addItem(name, name)
        self.channel_filter.setCurrentIndex(max(self.channel_filter.findData(current), 0))
        self.channel_filter.blockSignals(False)

    def _apply_dates(self, *_args) -> None:
        self.model.set_filter("date_from", to_date(self.date_from.date()) if self.use_from.isChecked() else None)
        self.model.set_filter("date_to", to_date(self.date_to.date()) if self.use_to.isChecked() else None)

    def _after_change(self, *_args) -> None:
        self._reload_channel_filter()
        self.model.refresh()
        self.changed.emit()

    def edit_current(self) -> None:
        from vnhr_desktop.ui.dialogs.media_edit_dialog import MediaEditDialog

        row = self.view.current_row()
        if row is None:
            return
        if MediaEditDialog(self.database, row.id, self).exec():
            self._after_change()

    def delete_selected(self) -> None:
        from vnhr_desktop.services.media import delete_media
        from vnhr_desktop.ui.undo import delete_undoable

        rows = self.view.selected_rows()
        if not rows:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete results"), self.tr("Delete %n selected result(s)?", "", len(rows))
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = [r.id for r in rows]
        delete_undoable(
            self,
            self.database,
            self.tr("Delete %n result(s)", "", len(ids)),
            "media_output",
            ids,
            lambda session: delete_media(session, ids),
        )
        self._after_change()
