"""Copy every table of the models from one database to an empty one, on any
SQLAlchemy engine (SQLite or PostgreSQL, either direction).

* The tables are those of the mapped models and their association tables;
  anything else (Alembic's version table, the schema identity, the SQLite
  search index, which its triggers fill as rows arrive) belongs to the target's
  own schema and is not copied.
* Rows are read in primary-key order and written in batches, parents before
  children, so a large database (300,000 participants) streams through.
* The source is read in one snapshot; the target is written in ONE
  transaction. A column that points into its own table (an agency's parent, a
  plan implementing another) is written after all the rows of that table.
* Afterwards the rows of every table are counted on both sides; any
  difference rolls the whole copy back. On PostgreSQL the id sequences are
  moved past the copied ids.
* Values pass through the column types unchanged: booleans, dates, datetimes,
  numbers, bytes and (NFC) text arrive as they left.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, bindparam, delete, func, select, update
from sqlalchemy.exc import SQLAlchemyError

from vnhr_desktop.errors import DatabaseProblem, UserError
from vnhr_desktop.persistence import models  # noqa: F401  (registers every model on Base)
from vnhr_desktop.persistence.base import Base
from vnhr_desktop.persistence.postgres import reset_sequences

log = logging.getLogger(__name__)

BATCH_ROWS = 2000
# progress(table name, rows copied so far, rows in the table)
Progress = Callable[[str, int, int], None]
# A step run on the target's connection inside the copy's transaction.
Step = Callable[[Connection], None]


class TargetNotEmpty(UserError):
    pass


class TransferFailed(DatabaseProblem):
    pass


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


@dataclass(frozen=True)
class TransferResult:
    counts: tuple[TableCount, ...]

    @property
    def rows(self) -> int:
        return sum(c.target for c in self.counts)

    def lines(self) -> list[str]:
        """A heading, then one line per table, for the command line."""
        width = max((len(c.table) for c in self.counts), default=4)
        heading = f"{'Bảng'.ljust(width)}  {'nguồn':>9}   {'đích':>9}"
        return [heading, *(f"{c.table.ljust(width)}  {c.source:>9} → {c.target:>9}" for c in self.counts)]


def model_tables() -> list[Table]:
    """The tables of the models, parents first."""
    mapped: set[str] = set()
    for mapper in Base.registry.mappers:
        if isinstance(mapper.local_table, Table):
            mapped.add(mapper.local_table.name)
        for rel in mapper.relationships:
            if isinstance(rel.secondary, Table):
                mapped.add(rel.secondary.name)
    return [t for t in Base.metadata.sorted_tables if t.name in mapped]


def _self_columns(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def existing_rows(conn: Connection, tables: Sequence[Table] | None = None) -> dict[str, int]:
    """Rows per table that holds any (an empty database gives {})."""
    counts = {t.name: _count(conn, t) for t in (model_tables() if tables is None else tables)}
    return {name: n for name, n in counts.items() if n}


def refuse_non_empty(conn: Connection, tables: Sequence[Table] | None = None) -> None:
    found = existing_rows(conn, tables)
    if found:
        name, n = next(iter(found.items()))
        raise TargetNotEmpty(
            f"Cơ sở dữ liệu đích đã có dữ liệu (bảng {name} có {n} dòng); chỉ chuyển vào một cơ sở dữ liệu trống."
        )


# A table read from the source and the same table written in the target: the
# model's Table for both, or each side's reflected Table (an older schema).
Pair = tuple[Table, Table]


def reflected_pairs(source: Engine, target: Engine) -> list[Pair]:
    """The tables of the target's schema as they are (parents first), each with
    the source's table of that name: for copying between databases at an
    older schema version than the models (the backup before an upgrade)."""

    def ours(name: str, _md: MetaData) -> bool:
        return name != "alembic_version" and not name.startswith(("sqlite_", "fts_"))

    src_md, dst_md = MetaData(), MetaData()
    with source.connect() as conn:
        src_md.reflect(conn, only=ours)
    with target.connect() as conn:
        dst_md.reflect(conn, only=ours)
    missing = [t.name for t in dst_md.sorted_tables if t.name not in src_md.tables]
    if missing:
        raise TransferFailed(f"Cơ sở dữ liệu nguồn thiếu bảng {missing[0]}; không chép được.")
    return [(src_md.tables[t.name], t) for t in dst_md.sorted_tables]


def _batches(conn: Connection, table: Table, columns: list[str], size: int) -> Iterator[list[dict[str, Any]]]:
    stmt = select(*(table.c[c] for c in columns)).order_by(*table.primary_key.columns)
    result = conn.execution_options(yield_per=size).execute(stmt)
    for part in result.mappings().partitions(size):
        yield [dict(row) for row in part]


def _copy_table(
    source: Connection, target: Connection, pair: Pair, total: int, batch: int, progress: Progress | None
) -> int:
    src_table, table = pair
    later = _self_columns(table)
    kept = [c.name for c in table.columns if c.onupdate is not None]
    pk = [c.name for c in table.primary_key.columns]
    columns = [c.name for c in src_table.columns if c.name in table.c]
    pending: list[dict[str, Any]] = []
    done = 0
    for rows in _batches(source, src_table, columns, batch):
        if later:
            for row in rows:
                if any(row[c] is not None for c in later):
                    pending.append({**{f"k_{k}": row[k] for k in pk}, **{f"v_{c}": row[c] for c in [*later, *kept]}})
                    row.update({c: None for c in later})
        target.execute(table.insert(), rows)
        done += len(rows)
        if progress is not None:
            progress(table.name, done, total)
    if pending:
        # columns with an ON UPDATE default (updated_at) keep their copied value
        where = [table.c[k] == bindparam(f"k_{k}") for k in pk]
        values: dict[str, Any] = {c: bindparam(f"v_{c}") for c in [*later, *kept]}
        target.execute(update(table).where(*where).values(values), pending)
    return done


def _source_connection(engine: Engine) -> Connection:
    conn = engine.connect()
    if engine.dialect.name == "postgresql":
        # one consistent snapshot of every table
        conn = conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    return conn


def _short(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def copy_database(
    source: Engine,
    target: Engine,
    batch: int = BATCH_ROWS,
    progress: Progress | None = None,
    replace: bool = False,
    pairs: Sequence[Pair] | None = None,
    around: tuple[Step, Step] | None = None,
) -> TransferResult:
    """Copy every model table of ``source`` into the empty ``target`` (whose
    schema already exists). Refuses a target holding any row, or with
    ``replace`` (a restore) first deletes them in the same transaction; rolls
    the target back on any failure or count difference. ``pairs`` (from
    :func:`reflected_pairs`) copies tables as they are instead of the models'.
    ``around`` = (before, after): steps run in the target's transaction before
    the first row and after the last (the SQLite search index is dropped and
    rebuilt in one go instead of row by row)."""
    pairs = [(t, t) for t in model_tables()] if pairs is None else list(pairs)
    tables = [dst for _src, dst in pairs]
    counts: list[TableCount] = []
    try:
        with _source_connection(source) as src, src.begin(), target.begin() as dst:
            if replace:
                for table in reversed(tables):
                    dst.execute(delete(table))
            refuse_non_empty(dst, tables)
            if around is not None:
                around[0](dst)
            for pair in pairs:
                table = pair[1]
                total = _count(src, pair[0])
                copied = _copy_table(src, dst, pair, total, batch, progress)
                written = _count(dst, table)
                counts.append(TableCount(table.name, total, written))
                if not total == copied == written:
                    raise TransferFailed(
                        f"Số dòng của bảng {table.name} không khớp (nguồn {total}, đã chép {copied}, đích "
                        f"{written}); cơ sở dữ liệu đích không bị thay đổi."
                    )
            if around is not None:
                around[1](dst)
            if target.dialect.name == "postgresql":
                reset_sequences(dst)
    except (SQLAlchemyError, ValueError) as exc:  # ValueError: a value the column type cannot read
        log.exception("transfer failed")
        where = tables[len(counts)].name if len(counts) < len(tables) else tables[-1].name
        raise TransferFailed(
            f"Không chép được dữ liệu (bảng {where}: {_short(exc)}); cơ sở dữ liệu đích không bị thay đổi."
        ) from exc
    log.info("copied %d rows in %d tables", sum(c.target for c in counts), len(counts))
    return TransferResult(tuple(counts))
