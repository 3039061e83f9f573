"""One counter per kind of record (table), bumped in every unit of work that
changes that kind, in the same transaction. Another PC learns that something
changed by reading these few rows (one small primary-key table), never by
reloading lists."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from sqlalchemy import Connection, Table, insert, select, update
from sqlalchemy.exc import IntegrityError

from vnhr_desktop.persistence.models import ChangeMarker

_table = cast(Table, ChangeMarker.__table__)


def bump(conn: Connection, kinds: Iterable[str]) -> dict[str, int]:
    """Move the counters of ``kinds`` on by one; their new values."""
    out: dict[str, int] = {}
    for kind in sorted(kinds):  # one order everywhere: no lock cycles between PCs
        done = conn.execute(update(_table).where(_table.c.kind == kind).values(serial=_table.c.serial + 1))
        if done.rowcount == 0:
            try:
                with conn.begin_nested():
                    conn.execute(insert(_table).values(kind=kind, serial=1))
            except IntegrityError:  # another PC added it meanwhile
                conn.execute(update(_table).where(_table.c.kind == kind).values(serial=_table.c.serial + 1))
        out[kind] = int(conn.execute(select(_table.c.serial).where(_table.c.kind == kind)).scalar_one())
    return out


def read(conn: Connection) -> dict[str, int]:
    """Every counter as it is now."""
    return {kind: int(serial) for kind, serial in conn.execute(select(_table.c.kind, _table.c.serial))}
