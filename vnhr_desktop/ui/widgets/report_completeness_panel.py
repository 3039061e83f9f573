"""Which agencies have sent their results for the chosen plan, and how many days
are left to the report deadline (highlighted when close or past)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.ui.labels import date_text
from vnhr_desktop.ui.models.report_models import CompletenessModel

if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle


LEVEL_STYLE = {
    "past": "background: #fde2e1; color: #8b0000; border: 1px solid #e0a0a0; border-radius: 3px; padding: 4px;",
    "close": "background: #fff1c9; color: #5b4a00; border: 1px solid #e0c060; border-radius: 3px; padding: 4px;",
    "ok": "padding: 4px;",
}


class DeadlineLabel(QLabel):
    """ "Report deadline 01/01/2025 – 5 day(s) left", amber when close, red when past."""

    def text_for(self, completeness) -> str:
        if completeness is None or completeness.deadline is None:
            return self.tr("No report deadline set for this plan.")
        left = completeness.days_left
        day = date_text(completeness.deadline)
        if left < 0:
            return self.tr("Report deadline %1 – %2 day(s) overdue").replace("%1", day).replace("%2", str(-left))
        if left == 0:
            return self.tr("Report deadline %1 – due today").replace("%1", day)
        return self.tr("Report deadline %1 – %2 day(s) left").replace("%1", day).replace("%2", str(left))

    def show_for(self, completeness) -> None:
        self.setText(self.text_for(completeness))
        level = completeness.level if completeness is not None else None
        self.setProperty("level", level or "")
        self.setStyleSheet(LEVEL_STYLE.get(level or "", ""))


class ReceivedDialog(QDialog):
    """ "Đã nhận báo cáo của <agency> ngày ...": the day and an optional note."""

    def __init__(self, agency: str, today: dt.date, parent=None):
        from vnhr_desktop.ui.widgets.media_fields import date_edit

        super().__init__(parent)
        self.setWindowTitle(self.tr("Report received"))
        self.date = date_edit(self, today, "receivedOn")
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. Báo cáo số 25/BC-CAT"))
        form = QFormLayout(self)
        form.addRow(self.tr("Agency"), QLabel(agency, self))
        form.addRow(self.tr("Received on"), self.date)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ReportCompletenessPanel(QWidget):
    showTasks = Signal(int, str)  # plan id, agency name
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.completeness = None
        self.database: DatabaseHandle | None = None
        self.plan_id: int | None = None
        self.today: dt.date | None = None
        self.counts = QLabel(
            self.tr(
                "Counted: the agencies that lead tasks of this plan or whose report was recorded. An agency "
                "has reported when its report was received, or all its tasks are done, by the deadline."
            ),
            self,
        )
        self.counts.setObjectName("completenessCounts")
        self.counts.setWordWrap(True)
        self.received_button = QPushButton(self.tr("Report received…"), self)
        self.received_button.setObjectName("reportReceived")
        self.received_button.setToolTip(self.tr("Record that the selected agency's report has come in"))
        self.received_button.clicked.connect(self.ask_received)
        self.tasks_button = QPushButton(self.tr("Show its tasks"), self)
        self.tasks_button.setObjectName("agencyTasks")
        self.tasks_button.clicked.connect(self.show_tasks)
        self.reminder_button = QPushButton(self.tr("Reminder to late agencies…"), self)
        self.reminder_button.setObjectName("lateReminder")
        self.reminder_button.setToolTip(self.tr("Save the late agencies and what they owe as a PDF to send"))
        self.reminder_button.clicked.connect(lambda: self.export_reminder())
        self.summary = QLabel(self)
        self.summary.setObjectName("completenessSummary")
        self.summary.setWordWrap(True)
        self.model = CompletenessModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("completenessTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        for column, width in enumerate((190, 75, 85, 120)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _i: self.show_tasks())
        buttons = QGridLayout()  # two by two: the panel stays narrow
        buttons.addWidget(self.received_button, 0, 0)
        buttons.addWidget(self.tasks_button, 0, 1)
        buttons.addWidget(self.reminder_button, 1, 0)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def selected(self):
        index = self.view.currentIndex()
        rows = self.completeness.agencies if self.completeness else ()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def show_tasks(self) -> None:
        row = self.selected()
        if row is not None and self.plan_id is not None:
            self.showTasks.emit(self.plan_id, row.agency)

    def ask_received(self) -> None:
        from vnhr_desktop.ui.widgets.media_fields import to_date

        row = self.selected()
        if row is None:
            return
        dialog = ReceivedDialog(row.agency, self.today or dt.date.today(), self)
        if dialog.exec():
            self.record_received(row.agency, to_date(dialog.date.date()), dialog.note.text())

    def record_received(self, agency: str, on: dt.date, note: str = "") -> None:
        from vnhr_desktop.services.completeness import record_agency_report

        assert self.database is not None  # attached before the widget is used
        if self.plan_id is None:
            return
        with self.database.session() as session:
            record_agency_report(session, self.plan_id, agency, on, note)
        self.show_plan(self.database, self.plan_id, self.today)
        self.changed.emit()

    def export_reminder(self, path=None, on_done=None) -> None:
        """The late agencies of the plan, with what they owe, as a PDF to send."""
        from vnhr_desktop.ui.export_file import ask_save_path, show_written, write_export
        from vnhr_desktop.ui.workers import run_job

        if self.plan_id is None:
            return
        today = self.today or dt.date.today()
        target = path or ask_save_path(self, f"nhac-bao-cao-{today:%Y%m%d}.pdf", ".pdf")
        if target is None:
            return
        database, plan_id = self.database, self.plan_id

        def write():
            return write_export(database, "late-agencies", plan_id, target, today=today)

        run_job(self, write, on_success=on_done or (lambda written: show_written(self, written)))

    def show_plan(self, database, plan_id: int | None, today: dt.date | None = None):
        from vnhr_desktop.services.completeness import plan_completeness

        self.database, self.plan_id, self.today = database, plan_id, today
        for button in (self.received_button, self.tasks_button, self.reminder_button):
            button.setEnabled(plan_id is not None)
        if plan_id is None:
            self.completeness = None
            self.model.set_rows([])
            self.summary.setText(self.tr("Choose a plan to see which agencies have reported."))
            return None
        with database.Session() as session:
            self.completeness = plan_completeness(session, plan_id, today=today)
        rows = self.completeness.agencies
        self.model.set_rows(rows)
        if rows:
            self.summary.setText(
                self.tr("%1 of %2 agencies with tasks have sent all their results.")
                .replace("%1", str(self.completeness.reported))
                .replace("%2", str(len(rows)))
            )
        else:
            self.summary.setText(self.tr("No tasks of this plan are assigned to an agency yet."))
        return self.completeness
