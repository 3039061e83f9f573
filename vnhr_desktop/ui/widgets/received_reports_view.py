"""Báo cáo nhận: the reports the office received from its units for the plan
chosen in the Reports tab. The rates line on top, the units expected to report
with their status, the received reports with their history; buttons to
receive packages (a folder, a USB stick or .zip files), open a received PDF or
workbook with one click, edit the expected units, export the dashboard
(workbook) and the reminder (PDF), and compose the consolidated report."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.models.received_report_models import ReceivedTableModel, UnitStatusModel
from vnhr_desktop.ui.widgets.record_list import RecordListView

if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle


class ReceivedReportsView(QWidget):
    changed = Signal()
    reportComposed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database: DatabaseHandle | None = None
        self.plan_id: int | None = None
        self.consolidated_id: int | None = None
        self.today: dt.date | None = None  # tests pin the day
        self.opened: list[Path] = []  # files written to open (tests read them)
        self.summary = QLabel(self)
        self.summary.setObjectName("rateSummary")
        self.summary.setWordWrap(True)
        self.units_model = UnitStatusModel(self)
        self.units = RecordListView(self.units_model, self.tr("units"), self)
        self.units.set_column_widths([70, 260, 120, 110, 90, 90])
        self.received_model = ReceivedTableModel(self)
        self.received = RecordListView(self.received_model, self.tr("received reports"), self)
        self.received.set_column_widths([240, 110, 90, 170, 90, 90])
        self.received.activated.connect(lambda _row: self.open_file("bao-cao.pdf"))
        self.received.selectionChanged.connect(self._update_buttons)
        self.units.activated.connect(lambda _row: self.open_file("bao-cao.pdf", from_units=True))
        self.buttons: dict[str, QPushButton] = {}
        actions = (
            ("receiveFolder", self.tr("Receive from folder or USB…"), self.receive_folder),
            ("receiveZip", self.tr("Receive .zip files…"), self.receive_zips),
            ("openPdf", self.tr("Open report (PDF)"), lambda: self.open_file("bao-cao.pdf")),
            ("openAnnex", self.tr("Open annex (Excel)"), lambda: self.open_file("phu-luc.xlsx")),
            ("expected", self.tr("Units to report…"), self.edit_expected),
            ("rates", self.tr("Export dashboard…"), lambda: self.export("rates")),
            ("reminder", self.tr("Reminder to missing units…"), self.remind),
            ("compose", self.tr("Compose consolidated report"), self.compose),
            ("consolidatedPdf", self.tr("Consolidated report (PDF)…"), lambda: self.export_consolidated(".pdf")),
            ("consolidatedAnnex", self.tr("Consolidated annex (Excel)…"), lambda: self.export_consolidated(".xlsx")),
        )
        grid = QGridLayout()
        for index, (key, text, slot) in enumerate(actions):
            button = QPushButton(text, self)
            button.setObjectName(key)
            button.clicked.connect(slot)
            grid.addWidget(button, index // 4, index % 4)
            self.buttons[key] = button
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.units)
        split.addWidget(self.received)
        split.setSizes([600, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(grid)
        self._update_buttons()

    # -- data ----------------------------------------------------------------
    def attach(self, database: DatabaseHandle) -> None:
        self.database = database
        self.refresh()

    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        self.refresh()

    def refresh(self) -> None:
        from vnhr_desktop.services.consolidated_report import latest_consolidated
        from vnhr_desktop.services.receiving_list import list_received
        from vnhr_desktop.services.reporting_rates import plan_dashboard

        if self.database is None or self.plan_id is None:
            self.units_model.set_rows([])
            self.received_model.set_rows([])
            self.summary.setText(self.tr("Choose a plan."))
            self.consolidated_id = None
            self._update_buttons()
            return
        with self.database.Session() as session:
            board = plan_dashboard(session, self.plan_id, today=self.today)
            received = list_received(session, self.plan_id)
            consolidated = latest_consolidated(session, self.plan_id)
        self.board = board
        self.consolidated_id = consolidated
        self.units_model.set_rows([*board.units, *board.outside])
        self.received_model.set_rows(received)
        self.summary.setText(self.summary_text(board))
        self._update_buttons()

    def summary_text(self, board) -> str:
        def pct(value: float) -> str:
            return f"{value:.1f}".replace(".", ",").replace(",0", "") + " %"

        return (
            self.tr(
                "Expected %1 · received %2 (on time %3, late %4) · not reported %5 · reporting rate %6 · on time %7"
            )
            .replace("%1", str(board.expected))
            .replace("%2", str(board.received))
            .replace("%3", str(board.on_time))
            .replace("%4", str(board.late))
            .replace("%5", str(board.missing))
            .replace("%6", pct(board.reporting_rate))
            .replace("%7", pct(board.on_time_rate))
        )

    def _update_buttons(self) -> None:
        has_plan = self.database is not None and self.plan_id is not None
        for key in ("receiveFolder", "receiveZip", "expected", "rates", "reminder", "compose"):
            self.buttons[key].setEnabled(has_plan or key.startswith("receive") and self.database is not None)
        row = self.received.current_row()
        for key in ("openPdf", "openAnnex"):
            self.buttons[key].setEnabled(row is not None)
        for key in ("consolidatedPdf", "consolidatedAnnex"):
            self.buttons[key].setEnabled(has_plan and self.consolidated_id is not None)

    # -- receiving -------------------------------------------------------------
    def receive_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder or USB stick with packages"),
            str(QSettings().value("receive/folder", "")),
            QFileDialog.Option.DontUseNativeDialog,
        )
        if folder:
            QSettings().setValue("receive/folder", folder)
            self.receive([Path(folder)])

    def receive_zips(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Package files"),
            str(QSettings().value("receive/folder", "")),
            "Zip (*.zip)",
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if files:
            self.receive([Path(f) for f in files])

    def receive(self, paths: list[Path], *, show: bool = True):
        """Preview and receive ``paths``; returns the dialog (tests drive it)."""
        from vnhr_desktop.ui.dialogs.receive_packages_dialog import ReceivePackagesDialog

        dialog = ReceivePackagesDialog(self.database, paths, self, today=self.today)
        if show:
            dialog.exec()
            self.after_receive()
        return dialog

    def after_receive(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- files -----------------------------------------------------------------
    def _selected_received_id(self, from_units: bool) -> int | None:
        if from_units:
            row = self.units.current_row()
            return getattr(row, "received_id", None) if row is not None else None
        row = self.received.current_row()
        return row.id if row is not None else None

    def open_file(self, name: str, *, from_units: bool = False) -> Path | None:
        """Write the kept file to a temporary folder and open it with the system's program."""
        from vnhr_desktop.services.receiving_list import save_received_file

        received_id = self._selected_received_id(from_units)
        if received_id is None:
            return None
        folder = Path(tempfile.gettempdir()) / "vnhr-desktop-bao-cao-nhan"
        folder.mkdir(exist_ok=True)
        try:
            assert self.database is not None  # attached before the widget is used
            with self.database.Session() as session:
                path = save_received_file(session, received_id, name, folder)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), exc.message)
            return None
        self.opened.append(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    # -- plan-level actions ----------------------------------------------------
    def edit_expected(self) -> None:
        from vnhr_desktop.ui.dialogs.expected_reporters_dialog import ExpectedReportersDialog

        if self.plan_id is not None and ExpectedReportersDialog(self.database, self.plan_id, self).exec():
            self.refresh()

    def remind(self, *, show: bool = True):
        """The reminder dialog: issue (then save the numbered PDF), a draft, or the last one again.
        Returns the dialog (tests drive it with ``show=False`` and call :meth:`after_remind`)."""
        from vnhr_desktop.ui.dialogs.reminder_dialog import ReminderDialog

        if self.plan_id is None:
            return None
        dialog = ReminderDialog(self.database, self.plan_id, self, today=self.today)
        if show and dialog.exec():
            self.after_remind(dialog)
        return dialog

    def after_remind(self, dialog, path: Path | None = None, on_done=None) -> None:
        from vnhr_desktop.ui.dialogs.reminder_dialog import DRAFT

        if dialog.choice == DRAFT:
            self.export("reminder", path=path, on_done=on_done)
        elif dialog.reminder_id is not None:
            self.export("issued-reminder", path=path, on_done=on_done, record_id=dialog.reminder_id)

    def export(self, what: str, path: Path | None = None, on_done=None, record_id: int | None = None) -> None:
        from vnhr_desktop.ui.export_file import export_to_file, show_written

        if self.plan_id is None:
            return
        name = "tinh-hinh-bao-cao.xlsx" if what == "rates" else "cong-van-don-doc.pdf"
        export_to_file(
            self,
            self.database,
            what,
            record_id if record_id is not None else self.plan_id,
            name,
            on_done=on_done or (lambda p: show_written(self, p)),
            path=path,
        )

    def compose(self) -> int | None:
        from vnhr_desktop.services.consolidated_report import compose_consolidated

        if self.plan_id is None:
            return None
        try:
            assert self.database is not None  # attached before the widget is used
            with self.database.session() as session:
                report_id = compose_consolidated(session, self.plan_id, today=self.today)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot compose"), exc.message)
            return None
        self.changed.emit()
        self.reportComposed.emit(report_id)
        return report_id

    def export_consolidated(self, suffix: str, path: Path | None = None, on_done=None) -> None:
        from vnhr_desktop.ui.export_file import export_to_file, show_written

        if self.consolidated_id is None:
            return
        name = f"bao-cao-tong-hop{suffix}" if suffix == ".pdf" else f"phu-luc-tong-hop{suffix}"
        export_to_file(
            self,
            self.database,
            "consolidated",
            self.consolidated_id,
            name,
            on_done=on_done or (lambda p: show_written(self, p)),
            path=path,
        )
