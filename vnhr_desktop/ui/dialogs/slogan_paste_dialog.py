"""Paste a block of a plan and keep the slogans in it.

The quoted lines ("..." or “...”) are picked out as the text changes and shown
in a preview, ticked when they stood on a line of their own; quotes inside a
sentence, and slogans already in the library or repeated in the paste, are
shown unticked with the reason. Nothing is saved until "Save"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.dialogs.slogan_dialog import plan_combo, year_spin
from vnhr_desktop.ui.screen_fit import fit_dialog


class SlogansPasteDialog(QDialog):
    def __init__(self, database, plan_id: int | None = None, parent=None):
        super().__init__(parent)
        from vnhr_desktop.services.banner_schedule import plan_choices
        from vnhr_desktop.services.slogans import plan_year

        self.database = database
        self.added: list[int] = []
        self.setWindowTitle(self.tr("Paste slogans from a plan"))
        fit_dialog(self, 900, 680)
        with database.Session() as session:
            plans = plan_choices(session)
            year = plan_year(session, plan_id)
        self.source = QPlainTextEdit(self)
        self.source.setObjectName("source")
        self.source.setPlaceholderText(
            self.tr(
                "Paste the part of the plan that lists the slogans. Every quoted line "
                '("..." or “...”) becomes a slogan; italics marks like *“...”* are dropped.'
            )
        )
        self.unquoted = QCheckBox(self.tr("No quotes in the text: take one slogan per line"), self)
        self.unquoted.setObjectName("unquoted")
        self.plan = plan_combo(self, plans, plan_id)
        self.plan.setObjectName("plan")
        self.year = year_spin(self, year)
        self.year.setObjectName("year")
        self.preview = QListWidget(self)
        self.preview.setObjectName("preview")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")

        options = QHBoxLayout()
        options.addWidget(self.unquoted)
        options.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Source plan"), self.plan)
        form.addRow(self.tr("Year"), self.year)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source, 2)
        layout.addLayout(options)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Slogans found (untick what should not be saved):"), self))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh_preview)
        self.source.textChanged.connect(self._timer.start)
        self.unquoted.toggled.connect(self.refresh_preview)
        self.year.valueChanged.connect(self.refresh_preview)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.preview.itemChanged.connect(self._update_summary)
        self.refresh_preview()

    def _plan_changed(self) -> None:
        from vnhr_desktop.services.slogans import plan_year

        with self.database.Session() as session:
            year = plan_year(session, self.plan.currentData())
        if year:
            self.year.setValue(year)
        self.refresh_preview()

    def _reason(self, candidate) -> str:
        if candidate.duplicate == "library":
            return self.tr("already in the library")
        if candidate.duplicate == "paste":
            return self.tr("repeated in the pasted text")
        if not candidate.whole_line:
            return self.tr("quoted inside a sentence")
        return ""

    def refresh_preview(self) -> None:
        from vnhr_desktop.services.slogans import preview_paste

        with self.database.Session() as session:
            candidates = preview_paste(
                session, self.source.toPlainText(), self.year.value(), unquoted_lines=self.unquoted.isChecked()
            )
        self.preview.blockSignals(True)
        self.preview.clear()
        for candidate in candidates:
            reason = self._reason(candidate)
            label = f"{candidate.text}   — {reason}" if reason else candidate.text
            item = QListWidgetItem(label, self.preview)
            item.setData(Qt.ItemDataRole.UserRole, candidate.text)
            item.setToolTip(self.tr("Line %1").replace("%1", str(candidate.line)))
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if candidate.duplicate:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if candidate.selected_by_default else Qt.CheckState.Unchecked)
        self.preview.blockSignals(False)
        self._update_summary()

    def chosen(self) -> list[str]:
        return [
            self.preview.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.preview.count())
            if self.preview.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update_summary(self) -> None:
        total, chosen = self.preview.count(), len(self.chosen())
        self.summary.setText(self.tr("%1 found, %2 to save.").replace("%1", str(total)).replace("%2", str(chosen)))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(chosen > 0)

    def save(self) -> None:
        from vnhr_desktop.services.slogans import add_many

        try:
            with self.database.session() as session:
                result = add_many(session, self.chosen(), self.plan.currentData(), self.year.value())
        except UserError as exc:
            self.summary.setText(f'<span style="color:#b00020">{escape(exc.message)}</span>')
            return
        self.added = result.added
        self.accept()
