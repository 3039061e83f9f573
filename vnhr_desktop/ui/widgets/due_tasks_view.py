"""Tasks due in the next N days and overdue, across all issued plans, grouped
by lead agency. Double-click a task to open its plan; "Mark done" ticks it off."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.ui.labels import code_label, days_text

# Brushes, not colours: PySide6 mishandles the implicit QColor -> QBrush
# conversion when it is repeated thousands of times.
if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle
    from vnhr_desktop.services.due_tasks import DueSummary


OVERDUE = QBrush(QColor("#b00020"))
SOON = QBrush(QColor("#8a5a00"))
TASK_ROLE = Qt.ItemDataRole.UserRole + 1
PLAN_ROLE = Qt.ItemDataRole.UserRole + 2


class DueTasksView(QWidget):
    countsChanged = Signal(int, int)  # due soon, overdue
    openPlan = Signal(int)

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.database: DatabaseHandle | None = None
        self.today = today
        self.summary: DueSummary | None = None
        self.days = QSpinBox(self)
        self.days.setObjectName("due_days")
        self.days.setRange(0, 365)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(lambda _v: self.refresh())
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setObjectName("mark_done")
        self.done_button.clicked.connect(self.mark_done)
        self.print_button = QPushButton(self.tr("Print reminder"), self)
        self.print_button.setObjectName("print_due")
        self.print_button.setToolTip(self.tr("Save the due and overdue tasks per agency, to send as a reminder"))
        print_menu = QMenu(self.print_button)
        print_menu.addAction(self.tr("Reminder list (PDF)…"), lambda: self.export(".pdf"))
        print_menu.addAction(self.tr("Reminder list (Excel)…"), lambda: self.export(".xlsx"))
        self.print_button.setMenu(print_menu)
        self.count = QLabel(self)
        self.count.setObjectName("due_count")
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("due_tree")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.doubleClicked.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tasks due within"), self))
        top.addWidget(self.days)
        top.addWidget(QLabel(self.tr("and overdue tasks, by lead agency"), self))
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.done_button)
        bottom = QHBoxLayout()  # below the list: the top row keeps its width
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

    def attach(self, database: DatabaseHandle) -> None:
        self.database = database
        self.refresh()

    def refresh(self) -> None:
        from vnhr_desktop.services.due_tasks import due_summary

        if self.database is None:
            return
        with self.database.Session() as session:
            self.summary = summary = due_summary(session, self.today, self.days.value())
        self._fill()
        self.countsChanged.emit(summary.due_soon, summary.overdue)

    def _fill(self) -> None:
        summary = self.summary
        if summary is None:
            return
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Agency / task"), self.tr("Due"), self.tr("Days left"), self.tr("Plan"), self.tr("Status")]
        )
        for group in summary.groups:
            parts = []
            if group.overdue:
                parts.append(self.tr("%n overdue", "", group.overdue))
            if group.due_soon:
                parts.append(self.tr("%n due soon", "", group.due_soon))
            head = QStandardItem(f"{group.agency} ({', '.join(parts)})")
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            row = [head] + [QStandardItem("") for _ in range(4)]
            for task in group.tasks:
                cells = [
                    QStandardItem(" ".join(task.content.split())),
                    QStandardItem(fmt_date(task.due_date)),
                    QStandardItem(days_text(task.days_left)),
                    QStandardItem(task.plan_label),
                    QStandardItem(code_label(task.status)),
                ]
                cells[0].setToolTip(task.content)
                cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                for cell in cells:
                    cell.setData(task.task_id, TASK_ROLE)
                    cell.setData(task.plan_id, PLAN_ROLE)
                    cell.setForeground(OVERDUE if task.overdue else SOON)
                head.appendRow(cells)
            if group.hidden:
                more = QStandardItem(
                    self.tr("… and %1 older tasks (mark the tasks above done to see them)").replace(
                        "%1", str(group.hidden)
                    )
                )
                more.setForeground(OVERDUE)
                head.appendRow([more] + [QStandardItem("") for _ in range(4)])
            self.model.appendRow(row)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.count.setText(
            self.tr("Overdue: %1 · due soon: %2")
            .replace("%1", str(summary.overdue))
            .replace("%2", str(summary.due_soon))
        )
        self.done_button.setEnabled(summary.overdue + summary.due_soon > 0)

    def selected_task(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(TASK_ROLE) if index.isValid() else None

    def mark_done(self) -> None:
        from vnhr_desktop.services.due_tasks import mark_task_done

        task_id = self.selected_task()
        if task_id is None or self.database is None:
            return
        with self.database.session() as session:
            mark_task_done(session, task_id, self.today)
        self.refresh()

    def export(self, suffix: str, path=None, on_done=None) -> None:
        """Save the reminder list (the days chosen here) as PDF or workbook."""
        from vnhr_desktop.ui.export_file import export_to_file

        if self.database is None:
            return
        today = self.today or dt.date.today()
        name = f"nhac-viec-{today:%Y%m%d}{suffix}"
        export_to_file(self, self.database, "due-tasks", self.days.value(), name, on_done=on_done, path=path)

    def _activated(self, index) -> None:
        plan_id = index.data(PLAN_ROLE)
        if plan_id is not None:
            self.openPlan.emit(plan_id)
