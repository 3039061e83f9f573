"""Every few seconds, a light look for other PCs' changes (see
services.change_watch): when another PC committed, the listeners of the main
window refresh the tabs as after a change made here.

The timer's looks run in a worker thread, one at a time: a shared server that
stops answering holds a look up to its connect timeout, never the window.
The listeners reach the window through a queued signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from vnhr_desktop.domain.changes import Change
from vnhr_desktop.services.database_handle import DatabaseHandle

CHECK_MS = 5000


class ChangeWatch(QObject):
    def __init__(self, database: DatabaseHandle, parent: QObject | None = None, interval_ms: int = CHECK_MS):
        super().__init__(parent)
        self.database = database
        self.looking: object | None = None  # the look running in a worker thread, if any
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.look_in_background)
        self.check()  # the starting point: nothing to tell yet
        self.timer.start()

    def check(self) -> Change:
        from vnhr_desktop.services.change_watch import other_changes

        return other_changes(self.database)

    def look_in_background(self) -> None:
        """:meth:`check` in a worker thread, unless the last one is still running."""
        from vnhr_desktop.ui.workers import start_job

        if self.looking is None:
            self.looking = start_job(self.check, self._looked, self._looked)

    def _looked(self, _outcome: object = None) -> None:
        self.looking = None

    def stop(self) -> None:
        self.timer.stop()
