"""Tệp > Khôi phục: the backups with their date, size and contents; restores
the chosen one (the current data is backed up first) and says what changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.models.table_model import Column, RecordTableModel
from vnhr_desktop.ui.screen_fit import fit_dialog

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def time_text(when) -> str:
    """dd/MM/yyyy HH:mm"""
    return f"{when:%d/%m/%Y %H:%M}"


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


def reason_labels() -> dict[str, str]:
    return {
        "thu-cong": QCoreApplication.translate("Backups", "Made by hand"),
        "khoi-dong": QCoreApplication.translate("Backups", "At start"),
        "dinh-ky": QCoreApplication.translate("Backups", "Automatic"),
        "truoc-nang-cap": QCoreApplication.translate("Backups", "Before an upgrade"),
        "truoc-nhap": QCoreApplication.translate("Backups", "Before an import"),
        "truoc-khoi-phuc": QCoreApplication.translate("Backups", "Before a restore"),
    }


def count_labels() -> dict[str, str]:
    return {
        "plans": QCoreApplication.translate("Backups", "Plans"),
        "slogans": QCoreApplication.translate("Backups", "Slogans"),
        "banners": QCoreApplication.translate("Backups", "Banners and panels"),
        "events": QCoreApplication.translate("Backups", "Events"),
        "participants": QCoreApplication.translate("Backups", "Participants"),
        "media": QCoreApplication.translate("Backups", "News, articles and posts"),
        "reports": QCoreApplication.translate("Backups", "Reports"),
        "agencies": QCoreApplication.translate("Backups", "Agencies"),
    }


def status_text(info) -> str:
    if info.restorable:
        return QCoreApplication.translate("Backups", "Good")
    if info.ok:
        return QCoreApplication.translate("Backups", "From a newer version")
    return QCoreApplication.translate("Backups", "Damaged")


OUTCOME_STYLE = "QLabel { background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 3px; padding: 8px; }"


def changes_text(result) -> str:
    """One line per kind of record whose count changed; when the data before
    could not be read (a damaged file), what the restored data holds."""
    labels = count_labels()
    if not result.before:
        held = "; ".join(f"{labels.get(k, k)}: {n}" for k, n in result.after.items() if n)
        return QCoreApplication.translate("Backups", "The restored data holds: %1.").replace(
            "%1", held or QCoreApplication.translate("Backups", "no records")
        )
    changes = result.changes()
    if not changes:
        return QCoreApplication.translate("Backups", "The number of records did not change.")
    return "\n".join(f"{labels.get(k, k)}: {before} → {after}" for k, (before, after) in changes.items())


class BackupListSource:
    """The backups of the data folder, newest first, for the generic table model."""

    def __init__(self, paths):
        self.paths = paths
        self.refresh()

    def refresh(self) -> None:
        from vnhr_desktop.services.backups import list_backup_infos

        self.infos = list_backup_infos(self.paths)

    def query(self, request) -> list:
        end = None if request.limit is None else request.offset + request.limit
        return self.infos[request.offset : end]

    def count(self, request) -> int:
        return len(self.infos)


class RestoreDialog(QDialog):
    def __init__(self, paths, parent=None, engine=None):
        super().__init__(parent)
        self.paths = paths
        self.engine = engine  # the open database: a shared server is restored in place
        self.result_of_restore = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        fit_dialog(self, 820, 460)
        intro = QLabel(
            self.tr(
                "Choose a backup to go back to. The current data is backed up first, so a restore "
                "can itself be undone from this list."
            ),
            self,
        )
        intro.setWordWrap(True)
        reasons = reason_labels()
        self.model = RecordTableModel(
            [
                Column("created", self.tr("Date"), lambda i: time_text(i.created), sortable=False),
                Column("reason", self.tr("Made"), lambda i: reasons.get(i.reason, i.reason), sortable=False),
                Column("size", self.tr("Size"), lambda i: size_text(i.size), RIGHT, sortable=False),
                Column("plans", self.tr("Plans"), lambda i: i.counts.get("plans", ""), RIGHT, sortable=False),
                Column("events", self.tr("Events"), lambda i: i.counts.get("events", ""), RIGHT, sortable=False),
                Column("reports", self.tr("Reports"), lambda i: i.counts.get("reports", ""), RIGHT, sortable=False),
                Column(
                    "status", self.tr("Check"), status_text, sortable=False, tooltip=lambda i: i.problem or str(i.path)
                ),
            ],
            parent=self,
        )
        self.source = BackupListSource(paths)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty = QLabel(self.tr("There are no backups in the data folder yet."), self)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("outcome")
        self.outcome.setStyleSheet(OUTCOME_STYLE)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.other_button = QPushButton(self.tr("Restore from another &file…"), self)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button.clicked.connect(self.restore_other_file)
        self.close_button.clicked.connect(self.finish)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    # -- list ---------------------------------------------------------------
    def reload(self) -> None:
        self.source.refresh()
        self.model.set_source(self.source)
        self.empty.setVisible(not self.source.infos)
        first_good = next((n for n, info in enumerate(self.source.infos) if info.restorable), None)
        if first_good is not None:
            self.table.selectRow(first_good)
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        info = self.selected()
        self.restore_button.setEnabled(bool(info and info.restorable))

    # -- restore ------------------------------------------------------------
    def confirm(self, info) -> bool:
        labels = count_labels()
        contents = "; ".join(f"{labels[k]}: {info.counts.get(k, 0)}" for k in ("plans", "events", "reports"))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr("Replace the current data with the backup of %1 (%2)?\n\nThe current data is backed up first.")
            .replace("%1", time_text(info.created))
            .replace("%2", contents),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Restore failed"), message)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None and info.restorable:
            self.restore_file(info.path, info)

    def restore_other_file(self) -> None:
        from vnhr_desktop.services.backups import inspect_database_file

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            str(Path.home()),
            self.tr("Backup files (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            path = Path(name)
            self.restore_file(path, inspect_database_file(path))

    def restore_file(self, path: Path, info) -> None:
        from vnhr_desktop.services.backups import restore

        if not self.confirm(info):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = restore(self.paths, path, engine=self.engine)
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.show_error(exc.message)
            return
        QGuiApplication.restoreOverrideCursor()
        self.result_of_restore = result
        self.show_outcome(result, info)
        self.reload()

    def show_outcome(self, result, info) -> None:
        lines = [self.tr("The backup of %1 was restored.").replace("%1", time_text(info.created))]
        lines.append(changes_text(result))
        if result.safety_backup is not None:
            lines.append(
                self.tr(
                    "The data as it was before is now the first backup in the list "
                    "(made “Before a restore”), so this restore can be undone."
                )
            )
        if result.damaged_copy is not None:
            lines.append(self.tr("The damaged file was kept unchanged at %1.").replace("%1", str(result.damaged_copy)))
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        self.close_button.setText(self.tr("Done"))

    def finish(self) -> None:
        if self.result_of_restore is not None:
            self.accept()
        else:
            self.reject()
