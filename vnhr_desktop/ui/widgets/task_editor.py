"""The tasks of a plan: a table of tasks and, below it, the form of the selected
task (content, lead agency - pick one or type a new name -, cooperating
agencies, due date, status, note).

Keys: Insert adds a task after the current one, Delete (in the table) removes
it, Alt+Up / Alt+Down move it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
)

from vnhr_desktop.domain.enums import TaskStatus
from vnhr_desktop.domain.plan_data import TaskItem
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.ui.labels import code_label
from vnhr_desktop.ui.models.plan_item_models import task_model
from vnhr_desktop.ui.widgets.plan_date_edit import PlanDateEdit
from vnhr_desktop.ui.widgets.plan_item_editor import PlanItemEditor


class TaskEditor(PlanItemEditor):
    FIELDS = ("content", "lead_agency", "due_date")

    def __init__(self, parent=None):
        self._agencies: list[str] = []
        super().__init__(task_model, "tasks", "add_task", parent)
        self.add_button.setText(self.tr("Add task"))
        self.add_button.setToolTip(self.tr("Add a task after the selected one (Insert)"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((400, 200, 150, 90, 110)):
            self.table.setColumnWidth(column, width)
        self._load_row(-1)

    def build_form(self, form) -> None:
        self.content = QPlainTextEdit(self)
        self.content.setObjectName("task_content")
        self.content.setTabChangesFocus(True)
        self.content.setMaximumHeight(80)
        self.lead = QComboBox(self)
        self.lead.setObjectName("task_lead")
        self.lead.setEditable(True)
        self.lead.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.lead.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("Pick an agency or type a new name"))
        self.cooperators = QListWidget(self)
        self.cooperators.setObjectName("task_cooperators")
        self.cooperators.setMaximumHeight(96)
        self.add_agency_button = QPushButton(self.tr("New agency…"), self)
        self.add_agency_button.clicked.connect(self.ask_new_agency)
        self.due = PlanDateEdit(self)
        self.due.setObjectName("task_due")
        self.status = QComboBox(self)
        self.status.setObjectName("task_status")
        for code in TaskStatus:
            self.status.addItem(code_label(code), str(code))
        self.note = QLineEdit(self)
        self.note.setObjectName("task_note")

        form.addRow(self.tr("Task"), self.content)
        form.addRow("", self.notes["content"])
        form.addRow(self.tr("Lead agency"), self.lead)
        form.addRow("", self.notes["lead_agency"])
        coop = QHBoxLayout()
        coop.addWidget(self.cooperators, 1)
        coop.addWidget(self.add_agency_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Cooperating agencies"), coop)
        form.addRow(self.tr("Due date"), self.due)
        form.addRow("", self.notes["due_date"])
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Note"), self.note)

        self.content.textChanged.connect(self._form_edited)
        self.lead.currentTextChanged.connect(self._form_edited)
        lead_line = self.lead.lineEdit()
        assert lead_line is not None  # an editable combo box has one
        lead_line.editingFinished.connect(self.remember_typed_agency)
        self.cooperators.itemChanged.connect(self._form_edited)
        self.due.changed.connect(self._form_edited)
        self.status.currentIndexChanged.connect(self._form_edited)
        self.note.textChanged.connect(self._form_edited)

    # -- data --------------------------------------------------------------
    def set_agencies(self, names) -> None:
        self._agencies = list(dict.fromkeys(names))
        self._fill_agency_widgets()

    def tasks(self) -> tuple[TaskItem, ...]:
        return self.items()

    def set_tasks(self, tasks) -> None:
        self.set_items(tasks)

    def add_task(self) -> None:
        self.add_item()

    def add_item(self) -> None:
        self.remember_typed_agency()
        super().add_item()

    def remember_typed_agency(self) -> None:
        """An agency typed in one task is offered at once in the next."""
        name = clean_line(self.lead.currentText())
        if len(name) >= 2 and name not in self._agencies:
            self.add_agency_name(name)

    # -- agencies ------------------------------------------------------------
    def ask_new_agency(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New agency"), self.tr("Name of the agency:"))
        name = clean_line(name)
        if ok and name:
            self.add_agency_name(name, cooperating=True)

    def add_agency_name(self, name: str, cooperating: bool = False) -> None:
        """Make ``name`` pickable (it is stored when the plan is saved)."""
        if name not in self._agencies:
            self._agencies.append(name)
            self._fill_agency_widgets()
        if cooperating:
            for i in range(self.cooperators.count()):
                item = self.cooperators.item(i)
                if item.text() == name:
                    item.setCheckState(Qt.CheckState.Checked)

    def _fill_agency_widgets(self) -> None:
        loading, self._loading = self._loading, True
        current = self.lead.currentText()
        self.lead.clear()
        self.lead.addItem("")
        self.lead.addItems(self._agencies)
        self.lead.setEditText(current)
        completer = QCompleter(self._agencies, self.lead)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.lead.setCompleter(completer)
        checked = self._checked_cooperators()
        self.cooperators.clear()
        for name in self._agencies:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked)
            self.cooperators.addItem(item)
        self._loading = loading

    def _checked_cooperators(self) -> list[str]:
        return [
            self.cooperators.item(i).text()
            for i in range(self.cooperators.count())
            if self.cooperators.item(i).checkState() == Qt.CheckState.Checked
        ]

    # -- the form ------------------------------------------------------------
    def new_item(self) -> TaskItem:
        return TaskItem(content="")

    def first_field(self):
        return self.content

    def show_item(self, task: TaskItem) -> None:
        for name in (*task.cooperators, task.lead_agency):
            if name and name not in self._agencies:
                self._agencies.append(name)
                self._fill_agency_widgets()
        self.content.setPlainText(task.content)
        self.lead.setEditText(task.lead_agency)
        for i in range(self.cooperators.count()):
            item = self.cooperators.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in task.cooperators else Qt.CheckState.Unchecked)
        self.due.set_date(task.due_date)
        self.status.setCurrentIndex(max(0, self.status.findData(str(task.status))))
        self.note.setText(task.note)

    def item_from_form(self, task: TaskItem) -> TaskItem:
        return replace(
            task,
            content=self.content.toPlainText(),
            lead_agency=clean_line(self.lead.currentText()),
            cooperators=tuple(self._checked_cooperators()),
            due_date=self.due.value(),
            status=self.status.currentData(),
            note=self.note.text(),
        )

    def typing_errors(self) -> dict[str, str]:
        message = self.due.error()
        return {"due_date": message} if message else {}
