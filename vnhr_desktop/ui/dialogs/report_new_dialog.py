"""A new result report: which plan, which period. The composer then drafts it
from the records."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.screen_fit import fit_dialog, long_choice
from vnhr_desktop.ui.widgets.media_fields import date_edit, to_date
from vnhr_desktop.ui.widgets.message_line import MessageLine


class ReportNewDialog(QDialog):
    def __init__(self, database, plan_id: int | None = None, parent=None):
        super().__init__(parent)
        from vnhr_desktop.services.listing import plan_rows

        self.database = database
        self.report_id: int | None = None
        self.setWindowTitle(self.tr("New result report"))
        fit_dialog(self, 640)
        self.plan = QComboBox(self)
        self.plan.setObjectName("plan")
        with database.Session() as session:
            self.plans = {row.id: row for row in plan_rows(session)}
        for row in self.plans.values():
            label = f"{row.number_symbol} – {row.title}" if row.number_symbol else row.title
            self.plan.addItem(label, row.id)
        if plan_id is not None and self.plan.findData(plan_id) >= 0:
            self.plan.setCurrentIndex(self.plan.findData(plan_id))
        long_choice(self.plan, 50)
        self.start = date_edit(self, name="periodStart")
        self.end = date_edit(self, name="periodEnd")
        self.plan.currentIndexChanged.connect(self._plan_period)
        self._plan_period()
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.end)
        period.addStretch(1)
        self.error = MessageLine(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Plan"), self.plan)
        form.addRow(self.tr("Period"), period)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Compose"))
        buttons.accepted.connect(self.make_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "The figures and a first draft of the text are made from the records "
                "of the plan in this period; you can edit everything afterwards."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _plan_period(self, *_args) -> None:
        from vnhr_desktop.services.plans import plan_period
        from vnhr_desktop.ui.widgets.media_fields import to_qdate

        plan_id = self.plan.currentData()
        if plan_id is None:
            return
        with self.database.Session() as session:
            start, end = plan_period(session, plan_id)
        self.start.setDate(to_qdate(start or dt.date.today().replace(day=1)))
        self.end.setDate(
            to_qdate(
                min(end, dt.date.today()) if end and start and end > dt.date.today() > start else end or dt.date.today()
            )
        )

    def make_report(self) -> None:
        from vnhr_desktop.services.reports import create_report

        if self.plan.currentData() is None:
            self.error.setText(self.tr("Enter a plan first."))
            self.error.show()
            return
        if not self._confirm_overlap():
            return
        try:
            with self.database.session() as session:
                self.report_id = create_report(
                    session, self.plan.currentData(), to_date(self.start.date()), to_date(self.end.date())
                )
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.accept()

    def _confirm_overlap(self) -> bool:
        """A report of the same plan for an overlapping period: show it and ask."""
        from vnhr_desktop.services.reports import overlapping_reports
        from vnhr_desktop.ui.labels import date_text

        with self.database.Session() as session:
            found = overlapping_reports(
                session, self.plan.currentData(), to_date(self.start.date()), to_date(self.end.date())
            )
        if not found:
            return True
        first = found[0]
        text = (
            self.tr(
                "This plan already has a report for an overlapping period:\n%1 – %2 (%3 to %4).\n\n"
                "Make a second report anyway?"
            )
            .replace("%1", first.label)
            .replace("%2", first.title)
            .replace("%3", date_text(first.period_start))
            .replace("%4", date_text(first.period_end))
        )
        return (
            QMessageBox.question(self, self.tr("A report for this period exists"), text)
            == QMessageBox.StandardButton.Yes
        )
