"""Issue a draft plan: the officer gives the issue date and sees the number it
will take (the next of its issuer's series in that year), or types the number
already written on a paper copy."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.plan_date_edit import PlanDateEdit
from vnhr_desktop.ui.widgets.plan_field_note import PlanFieldNote


class PlanIssueDialog(QDialog):
    def __init__(self, database, plan_id: int, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.database = database
        self.plan_id = plan_id
        self.issued_as = ""
        self.setWindowTitle(self.tr("Issue the plan"))
        fit_dialog(self, 460)
        self.date = PlanDateEdit(self)
        self.date.setObjectName("issue_date")
        self.date.set_date(today or dt.date.today())
        self.preview = QLabel(self)
        self.preview.setObjectName("preview")
        self.own_number = QCheckBox(self.tr("Use a number already given on paper"), self)
        self.number = QSpinBox(self)
        self.number.setObjectName("own_number")
        self.number.setRange(1, 99999)
        self.number.setEnabled(False)
        self.own_number.toggled.connect(self.number.setEnabled)
        self.own_number.toggled.connect(lambda _c: self._preview())
        self.number.valueChanged.connect(lambda _v: self._preview())
        self.note = PlanFieldNote(self)
        self.note.setObjectName("issue_note")
        self.date.changed.connect(self._preview)
        form = QFormLayout()
        form.addRow(self.tr("Issue date"), self.date)
        form.addRow(self.tr("Number"), self.preview)
        form.addRow("", self.own_number)
        form.addRow("", self.number)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Once issued, the plan keeps its number; later corrections do not change it."), self)
        )
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._preview()

    def _preview(self) -> None:
        from vnhr_desktop.services.plan_issue import preview_number

        day = self.date.value()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if day is None:
            self.preview.setText("")
            ok.setEnabled(False)
            return
        try:
            with self.database.Session() as session:
                own = self.number.value() if self.own_number.isChecked() else None
                preview = preview_number(session, self.plan_id, day, own)
        except UserError as exc:
            self.note.show_message(exc.message)
            ok.setEnabled(False)
            return
        self.preview.setText(
            f"<b>{preview.number_symbol}</b> "
            + self.tr("(series of %1, year %2)").replace("%1", preview.issuer_name).replace("%2", str(preview.year))
        )
        self.note.clear_message()
        ok.setEnabled(True)

    def issue(self) -> None:
        from vnhr_desktop.services.plan_issue import issue_plan

        day = self.date.value()
        if day is None:
            self.note.show_message(self.tr("Give the issue date."))
            return
        number = self.number.value() if self.own_number.isChecked() else None
        try:
            with self.database.session() as session:
                self.issued_as = issue_plan(session, self.plan_id, day, number)
        except UserError as exc:
            self.note.show_message(exc.message)
            return
        self.accept()
