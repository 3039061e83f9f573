"""Every few seconds, a light look for other PCs' changes (see
services.change_watch): when another PC committed, the listeners of the main
window refresh the tabs as after a change made here."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from vnhr_desktop.domain.changes import Change
from vnhr_desktop.services.database_handle import DatabaseHandle

CHECK_MS = 5000


class ChangeWatch(QObject):
    def __init__(self, database: DatabaseHandle, parent: QObject | None = None, interval_ms: int = CHECK_MS):
        super().__init__(parent)
        self.database = database
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.check()  # the starting point: nothing to tell yet
        self.timer.start()

    def check(self) -> Change:
        from vnhr_desktop.services.change_watch import other_changes

        return other_changes(self.database)

    def stop(self) -> None:
        self.timer.stop()
