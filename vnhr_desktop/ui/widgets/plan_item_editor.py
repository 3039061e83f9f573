"""Shared shape of the plan editor's item lists (tasks, targets): a table of
items, add / delete / move buttons, and below it the form of the selected item
with a note under each checked field.

Keys: Insert adds an item after the current one, Delete (in the table) removes
it, Alt+Up / Alt+Down move it. A subclass builds its form and converts between
the form and its item type."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.ui.widgets.plan_field_note import PlanFieldNote
from vnhr_desktop.ui.widgets.plan_keys import bind


class PlanItemEditor(QWidget):
    changed = Signal()
    FIELDS: tuple[str, ...] = ()

    def __init__(self, model_factory, table_name: str, add_name: str, parent=None):
        super().__init__(parent)
        self._loading = False
        self._findings: dict[int, dict[str, tuple[str, str]]] = {}
        self.model = model_factory(self)
        self.table = QTableView(self)
        self.table.setObjectName(table_name)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._load_row(cur.row()))
        self.notes = {name: PlanFieldNote(self) for name in self.FIELDS}

        form = QFormLayout()
        self.build_form(form)
        self.form = QWidget(self)
        self.form.setLayout(form)

        self.add_button = QPushButton(self)  # its text is the subclass's
        self.add_button.setObjectName(add_name)
        self.remove_button = QPushButton(self.tr("Delete"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        bind(self, Qt.Key.Key_Insert, self.add_item)
        bind(self.table, Qt.Key.Key_Delete, self.remove_current, Qt.ShortcutContext.WidgetShortcut)
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

    # -- what a subclass provides ------------------------------------------
    def build_form(self, form: QFormLayout) -> None:
        """Create the field widgets, add them to ``form`` and connect their
        change signals to :meth:`_form_edited`."""

    def new_item(self):
        """A blank item for the add button (also shown, disabled, when nothing is selected)."""

    # Each editor defines ``first_field()``: the widget that takes the focus after adding an item.
    first_field: Callable[[], QWidget]

    def show_item(self, item) -> None:
        """Fill the form from ``item``."""

    def item_from_form(self, item):
        """``item`` updated with what the form holds."""

    def typing_errors(self) -> dict[str, str]:
        """Field -> message for what cannot even be read (a date or number typed wrong)."""
        return {}

    def after_change(self, item) -> None:
        """Refresh anything derived from the current item (e.g. a share of the target)."""

    # -- data ----------------------------------------------------------------
    def items(self) -> tuple:
        return tuple(self.model.items())

    def set_items(self, items) -> None:
        self.model.set_items(items)
        self._select(0 if items else -1)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def has_typing_errors(self) -> bool:
        return bool(self.typing_errors())

    # -- actions -------------------------------------------------------------
    def add_item(self) -> None:
        row = self.model.insert_item(self.current_row() + 1, self.new_item())
        self._select(row)
        self.first_field().setFocus()
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
        """``per_row``: row -> field -> (message, severity)."""
        self._findings = per_row
        self.model.set_flags(
            {row: ("error" if any(s == "error" for _, s in f.values()) else "warning") for row, f in per_row.items()}
        )
        self._show_row_findings(self.current_row())

    # -- internals -----------------------------------------------------------
    def _select(self, row: int) -> None:
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._load_row(row)

    def _load_row(self, row: int) -> None:
        item = self.model.item(row)
        self._loading = True
        self.form.setEnabled(item is not None)
        self.show_item(item if item is not None else self.new_item())
        self._loading = False
        has = item is not None
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)
        self.after_change(item)
        self._show_row_findings(row)

    def _show_row_findings(self, row: int) -> None:
        found = self._findings.get(row, {})
        for name, note in self.notes.items():
            if name in found:
                note.show_message(*found[name])
            else:
                note.clear_message()
        for name, message in self.typing_errors().items():
            self.notes[name].show_message(message, "error")

    def _form_edited(self, *_args) -> None:
        if self._loading:
            return
        row = self.current_row()
        item = self.model.item(row)
        if item is None:
            return
        updated = self.item_from_form(item)
        self.model.replace_item(row, updated)
        self.after_change(updated)
        self._show_row_findings(row)
        self.changed.emit()
