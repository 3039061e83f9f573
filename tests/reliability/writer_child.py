"""Child process for the crash and backup-during-writes tests.

Usage: python writer_child.py DB BACKUPS WITH_BACKUPS

Commits forever through the app's engine. Commit ``i`` inserts the agencies
``crash-i-0 .. crash-i-(n-1)`` (n = 200 every tenth commit, standing in for an
import) and sets the setting ``counter`` to ``i`` in the same transaction, then
prints ``c i``. With WITH_BACKUPS=1 every tenth step first makes a rotated
backup through the backup API. ``bulk-start`` and ``backup-start`` announce the
slow steps so the parent can kill inside them.
"""

import sys
from pathlib import Path

from sqlalchemy import text

from vnhr_desktop.persistence.backup import REASON_PERIODIC, make_backup
from vnhr_desktop.persistence.engine import make_engine

BULK = 200


def rows_for(i: int) -> int:
    return BULK if i % 10 == 7 else 1


def main() -> None:
    db, backups, with_backups = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "1"
    engine = make_engine(db)
    with engine.connect() as conn:
        last = conn.execute(text("SELECT value FROM app_setting WHERE key='counter'")).scalar()
    i = int(last) + 1 if last is not None else 0
    print("ready", i, flush=True)
    insert = text(
        "INSERT INTO agency (name, short_code, kind, search_key, sort_key) "
        "VALUES (:name, '', 'department', :name, :name)"
    )
    upsert = text(
        "INSERT INTO app_setting (key, value) VALUES ('counter', :v) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    )
    while True:
        if with_backups and i % 10 == 8:
            print("backup-start", flush=True)
            make_backup(db, backups, reason=REASON_PERIODIC)
        n = rows_for(i)
        if n > 1:
            print("bulk-start", flush=True)
        with engine.begin() as conn:
            conn.execute(insert, [{"name": f"crash-{i}-{k}"} for k in range(n)])
            conn.execute(upsert, {"v": str(i)})
        print("c", i, flush=True)
        i += 1


if __name__ == "__main__":
    main()
