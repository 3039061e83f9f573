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
from vnhr_desktop.persistence.engine import make_engine, make_sessionmaker
from vnhr_desktop.persistence.location import ensure_local
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
        """A unit of work: commits on success, rolls back on any error."""
        with self.Session() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
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
        backup = upgrade(paths.database, paths.backups if pre.exists else None)
    engine = make_engine(paths.database)
    return Database(
        paths=paths,
        engine=engine,
        Session=make_sessionmaker(engine),
        upgraded_from=pre.user_version if pre.needs_upgrade else None,
        upgrade_backup=backup,
    )
