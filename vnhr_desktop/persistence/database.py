"""Opening the office's database: location check, read-only preflight,
upgrade when due (with a backup first), then the engine for the services."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import event, orm
from sqlalchemy.engine import Engine
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from vnhr_desktop.domain.changes import Change
from vnhr_desktop.errors import StaleRecord
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence import change_markers
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
    _listeners: list[Callable[[Change], None]] = field(default_factory=list)
    # The change markers as this process last knew them (None: not read yet).
    _seen: dict[str, int] | None = None

    def __post_init__(self) -> None:
        event.listen(self.Session, "after_flush", _collect_flushed)
        event.listen(self.Session, "do_orm_execute", _collect_bulk)

    @property
    def path(self) -> Path:
        """The SQLite file (on PostgreSQL: where it would be; see :attr:`dialect`)."""
        return self.paths.database

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.engine.dialect.name

    @property
    def is_postgresql(self) -> bool:
        return self.dialect == "postgresql"

    @contextmanager
    def session(self) -> Iterator[orm.Session]:
        """A unit of work: commits on success, rolls back on any error.

        On SQLite its transaction begins IMMEDIATE (persistence.engine), so it
        waits up to the busy timeout for a writer in another process; on
        PostgreSQL a statement waits up to the lock timeout for another PC's
        locks. Past either the error is :class:`DatabaseBusy`, one plain line
        without SQL or personal values."""
        with self.Session(bind=self.engine.execution_options(**{WRITE_OPTION: True})) as session:
            try:
                yield session
                session.flush()
                kinds = session.info.get(_CHANGES, {}).keys()
                serials = change_markers.bump(session.connection(), kinds) if kinds else {}
                session.commit()
            except BaseException as exc:
                session.rollback()
                session.info.pop(_CHANGES, None)
                if isinstance(exc, StaleDataError):
                    # Another PC saved a row of this unit of work after it was read here.
                    raise StaleRecord("Bản ghi vừa được sửa trên máy khác; hãy mở lại.") from None
                busy = busy_error(exc) if isinstance(exc, Exception) else None
                if busy is not None:
                    log.warning("database busy: gave up after the busy timeout")
                    raise busy from None
                raise
            change = Change.of(session.info.pop(_CHANGES, {}))
            self._note_own(serials)
            self._notify(change)

    def on_commit(self, callback: Callable[[Change], None]) -> None:
        """Register ``callback(change)``, run after each successful unit of work
        with the :class:`~vnhr_desktop.domain.changes.Change` it made (which
        kinds of record, which ids)."""
        self._listeners.append(callback)

    def _note_own(self, serials: dict[str, int]) -> None:
        """This process's own commit: not news for :meth:`poll_changes` unless
        another PC also changed that kind since the last look."""
        if self._seen is None:
            return
        for kind, serial in serials.items():
            if self._seen.get(kind, 0) == serial - 1:
                self._seen[kind] = serial

    def poll_changes(self) -> Change:
        """The light check for other PCs' commits: read the change markers (a few
        rows); the kinds changed since the last look are told to the
        :meth:`on_commit` listeners like this process's own changes (ids unknown:
        empty sets). The first call only takes the starting point."""
        with self.engine.connect() as conn:
            now = change_markers.read(conn)
            conn.rollback()
        before, self._seen = self._seen, now
        if before is None:
            return Change()
        change = Change.of({kind: () for kind, serial in now.items() if before.get(kind) != serial})
        if change:
            self._notify(change)
        return change

    def _notify(self, change: Change) -> None:
        for cb in list(self._listeners):
            try:
                cb(change)
            except Exception:  # a listener's failure must not undo a committed change
                log.exception("change listener failed")

    def close(self) -> None:
        self.engine.dispose()


_CHANGES = "vnhr_changes"


def _record(session: Session, kind: str, row_id: object) -> None:
    ids = session.info.setdefault(_CHANGES, {}).setdefault(kind, set())
    if isinstance(row_id, int):
        ids.add(row_id)


def _collect_flushed(session: Session, _flush_context: object) -> None:
    """Note every row a flush added, changed or deleted, by table."""
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table is None or (obj in session.dirty and not session.is_modified(obj)):
            continue
        _record(session, table, getattr(obj, "id", None))


def _collect_bulk(state: ORMExecuteState) -> None:
    """A bulk UPDATE or DELETE: the rows are not known one by one."""
    if state.is_update or state.is_delete or state.is_insert:
        table = getattr(state.statement, "table", None)
        if table is not None and getattr(table, "name", None):
            session = state.session
            session.info.setdefault(_CHANGES, {}).setdefault(table.name, set())


def open_database(paths: DataPaths, migrate: bool = True, preflight: Preflight | None = None) -> Database:
    """Open (creating or upgrading when due) the database of ``paths``: the
    SQLite file in the data folder, or the PostgreSQL database of
    ``paths.database_url`` when set.

    ``preflight`` is the result of :func:`run_preflight` when the caller already
    ran it (the GUI runs it in a thread while Qt loads; SQLite only).
    """
    paths.ensure()
    if paths.database_url is not None:
        return _open_server(paths, paths.database_url, migrate)
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
    return _database(paths, engine, pre, backup)


def _open_server(paths: DataPaths, url: str, migrate: bool) -> Database:
    from vnhr_desktop.persistence.postgres import make_server_engine, safe_url, server_preflight

    engine = make_server_engine(url)
    try:
        pre = server_preflight(engine)
        backup = None
        if migrate and pre.needs_upgrade:
            from vnhr_desktop.persistence.migrate import upgrade_server  # only for an upgrade

            log.info("upgrading %s from schema version %s", safe_url(engine.url), pre.user_version)
            backup = upgrade_server(engine, paths.backups if pre.exists else None)
    except BaseException:
        engine.dispose()
        raise
    return _database(paths, engine, pre, backup)


def _database(paths: DataPaths, engine: Engine, pre: Preflight, backup: Path | None) -> Database:
    return Database(
        paths=paths,
        engine=engine,
        Session=make_sessionmaker(engine),
        upgraded_from=pre.user_version if pre.needs_upgrade else None,
        upgrade_backup=backup,
    )
