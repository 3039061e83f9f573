"""Báo cáo kết quả: the reports of a plan, who has sent results, the days left to
the deadline, and the results log where the office records what it did."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.domain.enums import PlanKind
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.models.report_models import ReportTableModel
from vnhr_desktop.ui.models.table_model import DatabaseListSource
from vnhr_desktop.ui.screen_fit import long_choice
from vnhr_desktop.ui.widgets.media_log_panel import MediaLogPanel
from vnhr_desktop.ui.widgets.received_reports_view import ReceivedReportsView
from vnhr_desktop.ui.widgets.record_list import RecordListView
from vnhr_desktop.ui.widgets.report_completeness_panel import DeadlineLabel, ReportCompletenessPanel

if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle


class ReportsTab(QWidget):
    list_name = "reports"
    dataChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database: DatabaseHandle | None = None
        self.today: dt.date | None = None  # tests pin the day
        self.plan_combo = QComboBox(self)
        self.plan_combo.setObjectName("planFilter")
        long_choice(self.plan_combo, 20)
        self.plan_combo.currentIndexChanged.connect(self._plan_changed)
        self.deadline = DeadlineLabel(self)
        self.deadline.setObjectName("deadline")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan:"), self))
        top.addWidget(self.plan_combo, 1)
        top.addWidget(self.deadline)

        self.model = ReportTableModel()
        self.view = RecordListView(self.model, self.tr("reports"), self)
        self.view.set_column_widths([110, 86, 420, 170, 110], 2)
        self.view.activated.connect(lambda _row: self.open_current())
        self.view.selectionChanged.connect(self._update_buttons)
        self.buttons = {}
        actions = (
            ("new", self.tr("New report…"), self.new_report),
            ("open", self.tr("Open…"), self.open_current),
            ("pdf", self.tr("Export PDF…"), lambda: self.export("report")),
            ("annex", self.tr("Export annex…"), lambda: self.export("annex")),
            ("package", self.tr("Save to USB…"), self.package),
            ("delete", self.tr("Delete draft"), self.delete_draft),
        )
        row = QGridLayout()
        for index, (key, text, slot) in enumerate(actions):
            button = QPushButton(text, self)
            button.setObjectName(f"{key}Report")
            button.clicked.connect(slot)
            row.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button
        row.setColumnStretch(3, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(row)
        self.completeness = ReportCompletenessPanel(self)
        self.completeness.showTasks.connect(self.open_agency_tasks)
        self.agency_tasks_dialog = None
        box = QGroupBox(self.tr("Results from the agencies"), self)
        QVBoxLayout(box).addWidget(self.completeness)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(box)
        split.setSizes([760, 560])

        self.media = MediaLogPanel(self)
        self.media.changed.connect(self.dataChanged)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("reportPages")
        self.pages.addTab(split, self.tr("Reports"))
        self.pages.addTab(self.media, self.tr("Results log"))
        self.received = ReceivedReportsView(self)
        self.received.changed.connect(self.dataChanged)
        self.received.reportComposed.connect(self._composed)
        self.pages.addTab(self.received, self.tr("Received reports"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._update_buttons()

    # -- data ----------------------------------------------------------------
    def attach(self, database: DatabaseHandle) -> None:
        self.database = database
        self.model.set_source(DatabaseListSource(database, self.list_name))
        self.media.attach(database)
        self.received.attach(database)
        self._load_plans()
        self._select_first()
        self._update_buttons()

    def refresh(self) -> None:
        if self.database is None:
            return
        self._load_plans()
        self.model.refresh()
        self.media.refresh()
        self._select_first()
        self._update_buttons()

    def _load_plans(self) -> None:
        from vnhr_desktop.services.listing import plan_rows

        assert self.database is not None  # attached before the widget is used
        with self.database.Session() as session:
            plans = plan_rows(session)
        current = self.plan_combo.currentData()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in plans:
            label = f"{plan.number_symbol} – {plan.title}" if plan.number_symbol else plan.title
            self.plan_combo.addItem(label, plan.id)
        index = self.plan_combo.findData(current)
        if index < 0:
            today = self.today or dt.date.today()
            # The office reports on its own plans; a received plan only when it has none.
            upcoming = sorted(
                ((p.kind != PlanKind.OWN, p.report_deadline, p.id) for p in plans if p.report_deadline),
                key=lambda d: (d[0], d[1] < today, abs((d[1] - today).days)),
            )
            index = self.plan_combo.findData(upcoming[0][2]) if upcoming else 0
        self.plan_combo.setCurrentIndex(index)
        self.plan_combo.blockSignals(False)
        self.plan_combo.setToolTip(self.plan_combo.currentText())
        self._plan_changed()

    def plan_id(self) -> int | None:
        return self.plan_combo.currentData()

    def _plan_changed(self, *_args) -> None:
        if self.database is None:
            return
        completeness = self.completeness.show_plan(self.database, self.plan_id(), self.today)
        self.deadline.show_for(completeness)
        self.media.set_plan(self.plan_id())
        self.received.today = self.today
        self.received.set_plan(self.plan_id())

    def open_agency_tasks(self, plan_id: int, agency: str) -> None:
        """The plan's tasks page, on the first task the agency leads."""
        from vnhr_desktop.ui.dialogs.plan_editor import PAGE_TASKS, PlanEditorDialog

        dialog = PlanEditorDialog(self.database, plan_id, self)
        dialog.pages.setCurrentIndex(PAGE_TASKS)
        rows = [i for i, task in enumerate(dialog.tasks.tasks()) if task.lead_agency == agency]
        if rows:
            dialog.tasks.table.selectRow(rows[0])
        dialog.finished.connect(lambda _r: self._plan_changed())
        self.agency_tasks_dialog = dialog
        dialog.open()

    def current_report(self):
        return self.view.current_row()

    def select_report(self, report_id: int | None) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        index = next((i for i, r in enumerate(rows) if r.id == report_id), 0 if rows else None)
        if index is not None:
            self.view.table.selectRow(index)

    def _select_first(self) -> None:
        if self.view.current_row() is None and self.model.rowCount():
            self.view.table.selectRow(0)

    def _update_buttons(self) -> None:
        row = self.current_report()
        for key in ("open", "pdf", "annex"):
            self.buttons[key].setEnabled(row is not None)
        self.buttons["package"].setEnabled(row is not None and row.status != "draft")
        self.buttons["delete"].setEnabled(row is not None and row.status == "draft")
        self.buttons["new"].setEnabled(self.database is not None)

    def _changed(self, select_id: int | None = None) -> None:
        self.model.refresh()
        self.select_report(select_id)
        self._plan_changed()
        self._update_buttons()
        self.dataChanged.emit()

    def _composed(self, report_id: int) -> None:
        self._changed(report_id)
        self.pages.setCurrentIndex(0)

    # -- actions -------------------------------------------------------------
    def new_report(self) -> int | None:
        from vnhr_desktop.ui.dialogs.report_new_dialog import ReportNewDialog

        dialog = ReportNewDialog(self.database, self.plan_id(), self)
        if not dialog.exec() or dialog.report_id is None:
            return None
        self._changed(dialog.report_id)
        self.open_report(dialog.report_id)
        return dialog.report_id

    def open_current(self) -> None:
        row = self.current_report()
        if row is not None:
            self.open_report(row.id)

    def open_report(self, report_id: int) -> None:
        from vnhr_desktop.ui.dialogs.report_composer_dialog import ReportComposerDialog

        ReportComposerDialog(self.database, report_id, self).exec()
        self._changed(report_id)

    def default_name(self, what: str, row) -> str:
        code = (row.number_symbol or "du-thao").replace("/", "-").strip() or "du-thao"
        return f"bao-cao-{code}.pdf" if what == "report" else f"phu-luc-{code}.xlsx"

    def export(self, what: str, path: Path | None = None, on_done=None) -> None:
        """Save the report PDF or the annex workbook (in the background)."""
        from vnhr_desktop.ui.export_file import export_to_file, show_written

        row = self.current_report()
        if row is None:
            return

        def done(written: Path) -> None:
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr("Written %1").replace("%1", str(written)), 8000)
            (on_done or (lambda p: show_written(self, p)))(written)

        export_to_file(self, self.database, what, row.id, self.default_name(what, row), on_done=done, path=path)

    def package(self) -> None:
        from vnhr_desktop.ui.dialogs.package_drive_dialog import PackageDriveDialog

        row = self.current_report()
        if row is None:
            return
        PackageDriveDialog(self.database, row.id, self).exec()
        self._changed(row.id)

    def delete_draft(self) -> None:
        from vnhr_desktop.services.reports import delete_report
        from vnhr_desktop.ui.undo import delete_undoable

        row = self.current_report()
        if row is None or row.status != "draft":
            return
        if (
            QMessageBox.question(
                self, self.tr("Delete draft"), self.tr("Delete the draft report “%1”?").replace("%1", row.title)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            delete_undoable(
                self,
                self.database,
                self.tr("Delete draft “%1”").replace("%1", row.title),
                "report",
                [row.id],
                lambda session: delete_report(session, row.id),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), exc.message)
            return
        self._changed()
