"""Opening the office's database: location check, read-only preflight,
upgrade when due (with a backup first), then the engine for the services."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.busy import busy_error
from vnhr_desktop.persistence.engine import WRITE_OPTION, make_engine, make_sessionmaker
from vnhr_desktop.persistence.location import ensure_local
from vnhr_desktop.persistence.lock import InstanceLock
from vnhr_desktop.persistence.preflight import Preflight, run_preflight

log = logging.getLogger(__name__)


@dataclass
class Database:
    paths: DataPaths
    engine: Engine
    Session: sessionmaker[Session]
    upgraded_from: int | None = None
    upgrade_backup: Path | None = None
    _listeners: list = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.paths.database

    @contextmanager
    def session(self):
        """A unit of work: commits on success, rolls back on any error.

        Its transaction begins IMMEDIATE (persistence.engine), so it waits up to
        the busy timeout for a writer in another process; past it the error is
        :class:`DatabaseBusy`, one plain line without SQL or personal values."""
        with self.Session(bind=self.engine.execution_options(**{WRITE_OPTION: True})) as session:
            try:
                yield session
                session.commit()
            except BaseException as exc:
                session.rollback()
                busy = busy_error(exc) if isinstance(exc, Exception) else None
                if busy is not None:
                    log.warning("database busy: gave up after the busy timeout")
                    raise busy from None
                raise
            self._notify()

    def on_commit(self, callback) -> None:
        """Register a callback run after each successful unit of work."""
        self._listeners.append(callback)

    def _notify(self) -> None:
        for cb in list(self._listeners):
            cb()

    def close(self) -> None:
        self.engine.dispose()


def open_database(paths: DataPaths, migrate: bool = True, preflight: Preflight | None = None) -> Database:
    """Open (creating or upgrading when due) the database under ``paths``.

    ``preflight`` is the result of :func:`run_preflight` when the caller already
    ran it (the GUI runs it in a thread while Qt loads).
    """
    paths.ensure()
    ensure_local(paths.root)
    pre: Preflight = preflight if preflight is not None else run_preflight(paths.database)
    backup = None
    if migrate and pre.needs_upgrade:
        from vnhr_desktop.persistence.migrate import upgrade  # only for an upgrade: keeps it off the start-up path

        log.info("upgrading database from user_version %s", pre.user_version)
        if InstanceLock.held_here(paths.lock_file):
            backup = upgrade(paths.database, paths.backups if pre.exists else None)
        else:
            # A reading command (list, export, check) that finds the upgrade
            # due writes too: only under the instance lock.
            with InstanceLock(paths.lock_file):
                backup = upgrade(paths.database, paths.backups if pre.exists else None)
    engine = make_engine(paths.database)
    return Database(
        paths=paths,
        engine=engine,
        Session=make_sessionmaker(engine),
        upgraded_from=pre.user_version if pre.needs_upgrade else None,
        upgrade_backup=backup,
    )
