"""The reminder (công văn đôn đốc) to the units that have not reported on a plan:
issue it with the next number of the register (the dashboard of the issue day
is kept with it), save an unnumbered draft with today's figures, or save again
the last one issued. The view writes the file; this dialog only issues."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.issue_number_fields import IssueNumberFields
from vnhr_desktop.ui.widgets.message_line import MessageLine

ISSUED, DRAFT, AGAIN = "issued", "draft", "again"


class ReminderDialog(QDialog):
    def __init__(self, database, plan_id: int, parent=None, today: dt.date | None = None):
        from vnhr_desktop.services.reminders import latest_reminder
        from vnhr_desktop.services.reporting_rates import plan_dashboard

        super().__init__(parent)
        fit_dialog(self, 520)
        self.database = database
        self.plan_id = plan_id
        self.choice = ""
        self.reminder_id: int | None = None  # the one issued now, or the last one (AGAIN)
        self.setWindowTitle(self.tr("Reminder (dispatch)"))
        with database.Session() as session:
            board = plan_dashboard(session, plan_id, today=today)
            self.last = latest_reminder(session, plan_id)
        missing = QLabel(
            self.tr("%1 of %2 units have not reported yet.")
            .replace("%1", str(board.missing))
            .replace("%2", str(board.expected)),
            self,
        )
        missing.setObjectName("missingCount")
        missing.setWordWrap(True)
        self.fields = IssueNumberFields(self, today, "reminderDate", "reminderNumber")
        self.date, self.number, self.will_give = self.fields.date, self.fields.number, self.fields.will_give
        note = QLabel(
            self.tr(
                "The issued reminder keeps the figures of its day; a draft leaves the number blank "
                "for the clerk and shows today's figures."
            ),
            self,
        )
        note.setWordWrap(True)
        self.error = MessageLine(self)
        self.error.setObjectName("reminderError")
        form = QFormLayout()
        self.fields.add_rows(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.issue_button = QPushButton(self.tr("Issue and save PDF…"), self)
        self.issue_button.setObjectName("issueReminder")
        self.issue_button.setDefault(True)
        self.draft_button = QPushButton(self.tr("Draft without number…"), self)
        self.draft_button.setObjectName("draftReminder")
        buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.draft_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button.clicked.connect(self.issue)
        self.draft_button.clicked.connect(lambda: self._finish(DRAFT))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(missing)
        if self.last is not None:
            last = QLabel(
                self.tr("Last issued: %1 of %2.")
                .replace("%1", self.last.number_symbol)
                .replace("%2", fmt_date(self.last.issued_on)),
                self,
            )
            last.setObjectName("lastReminder")
            again = QPushButton(self.tr("Save it again…"), self)
            again.setObjectName("againReminder")
            again.clicked.connect(lambda: self._finish(AGAIN, self.last.id if self.last else None))
            row = QHBoxLayout()
            row.addWidget(last, 1)
            row.addWidget(again)
            layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.nobody = ""  # why there is nobody to remind, if so
        if not board.expected:
            self.nobody = self.tr("The plan has no list of units to report yet: make it with “Units to report…”.")
        elif not board.missing:
            self.nobody = self.tr("Every unit has reported: there is nobody to remind.")
        if self.nobody:
            self.issue_button.setEnabled(False)
            self.will_give.setText(self.nobody)
        else:
            self.fields.on_change(self.show_number)
            self.show_number()

    def show_number(self) -> None:
        """ "Số sẽ cấp: 02/BCĐNQ" for the day and number chosen; a date that is
        no date, or an office without issuer, is said on the message line."""
        from vnhr_desktop.services.reminders import preview_reminder_number

        try:
            day = self.fields.issued_on()
            with self.database.Session() as session:
                preview = preview_reminder_number(session, self.plan_id, day, self.fields.chosen_number())
        except UserError as exc:
            self.fields.show_number("")
            self.error.setText(exc.message)
            self.issue_button.setEnabled(False)
            return
        self.error.clear_message()
        self.fields.show_number(preview.number_symbol)
        self.issue_button.setEnabled(True)

    def issue(self) -> None:
        from vnhr_desktop.services.reminders import issue_reminder

        try:
            with self.database.session() as session:
                issued = issue_reminder(
                    session, self.plan_id, self.fields.issued_on(), number=self.fields.chosen_number()
                )
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self._finish(ISSUED, issued.id)

    def _finish(self, choice: str, reminder_id: int | None = None) -> None:
        self.choice, self.reminder_id = choice, reminder_id
        self.accept()
