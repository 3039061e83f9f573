""" "Đang chờ…" in the status bar while a write waits for another program that
holds the database's write lock (persistence.busy waits in short slices and
calls this after the first second)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication


def waiting_text() -> str:
    return QCoreApplication.translate("BusyNotice", "Waiting: another program is writing to the data file…")


def install_busy_notice(window_of) -> None:
    """``window_of()`` gives the current main window (it changes with the language)."""
    from vnhr_desktop.services.busy_wait import set_wait_notice

    def notice(waiting: bool) -> None:
        window = window_of()
        if window is None:
            return
        bar = window.statusBar()
        if waiting:
            if bar.currentMessage() != waiting_text():
                bar.showMessage(waiting_text())
                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            bar.clearMessage()
            if QGuiApplication.overrideCursor() is not None:
                QGuiApplication.restoreOverrideCursor()
        # Paint the message now: the write is waiting on this (the GUI) thread.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    set_wait_notice(notice)


def remove_busy_notice() -> None:
    from vnhr_desktop.services.busy_wait import set_wait_notice

    set_wait_notice(None)
