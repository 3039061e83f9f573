"""Save a submission package to a USB stick: pick a drive (removable ones first)
or any folder, write, read back, and say when it is safe to remove the stick."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.screen_fit import fit_dialog

if TYPE_CHECKING:
    from vnhr_desktop.services.report_submission import SubmittedPackage


def qt_volumes():
    """Mounted volumes from QStorageInfo, as services.drives.Drive, removable first."""
    from PySide6.QtCore import QStorageInfo

    from vnhr_desktop.services.drives import Drive, usable_drives

    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or not os.path.isdir(volume.rootPath()):
            continue
        drives.append(
            Drive(
                name=volume.displayName() or volume.rootPath(),
                root=volume.rootPath(),
                device=bytes(volume.device().data()).decode("utf-8", "replace"),
                fs_type=bytes(volume.fileSystemType().data()).decode("utf-8", "replace"),
                free_bytes=max(volume.bytesAvailable(), 0),
                total_bytes=max(volume.bytesTotal(), 0),
                read_only=volume.isReadOnly(),
            )
        )
    return usable_drives(drives)


def size_text(n: int) -> str:
    from vnhr_desktop.domain.dates import fmt_decimal

    for unit, size in (("TB", 1 << 40), ("GB", 1 << 30), ("MB", 1 << 20)):
        if n >= size:
            return f"{fmt_decimal(n / size, 1)} {unit}"
    return f"{n // 1024} KB"


class PackageDriveDialog(QDialog):
    def __init__(
        self,
        database,
        report_id: int,
        parent=None,
        volumes: Callable[[], list] | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.database = database
        self.report_id = report_id
        self.volumes = volumes or qt_volumes
        self.today = today
        self.target: Path | None = None
        self.outcome: SubmittedPackage | None = None
        self.setWindowTitle(self.tr("Save the submission package"))
        fit_dialog(self, 620, 420)
        intro = QLabel(
            self.tr(
                "Choose the USB stick (or a folder). The report PDF, the annex workbook, the data "
                "file and a checksum list are written, then read back and checked."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.drives = QListWidget(self)
        self.drives.setObjectName("drives")
        self.drives.currentItemChanged.connect(self._picked)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.reload)
        other = QPushButton(self.tr("Other folder…"), self)
        other.clicked.connect(self.choose_folder)
        self.target_label = QLabel(self)
        self.target_label.setObjectName("target")
        self.message = QLabel(self)
        self.message.setObjectName("packageMessage")
        self.message.setWordWrap(True)
        self.write_button = QPushButton(self.tr("Write package"), self)
        self.write_button.setObjectName("writePackage")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(refresh)
        row.addWidget(other)
        row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.target_label, 1)
        bottom.addWidget(self.write_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.drives, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        self.drives.clear()
        for drive in self.volumes():
            kind = (
                self.tr("removable")
                if drive.removable
                else self.tr("fixed")
                if drive.removable is False
                else self.tr("drive")
            )
            text = (
                self.tr("%1  (%2) – %3 free of %4")
                .replace("%1", drive.name)
                .replace("%2", kind)
                .replace("%3", size_text(drive.free_bytes))
                .replace("%4", size_text(drive.total_bytes))
            )
            if drive.name != drive.root:
                text += f"  –  {drive.root}"
            item = QListWidgetItem(text, self.drives)
            item.setData(Qt.ItemDataRole.UserRole, drive.root)
            item.setData(Qt.ItemDataRole.UserRole + 1, bool(drive.removable))
            if drive.read_only:
                item.setText(text + "  " + self.tr("(read-only)"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        # Only a removable drive is chosen for the officer; a fixed (system) disk never is.
        first = next(
            (
                i
                for i in range(self.drives.count())
                if self.drives.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
                and self.drives.item(i).data(Qt.ItemDataRole.UserRole + 1)
            ),
            None,
        )
        if first is not None:
            self.drives.setCurrentRow(first)
            self.message.setStyleSheet("")
            self.message.setText("")
        else:
            self.drives.setCurrentRow(-1)
            self._set_target(None)
            self.message.setStyleSheet("color: #8a5a00;")
            self.message.setText(
                self.tr(
                    "No USB stick was found. Plug one in and press Refresh, or choose a folder with “Other folder…”."
                )
            )

    def _picked(self, item, _previous=None) -> None:
        self._set_target(Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None)

    def _set_target(self, folder: Path | None) -> None:
        self.target = folder
        self.target_label.setText(
            self.tr("Target: %1").replace("%1", str(folder)) if folder else self.tr("No drive chosen.")
        )
        self.write_button.setEnabled(folder is not None)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose a folder"),
            str(self.target or Path.home()),
            QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog,
        )
        if folder:
            self.drives.clearSelection()
            self._set_target(Path(folder))

    def write(self) -> bool:
        from vnhr_desktop.domain.dates import fmt_date
        from vnhr_desktop.services.report_submission import submit_report

        if self.target is None or not self._may_replace(self.target):
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Writing and checking the package…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            with self.database.session() as session:
                self.outcome = submit_report(session, self.report_id, self.target, today=self.today)
        except UserError as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(exc.message)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(
            self.tr(
                "Package written to %1 and read back: all %2 files match. It is safe to remove the USB "
                "stick. The report is marked submitted on %3."
            )
            .replace("%1", str(self.outcome.folder))
            .replace("%2", str(len(self.outcome.manifest["files"])))
            .replace("%3", fmt_date(self.outcome.submitted_on))
        )
        self.write_button.setEnabled(False)
        return True

    def _may_replace(self, target: Path) -> bool:
        """An earlier package of the same report in the chosen folder: ask first."""
        from vnhr_desktop.exports.package import package_folder_name
        from vnhr_desktop.services.report_view import load_report

        with self.database.Session() as session:
            view = load_report(session, self.report_id)
        existing = target / package_folder_name(view.number_symbol, view.issued_on)
        if not existing.exists():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Replace the package?"),
            self.tr("%1 already holds a package of this report. Replace it with a new one?").replace(
                "%1", str(existing)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def done(self, code: int) -> None:
        super().done(QDialog.DialogCode.Accepted if self.outcome is not None else code)
