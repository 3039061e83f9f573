"""Shown at start when the database cannot be opened: what is wrong in plain
words, the newest good backup with what it holds, and the log folder.

The dialog itself only reads. Restoring moves the damaged file aside byte for
byte (services.backups.restore) and never writes into it. ``exec()`` returns
Accepted after a successful restore, so the caller can open the data again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from vnhr_desktop.errors import (
    AlreadyRunning,
    DatabaseCorrupt,
    DatabaseTooNew,
    MigrationFailed,
    NotOurDatabase,
    UnsafeLocation,
    UserError,
)
from vnhr_desktop.ui.dialogs.restore_dialog import OUTCOME_STYLE, changes_text, count_labels, time_text
from vnhr_desktop.ui.screen_fit import fit_dialog

if TYPE_CHECKING:
    from vnhr_desktop.services.backups import RestoreResult

# Problems a backup can cure: the file itself is damaged or is not ours.
RESTORABLE = (DatabaseCorrupt, NotOurDatabase)


class DatabaseProblemDialog(QDialog):
    def __init__(self, paths, exc: UserError, parent=None):
        super().__init__(parent)
        self.paths = paths
        self.exc = exc
        self.result_of_restore: RestoreResult | None = None
        self.backup = self._find_backup() if isinstance(exc, RESTORABLE) else None
        self.setWindowTitle(self.tr("The data cannot be opened"))
        fit_dialog(self, 600)

        self.icon = QLabel(self)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(f"<b>{self._heading()}</b>", self)
        self.heading.setWordWrap(True)
        self.details = QLabel(exc.message, self)
        self.details.setObjectName("details")
        self.details.setStyleSheet("QLabel { color: #555; }")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(self._advice(), self)
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("outcome")
        self.outcome.setStyleSheet(OUTCOME_STYLE)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()

        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore the newest backup"), self)
        self.logs_button = QPushButton(self.tr("Open the &log folder"), self)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_newest)
        self.logs_button.clicked.connect(self.open_logs)
        self.close_button.clicked.connect(self.finish)
        self.restore_button.setVisible(self.backup is not None)
        if self.backup is not None:
            self.restore_button.setDefault(True)

        text = QVBoxLayout()
        for widget in (self.heading, self.advice, self.details, self.outcome):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)

    def _find_backup(self):
        from vnhr_desktop.services.backups import newest_good_backup

        try:
            return newest_good_backup(self.paths)
        except (OSError, UserError):
            return None

    def _heading(self) -> str:
        exc = self.exc
        if isinstance(exc, DatabaseCorrupt):
            return self.tr("The data file is damaged or cannot be read.")
        if isinstance(exc, DatabaseTooNew):
            return self.tr("The data was saved by a newer version of the program.")
        if isinstance(exc, NotOurDatabase):
            return self.tr("The file in the data folder is not data of this program.")
        if isinstance(exc, MigrationFailed):
            return self.tr("The data could not be brought up to date for this version.")
        if isinstance(exc, UnsafeLocation):
            return self.tr("The data folder is on a USB stick or a network drive.")
        if isinstance(exc, AlreadyRunning):
            return self.tr("The program is already open with this data.")
        return self.tr("The data cannot be opened.")

    def _advice(self) -> str:
        lines = []
        if isinstance(self.exc, (DatabaseCorrupt, NotOurDatabase, DatabaseTooNew, MigrationFailed)):
            lines.append(self.tr("The data file has not been changed."))
        if isinstance(self.exc, RESTORABLE):
            if self.backup is None:
                lines.append(
                    self.tr(
                        "No good backup was found in %1. Keep the data folder as it is and ask for technical help."
                    ).replace("%1", str(self.paths.backups))
                )
            else:
                labels = count_labels()
                contents = "; ".join(
                    f"{labels[k]}: {self.backup.counts.get(k, 0)}" for k in ("plans", "events", "reports")
                )
                lines.append(
                    self.tr(
                        "The newest good backup is from %1 (%2). Restoring it keeps the "
                        "damaged file aside, unchanged; work done after that backup is not in it."
                    )
                    .replace("%1", time_text(self.backup.created))
                    .replace("%2", contents)
                )
        elif isinstance(self.exc, DatabaseTooNew):
            lines.append(self.tr("Install the newest version of the program, then open the data again."))
        lines.append(self.tr("Details are in the log folder: %1").replace("%1", str(self.paths.logs)))
        return "\n\n".join(lines)

    # -- actions ------------------------------------------------------------
    def confirm(self) -> bool:
        if self.backup is None:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore the newest backup?"),
            self.tr("Restore the backup of %1? The damaged file is kept aside, unchanged.").replace(
                "%1", time_text(self.backup.created)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Restore failed"), message)

    def restore_newest(self) -> None:
        from vnhr_desktop.services.backups import restore

        if self.backup is None or not self.confirm():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = restore(self.paths, self.backup.path)
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.show_error(exc.message)
            return
        QGuiApplication.restoreOverrideCursor()
        self.result_of_restore = result
        lines = [
            self.tr("The backup of %1 was restored.").replace("%1", time_text(self.backup.created)),
            changes_text(result),
        ]
        if result.damaged_copy is not None:
            lines.append(self.tr("The damaged file was kept unchanged at %1.").replace("%1", str(result.damaged_copy)))
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(48, 48))
        restored = self.tr("The data was restored from a backup.")
        self.heading.setText(f"<b>{restored}</b>")
        self.advice.hide()
        self.details.hide()
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        self.restore_button.hide()
        self.close_button.setText(self.tr("Continue"))

    def open_logs(self) -> None:
        self.paths.logs.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.logs)))

    def finish(self) -> None:
        if self.result_of_restore is not None:
            self.accept()
        else:
            self.reject()
