"""The first page of the plans list, read with the standard ``sqlite3`` module
so the window can show it before SQLAlchemy is loaded.

This is the only list query written twice: it must give exactly the rows of
``LISTS["plans"]`` with an empty request (tests compare the two, and
tests/bench/bench_scale.py compares them on the ten-year database). Rows are
made by the same :func:`~vnhr_desktop.services.list_rows.plan_row`.

Any doubt (no file yet, a file due for an upgrade or from a newer version, a
read error) gives ``None``: the caller then loads the page the ordinary way,
which also reports the problem.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from vnhr_desktop.services.list_rows import PLAN_ROW_COLUMNS, PlanRow, plan_row

log = logging.getLogger(__name__)

# PlanList.default_order: issued_on DESC NULLS FIRST, id DESC.
PLANS_SQL = (
    f"SELECT {', '.join(PLAN_ROW_COLUMNS)} FROM plan ORDER BY issued_on IS NULL DESC, issued_on DESC, id DESC LIMIT ?"
)
_DATES = (PLAN_ROW_COLUMNS.index("issued_on"), PLAN_ROW_COLUMNS.index("report_deadline"))


def _date(value):
    return dt.date.fromisoformat(value) if value else None


def first_plans_page(db_path: Path, limit: int) -> tuple[list[PlanRow], int] | None:
    """(first ``limit`` plans in list order, number of plans), or None."""
    from vnhr_desktop.persistence.preflight import connect_readonly
    from vnhr_desktop.persistence.schema import APPLICATION_ID, SCHEMA_VERSION

    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        con = connect_readonly(db_path)
        try:
            if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return None
            if con.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                return None
            rows = []
            for record in con.execute(PLANS_SQL, (limit,)):
                values = list(record)
                for i in _DATES:
                    values[i] = _date(values[i])
                rows.append(plan_row(*values))
            total = con.execute("SELECT count(*) FROM plan").fetchone()[0]
        finally:
            con.close()
    except (sqlite3.Error, ValueError) as exc:
        log.info("first page not read directly (%s); loading it through the database layer", exc)
        return None
    return rows, total
