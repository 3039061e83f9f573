"""The one excepthook: log everything; show expected errors plainly and
unexpected ones with the log folder."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from vnhr_desktop.errors import UserError

log = logging.getLogger("vnhr_desktop.crash")


def show_error(parent, exc: BaseException, log_dir: Path) -> None:
    if isinstance(exc, UserError):
        QMessageBox.warning(parent, QApplication.translate("Errors", "Cannot continue"), exc.message)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Errors", "Unexpected error"))
    box.setText(
        QApplication.translate(
            "Errors",
            "Something went wrong and the action was not completed. Your saved data is safe.\n\n"
            "Details were written to the log folder:\n%1",
        ).replace("%1", str(log_dir))
    )
    box.setDetailedText(f"{type(exc).__name__}: {exc}")
    open_logs = box.addButton(QApplication.translate("Errors", "Open log folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_logs:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir)))


def install_excepthook(log_dir: Path) -> None:
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), exc, log_dir)

    sys.excepthook = hook
