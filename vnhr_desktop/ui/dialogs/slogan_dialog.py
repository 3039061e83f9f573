"""Add or edit one slogan of the library: its text, source plan, year and
whether it is in use; a duplicate of the same year is caught as it is typed."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from vnhr_desktop.domain.slogan_text import tidy_slogan
from vnhr_desktop.domain.text import normalise_for_duplicates
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.editor_guard import EditorDialog
from vnhr_desktop.ui.screen_fit import fit_dialog, long_choice


def plan_combo(parent, choices: list[tuple[int, str]], current: int | None) -> QComboBox:
    """Source plan picker with a "(none)" entry first."""
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("SloganDialog", "(no source plan)"), None)
    for plan_id, label in choices:
        combo.addItem(label, plan_id)
        combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    long_choice(combo, 40)
    return combo


def year_spin(parent, year: int | None) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(2000, 2100)
    spin.setValue(year or dt.date.today().year)
    return spin


class SloganDialog(EditorDialog):
    def __init__(self, database, slogan_id: int | None = None, plan_id: int | None = None, parent=None):
        super().__init__(parent)
        from vnhr_desktop.services.banner_schedule import plan_choices
        from vnhr_desktop.services.slogans import get_slogan, plan_year

        self.database = database
        self.slogan_id = slogan_id
        self.setWindowTitle(self.tr("Edit slogan") if slogan_id else self.tr("Add slogan"))
        fit_dialog(self, 640)
        with database.Session() as session:
            data = get_slogan(session, slogan_id) if slogan_id else None
            self.track_record(session, "slogan", slogan_id, data.text if data else "")
            plans = plan_choices(session)
            year = data.year if data else plan_year(session, plan_id)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("text")
        self.text.setPlaceholderText(self.tr("The slogan exactly as the plan writes it, without quotes"))
        self.text.setMaximumHeight(80)
        self.plan = plan_combo(self, plans, data.plan_id if data else plan_id)
        self.plan.setObjectName("plan")
        self.year = year_spin(self, year)
        self.year.setObjectName("year")
        self.active = QCheckBox(self.tr("In use (offered when placing banners)"), self)
        self.active.setObjectName("active")
        self.active.setChecked(data.active if data else True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        if data:
            self.text.setPlainText(data.text)

        form = QFormLayout()
        form.addRow(self.tr("Slogan"), self.text)
        form.addRow(self.tr("Source plan"), self.plan)
        form.addRow(self.tr("Year"), self.year)
        form.addRow("", self.active)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self.recheck)
        self.year.valueChanged.connect(self.recheck)
        self.recheck()

    def recheck(self) -> None:
        from vnhr_desktop.services.slogans import library_keys

        text = tidy_slogan(self.text.toPlainText())
        with self.database.Session() as session:
            found = library_keys(session, self.year.value(), self.slogan_id).get(normalise_for_duplicates(text))
        if found is not None:
            self.message.setText(
                self.tr("This slogan is already in the library for %1 (no. %2).")
                .replace("%1", str(self.year.value()))
                .replace("%2", str(found))
            )
            self.message.setStyleSheet("color: #b00020;")
        else:
            self.message.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(text) and found is None)

    def save(self) -> None:
        from vnhr_desktop.services.slogans import SloganData, add_slogan, update_slogan

        data = SloganData(
            self.slogan_id, self.text.toPlainText(), self.plan.currentData(), self.year.value(), self.active.isChecked()
        )
        try:
            with self.database.session() as session:
                if self.slogan_id:
                    self.claim_record(session)
                    update_slogan(session, data)
                else:
                    self.slogan_id = add_slogan(session, data)
        except UserError as exc:
            self.message.setText(escape(exc.message))
            self.message.setStyleSheet("color: #b00020;")
            return
        self.accept()
