"""The fields of one result (media output), shared by the quick-entry row and
the edit dialog: kind, channel (with the channels already used), date, title,
quantity, minutes, link or reference."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from vnhr_desktop.domain.enums import MediaKind
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.labels import code_label
from vnhr_desktop.ui.widgets.date_field import DateField

DATE_FORMAT = "dd/MM/yyyy"


def to_date(value: QDate) -> dt.date:
    if not value.isValid():
        raise UserError("Ngày không hợp lệ: nhập ngày/tháng/năm, ví dụ 20/11/2024.")
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(parent, value: dt.date | None = None, name: str = "") -> DateField:
    return DateField(parent, value or dt.date.today(), name)


class MediaFields(QObject):
    """Creates the widgets (owned by ``parent``) and converts to and from
    services.media.MediaInput."""

    def __init__(self, parent):
        super().__init__(parent)
        self.kind = QComboBox(parent)
        self.kind.setObjectName("kind")
        for code in MediaKind:
            self.kind.addItem(code_label(code), str(code))
        self.channel = QComboBox(parent)
        self.channel.setObjectName("channel")
        self.channel.setEditable(True)
        self.channel.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.channel.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("e.g. district web portal"))
        self.channel.setMinimumContentsLength(12)
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(10)
        self.date = date_edit(parent, name="date")
        # A run of items ("12 tin từ 01/12 đến 15/12"): the last day, when ticked.
        self.has_until = QCheckBox(self.tr("until"), parent)
        self.has_until.setObjectName("hasUntil")
        self.until = date_edit(parent, name="until")
        self.until.setEnabled(False)
        self.has_until.toggled.connect(self.until.setEnabled)
        self.date_range = QWidget(parent)
        row = QHBoxLayout(self.date_range)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.date, self.has_until, self.until):
            widget.setParent(self.date_range)
            row.addWidget(widget)
        row.addStretch(1)
        self.title = QLineEdit(parent)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("Title of the news item, article, programme…"))
        self.quantity = QSpinBox(parent)
        self.quantity.setObjectName("quantity")
        self.quantity.setRange(1, 10_000_000)
        self.quantity.setGroupSeparatorShown(True)
        self.minutes = QDoubleSpinBox(parent)
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, 100_000)
        self.minutes.setDecimals(0)
        self.minutes.setSpecialValueText(self.tr("–"))
        self.link = QLineEdit(parent)
        self.link.setObjectName("link")
        self.link.setPlaceholderText(self.tr("Link or reference"))

    def set_channels(self, channels: list[str]) -> None:
        current = self.channel.currentText()
        self.channel.blockSignals(True)
        self.channel.clear()
        self.channel.addItems(channels)
        self.channel.setEditText(current)
        self.channel.blockSignals(False)

    def value(self, plan_id: int | None):
        from vnhr_desktop.services.media import MediaInput

        return MediaInput(
            kind=self.kind.currentData(),
            title=self.title.text(),
            published_on=to_date(self.date.date()),
            published_until=to_date(self.until.date()) if self.has_until.isChecked() else None,
            channel=self.channel.currentText(),
            quantity=self.quantity.value(),
            minutes=self.minutes.value() or None,
            link=self.link.text(),
            plan_id=plan_id,
        )

    def load(self, data) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.channel.setEditText(data.channel)
        if data.published_on:
            self.date.setDate(to_qdate(data.published_on))
        until = getattr(data, "published_until", None)
        self.has_until.setChecked(until is not None)
        self.until.setDate(to_qdate(until or data.published_on or dt.date.today()))
        self.title.setText(data.title)
        self.quantity.setValue(data.quantity or 1)
        self.minutes.setValue(data.minutes or 0)
        self.link.setText(data.link)

    def clear_for_next(self) -> None:
        """After an entry: empty the title and the counts, keep kind, channel and date."""
        self.title.clear()
        self.link.clear()
        self.quantity.setValue(1)
        self.minutes.setValue(0)
