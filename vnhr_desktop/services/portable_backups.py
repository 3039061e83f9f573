"""Backups of a shared database on a PostgreSQL server: the app's own portable
backup, a SQLite file written through the same models (a fresh migrated file,
filled by persistence.transfer, written to a temporary file and renamed), in
the same backup folder with the same names and rotation as on SQLite. Such a
file restores into either engine: onto SQLite as any backup, onto the server
by copying it into the emptied database in one transaction.

Automatic backups of a shared database are taken only by the PC that holds the
"backup" role (Công cụ > Cơ sở dữ liệu dùng chung…)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, func, select, table

from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.backup import REASON_RESTORE, backup_name, rotate_backups
from vnhr_desktop.persistence.portable import write_sqlite_copy
from vnhr_desktop.services.backups import COUNTED_TABLES, RestoreResult, backup_target, checked_backup, staged_copy


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
    from vnhr_desktop.persistence.transfer import copy_database as transfer

    file = Path(file)
    info = checked_backup(file)
    before = server_counts(engine)
    safety = portable_backup(paths, engine, None, REASON_RESTORE)
    with staged_copy(paths.ensure(), file, info) as (staging, migrated_from):
        source = make_engine(staging)
        try:
            transfer(source, engine, replace=True)
        finally:
            source.dispose()
    return RestoreResult(
        source=file,
        safety_backup=safety,
        damaged_copy=None,
        before=before,
        after=server_counts(engine),
        migrated_from=migrated_from,
    )
