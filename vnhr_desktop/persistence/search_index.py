"""Full-text index over the folded search keys (SQLite FTS5, trigram tokenizer).

Each searchable table ``T`` gets an external-content FTS5 table ``fts_T`` over
its ``search_key`` column. The keys themselves are computed in one place, the
``before_flush`` hook of :mod:`vnhr_desktop.persistence.keys`; triggers on the
key column copy every change into the index, so rows written by bulk inserts,
deletes of whole events and cascades stay in step as well.

A trigram index answers "contains this text" for any query of three or more
characters, which is exactly what ``search_key LIKE '%query%'`` answers, only
without reading every row. The tokenizer is case sensitive because both the
keys and the queries are folded to lower case already; that keeps the two
answers identical (tests compare them).

When the SQLite library lacks FTS5 the index is not built and searches fall
back to ``LIKE`` with a log line.

On PostgreSQL the same ``search_key LIKE '%query%'`` is answered by a GIN
index with ``pg_trgm``'s trigram operator class (``trgm_T``), so searches
there always use LIKE; without the extension the index is not built and LIKE
reads every row (with a log line).
"""

from __future__ import annotations

import logging
import sqlite3
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Select, column, event, select, table
from sqlalchemy.orm import ORMExecuteState, Session

from vnhr_desktop.domain.text import fold

log = logging.getLogger(__name__)

# Tables whose search_key is indexed.
INDEXED_TABLES = ("participant", "plan", "plan_task", "banner_placement", "slogan", "media_output")
# The shortest query the trigram index can answer.
MIN_QUERY = 3


def index_name(table_name: str) -> str:
    return f"fts_{table_name}"


def is_index_table(name: str) -> bool:
    """An FTS5 table of the index or one of its shadow tables."""
    return any(name == index_name(t) or name.startswith(index_name(t) + "_") for t in INDEXED_TABLES)


def _triggers(t: str) -> dict[str, str]:
    fts = index_name(t)
    delete = f"INSERT INTO {fts}({fts}, rowid, search_key) VALUES ('delete', old.id, old.search_key);"
    insert = f"INSERT INTO {fts}(rowid, search_key) VALUES (new.id, new.search_key);"
    return {
        f"{fts}_ai": f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {t} BEGIN {insert} END",
        f"{fts}_ad": f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {t} BEGIN {delete} END",
        f"{fts}_au": f"CREATE TRIGGER {fts}_au AFTER UPDATE OF search_key ON {t} BEGIN {delete} {insert} END",
    }


def _create_table(t: str) -> str:
    return (
        f"CREATE VIRTUAL TABLE {index_name(t)} USING fts5(search_key, content='{t}', content_rowid='id', "
        "tokenize='trigram case_sensitive 1')"
    )


# Runs one SQL string and returns its rows (sqlite3 and SQLAlchemy alike).
Execute = Callable[[str], Sequence[Sequence[Any]]]


def runner(connection: Connection) -> Execute:
    """``execute(sql) -> rows`` over a SQLAlchemy connection."""

    def execute(sql: str) -> Sequence[Sequence[Any]]:
        result = connection.exec_driver_sql(sql)
        return result.fetchall() if result.returns_rows else []

    return execute


