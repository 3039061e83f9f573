"""The rows every issue dialog shares: the issue date, the number (0 stands for
the next one in the register, or a number given outside the app) and the
"Số sẽ cấp: …" line under them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from vnhr_desktop.ui.widgets.date_field import field_date
from vnhr_desktop.ui.widgets.media_fields import date_edit


class IssueNumberFields:
    def __init__(self, parent: QWidget, today: dt.date | None, date_name: str, number_name: str):
        self.date = date_edit(parent, today or dt.date.today(), date_name)
        self.number = QSpinBox(parent)
        self.number.setObjectName(number_name)
        self.number.setRange(0, 99_999)
        self.number.setSpecialValueText(QCoreApplication.translate("IssueNumberFields", "next in the register"))
        self.will_give = QLabel(parent)
        self.will_give.setObjectName("willGive")
        self.will_give.setWordWrap(True)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(QCoreApplication.translate("IssueNumberFields", "Issued on"), self.date)
        form.addRow(QCoreApplication.translate("IssueNumberFields", "Number"), self.number)
        form.addRow("", self.will_give)

    def on_change(self, slot) -> None:
        """Call ``slot()`` whenever the date or the number changes."""
        self.date.dateChanged.connect(lambda _d: slot())
        self.number.valueChanged.connect(lambda _v: slot())

    def issued_on(self) -> dt.date:
        """The date given; a text that is no date is a UserError with its message."""
        return field_date(self.date)

    def chosen_number(self) -> int | None:
        """The number typed, or None for the next one in the register."""
        return self.number.value() or None

    def show_number(self, text: str) -> None:
        """ "Số sẽ cấp: 14/BC-BCĐNQ" (nothing when ``text`` is empty)."""
        self.will_give.setText(
            QCoreApplication.translate("IssueNumberFields", "Number to be given: %1").replace("%1", text)
            if text
            else ""
        )
