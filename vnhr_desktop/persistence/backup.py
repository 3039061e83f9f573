"""Backups with SQLite's online backup API (never a plain copy, which can miss
the WAL). Each backup is written to a temporary file in the target folder,
checked with integrity_check, fsynced and only then renamed into place
(exports.safe_write.atomic_path). Automatic backups are then rotated
(persistence.backup_rotation)."""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import sqlite3
from pathlib import Path

from vnhr_desktop.errors import FileWriteError
from vnhr_desktop.exports.safe_write import atomic_path, explain_os_error, remove_stale_temps
from vnhr_desktop.persistence.backup_rotation import DEFAULT_POLICY, BackupPolicy, plan_rotation
from vnhr_desktop.persistence.preflight import connect_readonly, integrity_check

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".sqlite3"
# Reason codes in backup file names; the UI translates them.
REASON_MANUAL = "thu-cong"
REASON_START = "khoi-dong"
REASON_PERIODIC = "dinh-ky"
REASON_MIGRATION = "truoc-nang-cap"
REASON_IMPORT = "truoc-nhap"
REASON_RESTORE = "truoc-khoi-phuc"

_NAME = re.compile(r"^vnhr-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite3$")
_DISK_FULL = ("disk is full", "database or disk is full")


def backup_name(reason: str, when: dt.datetime | None = None) -> str:
    when = when or dt.datetime.now()
    return f"vnhr-{when:%Y%m%d-%H%M%S-%f}-{reason}{BACKUP_SUFFIX}"


def parse_backup_name(name: str) -> tuple[dt.datetime, str] | None:
    """(time, reason) of one of the app's backup file names, else ``None``."""
    match = _NAME.match(name)
    if not match:
        return None
    try:
        when = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    return when, match.group(2)


def _open_source(src: Path, live: bool) -> sqlite3.Connection:
    if not src.exists():
        raise FileWriteError(f"Không tìm thấy tệp dữ liệu {src}.")
    if not live:
        return connect_readonly(src)
    # The live database may be written by the app meanwhile: a normal
    # connection takes part in WAL locking and sees a consistent snapshot.
    con = sqlite3.connect(src, timeout=5.0)
    con.execute("PRAGMA query_only=1")
    return con


def _explain_sqlite_error(exc: sqlite3.Error, src: Path, dest: Path) -> str:
    """SQLite reports a full disk as SQLITE_FULL, and other write failures
    (file too big for the drive, stick pulled out) as a disk I/O error."""
    name = getattr(exc, "sqlite_errorname", "")
    full = name == "SQLITE_FULL" or any(text in str(exc) for text in _DISK_FULL)
    if not full and name.startswith("SQLITE_IOERR"):
        try:
            full = shutil.disk_usage(dest.parent).free < src.stat().st_size * 1.1
        except OSError:
            full = False
    if full:
        return f"Ổ đĩa đã đầy, không ghi được bản sao lưu {dest.name}. Hãy giải phóng dung lượng hoặc chọn ổ khác."
    if name.startswith("SQLITE_IOERR") or name == "SQLITE_CANTOPEN":
        return (
            f"Lỗi ghi ổ đĩa khi sao lưu vào {dest.parent} (ổ đầy, bị rút ra hoặc không chứa được tệp lớn "
            "như vậy). Hãy kiểm tra ổ rồi thử lại."
        )
    return f"Không sao lưu được dữ liệu ({exc})."


def copy_database(src: Path, dest: Path, live: bool = True, verify: bool = False, make_parents: bool = True) -> Path:
    """Online copy of ``src`` to ``dest`` through the backup API, checked with
    integrity_check, then safely renamed into place. ``live=False`` opens the
    source read-only (a backup file or a file chosen for restore).
    ``make_parents=False`` for a folder the user chose: a missing one means the
    stick was pulled out, not a folder to create."""
    if make_parents:
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FileWriteError(explain_os_error(exc, dest)) from exc
    try:
        with atomic_path(dest, verify=verify) as tmp:
            source = _open_source(src, live)
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
    except sqlite3.Error as exc:
        raise FileWriteError(_explain_sqlite_error(exc, src, dest)) from exc
    return dest


def list_backups(backups_dir: Path) -> list[Path]:
    """The app's backup files, newest first."""
    if not backups_dir.exists():
        return []
    files = [p for p in backups_dir.glob(f"vnhr-*{BACKUP_SUFFIX}") if p.is_file() and parse_backup_name(p.name)]
    return sorted(files, key=lambda p: p.name, reverse=True)


def quick_ok(path: Path) -> bool:
    try:
        con = connect_readonly(path)
    except sqlite3.Error:
        return False
    try:
        return [r[0] for r in con.execute("PRAGMA quick_check").fetchall()] == ["ok"]
    except sqlite3.Error:
        return False
    finally:
        con.close()


def rotate_backups(
    backups_dir: Path, now: dt.datetime | None = None, policy: BackupPolicy = DEFAULT_POLICY
) -> list[Path]:
    """Delete the backups the retention rules no longer keep; returns them."""
    remove_stale_temps(backups_dir)
    entries = []
    for path in list_backups(backups_dir):
        parsed = parse_backup_name(path.name)
        if parsed:
            entries.append((path, parsed[0]))
    doomed = plan_rotation(entries, now or dt.datetime.now(), quick_ok, policy)
    removed = []
    for path in doomed:
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:
            log.warning("could not delete old backup %s: %s", path, exc)
    return removed


def make_backup(
    db_path: Path,
    backups_dir: Path,
    reason: str = REASON_MANUAL,
    rotate: bool = True,
    when: dt.datetime | None = None,
) -> Path:
    """A checked backup in the app's backup folder, then the rotation."""
    dest = copy_database(db_path, backups_dir / backup_name(reason, when))
    if rotate:
        rotate_backups(backups_dir)
    return dest
