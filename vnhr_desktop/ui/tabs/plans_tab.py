"""Kế hoạch: plans received from above and the office's own plans - the list
with its filters, the editor, issuing with a register number, copy to next
year, the printed plan and task workbook, the register of outgoing documents,
and the tasks due soon or overdue (counted on the tab and in the status bar)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QMainWindow, QMessageBox, QTabWidget, QToolBar

from vnhr_desktop.domain.enums import PlanKind, PlanStatus
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.labels import code_label
from vnhr_desktop.ui.models.plan_models import PlanTableModel
from vnhr_desktop.ui.tabs.list_tab import ListTab
from vnhr_desktop.ui.widgets.due_tasks_view import DueTasksView
from vnhr_desktop.ui.widgets.plan_keys import bind


class PlansTab(ListTab):
    list_name = "plans"
    dueCountsChanged = Signal(int, int)  # due soon, overdue

    def __init__(self, parent=None, today=None):
        super().__init__(PlanTableModel(), self.tr("plans"), parent)
        self.view.set_column_widths([120, 86, 520, 100, 110, 96, 90], 2)
        self.due_soon = self.overdue = 0
        self._build_filters()
        self._build_buttons()
        self.due_view = DueTasksView(self, today)
        self.due_view.countsChanged.connect(self._due_counts)
        self.due_view.openPlan.connect(self.edit_plan)
        self.inner = QTabWidget(self)
        self.inner.setObjectName("plansInner")
        self.layout_.removeWidget(self.view)
        self.inner.addTab(self.view, self.tr("Plans"))
        self.inner.addTab(self.due_view, self.tr("Due and overdue"))
        self.inner.currentChanged.connect(self._inner_changed)
        self.layout_.addWidget(self.toolbar)
        self.layout_.addWidget(self.inner, 1)
        self.view.activated.connect(lambda row: self.edit_plan(row.id) if row is not None else None)
        self.view.selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    # -- construction ------------------------------------------------------
    def _combo(self, name: str, items) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _i, c=combo, n=name: self.model.set_filter(n, c.currentData()))
        self.view.filters.addWidget(combo)
        return combo

    def _build_filters(self) -> None:
        self.year_filter = self._combo("year", [(self.tr("All years"), None)])
        self.kind_filter = self._combo(
            "kind",
            [(self.tr("All kinds"), None)] + [(code_label(k), str(k)) for k in (PlanKind.OWN, PlanKind.RECEIVED)],
        )
        self.status_filter = self._combo(
            "status", [(self.tr("All statuses"), None)] + [(code_label(s), str(s)) for s in PlanStatus]
        )
        self.view.filters.addStretch(1)

    def _action(self, name: str, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _c=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({shortcut})")
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _build_buttons(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("planActions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_button = self._action("newPlan", self.tr("New plan"), self.new_plan, "Ctrl+N")
        self.edit_button = self._action("editPlan", self.tr("Open"), self.edit_selected)
        self.issue_button = self._action("issuePlan", self.tr("Issue…"), self.issue_selected, "Ctrl+I")
        self.copy_button = self._action("copyPlan", self.tr("Copy to next year…"), self.copy_selected)
        self.pdf_button = self._action("printPlan", self.tr("Print PDF…"), self.export_pdf, "Ctrl+P")
        self.xlsx_button = self._action("exportTasks", self.tr("Tasks to Excel…"), self.export_xlsx)
        self.delete_button = self._action("deletePlan", self.tr("Delete"), self.delete_selected)
        self.import_button = self._action("importPlan", self.tr("Import from document…"), self.import_document)
        self.toolbar.addSeparator()
        self.register_button = self._action("register", self.tr("Register of outgoing documents…"), self.show_register)
        bind(self.view.table, Qt.Key.Key_Return, self.edit_selected, Qt.ShortcutContext.WidgetShortcut)

    # -- data --------------------------------------------------------------
    def attach(self, database) -> None:
        super().attach(database)
        self._fill_years()
        self.due_view.database = database
        self._refresh_due()

    def refresh(self) -> None:
        if self.database is None:
            return
        self._fill_years()
        super().refresh()
        self._refresh_due()

    def _due_view_shown(self) -> bool:
        return self.inner.currentWidget() is self.due_view

    def _inner_changed(self, _index: int) -> None:
        if self._due_view_shown() and self.database is not None:
            self.due_view.refresh()

    def _refresh_due(self) -> None:
        """The task list fills only while it is on screen; the counts always."""
        if self._due_view_shown():
            self.due_view.refresh()
        else:
            self.refresh_due_counts(self.database)

    def _fill_years(self) -> None:
        from vnhr_desktop.services.plans import plan_years

        assert self.database is not None  # attached before the widget is used
        with self.database.Session() as session:
            years = plan_years(session)
        current = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(current)))
        self.year_filter.blockSignals(False)

    def selected(self):
        rows = self.view.selected_rows()
        return rows[0] if rows else self.view.current_row()

    def _update_buttons(self) -> None:
        row = self.selected()
        has = row is not None
        own_draft = has and row.kind == PlanKind.OWN and row.status == PlanStatus.DRAFT
        for b in (self.edit_button, self.copy_button, self.pdf_button, self.xlsx_button):
            b.setEnabled(has)
        self.issue_button.setEnabled(own_draft)
        self.delete_button.setEnabled(has and (own_draft or row.kind == PlanKind.RECEIVED))

    # -- due counts (tab title and status bar) -----------------------------
    def refresh_due_counts(self, database) -> None:
        """Count due and overdue tasks without loading the tab (the window shows the
        counts from start-up, whichever tab is open)."""
        from vnhr_desktop.services.due_tasks import due_counts

        if self.database is not None and self._due_view_shown():
            self.due_view.refresh()
            return
        with database.Session() as session:
            due_soon, overdue = due_counts(session, self.due_view.today, self.due_view.days.value())
        self._due_counts(due_soon, overdue)

    def _due_counts(self, due_soon: int, overdue: int) -> None:
        self.due_soon, self.overdue = due_soon, overdue
        self.inner.setTabText(1, self.tr("Due and overdue (%1)").replace("%1", str(due_soon + overdue)))
        self.dueCountsChanged.emit(due_soon, overdue)

    def tab_badge(self) -> QIcon:
        """A round badge with the number of tasks due soon or overdue (red when any is
        overdue) for the main tab; an empty icon when there are none."""
        total = self.overdue + self.due_soon
        if not total:
            return QIcon()
        pixmap = QPixmap(36, 36)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#c62828") if self.overdue else QColor("#b26a00"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(0, 0, 36, 36)
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(20 if total < 100 else 14)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, str(total) if total < 1000 else "999+")
        painter.end()
        return QIcon(pixmap)

    def tab_tooltip(self) -> str:
        return self.due_status_text()

    def due_status_text(self) -> str:
        if not (self.overdue or self.due_soon):
            return ""
        return (
            self.tr("Tasks: %1 overdue, %2 due within %3 days")
            .replace("%1", str(self.overdue))
            .replace("%2", str(self.due_soon))
            .replace("%3", str(self.due_view.days.value()))
        )

    # -- actions -----------------------------------------------------------
    def _after_change(self) -> None:
        self.refresh()
        self.dataChanged.emit()

    def open_editor(self, plan_id: int | None):
        from vnhr_desktop.ui.dialogs.plan_editor import PlanEditorDialog

        dialog = PlanEditorDialog(self.database, plan_id, self)
        dialog.saved.connect(lambda _id: self._after_change())
        return dialog

    def new_plan(self) -> None:
        if self.database is not None:
            self.open_editor(None).exec()

    def edit_plan(self, plan_id: int) -> None:
        if self.database is not None:
            self.open_editor(plan_id).exec()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.edit_plan(row.id)

    def issue_selected(self) -> None:
        from vnhr_desktop.ui.dialogs.plan_issue_dialog import PlanIssueDialog

        row = self.selected()
        if row is None or not self.issue_button.isEnabled():
            return
        dialog = PlanIssueDialog(self.database, row.id, self)
        if dialog.exec():
            self._after_change()
            window = self.window()
            if isinstance(window, QMainWindow):  # not when the tab is shown on its own
                window.statusBar().showMessage(self.tr("Issued as %1").replace("%1", dialog.issued_as), 8000)

    def copy_selected(self) -> None:
        from vnhr_desktop.services.plan_copy import copy_to_next_year

        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Copy to next year"),
            self.tr(
                "Create a draft for next year from this plan, with its tasks, targets, slogans, banner "
                "schedule and events (participants are not copied)? Dates move one year and the "
                "anniversary wording is updated."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        assert self.database is not None  # attached before the widget is used
        with self.database.session() as session:
            new_id = copy_to_next_year(session, row.id)
        self._after_change()
        self.edit_plan(new_id)

    def delete_selected(self) -> None:
        from vnhr_desktop.services.plans import delete_plan
        from vnhr_desktop.ui.undo import delete_undoable

        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete plan"),
            self.tr("Delete this plan with its tasks and targets?\n%1").replace("%1", row.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_undoable(
                self,
                self.database,
                self.tr("Delete plan “%1”").replace("%1", row.title),
                "plan",
                [row.id],
                lambda session: delete_plan(session, row.id),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), exc.message)
            return
        self._after_change()

    def file_stem(self, row) -> str:
        """ "ke-hoach-12-KH-BCĐNQ" (a draft: "ke-hoach-du-thao-7")."""
        label = row.number_symbol.strip().replace("/", "-") if row.number is not None else ""
        return f"ke-hoach-{label or f'du-thao-{row.id}'}"

    def export(self, suffix: str, path: Path | None = None, on_done=None) -> None:
        """The printed plan (.pdf) or its task workbook (.xlsx), written in the background."""
        from vnhr_desktop.ui.export_file import export_to_file

        row = self.selected()
        if row is None or self.database is None:
            return
        export_to_file(self, self.database, "plan", row.id, self.file_stem(row) + suffix, on_done=on_done, path=path)

    def export_pdf(self) -> None:
        self.export(".pdf")

    def export_xlsx(self) -> None:
        self.export(".xlsx")

    def import_document(self, path=None) -> None:
        """A received document read into a plan; the implementing plan opens in the editor."""
        from vnhr_desktop.ui.dialogs.plan_import_dialog import PlanImportDialog

        if self.database is None:
            return
        dialog = PlanImportDialog(self.database, self, path)
        if dialog.exec() and dialog.outcome is not None:
            self._after_change()
            if dialog.outcome.own_id is not None:
                self.edit_plan(dialog.outcome.own_id)

    def show_register(self) -> None:
        from vnhr_desktop.ui.dialogs.register_dialog import RegisterDialog

        if self.database is not None:
            RegisterDialog(self.database, self).exec()
