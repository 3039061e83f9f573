"""Backups of a shared database on a PostgreSQL server: the app's own portable
backup, a SQLite file written through the same models (a fresh migrated file,
filled by persistence.transfer, written to a temporary file and renamed), in
the same backup folder with the same names and rotation as on SQLite. Such a
file restores into either engine: onto SQLite as any backup, onto the server
by copying it into the emptied database in one transaction.

Automatic backups of a shared database are taken only by the PC that holds the
"backup" role (Công cụ > Cơ sở dữ liệu dùng chung…)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, func, select, table

from vnhr_desktop.exports.safe_write import TMP_PREFIX
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.backup import REASON_RESTORE, backup_name, copy_database, rotate_backups
from vnhr_desktop.persistence.portable import write_sqlite_copy
from vnhr_desktop.services.backups import (
    COUNTED_TABLES,
    RestoreResult,
    _refuse,
    _refuse_foreign_or_damaged,
    _require_plain_file,
    backup_target,
    inspect_database_file,
)


def automatic_backups_here(paths: DataPaths, engine: Engine) -> bool:
    """SQLite: always. A shared server: only on the PC with the backup role."""
    if engine.dialect.name != "postgresql":
        return True
    from vnhr_desktop.services.shared_database import is_backup_pc

    return is_backup_pc(paths)


def portable_backup(paths: DataPaths, engine: Engine, out: Path | None, reason: str) -> Path:
    """The portable backup of the server database ``engine``: into the backup
    folder (then rotated), or to ``out`` (a file or an existing folder),
    read back after writing."""
    if out is None:
        dest = paths.ensure().backups / backup_name(reason)
        write_sqlite_copy(engine, dest)
        rotate_backups(paths.backups)
        return dest
    dest = backup_target(paths, out, reason)
    write_sqlite_copy(engine, dest, verify=True)
    return dest


def server_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            key: int(conn.execute(select(func.count()).select_from(table(name))).scalar_one())
            for key, name in COUNTED_TABLES.items()
        }


def restore_into_server(paths: DataPaths, engine: Engine, file: Path) -> RestoreResult:
    """Replace the server's data with the backup ``file`` (ours, checked,
    upgraded in a staging copy when older), after a portable backup of the
    current data; the copy runs in one transaction on the server."""
    from vnhr_desktop.persistence.engine import make_engine
    from vnhr_desktop.persistence.migrate import upgrade
    from vnhr_desktop.persistence.schema import SCHEMA_VERSION
    from vnhr_desktop.persistence.transfer import copy_database as transfer

    file = Path(file)
    _require_plain_file(file)
    info = inspect_database_file(file)
    _refuse(info, file)
    _refuse_foreign_or_damaged(info, file)
    before = server_counts(engine)
    safety = portable_backup(paths, engine, None, REASON_RESTORE)
    staging = paths.ensure().root / f"{TMP_PREFIX}{os.getpid()}-restore.sqlite3"
    try:
        copy_database(file, staging, live=False)
        migrated_from = None
        if info.user_version < SCHEMA_VERSION:
            upgrade(staging, None)
            migrated_from = info.user_version
        source = make_engine(staging)
        try:
            transfer(source, engine, replace=True)
        finally:
            source.dispose()
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            staging.with_name(staging.name + suffix).unlink(missing_ok=True)
    return RestoreResult(
        source=file,
        safety_backup=safety,
        damaged_copy=None,
        before=before,
        after=server_counts(engine),
        migrated_from=migrated_from,
    )
