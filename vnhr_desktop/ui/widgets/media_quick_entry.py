"""Quick entry of results: type a title, press Enter, the next one is ready with
the same kind, channel and date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.widgets.media_fields import MediaFields
from vnhr_desktop.ui.widgets.message_line import MessageLine

if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle


class MediaQuickEntry(QWidget):
    added = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database: DatabaseHandle | None = None
        self.plan_id: int | None = None
        self.fields = MediaFields(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addMedia")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.submit)
        self.fields.title.returnPressed.connect(self.submit)
        self.error = MessageLine(self)
        self.error.setObjectName("mediaError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        f = self.fields
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Kind"), self), 0, 0)
        grid.addWidget(f.kind, 0, 1)
        grid.addWidget(QLabel(self.tr("Channel"), self), 0, 2)
        grid.addWidget(f.channel, 0, 3, 1, 3)
        grid.addWidget(QLabel(self.tr("Date"), self), 1, 0)
        grid.addWidget(f.date_range, 1, 1)
        grid.addWidget(QLabel(self.tr("Quantity"), self), 1, 2)
        counts = QHBoxLayout()
        counts.addWidget(f.quantity)
        counts.addSpacing(12)
        counts.addWidget(QLabel(self.tr("Minutes"), self))
        counts.addWidget(f.minutes)
        counts.addStretch(1)
        grid.addLayout(counts, 1, 3, 1, 3)
        grid.addWidget(QLabel(self.tr("Title"), self), 2, 0)
        grid.addWidget(f.title, 2, 1, 1, 5)
        grid.addWidget(QLabel(self.tr("Link"), self), 3, 0)
        grid.addWidget(f.link, 3, 1, 1, 4)
        grid.addWidget(self.add_button, 3, 5)
        grid.addWidget(self.error, 4, 0, 1, 6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)

    def attach(self, database: DatabaseHandle) -> None:
        self.database = database
        self.reload_channels()

    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id

    def reload_channels(self) -> None:
        from vnhr_desktop.services.media import channels

        assert self.database is not None  # attached before the widget is used
        with self.database.Session() as session:
            self.fields.set_channels(channels(session))

    def submit(self) -> int | None:
        from vnhr_desktop.services.media import add_media

        if self.database is None:
            return None
        try:
            with self.database.session() as session:
                media_id = add_media(session, self.fields.value(self.plan_id))
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return None
        self.error.hide()
        self.fields.clear_for_next()
        self.fields.title.setFocus()
        self.reload_channels()
        self.added.emit(media_id)
        return media_id
