"""Rows as they were, so a destructive or bulk action of the session can be undone.

:func:`snapshot_rows` keeps the rows a delete is about to remove together with
everything the delete takes along (rows whose foreign key cascades) and the
links it cuts (foreign keys set to NULL); :func:`put_back` writes them all back
with their ids, so the records return exactly as they were. :func:`remove_rows`
deletes the kept rows again (redo of a delete, undo of an import).

:func:`snapshot_values` keeps some columns of some rows (a bulk status or
attendance change, an overwritten count); :func:`put_values` writes them back.

Both work from the schema (the tables and their foreign keys), so every kind of
record is covered the same way."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from vnhr_desktop.persistence import models  # noqa: F401  (every table registered on the metadata)
from vnhr_desktop.persistence.base import Base

_CHUNK = 500


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _chunks(values: Sequence) -> Iterable[list]:
    values = list(values)
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


@dataclass(frozen=True)
class RowSnapshot:
    root: str  # the table whose rows were chosen
    ids: tuple[int, ...]
    rows: tuple[tuple[str, tuple[dict, ...]], ...]  # parents before children
    links: tuple[tuple[str, str, int, object], ...]  # (table, column, row id, value) cut by SET NULL

    def count(self, table: str) -> int:
        return sum(len(rows) for name, rows in self.rows if name == table)


def _select_rows(session: Session, table: Table, column, values: Sequence) -> list[dict]:
    out: list[dict] = []
    for chunk in _chunks(values):
        out.extend(dict(r._mapping) for r in session.execute(select(table).where(column.in_(chunk))))
    return out


def snapshot_rows(session: Session, table_name: str, ids: Iterable[int]) -> RowSnapshot:
    """The rows ``ids`` of ``table_name`` and all that deleting them would take along."""
    ids = tuple(dict.fromkeys(ids))
    session.flush()
    rows: list[tuple[str, tuple[dict, ...]]] = []
    links: list[tuple[str, str, int, object]] = []
    pending = [(_table(table_name), _table(table_name).c.id, ids)]
    while pending:
        table, column, values = pending.pop(0)
        found = _select_rows(session, table, column, values)
        if not found:
            continue
        rows.append((table.name, tuple(found)))
        if "id" not in table.c:
            continue
        parent_ids = [r["id"] for r in found]
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                ondelete = (fk.ondelete or "").upper()
                if ondelete == "CASCADE":
                    pending.append((child, fk.parent, parent_ids))
                elif ondelete == "SET NULL" and "id" in child.c:
                    for ref in _select_rows(session, child, fk.parent, parent_ids):
                        links.append((child.name, fk.parent.name, ref["id"], ref[fk.parent.name]))
    return RowSnapshot(table_name, ids, tuple(rows), tuple(links))


def put_back(session: Session, snapshot: RowSnapshot) -> None:
    """Write the kept rows back with their ids, then the links that were cut."""
    for name, rows in snapshot.rows:
        table = _table(name)
        for chunk in _chunks(rows):
            session.execute(insert(table), chunk)
    for name, column, row_id, value in snapshot.links:
        table = _table(name)
        session.execute(update(table).where(table.c.id == row_id).values({column: value}))
    session.flush()
    session.expire_all()


def remove_rows(session: Session, snapshot: RowSnapshot) -> int:
    """Delete the snapshot's chosen rows again (their children go with them)."""
    table = _table(snapshot.root)
    removed = 0
    for chunk in _chunks(snapshot.ids):
        removed += session.execute(delete(table).where(table.c.id.in_(chunk))).rowcount or 0
    session.flush()
    session.expire_all()
    return removed


@dataclass(frozen=True)
class ValuesSnapshot:
    table: str
    columns: tuple[str, ...]
    values: tuple[tuple[int, tuple], ...]  # (row id, the columns' values)


def snapshot_values(session: Session, table_name: str, ids: Iterable[int], columns: Sequence[str]) -> ValuesSnapshot:
    table = _table(table_name)
    session.flush()
    kept: list[tuple[int, tuple]] = []
    for chunk in _chunks(list(dict.fromkeys(ids))):
        stmt = select(table.c.id, *(table.c[c] for c in columns)).where(table.c.id.in_(chunk))
        kept.extend((r[0], tuple(r[1:])) for r in session.execute(stmt))
    return ValuesSnapshot(table_name, tuple(columns), tuple(kept))


def put_values(session: Session, snapshot: ValuesSnapshot) -> None:
    table = _table(snapshot.table)
    for row_id, values in snapshot.values:
        session.execute(
            update(table).where(table.c.id == row_id).values(dict(zip(snapshot.columns, values, strict=True)))
        )
    session.flush()
    session.expire_all()
