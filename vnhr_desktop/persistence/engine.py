"""SQLAlchemy engine for the local SQLite file, with the connection pragmas of
reference/reliability.md and real transactions (DDL included).

A connection with the execution option ``vnhr_write=True`` (Database.session,
the unit of work that commits) begins ``BEGIN IMMEDIATE``: it takes the write
lock first, so SQLite's busy timeout applies when another process is writing.
A plain deferred BEGIN that later tries to write fails at once instead.
Parameters are hidden from error messages, which end up in logs and on screen
and would otherwise carry names and phone numbers."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import cast

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from vnhr_desktop.persistence.busy import begin_immediate
from vnhr_desktop.persistence.schema import APPLICATION_ID

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "vnhr_write"


def make_engine(path: Path, foreign_keys: bool = True) -> Engine:
    from vnhr_desktop.persistence.files import make_private_file

    make_private_file(path)
    engine = create_engine(f"sqlite:///{path}", future=True, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        # Searches look rows up by id all over a large table: a page cache of
        # up to 16 MiB (the default is 2 MiB) keeps the pages they revisit.
        cur.execute("PRAGMA cache_size=-16384")
        if cur.execute("PRAGMA application_id").fetchone()[0] == 0:
            cur.execute(f"PRAGMA application_id={APPLICATION_ID}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            # the engine is sqlite:/// through the sqlite3 module (pysqlite)
            begin_immediate(cast(sqlite3.Connection, conn.connection.dbapi_connection), BUSY_TIMEOUT_MS)
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
