"""Automatic backups while the GUI runs: one at start, then every 30 minutes
while there are changes since the last backup (reliability §4)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from vnhr_desktop.errors import UserError

log = logging.getLogger(__name__)
INTERVAL_MS = 30 * 60 * 1000


class BackupTimer(QObject):
    def __init__(self, paths, database, parent=None):
        super().__init__(parent)
        self.paths = paths
        self.dirty = False
        database.on_commit(self._mark_dirty)
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.tick)

    def _mark_dirty(self) -> None:
        self.dirty = True

    def start_session(self) -> None:
        self._backup("khoi-dong")
        self.timer.start()

    def tick(self) -> None:
        if self.dirty:
            self._backup("dinh-ky")

    def _backup(self, reason: str) -> None:
        from vnhr_desktop.services.backups import backup_now

        try:
            backup_now(self.paths, reason=reason)
            self.dirty = False
        except UserError as exc:
            log.warning("automatic backup failed: %s", exc.message)
