"""The tasks of a plan: a table of tasks and, below it, the form of the selected
task (content, lead agency - pick one or type a new name -, cooperating
agencies, due date, status, note).

Keys: Insert adds a task after the current one, Delete (in the table) removes
it, Alt+Up / Alt+Down move it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.domain.enums import TaskStatus
from vnhr_desktop.domain.plan_data import TaskItem
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.ui.labels import code_label
from vnhr_desktop.ui.models.plan_item_models import task_model
from vnhr_desktop.ui.widgets.plan_date_edit import PlanDateEdit
from vnhr_desktop.ui.widgets.plan_field_note import PlanFieldNote
from vnhr_desktop.ui.widgets.plan_keys import bind

FIELDS = ("content", "lead_agency", "due_date")


class TaskEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = False
        self._agencies: list[str] = []
        self._findings: dict[int, dict[str, tuple[str, str]]] = {}
        self.model = task_model(self)
        self.table = QTableView(self)
        self.table.setObjectName("tasks")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((400, 200, 150, 90, 110)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._load_row(cur.row()))

        self.content = QPlainTextEdit(self)
        self.content.setObjectName("task_content")
        self.content.setTabChangesFocus(True)
        self.content.setMaximumHeight(80)
        self.lead = QComboBox(self)
        self.lead.setObjectName("task_lead")
        self.lead.setEditable(True)
        self.lead.setInsertPolicy(QComboBox.NoInsert)
        self.lead.lineEdit().setPlaceholderText(self.tr("Pick an agency or type a new name"))
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
        self.notes = {name: PlanFieldNote(self) for name in FIELDS}

        form = QFormLayout()
        form.addRow(self.tr("Task"), self.content)
        form.addRow("", self.notes["content"])
        form.addRow(self.tr("Lead agency"), self.lead)
        form.addRow("", self.notes["lead_agency"])
        coop = QHBoxLayout()
        coop.addWidget(self.cooperators, 1)
        coop.addWidget(self.add_agency_button, 0, Qt.AlignTop)
        form.addRow(self.tr("Cooperating agencies"), coop)
        form.addRow(self.tr("Due date"), self.due)
        form.addRow("", self.notes["due_date"])
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Note"), self.note)
        self.form = QWidget(self)
        self.form.setLayout(form)

        self.add_button = QPushButton(self.tr("Add task"), self)
        self.add_button.setObjectName("add_task")
        self.remove_button = QPushButton(self.tr("Delete"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.add_button.setToolTip(self.tr("Add a task after the selected one (Insert)"))
        self.add_button.clicked.connect(self.add_task)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        bind(self, Qt.Key_Insert, self.add_task)
        bind(self.table, Qt.Key_Delete, self.remove_current, Qt.WidgetShortcut)
        bind(self, "Alt+Up", lambda: self.move_current(-1))
        bind(self, "Alt+Down", lambda: self.move_current(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)

        self.content.textChanged.connect(self._form_edited)
        self.lead.currentTextChanged.connect(lambda _t: self._form_edited())
        self.cooperators.itemChanged.connect(lambda _i: self._form_edited())
        self.due.changed.connect(self._form_edited)
        self.status.currentIndexChanged.connect(lambda _i: self._form_edited())
        self.note.textChanged.connect(lambda _t: self._form_edited())
        self._load_row(-1)

    # -- data --------------------------------------------------------------
    def set_agencies(self, names) -> None:
        self._agencies = list(dict.fromkeys(names))
        self._fill_agency_widgets()

    def tasks(self) -> tuple[TaskItem, ...]:
        return tuple(self.model.items())

    def set_tasks(self, tasks) -> None:
        self.model.set_items(tasks)
        self._select(0 if tasks else -1)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    # -- actions -----------------------------------------------------------
    def add_task(self) -> None:
        row = self.model.insert_item(self.current_row() + 1, TaskItem(content=""))
        self._select(row)
        self.content.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove_item(row)
            self._select(min(row, self.model.rowCount() - 1))
            self.changed.emit()

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            self._select(self.model.move_item(row, delta))
            self.changed.emit()

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
                    item.setCheckState(Qt.Checked)

    # -- findings ----------------------------------------------------------
    def show_findings(self, per_row: dict[int, dict[str, tuple[str, str]]]) -> None:
        """``per_row``: row -> field -> (message, severity)."""
        self._findings = per_row
        self.model.set_flags({row: ("error" if any(s == "error" for _, s in f.values()) else "warning")
                              for row, f in per_row.items()})
        self._show_row_findings(self.current_row())

    # -- internals ---------------------------------------------------------
    def _fill_agency_widgets(self) -> None:
        self._loading = True
        current = self.lead.currentText()
        self.lead.clear()
        self.lead.addItem("")
        self.lead.addItems(self._agencies)
        self.lead.setEditText(current)
        completer = QCompleter(self._agencies, self.lead)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.lead.setCompleter(completer)
        checked = self._checked_cooperators()
        self.cooperators.clear()
        for name in self._agencies:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if name in checked else Qt.Unchecked)
            self.cooperators.addItem(item)
        self._loading = False

    def _checked_cooperators(self) -> list[str]:
        return [self.cooperators.item(i).text() for i in range(self.cooperators.count())
                if self.cooperators.item(i).checkState() == Qt.Checked]

    def _select(self, row: int) -> None:
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._load_row(row)

    def _load_row(self, row: int) -> None:
        task = self.model.item(row)
        self._loading = True
        self.form.setEnabled(task is not None)
        task = task or TaskItem(content="")
        for name in (*task.cooperators, task.lead_agency):
            if name and name not in self._agencies:
                self._agencies.append(name)
                self._fill_agency_widgets()
                self._loading = True
        self.content.setPlainText(task.content)
        self.lead.setEditText(task.lead_agency)
        for i in range(self.cooperators.count()):
            item = self.cooperators.item(i)
            item.setCheckState(Qt.Checked if item.text() in task.cooperators else Qt.Unchecked)
        self.due.set_date(task.due_date)
        self.status.setCurrentIndex(max(0, self.status.findData(str(task.status))))
        self.note.setText(task.note)
        self._loading = False
        has = self.model.item(row) is not None
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)
        self._show_row_findings(row)

    def _show_row_findings(self, row: int) -> None:
        found = self._findings.get(row, {})
        for name, note in self.notes.items():
            if name in found:
                note.show_message(*found[name])
            else:
                note.clear_message()
        if not self.due.is_valid():
            self.notes["due_date"].show_message(self.tr("Not a date: type dd/mm/yyyy."), "error")

    def _form_edited(self) -> None:
        if self._loading:
            return
        row = self.current_row()
        task = self.model.item(row)
        if task is None:
            return
        updated = replace(
            task, content=self.content.toPlainText(), lead_agency=clean_line(self.lead.currentText()),
            cooperators=tuple(self._checked_cooperators()), due_date=self.due.date(),
            status=self.status.currentData(), note=self.note.text(),
        )
        self.model.replace_item(row, updated)
        self.changed.emit()
