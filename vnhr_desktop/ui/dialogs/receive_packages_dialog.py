"""Receiving packages from units: the packages found under the chosen folders or
.zip files are checked and previewed first (unit, report number and date,
period, plan answered, main figures, and every refused package with its
reason); nothing is written until the officer presses Receive, and then the
whole batch is written in one transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout
from shiboken6 import isValid

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.models.received_report_models import PackagePreviewModel


class ReceivePackagesDialog(QDialog):
    def __init__(self, database, sources: list[Path], parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive report packages"))
        self.database, self.sources, self.today = database, list(sources), today
        self.outcome = None  # the ReceiveResult once received
        self.busy = False
        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.model = PackagePreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate([200, 200, 120, 110, 300]):
            self.table.setColumnWidth(column, width)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.receive_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.receive_button.setText(self.tr("Receive"))
        self.buttons.accepted.connect(self.receive)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 520)
        self.preview()

    def _run(self, dry_run: bool, progress=None):
        """``progress(done, total)`` after each package; Hủy raises from it and,
        when receiving, rolls the whole batch back (nothing received)."""
        from vnhr_desktop.services.receiving import receive_packages

        if dry_run:
            with self.database.Session() as session:
                result = receive_packages(session, self.sources, dry_run=True, today=self.today, progress=progress)
                session.rollback()
            return result
        with self.database.session() as session:
            result = receive_packages(session, self.sources, today=self.today, progress=progress)
            if progress is not None:
                progress(0, 0)  # a last chance to stop before the commit
            return result

    def _show(self, result, done: bool) -> None:
        self.model.set_rows([*result.refused, *result.accepted])
        self.table.resizeRowsToContents()
        c = result.counts
        count = c["new"] + c["replaces"] + c["older"]
        text = (self.tr("Received %1 packages") if done else self.tr("%1 packages can be received")).replace(
            "%1", str(count)
        )
        text += (
            self.tr("; %1 already received; %2 refused.")
            .replace("%1", str(c["duplicate"]))
            .replace("%2", str(c["refused"]))
        )
        if c["refused"]:
            text += " " + self.tr("Refused packages are not written; ask the unit for a new copy.")
        self.summary.setText(text)
        self.receive_button.setEnabled(not done and count > 0)

    def _failed(self, exc: UserError) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.summary.setText(exc.message)
        self.receive_button.setEnabled(False)

    def _cancelled(self, text: str, can_receive: bool) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.summary.setText(text)
        self.receive_button.setEnabled(can_receive)

    def preview(self) -> None:
        """Check and preview in the background (a stick may hold a thousand packages)."""
        from vnhr_desktop.ui.workers import run_job

        self.busy = True
        self.receive_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the packages…"))

        def shown(result) -> None:
            if not isValid(self):  # closed while the packages were being checked
                return
            self.busy = False
            self._show(result, done=False)

        run_job(
            self,
            lambda report: self._run(dry_run=True, progress=report),
            shown,
            self._failed,
            self.tr("Checking the packages…"),
            with_progress=True,
            on_cancel=lambda: self._cancelled(self.tr("Checking cancelled."), False),
        )

    def receive(self) -> None:
        from vnhr_desktop.ui.workers import run_job

        self.busy = True
        self.receive_button.setEnabled(False)

        def received(result) -> None:
            if not isValid(self):
                return
            self.busy = False
            self.outcome = result
            self._show(result, done=True)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

        run_job(
            self,
            lambda report: self._run(dry_run=False, progress=report),
            received,
            self._failed,
            self.tr("Receiving the packages…"),
            with_progress=True,
            on_cancel=lambda: self._cancelled(self.tr("Receiving cancelled: no package was received."), True),
        )
