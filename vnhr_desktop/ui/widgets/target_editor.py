"""The numeric targets (chỉ tiêu) of a plan: a table and the form of the
selected target (description, target value and unit, achieved value), with the
achieved share of the target shown as the officer types.

Keys: Insert adds, Delete (in the table) removes, Alt+Up / Alt+Down move."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.domain.dates import fmt_decimal
from vnhr_desktop.domain.enums import TargetUnit
from vnhr_desktop.domain.plan_data import TargetItem, parse_number
from vnhr_desktop.ui.labels import code_label
from vnhr_desktop.ui.models.plan_item_models import target_model
from vnhr_desktop.ui.widgets.plan_field_note import PlanFieldNote
from vnhr_desktop.ui.widgets.plan_keys import bind

FIELDS = ("description", "target_value", "achieved_value")


def _number_text(value: float | None) -> str:
    return "" if value is None else fmt_decimal(value, 2)


class TargetEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = False
        self._findings: dict[int, dict[str, tuple[str, str]]] = {}
        self.model = target_model(self)
        self.table = QTableView(self)
        self.table.setObjectName("targets")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._load_row(cur.row()))

        self.description = QPlainTextEdit(self)
        self.description.setObjectName("target_description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)
        self.value = QLineEdit(self)
        self.value.setObjectName("target_value")
        self.value.setFixedWidth(110)
        self.unit = QComboBox(self)
        self.unit.setObjectName("target_unit")
        for code in TargetUnit:
            self.unit.addItem(code_label(code), str(code))
        self.achieved = QLineEdit(self)
        self.achieved.setObjectName("target_achieved")
        self.achieved.setFixedWidth(110)
        self.achieved.setPlaceholderText(self.tr("not yet known"))
        self.share = QLabel(self)
        self.share.setObjectName("target_share")
        self.notes = {name: PlanFieldNote(self) for name in FIELDS}

        value_row = QHBoxLayout()
        value_row.addWidget(self.value)
        value_row.addWidget(self.unit)
        value_row.addStretch(1)
        achieved_row = QHBoxLayout()
        achieved_row.addWidget(self.achieved)
        achieved_row.addWidget(self.share)
        achieved_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Target"), self.description)
        form.addRow("", self.notes["description"])
        form.addRow(self.tr("Target value"), value_row)
        form.addRow("", self.notes["target_value"])
        form.addRow(self.tr("Achieved"), achieved_row)
        form.addRow("", self.notes["achieved_value"])
        self.form = QWidget(self)
        self.form.setLayout(form)

        self.add_button = QPushButton(self.tr("Add target"), self)
        self.add_button.setObjectName("add_target")
        self.remove_button = QPushButton(self.tr("Delete"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.add_button.clicked.connect(self.add_target)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        bind(self, Qt.Key_Insert, self.add_target)
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

        self.description.textChanged.connect(self._form_edited)
        self.value.textChanged.connect(lambda _t: self._form_edited())
        self.unit.currentIndexChanged.connect(lambda _i: self._form_edited())
        self.achieved.textChanged.connect(lambda _t: self._form_edited())
        self._load_row(-1)

    # -- data --------------------------------------------------------------
    def targets(self) -> tuple[TargetItem, ...]:
        return tuple(self.model.items())

    def set_targets(self, targets) -> None:
        self.model.set_items(targets)
        self._select(0 if targets else -1)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def has_typing_errors(self) -> bool:
        return any(n.severity == "error" and n.isVisible() for n in self.notes.values())

    # -- actions -----------------------------------------------------------
    def add_target(self) -> None:
        row = self.model.insert_item(self.current_row() + 1, TargetItem(description=""))
        self._select(row)
        self.description.setFocus()
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

    def show_findings(self, per_row: dict[int, dict[str, tuple[str, str]]]) -> None:
        self._findings = per_row
        self.model.set_flags({row: ("error" if any(s == "error" for _, s in f.values()) else "warning")
                              for row, f in per_row.items()})
        self._show_row_findings(self.current_row())

    # -- internals ---------------------------------------------------------
    def _select(self, row: int) -> None:
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._load_row(row)

    def _load_row(self, row: int) -> None:
        target = self.model.item(row)
        self._loading = True
        self.form.setEnabled(target is not None)
        target = target or TargetItem(description="")
        self.description.setPlainText(target.description)
        self.value.setText(_number_text(target.target_value))
        self.unit.setCurrentIndex(max(0, self.unit.findData(str(target.unit))))
        self.achieved.setText(_number_text(target.achieved_value))
        self._loading = False
        has = self.model.item(row) is not None
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)
        self._show_share(self.model.item(row))
        self._show_row_findings(row)

    def _show_share(self, target: TargetItem | None) -> None:
        share = target.percent_of_target if target else None
        self.share.setText("" if share is None else self.tr("= %1 % of the target").replace(
            "%1", fmt_decimal(share)))

    def _show_row_findings(self, row: int) -> None:
        found = self._findings.get(row, {})
        for name, note in self.notes.items():
            if name in found:
                note.show_message(*found[name])
            else:
                note.clear_message()
        for name, edit in (("target_value", self.value), ("achieved_value", self.achieved)):
            try:
                parse_number(edit.text())
            except ValueError:
                self.notes[name].show_message(self.tr("Not a number."), "error")

    def _form_edited(self) -> None:
        if self._loading:
            return
        row = self.current_row()
        target = self.model.item(row)
        if target is None:
            return
        try:
            value = parse_number(self.value.text())
        except ValueError:
            value = target.target_value
        try:
            achieved = parse_number(self.achieved.text())
        except ValueError:
            achieved = target.achieved_value
        updated = replace(target, description=self.description.toPlainText(),
                          target_value=value if value is not None else 0.0,
                          unit=self.unit.currentData(), achieved_value=achieved)
        self.model.replace_item(row, updated)
        self._show_share(updated)
        self._show_row_findings(row)
        self.changed.emit()
