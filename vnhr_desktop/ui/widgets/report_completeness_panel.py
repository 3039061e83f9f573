"""Which agencies have sent their results for the chosen plan, and how many days
are left to the report deadline (highlighted when close or past)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from vnhr_desktop.ui.labels import date_text
from vnhr_desktop.ui.models.report_models import CompletenessModel

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
        self.setStyleSheet(LEVEL_STYLE.get(level, ""))


class ReportCompletenessPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.completeness = None
        self.summary = QLabel(self)
        self.summary.setObjectName("completenessSummary")
        self.summary.setWordWrap(True)
        self.model = CompletenessModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("completenessTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        for column, width in enumerate((190, 75, 85, 120)):
            self.view.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def show_plan(self, database, plan_id: int | None, today: dt.date | None = None):
        from vnhr_desktop.services.completeness import plan_completeness

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
