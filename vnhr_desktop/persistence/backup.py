"""Backups with SQLite's online backup API (never a plain copy, which can miss
the WAL). Each backup is written to a temporary file in the target folder,
checked with integrity_check, fsynced and only then renamed into place."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from vnhr_desktop.errors import FileWriteError
from vnhr_desktop.persistence.preflight import connect_readonly, integrity_check

BACKUP_SUFFIX = ".sqlite3"


def backup_name(reason: str, when: dt.datetime | None = None) -> str:
    when = when or dt.datetime.now()
    return f"vnhr-{when:%Y%m%d-%H%M%S-%f}-{reason}{BACKUP_SUFFIX}"


def copy_database(src: Path, dest: Path) -> Path:
    """Online copy of ``src`` to ``dest`` through the backup API, safely replaced."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        source = connect_readonly(src)
        try:
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        problems = integrity_check(tmp)
        if problems != ["ok"]:
            raise FileWriteError(f"Bản sao lưu không đạt kiểm tra toàn vẹn: {problems[0]}")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        return dest
    except OSError as exc:
        raise FileWriteError(f"Không ghi được bản sao lưu vào {dest.parent}: {exc.strerror or exc}") from exc
    finally:
        if tmp.exists():
            tmp.unlink(missing_ok=True)


def make_backup(db_path: Path, backups_dir: Path, reason: str = "thu-cong") -> Path:
    return copy_database(db_path, backups_dir / backup_name(reason))


def list_backups(backups_dir: Path) -> list[Path]:
    if not backups_dir.exists():
        return []
    files = [p for p in backups_dir.glob(f"vnhr-*{BACKUP_SUFFIX}") if p.is_file()]
    return sorted(files, key=lambda p: p.name, reverse=True)
