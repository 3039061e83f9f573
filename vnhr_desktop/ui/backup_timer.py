"""Automatic backups while the GUI runs: one at start, then whenever the
backup policy says one is due (changes since the last backup and at least 30
minutes since it)."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer

from vnhr_desktop.errors import UserError
from vnhr_desktop.services.backups import DEFAULT_POLICY

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 1000


class BackupTimer(QObject):
    def __init__(self, paths, database, parent=None, policy=DEFAULT_POLICY):
        super().__init__(parent)
        self.paths = paths
        self.engine = database.engine
        self.policy = policy
        self.dirty = False
        self.last_backup_at: dt.datetime | None = None
        database.on_commit(self._mark_dirty)
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)

    def _mark_dirty(self, _change=None) -> None:
        self.dirty = True

    def start_session(self) -> None:
        from vnhr_desktop.services.portable_backups import automatic_backups_here

        if not automatic_backups_here(self.paths, self.engine):
            log.info("shared database: automatic backups are made by the PC with the backup role")
            return
        self._backup("khoi-dong")
        self.timer.start()

    def tick(self, now: dt.datetime | None = None) -> None:
        if self.policy.is_due(now or dt.datetime.now(), self.last_backup_at, self.dirty):
            self._backup("dinh-ky")

    def _backup(self, reason: str) -> None:
        from vnhr_desktop.services.backups import backup_now

        try:
            backup_now(self.paths, reason=reason, engine=self.engine)
            self.dirty = False
            self.last_backup_at = dt.datetime.now()
        except UserError as exc:
            log.warning("automatic backup failed: %s", exc.message)
