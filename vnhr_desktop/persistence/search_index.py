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
"""

from __future__ import annotations

import logging
import sqlite3
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Select, column, event, select, table
from sqlalchemy.orm import ORMExecuteState, Session

from vnhr_desktop.domain.text import fold, like_pattern

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


def ensure(execute: Execute) -> list[str]:
    """Create whatever part of the index is missing and rebuild the tables whose
    index was missing or incomplete. Returns the tables rebuilt. Run inside the
    migration transaction (a table rebuilt by a later migration loses its
    triggers; this puts them back)."""
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


def drop(execute: Execute) -> None:
    for t in INDEXED_TABLES:
        for name in _triggers(t):
            execute(f"DROP TRIGGER IF EXISTS {name}")
        execute(f"DROP TABLE IF EXISTS {index_name(t)}")


# An import of at least this many rows merges the index of its table into one
# segment afterwards: FTS5 answers from a fragmented index noticeably slower.
OPTIMIZE_AFTER = 10_000


def optimize(execute: Execute, table_name: str) -> None:
    """Merge the index of ``table_name`` into one segment (a second or two for
    300,000 rows; part of the caller's transaction)."""
    fts = index_name(table_name)
    execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")


def after_import(session: Session, table_name: str, rows: int) -> bool:
    """After ``rows`` rows were written to ``table_name`` in one go: optimize
    its index when they are many. Returns whether it did."""
    if rows < OPTIMIZE_AFTER or table_name not in indexed_tables(session):
        return False
    optimize(runner(session.connection()), table_name)
    return True


# -- queries ----------------------------------------------------------------
_ready: weakref.WeakKeyDictionary[Engine | Connection, frozenset[str]] = weakref.WeakKeyDictionary()


def indexed_tables(session: Session) -> frozenset[str]:
    """The tables of ``session``'s database that have their index (checked once
    per engine)."""
    engine = session.get_bind()
    found = _ready.get(engine)
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


# -- the rarest trigrams of a lookup ------------------------------------------
# A phrase reads the postings, with positions, of every trigram of the query;
# for a name made of common syllables that is most of the cost. When a few of
# its trigrams are rare together, the rows holding those (no positions read)
# tested by their key give the same rows for less. Trigram frequencies are
# estimated on the last SAMPLE rows of the table and kept per database: they
# only choose the plan, never the answer.
SAMPLE = 6000
# Rough costs, in nanoseconds: a posting read by a phrase, one read by an AND
# of terms, a candidate row looked up and tested.
_PHRASE_NS, _AND_NS, _TEST_NS = 7.0, 3.0, 4000.0
_sampled: weakref.WeakKeyDictionary[Engine | Connection, dict[tuple[str, str], int]] = weakref.WeakKeyDictionary()


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def trigrams(query: str) -> list[str]:
    """The distinct trigrams of a folded query, in order."""
    return list(dict.fromkeys(query[i : i + 3] for i in range(len(query) - 2)))


def _choose(session: Session, table_name: str, query: str) -> tuple[list[str], int, float] | None:
    """The rarest few trigrams of ``query`` that are rare together: (trigrams,
    rows of the sample holding them all, estimated cost against the phrase).
    None for a short query or a small table."""
    terms = trigrams(query)
    if len(terms) < 3:
        return None
    run = session.connection().exec_driver_sql
    rows = run(f'SELECT max(rowid) FROM "{table_name}"').scalar() or 0
    if rows <= 2 * SAMPLE:
        return None  # a small table: the phrase is cheap
    engine = session.get_bind()
    known = _sampled.setdefault(engine, {})
    if len(known) > 50_000:
        known.clear()
    fts = index_name(table_name)

    def sample(expr: str) -> int:
        key = (table_name, expr)
        if key not in known:
            sql = f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ? AND rowid > ?"
            known[key] = int(run(sql, (expr, rows - SAMPLE)).scalar_one())
        return known[key]

    scale = rows / SAMPLE
    counted = sorted((sample(_quoted(t)), t) for t in terms)
    phrase = sum(n for n, _ in counted) * scale * _PHRASE_NS
    chosen, found = [counted[0][1]], counted[0][0]
    for _count, term in counted[1:]:
        if len(chosen) == 4 or found == 0:
            break
        both = sample(" AND ".join(_quoted(t) for t in sorted([*chosen, term])))
        if both < 0.7 * found:
            chosen.append(term)
            found = both
    cost = sum(n for n, t in counted if t in chosen) * scale * _AND_NS + found * scale * _TEST_NS
    return chosen, found, cost / max(phrase, 1.0)


def rare_trigrams(session: Session, table_name: str, query: str) -> list[str] | None:
    """Up to four trigrams of ``query`` to find candidate rows by, when testing
    those candidates is expected to cost well under the phrase; else None."""
    plan = _choose(session, table_name, query)
    return plan[0] if plan is not None and plan[2] < 0.6 else None


def candidate_ids(session: Session, table_name: str, query: str) -> Select[Any] | None:
    """For a broad query: the rows holding its rarest trigrams, as a subquery,
    when they are hardly more than its matches (the caller tests each row by
    its key); else None. Cheaper to gather than the matches (no positions read)."""
    plan = _choose(session, table_name, query)
    if plan is None:
        return None
    matched = sampled_density(session, table_name, query) * SAMPLE
    if plan[1] > 1.5 * matched + 10:
        return None
    fts = table(index_name(table_name), column("rowid"), column(index_name(table_name)))
    expr = " AND ".join(_quoted(t) for t in plan[0])
    return select(fts.c.rowid).where(fts.c[index_name(table_name)].match(expr))


def sampled_density(session: Session, table_name: str, query: str) -> float:
    """The share of the last SAMPLE rows of ``table_name`` that match ``query``
    (an estimate for choosing a plan, kept per database like the trigram counts)."""
    run = session.connection().exec_driver_sql
    rows = run(f'SELECT max(rowid) FROM "{table_name}"').scalar() or 0
    known = _sampled.setdefault(session.get_bind(), {})
    phrase = match_phrase(query)
    key = (table_name, "phrase " + phrase)
    if key not in known:
        fts = index_name(table_name)
        sql = f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ? AND rowid > ?"
        known[key] = int(run(sql, (phrase, rows - SAMPLE)).scalar_one())
    return known[key] / max(1, min(rows, SAMPLE))


# -- matches remembered for one transaction ----------------------------------
# A list asks for its count and then for its first page; both need the same
# matches, so they are read once per transaction and kept in ``session.info``.
# Anything that may change rows (a flush, a DML statement, the end of the
# transaction) forgets them.
_MATCHES = "search_index.matches"
_COUNTS = "search_index.counts"


def forget_matches(session: Session) -> None:
    session.info.pop(_MATCHES, None)
    session.info.pop(_COUNTS, None)


# Lists say "more than COUNT_CAP" rather than count every match of a broad
# search. The first COUNT_CAP + 1 matches are read out as ids in one pass (the
# index yields them in rowid order and stops there); with more, statements
# match them again inside SQLite.
COUNT_CAP = 10_000
LISTED = COUNT_CAP


def matches(session: Session, table_name: str, query: str) -> tuple[int, list[int] | None]:
    """How many rows of ``table_name`` the index matches for ``query`` and
    their ids, when there are at most :data:`LISTED` of them. With more, the
    ids are None and the number is ``LISTED + 1`` ("more than LISTED");
    :func:`match_count` counts on when asked."""
    cache: dict[tuple[str, str], tuple[int, list[int] | None]] = session.info.setdefault(_MATCHES, {})
    key = (table_name, fold(query))
    if key not in cache:
        fts = index_name(table_name)
        cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        terms = rare_trigrams(session, table_name, key[1])
        params: tuple[str, ...]
        if terms is None:
            sql, params = f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?", (match_phrase(query),)
        else:
            # Rows holding the rarest few trigrams (any order, no positions read),
            # each then tested by its key: the same rows the phrase gives.
            sql = (
                f'SELECT {fts}.rowid FROM {fts} JOIN "{table_name}" t ON t.id = {fts}.rowid '
                f"WHERE {fts} MATCH ? AND t.search_key LIKE ? ESCAPE '\\' ORDER BY {fts}.rowid LIMIT ?"
            )
            params = (" AND ".join(_quoted(t) for t in terms), like_pattern(key[1]))
        ids = [r[0] for r in cursor.execute(sql, (*params, LISTED + 1)).fetchall()]
        cache[key] = (len(ids), ids) if len(ids) <= LISTED else (LISTED + 1, None)
    return cache[key]


def match_count(session: Session, table_name: str, query: str, cap: int | None = None) -> int:
    """The number of rows matching ``query``; with ``cap``, counting stops past
    it and any number above ``cap`` comes back as ``cap + 1``."""
    count, ids = matches(session, table_name, query)
    if ids is not None or (cap is not None and cap < count):
        return count if cap is None else min(count, cap + 1)
    counts: dict[tuple[str, str, int | None], int] = session.info.setdefault(_COUNTS, {})
    key = (table_name, fold(query), cap)
    if key not in counts:
        fts = index_name(table_name)
        run = session.connection().exec_driver_sql
        phrase = match_phrase(query)
        if cap is None:
            counts[key] = int(run(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?", (phrase,)).scalar_one())
        else:
            limited = f"SELECT count(*) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?)"
            counts[key] = int(run(limited, (phrase, cap + 1)).scalar_one())
    return counts[key]


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
