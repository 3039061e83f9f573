"""Issue a report: the date, and the number (next in the register, or one given
outside the app). The figures are frozen at this moment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.issue_number_fields import IssueNumberFields
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
        self.fields = IssueNumberFields(self, today, "issueDate", "number")
        self.date, self.number, self.will_give = self.fields.date, self.fields.number, self.fields.will_give
        note = QLabel(
            self.tr(
                "The figures are frozen when the report is issued: later changes to the records will not change it."
            ),
            self,
        )
        note.setWordWrap(True)
        self.error = MessageLine(self)  # keeps its place: showing a message moves nothing
        self.error.setObjectName("issueError")
        form = QFormLayout()
        self.fields.add_rows(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.fields.on_change(self.show_number)
        self.show_number()

    def show_number(self) -> None:
        """ "Số sẽ cấp: 14/BC-BCĐNQ" for the day and number chosen."""
        from vnhr_desktop.services.report_number import number_to_give

        try:
            day = self.fields.issued_on()
        except UserError as exc:
            self.fields.show_number("")
            self.error.setText(exc.message)
            return
        self.error.clear_message()
        with self.database.Session() as session:
            text = number_to_give(session, self.report_id, day, self.fields.chosen_number())
        self.fields.show_number(text)

    def issue(self) -> None:
        from vnhr_desktop.services.reports import issue_report

        try:
            with self.database.session() as session:
                self.issued_as = issue_report(
                    session, self.report_id, self.fields.issued_on(), number=self.fields.chosen_number()
                )
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
