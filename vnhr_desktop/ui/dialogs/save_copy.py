"""Tệp > Sao lưu ra...: a backup copy wherever the user chooses (a USB stick
is fine for a copy; the live database never goes there)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from vnhr_desktop.errors import UserError


def ask_backup_target(parent, paths, engine=None) -> Path | None:
    from vnhr_desktop.services.backups import backup_now

    suggested = str(Path.home() / f"vnhr-saoluu-{dt.date.today():%Y%m%d}.sqlite3")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SaveCopy", "Back up to"),
        suggested,
        QCoreApplication.translate("SaveCopy", "Backup files (*.sqlite3)"),
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() != ".sqlite3":
        target = target.with_suffix(target.suffix + ".sqlite3") if target.suffix else target.with_suffix(".sqlite3")
    try:
        written = backup_now(paths, target, engine=engine)
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("SaveCopy", "Backup failed"), exc.message)
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("SaveCopy", "Backup done"),
        QCoreApplication.translate("SaveCopy", "The backup was written to:\n%1").replace("%1", str(written)),
    )
    return written
