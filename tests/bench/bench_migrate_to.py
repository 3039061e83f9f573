"""`migrate-to` on the large dataset: SQLite -> PostgreSQL -> SQLite, counts
compared table by table and the rows of every table compared at the end.

    python tests/bench/make_large_db.py /tmp/large            # once
    python tests/bench/bench_migrate_to.py /tmp/large postgresql+psycopg://vnhr:vnhr@127.0.0.1:54329/postgres

The second argument is an admin URL: a throwaway database is created on that
server and dropped afterwards. Figures are appended to
tests/bench/results-migrate-to.txt.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from sqlalchemy import create_engine, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from vnhr_desktop.persistence.engine import make_engine  # noqa: E402
from vnhr_desktop.persistence.portable import copy_to_server, write_sqlite_copy  # noqa: E402
from vnhr_desktop.persistence.server import engine_for_url  # noqa: E402
from vnhr_desktop.persistence.transfer import model_tables  # noqa: E402


def same_rows(a, b) -> bool:
    with a.connect() as ca, b.connect() as cb:
        for t in model_tables():
            stmt = select(t).order_by(*t.primary_key.columns)
            if ca.execute(stmt).all() != cb.execute(stmt).all():
                print(f"rows differ in {t.name}")
                return False
    return True


def main(data_dir: str, admin_url: str) -> int:
    source = make_engine(Path(data_dir) / "vnhr.sqlite3")
    name = f"bench_migrate_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    server = engine_for_url(make_url(admin_url).set(database=name))
    try:
        t0 = time.perf_counter()
        there = copy_to_server(source, server)
        t1 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            back_file = Path(tmp) / "back.sqlite3"
            back = write_sqlite_copy(server, back_file)
            t2 = time.perf_counter()
            copy = make_engine(back_file)
            equal = same_rows(source, copy)
            copy.dispose()
        counts_equal = [(c.source, c.target) for c in there.counts] == [(c.source, c.target) for c in back.counts]
        line = (
            f"{dt.datetime.now():%Y-%m-%d %H:%M} rows={there.rows} to_postgresql={t1 - t0:.1f}s "
            f"to_sqlite={t2 - t1:.1f}s counts_equal={counts_equal} rows_equal={equal}"
        )
        print(line)
        with open(HERE / "results-migrate-to.txt", "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
        return 0 if counts_equal and equal else 1
    finally:
        server.dispose()
        source.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