def fts5_available(execute: Execute) -> bool:
    """Whether this SQLite can build a trigram FTS5 index. ``execute`` runs one
    SQL string and returns the rows (works for sqlite3 and SQLAlchemy alike)."""
    if sqlite3.sqlite_version_info < (3, 34, 0):
        return False
    options = {row[0] for row in execute("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def _existing(execute: Execute) -> set[str]:
    return {row[0] for row in execute("SELECT name FROM sqlite_master WHERE name LIKE 'fts\\_%' ESCAPE '\\'")}


def trgm_index_name(table_name: str) -> str:
    return f"trgm_{table_name}"


def _ensure_trgm(execute: Execute) -> list[str]:
    """PostgreSQL: the pg_trgm extension when it can be had, then a GIN
    trigram index on each table's search key."""
    installed = execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    if not installed:
        if not execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"):
            log.warning("PostgreSQL has no pg_trgm extension: searches use LIKE without an index")
            return []
        execute("SAVEPOINT vnhr_trgm")
        try:
            execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception as exc:  # e.g. a user without the right to create extensions
            execute("ROLLBACK TO SAVEPOINT vnhr_trgm")
            log.warning("pg_trgm not created (%s): searches use LIKE without an index", type(exc).__name__)
            return []
        execute("RELEASE SAVEPOINT vnhr_trgm")
    existing = {row[0] for row in execute("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")}
    built = []
    for t in INDEXED_TABLES:
        if trgm_index_name(t) not in existing:
            execute(f"CREATE INDEX {trgm_index_name(t)} ON {t} USING gin (search_key gin_trgm_ops)")
            built.append(t)
    if built:
        log.info("trigram search index built for %s", ", ".join(built))
    return built


def ensure(execute: Execute, dialect: str = "sqlite") -> list[str]:
    """Create whatever part of the index is missing and rebuild the tables whose
    index was missing or incomplete. Returns the tables rebuilt. Run inside the
    migration transaction (a table rebuilt by a later migration loses its
    triggers; this puts them back)."""
    if dialect == "postgresql":
        return _ensure_trgm(execute)
    if not fts5_available(execute):
        log.warning("SQLite %s has no FTS5 trigram support: searches use LIKE", sqlite3.sqlite_version)
        return []
    existing = _existing(execute)
    rebuilt = []
    for t in INDEXED_TABLES:
        wanted = {index_name(t): _create_table(t), **_triggers(t)}
        missing = [name for name in wanted if name not in existing]
        if not missing:
            continue
        for name in missing:
            execute(wanted[name])
        fts = index_name(t)
        execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
        execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
        rebuilt.append(t)
    if rebuilt:
        log.info("search index built for %s", ", ".join(rebuilt))
    return rebuilt


def drop(execute: Execute, dialect: str = "sqlite") -> None:
    if dialect == "postgresql":
        for t in INDEXED_TABLES:
            execute(f"DROP INDEX IF EXISTS {trgm_index_name(t)}")
        return
    for t in INDEXED_TABLES:
        for name in _triggers(t):
            execute(f"DROP TRIGGER IF EXISTS {name}")
        execute(f"DROP TABLE IF EXISTS {index_name(t)}")


# -- queries ----------------------------------------------------------------
_ready: weakref.WeakKeyDictionary[Engine | Connection, frozenset[str]] = weakref.WeakKeyDictionary()


def indexed_tables(session: Session) -> frozenset[str]:
    """The tables of ``session``'s database that have their FTS5 index (checked
    once per engine; none on PostgreSQL, where LIKE uses the trigram index)."""
    engine = session.get_bind()
    found = _ready.get(engine)
    if found is None and engine.dialect.name != "sqlite":
        found = _ready[engine] = frozenset()
    if found is None:
        names = {row[0] for row in session.connection().exec_driver_sql("SELECT name FROM sqlite_master")}
        found = frozenset(t for t in INDEXED_TABLES if {index_name(t), *_triggers(t)} <= names)
        missing = [t for t in INDEXED_TABLES if t not in found]
        if missing:
            log.warning("no search index for %s: searching them with LIKE", ", ".join(missing))
        _ready[engine] = found
    return found


def match_phrase(query: str) -> str:
    """FTS5 phrase for a folded query: the trigram tokenizer matches it as a substring."""
    return '"' + fold(query).replace('"', '""') + '"'


def matching_ids(table_name: str, query: str) -> Select[Any]:
    """``SELECT rowid FROM fts_T WHERE fts_T MATCH <phrase>`` as a subquery."""
    fts = table(index_name(table_name), column("rowid"), column(index_name(table_name)))
    return select(fts.c.rowid).where(fts.c[index_name(table_name)].match(match_phrase(query)))


# -- matches remembered for one transaction ----------------------------------
# A list asks for its count and then for its first page; both need the same
# matches, so they are read once per transaction and kept in ``session.info``.
# Anything that may change rows (a flush, a DML statement, the end of the
# transaction) forgets them.
_MATCHES = "search_index.matches"


def forget_matches(session: Session) -> None:
    session.info.pop(_MATCHES, None)


# Up to this many matches are read out as ids; for more, only their number is
# read and statements match them again inside SQLite.
LISTED = 5000


def matches(session: Session, table_name: str, query: str) -> tuple[int, list[int] | None]:
    """How many rows of ``table_name`` the index matches for ``query``, and
    their ids when there are at most :data:`LISTED` of them."""
    cache: dict[tuple[str, str], tuple[int, list[int] | None]] = session.info.setdefault(_MATCHES, {})
    key = (table_name, fold(query))
    if key not in cache:
        fts = index_name(table_name)
        run = session.connection().exec_driver_sql
        phrase = match_phrase(query)
        ids = [r[0] for r in run(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?", (phrase, LISTED + 1))]
        if len(ids) <= LISTED:
            cache[key] = (len(ids), ids)
        else:
            cache[key] = (int(run(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?", (phrase,)).scalar_one()), None)
    return cache[key]


def match_count(session: Session, table_name: str, query: str) -> int:
    return matches(session, table_name, query)[0]


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _transaction_ended(session: Session) -> None:
    forget_matches(session)


@event.listens_for(Session, "do_orm_execute")
def _statement(state: ORMExecuteState) -> None:
    if not state.is_select:
        forget_matches(state.session)


def can_serve(session: Session, table_name: str, query: str) -> bool:
    """True when the index answers ``query`` on ``table_name``: long enough and built."""
    return len(fold(query)) >= MIN_QUERY and table_name in indexed_tables(session)
