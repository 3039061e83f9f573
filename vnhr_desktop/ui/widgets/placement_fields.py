"""The fields a placement shares with a batch of placements (form, size,
quantity, period, agency, status and its dates, note), and the box that lists
a placement's problems."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from vnhr_desktop.domain.banner_rules import FORMS, STATUSES
from vnhr_desktop.ui.labels import code_label
from vnhr_desktop.ui.widgets.date_field import DateField, field_date

DATE_FORMAT = "dd/MM/yyyy"


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(parent, value: dt.date | None = None) -> DateField:
    return DateField(parent, value or dt.date.today())


def edit_date(edit) -> dt.date:
    """The date shown; while the text cannot be read, the last one that could
    (the form's :meth:`PlacementFields.typing_problems` then stops the save)."""
    last = edit.last_date() if isinstance(edit, DateField) else None
    return last if last is not None else field_date(edit)


def problems_html(problems) -> str:
    """Errors in red, warnings in amber, one per line."""
    lines = []
    for p in problems:
        colour = "#b00020" if p.is_error else "#8a5a00"
        mark = "✖" if p.is_error else "⚠"
        lines.append(f'<span style="color:{colour}">{mark} {escape(p.message)}</span>')
    return "<br/>".join(lines)


class PlacementFields(QWidget):
    """Form rows for everything but the slogan and the place."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QComboBox(self)
        self.form.setObjectName("form")
        for code in FORMS:
            self.form.addItem(code_label(code), code)
        self.size_edit = QLineEdit(self)
        self.size_edit.setObjectName("size")
        self.size_edit.setPlaceholderText(self.tr("e.g. 0,8 x 6 m"))
        self.size_note = QLabel(self.tr("An LED screen needs no size."), self)
        self.size_note.setStyleSheet("color: #666666;")
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("quantity")
        self.quantity.setRange(1, 100000)
        self.start = date_edit(self)
        self.start.setObjectName("start")
        self.end = date_edit(self)
        self.end.setObjectName("end")
        self.agency = QComboBox(self)
        self.agency.setObjectName("agency")
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for code in STATUSES:
            self.status.addItem(code_label(code), code)
        self.hung_on = date_edit(self)
        self.hung_on.setObjectName("hungOn")
        self.removed_on = date_edit(self)
        self.removed_on.setObjectName("removedOn")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")

        size_row = QHBoxLayout()
        size_row.addWidget(self.size_edit, 1)
        size_row.addWidget(self.size_note)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end)
        period.addStretch(1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        self.hung_label = QLabel(self.tr("hung on"), self)
        self.removed_label = QLabel(self.tr("taken down on"), self)
        for widget in (self.hung_label, self.hung_on, self.removed_label, self.removed_on):
            status_row.addWidget(widget)
        status_row.addStretch(1)

        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Form"), self.form)
        layout.addRow(self.tr("Size"), size_row)
        layout.addRow(self.tr("Quantity"), self.quantity)
        layout.addRow(self.tr("Period (from - to)"), period)
        layout.addRow(self.tr("Responsible agency"), self.agency)
        layout.addRow(self.tr("Status"), status_row)
        layout.addRow(self.tr("Note"), self.note)

        for signal in (self.form.currentIndexChanged, self.status.currentIndexChanged):
            signal.connect(self._update_enabled)
        for signal in (
            self.form.currentIndexChanged,
            self.size_edit.textChanged,
            self.quantity.valueChanged,
            self.start.dateChanged,
            self.end.dateChanged,
            self.agency.currentIndexChanged,
            self.status.currentIndexChanged,
            self.hung_on.dateChanged,
            self.removed_on.dateChanged,
            self.note.textChanged,
        ):
            signal.connect(lambda *_: self.changed.emit())
        self._update_enabled()

    def set_agencies(self, choices: list[tuple[int, str]]) -> None:
        self.agency.clear()
        self.agency.addItem(self.tr("(not assigned)"), None)
        for agency_id, name in choices:
            self.agency.addItem(name, agency_id)

    def set_period(self, start: dt.date | None, end: dt.date | None) -> None:
        if start:
            self.start.setDate(to_qdate(start))
        if end:
            self.end.setDate(to_qdate(end))

    def _update_enabled(self) -> None:
        led = self.form.currentData() == "led"
        self.size_edit.setEnabled(not led)
        self.size_note.setVisible(led)
        status = self.status.currentData()
        for widget in (self.hung_label, self.hung_on):
            widget.setVisible(status in ("up", "removed"))
        for widget in (self.removed_label, self.removed_on):
            widget.setVisible(status == "removed")

    def _select(self, combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def set_values(self, draft) -> None:
        self._select(self.form, draft.form)
        self.size_edit.setText(draft.size_text)
        self.quantity.setValue(max(draft.quantity, 1))
        self.set_period(draft.start_date, draft.end_date)
        self._select(self.agency, draft.agency_id)
        self._select(self.status, draft.status)
        if draft.hung_on:
            self.hung_on.setDate(to_qdate(draft.hung_on))
        if draft.removed_on:
            self.removed_on.setDate(to_qdate(draft.removed_on))
        self.note.setText(draft.note)
        self._update_enabled()

    def typing_problems(self) -> list:
        """An error for each date field whose text is not a date (31/11, 2x/11)."""
        from vnhr_desktop.domain.banner_rules import ERROR, Problem

        fields = {
            "start_date": self.start,
            "end_date": self.end,
            "hung_on": self.hung_on,
            "removed_on": self.removed_on,
        }
        return [
            Problem(ERROR, name, field.error()) for name, field in fields.items() if field.isEnabled() and field.error()
        ]

    def values(self) -> dict:
        """Keyword arguments of :class:`PlacementDraft` for these fields."""
        status = self.status.currentData()
        return dict(
            form=self.form.currentData(),
            size_text=self.size_edit.text(),
            quantity=self.quantity.value(),
            start_date=edit_date(self.start),
            end_date=edit_date(self.end),
            agency_id=self.agency.currentData(),
            status=status,
            hung_on=edit_date(self.hung_on) if status in ("up", "removed") else None,
            removed_on=edit_date(self.removed_on) if status == "removed" else None,
            note=self.note.text(),
        )
