"""Issue a report: the date, and the number (next in the register, or one given
outside the app). The figures are frozen at this moment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.media_fields import date_edit, to_date
from vnhr_desktop.ui.widgets.message_line import MessageLine


class ReportIssueDialog(QDialog):
    def __init__(self, database, report_id: int, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        fit_dialog(self, 460)
        self.database = database
        self.report_id = report_id
        self.issued_as = ""
        self.setWindowTitle(self.tr("Issue report"))
        self.setMinimumWidth(440)
        self.date = date_edit(self, today or dt.date.today(), "issueDate")
        self.number = QSpinBox(self)
        self.number.setObjectName("number")
        self.number.setRange(0, 99_999)
        self.number.setSpecialValueText(self.tr("next in the register"))
        note = QLabel(
            self.tr(
                "The figures are frozen when the report is issued: later changes to the records will not change it."
            ),
            self,
        )
        note.setWordWrap(True)
        self.will_give = QLabel(self)
        self.will_give.setObjectName("willGive")
        self.error = MessageLine(self)  # keeps its place: showing a message moves nothing
        self.error.setObjectName("issueError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Issued on"), self.date)
        form.addRow(self.tr("Number"), self.number)
        form.addRow("", self.will_give)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.date.dateChanged.connect(lambda _d: self.show_number())
        self.number.valueChanged.connect(lambda _v: self.show_number())
        self.show_number()

    def show_number(self) -> None:
        """ "Số sẽ cấp: 14/BC-BCĐNQ" for the day and number chosen."""
        from vnhr_desktop.services.report_number import number_to_give

        with self.database.Session() as session:
            text = number_to_give(session, self.report_id, to_date(self.date.date()), self.number.value() or None)
        self.will_give.setText(self.tr("Number to be given: %1").replace("%1", text) if text else "")

    def issue(self) -> None:
        from vnhr_desktop.services.reports import issue_report

        try:
            with self.database.session() as session:
                self.issued_as = issue_report(
                    session, self.report_id, to_date(self.date.date()), number=self.number.value() or None
                )
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
